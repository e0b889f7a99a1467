# HTML enforcement edges: gzip from the upstream (inflated, filtered, sent
# without that encoding), encodings it cannot read, privacy_fail open and
# closed at the tag limit, CMP markup activation, Link headers, the pixel
# heuristic, and the responses it must leave alone.
use Test::Nginx::Socket 'no_plan';

# The long stylesheets of TESTs 41-45, as served ($inert 0) and as sent
# with tracker.test not granted ($inert 1)
sub parts_css {
    my ($inert) = @_;
    my ($tr, $imp) = $inert ? ("", "") : ("https://px.tracker.test/", "//cdn.tracker.test/");
    return join("", map {
        ".r$_ { background: url(" . ($inert ? "" : "$tr$_.gif") . ") no-repeat; }\n"
        . ".o$_ { background: url('/own/$_.png'); content: \"a;b}c\"; }\n"
        . "/* ; } $_ */ \@import \"" . ($inert ? "" : "$imp$_.css") . "\";\n" } 1 .. 60);
}

sub data_css {
    my ($inert) = @_;
    my $b64 = ("ABCDwxyz0189+/" x 250) . "==";
    my $tr = sub { $inert ? "url()" : "url(https://px.tracker.test/$_[0].gif)" };
    return ".a { background: " . $tr->("a") . "; }\n"
        . "\@font-face { font-family: F; src: url(data:font/woff2;base64,$b64) format(\"woff2\"); }\n"
        . ".b { background: " . $tr->("b") . "; }\n"
        . ".i { background: url( 'data:image/png;base64,$b64' ) }\n"
        . ".c { background: " . $tr->("c") . "; }\n";
}

no_shuffle();
run_tests();

__DATA__


=== TEST 1: gzip from the upstream (HTTP/1.1, or nginx does not compress) is inflated, filtered and sent without that encoding
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_http_version 1.1;
        add_header X-Upstream-Encoding $upstream_http_content_encoding;
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
X-Upstream-Encoding: gzip
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
        proxy_http_version 1.1;
        add_header X-Upstream-Encoding $upstream_http_content_encoding;
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
X-Upstream-Encoding: gzip
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


=== TEST 8: a tag over privacy_html_max_tag: fail open removes that element unexamined and scans on, logged
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
<p>end</p>
--- request
GET /s/long.html
--- response_body
<p>first</p>



<p>end</p>
--- error_log
<img> longer than privacy_html_max_tag (256) removed unexamined (privacy_fail open)
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


