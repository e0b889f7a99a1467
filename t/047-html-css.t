# CSS in pages: url(), @import and image-set() in style attributes and
# <style> blocks are classified by the same rules as element URLs; a URL
# that is not granted is made inert (emptied: url(), "") and the rest of
# the styles stay.  Also the tags a browser with JavaScript reads
# differently inside <noscript>.  The same pages in Chromium: make
# test-browser-diff.
use Test::Nginx::Socket 'no_plan';

no_long_string();
no_shuffle();
run_tests();

__DATA__

=== TEST 1: style attribute of an img: the tracker's url() emptied, the element stays
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files eval
[["page.html", "<p>a</p>\n<img src=\"/local.png\" style=\"background:url(https://www.facebook.com/tr?id=1) no-repeat;width:1px\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<img src=\"/local.png\" style=\"background:url() no-repeat;width:1px\" alt=\"\">\n<p>z</p>\n"
--- no_error_log
[error]
[alert]



=== TEST 2: first-party and relative URLs in a style attribute: byte for byte
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files eval
[["page.html", "<img src=\"/a.png\" style='background:url( \"/b.png\" );list-style:URL(c.gif)'>\n<a href=\"/x\" style=\"background:url(https://www.facebook.com/other)\">x</a>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<img src=\"/a.png\" style='background:url( \"/b.png\" );list-style:URL(c.gif)'>\n<a href=\"/x\" style=\"background:url(https://www.facebook.com/other)\">x</a>\n"
--- no_error_log
[error]
[alert]



=== TEST 3: granted: the style keeps its tracker
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files eval
[["page.html", "<img src=\"/l.png\" style=\"background:url(https://www.facebook.com/tr?id=3)\">\n"]]
--- request
GET /s/page.html
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- response_body eval
"<img src=\"/l.png\" style=\"background:url(https://www.facebook.com/tr?id=3)\">\n"
--- no_error_log
[error]
[alert]



=== TEST 4: entities, CSS escapes and single quotes: decoded to classify, quoted anew
--- http_config
    privacy_category analytics { host googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files eval
[["page.html",
  "<a href=\"/1\" style=\"background:url(&quot;https://www.facebook.com/tr?id=4&quot;)\">1</a>\n"
. "<a href=\"/2\" style='font-family:\"A&amp;B\";background:u\\72l(https:\\2f\\2fwww.googletagmanager.com/p.gif)'>2</a>\n"
. "<iframe src=\"/frame.html\" style=\"background-image:image-set(&quot;https://www.facebook.com/tr?i=1&quot; 1x, url(/ok.png) 2x)\"></iframe>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<a href=\"/1\" style=\"background:url()\">1</a>\n"
. "<a href=\"/2\" style=\"font-family:&quot;A&amp;B&quot;;background:url()\">2</a>\n"
. "<iframe src=\"/frame.html\" style=\"background-image:image-set(&quot;&quot; 1x, url(/ok.png) 2x)\"></iframe>\n"
--- no_error_log
[error]
[alert]



=== TEST 5: a tracker element with a style goes whole; a video keeps itself, its poster and style made inert
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; host doubleclick.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files eval
[["page.html", "<p>a</p>\n<img src=\"https://www.facebook.com/tr?id=5\" style=\"background:url(/ok.png)\">\n<video poster=\"https://ad.doubleclick.net/p.jpg\" style=\"background:url(https://ad.doubleclick.net/b.png)\" src=\"/v.mp4\"></video>\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<video data-privacy-poster=\"https://ad.doubleclick.net/p.jpg\" style=\"background:url()\" src=\"/v.mp4\"></video>\n<p>z</p>\n"
--- no_error_log
[error]
[alert]



=== TEST 6: noscript: "</noscript" in a value ends the noscript for a browser with JavaScript: the tag goes
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files eval
[["page.html", "<noscript><img alt=\"</NoScript><img src=https://www.facebook.com/tr?id=6>\" src=\"/ok.png\"></noscript>\n<img alt=\"</noscript>\" src=\"/kept.png\">\n<noscript><img src=\"/ok.png\" alt=\"a < b\"></noscript>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<noscript></noscript>\n<img alt=\"</noscript>\" src=\"/kept.png\">\n<noscript><img src=\"/ok.png\" alt=\"a < b\"></noscript>\n"
--- no_error_log
[error]
[alert]
