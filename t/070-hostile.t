# Hostile input: huge and malformed headers and bodies.  Each block states the
# expected, bounded reaction: never a crash, never a wider grant, never a
# header injected.  Large inputs are generated here, in the preamble.
use Test::Nginx::Socket 'no_plan';
use File::Temp qw(tempdir);

my $dir = tempdir(CLEANUP => 1);

# 10,000 Set-Cookie headers for one upstream response
open my $fh, '>', "$dir/many-cookies.conf" or die $!;
for my $i (1 .. 5000) {
    print $fh "add_header Set-Cookie \"_ga_$i=x\";\n";
    print $fh "add_header Set-Cookie \"keep_$i=y\";\n";
}
close $fh;
$ENV{TEST_NGINX_MANY_COOKIES} = "$dir/many-cookies.conf";

# a 4 MB tag and a 10 MB inline tracker script
open $fh, '>', "$dir/huge-tag.html" or die $!;
print $fh "<p>a</p>\n<img src=\"https://www.facebook.com/tr?id=1\" alt=\""
          . ("x" x (4 * 1024 * 1024)) . "\">\n<p>b</p>\n";
close $fh;

open $fh, '>', "$dir/huge-script.html" or die $!;
print $fh "<p>a</p>\n<script data-privacy-category=\"marketing\">"
          . ("var x = '<img src=https://www.facebook.com/tr>';\n" x 220000)
          . "</script>\n<p>b</p>\n";
close $fh;

# binary bytes and invalid UTF-8 around a tracker
open $fh, '>:raw', "$dir/binary.html" or die $!;
print $fh "<p>\xff\xfe\x00\x01\xc3\x28\xa0\xa1</p>\n"
          . "<img src=\"https://www.facebook.com/tr?id=\xff\">\n"
          . join('', map { chr($_ % 256) } 0 .. 1023) . "\n<p>end</p>\n";
close $fh;

$ENV{TEST_NGINX_HOSTILE_DIR} = $dir;

no_shuffle();
run_tests();

__DATA__

=== TEST 1: 10,000 Set-Cookie headers in one upstream response: every tracker stripped
--- http_config
    privacy_category analytics { cookie _ga_*; }
    log_format stripped "privacy-stripped-count: [$privacy_cookies_stripped]";
--- config
    location /up {
        include $TEST_NGINX_MANY_COOKIES;
        return 200 "up\n";
    }
    location /t {
        privacy on;
        proxy_buffer_size 512k;
        proxy_buffers 4 512k;
        proxy_busy_buffers_size 512k;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- raw_response_headers_unlike: Set-Cookie: _ga_
--- raw_response_headers_like: Set-Cookie: keep_1=y\r\n.*Set-Cookie: keep_5000=y\r\n
--- response_body
up
--- timeout: 20
--- no_error_log
[error]
[alert]



=== TEST 2: a 64 KB Cookie header: parsed, stripped upstream, nothing lost or widened
--- http_config
    large_client_header_buffers 4 128k;
    privacy_category analytics { cookie big; }
--- config
    location /up {
        return 200 "upstream saw $http_cookie\n";
    }
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        proxy_buffer_size 256k;
        proxy_buffers 4 256k;
        proxy_busy_buffers_size 256k;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
        add_header X-Consent $privacy_consent;
    }
--- request
GET /t
--- more_headers eval
"Cookie: big=" . ("x" x 65536) . "; keep=1; privacy_consent=1:analytics:9999999999999:0"
--- response_headers
X-Consent: necessary
--- response_body
upstream saw keep=1; privacy_consent=1:analytics:9999999999999:0
--- no_error_log
[error]
[alert]



=== TEST 3: hostile cookie names are classified by their bytes and never echoed
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie deny;
        privacy_expire_cookies on;
        add_header X-Consent $privacy_consent;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers eval
