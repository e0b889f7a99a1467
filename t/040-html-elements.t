# HTML enforcement by element kind: script, img (src, srcset), iframe, link
# hints, a ping, object, embed, inside noscript, inline script with CMP markup;
# remove and neutralize; granted and not granted.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: nothing granted, remove: every tracker element is gone
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        add_header X-Removed $privacy_elements_removed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- response_body
<!DOCTYPE html>





<link rel="stylesheet" href="/site.css">
<a href="/next">next</a>


<noscript></noscript>


<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 2: nothing granted, neutralize: every tracker element is inert
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_action neutralize;
        add_header X-Removed $privacy_elements_removed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- response_body
<!DOCTYPE html>
<script data-privacy-src="https://www.googletagmanager.com/gtag/js?id=G-1" type="text/plain"></script>
<img data-privacy-src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img data-privacy-srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe data-privacy-src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" data-privacy-href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next">next</a>
<object data-privacy-data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed data-privacy-src="https://ad.doubleclick.net/e.swf">
<noscript><img data-privacy-src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT data-privacy-SRC=//www.google-analytics.com/analytics.js type="text/plain"></SCRIPT>
<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 3: everything granted, remove: the page is unchanged
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        add_header X-Removed $privacy_elements_removed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
--- response_body
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 4: everything granted, neutralize: the page is unchanged
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_action neutralize;
        add_header X-Removed $privacy_elements_removed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
--- response_body
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 5: analytics granted only: marketing elements go, analytics stay
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        add_header X-Removed $privacy_elements_removed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>



<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>


<noscript></noscript>

<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 6: GPC withdraws marketing from a full grant
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        add_header X-Removed $privacy_elements_removed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- more_headers
Cookie: privacy_consent=1:analytics.marketing:1732300000:0
Sec-GPC: 1
--- response_body
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>



<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>


<noscript></noscript>