=== TEST 26: more than 512 attributes: even under privacy_fail open the element goes (a tracker could hide past the limit), with a warning
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
<img a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13 a14 a15 a16 a17 a18 a19 a20 a21 a22 a23 a24 a25 a26 a27 a28 a29 a30 a31 a32 a33 a34 a35 a36 a37 a38 a39 a40 a41 a42 a43 a44 a45 a46 a47 a48 a49 a50 a51 a52 a53 a54 a55 a56 a57 a58 a59 a60 a61 a62 a63 a64 a65 a66 a67 a68 a69 a70 a71 a72 a73 a74 a75 a76 a77 a78 a79 a80 a81 a82 a83 a84 a85 a86 a87 a88 a89 a90 a91 a92 a93 a94 a95 a96 a97 a98 a99 a100 a101 a102 a103 a104 a105 a106 a107 a108 a109 a110 a111 a112 a113 a114 a115 a116 a117 a118 a119 a120 a121 a122 a123 a124 a125 a126 a127 a128 a129 a130 a131 a132 a133 a134 a135 a136 a137 a138 a139 a140 a141 a142 a143 a144 a145 a146 a147 a148 a149 a150 a151 a152 a153 a154 a155 a156 a157 a158 a159 a160 a161 a162 a163 a164 a165 a166 a167 a168 a169 a170 a171 a172 a173 a174 a175 a176 a177 a178 a179 a180 a181 a182 a183 a184 a185 a186 a187 a188 a189 a190 a191 a192 a193 a194 a195 a196 a197 a198 a199 a200 a201 a202 a203 a204 a205 a206 a207 a208 a209 a210 a211 a212 a213 a214 a215 a216 a217 a218 a219 a220 a221 a222 a223 a224 a225 a226 a227 a228 a229 a230 a231 a232 a233 a234 a235 a236 a237 a238 a239 a240 a241 a242 a243 a244 a245 a246 a247 a248 a249 a250 a251 a252 a253 a254 a255 a256 a257 a258 a259 a260 a261 a262 a263 a264 a265 a266 a267 a268 a269 a270 a271 a272 a273 a274 a275 a276 a277 a278 a279 a280 a281 a282 a283 a284 a285 a286 a287 a288 a289 a290 a291 a292 a293 a294 a295 a296 a297 a298 a299 a300 a301 a302 a303 a304 a305 a306 a307 a308 a309 a310 a311 a312 a313 a314 a315 a316 a317 a318 a319 a320 a321 a322 a323 a324 a325 a326 a327 a328 a329 a330 a331 a332 a333 a334 a335 a336 a337 a338 a339 a340 a341 a342 a343 a344 a345 a346 a347 a348 a349 a350 a351 a352 a353 a354 a355 a356 a357 a358 a359 a360 a361 a362 a363 a364 a365 a366 a367 a368 a369 a370 a371 a372 a373 a374 a375 a376 a377 a378 a379 a380 a381 a382 a383 a384 a385 a386 a387 a388 a389 a390 a391 a392 a393 a394 a395 a396 a397 a398 a399 a400 a401 a402 a403 a404 a405 a406 a407 a408 a409 a410 a411 a412 a413 a414 a415 a416 a417 a418 a419 a420 a421 a422 a423 a424 a425 a426 a427 a428 a429 a430 a431 a432 a433 a434 a435 a436 a437 a438 a439 a440 a441 a442 a443 a444 a445 a446 a447 a448 a449 a450 a451 a452 a453 a454 a455 a456 a457 a458 a459 a460 a461 a462 a463 a464 a465 a466 a467 a468 a469 a470 a471 a472 a473 a474 a475 a476 a477 a478 a479 a480 a481 a482 a483 a484 a485 a486 a487 a488 a489 a490 a491 a492 a493 a494 a495 a496 a497 a498 a499 a500 a501 a502 a503 a504 a505 a506 a507 a508 a509 a510 a511 a512 a513 a514 a515 a516 a517 a518 a519 a520 a521 a522 a523 a524 a525 a526 a527 a528 a529 a530 a531 a532 a533 a534 a535 a536 a537 a538 a539 a540 a541 a542 a543 a544 a545 a546 a547 a548 a549 a550 a551 a552 a553 a554 a555 a556 a557 a558 a559 a560 a561 a562 a563 a564 a565 a566 a567 a568 a569 a570 a571 a572 a573 a574 a575 a576 a577 a578 a579 a580 a581 a582 a583 a584 a585 a586 a587 a588 a589 a590 a591 a592 a593 a594 a595 a596 a597 a598 a599 src="https://www.facebook.com/tr?id=1">
<p>z</p>
--- request
GET /s/many.html
--- response_body
<p>a</p>

<p>z</p>
--- error_log
removed unexamined
--- no_error_log
[error]
[alert]


