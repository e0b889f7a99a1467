# Consent cookie misconfiguration fails "nginx -t" with file:line: unknown
# formats, unknown categories and bad syntax in map=, parameters a format
# does not take, a platform configured twice, Klaro without its services.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: unknown consent cookie format (case matters)
--- http_config
    privacy_consent_cookie CookieConsent Cookiebot;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ consent\ cookie\ format\ \"Cookiebot\"\ in\ \"privacy_consent_cookie\".* in \S+nginx\.conf:\d+/


=== TEST 2: osano is not a supported format
--- http_config
    privacy_consent_cookie osano_consentmanager osano;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ consent\ cookie\ format\ \"osano\"\ in\ \"privacy_consent_cookie\".* in \S+nginx\.conf:\d+/


=== TEST 3: unknown category in map=
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=C0002:analytics,C0006:videos;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ privacy\ category\ \"videos\"\ in\ map\ entry\ \"C0006\:videos\".* in \S+nginx\.conf:\d+/


=== TEST 4: a category declared after its use in map=
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=C0006:video;
    privacy_category video { cookie yt; }
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ privacy\ category\ \"video\"\ in\ map\ entry\ \"C0006\:video\".* in \S+nginx\.conf:\d+/


=== TEST 5: map entry without a colon
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=C0002;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ map\ entry\ \"C0002\"\:\ expected\ \"cmp_name\:category\".* in \S+nginx\.conf:\d+/


=== TEST 6: map entry without a name
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=:analytics;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ map\ entry\ \"\:analytics\"\:\ expected\ \"cmp_name\:category\".* in \S+nginx\.conf:\d+/


=== TEST 7: map entry without a category
--- http_config
    privacy_consent_cookie cookieyes-consent cookieyes map=chat:;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ map\ entry\ \"chat\:\"\:\ expected\ \"cmp_name\:category\".* in \S+nginx\.conf:\d+/


=== TEST 8: map with a trailing comma
--- http_config
    privacy_consent_cookie cc_cookie cookieconsent map=stats:analytics,;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ map\ entry\ \"\"\:\ expected\ \"cmp_name\:category\".* in \S+nginx\.conf:\d+/


=== TEST 9: map with an empty "+" part
--- http_config
    privacy_consent_cookie cc_cookie cookieconsent map=stats:analytics+;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ privacy\ category\ \"\"\ in\ map\ entry\ \"stats\:analytics\+\".* in \S+nginx\.conf:\d+/


=== TEST 10: empty map=
--- http_config
    privacy_consent_cookie CookieConsent cookiebot map=;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*empty\ \"map\=\"\ parameter.* in \S+nginx\.conf:\d+/


=== TEST 11: duplicate name in map=
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=C0004:marketing,C0004:analytics;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*duplicate\ map\ entry\ \"C0004\".* in \S+nginx\.conf:\d+/


=== TEST 12: "necessary" combined with another category
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=C0001:necessary+analytics;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*\"necessary\"\ cannot\ be\ combined\ with\ other\ categories\ in\ map\ entry\ \"C0001\:necessary\+analytics\".* in \S+nginx\.conf:\d+/


=== TEST 13: more than 128 map entries
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=C0000:analytics,C0001:analytics,C0002:analytics,C0003:analytics,C0004:analytics,C0005:analytics,C0006:analytics,C0007:analytics,C0008:analytics,C0009:analytics,C0010:analytics,C0011:analytics,C0012:analytics,C0013:analytics,C0014:analytics,C0015:analytics,C0016:analytics,C0017:analytics,C0018:analytics,C0019:analytics,C0020:analytics,C0021:analytics,C0022:analytics,C0023:analytics,C0024:analytics,C0025:analytics,C0026:analytics,C0027:analytics,C0028:analytics,C0029:analytics,C0030:analytics,C0031:analytics,C0032:analytics,C0033:analytics,C0034:analytics,C0035:analytics,C0036:analytics,C0037:analytics,C0038:analytics,C0039:analytics,C0040:analytics,C0041:analytics,C0042:analytics,C0043:analytics,C0044:analytics,C0045:analytics,C0046:analytics,C0047:analytics,C0048:analytics,C0049:analytics,C0050:analytics,C0051:analytics,C0052:analytics,C0053:analytics,C0054:analytics,C0055:analytics,C0056:analytics,C0057:analytics,C0058:analytics,C0059:analytics,C0060:analytics,C0061:analytics,C0062:analytics,C0063:analytics,C0064:analytics,C0065:analytics,C0066:analytics,C0067:analytics,C0068:analytics,C0069:analytics,C0070:analytics,C0071:analytics,C0072:analytics,C0073:analytics,C0074:analytics,C0075:analytics,C0076:analytics,C0077:analytics,C0078:analytics,C0079:analytics,C0080:analytics,C0081:analytics,C0082:analytics,C0083:analytics,C0084:analytics,C0085:analytics,C0086:analytics,C0087:analytics,C0088:analytics,C0089:analytics,C0090:analytics,C0091:analytics,C0092:analytics,C0093:analytics,C0094:analytics,C0095:analytics,C0096:analytics,C0097:analytics,C0098:analytics,C0099:analytics,C0100:analytics,C0101:analytics,C0102:analytics,C0103:analytics,C0104:analytics,C0105:analytics,C0106:analytics,C0107:analytics,C0108:analytics,C0109:analytics,C0110:analytics,C0111:analytics,C0112:analytics,C0113:analytics,C0114:analytics,C0115:analytics,C0116:analytics,C0117:analytics,C0118:analytics,C0119:analytics,C0120:analytics,C0121:analytics,C0122:analytics,C0123:analytics,C0124:analytics,C0125:analytics,C0126:analytics,C0127:analytics,C0128:analytics;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*too\ many\ map\ entries\,\ at\ most\ 128.* in \S+nginx\.conf:\d+/


