# Malformed consent cookies of every platform through real requests
# (spec/consent-vectors.json, families.*.malformed; the inputs with raw
# control or non-ASCII bytes are left to the unit test, since a request
# header cannot carry them faithfully).  Invalid never grants beyond
# "necessary" and is reported as invalid:<format>; the few malformed-looking
# inputs the spec reads as decided or undecided are checked as such.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: cookiebot-bad-001 invalid: empty value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent=
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 2: cookiebot-bad-002 invalid: only an opening brace
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 3: cookiebot-bad-003 invalid: empty object (required keys missing)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 4: cookiebot-bad-004 invalid: marketing key missing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:'a',necessary:true,preferences:true,statistics:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 5: cookiebot-bad-005 invalid: no braces
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent=necessary:true,preferences:true,statistics:true,marketing:true
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 6: cookiebot-bad-006 invalid: duplicate key with conflicting values
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:false,statistics:false,statistics:true,marketing:false}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 7: cookiebot-bad-007 invalid: boolean given as quoted string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:'true',statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 8: cookiebot-bad-008 invalid: boolean given as number
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:1,statistics:1,marketing:1}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 9: cookiebot-bad-009 invalid: capitalised boolean
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:True,statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 10: cookiebot-bad-010 invalid: null value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:null,statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 11: cookiebot-bad-011 invalid: trailing garbage after the closing brace
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:'abc',necessary:true,preferences:true,statistics:true,marketing:true,method:'explicit',ver:1,utc:1748772000000,region:'de'}x
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 12: cookiebot-bad-012 invalid: missing closing brace
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:'abc',necessary:true,preferences:true,statistics:true,marketing:true,method:'explicit',ver:1,utc:1748772000000,region:'de'
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 13: cookiebot-bad-013 invalid: unterminated string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:'abc,necessary:true,preferences:true,statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 14: cookiebot-bad-014 invalid: quote inside a string (nested quotes)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:'a'b',necessary:true,preferences:true,statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 15: cookiebot-bad-015 invalid: truncated percent escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%27a%2
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 16: cookiebot-bad-016 invalid: invalid percent escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%zza%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 17: cookiebot-bad-017 invalid: percent-encoded NUL byte
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%27a%00b%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 18: cookiebot-bad-019 invalid: double-encoded (%257B...)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent=%7Bstamp%3A%2527abc%2527%252Cnecessary%3Atrue%252Cpreferences%3Atrue%252Cstatistics%3Atrue%252Cmarketing%3Atrue%252Cmethod%3A%2527explicit%2527%252Cver%3A1%252Cutc%3A1748772000000%252Cregion%3A%2527de%2527%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 19: cookiebot-bad-020 invalid: JSON syntax with double-quoted keys
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={"necessary":true,"preferences":true,"statistics":true,"marketing":true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 20: cookiebot-bad-021 invalid: -1 followed by junk
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent=-1x
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 21: cookiebot-bad-022 invalid: other small integer (-2)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent=-2
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 22: cookiebot-bad-023 invalid: value 1 (not a documented shorthand)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent=1
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 23: cookiebot-bad-024 invalid: key containing a hyphen
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:true,statistics:true,marketing:true,ad-storage:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 24: cookiebot-bad-025 invalid: trailing comma
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:true,statistics:true,marketing:true,}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 25: cookiebot-bad-026 invalid: nested object value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:true,statistics:true,marketing:true,gacm:{a:1}}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 26: cookiebot-bad-027 invalid: overlong number (40 digits)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={necessary:true,preferences:true,statistics:true,marketing:true,utc:9999999999999999999999999999999999999999}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 27: cookiebot-bad-028 invalid: huge value (> 4096 bytes)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',necessary:true,preferences:true,statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 28: cookiebot-bad-029 invalid: semicolon inside the value truncates the cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:'a';necessary:true,preferences:true,statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 29: cookiebot-bad-031 invalid: stamp given as a bare word
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:abc,necessary:true,preferences:true,statistics:true,marketing:true}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 30: cookiebot-bad-032 invalid: conflicting duplicate CookieConsent cookies where one copy is invalid
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%27abc%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; CookieConsent={broken
--- response_headers
X-Consent: necessary
X-Source: invalid:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 31: onetrust-bad-001 invalid: groups key missing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=isGpcEnabled=0&interactionCount=1&AwaitingReconsent=false
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 32: onetrust-bad-002 invalid: groups empty
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=&AwaitingReconsent=false
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 33: onetrust-bad-003 invalid: group without a value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%2CC0002%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 34: onetrust-bad-004 invalid: group value 2
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%3A1%2CC0002%3A2
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 35: onetrust-bad-005 invalid: group value "yes"
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%3Ayes%2CC0002%3Ayes
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 36: onetrust-bad-006 invalid: duplicate group id with conflicting values
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0002%3A0%2CC0002%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 37: onetrust-bad-007 invalid: groups key repeated
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0002%3A0&groups=C0002%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 38: onetrust-bad-008 invalid: truncated percent escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%3A1%2CC0002%3
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 39: onetrust-bad-009 invalid: invalid percent escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%G11
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 40: onetrust-bad-010 invalid: percent-encoded NUL in groups
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%3A1%00%2CC0002%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 41: onetrust-bad-011 invalid: interactionCount not a number
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=abc&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 42: onetrust-bad-012 invalid: interactionCount overlong (20 digits)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=99999999999999999999&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 43: onetrust-bad-013 invalid: negative interactionCount
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=-1&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 44: onetrust-bad-014 invalid: key with illegal characters
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=inter%20action=1&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 45: onetrust-bad-015 invalid: value over 4096 bytes
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=hosts=H1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2CH1%3A1%2C&interactionCount=1&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 46: onetrust-bad-016 invalid: group id with spaces
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%3A1%2C+C0002%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 47: onetrust-bad-017 invalid: JSON instead of query string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent={"groups":"C0001:1,C0002:1"}
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 48: onetrust-bad-018 invalid: value is empty
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 49: onetrust-bad-019 invalid: only separators
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=&&&
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 50: onetrust-bad-020 invalid: group id too long (65 chars)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 51: onetrust-bad-021 invalid: colon missing, dash used
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001-1%2CC0002-1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 52: onetrust-bad-023 invalid: two OptanonConsent copies, one broken
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1; OptanonConsent=interactionCount=1&groups=C0002%3Ax
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 53: onetrust-bad-024 invalid: only group separators
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=%2C%2C%2C
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 54: onetrust-bad-025 invalid: double-encoded groups
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%253A1%252CC0002%253A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 55: onetrust-bad-026 invalid: whitespace around the colon
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001+%3A+1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 56: onetrust-bad-027 invalid: value with a group item of just ":1"
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=%3A1
--- response_headers
X-Consent: necessary
X-Source: invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 57: onetrust-bad-028 decided: group separator ";" cuts the cookie: only C0001 survives, so nothing beyond necessary
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001:1;C0002:1
--- response_headers
X-Consent: necessary
X-Source: cookie:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 58: onetrust-bad-029 undecided: OptanonAlertBoxClosed is not a timestamp ("yes"): ignored, interactionCount=0, so undecided
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonAlertBoxClosed=yes; OptanonConsent=interactionCount=0&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: undecided:onetrust,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 59: onetrust-bad-030 undecided: OptanonAlertBoxClosed empty: ignored, no interactionCount, so undecided
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonAlertBoxClosed=; OptanonConsent=groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary
X-Source: undecided:onetrust,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 60: klaro-bad-001 invalid: not JSON
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro map=session:necessary,matomo:analytics,hotjar:analytics,intercom:preferences,youtube:marketing,facebook-pixel:marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=not-json
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 61: klaro-bad-002 invalid: truncated JSON
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22matomo%22%3Atrue
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 62: klaro-bad-003 invalid: JSON array
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%5Btrue%2Ctrue%5D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 63: klaro-bad-004 invalid: JSON string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%22all%22
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 64: klaro-bad-005 invalid: JSON null
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=null
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 65: klaro-bad-006 invalid: JSON number
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=1
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 66: klaro-bad-007 invalid: empty value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 67: klaro-bad-008 invalid: duplicate key with conflicting values
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%2C%22youtube%22%3Afalse%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 68: klaro-bad-009 invalid: trailing comma
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%2C%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 69: klaro-bad-010 invalid: single-quoted JSON
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro={'matomo':true}
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 70: klaro-bad-011 invalid: malformed percent escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%E0%A4%A
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 71: klaro-bad-012 invalid: invalid UTF-8 after decoding
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22matomo%FF%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 72: klaro-bad-013 invalid: percent-encoded NUL in a key
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22mat%00omo%22%3Atrue%2C%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 73: klaro-bad-014 invalid: escaped NUL (\u0000) in a key
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22mat%5Cu0000omo%22%3Atrue%2C%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 74: klaro-bad-015 invalid: bad JSON escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22ma%5Cxomo%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 75: klaro-bad-016 invalid: unterminated string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22matomo%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 76: klaro-bad-017 invalid: deep nesting (20 levels)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A1%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 77: klaro-bad-019 invalid: double-encoded
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%257B%2522session%2522%253Atrue%252C%2522matomo%2522%253Atrue%252C%2522hotjar%2522%253Atrue%252C%2522intercom%2522%253Atrue%252C%2522youtube%2522%253Atrue%252C%2522facebook-pixel%2522%253Atrue%257D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 78: klaro-bad-020 invalid: garbage after the object
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7Dxyz
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 79: klaro-bad-021 invalid: two objects concatenated
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D%7B%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 80: klaro-bad-022 invalid: byte-order mark before the object
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%EF%BB%BF%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 81: klaro-bad-023 invalid: overlong number token used as a key value is fine but a bare word is not
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22matomo%22%3Atrue1%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 82: klaro-bad-024 invalid: unquoted keys
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7Bmatomo%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 83: klaro-bad-025 invalid: raw control character (tab) inside a string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22mat%09omo%22%3Atrue%2C%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 84: klaro-bad-026 invalid: semicolon splits the cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro={"matomo":true;"hotjar":true}
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 85: klaro-bad-028 invalid: two klaro cookies, one broken
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D; klaro=%7B
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 86: klaro-bad-029 invalid: JSON with comments
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%2F*x*%2F%22matomo%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 87: klaro-bad-030 invalid: NaN literal
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube marketing;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22matomo%22%3ANaN%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 88: cc-bad-001 invalid: not JSON
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=hello
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 89: cc-bad-002 invalid: truncated JSON
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 90: cc-bad-003 invalid: JSON array
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%5B%22necessary%22%2C%22analytics%22%5D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 91: cc-bad-004 invalid: categories is a string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%22necessary%2Canalytics%22%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 92: cc-bad-005 invalid: categories contains a number
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C1%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 93: cc-bad-006 invalid: categories missing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 94: cc-bad-007 invalid: duplicate categories key
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%5D%2C%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%2C%22marketing%22%5D%2C%22consentId%22%3A%22x%22%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 95: cc-bad-008 invalid: malformed percent escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22nec%2
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 96: cc-bad-009 invalid: invalid UTF-8
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22%C3%28%22%5D%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 97: cc-bad-010 invalid: escaped NUL inside a category name
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%5Cu0000%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 98: cc-bad-011 invalid: percent-encoded NUL between tokens
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%00%22categories%22%3A%5B%5D%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 99: cc-bad-012 invalid: deep nesting in data (30 levels)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A%7B%22a%22%3A1%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%7D%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 100: cc-bad-013 invalid: value over 4096 bytes
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3A%7B%22pad%22%3A%22xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%22%7D%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 101: cc-bad-014 invalid: trailing garbage
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7Dxyz
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 102: cc-bad-015 invalid: double-encoded
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%257B%2522categories%2522%253A%255B%2522necessary%2522%252C%2522analytics%2522%255D%252C%2522revision%2522%253A0%252C%2522data%2522%253Anull%252C%2522consentTimestamp%2522%253A%25222025-06-01T10%253A00%253A00.000Z%2522%252C%2522consentId%2522%253A%25229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%2522%252C%2522services%2522%253A%257B%2522necessary%2522%253A%255B%255D%252C%2522analytics%2522%253A%255B%255D%252C%2522marketing%2522%253A%255B%255D%257D%252C%2522languageCode%2522%253A%2522en%2522%252C%2522lastConsentTimestamp%2522%253A%25222025-06-01T10%253A00%253A00.000Z%2522%252C%2522expirationTime%2522%253A1764496800000%257D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 103: cc-bad-016 invalid: raw JSON broken by a semicolon
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie={"categories":["necessary";"analytics"]}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 104: cc-bad-017 invalid: empty value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 105: cc-bad-018 invalid: JSON null
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=null
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 106: cc-bad-019 invalid: single quotes
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie={'categories':['necessary']}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 107: cc-bad-020 invalid: overlong number literal for revision is still JSON but exceeds the size limit
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 108: cc-bad-021 invalid: byte-order mark prefix
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%EF%BB%BF%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 109: cc-bad-022 invalid: categories is an object instead of an array
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%7B%22analytics%22%3Atrue%7D%2C%22consentId%22%3A%22x%22%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 110: cc-bad-024 invalid: two cc_cookie copies, one broken
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D; cc_cookie=%7B
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 111: cc-bad-025 invalid: JSON with a comment
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%5D%2F*x*%2F%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 112: cc-bad-026 invalid: Infinity literal
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%5D%2C%22revision%22%3AInfinity%7D
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 113: cc-bad-027 undecided: consentId empty string (well-formed JSON, incomplete consent record)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%22%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 114: cc-bad-028 undecided: consentId is a number (well-formed JSON, incomplete consent record)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A42%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 115: cc-bad-029 undecided: consentTimestamp not a date (well-formed JSON, incomplete consent record)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%22yesterday%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 116: cc-bad-030 undecided: lastConsentTimestamp missing (well-formed JSON, incomplete consent record)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 117: cc-bad-031 undecided: object without any v3 fields (well-formed JSON, incomplete consent record)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 118: cookieyes-bad-001 invalid: empty value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 119: cookieyes-bad-002 invalid: item without a colon
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 120: cookieyes-bad-003 invalid: duplicate key with conflicting values
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary:yes,analytics:no,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 121: cookieyes-bad-004 invalid: category value "true"
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary:yes,analytics:true
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 122: cookieyes-bad-005 invalid: category value "YES" (case)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary:yes,analytics:YES
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 123: cookieyes-bad-006 invalid: action value "maybe"
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:maybe,necessary:yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 124: cookieyes-bad-007 invalid: action key missing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,necessary:yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 125: cookieyes-bad-008 invalid: malformed percent escape
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,analytics:yes%2
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 126: cookieyes-bad-009 invalid: percent-encoded NUL
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes%00,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 127: cookieyes-bad-011 invalid: JSON instead of key:value list
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent={"action":"yes","analytics":"yes"}
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 128: cookieyes-bad-012 invalid: semicolon separators cut the cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc;action:yes;analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 129: cookieyes-bad-013 invalid: key with a space
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,ana lytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 130: cookieyes-bad-014 invalid: value over 4096 bytes
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,consent:yes,action:yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 131: cookieyes-bad-015 invalid: value with an extra colon
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes:yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 132: cookieyes-bad-016 invalid: equals instead of colon
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid=abc,consent=yes,action=yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 133: cookieyes-bad-017 invalid: double-encoded
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid%253Aabc%252Caction%253Ayes%252Canalytics%253Ayes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 134: cookieyes-bad-019 invalid: empty key
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=:yes,consent:yes,action:yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 135: cookieyes-bad-020 invalid: advertisement value "1"
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary:yes,advertisement:1
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 136: cookieyes-bad-021 invalid: two copies, one broken
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:a,consent:yes,action:yes,necessary:yes,analytics:yes; cookieyes-consent=action
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 137: cookieyes-bad-022 invalid: only commas
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=,,,,
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 138: cookieyes-bad-023 invalid: key over 64 chars
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk:yes,action:yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 139: cookieyes-bad-024 invalid: consent value "granted"
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:granted,action:yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 140: cookieyes-bad-025 invalid: quoted value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:"yes",analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 141: cookieyes-bad-026 invalid: trailing garbage item
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,analytics:yes,garbage
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 142: cookieyes-bad-027 invalid: whitespace inside value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,analytics: yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 143: cookieyes-bad-028 invalid: necessary value "no" but otherwise fine is NOT malformed, while "n" is
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary:n,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 144: cookieyes-bad-029 invalid: invalid UTF-8 after decoding
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,analytics:yes%C3%28
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 145: cookieyes-bad-030 invalid: action value "Yes" (case)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cookieyes-consent cookieyes;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:Yes,analytics:yes
--- response_headers
X-Consent: necessary
X-Source: invalid:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 146: complianz-bad-001 invalid: statistics=yes
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=yes; cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 147: complianz-bad-002 invalid: marketing=Allow (case)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=Allow; cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 148: complianz-bad-003 invalid: marketing=true
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=true
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 149: complianz-bad-004 invalid: preferences empty
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_preferences=; cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 150: complianz-bad-005 invalid: marketing=allow%20 (encoded trailing space)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=allow%20
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 151: complianz-bad-006 invalid: statistics=%61llow (percent-encoded letters are not decoded)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=%61llow
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 152: complianz-bad-007 invalid: statistics=1
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=1
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 153: complianz-bad-008 invalid: marketing=deny,allow
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=deny,allow
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 154: complianz-bad-009 invalid: duplicate cmplz_marketing with conflicting values
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=deny; cmplz_marketing=allow; cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 155: complianz-bad-011 invalid: value over 4096 bytes
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=allowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallowallow
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 156: complianz-bad-012 invalid: JSON value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing={"allow":true}
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 157: complianz-bad-013 invalid: quoted "allow" is accepted after DQUOTE stripping, but single-quoted is not
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing='allow'
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 158: complianz-bad-015 invalid: allowed (extra suffix)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_preferences=allowed
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 159: complianz-bad-016 invalid: deny with trailing garbage
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=denyx
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 160: complianz-bad-017 invalid: numeric zero
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_preferences=0
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 161: complianz-bad-018 invalid: granted (Consent Mode vocabulary)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=granted
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 162: complianz-bad-019 invalid: duplicate cmplz_banner-status
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_banner-status=dismissed; cmplz_banner-status=show; cmplz_statistics=allow
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 163: complianz-bad-020 invalid: duplicate policy id
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_policy_id=14; cmplz_policy_id=15; cmplz_statistics=allow
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 164: complianz-bad-021 invalid: uppercase DENY
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=DENY
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 165: complianz-bad-022 invalid: whitespace inside
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=al low
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 166: complianz-bad-023 invalid: empty statistics with others fine
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=; cmplz_marketing=allow; cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 167: complianz-bad-025 invalid: allow repeated
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=allowallow
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 168: complianz-bad-026 invalid: percent-encoded NUL after allow
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=allow%00
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 169: complianz-bad-028 invalid: identical duplicate cmplz_preferences cookies
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_preferences=deny; cmplz_preferences=deny; cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 170: complianz-bad-029 invalid: null literal
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_marketing=null
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 171: complianz-bad-030 invalid: encoded newline after deny
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=deny%0A
--- response_headers
X-Consent: necessary
X-Source: invalid:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 172: tcf-bad-001 invalid: empty value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 173: tcf-bad-002 invalid: TCF v1.1 consent string (starts with B; version 1 is retired)
--- http_config
    privacy_consent_max_age 20y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=BOoI5yEOoI5yECGABBENCh-AAAAp57v______9______9uz_Ov_v_f__33e8__9v_l_7_-___u_-3zd4u_1vf99yfm1-7etr3tp_87ues2_Xur__79__3z3_9phP78k89r7337Ew-v83oA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 174: tcf-bad-003 invalid: a GPP string stored in the TC cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=DBACNYA~CQSU_AAQSU_AAEsAAAENB2EgAIHAAAAAAAAAAAAAAAAA.IAAA.YAAAAAAAAAAA~1YNN
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 175: tcf-bad-004 invalid: standard base64 alphabet (+ and /) instead of base64url
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP/gAEPgAAYgJhMUQGG/LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU+IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG/LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU+IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 176: tcf-bad-005 invalid: "=" padding appended
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA==
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 177: tcf-bad-006 invalid: space inside the string
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBEN B2EgAIHAAAAAAAYgAKgEQCAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 178: tcf-bad-007 invalid: percent-encoded dot between segments
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA%2EIJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 179: tcf-bad-008 invalid: truncated to 10 characters (60 bits)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSW
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 180: tcf-bad-009 invalid: truncated inside the fixed header (35 chars = 210 bits, vendor section missing)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAY
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 181: tcf-bad-010 invalid: vendor bitfield claims MaxVendorId 2000 but the string ends after 300 bits of it
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIGAAAAAAAYgPoMUAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 182: tcf-bad-011 invalid: range entry with EndVendorId < StartOrOnlyVendorId (5..2)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIGAAAAAAAYgAEQAYACgAEAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 183: tcf-bad-012 invalid: range entry with vendor id 0
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIGAAAAAAAYgAEQAQAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 184: tcf-bad-013 invalid: range entry beyond MaxVendorId (1..20 with MaxVendorId 10)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIGAAAAAAAYgAFQAYAAgAoAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 185: tcf-bad-014 invalid: IsServiceSpecific = 0 (global scope, retired)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EAAIHAAAAAAAYgAKgEQCAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 186: tcf-bad-015 invalid: version field = 3
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=DQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 187: tcf-bad-016 invalid: version field = 0
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=AQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 188: tcf-bad-017 invalid: TcfPolicyVersion 2 (created for TCF 2.0/2.1; invalid since TCF 2.2)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENA8CgAP_gAAAAAAYgABEAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 189: tcf-bad-018 invalid: core segment repeated (second segment has type 0)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 190: tcf-bad-019 invalid: unknown segment type 5
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.oAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 191: tcf-bad-020 invalid: DisclosedVendors segment twice
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 192: tcf-bad-021 invalid: empty segment between dots
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA..YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 193: tcf-bad-022 invalid: trailing dot
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 194: tcf-bad-023 invalid: leading dot
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=.CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 195: tcf-bad-024 invalid: longer than 4096 characters
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 196: tcf-bad-025 invalid: publisher restriction with RestrictionType 3 (undefined)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAP_gAAAAAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQAAAAhYAMABgAIA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 197: tcf-bad-026 invalid: publisher restriction for purpose 0
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAP_gAAAAAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQAAAAgAAMABgAIA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 198: tcf-bad-027 invalid: DisclosedVendors segment truncated (IAA = 18 bits)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.IAA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 199: tcf-bad-028 invalid: PublisherTC segment truncated (YA = 12 bits)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.YA
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 200: tcf-bad-029 invalid: PublisherTC claims 63 custom purposes but carries no bits for them
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.YAAAAAAAH4
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 201: tcf-bad-032 invalid: two euconsent-v2 cookies, one broken
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA; euconsent-v2=CQSWW5AQSWW5
--- response_headers
X-Consent: necessary
X-Source: invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]