=== TEST 27: more than 512 attributes: privacy_fail closed removes the element too
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_fail closed;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> many.html
<p>a</p>
<img a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13 a14 a15 a16 a17 a18 a19 a20 a21 a22 a23 a24 a25 a26 a27 a28 a29 a30 a31 a32 a33 a34 a35 a36 a37 a38 a39 a40 a41 a42 a43 a44 a45 a46 a47 a48 a49 a50 a51 a52 a53 a54 a55 a56 a57 a58 a59 a60 a61 a62 a63 a64 a65 a66 a67 a68 a69 a70 a71 a72 a73 a74 a75 a76 a77 a78 a79 a80 a81 a82 a83 a84 a85 a86 a87 a88 a89 a90 a91 a92 a93 a94 a95 a96 a97 a98 a99 a100 a101 a102 a103 a104 a105 a106 a107 a108 a109 a110 a111 a112 a113 a114 a115 a116 a117 a118 a119 a120 a121 a122 a123 a124 a125 a126 a127 a128 a129 a130 a131 a132 a133 a134 a135 a136 a137 a138 a139 a140 a141 a142 a143 a144 a145 a146 a147 a148 a149 a150 a151 a152 a153 a154 a155 a156 a157 a158 a159 a160 a161 a162 a163 a164 a165 a166 a167 a168 a169 a170 a171 a172 a173 a174 a175 a176 a177 a178 a179 a180 a181 a182 a183 a184 a185 a186 a187 a188 a189 a190 a191 a192 a193 a194 a195 a196 a197 a198 a199 a200 a201 a202 a203 a204 a205 a206 a207 a208 a209 a210 a211 a212 a213 a214 a215 a216 a217 a218 a219 a220 a221 a222 a223 a224 a225 a226 a227 a228 a229 a230 a231 a232 a233 a234 a235 a236 a237 a238 a239 a240 a241 a242 a243 a244 a245 a246 a247 a248 a249 a250 a251 a252 a253 a254 a255 a256 a257 a258 a259 a260 a261 a262 a263 a264 a265 a266 a267 a268 a269 a270 a271 a272 a273 a274 a275 a276 a277 a278 a279 a280 a281 a282 a283 a284 a285 a286 a287 a288 a289 a290 a291 a292 a293 a294 a295 a296 a297 a298 a299 a300 a301 a302 a303 a304 a305 a306 a307 a308 a309 a310 a311 a312 a313 a314 a315 a316 a317 a318 a319 a320 a321 a322 a323 a324 a325 a326 a327 a328 a329 a330 a331 a332 a333 a334 a335 a336 a337 a338 a339 a340 a341 a342 a343 a344 a345 a346 a347 a348 a349 a350 a351 a352 a353 a354 a355 a356 a357 a358 a359 a360 a361 a362 a363 a364 a365 a366 a367 a368 a369 a370 a371 a372 a373 a374 a375 a376 a377 a378 a379 a380 a381 a382 a383 a384 a385 a386 a387 a388 a389 a390 a391 a392 a393 a394 a395 a396 a397 a398 a399 a400 a401 a402 a403 a404 a405 a406 a407 a408 a409 a410 a411 a412 a413 a414 a415 a416 a417 a418 a419 a420 a421 a422 a423 a424 a425 a426 a427 a428 a429 a430 a431 a432 a433 a434 a435 a436 a437 a438 a439 a440 a441 a442 a443 a444 a445 a446 a447 a448 a449 a450 a451 a452 a453 a454 a455 a456 a457 a458 a459 a460 a461 a462 a463 a464 a465 a466 a467 a468 a469 a470 a471 a472 a473 a474 a475 a476 a477 a478 a479 a480 a481 a482 a483 a484 a485 a486 a487 a488 a489 a490 a491 a492 a493 a494 a495 a496 a497 a498 a499 a500 a501 a502 a503 a504 a505 a506 a507 a508 a509 a510 a511 a512 a513 a514 a515 a516 a517 a518 a519 a520 a521 a522 a523 a524 a525 a526 a527 a528 a529 a530 a531 a532 a533 a534 a535 a536 a537 a538 a539 a540 a541 a542 a543 a544 a545 a546 a547 a548 a549 a550 a551 a552 a553 a554 a555 a556 a557 a558 a559 a560 a561 a562 a563 a564 a565 a566 a567 a568 a569 a570 a571 a572 a573 a574 a575 a576 a577 a578 a579 a580 a581 a582 a583 a584 a585 a586 a587 a588 a589 a590 a591 a592 a593 a594 a595 a596 a597 a598 a599 src="https://www.facebook.com/tr?id=1">
<p>z</p>
--- request
GET /s/many.html
--- response_body
<p>a</p>

<p>z</p>
--- error_log
removed unexamined
--- no_error_log
[error]
[alert]



=== TEST 28: Refresh response headers to a tracker are removed (either reading of a quoted URL)
Chromium follows a Refresh header as a meta refresh, to the last quote of a
quoted URL: "'https://first.example'x.doubleclick.net/r'" is a subdomain
of the tracker there
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        add_header Refresh "5;url=/next";
        add_header Refresh "0;url='https://first.example'x.doubleclick.net/r'";
        add_header Refresh "0; URL=https://ad.doubleclick.net/r2";
        alias html/;
    }
