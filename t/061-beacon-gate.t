# privacy_beacon: a beacon location of a category that is not granted is
# answered locally (a 43-byte transparent GIF or 204, never stored) and its
# upstream is never contacted; privacy_gate refuses a location unless its
# categories are granted (privacy_gate_status); privacy_debug_header.
#
# The upstream is this server's /up/ location with "rewrite_log on": every
# request that reaches it logs '"^/up/(.*)$" matches "/up/..."' at notice,
# so the error log shows whether the upstream was contacted.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: not granted: the GIF, answered locally, upstream never contacted
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /pixel {
        privacy_beacon analytics;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/pixel;
    }
--- request
GET /pixel?uid=123
--- response_body eval
"GIF89a\x01\x00\x01\x00\x80\x01\x00\x00\x00\x00\xff\xff\xff\x21\xf9\x04\x01\x00\x00\x01\x00\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x4c\x01\x00\x3b"
--- response_headers
Content-Type: image/gif
Content-Length: 43
Cache-Control: no-store
--- no_error_log
matches "/up/
[error]
[alert]



=== TEST 2: granted: the location's own handler, the upstream answers
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /pixel {
        privacy_beacon analytics;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/pixel;
    }
--- request
GET /pixel
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
UPSTREAM /hit/pixel
--- error_log
matches "/up/pixel"
--- no_error_log
[error]
[alert]



=== TEST 3: another category granted is not enough
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /pixel {
        privacy_beacon marketing;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/pixel;
    }
--- request
GET /pixel
--- more_headers
Cookie: privacy_consent=1:analytics.preferences:1732300000:0
--- response_headers
Content-Type: image/gif
Content-Length: 43
--- no_error_log
matches "/up/
[error]
[alert]



=== TEST 4: 204 instead of the GIF
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /collect {
        privacy_beacon analytics 204;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/collect;
    }
--- request
GET /collect?v=2&tid=UA-1
--- error_code: 204
--- response_body
--- response_headers
Cache-Control: no-store
!Content-Type
--- no_error_log
matches "/up/
[error]
[alert]



=== TEST 5: a POSTed beacon (navigator.sendBeacon): body discarded, 204
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /collect {
        privacy_beacon analytics 204;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/collect;
    }
--- request
POST /collect
{"events":[{"name":"page_view"}]}
--- more_headers
Content-Type: text/plain;charset=UTF-8
--- error_code: 204
--- no_error_log
matches "/up/
[error]
[alert]



=== TEST 6: HEAD: the GIF's headers, no body
--- config
    location /pixel {
        privacy_beacon analytics gif;
        root html;
    }
--- user_files
>>> pixel
never
--- request
HEAD /pixel
--- response_headers
Content-Type: image/gif
Content-Length: 43
--- response_body
--- no_error_log
[error]
[alert]



=== TEST 7: beacons work without "privacy on", DNT withdraws a grant
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /pixel {
        privacy off;
        privacy_beacon analytics;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/pixel;
    }
--- request
GET /pixel
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
DNT: 1
--- response_headers
Content-Type: image/gif
--- no_error_log
matches "/up/
[error]
[alert]



=== TEST 8: a mirror of the beacon location is never sent either
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location = /mirror {
        internal;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/mirror;
    }
    location /pixel {
        privacy_beacon marketing;
        mirror /mirror;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/pixel;
    }
--- request
GET /pixel
--- response_headers
Content-Type: image/gif
--- no_error_log
matches "/up/
[error]
[alert]



=== TEST 9: the regime "none" grants the beacon
--- http_config
    privacy_default_regime none;
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /pixel {
        privacy_beacon marketing;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/pixel;
    }
--- request
GET /pixel
--- response_body
UPSTREAM /hit/pixel
--- no_error_log
[error]
[alert]



=== TEST 10: a beacon location of static files, granted
--- http_config
    privacy_default_regime opt-out;
--- config
    location /static/ {
        privacy_beacon analytics;
        alias html/;
    }
--- user_files
>>> t.txt
static beacon
--- request
GET /static/t.txt
--- response_body
static beacon
--- no_error_log
[error]
[alert]



=== TEST 11: a gate refuses with 403 until granted, the upstream never sees it
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /video {
        privacy_gate marketing;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/video;
    }
--- request
GET /video
--- error_code: 403
--- response_headers
Cache-Control: no-store
--- response_body_like: 403 Forbidden
--- no_error_log
matches "/up/
[error]
[alert]



=== TEST 12: every category of the gate must be granted
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /up/ {
        rewrite_log on;
        rewrite ^/up/(.*)$ /hit/$1 last;
    }
    location /hit/ {
        return 200 "UPSTREAM $uri\n";
    }
    location /video {
        privacy_gate analytics marketing;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/video;
    }
--- request eval
["GET /video", "GET /video", "GET /video"]
--- more_headers eval
[
"Cookie: privacy_consent=1:analytics:1732300000:0\n",
"Cookie: privacy_consent=1:analytics.marketing:1732300000:0\n",
"Cookie: privacy_consent=1:analytics.marketing:1732300000:0\nSec-GPC: 1\n",
]
--- error_code eval
[403, 200, 403]
--- response_body_like eval
["403 Forbidden", "UPSTREAM /hit/video", "403 Forbidden"]
--- no_error_log
[error]
[alert]



