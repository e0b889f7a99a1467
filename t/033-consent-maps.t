# Maps from a platform's own vocabulary to the module's categories (map=,
# "+" to feed several, site-defined categories), Klaro services
# (privacy_klaro_service, or map= on the klaro line), the per-format
# options revision= and policy_id=, configuration levels, and the rule
# that every configured consent cookie is "necessary": never stripped.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: onetrust: map= replaces the default map, custom group to a custom category
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie OptanonConsent onetrust map=C0002:analytics,C0006:video;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A1%2CC0006%3A1
--- response_headers
X-Consent: necessary,video
X-Source: cookie:onetrust
Set-Cookie: yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 2: onetrust: one group feeds two categories with "+"
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie OptanonConsent onetrust map=C0004:marketing+video,C0002:analytics;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0002%3A1%2CC0004%3A1
--- response_headers
X-Consent: necessary,analytics,marketing,video
X-Source: cookie:onetrust
Set-Cookie: _ga=GA1.2, _fbp=fb.1, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 3: onetrust: every group mapped to a category must be on
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie OptanonConsent onetrust map=C0004:marketing,C0005:marketing,C0007:marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: OptanonConsent=interactionCount=1&groups=C0004%3A1%2CC0005%3A1%2CC0007%3A0
--- response_headers
X-Consent: necessary
X-Source: cookie:onetrust
Set-Cookie: sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 4: onetrust: legacy numeric ids mapped explicitly
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie OptanonConsent onetrust map=2:analytics,3:preferences,4:marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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


=== TEST 5: cookieyes: a custom slug mapped to a custom category
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cookieyes-consent cookieyes map=analytics:analytics,functional:preferences,advertisement:marketing,chat:video;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary:yes,functional:no,analytics:yes,performance:no,advertisement:no,chat:yes
--- response_headers
X-Consent: necessary,analytics,video
X-Source: cookie:cookieyes
Set-Cookie: _ga=GA1.2, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 6: cookieyes: a mapped custom slug missing from the cookie is off
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cookieyes-consent cookieyes map=analytics:analytics,chat:video;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cookieyes-consent=consentid:abc,consent:yes,action:yes,necessary:yes,analytics:yes
--- response_headers
X-Consent: necessary,analytics
X-Source: cookie:cookieyes
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 7: cookieconsent: site category names mapped
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cc_cookie cookieconsent map=necessary:necessary,stats:analytics,ads:marketing,videos:video;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cc_cookie=%7B%22categories%22%3A%5B%22necessary%22%2C%22stats%22%2C%22videos%22%5D%2C%22revision%22%3A0%2C%22data%22%3Anull%2C%22consentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22consentId%22%3A%222888cefa-1bf3-4f4f-95d3-2d341d31dbfe%22%2C%22services%22%3A%7B%22necessary%22%3A%5B%5D%2C%22stats%22%3A%5B%5D%2C%22ads%22%3A%5B%5D%2C%22videos%22%3A%5B%5D%7D%2C%22languageCode%22%3A%22en%22%2C%22lastConsentTimestamp%22%3A%222025-06-01T10%3A00%3A00.000Z%22%2C%22expirationTime%22%3A1764496800000%7D
--- response_headers
X-Consent: necessary,analytics,video
X-Source: cookie:cookieconsent
Set-Cookie: _ga=GA1.2, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 8: cookieconsent: revision= matches
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cc_cookie cookieconsent revision=3;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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


=== TEST 9: cookieconsent: revision= differs, the library would ask again
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cc_cookie cookieconsent revision=4;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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
X-Consent: necessary,preferences,analytics,marketing,video
X-Source: undecided:cookieconsent,default:opt-out
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 10: complianz: a custom category cookie mapped
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cmplz_ complianz map=statistics:analytics,marketing:marketing,video:video;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_statistics=allow; cmplz_marketing=deny; cmplz_video=allow; cmplz_banner-status=dismissed
--- response_headers
X-Consent: necessary,analytics,video
X-Source: cookie:complianz
Set-Cookie: _ga=GA1.2, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 11: complianz: policy_id= differs, Complianz resets consent
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cmplz_ complianz policy_id=15;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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


=== TEST 12: complianz: multisite prefix
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie cmplz_rt_ complianz;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: cmplz_rt_functional=allow; cmplz_rt_preferences=allow; cmplz_rt_statistics=deny; cmplz_rt_marketing=allow; cmplz_rt_banner-status=dismissed; cmplz_marketing=deny
--- response_headers
X-Consent: necessary,preferences,marketing
X-Source: cookie:complianz
Set-Cookie: _fbp=fb.1, lang=de, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 13: cookiebot: map= with a key feeding two categories
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie CookieConsent cookiebot map=statistics:analytics+video,marketing:marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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
X-Consent: necessary,analytics,video
X-Source: cookie:cookiebot
Set-Cookie: _ga=GA1.2, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 14: klaro: services declared with privacy_klaro_service
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube video;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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
X-Consent: necessary,marketing,video
X-Source: cookie:klaro
Set-Cookie: _fbp=fb.1, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 15: klaro: services given as map= on the cookie line
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie klaro klaro map=matomo:analytics,hotjar:analytics,youtube:video,facebook-pixel:marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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
X-Consent: necessary,marketing,video
X-Source: cookie:klaro
Set-Cookie: _fbp=fb.1, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 16: klaro: map= and privacy_klaro_service at one level add up
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie klaro klaro map=matomo:analytics;
    privacy_klaro_service youtube video;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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
