# Streaming: the same page through every buffer size (output_buffers 1 N
# hands the filter N-byte recycled bufs), byte identity of pages without
# trackers, raw text and comments that must not be touched.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: output_buffers 1 1
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 1;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 2: output_buffers 1 2
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 2;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 3: output_buffers 1 3
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 3;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 4: output_buffers 1 7
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 7;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 5: output_buffers 1 64
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 64;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 6: output_buffers 1 4096
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 4096;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 7: output_buffers 1 7 with postpone_output 1 (a flush per write)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 7;
        postpone_output 1;
        alias html/;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 8: a page without trackers is byte-identical (output_buffers 1 1)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 1;
        alias html/;
    }
--- user_files
>>> clean.html
<!DOCTYPE html>
<HTML><Head><TITLE>x</TITLE>
<meta charset=utf-8><link rel=stylesheet href=/a.css>
<script>if (a < b && c > d) { document.write("<img src=" + u + ">"); }</script>
<!--[if IE]><script src="/ie.js"></script><![endif]-->
<![CDATA[ <img src=x> ]]>
<?php echo 1; ?>
</Head><body class=x data-a='b' data-c="d" e = f g>
<img src=/a.png alt="a > b" title='c " d'><img src="" /><img/src="/b.png">
<a href="/x">x</a> <a href=/y ping=/count>y</a>
<svg><script href="/s.js"></script></svg>
<p>< not a tag, &lt; entities &#x3C; &#60;</p>
<iframe src="/embed/video" title="own"></iframe>
<script type="module">import x from "/m.js"; const s = `</p><img>`;</script>
</body></HTML>
--- request
GET /s/clean.html
--- response_body
<!DOCTYPE html>
<HTML><Head><TITLE>x</TITLE>
<meta charset=utf-8><link rel=stylesheet href=/a.css>
<script>if (a < b && c > d) { document.write("<img src=" + u + ">"); }</script>
<!--[if IE]><script src="/ie.js"></script><![endif]-->
<![CDATA[ <img src=x> ]]>
<?php echo 1; ?>
</Head><body class=x data-a='b' data-c="d" e = f g>
<img src=/a.png alt="a > b" title='c " d'><img src="" /><img/src="/b.png">
<a href="/x">x</a> <a href=/y ping=/count>y</a>
<svg><script href="/s.js"></script></svg>
<p>< not a tag, &lt; entities &#x3C; &#60;</p>
<iframe src="/embed/video" title="own"></iframe>
<script type="module">import x from "/m.js"; const s = `</p><img>`;</script>
</body></HTML>
--- no_error_log
[error]
[alert]


=== TEST 9: a page without trackers is byte-identical (output_buffers 1 5)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 5;
        alias html/;
    }
--- user_files
>>> clean.html
<!DOCTYPE html>
<HTML><Head><TITLE>x</TITLE>
<meta charset=utf-8><link rel=stylesheet href=/a.css>
<script>if (a < b && c > d) { document.write("<img src=" + u + ">"); }</script>
<!--[if IE]><script src="/ie.js"></script><![endif]-->
<![CDATA[ <img src=x> ]]>
<?php echo 1; ?>
</Head><body class=x data-a='b' data-c="d" e = f g>
<img src=/a.png alt="a > b" title='c " d'><img src="" /><img/src="/b.png">
<a href="/x">x</a> <a href=/y ping=/count>y</a>
<svg><script href="/s.js"></script></svg>
<p>< not a tag, &lt; entities &#x3C; &#60;</p>
<iframe src="/embed/video" title="own"></iframe>
<script type="module">import x from "/m.js"; const s = `</p><img>`;</script>
</body></HTML>
--- request
GET /s/clean.html
--- response_body
<!DOCTYPE html>
<HTML><Head><TITLE>x</TITLE>
<meta charset=utf-8><link rel=stylesheet href=/a.css>
<script>if (a < b && c > d) { document.write("<img src=" + u + ">"); }</script>
<!--[if IE]><script src="/ie.js"></script><![endif]-->
<![CDATA[ <img src=x> ]]>
<?php echo 1; ?>
</Head><body class=x data-a='b' data-c="d" e = f g>
<img src=/a.png alt="a > b" title='c " d'><img src="" /><img/src="/b.png">
<a href="/x">x</a> <a href=/y ping=/count>y</a>
<svg><script href="/s.js"></script></svg>
<p>< not a tag, &lt; entities &#x3C; &#60;</p>
<iframe src="/embed/video" title="own"></iframe>
<script type="module">import x from "/m.js"; const s = `</p><img>`;</script>
</body></HTML>
--- no_error_log
[error]
[alert]


