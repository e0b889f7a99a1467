# The request side: non-granted cookies are removed from the Cookie header
# sent upstream (privacy_strip_request_cookies), expired in the browser
# (privacy_expire_cookies), and $privacy_request_cookie offers the filtered
# value for proxy_set_header.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: non-granted cookies never reach the upstream
--- http_config
    privacy_category analytics { cookie _ga _gid; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: _ga=GA1.2; sid=abc; _fbp=fb.1;  lang=en ; _gid=x
--- response_body
upstream saw [sid=abc; lang=en]
--- response_headers
Vary: Cookie, DNT, Sec-GPC
--- no_error_log
[error]
[alert]



=== TEST 2: granted cookies do reach the upstream, the consent cookie too
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0; _ga=GA1.2; _fbp=fb.1
--- response_body
upstream saw [privacy_consent=1:analytics:1732300000:0; _ga=GA1.2]
--- no_error_log
[error]
[alert]



=== TEST 3: several Cookie header lines are each rewritten
--- http_config
    privacy_category marketing { cookie _fbp IDE; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: a=1; _fbp=2
Cookie: IDE=3
Cookie: b=4
--- response_body_like: ^upstream saw \[a=1; (; )?b=4\]$
--- no_error_log
[error]
[alert]



=== TEST 4: nothing to strip: the header goes upstream unchanged, byte for byte
--- http_config
    privacy_category marketing { cookie _fbp; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: a=1;b="2" ;  c=3
--- response_body
upstream saw [a=1;b="2" ;  c=3]
--- no_error_log
[error]
[alert]



=== TEST 5: quoted values keep their quotes when forwarded
--- http_config
    privacy_category marketing { cookie _fbp; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: q="a b"; _fbp=1; r=""
--- response_body
upstream saw [q="a b"; r=""]
--- no_error_log
[error]
[alert]



=== TEST 6: stripping is off by default
--- http_config
    privacy_category marketing { cookie _fbp; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: _fbp=1; a=2
--- response_body
upstream saw [_fbp=1; a=2]
--- no_error_log
[error]
[alert]



=== TEST 7: an internal redirect does not rewrite twice and keeps the names
--- http_config
    log_format stripped "privacy-stripped: [$privacy_cookies_stripped]";
    privacy_category marketing { cookie _fbp; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        rewrite ^ /t2 last;
    }
    location /t2 {
        privacy on;
        privacy_strip_request_cookies on;
        access_log logs/error.log stripped;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: _fbp=1; a=2
--- response_body
upstream saw [a=2]
--- error_log
privacy-stripped: [_fbp]
--- no_error_log
[error]
[alert]



=== TEST 8: $privacy_request_cookie for proxy_set_header, without the rewrite
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        proxy_set_header Cookie $privacy_request_cookie;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: _ga=1; keep=2
Cookie: other=3
--- response_body
upstream saw [keep=2; other=3]
--- no_error_log
[error]
[alert]



=== TEST 9: $privacy_request_cookie empty drops the header altogether
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /up {
        return 200 "upstream saw [$http_cookie]\n";
    }
    location /t {
        privacy on;
        proxy_set_header Cookie $privacy_request_cookie;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- more_headers
Cookie: _ga=1
--- response_body
upstream saw []
--- no_error_log
[error]
[alert]



=== TEST 10: expire the non-granted cookies the browser still sends
--- http_config
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        privacy_expire_cookies on;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: _ga=1; sid=2; _fbp=3
--- response_headers
Set-Cookie: _ga=; Max-Age=0; Path=/, _fbp=; Max-Age=0; Path=/
Vary: Cookie, DNT, Sec-GPC
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 11: withdrawal: marketing no longer granted is expired, analytics kept
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        privacy_expire_cookies on;
        privacy_strip_request_cookies on;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0; _ga=1; _fbp=3
--- response_headers
Set-Cookie: _fbp=; Max-Age=0; Path=/
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 12: names that are not RFC 6265 tokens are never echoed into a header
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie deny;
        privacy_expire_cookies on;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: good=1; b@d(=2; "q"=3; x y=4
--- response_headers
Set-Cookie: good=; Max-Age=0; Path=/
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 13: a cookie the response itself sets is not also expired
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        privacy_expire_cookies on;
        add_header Set-Cookie "_ga=; Max-Age=0; Path=/; Domain=.example.com";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: _ga=1
--- response_headers
Set-Cookie: _ga=; Max-Age=0; Path=/; Domain=.example.com
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 14: at most 64 expiring cookies per response
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie deny;
        privacy_expire_cookies on;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: c1=1; c2=1; c3=1; c4=1; c5=1; c6=1; c7=1; c8=1; c9=1; c10=1; c11=1; c12=1; c13=1; c14=1; c15=1; c16=1; c17=1; c18=1; c19=1; c20=1; c21=1; c22=1; c23=1; c24=1; c25=1; c26=1; c27=1; c28=1; c29=1; c30=1; c31=1; c32=1; c33=1; c34=1; c35=1; c36=1; c37=1; c38=1; c39=1; c40=1; c41=1; c42=1; c43=1; c44=1; c45=1; c46=1; c47=1; c48=1; c49=1; c50=1; c51=1; c52=1; c53=1; c54=1; c55=1; c56=1; c57=1; c58=1; c59=1; c60=1; c61=1; c62=1; c63=1; c64=1; c65=1; c66=1; c67=1; c68=1; c69=1; c70=1; c71=1; c72=1; c73=1; c74=1; c75=1; c76=1; c77=1; c78=1; c79=1; c80=1; c81=1; c82=1; c83=1; c84=1; c85=1; c86=1; c87=1; c88=1; c89=1; c90=1; c91=1; c92=1; c93=1; c94=1; c95=1; c96=1; c97=1; c98=1; c99=1; c100=1
--- raw_response_headers_like: Set-Cookie: c64=; Max-Age=0; Path=/\r\n
--- raw_response_headers_unlike: Set-Cookie: c65=
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 15: withdrawal reaches cookies set on the parent domain and under other paths
--- http_config
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /t {
        privacy on;
        privacy_expire_cookies on;
        privacy_cookie_domain .Example.COM shop.example.com;
        privacy_cookie_path /shop / /a/b;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: _ga=1; sid=2
--- response_headers
Set-Cookie: _ga=; Max-Age=0; Path=/, _ga=; Max-Age=0; Path=/shop, _ga=; Max-Age=0; Path=/a/b, _ga=; Max-Age=0; Path=/; Domain=example.com, _ga=; Max-Age=0; Path=/shop; Domain=example.com, _ga=; Max-Age=0; Path=/a/b; Domain=example.com, _ga=; Max-Age=0; Path=/; Domain=shop.example.com, _ga=; Max-Age=0; Path=/shop; Domain=shop.example.com, _ga=; Max-Age=0; Path=/a/b; Domain=shop.example.com
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 16: __Secure- names are expired with Secure; __Host- names only host-only at Path=/
--- http_config
    privacy_category analytics { cookie __Secure-a __Host-b; }
--- config
    location /t {
        privacy on;
        privacy_expire_cookies on;
        privacy_cookie_domain example.com;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: __Secure-a=1; __Host-b=2
--- response_headers
Set-Cookie: __Secure-a=; Max-Age=0; Path=/; Secure, __Secure-a=; Max-Age=0; Path=/; Domain=example.com; Secure, __Host-b=; Max-Age=0; Path=/; Secure
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 17: inherited into a location, and a location of its own without domains
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    privacy_expire_cookies on;
    privacy_cookie_domain example.com;
    location /a {
        privacy on;
        return 200 "ok\n";
    }
    location /b {
        privacy on;
        privacy_cookie_path /b;
        return 200 "ok\n";
    }
--- request eval
["GET /a", "GET /b"]
--- more_headers
Cookie: _ga=1
--- response_headers eval
["Set-Cookie: _ga=; Max-Age=0; Path=/, _ga=; Max-Age=0; Path=/; Domain=example.com",
 "Set-Cookie: _ga=; Max-Age=0; Path=/, _ga=; Max-Age=0; Path=/b, _ga=; Max-Age=0; Path=/; Domain=example.com, _ga=; Max-Age=0; Path=/b; Domain=example.com"]
--- response_body eval
["ok\n", "ok\n"]
--- no_error_log
[error]
[alert]



=== TEST 18: at most 256 deleting headers: with 9 x 9 scopes, 3 names
--- http_config
    privacy_category analytics { cookie ~^c\d+$; }
--- config
    location /t {
        privacy on;
        privacy_expire_cookies on;
        privacy_cookie_domain a1.com a2.com a3.com a4.com a5.com a6.com a7.com a8.com;
        privacy_cookie_path /1 /2 /3 /4 /5 /6 /7 /8;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: c1=1; c2=2; c3=3; c4=4; c5=5
--- response_headers_like
Set-Cookie: ^(?:c[123]=; Max-Age=0; Path=/\d?(?:; Domain=a\d\.com)?(?:, |$)){243}$
--- response_body
ok
--- no_error_log
[error]
[alert]
