# privacy_category rules: exact names, prefixes, regexes, their precedence,
# included rule files, custom categories and privacy_unknown_cookie.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: a prefix rule covers names that start with it, nothing else
--- http_config
    privacy_category analytics { cookie _ga_*; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga_ABC123=1";
        add_header Set-Cookie "_ga_=2";
        add_header Set-Cookie "_gax=3";
        add_header Set-Cookie "_ga=4";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: _gax=3, _ga=4
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 2: the longest prefix wins
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { cookie _hj*; }
    privacy_category marketing { cookie _hjSession*; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_hjSessionUser_1=1";
        add_header Set-Cookie "_hjTLDTest=2";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_headers
Set-Cookie: _hjTLDTest=2
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 3: an exact name wins over a prefix
--- http_config
    privacy_category analytics { cookie _ga*; }
    privacy_category necessary { cookie _ga_consent; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga_consent=1";
        add_header Set-Cookie "_ga_other=2";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: _ga_consent=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 4: regexes come last: a prefix match wins over an earlier regex
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { cookie ~^_g; }
    privacy_category analytics { cookie _gi*; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_gid=1";
        add_header Set-Cookie "_gcl_au=2";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_headers
Set-Cookie: _gid=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 5: a regex rule matches only what it says
--- http_config
    privacy_category analytics { cookie ~^_hjSession_\d+$; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_hjSession_12345=1";
        add_header Set-Cookie "_hjSession_x=2";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: _hjSession_x=2
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 6: the same name in a later block wins, with a warning
--- http_config
    include ../html/catalog.conf;
    privacy_category necessary { cookie cart; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "cart=1";
        add_header Set-Cookie "_fbp=2";
        return 200 "ok\n";
    }
--- user_files
>>> catalog.conf
privacy_category marketing {
    cookie cart _fbp;
}
--- request
GET /t
--- response_headers
Set-Cookie: cart=1
--- response_body
ok
--- error_log eval
qr/\[warn\] .*cookie rule "cart" given again in another category: the later one wins/



=== TEST 7: a category can be extended from another file
--- http_config
    include ../html/catalog.conf;
    privacy_category marketing { cookie IDE; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "IDE=1";
        add_header Set-Cookie "_fbp=2";
        add_header Set-Cookie "a=3";
        return 200 "ok\n";
    }
--- user_files
>>> catalog.conf
privacy_category marketing {
    cookie _fbp;
}
--- request
GET /t
--- response_headers
Set-Cookie: a=3
--- response_body
ok
--- no_error_log
[error]
[warn]



=== TEST 8: include inside a block, several values on one line
--- http_config
    privacy_category marketing {
        include ../html/marketing-cookies.conf;
        cookie a b;
    }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_fbp=1";
        add_header Set-Cookie "a=2";
        add_header Set-Cookie "b=3";
        add_header Set-Cookie "c=4";
        return 200 "ok\n";
    }
--- user_files
>>> marketing-cookies.conf
cookie _fbp;
--- request
GET /t
--- response_headers
Set-Cookie: c=4
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 9: a custom category, granted and not granted
--- http_config
    privacy_consent_max_age 10y;
    privacy_category social { cookie li_at; }
    privacy_category video { cookie yt_pref; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "li_at=1";
        add_header Set-Cookie "yt_pref=2";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:social:1732300000:0
--- response_headers
Set-Cookie: li_at=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 10: privacy_unknown_cookie CATEGORY: unclassified cookies follow it
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie analytics;
        add_header Set-Cookie "mystery=1";
        add_header X-Consent $privacy_consent;
        return 200 "ok\n";
    }
--- request
GET /t
--- raw_response_headers_unlike: Set-Cookie
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 11: ... and pass once that category is granted
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie analytics;
        add_header Set-Cookie "mystery=1";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_headers
Set-Cookie: mystery=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 12: privacy_unknown_cookie deny strips unclassified cookies whatever is granted
--- http_config
    privacy_consent_max_age 10y;
    privacy_category necessary { cookie sid; }
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie deny;
        add_header Set-Cookie "mystery=1";
        add_header Set-Cookie "sid=2";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:0
--- response_headers
Set-Cookie: sid=2
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 13: names differing only in letter case are different rules
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { cookie Token; }
    privacy_category marketing { cookie token; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "Token=1";
        add_header Set-Cookie "token=2";
        add_header Set-Cookie "TOKEN=3";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_headers
Set-Cookie: Token=1, TOKEN=3
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 14: host and url rules are accepted (used by HTML enforcement)
--- http_config
    privacy_category marketing {
        host doubleclick.net .facebook.net;
        host ~^pixel\.;
        url https://www.facebook.com/tr //bat.bing.com/action/ http://ads.example.com/;
        url ~^https?://[^/]+/collect\?;
    }
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- request
GET /t
--- response_body
ok
--- no_error_log
[error]
[alert]
[warn]



=== TEST 15: the rules apply in a server block other than where they are used
--- http_config
    privacy_category marketing { cookie _fbp; }
    server {
        listen 127.0.0.1:$TEST_NGINX_RAND_PORT_1;
        location / {
            add_header Set-Cookie "_fbp=1";
            add_header Set-Cookie "z=2";
            return 200 "backend\n";
        }
    }
--- config
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_RAND_PORT_1/;
    }
--- request
GET /t
--- response_headers
Set-Cookie: z=2
--- response_body
backend
--- no_error_log
[error]
[alert]



=== TEST 16: url regexes: the first that matches wins, literal-prefiltered or not
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics {
        url ~^https?://[^?]*/(matomo|piwik)\.js;
        url ~^https?://[a-z]+\.cdn[0-9]\.example/;
    }
    privacy_category marketing {
        url ~^https?://[^?]*/piwik\.js\?m;
        url ~^https?://[a-z]+\.cdn[0-9]\.example/m;
        url ~(?i)/PIXEL\.GIF;
        url ~^https?://[^/]+/b/ss/;
    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /r.html {
        default_type text/html;
    }
--- user_files
>>> r.html
<p>start</p>
<script src="https://stats.example.org/js/piwik.js?m=1"></script>
<script src="/matomo.js"></script>
<script src="https://a.cdn1.example/m.js"></script>
<img src="https://img.example.org/Pixel.GIF" alt="">
<img src="//img.example.org/x/pixel.gif.png" alt="">
<img src="https://metrics.example.org/b/ss/rsid/1/x" alt="">
<script src="/piwik.JS"></script>
<script src="https://A.CDN1.EXAMPLE/m.js"></script>
<img srcset="/a.png 1x, https://img.example.org/PIXEL.gif 2x" alt="">
<p>end</p>
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- request
GET /t/r.html
--- response_body
<p>start</p>
<script src="https://stats.example.org/js/piwik.js?m=1"></script>
<script src="/matomo.js"></script>
<script src="https://a.cdn1.example/m.js"></script>



<script src="/piwik.JS"></script>
<script src="https://A.CDN1.EXAMPLE/m.js"></script>

<p>end</p>
--- no_error_log
[error]
[alert]



=== TEST 17: more than 64 url regexes: those past the 64th still match
--- http_config eval
"privacy_category analytics {\n" . "    url ~^https?://[^/]+/zz[0-9]/;\n" x 64 . "}\nprivacy_category marketing {\n    url ~^https?://[^?]*/(matomo|piwik)\\.js;\n    url ~^https?://[a-z]+\\.cdn[0-9]\\.example/;\n}\n"
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /r.html {
        default_type text/html;
    }
--- user_files
>>> r.html
<p>start</p>
<script src="/zz1/a.js"></script>
<script src="/lib/piwik.js"></script>
<script src="https://a.cdn2.example/x.js"></script>
<script src="https://a.cdnx.example/x.js"></script>
<script src="/lib/other.js"></script>
<p>end</p>
--- request
GET /t/r.html
--- response_body
<p>start</p>



<script src="https://a.cdnx.example/x.js"></script>
<script src="/lib/other.js"></script>
<p>end</p>
--- no_error_log
[error]
[alert]



=== TEST 18: regexes with back references are not combined, and still match
--- http_config
    privacy_category analytics { cookie ~^(a)\1x$ ~^zz[0-9]$ ~^long_literal_; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "aax=1";
        add_header Set-Cookie "abx=2";
        add_header Set-Cookie "zz5=3";
        add_header Set-Cookie "zzz=4";
        add_header Set-Cookie "long_literal_1=5";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: abx=2, zzz=4
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 19: host and url rules given again in a later block win, with a warning
A site moves a catalog host and a catalog URL prefix to "necessary" (the
prefix spelled otherwise: ":443" and capitals are read away).  Before, a
host rule given again was dropped without a word (a wildcard's rule sits
in nginx's wildcard keys only) and two equal url prefixes were both kept,
the catalog's first: the site's block changed nothing.
--- http_config
    include ../html/catalog.conf;
    privacy_category necessary {
        host cdn.tracker.example;
        url https://PX.example:443/tr;
    }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files eval
[["catalog.conf", "privacy_category marketing {\n    host cdn.tracker.example other.example;\n    url https://px.example/tr https://px.example/ads/;\n}\n"],
 ["page.html", "<img src=\"https://cdn.tracker.example/a.gif\" alt=\"\">\n<img src=\"https://x.cdn.tracker.example/b.gif\" alt=\"\">\n<img src=\"https://other.example/c.gif\" alt=\"\">\n<img src=\"https://px.example/tr?id=1\" alt=\"\">\n<img src=\"https://px.example/ads/d.gif\" alt=\"\">\n"]]
--- request
GET /s/page.html
--- response_body eval
"<img src=\"https://cdn.tracker.example/a.gif\" alt=\"\">\n<img src=\"https://x.cdn.tracker.example/b.gif\" alt=\"\">\n\n<img src=\"https://px.example/tr?id=1\" alt=\"\">\n\n"
--- error_log eval
[qr/\[warn\] .*host rule "cdn\.tracker\.example" given again in another category: the later one wins/,
 qr/\[warn\] .*url rule "https:\/\/PX\.example:443\/tr" given again in another category: the later one wins/]