=== TEST 10: a page without trackers is byte-identical (output_buffers 1 8192)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        sendfile off;
        output_buffers 1 8192;
        alias html/;
    }
--- user_files
>>> clean.html
<!DOCTYPE html>
<HTML><Head><TITLE>x</TITLE>
<meta charset=utf-8><link rel=stylesheet href=/a.css>
<script>if (a < b && c > d) { document.write("<img src=" + u + ">"); }</script>
<!--[if IE]><script src="/ie.js"></script><![endif]-->
<![CDATA[ <img src=x> ]]>
<?php echo 1; ?>
</Head><body class=x data-a='b' data-c="d" e = f g>
<img src=/a.png alt="a > b" title='c " d'><img src="" /><img/src="/b.png">
<a href="/x">x</a> <a href=/y ping=/count>y</a>
<svg><script href="/s.js"></script></svg>
<p>< not a tag, &lt; entities &#x3C; &#60;</p>
<iframe src="/embed/video" title="own"></iframe>
<script type="module">import x from "/m.js"; const s = `</p><img>`;</script>
</body></HTML>
--- request
GET /s/clean.html
--- response_body
<!DOCTYPE html>
<HTML><Head><TITLE>x</TITLE>
<meta charset=utf-8><link rel=stylesheet href=/a.css>
<script>if (a < b && c > d) { document.write("<img src=" + u + ">"); }</script>
<!--[if IE]><script src="/ie.js"></script><![endif]-->
<![CDATA[ <img src=x> ]]>
<?php echo 1; ?>
</Head><body class=x data-a='b' data-c="d" e = f g>
<img src=/a.png alt="a > b" title='c " d'><img src="" /><img/src="/b.png">
<a href="/x">x</a> <a href=/y ping=/count>y</a>
<svg><script href="/s.js"></script></svg>
<p>< not a tag, &lt; entities &#x3C; &#60;</p>
<iframe src="/embed/video" title="own"></iframe>
<script type="module">import x from "/m.js"; const s = `</p><img>`;</script>
</body></HTML>
--- no_error_log
[error]
[alert]


=== TEST 11: proxied with small proxy buffers
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
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /t/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 12: proxied without buffering (one reused upstream buffer)
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_buffering off;
        proxy_buffer_size 512;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files
>>> page.html
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>
<link rel="dns-prefetch" href="//www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" height="1" width="1" alt="">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- request
GET /t/page.html
--- response_body
<!DOCTYPE html>
<html><head><title>a <script src="https://www.google-analytics.com/x.js"></script> title</title>


<script>var t = "</scr" + "ipt><img src=https://www.facebook.com/tr>"; if (a<b) {}</script>
<style>/* <img src="https://www.facebook.com/tr"> */ p { color: red }</style>
</head><body>
<!-- <img src="https://www.facebook.com/tr?id=1"> in a comment -->
<p>text &amp; more &lt;img&gt;</p>
<textarea><img src="https://www.facebook.com/tr?id=9"></textarea>

<noscript></noscript>
<iframe src="https://www.youtube.com/embed/x"></iframe>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 13: an SSI subrequest is filtered too
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        ssi on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> main.html
<p>before</p>
<!--# include virtual="/s/frag.html" -->
<p>after</p>
>>> frag.html
<img src="https://www.facebook.com/tr?id=5" alt=""><b>frag</b>
--- request
GET /s/main.html
--- response_body
<p>before</p>
<b>frag</b>

