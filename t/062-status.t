# privacy_status_zone and privacy_status: the counters before and after
# requests, as JSON and in the Prometheus text format.  Every block starts
# a new nginx, so every block starts from zero.  (Counters surviving a
# reload: t/063-status-reload.t, which drives nginx itself.)
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: a fresh zone: every counter at zero
--- http_config
    privacy_status_zone privacy 64k;
--- config
    location = /status {
        privacy_status;
    }
--- request
GET /status
--- response_body
{"requests":0,"decisions":{"cookie":0,"invalid":0,"stale":0,"default":0},"regimes":{"opt-in":0,"opt-out":0,"none":0},"signals":{"dnt":0,"gpc":0,"usprivacy":0,"gpp":0},"categories":{"necessary":{"cookies_stripped":0,"elements_removed":0,"beacons_local":0,"gate_refused":0,"endpoint_granted":0},"preferences":{"cookies_stripped":0,"elements_removed":0,"beacons_local":0,"gate_refused":0,"endpoint_granted":0},"analytics":{"cookies_stripped":0,"elements_removed":0,"beacons_local":0,"gate_refused":0,"endpoint_granted":0},"marketing":{"cookies_stripped":0,"elements_removed":0,"beacons_local":0,"gate_refused":0,"endpoint_granted":0},"(unclassified)":{"cookies_stripped":0,"elements_removed":0,"beacons_local":0,"gate_refused":0,"endpoint_granted":0}},"consent_endpoint":{"grant":0,"deny":0,"invalid":0,"refused":0},"fail_open":0,"inline_over_bound":0,"unclassified_set_cookies":0,"unclassified_cookie_top":[],"unclassified_hosts":0,"unclassified_host_top":[]}
--- response_headers
Content-Type: application/json
Cache-Control: no-store
--- no_error_log
[error]
[alert]



=== TEST 2: requests and decisions, by source, regime and signal
--- http_config
    privacy_status_zone privacy 64k;
    privacy_consent_max_age 10y;
--- config
    location = /status {
        privacy_status json;
    }
    location /t {
        privacy on;
        return 200 "$privacy_consent\n";
    }
    location /off {
        return 200 "not counted\n";
    }
