# HTML enforcement edges: gzip from the upstream (inflated, filtered, sent
# without that encoding), encodings it cannot read, privacy_fail open and
# closed at the tag limit, CMP markup activation, Link headers, the pixel
# heuristic, and the responses it must leave alone.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: gzip from the upstream is inflated, filtered and sent without that encoding
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
        gzip on;
        gzip_min_length 1;
        gzip_types text/html;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /t/page.html
--- more_headers
Accept-Encoding: gzip
--- response_headers
!Content-Encoding
--- response_body
<!DOCTYPE html>

<p>hello</p>

<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 2: gzip from the upstream with small proxy buffers
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_buffer_size 512;
        proxy_buffers 4 256;
        proxy_busy_buffers_size 512;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
        gzip on;
        gzip_min_length 1;
        gzip_types text/html;
        gzip_buffers 4 64;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /t/page.html
--- more_headers
Accept-Encoding: gzip, deflate, br
--- response_headers
!Content-Encoding
--- response_body
<!DOCTYPE html>

<p>hello</p>

<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 3: the upstream is asked for gzip or identity only
--- config
    location /t {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/echo;
    }
    location = /echo {
        return 200 "accept-encoding=[$http_accept_encoding]\n";
    }
--- request eval
["GET /t", "GET /t", "GET /t"]
--- more_headers eval
["Accept-Encoding: br, gzip;q=0.8, deflate", "Accept-Encoding: br, zstd", ""]
--- response_body eval
["accept-encoding=[gzip]\n", "accept-encoding=[identity]\n", "accept-encoding=[]\n"]
--- no_error_log
[error]
[alert]


=== TEST 4: a truncated gzip body ends with what could be read, and a warning
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /trunc.html {
        default_type text/html;
        add_header Content-Encoding gzip;
    }