X-Consent: necessary,analytics,video
X-Source: cookie:klaro
Set-Cookie: _ga=GA1.2, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 17: klaro: a declared service missing from the cookie: undecided
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube video;
    privacy_klaro_service facebook-pixel marketing;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: klaro=%7B%22matomo%22%3Atrue%2C%22hotjar%22%3Atrue%7D
--- response_headers
X-Consent: necessary,preferences,analytics,marketing,video
X-Source: undecided:klaro,default:opt-out
Set-Cookie: _ga=GA1.2, _fbp=fb.1, lang=de, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 18: klaro: services from http, cookie from server
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_klaro_service session necessary;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service hotjar analytics;
    privacy_klaro_service intercom preferences;
    privacy_klaro_service youtube video;
    privacy_klaro_service facebook-pixel marketing;
--- config
    privacy_consent_cookie site_consent klaro;
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
        add_header Set-Cookie "sid=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: site_consent=%7B%22session%22%3Atrue%2C%22matomo%22%3Atrue%2C%22hotjar%22%3Afalse%2C%22intercom%22%3Afalse%2C%22youtube%22%3Atrue%2C%22facebook-pixel%22%3Atrue%7D
--- response_headers
X-Consent: necessary,marketing,video
X-Source: cookie:klaro
Set-Cookie: _fbp=fb.1, yt=v1, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 19: server-level consent cookies replace the http-level ones
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    privacy_consent_cookie euconsent-v2 tcf;
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2";
        add_header Set-Cookie "_fbp=fb.1";
        add_header Set-Cookie "lang=de";
        add_header Set-Cookie "yt=v1";
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
X-Source: cookie:tcf
Set-Cookie: _ga=GA1.2, sid=1
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 20: locations inherit the server-level consent cookies
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
--- config
    privacy_consent_cookie CookieConsent cookiebot;
    location /t {
        privacy on;
        location /t/in {
            add_header Set-Cookie "_ga=GA1.2";
            add_header Set-Cookie "_fbp=fb.1";
            add_header Set-Cookie "lang=de";
            add_header Set-Cookie "yt=v1";
            add_header Set-Cookie "sid=1";
            add_header X-Consent $privacy_consent;
            add_header X-Source $privacy_decision_source;
            return 200 "ok\n";
        }
        return 404;
    }
--- request
GET /t/in
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


=== TEST 21: every configured consent cookie is necessary
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-in;
    privacy_category preferences { cookie lang; }
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
    privacy_category video { cookie yt; }
    privacy_unknown_cookie deny;
    privacy_consent_cookie privacy_consent native;
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie OptanonConsent onetrust;
    privacy_consent_cookie klaro klaro map=matomo:analytics;
    privacy_consent_cookie cc_cookie cookieconsent;
    privacy_consent_cookie cookieyes-consent cookieyes;
    privacy_consent_cookie cmplz_ complianz;
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "privacy_consent=1::1748772000:0";
        add_header Set-Cookie "CookieConsent=-1";
        add_header Set-Cookie "OptanonConsent=groups=C0002:1";
        add_header Set-Cookie "OptanonAlertBoxClosed=2025-06-01";
        add_header Set-Cookie "klaro=x";
        add_header Set-Cookie "cc_cookie=x";
        add_header Set-Cookie "cookieyes-consent=x";
        add_header Set-Cookie "cmplz_marketing=allow";
        add_header Set-Cookie "cmplz_banner-status=dismissed";
        add_header Set-Cookie "euconsent-v2=x";
        add_header Set-Cookie "usprivacy=1YNN";
        add_header Set-Cookie "__gpp=x";
        add_header Set-Cookie "cmplz=x";
        add_header Set-Cookie "eupubconsent-v2=x";
        add_header Set-Cookie "unknown=1";
        add_header X-Consent $privacy_consent;
        add_header X-Source $privacy_decision_source;
        add_header X-Request-Cookie $privacy_request_cookie;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: unknown=1; privacy_consent=1::1748772000:0; CookieConsent=-1; OptanonConsent=groups=C0002:1; OptanonAlertBoxClosed=2025-06-01; klaro=x; cc_cookie=x; cookieyes-consent=x; cmplz_marketing=allow; cmplz_banner-status=dismissed; euconsent-v2=x; usprivacy=1YNN; __gpp=x; cmplz=x; eupubconsent-v2=x
--- response_headers
X-Consent: necessary
X-Source: cookie:native,cookie:cookiebot,undecided:onetrust,invalid:klaro,invalid:cookieconsent,invalid:cookieyes,cookie:complianz,invalid:tcf,gpp
Set-Cookie: privacy_consent=1::1748772000:0, CookieConsent=-1, OptanonConsent=groups=C0002:1, OptanonAlertBoxClosed=2025-06-01, klaro=x, cc_cookie=x, cookieyes-consent=x, cmplz_marketing=allow, cmplz_banner-status=dismissed, euconsent-v2=x, usprivacy=1YNN, __gpp=x
X-Request-Cookie: privacy_consent=1::1748772000:0; CookieConsent=-1; OptanonConsent=groups=C0002:1; OptanonAlertBoxClosed=2025-06-01; klaro=x; cc_cookie=x; cookieyes-consent=x; cmplz_marketing=allow; cmplz_banner-status=dismissed; euconsent-v2=x; usprivacy=1YNN; __gpp=x
--- response_body
ok
--- no_error_log
[error]
[alert]