=== TEST 13: privacy_gate_status chooses the answer
--- config
    location /b {
        privacy_gate analytics;
        privacy_gate_status 451;
        root html;
    }
    location /c {
        privacy_gate analytics;
        privacy_gate_status 204;
        root html;
    }
--- user_files
>>> b
b
>>> c
c
--- request eval
["GET /b", "GET /c"]
--- error_code eval
[451, 204]
--- no_error_log
[error]
[alert]



=== TEST 14: privacy_gate_status is inherited from the server
--- config
    privacy_gate_status 404;
    location /g {
        privacy_gate marketing;
        root html;
    }
--- user_files
>>> g
gated
--- request
GET /g
--- error_code: 404
--- no_error_log
[error]
[alert]



=== TEST 15: error_page turns the refusal into a page that asks for consent
--- config
    location /g {
        privacy_gate marketing;
        error_page 403 /consent-needed.html;
        root html;
    }
    location = /consent-needed.html {
        root html;
    }
--- user_files
>>> g
gated
>>> consent-needed.html
This content needs your consent to marketing cookies.
--- request
GET /g
--- error_code: 403
--- response_body
This content needs your consent to marketing cookies.
--- no_error_log
[error]
[alert]



=== TEST 16: a gate and a beacon in one location: the gate answers first
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /pixel {
        privacy_gate marketing;
        privacy_beacon analytics;
        root html;
    }
--- user_files
>>> pixel
real pixel
--- request eval
["GET /pixel", "GET /pixel", "GET /pixel"]
--- more_headers eval
[
"Cookie: privacy_consent=1:analytics:1732300000:0\n",
"Cookie: privacy_consent=1:marketing:1732300000:0\n",
"Cookie: privacy_consent=1:analytics.marketing:1732300000:0\n",
]
--- error_code eval
[403, 200, 200]
--- response_headers eval
["Content-Type: text/html\n", "Content-Type: image/gif\n", "Content-Type: text/plain\n"]
--- no_error_log
[error]
[alert]



=== TEST 17: a nested location inherits the gate
--- config
    location /members/ {
        privacy_gate preferences;
        root html;
        location /members/open/ {
            root html;
        }
    }
--- user_files
>>> members/open/x
x
--- request
GET /members/open/x
--- error_code: 403
--- no_error_log
[error]
[alert]



=== TEST 18: the debug header summarises the decision and the stripped cookies
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /up/ {
        add_header Set-Cookie "_ga=GA1.2; Path=/";
        add_header Set-Cookie "sid=1; Path=/";
        return 200 "page\n";
    }
    location /t {
        privacy on;
        privacy_debug_header on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up/t;
    }
--- request
GET /t
--- response_headers
X-Privacy-Decision: consent=necessary; source=default:opt-in; regime=opt-in; stripped=_ga
--- raw_response_headers_unlike: Set-Cookie: _ga
--- no_error_log
[error]
[alert]



=== TEST 19: the debug header with a consent cookie and GPC
--- http_config
    privacy_consent_max_age 10y;
    privacy_debug_header on;
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
Sec-GPC: 1
--- response_headers
X-Privacy-Decision: consent=necessary,analytics; source=cookie:native,gpc; regime=opt-in
--- no_error_log
[error]
[alert]



=== TEST 20: no debug header unless asked for
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
!X-Privacy-Decision
--- no_error_log
[error]
[alert]



=== TEST 21: config: a beacon of an unknown category
--- config
    location /pixel {
        privacy_beacon tracking;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown privacy category "tracking" in "privacy_beacon".* in \S+nginx\.conf:\d+/



=== TEST 22: config: a beacon of "necessary" does nothing
--- config
    location /pixel {
        privacy_beacon necessary;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_beacon" with the "necessary" category does nothing: it is always granted in \S+nginx\.conf:\d+/



=== TEST 23: config: an unknown beacon answer
--- config
    location /pixel {
        privacy_beacon analytics png;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid privacy_beacon answer "png" \(gif or 204\) in \S+nginx\.conf:\d+/



=== TEST 24: config: beacons and gates are location directives
--- config
    privacy_beacon analytics;
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_beacon" directive is not allowed here in \S+nginx\.conf:\d+/



=== TEST 25: config: a gate of an unknown category
--- config
    location /g {
        privacy_gate analytics ads;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown privacy category "ads" in "privacy_gate".* in \S+nginx\.conf:\d+/



=== TEST 26: config: privacy_gate_status must be 204 or 400 to 599
--- config
    location /g {
        privacy_gate analytics;
        privacy_gate_status 302;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid privacy_gate_status "302" \(204, or 400 to 599\) in \S+nginx\.conf:\d+/



=== TEST 27: config: privacy_gate twice
--- config
    location /g {
        privacy_gate analytics;
        privacy_gate marketing;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_gate" directive is duplicate in \S+nginx\.conf:\d+/



=== TEST 28: config: privacy_debug_header takes on or off
--- config
    privacy_debug_header yes;
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid value "yes" in "privacy_debug_header" directive, it must be "on" or "off" in \S+nginx\.conf:\d+/
