# The module loads, does nothing unless enabled, and enforces when enabled.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: module loaded, privacy off: every Set-Cookie passes
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /up {
        add_header Set-Cookie "_ga=GA1.2.3; Path=/";
        add_header Set-Cookie "session=abc";
        return 200 "upstream\n";
    }
    location /t {
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- response_body
upstream
--- response_headers
Set-Cookie: _ga=GA1.2.3; Path=/, session=abc
!Vary
--- no_error_log
[error]
[alert]



=== TEST 2: privacy on, no decision (opt-in default): the analytics cookie is stripped
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /up {
        add_header Set-Cookie "_ga=GA1.2.3; Path=/";
        add_header Set-Cookie "session=abc";
        return 200 "upstream\n";
    }
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- response_body
upstream
--- response_headers
Set-Cookie: session=abc
Vary: Cookie, DNT, Sec-GPC
--- no_error_log
[error]
[alert]



=== TEST 3: privacy on at http level, off in a location
--- http_config
    privacy on;
    privacy_category analytics { cookie _ga; }
--- config
    location /up {
        privacy off;
        add_header Set-Cookie "_ga=GA1.2.3";
        return 200 "upstream\n";
    }
    location /t {
        privacy off;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- response_headers
Set-Cookie: _ga=GA1.2.3
--- response_body
upstream
--- no_error_log
[error]
[alert]



=== TEST 4: a granted category passes with the native consent cookie
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=GA1.2.3";
        add_header Set-Cookie "_fbp=fb.1.2";
        add_header X-Consent $privacy_consent;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_headers
Set-Cookie: _ga=GA1.2.3
X-Consent: necessary,analytics
--- response_body
ok
--- no_error_log
[error]
[alert]
