# Set-Cookie filtering in the header filter: several headers, any case of the
# header name, odd spacing and attributes, deletions, HEAD and 304.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: several Set-Cookie of several categories in one response
--- http_config
    log_format stripped "privacy-stripped: [$privacy_cookies_stripped]";
    privacy_category analytics { cookie _ga _gid; }
    privacy_category marketing { cookie _fbp IDE; }
    privacy_category preferences { cookie lang; }
--- config
    location /up {
        add_header Set-Cookie "_ga=1";
        add_header Set-Cookie "session=s1";
        add_header Set-Cookie "_fbp=2";
        add_header Set-Cookie "lang=en";
        add_header Set-Cookie "_gid=3";
        add_header Set-Cookie "IDE=4";
        add_header Set-Cookie "csrftoken=t";
        return 200 "up\n";
    }
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
        # the access log line goes to error.log, where the test can see it
        access_log logs/error.log stripped;
    }
--- request
GET /t
--- response_headers
Set-Cookie: session=s1, csrftoken=t
--- response_body
up
--- error_log
privacy-stripped: [_ga,_fbp,lang,_gid,IDE]
--- no_error_log
[error]
[alert]



=== TEST 2: the upstream's header name in any letter case
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /up {
        add_header set-cookie "_ga=lower";
        add_header SET-COOKIE "_ga=upper";
        add_header sEt-CoOkIe "keep=1";
        return 200 "up\n";
    }
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- raw_response_headers_like: (?i)set-cookie: keep=1\r\n
--- raw_response_headers_unlike: (?i)set-cookie: _ga
--- response_body
up
--- no_error_log
[error]
[alert]



=== TEST 3: odd spacing and attributes around the name
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "  _ga =GA1; Path=/; Domain=.example.com; Secure";
        add_header Set-Cookie "_ga=x;Max-Age=3600;SameSite=Lax";
        add_header Set-Cookie "_gax=not-the-same-name";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: _gax=not-the-same-name
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 4: deletion cookies always pass (Max-Age=0, negative, past Expires)
--- http_config
    privacy_category analytics { cookie _ga _gid _gat; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=; Max-Age=0; Path=/";
        add_header Set-Cookie "_gid=; max-age=-1";
        add_header Set-Cookie "_fbp=; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
        add_header Set-Cookie "_gat=1; Expires=Fri, 31 Dec 2100 23:59:59 GMT";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: _ga=; Max-Age=0; Path=/, _gid=; max-age=-1, _fbp=; Expires=Thu, 01 Jan 1970 00:00:00 GMT
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 5: Max-Age wins over Expires (a past Expires does not excuse a live cookie)
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=600";
        add_header Set-Cookie "a=1";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: a=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 6: HEAD responses are filtered too
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=1";
        add_header Set-Cookie "a=1";
        return 200 "ok\n";
    }
--- request
HEAD /t
--- response_headers
Set-Cookie: a=1
--- response_body
--- no_error_log
[error]
[alert]



=== TEST 7: 304 responses are filtered too
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=1";
        add_header Set-Cookie "a=1";
    }
--- user_files
>>> t 200101010000.00
hello
--- request
GET /t
--- more_headers
If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT
--- error_code: 304
--- response_headers
Set-Cookie: a=1
--- response_body
--- no_error_log
[error]
[alert]



=== TEST 8: userid module's cookie is visible to the filter (filter order)
--- http_config
    privacy_category analytics { cookie uid; }
--- config
    location /t {
        privacy on;
        userid on;
        userid_name uid;
        add_header Set-Cookie "a=1";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: a=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 9: userid cookie passes once analytics is granted
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { cookie uid; }
--- config
    location /t {
        privacy on;
        userid on;
        userid_name uid;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_headers_like
Set-Cookie: uid=.+
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 10: a Set-Cookie without "name=" is an unknown cookie (allow by default)
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "justavalue";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: justavalue
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 11: ... and is stripped under privacy_unknown_cookie deny
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie deny;
        add_header Set-Cookie "justavalue";
        add_header Set-Cookie "other=1";
        return 200 "ok\n";
    }
--- request
GET /t
--- raw_response_headers_unlike: Set-Cookie
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 12: cookie names are case-sensitive
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_GA=1";
        add_header Set-Cookie "_ga=2";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: _GA=1
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 13: the consent cookie itself is never stripped
--- http_config
    privacy_category analytics { cookie privacy_*; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "privacy_consent=1::1732300000:0; Path=/";
        add_header Set-Cookie "privacy_other=1";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: privacy_consent=1::1732300000:0; Path=/
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 14: a response without Set-Cookie gets no Vary
--- config
    location /t {
        privacy on;
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
!Vary
!Set-Cookie
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 15: necessary cookies only: no Vary needed
--- http_config
    privacy_category necessary { cookie session; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "session=1";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: session=1
!Vary
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 16: Vary merges with the upstream's own Vary
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        privacy_gpc off;
        add_header Vary "Accept-Encoding, Cookie";
        add_header Set-Cookie "_ga=1";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Vary: Accept-Encoding, Cookie, DNT
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 17: proxied upstream Set-Cookie after proxy_cookie_path is filtered
--- http_config
    privacy_category marketing { cookie IDE; }
--- config
    location /up {
        add_header Set-Cookie "IDE=1; Path=/up";
        add_header Set-Cookie "b=2; Path=/up";
        return 200 "up\n";
    }
    location /t {
        privacy on;
        proxy_cookie_path /up /;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- response_headers
Set-Cookie: b=2; Path=/
--- response_body
up
--- no_error_log
[error]
[alert]


=== TEST 18: answers remembered per configuration: levels that classify a name differently never share them
--- http_config
    privacy_category analytics { cookie _ga; }
    server {
        listen 127.0.0.1:$TEST_NGINX_RAND_PORT_1;
        privacy_consent_cookie mystery native;
        privacy_unknown_cookie deny;
        location / {
            privacy on;
            add_header Set-Cookie "mystery=1";
            add_header Set-Cookie "_ga=1";
            return 200 "ok\n";
        }
    }
--- config
    privacy_unknown_cookie deny;
    location /deny {
        privacy on;
        add_header Set-Cookie "mystery=1";
        add_header Set-Cookie "_ga=1";
        return 200 "ok\n";

        location /deny/inner {
            privacy on;
            add_header Set-Cookie "mystery=1";
            add_header Set-Cookie "_ga=1";
            return 200 "ok\n";
        }
    }
    location /allow {
        privacy on;
        privacy_unknown_cookie allow;
        add_header Set-Cookie "mystery=1";
        add_header Set-Cookie "_ga=1";
        return 200 "ok\n";
    }
    location /consent {
        proxy_pass http://127.0.0.1:$TEST_NGINX_RAND_PORT_1;
    }
--- request eval
["GET /deny", "GET /allow", "GET /consent", "GET /deny/inner", "GET /allow",
 "GET /consent", "GET /deny"]
--- response_headers eval
["!Set-Cookie", "Set-Cookie: mystery=1", "Set-Cookie: mystery=1",
 "!Set-Cookie", "Set-Cookie: mystery=1", "Set-Cookie: mystery=1",
 "!Set-Cookie"]
--- response_body eval
["ok\n", "ok\n", "ok\n", "ok\n", "ok\n", "ok\n", "ok\n"]
--- no_error_log
[error]
[alert]