--- user_files
>>> p.html
<p>x</p>
--- request
GET /s/p.html
--- raw_response_headers_like: Refresh: 5;url=/next\r\n
--- raw_response_headers_unlike: doubleclick
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]


=== TEST 29: a Refresh header to a granted category stays
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        add_header Refresh "0;url='https://first.example'x.doubleclick.net/r'";
        alias html/;
    }
--- user_files
>>> p.html
<p>x</p>
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- request
GET /s/p.html
--- raw_response_headers_like: Refresh: 0;url='https://first.example'x.doubleclick.net/r'\r\n
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]



=== TEST 30: a Refresh header too long to read (over 4 KB) is removed, with a warning
--- http_config
    privacy_category marketing { host doubleclick.net; }
--- config eval
"location /s/ {
    privacy on;
    privacy_html on;
    default_type text/html;
    set \$a \"" . ("a" x 2600) . "\";
    add_header Refresh \"0;url=/\$a\$a\";
    alias html/;
}"
--- user_files
>>> p.html
<p>x</p>
--- request
GET /s/p.html
--- response_headers
!Refresh
--- response_body
<p>x</p>
--- error_log
a Refresh header of 5207 bytes removed unread
--- no_error_log
[error]
[alert]



=== TEST 31: a Link header too long to read (over 4 KB) is removed, with a warning; a short one is read
--- http_config
    privacy_category marketing { host doubleclick.net; }
--- config eval
"location /s/ {
    privacy on;
    privacy_html on;
    default_type text/html;
    set \$a \"" . ("a" x 2600) . "\";
    add_header Link \"</\$a\$a.css>; rel=preload; as=style\";
    add_header Link \"</app.css>; rel=preload; as=style\";
    alias html/;
}"
--- user_files
>>> p.html
<p>x</p>
--- request
GET /s/p.html
--- response_headers
Link: </app.css>; rel=preload; as=style
--- raw_response_headers_unlike: aaaa
--- response_body
<p>x</p>
--- error_log
a Link header of 5230 bytes removed unread
--- no_error_log
[error]
[alert]



=== TEST 32: Speculation-Rules headers naming a tracker's rule set are removed; a first-party one stays
Checked in headless Chromium: the header made it fetch the rule set from
the tracker's host.  Any name case, a list of two, a scheme-relative URL
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        add_header Speculation-Rules '"/rules.json"';
        add_header Speculation-Rules '"/r2.json", "https://ad.doubleclick.net/rules.json"';
        add_header speculation-rules '"//ad.doubleclick.net/s.json"';
        alias html/;
    }
--- user_files
>>> p.html
<p>x</p>
--- request
GET /s/p.html
--- raw_response_headers_like: Speculation-Rules: "/rules.json"\r\n
--- raw_response_headers_unlike: doubleclick|r2\.json
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]



=== TEST 33: a Speculation-Rules header naming a granted category stays
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        add_header Speculation-Rules '"/r2.json", "https://ad.doubleclick.net/rules.json"';
        alias html/;
    }
--- user_files
>>> p.html
<p>x</p>
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- request
GET /s/p.html
--- raw_response_headers_like: Speculation-Rules: "/r2.json", "https://ad.doubleclick.net/rules.json"\r\n
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]



=== TEST 34: Content-Security-Policy: a report-uri to a tracker is taken out, the policy stays; first-party report-uri and granted ones stay
Checked in headless Chromium: a violation made it POST a report to the
tracker's host through the previous module, none through this one
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        add_header Content-Security-Policy "img-src 'none'; REPORT-URI https://ad.doubleclick.net/csp /csp; script-src 'self', default-src 'self'; report-uri /r2";
        add_header Content-Security-Policy-Report-Only "img-src 'self'; report-uri https://www.googletagmanager.com/r //x.doubleclick.net/r";
        alias html/;
    }
--- user_files
>>> p.html
<p>x</p>
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- request
GET /s/p.html
--- raw_response_headers_like: Content-Security-Policy: img-src 'none';; script-src 'self', default-src 'self'; report-uri /r2\r\nContent-Security-Policy-Report-Only: img-src 'self';\r\n
--- raw_response_headers_unlike: doubleclick|googletagmanager
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]



