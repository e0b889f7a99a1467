# Several consent cookies at once: formats combine least-privilege
# (spec/consent-signals.md 0.4; any invalid one grants only "necessary", an
# undecided or too old one is no decision and the regime default applies,
# never wider than what the cookies record; otherwise the intersection), the
# US Privacy and GPP overlays only remove marketing, and the decision times
# Cookiebot, cookieconsent and TCF carry feed privacy_consent_max_age.
# Timestamps are from 2025; "10y" keeps them fresh until 2035.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: cookiebot and tcf decided: the intersection
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie euconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot,cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 2: native and cookiebot decided: the intersection
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie privacy_consent native;
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
Cookie: privacy_consent=1:analytics.marketing:1748772000:0; CookieConsent={stamp:'39mwSVTC83N0G5h2zVP67WqNr0ESI/cjzicXtUg9XpT1vhrm3izwpu==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:3,utc:1748775600000,region:'fr'}
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:native,cookie:cookiebot
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 3: native, cookiebot, onetrust, tcf all decided
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie privacy_consent native;
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie OptanonConsent onetrust;
    privacy_consent_cookie euconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1748772000:0; CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; OptanonAlertBoxClosed=2025-06-01T10:00:00.118Z; OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=ce4ff0e4-28fc-49cc-872a-9f8b8b60d21f&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1%2CC0005%3A1&intType=1&geolocation=DE%3BBE&AwaitingReconsent=false; euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics,marketing
X-Source: cookie:native,cookie:cookiebot,cookie:onetrust,cookie:tcf
Set-Cookie: _ga=GA1.2, _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 4: one invalid format blocks the others, whatever the regime
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
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
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; OptanonConsent=isGpcEnabled=0&interactionCount=1&AwaitingReconsent=false
--- response_headers
X-Consent: necessary
X-Source: cookie:cookiebot,invalid:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 5: an invalid native cookie blocks a decided CMP
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie privacy_consent native;
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
Cookie: privacy_consent=1:bogus:1748772000:0; CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}
--- response_headers
X-Consent: necessary
X-Source: invalid:native,cookie:cookiebot
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 6: an invalid CMP cookie blocks a decided native cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie privacy_consent native;
    privacy_consent_cookie euconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1748772000:0; euconsent-v2=BOEFEAyOEFEAyAHABDENAI4AAAB9vABAASA
--- response_headers
X-Consent: necessary
X-Source: cookie:native,invalid:tcf
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 7: undecided onetrust (EU defaults) is no decision; opt-out default narrowed to what the cookie records
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
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
X-Source: undecided:onetrust,default:opt-out
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 8: undecided onetrust (US defaults all on): the opt-out default
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
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
X-Consent: necessary,preferences,analytics,marketing
X-Source: undecided:onetrust,default:opt-out
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 9: undecided onetrust in opt-in: only necessary
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


