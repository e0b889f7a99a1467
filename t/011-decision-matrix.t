# The decision matrix: consent cookie state x DNT x GPC, under the opt-in
# and the opt-out regime.  Each block shows the granted categories, the
# decision source and which Set-Cookie headers survived.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: opt-in: no consent cookie
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
X-Consent: necessary
X-Source: default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 2: opt-in: no consent cookie, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: default:opt-in,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 3: opt-in: no consent cookie, DNT
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: default:opt-in,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 4: opt-in: no consent cookie, DNT, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: default:opt-in,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 5: opt-in: native grant of everything
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:native
Set-Cookie: lang=en, _ga=GA1.2, _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 6: opt-in: native grant of everything, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3
Sec-GPC: 1
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:native,gpc
Set-Cookie: lang=en, _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 7: opt-in: native grant of everything, DNT
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3
DNT: 1
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:native,dnt
Set-Cookie: lang=en, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 8: opt-in: native grant of everything, DNT, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:native,dnt,gpc
Set-Cookie: lang=en, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 9: opt-in: malformed native cookie
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3:
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 10: opt-in: malformed native cookie, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3:
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: invalid:native,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 11: opt-in: malformed native cookie, DNT
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3:
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: invalid:native,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 12: opt-in: malformed native cookie, DNT, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:3:
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: invalid:native,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 13: opt-in: stale policy revision
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:2
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 14: opt-in: stale policy revision, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:2
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 15: opt-in: stale policy revision, DNT
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:2
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 16: opt-in: stale policy revision, DNT, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:2
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 17: opt-in: decision too old
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1000000000:3
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 18: opt-in: decision too old, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1000000000:3
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 19: opt-in: decision too old, DNT
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1000000000:3
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 20: opt-in: decision too old, DNT, GPC
--- http_config
    privacy_default_regime opt-in;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1000000000:3
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-in,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 21: opt-out: no consent cookie
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: default:opt-out
Set-Cookie: lang=en, _ga=GA1.2, _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 22: opt-out: no consent cookie, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Sec-GPC: 1
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: default:opt-out,gpc
Set-Cookie: lang=en, _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 23: opt-out: no consent cookie, DNT
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
DNT: 1
--- response_headers
X-Consent: necessary,preferences
X-Source: default:opt-out,dnt
Set-Cookie: lang=en, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 24: opt-out: no consent cookie, DNT, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary,preferences
X-Source: default:opt-out,dnt,gpc
Set-Cookie: lang=en, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 25: opt-out: native grant of analytics only
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:3
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:native
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 26: opt-out: native grant of analytics only, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:3
Sec-GPC: 1
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:native,gpc
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 27: opt-out: native grant of analytics only, DNT
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:3
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: cookie:native,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 28: opt-out: native grant of analytics only, DNT, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:3
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: cookie:native,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 29: opt-out: malformed native cookie
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:17323OOOOO:3
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 30: opt-out: malformed native cookie, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:17323OOOOO:3
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: invalid:native,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 31: opt-out: malformed native cookie, DNT
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:17323OOOOO:3
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: invalid:native,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 32: opt-out: malformed native cookie, DNT, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:17323OOOOO:3
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: invalid:native,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 33: opt-out: stale revision keeps the old objection
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:2
--- response_headers
X-Consent: necessary,analytics
X-Source: stale:native,default:opt-out
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 34: opt-out: stale revision keeps the old objection, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:2
Sec-GPC: 1
--- response_headers
X-Consent: necessary,analytics
X-Source: stale:native,default:opt-out,gpc
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 35: opt-out: stale revision keeps the old objection, DNT
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:2
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-out,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 36: opt-out: stale revision keeps the old objection, DNT, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:2
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-out,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 37: opt-out: decision too old keeps the old objection
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1000000000:3
--- response_headers
X-Consent: necessary,analytics
X-Source: stale:native,default:opt-out
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 38: opt-out: decision too old keeps the old objection, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1000000000:3
Sec-GPC: 1
--- response_headers
X-Consent: necessary,analytics
X-Source: stale:native,default:opt-out,gpc
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 39: opt-out: decision too old keeps the old objection, DNT
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1000000000:3
DNT: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-out,dnt
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 40: opt-out: decision too old keeps the old objection, DNT, GPC
--- http_config
    privacy_default_regime opt-out;
    privacy_policy_revision 3;
    privacy_consent_max_age 10y;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1000000000:3
DNT: 1
Sec-GPC: 1
--- response_headers
X-Consent: necessary
X-Source: stale:native,default:opt-out,dnt,gpc
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]