=== TEST 35: Reporting-Endpoints and Report-To naming a tracker are removed; first-party ones stay
Reports (CSP, deprecations, crashes, NEL) go to these endpoints
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        add_header Reporting-Endpoints 'default="/reports", csp="https://ad.doubleclick.net/r"';
        add_header Report-To '{"group":"nel","max_age":86400,"endpoints":[{"url":"https:\/\/ad.doubleclick.net\/nel"}]}';
        add_header Report-To '{"group":"own","max_age":86400,"endpoints":[{"url":"/nel"}]}';
        add_header Reporting-Endpoints 'main="/r2"';
        alias html/;
    }
--- user_files
>>> p.html
<p>x</p>
--- request
GET /s/p.html
--- raw_response_headers_like: Report-To: \{"group":"own","max_age":86400,"endpoints":\[\{"url":"/nel"\}\]\}\r\nReporting-Endpoints: main="/r2"\r\n
--- raw_response_headers_unlike: doubleclick
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]



=== TEST 36: a Link URL longer than privacy_html_max_tag is classified by its host and what fits
the limit bounds a tag's buffer, not the URLs of headers (read to 4 KB)
--- http_config
    privacy_category analytics { host google-analytics.com; }
--- config eval
"location /s/ {
    privacy on;
    privacy_html on;
    privacy_html_max_tag 256;
    default_type text/html;
    set \$a \"" . ("a" x 400) . "\";
    add_header Link \"<https://www.google-analytics.com/analytics.js?v=\$a>; rel=preload; as=script, </app.css?v=\$a>; rel=preload; as=style\";
    alias html/;
}"
--- user_files
>>> p.html
<p>x</p>
--- request
GET /s/p.html
--- response_headers_like
Link: </app\.css\?v=a{400}>; rel=preload; as=style
--- raw_response_headers_unlike: google-analytics
--- response_body
<p>x</p>
--- no_error_log
[error]
[alert]



=== TEST 37: a stylesheet (text/css) is read as CSS: its tracker @import and url() are made inert, its own URLs stay
a site's own /site.css made Chromium contact the tracker through the gateway when it passed unread (t/browser/css-file.pl)
--- http_config
    privacy_category marketing { host tracker.test; url https://px.example/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/css;
        alias html/;
    }