--- request eval
[
"GET /status",
"GET /t",
"GET /t",
"GET /t",
"GET /t",
"GET /t",
"GET /off",
"GET /status",
]
--- more_headers eval
[
"",
"",
"Cookie: privacy_consent=1:analytics:1732300000:0\n",
"Cookie: privacy_consent=garbage\n",
"Cookie: privacy_consent=1:analytics:1732300000:9\n",
"Cookie: privacy_consent=1:analytics.marketing:1732300000:0\nDNT: 1\nSec-GPC: 1\n",
"",
"",
]
--- response_body_like eval
[
qr/^\{"requests":0,"decisions":\{"cookie":0,"invalid":0,"stale":0,"default":0\},"regimes":\{"opt-in":0,/,
qr/^necessary$/m,
qr/^necessary,analytics$/m,
qr/^necessary$/m,
qr/^necessary$/m,
qr/^necessary$/m,
qr/not counted/,
qr/^\{"requests":5,"decisions":\{"cookie":2,"invalid":1,"stale":1,"default":1\},"regimes":\{"opt-in":5,"opt-out":0,"none":0\},"signals":\{"dnt":1,"gpc":1,"usprivacy":0,"gpp":0\},/,
]
--- no_error_log
[error]
[alert]



=== TEST 3: cookies stripped per category, unclassified Set-Cookie names
--- http_config
    privacy_status_zone privacy 64k;
    privacy_category analytics { cookie _ga _gid; }
    privacy_category marketing { cookie _fbp; }
--- config
    location = /status {
        privacy_status;
    }
    location /up/ {
        add_header Set-Cookie "_ga=1; Path=/";
        add_header Set-Cookie "_gid=1; Path=/";
        add_header Set-Cookie "_fbp=1; Path=/";
        add_header Set-Cookie "cart=1; Path=/";
        add_header Set-Cookie "theme=dark; Path=/";
        add_header Set-Cookie "cart=2; Max-Age=0";
        return 200 "page\n";
    }
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/;
    }
--- request eval
["GET /t", "GET /t", "GET /status"]
--- response_body_like eval
[
"page",
"page",
qr/"analytics":\{"cookies_stripped":4,.*"marketing":\{"cookies_stripped":2,.*"unclassified_set_cookies":4,"unclassified_cookie_top":\[\{"name":"cart","count":2\},\{"name":"theme","count":2\}\],"unclassified_hosts":0,"unclassified_host_top":\[\]\}/,
]
--- no_error_log
[error]
[alert]



=== TEST 4: privacy_unknown_cookie deny: the unclassified are stripped, and counted
--- http_config
    privacy_status_zone privacy 64k;
--- config
    location = /status {
        privacy_status;
    }
    location /up/ {
        add_header Set-Cookie "x_tracker=1";
        return 200 "page\n";
    }
    location /t {
        privacy on;
        privacy_unknown_cookie deny;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/;
    }
--- request eval
["GET /t", "GET /status"]
--- response_body_like eval
[
"page",
qr/"\(unclassified\)":\{"cookies_stripped":1,.*"unclassified_set_cookies":1,"unclassified_cookie_top":\[\{"name":"x_tracker","count":1\}\],"unclassified_hosts":0,"unclassified_host_top":\[\]\}/,
]
--- no_error_log
[error]
[alert]



=== TEST 5: names longer than 64 bytes are truncated; non-tokens only counted
--- http_config
    privacy_status_zone privacy 64k;
--- config
    location = /status {
        privacy_status;
    }
    location /up/ {
        add_header Set-Cookie "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=1";
        add_header Set-Cookie "we(ird)=1";
        return 200 "page\n";
    }
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/;
    }
--- request eval
["GET /t", "GET /status"]
--- response_body_like eval
[
"page",
qr/"unclassified_set_cookies":2,"unclassified_cookie_top":\[\{"name":"a{64}","count":1\}\],"unclassified_hosts":0,"unclassified_host_top":\[\]\}/,
]
--- no_error_log
[error]
[alert]



=== TEST 6: beacons answered locally, gates refused, endpoint events
--- http_config
    privacy_status_zone privacy 64k;
--- config
    location = /status {
        privacy_status;
    }
    location /pixel {
        privacy_beacon analytics;
        root html;
    }
    location /g {
        privacy_gate analytics marketing;
        root html;
    }
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request eval
[
"GET /pixel",
"GET /pixel",
"GET /g",
"GET /privacy/consent?grant=analytics,marketing",
"GET /privacy/consent?grant=analytics",
"GET /privacy/consent?deny=all",
"GET /privacy/consent?grant=nope",
"GET /privacy/consent?grant=all",
"GET /privacy/consent",
"GET /status",
]
--- more_headers eval
["", "", "", "", "", "", "", "Origin: http://evil.example\n", "", ""]
--- error_code eval
[200, 200, 403, 303, 303, 303, 400, 403, 200, 200]
--- response_body_like eval
[
"GIF89a",
"GIF89a",
"Forbidden",
"",
"",
"",
"unknown",
"Origin",
"necessary",
qr/"analytics":\{"cookies_stripped":0,"elements_removed":0,"beacons_local":2,"gate_refused":1,"endpoint_granted":2\},"marketing":\{"cookies_stripped":0,"elements_removed":0,"beacons_local":0,"gate_refused":1,"endpoint_granted":1\}.*"consent_endpoint":\{"grant":2,"deny":1,"invalid":1,"refused":1\}/,
]
--- no_error_log
[error]
[alert]



=== TEST 7: HTML elements removed per category, fail-open events
--- http_config
    privacy_status_zone privacy 64k;
    privacy_category analytics { host google-analytics.com; }
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location = /status {
        privacy_status;
    }
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
    location = /br.html {
        default_type text/html;
        add_header Content-Encoding br;
    }
--- user_files
>>> page.html
<html><body><script src="https://www.google-analytics.com/analytics.js"></script>
<img src="https://www.facebook.com/tr?id=1" width="1" height="1">
<script src="https://ssl.google-analytics.com/ga.js"></script>
<p>text</p></body></html>
>>> br.html
not really brotli
--- request eval
["GET /t/page.html", "GET /t/br.html", "GET /status"]
--- response_body_like eval
[
"<p>text</p>",
"not really brotli",
qr/"analytics":\{"cookies_stripped":0,"elements_removed":2,.*"marketing":\{"cookies_stripped":0,"elements_removed":1,.*"fail_open":1,/,
]
--- no_error_log
[error]
[alert]



=== TEST 8: the Prometheus text format
--- http_config
    privacy_status_zone privacy 64k;
    privacy_category analytics { cookie _ga; }
--- config
    location = /metrics {
        privacy_status prometheus;
    }
    location /up/ {
        add_header Set-Cookie "_ga=1";
        add_header Set-Cookie "unknown1=1";
        return 200 "page\n";
    }
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/;
    }
--- request eval
["GET /t", "GET /metrics"]
--- response_body_like eval
[
"page",
qr/^# HELP privacy_requests_total Requests seen by the privacy module\.\n# TYPE privacy_requests_total counter\nprivacy_requests_total 1\n.*\nprivacy_decisions_total\{source="default"\} 1\n.*\nprivacy_cookies_stripped_total\{category="analytics"\} 1\n.*\nprivacy_cookies_stripped_total\{category="\(unclassified\)"\} 0\n.*# TYPE privacy_unclassified_cookie_top gauge\nprivacy_unclassified_cookie_top\{name="unknown1"\} 1\n.*\nprivacy_unclassified_hosts_total 0\n# HELP privacy_unclassified_host_top .*\n# TYPE privacy_unclassified_host_top gauge\n$/s,
]
--- response_headers eval
["", "Content-Type: text/plain; version=0.0.4; charset=utf-8\n"]
--- no_error_log
[error]
[alert]



=== TEST 9: other methods than GET and HEAD
--- http_config
    privacy_status_zone privacy 64k;
--- config
    location = /status {
        privacy_status;
    }
--- request
POST /status
x
--- error_code: 405
--- no_error_log
[alert]



=== TEST 10: config: a zone smaller than 8 pages
--- http_config
    privacy_status_zone privacy 8k;
--- config
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_status_zone "privacy" is too small: 8k \(at least \d+\) in \S+nginx\.conf:\d+/



=== TEST 11: config: a bad size
--- http_config
    privacy_status_zone privacy lots;
--- config
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid privacy_status_zone size "lots" in \S+nginx\.conf:\d+/



=== TEST 12: config: privacy_status without a zone
--- config
    location = /status {
        privacy_status;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_status" needs a "privacy_status_zone" in the http block in \S+nginx\.conf:\d+/



=== TEST 13: config: an unknown format
--- http_config
    privacy_status_zone privacy 64k;
--- config
    location = /status {
        privacy_status xml;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid privacy_status format "xml" \(json or prometheus\) in \S+nginx\.conf:\d+/



=== TEST 14: config: two zones
--- http_config
    privacy_status_zone privacy 64k;
    privacy_status_zone other 64k;
--- config
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_status_zone" directive is duplicate in \S+nginx\.conf:\d+/



=== TEST 15: config: the zone is an http directive
--- config
    privacy_status_zone privacy 64k;
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_status_zone" directive is not allowed here in \S+nginx\.conf:\d+/



=== TEST 16: config: the zone name is taken by another module
--- http_config
    limit_req_zone $binary_remote_addr zone=shared:64k rate=1r/s;
    privacy_status_zone shared 64k;
--- config
--- must_die
--- error_log eval
qr/\[emerg\] .*the shared memory zone "shared" is already declared for a different use in \S+nginx\.conf:\d+/
