# nginx -t rejects bad configuration with the file, the line and a message
# naming the directive.  Rules under test live in files created by
# user_files, so the reported file:line is exact whatever the runner's
# nginx.conf layout.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: unknown category in privacy_dnt_denies
--- http_config
    privacy_dnt_denies analytics tracking;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ privacy\ category\ "tracking"\ in\ "privacy_dnt_denies".* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 2: unknown category in privacy_unknown_cookie
--- http_config
    privacy_unknown_cookie advertising;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ privacy\ category\ "advertising"\ in\ "privacy_unknown_cookie".* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 3: bad regex in a cookie rule
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category analytics {
    cookie _ga;
    cookie ~^_hj(;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ regex\ "\~\^_hj\(":.* in \S+\/html\/rules\.conf:3/


=== TEST 4: unknown consent cookie format
--- http_config
    privacy_consent_cookie mycmp fancycmp;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ consent\ cookie\ format\ "fancycmp"\ in\ "privacy_consent_cookie".* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 5: duplicate category block in one file
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category analytics {
    cookie _ga;
}

privacy_category analytics {
    cookie _gid;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*duplicate\ privacy_category\ "analytics"\ block,\ first\ defined\ at\ line\ 1\ of\ this\ file.* in \S+\/html\/rules\.conf:5/


=== TEST 6: invalid category name
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category Analytics {
    cookie _ga;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ privacy\ category\ name\ "Analytics".* in \S+\/html\/rules\.conf:1/


=== TEST 7: unknown rule keyword in a block
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category analytics {
    cookies _ga;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ rule\ "cookies"\ in\ privacy_category\ "analytics".* in \S+\/html\/rules\.conf:2/


=== TEST 8: cookie rule that is not a cookie name
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category analytics {
    cookie "a=b";
}
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ cookie\ rule\ "a=b"\ in\ privacy_category\ "analytics".* in \S+\/html\/rules\.conf:2/


=== TEST 9: host rule that is not a host
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category marketing {
    host example..com;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ host\ rule\ "example\.\.com".* in \S+\/html\/rules\.conf:2/


=== TEST 10: url rule that is not absolute
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category marketing {
    url /collect;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ url\ rule\ "\/collect".* in \S+\/html\/rules\.conf:2/


=== TEST 11: a rule without a value
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category marketing {
    host;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*"host"\ in\ privacy_category\ "marketing"\ needs\ a\ value.* in \S+\/html\/rules\.conf:2/


=== TEST 12: necessary cannot be withdrawn
--- http_config
    privacy_gpc_denies marketing necessary;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_gpc_denies"\ cannot\ withdraw\ the\ "necessary"\ category.* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 13: bad regime name
--- http_config
    privacy_default_regime gdpr;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ value\ "gdpr".* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 14: bad policy revision
--- http_config
    privacy_policy_revision three;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ number.* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 15: bad max age
--- http_config
    privacy_consent_max_age forever;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_consent_max_age"\ directive\ invalid\ value.* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 16: bad flag
--- http_config
    privacy maybe;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ value\ "maybe"\ in\ "privacy"\ directive,\ it\ must\ be\ "on"\ or\ "off".* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 17: duplicate privacy_unknown_cookie
--- http_config
    privacy_unknown_cookie allow;
    privacy_unknown_cookie deny;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_unknown_cookie"\ directive\ is\ duplicate.* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 18: duplicate consent cookie
--- http_config
    privacy_consent_cookie privacy_consent native;
    privacy_consent_cookie privacy_consent native;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*duplicate\ consent\ cookie\ "privacy_consent".* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 19: native format takes no map
--- http_config
    privacy_consent_cookie privacy_consent native map=a:analytics;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*format\ "native"\ takes\ no\ "map=a:analytics"\ parameter.* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 20: invalid consent cookie name
--- http_config
    privacy_consent_cookie "a b" native;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ cookie\ name\ "a\ b"\ in\ "privacy_consent_cookie".* in \S+\/conf\/nginx\.conf:\d+/


=== TEST 21: regex in an included rules file of a block
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category analytics {
    include ../html/more.conf;
}
>>> more.conf
cookie _ga;
cookie ~(;
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ regex\ "\~\(":.* in \S+\/html\/more\.conf:2/


=== TEST 22: privacy_category in a server block
--- config
    privacy_category analytics { cookie _ga; }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_category"\ directive\ is\ not\ allowed\ here in \S+\/conf\/nginx\.conf:\d+/


=== TEST 23: privacy_consent_cookie in a location
--- config
    location /x { privacy_consent_cookie a native; }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_consent_cookie"\ directive\ is\ not\ allowed\ here in \S+\/conf\/nginx\.conf:\d+/


=== TEST 24: privacy_default_regime in a location
--- config
    location /x { privacy_default_regime opt-out; }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_default_regime"\ directive\ is\ not\ allowed\ here in \S+\/conf\/nginx\.conf:\d+/


=== TEST 25: privacy_cookie_domain: not a domain name
--- config
    location /t { privacy_cookie_domain example.com localhost; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid "privacy_cookie_domain" value "localhost": a domain name such as example\.com in \S+\/conf\/nginx\.conf:\d+/


=== TEST 26: privacy_cookie_domain: a port, a bad label
--- config
    location /t { privacy_cookie_domain example.com:443; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid "privacy_cookie_domain" value "example\.com:443": a domain name/


=== TEST 27: privacy_cookie_path: no leading slash
--- config
    location /t { privacy_cookie_path shop; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid "privacy_cookie_path" value "shop": a path starting with "\/"/


=== TEST 28: privacy_cookie_path: a semicolon
--- config
    location /t { privacy_cookie_path "/a;Domain=evil.com"; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid "privacy_cookie_path" value "\/a;Domain=evil\.com"/


=== TEST 29: privacy_cookie_domain twice at one level
--- config
    location /t {
        privacy_cookie_domain example.com;
        privacy_cookie_domain example.org;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_cookie_domain" directive is duplicate in \S+\/conf\/nginx\.conf:\d+/


=== TEST 30: privacy_cookie_path: more than 8
--- config
    location /t { privacy_cookie_path /1 /2 /3 /4 /5 /6 /7 /8 /9; }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_cookie_path" takes at most 8 values in \S+\/conf\/nginx\.conf:\d+/


=== TEST 31: url rule: a host no browser contacts
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category marketing {
    url https://px.example/tr;
    url https://[2001:db8::g]/tr;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ url\ rule\ "https:\/\/\[2001:db8::g\]\/tr"\ in\ privacy_category\ "marketing":\ not\ a\ URL\ a\ browser\ fetches\ \(its\ host\ or\ its\ port\)\ in \S+\/html\/rules\.conf:3/


=== TEST 32: url rule: a port no browser uses
--- http_config
    include ../html/rules.conf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- user_files
>>> rules.conf
privacy_category marketing {
    url https://px.example:65536/tr;
}
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ url\ rule\ "https:\/\/px\.example:65536\/tr"\ in\ privacy_category\ "marketing":\ not\ a\ URL\ a\ browser\ fetches\ \(its\ host\ or\ its\ port\)\ in \S+\/html\/rules\.conf:2/