--- user_files eval
[["trunc.html", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xb3\x29\xb0\x2b\x2e\x49\x2c\x2a\xb1\xd1\x2f\xb0\xb3\xc9\xcc\x4d\x57\x28\x2e\x4a\xb6\x55\xca\x28\x29\x29\x28\xb6\xd2\xd7\x2f\x2f\x2f\xd7\x4b\x4b\x4c\x4e\x4d\xca\xcf\xcf\xd6\x4b\xce\xcf\xd5\x2f\x29\xb2\xcf\x4c\xb1\x35\x54\xb2\xb3\x29\xb0\xab\x18\x26\x00"]]
--- request
GET /t/trunc.html
--- response_body_like: ^<p>start</p><p>x*$
--- response_headers
!Content-Encoding
--- error_log
the upstream's gzip body is truncated
--- no_error_log
[error]
[alert]


=== TEST 5: an encoding the filter cannot read: privacy_fail open passes it, with a warning
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
        add_header Content-Encoding br;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /t/page.html
--- response_headers
Content-Encoding: br
--- response_body
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- error_log
response passed unscanned (privacy_fail open): an encoding the filter cannot read
--- no_error_log
[error]
[alert]


=== TEST 6: an encoding the filter cannot read: privacy_fail closed refuses it
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_fail closed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
        add_header Content-Encoding br;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /t/page.html
--- error_code: 502
--- response_body_like: 502 Bad Gateway
--- error_log
response refused (privacy_fail closed): an encoding the filter cannot read
--- no_error_log
[alert]


=== TEST 7: a UTF-16 page is not scanned as ASCII (privacy_fail open)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
        charset UTF-16;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /t/page.html
--- response_body
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- error_log
a charset that is not ASCII-compatible
--- no_error_log
[error]
[alert]


=== TEST 8: a tag over privacy_html_max_tag: fail open passes the rest verbatim, once logged
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_tag 256;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> long.html
<p>first</p>
<img src="https://www.facebook.com/tr?id=0">
<img src="https://www.facebook.com/tr?id=1" data-x="yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy">
<img src="https://www.facebook.com/tr?id=2">
--- request
GET /s/long.html
--- response_body
<p>first</p>

<img src="https://www.facebook.com/tr?id=1" data-x="yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy">
<img src="https://www.facebook.com/tr?id=2">
--- error_log
rest of the response passed unscanned (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 9: a tag over privacy_html_max_tag: fail closed ends the response as an error
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_tag 256;
        privacy_fail closed;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> long.html
<p>first</p>
<img src="https://www.facebook.com/tr?id=1" data-x="yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy">
<img src="https://www.facebook.com/tr?id=2">
--- request
GET /s/long.html
--- ignore_response
--- error_log
response ended (privacy_fail closed)
--- no_error_log
[alert]


=== TEST 10: privacy_html_activate: blocked CMP markup goes live when granted
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_activate on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> act.html
<!DOCTYPE html>
<script type="text/plain" data-category="analytics" data-src="https://cdn.example.net/a.js"></script>
<script type="text/plain" data-cookieconsent="statistics" src="https://cdn.example.net/b.js"></script>
<script type="text/plain" data-category="marketing" data-type="module" data-src="https://cdn.example.net/c.js"></script>
<iframe data-category="analytics" data-src="https://video.example.net/v"></iframe>
<script type="text/plain" data-privacy-category="analytics">ga('send')</script>
<p>end</p>
--- request
GET /s/act.html
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
--- response_body
<!DOCTYPE html>
<script data-category="analytics" src="https://cdn.example.net/a.js"></script>
<script data-cookieconsent="statistics" src="https://cdn.example.net/b.js"></script>
<script type="module" data-category="marketing" src="https://cdn.example.net/c.js"></script>
<iframe data-category="analytics" src="https://video.example.net/v"></iframe>
<script data-privacy-category="analytics">ga('send')</script>
<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 11: privacy_html_activate: not granted, the blocked markup is removed
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_activate on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> act.html
<!DOCTYPE html>
<script type="text/plain" data-category="analytics" data-src="https://cdn.example.net/a.js"></script>
<script type="text/plain" data-cookieconsent="statistics" src="https://cdn.example.net/b.js"></script>
<script type="text/plain" data-category="marketing" data-type="module" data-src="https://cdn.example.net/c.js"></script>
<iframe data-category="analytics" data-src="https://video.example.net/v"></iframe>
<script type="text/plain" data-privacy-category="analytics">ga('send')</script>
<p>end</p>
--- request
GET /s/act.html
--- response_body
<!DOCTYPE html>





<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 12: without privacy_html_activate granted markup stays as the page wrote it
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> act.html
<!DOCTYPE html>
<script type="text/plain" data-category="analytics" data-src="https://cdn.example.net/a.js"></script>
<script type="text/plain" data-cookieconsent="statistics" src="https://cdn.example.net/b.js"></script>
<script type="text/plain" data-category="marketing" data-type="module" data-src="https://cdn.example.net/c.js"></script>
<iframe data-category="analytics" data-src="https://video.example.net/v"></iframe>
<script type="text/plain" data-privacy-category="analytics">ga('send')</script>
<p>end</p>
--- request
GET /s/act.html
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
--- response_body
<!DOCTYPE html>
<script type="text/plain" data-category="analytics" data-src="https://cdn.example.net/a.js"></script>
<script type="text/plain" data-cookieconsent="statistics" src="https://cdn.example.net/b.js"></script>
<script type="text/plain" data-category="marketing" data-type="module" data-src="https://cdn.example.net/c.js"></script>
<iframe data-category="analytics" data-src="https://video.example.net/v"></iframe>
<script type="text/plain" data-privacy-category="analytics">ga('send')</script>
<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 13: neutralize keeps markup that the page already blocked
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_action neutralize;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> act.html
<!DOCTYPE html>
<script type="text/plain" data-category="analytics" data-src="https://cdn.example.net/a.js"></script>
<script type="text/plain" data-cookieconsent="statistics" src="https://cdn.example.net/b.js"></script>
<script type="text/plain" data-category="marketing" data-type="module" data-src="https://cdn.example.net/c.js"></script>
<iframe data-category="analytics" data-src="https://video.example.net/v"></iframe>
<script type="text/plain" data-privacy-category="analytics">ga('send')</script>
<p>end</p>
--- request
GET /s/act.html
--- response_body
<!DOCTYPE html>
<script type="text/plain" data-category="analytics" data-src="https://cdn.example.net/a.js"></script>
<script type="text/plain" data-cookieconsent="statistics" src="https://cdn.example.net/b.js"></script>
<script type="text/plain" data-category="marketing" data-type="module" data-src="https://cdn.example.net/c.js"></script>
<iframe data-category="analytics" data-src="https://video.example.net/v"></iframe>
<script type="text/plain" data-privacy-category="analytics">ga('send')</script>
<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 14: Link response headers to tracker hosts are removed, entry by entry
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        add_header Link "<https://www.googletagmanager.com>; rel=preconnect, </app.css>; rel=preload; as=style";
        add_header Link "<https://www.google-analytics.com/analytics.js>; rel=preload; as=script";
        add_header Link "</font.woff2>; rel=preload; as=font";
        alias html/;
    }
--- user_files
>>> p.html
<p>x</p>
--- request
GET /s/p.html
--- response_headers
Link: </app.css>; rel=preload; as=style, </font.woff2>; rel=preload; as=font
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]


=== TEST 15: unclassified cross-site pixels are marketing by default
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> pix.html
<!DOCTYPE html>
<img src="https://pixel.example.io/p.gif" width="1" height="1" alt="">
<img src="https://pixel.example.io/p2.gif" style="display: none">
<img src="https://pixel.example.io/p3.gif" style="width:1px;height:1px">
<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- request
GET /s/pix.html
--- response_body
<!DOCTYPE html>



<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- no_error_log
[error]
[alert]


=== TEST 16: ... and pass once marketing is granted
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> pix.html
<!DOCTYPE html>
<img src="https://pixel.example.io/p.gif" width="1" height="1" alt="">
<img src="https://pixel.example.io/p2.gif" style="display: none">
<img src="https://pixel.example.io/p3.gif" style="width:1px;height:1px">
<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- request
GET /s/pix.html
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- response_body
<!DOCTYPE html>
<img src="https://pixel.example.io/p.gif" width="1" height="1" alt="">
<img src="https://pixel.example.io/p2.gif" style="display: none">
<img src="https://pixel.example.io/p3.gif" style="width:1px;height:1px">
<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- no_error_log
[error]
[alert]


=== TEST 17: privacy_unknown_pixel allow keeps them
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_unknown_pixel allow;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> pix.html
<!DOCTYPE html>
<img src="https://pixel.example.io/p.gif" width="1" height="1" alt="">
<img src="https://pixel.example.io/p2.gif" style="display: none">
<img src="https://pixel.example.io/p3.gif" style="width:1px;height:1px">
<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- request
GET /s/pix.html
--- response_body
<!DOCTYPE html>
<img src="https://pixel.example.io/p.gif" width="1" height="1" alt="">
<img src="https://pixel.example.io/p2.gif" style="display: none">
<img src="https://pixel.example.io/p3.gif" style="width:1px;height:1px">
<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- no_error_log
[error]
[alert]


=== TEST 18: privacy_unknown_pixel analytics files them as analytics
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_unknown_pixel analytics;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> pix.html
<!DOCTYPE html>
<img src="https://pixel.example.io/p.gif" width="1" height="1" alt="">
<img src="https://pixel.example.io/p2.gif" style="display: none">
<img src="https://pixel.example.io/p3.gif" style="width:1px;height:1px">
<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- request
GET /s/pix.html
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
<!DOCTYPE html>
<img src="https://pixel.example.io/p.gif" width="1" height="1" alt="">
<img src="https://pixel.example.io/p2.gif" style="display: none">
<img src="https://pixel.example.io/p3.gif" style="width:1px;height:1px">
<img src="https://cdn.example.io/photo.jpg" width="640" height="1">
<img src="/own/p.gif" width="1" height="1">
<img src="//localhost/own/p.gif" width="1" height="1">
--- no_error_log
[error]
[alert]


=== TEST 19: HEAD is untouched
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
HEAD /s/page.html
--- response_headers_like
Content-Length: \d+
--- response_body
--- no_error_log
[error]
[alert]


=== TEST 20: a conditional request gets the page filtered for the current decision, never a 304 for an old copy
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html 200101010000.00
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /s/page.html
--- more_headers
If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT
--- error_code: 200
--- response_body
<!DOCTYPE html>

<p>hello</p>

<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 21: 206 from the upstream is untouched
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /t/page.html
--- more_headers
Range: bytes=0-22
--- error_code: 206
--- response_body chomp
<!DOCTYPE html>
<script
--- no_error_log
[error]
[alert]


=== TEST 22: 204 is untouched
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s {
        privacy on;
        privacy_html on;
        default_type text/html;
        return 204;
    }
--- request
GET /s
--- error_code: 204
--- response_body
--- no_error_log
[error]
[alert]


=== TEST 23: a range request for a filtered page gets the whole filtered page
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<p>hello</p>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
<p>end</p>
--- request
GET /s/page.html
--- more_headers
Range: bytes=0-22
--- response_headers
Accept-Ranges:
--- response_body
<!DOCTYPE html>

<p>hello</p>

<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 24: a tracker URL behind more attributes than the scanner records is still seen
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
>>> many.html
<p>a</p>
<img data-a0="0" data-a1="1" data-a2="2" data-a3="3" data-a4="4" data-a5="5" data-a6="6" data-a7="7" data-a8="8" data-a9="9" data-a10="10" data-a11="11" data-a12="12" data-a13="13" data-a14="14" data-a15="15" data-a16="16" data-a17="17" data-a18="18" data-a19="19" data-a20="20" data-a21="21" data-a22="22" data-a23="23" data-a24="24" data-a25="25" data-a26="26" data-a27="27" data-a28="28" data-a29="29" data-a30="30" data-a31="31" data-a32="32" data-a33="33" data-a34="34" data-a35="35" data-a36="36" data-a37="37" data-a38="38" data-a39="39" src="https://www.facebook.com/tr?id=1">
<img data-a0="0" data-a1="1" data-a2="2" data-a3="3" data-a4="4" data-a5="5" data-a6="6" data-a7="7" data-a8="8" data-a9="9" data-a10="10" data-a11="11" data-a12="12" data-a13="13" data-a14="14" data-a15="15" data-a16="16" data-a17="17" data-a18="18" data-a19="19" data-a20="20" data-a21="21" data-a22="22" data-a23="23" data-a24="24" data-a25="25" data-a26="26" data-a27="27" data-a28="28" data-a29="29" data-a30="30" data-a31="31" data-a32="32" data-a33="33" data-a34="34" data-a35="35" data-a36="36" data-a37="37" data-a38="38" data-a39="39" src="/own.png">
--- request
GET /s/many.html
--- response_body
<p>a</p>

<img data-a0="0" data-a1="1" data-a2="2" data-a3="3" data-a4="4" data-a5="5" data-a6="6" data-a7="7" data-a8="8" data-a9="9" data-a10="10" data-a11="11" data-a12="12" data-a13="13" data-a14="14" data-a15="15" data-a16="16" data-a17="17" data-a18="18" data-a19="19" data-a20="20" data-a21="21" data-a22="22" data-a23="23" data-a24="24" data-a25="25" data-a26="26" data-a27="27" data-a28="28" data-a29="29" data-a30="30" data-a31="31" data-a32="32" data-a33="33" data-a34="34" data-a35="35" data-a36="36" data-a37="37" data-a38="38" data-a39="39" src="/own.png">
--- no_error_log
[error]
[alert]


=== TEST 25: a 304 from the upstream is untouched
--- config
    location /s {
        privacy on;
        privacy_html on;
        default_type text/html;
        return 304;
    }
--- request
GET /s
--- error_code: 304
--- response_body
--- no_error_log
[error]
[alert]
