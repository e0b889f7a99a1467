# The legal regime by visitor location: a MaxMind DB built at test time with
# Debian's real writer (t/data/make-test-mmdb.pl), client addresses chosen
# with the realip module, country overrides from a variable, the EU and EEA
# groups, unknown addresses and the configuration errors.
use Test::Nginx::Socket 'no_plan';
use File::Temp qw(tempdir);
use File::Basename qw(dirname);

my $dir = tempdir(CLEANUP => 1);
my $gen = dirname(__FILE__) . '/data/make-test-mmdb.pl';
system($^X, $gen, "$dir/test.mmdb") == 0 or die "cannot write the test mmdb\n";
system($^X, $gen, "$dir/broken.mmdb", 'broken') == 0 or die "cannot write\n";
$ENV{TEST_NGINX_MMDB} = "$dir/test.mmdb";
$ENV{TEST_NGINX_MMDB_BROKEN} = "$dir/broken.mmdb";
$ENV{TEST_NGINX_MMDB_MISSING} = "$dir/missing.mmdb";

no_shuffle();
run_tests();

__DATA__


=== TEST 1: an EU country (FR) is opt-in
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.10
--- response_body
country=[FR] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 2: a subdivision takes precedence over its country (US-CA)
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.70
--- response_body
country=[US-CA] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 3: a subdivision not listed falls back to its country (US-TX)
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.130
--- response_body
country=[US-TX] regime=[none] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 4: DE-BY: not listed, DE is in the EEA group
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.200
--- response_body
country=[DE-BY] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 5: Switzerland, named explicitly
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 198.51.100.10
--- response_body
country=[CH] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 6: Norway, in the EEA group but not in the EU
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 198.51.100.200
--- response_body
country=[NO] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 7: a known country in no regime list gets the default
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 203.0.113.10
--- response_body
country=[JP] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 8: an address without a record gets the default
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 203.0.113.200
--- response_body
country=[] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 9: IPv6: Germany
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 2001:db8:1::5
--- response_body
country=[DE] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 10: IPv6: California
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 2001:db8:2::5
--- response_body
country=[US-CA] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 11: IPv6: United Kingdom
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 2001:db8:3::abcd
--- response_body
country=[GB] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 12: IPv6: an address without a record
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 2001:db8:ffff::1
--- response_body
country=[] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 13: privacy_country from a variable wins over the database
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    privacy_country $http_x_country;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.10
X-Country: us-ca
--- response_body
country=[US-CA] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 14: an empty variable falls back to the database
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    privacy_country $http_x_country;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.70
X-Country: 
--- response_body
country=[US-CA] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 15: an unset variable falls back to the database
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    privacy_country $http_x_country;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.10
--- response_body
country=[FR] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 16: a variable value that is no country code (Tor "T1") is unknown
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    privacy_country $http_x_country;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.10
X-Country: T1
--- response_body
country=[] regime=[opt-out] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 17: privacy_country without a database
--- http_config
    privacy_regime opt-in EU;
    privacy_country $http_cf_ipcountry;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
CF-IPCountry: FR
--- response_body
country=[FR] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 18: GPC in an opt-out state removes marketing
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.70
Sec-GPC: 1
--- response_body
country=[US-CA] regime=[opt-out] consent=[necessary,preferences,analytics]
--- no_error_log
[error]
[alert]


=== TEST 19: a consent cookie decides whatever the regime
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EEA GB CH;
    privacy_regime none US;
    privacy_regime opt-out US-CA US-CO;
    privacy_default_regime opt-out;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.10
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
country=[FR] regime=[opt-in] consent=[necessary,analytics]
--- no_error_log
[error]
[alert]


=== TEST 20: the EU group does not include Norway
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-in EU;
    privacy_default_regime none;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 198.51.100.200
--- response_body
country=[NO] regime=[none] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 21: a code named on its own beats the same code in a group
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime none NO;
    privacy_regime opt-in EEA;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 198.51.100.200
--- response_body
country=[NO] regime=[none] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 22: without realip the connection address (127.0.0.1, no record) is used
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-out US;
    privacy_default_regime opt-in;
--- config
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 192.0.2.70
--- response_body
country=[] regime=[opt-in] consent=[necessary]
--- no_error_log
[error]
[alert]


=== TEST 23: a server-level default regime for unknown addresses
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_regime opt-out US;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
--- config
    privacy_default_regime none;
    location /t {
        privacy on;
        return 200 "country=[$privacy_country] regime=[$privacy_regime] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
X-Forwarded-For: 203.0.113.200
--- response_body
country=[] regime=[none] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]


=== TEST 24: a missing database fails nginx -t
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB_MISSING;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_geoip2 cannot open "[^"]+missing\.mmdb": Error opening the specified MaxMind DB file.* in \S+nginx\.conf:\d+/


=== TEST 25: a corrupt database fails nginx -t
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB_BROKEN;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_geoip2 cannot open "[^"]+broken\.mmdb": The MaxMind DB file contains invalid metadata.* in \S+nginx\.conf:\d+/


=== TEST 26: a country code that is not one
--- http_config
    privacy_regime opt-in FRA;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid country code "FRA" in "privacy_regime".* in \S+nginx\.conf:\d+/


=== TEST 27: one code in two regimes
--- http_config
    privacy_regime opt-in FR;
    privacy_regime opt-out FR;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"FR" is already in regime "opt-in" \(\S+nginx\.conf:\d+\).* in \S+nginx\.conf:\d+/


=== TEST 28: two groups that overlap in different regimes
--- http_config
    privacy_regime opt-in EU;
    privacy_regime opt-out EEA;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"AT" is already in regime "opt-in".* in \S+nginx\.conf:\d+/


=== TEST 29: an unknown regime
--- http_config
    privacy_regime gdpr FR;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid regime "gdpr" in "privacy_regime".* in \S+nginx\.conf:\d+/


=== TEST 30: privacy_country needs a variable
--- http_config
    privacy_country FR;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid variable name "FR" in "privacy_country".* in \S+nginx\.conf:\d+/


=== TEST 31: privacy_geoip2 twice
--- http_config
    privacy_geoip2 $TEST_NGINX_MMDB;
    privacy_geoip2 $TEST_NGINX_MMDB;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_geoip2" directive is duplicate.* in \S+nginx\.conf:\d+/


=== TEST 32: privacy_geoip2 in a server block
--- config
    privacy_geoip2 $TEST_NGINX_MMDB;
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_geoip2" directive is not allowed here in \S+nginx\.conf:\d+/
