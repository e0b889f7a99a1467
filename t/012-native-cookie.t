# At least thirty malformed native consent cookies, none of which may grant
# anything beyond "necessary" (DESIGN.md: anything that does not parse
# exactly is no decision, never a grant), plus the accepted spellings.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: malformed: empty value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 2: malformed: version only
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 3: malformed: wrong version
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=2:analytics:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 4: malformed: leading zero version
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=01:analytics:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 5: malformed: missing revision
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 6: malformed: empty revision
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 7: malformed: empty time
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics::0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 8: malformed: non-numeric time
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:yesterday:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 9: malformed: negative time
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:-1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 10: malformed: plus sign in time
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:+1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 11: malformed: leading zero time
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:01732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 12: malformed: time from the far future
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:99999999999:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 13: malformed: time with 12 digits
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:173230000000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 14: malformed: non-numeric revision
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:x; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 15: malformed: leading zero revision
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:00; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 16: malformed: upper-case category
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:Analytics:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 17: malformed: unknown category
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:tracking:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 18: malformed: unknown category among known ones
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics.tracking:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 19: malformed: repeated category
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics.analytics:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 20: malformed: trailing dot
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics.:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 21: malformed: leading dot
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:.analytics:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 22: malformed: double dot
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics..marketing:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 23: malformed: comma separator
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics,marketing:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 24: malformed: percent-encoded colon
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1%3Aanalytics%3A1732300000%3A0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 25: malformed: trailing colon
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:0:; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 26: malformed: short signature
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:0:abc; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 27: malformed: signature with padding
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 28: malformed: signature with non-zero spare bits
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 29: malformed: signature one character too long
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 30: malformed: extra field after signature
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics:1732300000:0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA:1; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 31: malformed: JSON instead of the format
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent={"analytics":true}; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 32: malformed: boolean
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=true; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 33: malformed: all
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=all; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 34: malformed: base64 of a valid value
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=MTphbmFseXRpY3M6MTczMjMwMDAwMDow; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 35: malformed: non-ASCII category
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analyticé:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 36: malformed: space inside the categories
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:analytics marketing:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 37: malformed: category name of 33 characters
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: sid=1; privacy_consent=1:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:1732300000:0; _ga=GA1.2
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 38: accepted: quoted value (one pair of quotes is removed)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: privacy_consent="1:analytics:1732300000:0"
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:native
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 39: accepted: only necessary
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: privacy_consent=1::1732300000:0
--- response_headers
X-Consent: necessary
X-Source: cookie:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 40: accepted: necessary named explicitly
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: privacy_consent=1:necessary.marketing:1732300000:0
--- response_headers
X-Consent: necessary,marketing
X-Source: cookie:native
Set-Cookie: _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 41: accepted: two valid copies combine to their intersection
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: privacy_consent=1:analytics.marketing:1732300000:0; privacy_consent=1:marketing:1732300000:0
--- response_headers
X-Consent: necessary,marketing
X-Source: cookie:native
Set-Cookie: _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 42: accepted: a valid and a malformed copy: invalid
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: privacy_consent=1:analytics.marketing:1732300000:0; privacy_consent=1:analytics
--- response_headers
X-Consent: necessary
X-Source: invalid:native
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 43: accepted: a well-formed signature is accepted without privacy_consent_secret
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: privacy_consent=1:analytics:1732300000:0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:native
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 44: accepted: cookie of the same name in another case is not the consent cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
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
Cookie: Privacy_Consent=1:analytics:1732300000:0
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: default:opt-out
Set-Cookie: _ga=GA1.2, _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 46: $privacy_consent_id: the ID a native cookie carries; empty without one, or when the cookie is not in force
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        return 200 "[$privacy_consent_id] $privacy_consent\n";
    }
--- request eval
["GET /t", "GET /t", "GET /t", "GET /t"]
--- more_headers eval
["Cookie: privacy_consent=1:analytics:1732300000:0:q1w2e3r4t5y6u7i8o9p0aA",
 "Cookie: privacy_consent=1:analytics:1732300000:0",
 "Cookie: privacy_consent=1:analytics:1732300000:0:q1w2e3r4t5y6u7i8o9p0aB",
 "Cookie: privacy_consent=1:analytics:1732300000:7:q1w2e3r4t5y6u7i8o9p0aA"]
--- response_body eval
["[q1w2e3r4t5y6u7i8o9p0aA] necessary,analytics\n", "[] necessary,analytics\n",
 "[] necessary\n", "[] necessary\n"]
--- no_error_log
[error]
[alert]