<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 7: filtered responses: no Content-Length, weak ETag, no ranges, Vary
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
    location = /kinds.html {
        default_type text/html;
        etag on;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- response_headers_like
ETag: W/".+"
Vary: Cookie, DNT, Sec-GPC
Accept-Ranges:
Content-Length:
--- response_body
<!DOCTYPE html>





<link rel="stylesheet" href="/site.css">
<a href="/next">next</a>


<noscript></noscript>


<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 8: $privacy_elements_removed counts the elements removed
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
    log_format removed "privacy-removed: [$privacy_elements_removed]";
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        access_log logs/error.log removed;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- response_body
<!DOCTYPE html>





<link rel="stylesheet" href="/site.css">
<a href="/next">next</a>


<noscript></noscript>


<img src="/logo.png" alt="logo">
--- error_log
privacy-removed: [11]
--- no_error_log
[error]
[alert]


=== TEST 9: other content types are not scanned
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
    location = /kinds.txt {
        default_type text/plain;
    }
--- user_files
>>> kinds.txt
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.txt
--- response_body
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 10: privacy_html_types adds a type
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_html_types application/xhtml+xml;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.xhtml {
        default_type application/xhtml+xml;
    }
--- user_files
>>> kinds.xhtml
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.xhtml
--- response_body
<!DOCTYPE html>





<link rel="stylesheet" href="/site.css">
<a href="/next">next</a>


<noscript></noscript>


<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 11: privacy off: the body filter does nothing
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host google-analytics.com googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /t/ {
        privacy off;
        privacy_html on;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /kinds.html {
        default_type text/html;
    }
--- user_files
>>> kinds.html
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- request
GET /t/kinds.html
--- response_body
<!DOCTYPE html>
<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<img srcset="https://www.facebook.com/tr?id=2 1x, /logo@2x.png 2x" alt="">
<iframe src="https://td.doubleclick.net/x"></iframe>
<link rel="preload" href="https://www.google-analytics.com/analytics.js" as="script">
<link rel="stylesheet" href="/site.css">
<a href="/next" ping="https://www.google-analytics.com/ping">next</a>
<object data="https://ad.doubleclick.net/o.swf"><param name="a" value="b"></object>
<embed src="https://ad.doubleclick.net/e.swf">
<noscript><img src="https://www.facebook.com/tr?id=3"></noscript>
<script type="text/plain" data-category="marketing">fbq('init')</script>
<SCRIPT SRC=//www.google-analytics.com/analytics.js></SCRIPT>
<img src="/logo.png" alt="logo">
--- no_error_log
[error]
[alert]


=== TEST 12: a link's xlink:href fetches nothing: kept; an image's is a URL
--- http_config
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        charset utf-8;
        alias html/;
    }
--- user_files eval
[["page.html", "<link rel=\"stylesheet\" href=\"/site.css\" xlink:href=\"https://www.facebook.com/tr?id=40\">\n<LINK REL=preload as=image href=/a.png XLINK:HREF=https://www.googletagmanager.com/x.js>\n<image xlink:href=\"https://www.facebook.com/tr?id=41\">\n<image href=\"/b.png\">\n"]]
--- request
GET /s/page.html
--- response_body eval
"<link rel=\"stylesheet\" href=\"/site.css\" xlink:href=\"https://www.facebook.com/tr?id=40\">\n<LINK REL=preload as=image href=/a.png XLINK:HREF=https://www.googletagmanager.com/x.js>\n\n<image href=\"/b.png\">\n"
--- no_error_log
[error]
[alert]



=== TEST 13: srcset split as the browser splits it: trailing commas, parentheses
Chromium fetches "/px/pixel.gif" for "/px/pixel.gif,," (every trailing
comma goes) and "/x.gif" of the second candidate after "(,q)," (a comma in
parentheses is a descriptor's); the first-party lists are kept as they are
--- http_config
    privacy_category marketing {
        url ~^https?://[^?]*/pixel\.gif$;
        host tracker.example;
    }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>start</p>
<img srcset="/px/pixel.gif,, /logo@2x.png 2x" alt="1">
<img srcset="/a.png (,q),https://tracker.example/x.gif 1x" alt="2">
<img srcset="/a.png 1x,/px/pixel.gif 2x" alt="3">
<img srcset="/a.png 1x, /b.png 2x" alt="4">
<img srcset="/px/pixel.gif.png,, /c.png 2x" alt="5">
<img srcset="/a.png (x, y), /b.png 2x" alt="6">
<a href="/n" ping="/p1,/p2 https://tracker.example/p">7</a>
--- request
GET /s/page.html
--- response_body
<p>start</p>



<img srcset="/a.png 1x, /b.png 2x" alt="4">
<img srcset="/px/pixel.gif.png,, /c.png 2x" alt="5">
<img srcset="/a.png (x, y), /b.png 2x" alt="6">
<a href="/n">7</a>
--- no_error_log
[error]
[alert]



=== TEST 14: meta refresh: the URL as browsers read it, both ends of a quoted one
Chromium ends a quoted URL at its last quote ("'https://first.example'@
tracker.example/r'" takes it to tracker.example), the HTML standard at the
first: a refresh goes when either reading is a tracker
--- http_config
    privacy_category marketing { host tracker.example; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>start</p>
<meta http-equiv="refresh" content="0;url=https://tracker.example/r1">
<meta http-equiv="refresh" content="0; URL = 'https://tracker.example/r2'">
<meta http-equiv="refresh" content="0;url='https://first.example'@tracker.example/r3'">
<meta http-equiv="refresh" content="0;url='https://tracker.example/r4'x'">
<meta http-equiv="refresh" content="0;url='https://first.example'x.tracker.example/r6'">
<meta http-equiv="refresh" content="0,https://tracker.example/r5">
<meta http-equiv="refresh" content="0;url=/next">
<meta http-equiv="refresh" content="0;url='/a'/b'">
<meta http-equiv="refresh" content="5">
<meta http-equiv="refresh" content="0;url=''">
<p>end</p>
--- request
GET /s/page.html
--- response_body
<p>start</p>






<meta http-equiv="refresh" content="0;url=/next">
<meta http-equiv="refresh" content="0;url='/a'/b'">
<meta http-equiv="refresh" content="5">
<meta http-equiv="refresh" content="0;url=''">
<p>end</p>
--- no_error_log
[error]
[alert]



=== TEST 15: link rel=compression-dictionary fetches its href (Chromium does): a tracker's goes
--- http_config
    privacy_category marketing { host tracker.example; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>start</p>
<link rel="compression-dictionary" href="https://tracker.example/d1">
<link rel="Dictionary" href="https://tracker.example/d2">
<link rel="compression-dictionary" href="/d3">
<link rel="next" href="https://tracker.example/d4">
<p>end</p>
--- request
GET /s/page.html
--- response_body
<p>start</p>


<link rel="compression-dictionary" href="/d3">
<link rel="next" href="https://tracker.example/d4">
<p>end</p>
--- no_error_log
[error]
[alert]



=== TEST 16: a frame's data: or javascript: URL is a document: its elements and script count, as a srcdoc's do (checked in headless Chromium: each of these fetched the tracker through the previous module)
--- http_config
    privacy_category marketing { host tracker.example; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>start</p>
<iframe src="data:text/html,&lt;img src=&quot;https://tracker.example/a&quot;&gt;"></iframe>
<iframe src="DATA:text/html;base64,PGltZyBzcmM9Imh0dHBzOi8vdHJhY2tlci5leGFtcGxlL2IiPg=="></iframe>
<object data="data:text/html,%3Cimg%20src=%22https://tracker.example/c%22%3E"></object>
<embed src="data:image/svg+xml,&lt;svg xmlns=&quot;http://www.w3.org/2000/svg&quot;&gt;&lt;image href=&quot;https://tracker.example/d&quot;/&gt;&lt;/svg&gt;">
<iframe src="javascript:'&lt;img src=&quot;https://tracker.example/e&quot;&gt;'"></iframe>
<iframe src="java&#9;script:new Image().src='https://tracker.example/f'"></iframe>
<iframe src="data:text/html,&lt;p&gt;hello&lt;/p&gt;"></iframe>
<iframe src="javascript:void(0)"></iframe>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<p>end</p>
--- request
GET /s/page.html
--- response_body
<p>start</p>






<iframe src="data:text/html,&lt;p&gt;hello&lt;/p&gt;"></iframe>
<iframe src="javascript:void(0)"></iframe>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<p>end</p>
--- no_error_log
[error]
[alert]