--- user_files
>>> site.css
@import url("https://px.tracker.test/import.css");
@import "//cdn.tracker.test/b.css";
.hero { background: url(https://px.tracker.test/file.gif) no-repeat; }
.logo { background-image: url("/img/logo.png"); }
.rel { background: url(../tr?x=1), url(https://px.example/tr?y=1); }
--- request
GET /s/site.css
--- response_headers
Content-Type: text/css
!Content-Length
--- response_body
@import url();
@import "";
.hero { background: url() no-repeat; }
.logo { background-image: url("/img/logo.png"); }
.rel { background: url(../tr?x=1), url(); }
--- no_error_log
[error]
[alert]



=== TEST 38: a stylesheet with marketing granted passes unchanged, and varies with the consent
--- http_config
    privacy_category marketing { host tracker.test; }
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/css;
        alias html/;
    }
--- user_files
>>> site.css
.hero { background: url(https://px.tracker.test/file.gif); }
--- request
GET /s/site.css
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- response_headers
Vary: Cookie, DNT, Sec-GPC
--- response_body
.hero { background: url(https://px.tracker.test/file.gif); }
--- no_error_log
[error]
[alert]



=== TEST 39: a stylesheet with a stretch longer than privacy_html_max_inline that cannot be cut (a comment): what is held is read, the rest passed unread, with a warning
--- http_config
    privacy_category marketing { host tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        default_type text/css;
        alias html/;
    }
--- user_files eval
[["site.css", ".a { background: url(https://px.tracker.test/a.gif); }\n/*" . ("x" x 1200) . "*/\n.b { background: url(https://px.tracker.test/b.gif); }\n"]]
--- request
GET /s/site.css
--- response_body eval
".a { background: url(); }\n/*" . ("x" x 1200) . "*/\n.b { background: url(https://px.tracker.test/b.gif); }\n"
--- error_log
a stylesheet with more than privacy_html_max_inline (1024) bytes in a row that cannot be read apart: what is held is read, the rest passed unread
--- no_error_log
[error]
[alert]



=== TEST 40: a gzip stylesheet from the upstream is inflated and read
--- http_config
    privacy_category marketing { host tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        proxy_http_version 1.1;
        add_header X-Upstream-Encoding $upstream_http_content_encoding;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /site.css {
        default_type text/css;
        gzip on;
        gzip_min_length 1;
        gzip_types text/css;
    }
--- user_files
>>> site.css
.hero { background: url(https://px.tracker.test/file.gif); }
.own { background: url(/img/own.png); }
--- request
GET /s/site.css
--- more_headers
Accept-Encoding: gzip
--- response_headers
!Content-Encoding
X-Upstream-Encoding: gzip
--- response_body
.hero { background: url(); }
.own { background: url(/img/own.png); }
--- no_error_log
[error]
[alert]



=== TEST 41: a stylesheet far longer than privacy_html_max_inline is read in parts: every tracker URL made inert, wherever it is, with no warning
Parts end at the last ";", "{" or "}" outside comments, strings and
parentheses; a url() across the 1k bound, a string with ";" and "}", and a
comment with them stay whole.
--- http_config
    privacy_category marketing { host tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        default_type text/css;
        alias html/;
    }
--- user_files eval
[["site.css", main::parts_css(0)]]
--- request
GET /s/site.css
--- response_body eval
main::parts_css(1)
--- no_error_log
cannot be read apart
[error]
[alert]



=== TEST 42: the same stylesheet from an upstream in bufs of 256 bytes: the same result
--- http_config
    privacy_category marketing { host tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        proxy_buffering on;
        proxy_buffer_size 256;
        proxy_buffers 4 256;
        proxy_busy_buffers_size 256;
        proxy_max_temp_file_size 0;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /site.css {
        default_type text/css;
        root html;
    }
--- user_files eval
[["site.css", main::parts_css(0)]]
--- request
GET /s/site.css
--- response_body eval
main::parts_css(1)
--- no_error_log
cannot be read apart
[error]
[alert]



=== TEST 43: data: URLs longer than privacy_html_max_inline (inline fonts, images) pass unheld: the tracker URLs before, between and after them are made inert, with no warning
--- http_config
    privacy_category marketing { host tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        default_type text/css;
        alias html/;
    }
--- user_files eval
[["site.css", main::data_css(0)]]
--- request
GET /s/site.css
--- response_body eval
main::data_css(1)
--- no_error_log
cannot be read apart
[error]
[alert]



=== TEST 44: a data: URL longer than privacy_html_max_inline with a byte that base64 has not (a blank): the reading stops there, with a warning
--- http_config
    privacy_category marketing { host tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        default_type text/css;
        alias html/;
    }
--- user_files eval
my $b64 = "ABCDwxyz0189+/" x 150;
[["site.css", ".a { background: url(https://px.tracker.test/a.gif); }\n"
  . ".f { src: url(data:font/woff2;base64,$b64 $b64); }\n"
  . ".b { background: url(https://px.tracker.test/b.gif); }\n"]]
--- request
GET /s/site.css
--- response_body eval
my $b64 = "ABCDwxyz0189+/" x 150;
".a { background: url(); }\n"
  . ".f { src: url(data:font/woff2;base64,$b64 $b64); }\n"
  . ".b { background: url(https://px.tracker.test/b.gif); }\n"
--- error_log
a stylesheet with more than privacy_html_max_inline (1024) bytes in a row that cannot be read apart
--- no_error_log
[error]
[alert]



=== TEST 45: the same data: URLs from an upstream in bufs of 256 bytes: the same result
--- http_config
    privacy_category marketing { host tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_max_inline 1k;
        proxy_buffering on;
        proxy_buffer_size 256;
        proxy_buffers 4 256;
        proxy_busy_buffers_size 256;
        proxy_max_temp_file_size 0;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /site.css {
        default_type text/css;
        root html;
    }
--- user_files eval
[["site.css", main::data_css(0)]]
--- request
GET /s/site.css
--- response_body eval
main::data_css(1)
--- no_error_log
cannot be read apart
[error]
[alert]