=== TEST 10: decided cookiebot with an undecided onetrust: default never wider than the decided cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
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
Cookie: CookieConsent={stamp:'39mwSVTC83N0G5h2zVP67WqNr0ESI/cjzicXtUg9XpT1vhrm3izwpu==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:3,utc:1748775600000,region:'fr'}; OptanonConsent=isGpcEnabled=0&datestamp=Sun+Jun+01+2025+12%3A00%3A00+GMT%2B0200+(Central+European+Summer+Time)&version=202504.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=21d007b6-8d25-423c-80e4-b8f5efae1fe2&interactionCount=0&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0003%3A1%2CC0002%3A1%2CC0004%3A1&geolocation=US%3BTX&AwaitingReconsent=false
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot,undecided:onetrust,default:opt-out
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 11: configured formats, no cookie: the regime default (opt-out)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie euconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: sid=1; _ga=GA1.2
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: default:opt-out
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 12: configured formats, no cookie: the regime default (opt-in)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie euconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
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


=== TEST 13: a platform that is not configured is not read
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
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAAAAAAAAAAYgAAAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA; OptanonConsent=isGpcEnabled=0&interactionCount=1&AwaitingReconsent=false
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 14: without privacy_consent_cookie only the native cookie is read
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1748772000:0; CookieConsent={stamp:'39mwSVTC83N0G5h2zVP67WqNr0ESI/cjzicXtUg9XpT1vhrm3izwpu==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:3,utc:1748775600000,region:'fr'}
--- response_headers
X-Consent: necessary,analytics,marketing
X-Source: cookie:native
Set-Cookie: _ga=GA1.2, _fbp=fb.1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 15: CMP formats only: the native cookie is not read
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
Cookie: privacy_consent=garbage; CookieConsent={stamp:'39mwSVTC83N0G5h2zVP67WqNr0ESI/cjzicXtUg9XpT1vhrm3izwpu==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:3,utc:1748775600000,region:'fr'}
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 16: several TC string cookies combine least-privilege
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA; eupubconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 17: a TC string under a custom cookie name
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie site_tcf tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: site_tcf=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA; euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 18: usprivacy opt-out of sale removes marketing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; usprivacy=1YYN
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,usprivacy
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 19: usprivacy without opt-out removes nothing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; usprivacy=1YNN
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 20: usprivacy "CCPA does not apply" removes nothing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; usprivacy=1---
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 21: a malformed usprivacy string removes marketing (fail closed)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; usprivacy=1yyn
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,usprivacy
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 22: an empty usprivacy string is absent
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; usprivacy=
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 23: the second US Privacy cookie name is read too
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; us_privacy=1NYN
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,usprivacy
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 24: an unconfigured US Privacy cookie is not read
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
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; usprivacy=1YYN
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 25: GPP US National sale opt-out removes marketing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; __gpp=DBABLA~CVQaAAAAAACA.QA
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,gpp
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 26: GPP California sharing opt-out removes marketing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; __gpp=DBABBg~BUkAAABA.QA
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,gpp
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 27: GPP US National GPC sub-section removes marketing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; __gpp=DBABLA~CAAqAAAAAABA.YA
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,gpp
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 28: GPP without opt-out removes nothing
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; __gpp=DBABLA~CVQqAAAAAACA.QA; __gpp_sid=7
--- response_headers
X-Consent: necessary,preferences,analytics,marketing
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 29: a malformed GPP string removes marketing (fail closed)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; __gpp=CBABLA~CVQaAAAAAACA.QA
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,gpp
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 30: GPC, US Privacy and GPP together
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}; usprivacy=1YYN; __gpp=DBABTA~1YYN
Sec-GPC: 1
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: cookie:cookiebot,gpc,usprivacy,gpp
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 31: overlays alone under the opt-out default
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: usprivacy=1YYN
--- response_headers
X-Consent: necessary,preferences,analytics
X-Source: default:opt-out,usprivacy
Set-Cookie: _ga=GA1.2, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 32: overlays never grant: opt-in default stays necessary
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: usprivacy=1YNN; __gpp=DBABLA~CVQqAAAAAACA.QA
--- response_headers
X-Consent: necessary
X-Source: default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 33: DNT stays with privacy_dnt (analytics and marketing by default)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={stamp:%277r6UvlswSPDlfRbd3JqpFoY/jum1hUUEjqlE3uZhuBPOYd5Kl6rIhA==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1748772000000%2Cregion:%27de%27}
DNT: 1
--- response_headers
X-Consent: necessary,preferences
X-Source: cookie:cookiebot,dnt
Set-Cookie: lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 34: Cookiebot utc older than privacy_consent_max_age: stale, opt-in
--- http_config
    privacy_consent_max_age 30d;
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
X-Consent: necessary
X-Source: stale:cookiebot,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 35: stale Cookiebot under opt-out: never wider than the old choice
--- http_config
    privacy_consent_max_age 30d;
    privacy_default_regime opt-out;
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
X-Source: stale:cookiebot,default:opt-out
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 36: Cookiebot without utc: max age cannot apply
--- http_config
    privacy_consent_max_age 30d;
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


=== TEST 37: cookieconsent consentTimestamp older than the max age: stale
--- http_config
    privacy_consent_max_age 30d;
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
X-Consent: necessary
X-Source: stale:cookieconsent,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 38: TCF LastUpdated older than the max age: stale
--- http_config
    privacy_consent_max_age 30d;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
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
X-Consent: necessary
X-Source: stale:tcf,default:opt-in
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 39: max age 0 disables the check
--- http_config
    privacy_consent_max_age 0;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie euconsent-v2 tcf;
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
Cookie: euconsent-v2=CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA; CookieConsent={stamp:'39mwSVTC83N0G5h2zVP67WqNr0ESI/cjzicXtUg9XpT1vhrm3izwpu==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:3,utc:1748775600000,region:'fr'}
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot,cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 40: a stale format next to a decided one
--- http_config
    privacy_consent_max_age 30d;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie euconsent-v2 tcf;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: CookieConsent={ stamp : 'x' , necessary : true , preferences : false , statistics : true , marketing : false }; euconsent-v2=CQSWW5AQSWW5AEsACBENB2EsAP_gAEPgAAYgJhMUQGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAFkGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGUBhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLUQTCYogME6WODEYCABQuCIUQCgr4AnhYBAACEABggBkEQp8QACEsIgABokYUgAMCAJRGACAAIAADOIAIFCgBAKXgEYAAIRAiAAQECAAAYgwMCgABAbERLAAAAxA0CYgAzRkAsgyROoMoBCkZAOHiIAJkAKwUAwAQKIJIAKAAACBAAQgIiEiwCJYAxSIAAgCAYoAUBMSggJAJKWogAAAA.IJhMUQGG_LHBiMRCgqXBEaYBQ98A7xsAgAhCAE4wByCNU-IAVC2EQJA0StqYCmBAEqjBBAAFkGBnUAUChQggFrwCMYAGMhRAAJSBAAAMQYGVYABgNmIliAAAYg7BdQBZo2AeRZcnUGUBhSMhHDzVAEyMFYKAZAIlsFsAVARCLAwAIQMTCRYBEtAYrkGQQTQsUBKEmJQUkgMtLUQA.YAAAAAAAAAAA
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookiebot,stale:tcf,default:opt-out
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]