<p>after</p>
--- no_error_log
[error]
[alert]


=== TEST 14: proxied in several reads, buffered, the end held for the last buf: two pages on one keep-alive connection
# Once the upstream has sent all (Content-Length reached) the filter keeps
# the end of the page for the last buf that nginx sends at once, so both go
# out in one write; the page arrives in pieces (limit_rate), the next
# request on the connection must find it complete.
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net connect.facebook.net; }
    upstream back { server 127.0.0.1:$TEST_NGINX_SERVER_PORT; keepalive 2; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_buffer_size 1k;
        proxy_buffers 4 1k;
        proxy_busy_buffers_size 1k;
        proxy_pass http://back/;
    }
    location = /page.html {
        default_type text/html;
        limit_rate_after 2k;
        limit_rate 32k;
    }
--- user_files eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 60;
[["page.html", "<!DOCTYPE html>\n<html><body>\n" . $fill
  . qq{<img src="https://www.facebook.com/tr?id=1" height="1" width="1">\n}
  . $fill . qq{<img src="https://ad.doubleclick.net/p.gif" alt="">}
  . "</body></html>\n"]]
--- pipelined_requests eval
["GET /t/page.html", "GET /t/page.html"]
--- response_body eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 60;
my $page = "<!DOCTYPE html>\n<html><body>\n" . $fill . "\n" . $fill
           . "</body></html>\n";
[$page, $page]
--- no_error_log
[error]
[alert]


=== TEST 15: proxied, buffered: a page that ends inside a script it held goes out whole with the last buf
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { url https://www.facebook.com/tr; host connect.facebook.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_buffer_size 1k;
        proxy_buffers 4 1k;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
    }
--- user_files eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 40;
[["page.html", "<!DOCTYPE html>\n<html><body>\n" . $fill
  . "<script>var kept = 1;</script>\n"
  . "<script>var s = document.createElement('script');"
  . " s.src = 'https://connect.facebook.net/en_US/fbevents.js';"
  . " document.head.appendChild(s);"]]
--- request
GET /t/page.html
--- response_body eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 40;
"<!DOCTYPE html>\n<html><body>\n" . $fill . "<script>var kept = 1;</script>\n"
--- no_error_log
[error]
[alert]


=== TEST 16: proxied without buffering, in several reads: nothing is held for the last buf
# Without buffering nginx finalizes only once every upstream buf is sent:
# a filter holding the end of the page would leave the response hanging.
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_buffering off;
        proxy_buffer_size 1k;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
        limit_rate_after 2k;
        limit_rate 32k;
    }
--- user_files eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 60;
[["page.html", "<!DOCTYPE html>\n<html><body>\n" . $fill
  . qq{<img src="https://www.facebook.com/tr?id=1" height="1" width="1">\n}
  . $fill . "</body></html>\n"]]
--- request
GET /t/page.html
--- response_body eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 60;
"<!DOCTYPE html>\n<html><body>\n" . $fill . "\n" . $fill . "</body></html>\n"
--- no_error_log
[error]
[alert]


=== TEST 17: proxied over HTTP/1.0, a page without Content-Length ends when the upstream closes: held to the last buf too
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_buffer_size 1k;
        proxy_buffers 4 1k;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/u/;
    }
    location /u/ {
        # SSI drops the Content-Length: over HTTP/1.0 the close ends it
        ssi on;
        default_type text/html;
        alias html/;
        limit_rate_after 2k;
        limit_rate 32k;
    }
--- user_files eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 60;
[["page.html", "<!DOCTYPE html>\n<html><body>\n" . $fill
  . qq{<img src="https://www.facebook.com/tr?id=1" height="1" width="1">\n}
  . $fill . "</body></html>\n"]]
--- request
GET /t/page.html
--- response_body eval
my $fill = "<p>filler text of the page, nothing to remove in it</p>\n" x 60;
"<!DOCTYPE html>\n<html><body>\n" . $fill . "\n" . $fill . "</body></html>\n"
--- no_error_log
[error]
[alert]
