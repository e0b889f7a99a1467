# Every consent platform through real requests: each family vector of
# spec/consent-vectors.json (decided, undecided, absent, not required), with
# the cookie value exactly as the browser sends it, under the configuration
# the vector assumes.  The Set-Cookie filtering shows the result (_ga needs
# analytics, _fbp marketing, lang preferences; sid is unclassified and
# stays), and $privacy_consent / $privacy_decision_source name it.  Regime
# opt-in, so "no decision" grants only "necessary", as the vectors expect.
# Not replayed here: klaro-010 (no service map is a configuration error, see
# 034-consent-config.t), cc-010 (accept_v2) and tcf-008
# (purpose_one_treatment), whose options are not directive parameters.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: cookiebot-001 decided: Accept all, explicit, URL-encoded as the Cookiebot script writes it (%27 for quotes, %2C for commas)
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
Cookie: _ga=GA1.1.1234.5678; CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; PHPSESSID=abc
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 2: cookiebot-002 decided: Statistics only; raw (un-encoded) quotes and commas, as seen from older script versions
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
Cookie: CookieConsent={stamp:'39mwSVTC83N0G5h2zVP67WqNr0ESI/cjzicXtUg9XpT1vhrm3izwpu==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:3,utc:1748775600000,region:'fr'}
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 3: cookiebot-003 decided: Necessary only (declined), encoded
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
Cookie: CookieConsent={stamp:%27Pcfq0LpuJMon5c1Cqp/+CDVaNp6b6kPDMFcMYKC7vKSxtw63Ov8Fae==%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27dk%27}
--- response_headers
X-Consent: necessary
X-Source: cookie:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 4: cookiebot-004 not_required: Legacy value -1: visitor is in a region where Cookiebot requires no consent; everything allowed
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
Cookie: CookieConsent=-1
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 5: cookiebot-005 not_required: Object form of "no consent required": stamp -1, method implied, all true
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
Cookie: CookieConsent={stamp:%27-1%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27implied%27%2Cver:1%2Cutc:1748772000000%2Ciab2:%27%27%2Cregion:%27vn%27}
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 6: cookiebot-006 decided: TCF-enabled Cookiebot: iab2 carries the TC string, gacm an opaque Google AC blob (both ignored for the category decision)
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
Cookie: CookieConsent={stamp:%27JY7i91y8DZSzAJMuDQHHmQ7BSWX+d+dr98IJNIjBjSMHdEQ5AgeagZ==%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:false%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:2%2Cutc:1748772000000%2Ciab2:%27CQSWW5AQSWW5AEsACBENB2EkAPIAAAAAAAYgAEEUAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA%27%2Cgacm:%272~AAAAAAAAAAAQ%27%2Cregion:%27it%27}
--- response_headers
X-Consent: necessary,marketing
X-Source: cookie:cookiebot
Set-Cookie: _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 7: cookiebot-007 decided: Legacy value 0 (documented in the Cookiebot PHP sample): consent declined, necessary only
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
Cookie: CookieConsent=0
--- response_headers
X-Consent: necessary
X-Source: cookie:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 8: cookiebot-008 decided: Implied consent (e.g. US opt-out region); decided but method implied
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
Cookie: CookieConsent={stamp:%27e/MPmudt39m3iMJe9Lcu4DpgUmZHmQ7TW8qAekyomM6JRKUxmlTE2g==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27implied%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27us-06%27}
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 9: cookiebot-009 decided: Old format without method/region keys (pre-2020), preferences only
--- http_config
    privacy_consent_max_age 20y;
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
Cookie: CookieConsent={stamp:%27LRok90Eyeam8etwAHFmxgjqlE3uSXU7xE7vKMh25lGxJ3WArxbqEfV==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:false%2Cmarketing:false%2Cver:1%2Cutc:1570580789621}
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:cookiebot
Set-Cookie: lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 10: cookiebot-010 decided: Whitespace around tokens is tolerated
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
Cookie: CookieConsent={ stamp : 'x' , necessary : true , preferences : false , statistics : true , marketing : false }
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 11: cookiebot-011 absent: No CookieConsent cookie at all: no decision yet
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
Cookie: _ga=GA1.1.1.1
--- response_headers
X-Consent: necessary
X-Source: default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 12: cookiebot-012 decided: Two CookieConsent copies (e.g. different paths) that disagree: least-privilege intersection
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
Cookie: CookieConsent={stamp:%27abc%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; CookieConsent={stamp:%27abc%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 13: onetrust-001 decided: Accept all after interacting with the banner (OptanonAlertBoxClosed present)
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
Cookie: OptanonAlertBoxClosed=2025-06-01T10:00:00.118Z; OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=ce4ff0e4-28fc-49cc-872a-9f8b8b60d21f&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1%2CC0005%3A1&intType=1&geolocation=DE%3BBE&AwaitingReconsent=false
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:onetrust
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 14: onetrust-002 decided: Performance (analytics) only, saved from the preference centre
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
Cookie: OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=09ce307d-96e6-4f6a-82ca-db47676eb837&interactionCount=2&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0%2CC0005%3A0&intType=3&geolocation=FR%3BIDF&AwaitingReconsent=false; OptanonAlertBoxClosed=2025-06-01T10:00:00.118Z
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:onetrust
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 15: onetrust-003 undecided: First page view in an opt-in region: cookie written with defaults, no interaction yet
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
Cookie: OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=0900ea62-8afc-4326-86e4-8c04860d2bfa&interactionCount=0&isAnonUser=1&landingPath=https%3A%2F%2Fwww.example.com%2F&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A0%2CC0004%3A0%2CC0005%3A0&geolocation=NL%3BNH&AwaitingReconsent=false
--- response_headers
X-Consent: necessary
X-Source: undecided:onetrust,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 16: onetrust-004 undecided: Opt-out/implied region (US): groups default to 1 but the visitor never interacted; strict mode grants nothing, mirror mode follows the CMP
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
Cookie: OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=21d007b6-8d25-423c-80e4-b8f5efae1fe2&interactionCount=0&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0003%3A1%2CC0002%3A1%2CC0004%3A1&geolocation=US%3BTX&AwaitingReconsent=false
--- response_headers
X-Consent: necessary
X-Source: undecided:onetrust,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 17: onetrust-005 decided: OneTrust already applied GPC (isGpcEnabled=1): targeting group switched off
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
Cookie: OptanonConsent=isGpcEnabled=1&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=1&isIABGlobal=false&hosts=&consentId=32a74232-a74f-4f2b-8809-103a547e98b2&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A0&geolocation=US%3BCA&AwaitingReconsent=false; OptanonAlertBoxClosed=2025-06-01T10:00:00.118Z
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:onetrust
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 18: onetrust-006 undecided: AwaitingReconsent=true: the site forced re-consent; treat as no decision
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
Cookie: OptanonAlertBoxClosed=2025-06-01T10:00:00.118Z; OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=dcf6103a-540d-4161-8d79-37fa074d21fa&interactionCount=3&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1&AwaitingReconsent=true
--- response_headers
X-Consent: necessary
X-Source: undecided:onetrust,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 19: onetrust-007 decided: Custom/bundle/IAB-stack group ids are ignored unless mapped; no targeting group present, so marketing stays off
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
Cookie: OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=9518adba-c253-4c16-88f3-e6514eb83709&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CV2STACK42%3A1%2CBG36%3A1%2CC0010%3A1&geolocation=GB%3BENG&AwaitingReconsent=false; OptanonAlertBoxClosed=2025-06-01T10:00:00.118Z
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:onetrust
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 20: onetrust-008 decided: Legacy numeric group ids (pre-2020 scripts): unmapped by default, so only necessary
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
Cookie: OptanonAlertBoxClosed=2020-03-17T15:46:33.375Z; OptanonConsent=isIABGlobal=false&datestamp=Tue+Mar+17+2020+10%3A46%3A33+GMT-0500+(Central+Daylight+Time)&version=5.7.0&landingPath=NotLandingPage&groups=1%3A1%2C2%3A1%2C3%3A1%2C4%3A1%2C0_223362%3A1%2C0_223376%3A1&AwaitingReconsent=false
--- response_headers
X-Consent: necessary
X-Source: cookie:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 21: onetrust-009 decided: Same legacy cookie with an explicit site mapping for numeric ids
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie OptanonConsent onetrust map=2:analytics,3:preferences,4:marketing;
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
Cookie: OptanonAlertBoxClosed=2020-03-17T15:46:33.375Z; OptanonConsent=isIABGlobal=false&datestamp=Tue+Mar+17+2020+10%3A46%3A33+GMT-0500+(Central+Daylight+Time)&version=5.7.0&landingPath=NotLandingPage&groups=1%3A1%2C2%3A1%2C3%3A1%2C4%3A1%2C0_223362%3A1%2C0_223376%3A1&AwaitingReconsent=false
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:onetrust
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 22: onetrust-010 decided: Un-encoded ":" and "," inside groups are accepted; social media (C0005) off makes marketing off (all mapped groups must be on)
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
Cookie: OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025&version=202504.1.0&interactionCount=1&groups=C0001:1,C0002:0,C0003:1,C0004:1,C0005:0&AwaitingReconsent=false
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:onetrust
Set-Cookie: lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 23: onetrust-011 absent: OptanonAlertBoxClosed alone (no OptanonConsent): nothing to read
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
Cookie: OptanonAlertBoxClosed=2025-06-01T10:00:00.118Z
--- response_headers
X-Consent: necessary
X-Source: default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 24: klaro-001 decided: Accept all (changeAll(true))
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
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Atrue%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:klaro
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 25: klaro-002 decided: Decline all: required service stays true, everything else false
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
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Afalse%2C%22hotjar%22%3Afalse%2C%22intercom%22%3Afalse%2C%22youtube%22%3Afalse%2C%22facebook-pixel%22%3Afalse%7D
--- response_headers
X-Consent: necessary
X-Source: cookie:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 26: klaro-003 decided: Both analytics services accepted
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
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Afalse%2C%22youtube%22%3Afalse%2C%22facebook-pixel%22%3Afalse%7D
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:klaro
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 27: klaro-004 decided: matomo on but hotjar off: analytics needs every mapped service on; both marketing services on
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
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Afalse%2C%22intercom%22%3Afalse%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D
--- response_headers
X-Consent: necessary,marketing
X-Source: cookie:klaro
Set-Cookie: _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 28: klaro-005 decided: Site configured storageName "site_consent"; module configured with the same cookie name
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie site_consent klaro;
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
Cookie: site_consent=%7B%22session%22%3Atrue%2C%22matomo%22%3Afalse%2C%22hotjar%22%3Afalse%2C%22intercom%22%3Atrue%2C%22youtube%22%3Afalse%2C%22facebook-pixel%22%3Afalse%7D
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:klaro
Set-Cookie: lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 29: klaro-006 undecided: Cookie lacks a configured service (saved before the service was added): Klaro re-asks, so no decision
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
Cookie: klaro=%7B%22matomo%22%3Atrue%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:klaro,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 30: klaro-007 decided: Unencoded JSON is also accepted (percent-decoding leaves it unchanged)
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
Cookie: klaro={"session":true,"matomo":true,"hotjar":true,"intercom":true,"youtube":false,"facebook-pixel":false}
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:klaro
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 31: klaro-008 decided: Non-boolean truthy values ("yes", 1) never grant (Klaro itself treats them as truthy: spec is stricter)
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
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3A%22yes%22%2C%22hotjar%22%3A1%2C%22intercom%22%3Afalse%2C%22youtube%22%3Afalse%2C%22facebook-pixel%22%3Afalse%7D
--- response_headers
X-Consent: necessary
X-Source: cookie:klaro
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 32: klaro-009 decided: Unknown extra service keys are ignored
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
Cookie: klaro=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%2C%22intercom%22%3Afalse%2C%22youtube%22%3Afalse%2C%22facebook-pixel%22%3Afalse%2C%22old-service%22%3Atrue%7D
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:klaro
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 33: cc-001 decided: Accept all (categories necessary, analytics, marketing; marketing services meta+gads)
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%2C%22marketing%22%5D%2C%22revision%22%3A3%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%222888cefa-1bf3-4f4f-95d3-2d341d31dbfe%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%22meta%22%2C%22gads%22%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary,analytics,marketing
X-Source: cookie:cookieconsent
Set-Cookie: _ga=GA1.2, _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 34: cc-002 decided: Analytics only
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22analytics%22%2C%22necessary%22%5D%2C%22revision%22%3A3%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%2222922d88-d17a-4463-84e8-a57b00664276%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookieconsent
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 35: cc-003 decided: Necessary only
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%5D%2C%22revision%22%3A3%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%2222922d88-d17a-4463-84e8-a57b00664276%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: cookie:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 36: cc-004 decided: Marketing category accepted with only one of its services (category-level decision only)
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22marketing%22%2C%22necessary%22%5D%2C%22revision%22%3A3%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%22e06344e8-863e-4fe3-8961-d7bf7d21c8bb%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%22meta%22%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary,marketing
X-Source: cookie:cookieconsent
Set-Cookie: _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 37: cc-005 decided: Site-specific category names (functionality, ads) mapped through the default name table
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22functionality%22%2C%22ads%22%2C%22necessary%22%5D%2C%22revision%22%3A3%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%22a5ca7d1d-aa09-4ee0-b865-b97ea4355ac1%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22functionality%22%3A%5B%5D%2C%22ads%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary,preferences,marketing
X-Source: cookie:cookieconsent
Set-Cookie: _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 38: cc-006 decided: Module configured with revision 3 (matches): valid
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent revision=3;
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22analytics%22%2C%22necessary%22%5D%2C%22revision%22%3A3%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%2222922d88-d17a-4463-84e8-a57b00664276%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookieconsent
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 39: cc-007 undecided: Module configured with revision 4 but cookie has revision 3: the library re-asks, so no decision
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cc_cookie cookieconsent revision=4;
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22analytics%22%2C%22necessary%22%5D%2C%22revision%22%3A3%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%2222922d88-d17a-4463-84e8-a57b00664276%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 40: cc-008 undecided: consentId missing: the library treats consent as invalid
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A3%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%7D
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 41: cc-009 undecided: v2.x layout stored as raw JSON (use_rfc_cookie off): ignored by default (v3 also ignores it)
--- http_config
    privacy_consent_max_age 15y;
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
Cookie: cc_cookie={"categories":["necessary","analytics"],"level":["necessary","analytics"],"revision":0,"data":null,"rfc_cookie":false,"consent_date":"2024-03-01T08:00:00.000Z","consent_uuid":"5f1c7a52-2b44-4c39-9a8e-6e1f0d3c2b10","last_consent_update":"2024-03-01T08:00:00.000Z"}
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 42: cc-011 decided: Unknown category names are ignored; "statistics" maps to analytics
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22statistics%22%2C%22newsletter%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22statistics%22%3A%5B%5D%2C%22newsletter%22%3A%5B%5D%2C%22marketing%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookieconsent
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 43: cc-012 decided: Two site categories map to analytics (analytics, performance): both must be accepted
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
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22analytics%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%229d1f4c4e-36a1-4b8e-9d55-0c2a1f7e8b11%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22analytics%22%3A%5B%5D%2C%22performance%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary
X-Source: cookie:cookieconsent
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 44: cookieyes-001 decided: Accept all
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
Cookie: cookieyes-consent=consentid:UXcxTk9mdTJEcWJ2WTVuR3diaDQ2ZDdLazVseGI4ZzA,consent:yes,action:yes,necessary:yes,functional:yes,analytics:yes,performance:yes,advertisement:yes,other:yes
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookieyes
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 45: cookieyes-002 decided: Reject all
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
Cookie: cookieyes-consent=consentid:NHNRa29Xd2RiaHlxZU01anhpTnFhTG9CbW5VOXlEQTU,consent:no,action:yes,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no
--- response_headers
X-Consent: necessary
X-Source: cookie:cookieyes
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 46: cookieyes-003 undecided: First page view: initial state written, no action yet
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
Cookie: cookieyes-consent=consentid:eGZ4V2F4Y2RkY3ZHUkFES0ZrWE95MzBWQkdWQnR3RUk,consent:no,action:,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieyes,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 47: cookieyes-004 decided: Custom save: analytics + performance only
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
Cookie: cookieyes-consent=consentid:MkVFN3B0b0RuZ0RBNTRQMXh2NkVoV1ZEMHRneXhra2I,consent:yes,action:yes,necessary:yes,functional:no,analytics:yes,performance:yes,advertisement:no,other:no
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookieyes
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 48: cookieyes-005 decided: Analytics yes but performance no: module analytics needs both
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
Cookie: cookieyes-consent=consentid:UHF5Uk5KUXcxMGRTamdaZXhHNEh4aW5kN0VIUDNTSUc,consent:yes,action:yes,necessary:yes,functional:yes,analytics:yes,performance:no,advertisement:no,other:no
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:cookieyes
Set-Cookie: lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 49: cookieyes-006 decided: Newer script adds lastRenewedDate; unknown keys ignored
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
Cookie: cookieyes-consent=consentid:c2F3T05TaGZncHNPMnRKYTdVaVJHRnprZEtTeHRDOTE,consent:yes,action:yes,necessary:yes,functional:no,analytics:no,performance:no,advertisement:yes,other:no,lastRenewedDate:1734509533000
--- response_headers
X-Consent: necessary,marketing
X-Source: cookie:cookieyes
Set-Cookie: _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 50: cookieyes-007 undecided: Empty placeholder state (all values empty) before the banner initialised
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
Cookie: cookieyes-consent=consentid:WUNGRHlzbjllbXp6WUgwZFNqZ1pleE1WcWI0UjIzZTk,consent:,action:,necessary:,functional:,analytics:,performance:,advertisement:,other:
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieyes,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 51: cookieyes-008 decided: Site without a performance category: analytics alone decides
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
Cookie: cookieyes-consent=consentid:TFdsUkVFN3ZEQzYzT2ljWHRVbXNuOWsycFgyYTdheVA,consent:yes,action:yes,necessary:yes,functional:no,analytics:yes,advertisement:no
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookieyes
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 52: cookieyes-009 decided: Percent-encoded separators (%2C, %3A) are decoded first
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
Cookie: cookieyes-consent=consentid%3Aabc%2Cconsent%3Ayes%2Caction%3Ayes%2Cnecessary%3Ayes%2Cfunctional%3Ayes%2Canalytics%3Ano%2Cperformance%3Ano%2Cadvertisement%3Ano
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:cookieyes
Set-Cookie: lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 53: cookieyes-010 undecided: action:no (seen in the wild, meaning unclear): treated as no decision
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
Cookie: cookieyes-consent=consentid:TVJiZDNKelZQQkxObjVqRnh4TmRuVTNpTURPR1Y3WFI,consent:yes,action:no,necessary:yes,functional:yes,analytics:yes,performance:yes,advertisement:yes,other:yes
--- response_headers
X-Consent: necessary
X-Source: undecided:cookieyes,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 54: complianz-001 decided: Accept all
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
Cookie: cmplz_functional=allow; cmplz_preferences=allow; cmplz_statistics=allow; cmplz_marketing=allow; cmplz_banner-status=dismissed; cmplz_policy_id=14
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:complianz
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 55: complianz-002 decided: Statistics only
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
Cookie: cmplz_functional=allow; cmplz_preferences=deny; cmplz_statistics=allow; cmplz_marketing=deny; cmplz_banner-status=dismissed; cmplz_policy_id=14
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:complianz
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 56: complianz-003 decided: Deny all
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
Cookie: cmplz_functional=allow; cmplz_preferences=deny; cmplz_statistics=deny; cmplz_marketing=deny; cmplz_banner-status=dismissed; cmplz_policy_id=14
--- response_headers
X-Consent: necessary
X-Source: cookie:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 57: complianz-004 decided: Banner dismissed but no category cookie: decided, nothing granted
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
Cookie: cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary
X-Source: cookie:complianz
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 58: complianz-005 decided: Multisite main site prefix cmplz_rt_ (module configured with that prefix)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_rt_ complianz;
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
Cookie: cmplz_rt_functional=allow; cmplz_rt_preferences=allow; cmplz_rt_statistics=deny; cmplz_rt_marketing=allow; cmplz_rt_banner-status=dismissed
--- response_headers
X-Consent: necessary,preferences,marketing
X-Source: cookie:complianz
Set-Cookie: _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 59: complianz-006 undecided: Cookie policy changed (site policy id 15, cookie 14): Complianz resets consent
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie cmplz_ complianz policy_id=15;
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
Cookie: cmplz_functional=allow; cmplz_preferences=allow; cmplz_statistics=allow; cmplz_marketing=allow; cmplz_banner-status=dismissed; cmplz_policy_id=14
--- response_headers
X-Consent: necessary
X-Source: undecided:complianz,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 60: complianz-007 absent: No Complianz cookies: no decision (in an opt-out region Complianz itself would allow; the gateway cannot know the region)
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
Cookie: wordpress_test_cookie=WP+Cookie+check
--- response_headers
X-Consent: necessary
X-Source: default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 61: complianz-008 undecided: banner-status show, no category cookies: undecided
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
Cookie: cmplz_banner-status=show
--- response_headers
X-Consent: necessary
X-Source: undecided:complianz,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 62: complianz-009 decided: Service-level JSON cookie present (consented_services) is informative only
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
Cookie: cmplz_functional=allow; cmplz_preferences=deny; cmplz_statistics=allow; cmplz_marketing=deny; cmplz_banner-status=dismissed; cmplz_consented_services=%7B%22youtube%22%3Atrue%7D
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:complianz
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 63: tcf-001 decided: Accept all: purposes 1-11, special features 1-2, all vendors of the test GVL (range-encoded)
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 64: tcf-002 decided: Reject all: no purpose consent, no vendor consent
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAAAAAAAAAAYgAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: cookie:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 65: tcf-003 decided: Purposes 1,8,9,10: measurement only
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 66: tcf-004 decided: Purposes 1,5,6,8,9,11: content personalisation + measurement
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAI2gAAAAAAYgAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 67: tcf-005 decided: Purposes 1,2,3,4,7 + special feature 2
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EkAPIAAAAAAAYgAEEUAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,marketing
X-Source: cookie:tcf
Set-Cookie: _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 68: tcf-006 decided: Everything except purpose 1 (no storage/access consent): nothing beyond necessary
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAH_gAAAAAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: cookie:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 69: tcf-007 decided: PurposeOneTreatment=1 with purposes 2-11: default ignores the special treatment
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAH_gAAAAAIAAABEAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: cookie:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 70: tcf-009 decided: Legitimate-interest signals only (no consent): LI never grants a category
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAAAAAEPgAAYgAAATCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary
X-Source: cookie:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 71: tcf-010 decided: Accept all plus publisher restrictions (purpose 2 not allowed for vendors 4,6,8; require consent for purpose 7): category decision unaffected
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAP_gAAAAAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQAAAAhAAMABgAIA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 72: tcf-011 decided: Core purposes 1,8,9 + Publisher TC segment (pub purposes 1,2,3,4,7,8,9, 2 custom purposes)
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIGAAAAAAAYgAEAEAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.fnAAAAAAAUAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 73: tcf-012 decided: TCF 2.3-era string (tcfPolicyVersion 5, disclosed-vendors segment present)
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENCMFgAP_gAAAAAAYgADEQAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 74: tcf-013 decided: Few vendors: bitfield-encoded vendor consent section
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIGAAAAAAAYgAEMUAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 75: tcf-014 decided: Legacy AllowedVendors segment (type 2) after the core is parsed and ignored
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.QABE
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 76: tcf-015 decided: Vendor consent as one range 1..65535 (must be handled without expanding the range)
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYn__wAYAA__-AAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]