"Cookie: a\x01b=1; \"_ga\"=2; _ga\x7f=3; caf\xc3\xa9=4; ok_name=6; =7; ==8"
--- raw_response_headers_like: Set-Cookie: ok_name=; Max-Age=0; Path=/\r\n
--- raw_response_headers_unlike: Set-Cookie: [^o]
--- response_headers
X-Consent: necessary
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 4: header injection through a cookie name is impossible
--- config
    location /t {
        privacy on;
        privacy_unknown_cookie deny;
        privacy_expire_cookies on;
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers eval
"Cookie: good=1; bad%0d%0aX-Injected:%201=2; bad\tname=3"
--- raw_response_headers_unlike: X-Injected
--- raw_response_headers_like: Set-Cookie: good=; Max-Age=0; Path=/\r\n
--- response_body
ok
--- no_error_log
[error]
[alert]



=== TEST 5: a 4 MB single tag: fail open removes it unexamined and scans on, memory bounded
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias $TEST_NGINX_HOSTILE_DIR/huge-tag.html;
    }
--- request
GET /s
--- response_body_like: ^<p>a</p>\n\n<p>b</p>\n$
--- error_log
<img> longer than privacy_html_max_tag (16384) removed unexamined (privacy_fail open)
--- timeout: 20
--- no_error_log
[error]
[alert]



=== TEST 6: a 4 MB single tag: fail closed ends the response
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s {
        privacy on;
        privacy_html on;
        privacy_fail closed;
        default_type text/html;
        alias $TEST_NGINX_HOSTILE_DIR/huge-tag.html;
    }
--- request
GET /s
--- ignore_response
--- error_log
response ended (privacy_fail closed)
--- timeout: 20
--- no_error_log
[alert]



=== TEST 7: a 10 MB inline tracker script is removed streaming
--- config
    location /s {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias $TEST_NGINX_HOSTILE_DIR/huge-script.html;
    }
--- request
GET /s
--- response_body
<p>a</p>

<p>b</p>
--- timeout: 30
--- no_error_log
[error]
[alert]



=== TEST 8: an unterminated comment at the end of the body is passed as it is
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> c.html
<p>a</p><!-- <img src="https://www.facebook.com/tr"> never closed
--- request
GET /s/c.html
--- response_body
<p>a</p><!-- <img src="https://www.facebook.com/tr"> never closed
--- no_error_log
[error]
[alert]



=== TEST 9: an unterminated tracker script at the end of the body is removed to the end
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> s.html
<p>a</p>
<script data-privacy-category="marketing">var a = 1; /* never closed
--- request
GET /s/s.html
--- response_body
<p>a</p>
--- no_error_log
[error]
[alert]



=== TEST 10: an unterminated tag at the end of the body is passed as it is
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> t.html
<p>a</p>
<img src="https://www.facebook.com/tr?id=1
--- request
GET /s/t.html
--- response_body
<p>a</p>
<img src="https://www.facebook.com/tr?id=1
--- no_error_log
[error]
[alert]



=== TEST 11: binary bytes and invalid UTF-8 do not stop the filter
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias $TEST_NGINX_HOSTILE_DIR/binary.html;
    }
--- request
GET /s
--- response_body_unlike: facebook\.com/tr
--- response_body_like: <p>end</p>\n$
--- no_error_log
[error]
[alert]



=== TEST 12: the upstream closing mid-body: the response ends, nothing hangs or crashes
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /up {
        default_type text/html;
        add_header Content-Length 100000;
        return 200 "<p>a</p><img src=\"https://www.facebook.com/tr\">short";
    }
    location /t {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/up;
    }
--- request
GET /t
--- ignore_response
--- no_error_log
[alert]



=== TEST 13: a client aborting mid-response: the request ends cleanly
--- config
    location /s {
        privacy on;
        privacy_html on;
        limit_rate 256k;
        default_type text/html;
        alias $TEST_NGINX_HOSTILE_DIR/huge-script.html;
    }
--- request
GET /s
--- timeout: 0.5
--- abort
--- ignore_response
--- wait: 1
--- no_error_log
[alert]
[crit]
[emerg]



=== TEST 14: after the abort the same location still serves (no worker died)
--- config
    location /s {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias $TEST_NGINX_HOSTILE_DIR/huge-script.html;
    }
--- request
GET /s
--- response_body
<p>a</p>

<p>b</p>
--- timeout: 30
--- no_error_log
[error]
[alert]