=== TEST 14: two map= parameters
--- http_config
    privacy_consent_cookie OptanonConsent onetrust map=C0002:analytics map=C0004:marketing;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*duplicate\ \"map\=\"\ parameter\ in\ \"privacy_consent_cookie\".* in \S+nginx\.conf:\d+/


=== TEST 15: the tcf format takes no map
--- http_config
    privacy_consent_cookie euconsent-v2 tcf map=1:analytics;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*format\ \"tcf\"\ takes\ no\ \"map\=1\:analytics\"\ parameter.* in \S+nginx\.conf:\d+/


=== TEST 16: the usprivacy format takes no map
--- http_config
    privacy_consent_cookie usprivacy usprivacy map=Y:marketing;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*format\ \"usprivacy\"\ takes\ no\ \"map\=Y\:marketing\"\ parameter.* in \S+nginx\.conf:\d+/


=== TEST 17: revision= is only for cookieconsent
--- http_config
    privacy_consent_cookie CookieConsent cookiebot revision=3;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*format\ \"cookiebot\"\ takes\ no\ \"revision\=3\"\ parameter.* in \S+nginx\.conf:\d+/


=== TEST 18: policy_id= is only for complianz
--- http_config
    privacy_consent_cookie cc_cookie cookieconsent policy_id=3;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*format\ \"cookieconsent\"\ takes\ no\ \"policy_id\=3\"\ parameter.* in \S+nginx\.conf:\d+/


=== TEST 19: revision= must be a number
--- http_config
    privacy_consent_cookie cc_cookie cookieconsent revision=v3;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ parameter\ \"revision\=v3\"\ in\ \"privacy_consent_cookie\".* in \S+nginx\.conf:\d+/


=== TEST 20: policy_id= must be a number
--- http_config
    privacy_consent_cookie cmplz_ complianz policy_id=-1;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ parameter\ \"policy_id\=\-1\"\ in\ \"privacy_consent_cookie\".* in \S+nginx\.conf:\d+/


=== TEST 21: an unknown parameter
--- http_config
    privacy_consent_cookie cmplz_ complianz mode=mirror;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*format\ \"complianz\"\ takes\ no\ \"mode\=mirror\"\ parameter.* in \S+nginx\.conf:\d+/


=== TEST 22: one cookie name per platform
--- http_config
    privacy_consent_cookie CookieConsent cookiebot;
    privacy_consent_cookie CookieConsent2 cookiebot;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*duplicate\ consent\ cookie\ format\ \"cookiebot\"\:\ already\ read\ from\ \"CookieConsent\".* in \S+nginx\.conf:\d+/


=== TEST 23: a name used by two formats
--- http_config
    privacy_consent_cookie consent cookiebot;
    privacy_consent_cookie consent tcf;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*duplicate\ consent\ cookie\ \"consent\".* in \S+nginx\.conf:\d+/


=== TEST 24: klaro without any service
--- http_config
    privacy_consent_cookie klaro klaro;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*the\ Klaro\ cookie\ \"klaro\"\ needs\ its\ services\ \(\"privacy_klaro_service\"\ or\ \"map\=\"\).* in \S+nginx\.conf:\d+/


=== TEST 25: privacy_klaro_service with an unknown category
--- http_config
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service matomo stats;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown\ privacy\ category\ \"stats\"\ in\ map\ entry\ \"matomo\:stats\".* in \S+nginx\.conf:\d+/


=== TEST 26: privacy_klaro_service declared twice
--- http_config
    privacy_consent_cookie klaro klaro map=matomo:analytics;
    privacy_klaro_service matomo marketing;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*duplicate\ map\ entry\ \"matomo\".* in \S+nginx\.conf:\d+/


=== TEST 27: privacy_klaro_service in a location
--- http_config
    privacy_consent_cookie klaro klaro map=matomo:analytics;
--- config
    location /x { privacy_klaro_service hotjar analytics; }
--- must_die
--- error_log eval
qr/\[emerg\] .*\"privacy_klaro_service\"\ directive\ is\ not\ allowed\ here.* in \S+nginx\.conf:\d+/


=== TEST 28: privacy_klaro_service takes two arguments
--- http_config
    privacy_klaro_service hotjar;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid\ number\ of\ arguments\ in\ \"privacy_klaro_service\"\ directive.* in \S+nginx\.conf:\d+/


=== TEST 29: every format configured at once
--- http_config
    privacy_category video { cookie yt; }
    privacy_consent_cookie privacy_consent native;
    privacy_consent_cookie CookieConsent cookiebot map=statistics:analytics;
    privacy_consent_cookie OptanonConsent onetrust map=C0002:analytics,C0006:video;
    privacy_consent_cookie klaro klaro;
    privacy_klaro_service matomo analytics;
    privacy_klaro_service youtube video+marketing;
    privacy_consent_cookie cc_cookie cookieconsent revision=3 map=stats:analytics;
    privacy_consent_cookie cookieyes-consent cookieyes;
    privacy_consent_cookie cmplz_ complianz policy_id=14 map=statistics:analytics;
    privacy_consent_cookie euconsent-v2 tcf;
    privacy_consent_cookie eupubconsent-v2 tcf;
    privacy_consent_cookie usprivacy usprivacy;
    privacy_consent_cookie us_privacy usprivacy;
    privacy_consent_cookie __gpp gpp;
--- config
    location /t {
        privacy on;
        add_header X-Source $privacy_decision_source;
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
X-Source: default:opt-in
--- response_body
ok
--- no_error_log
[error]
[alert]
[emerg]
