# URLs read as the URL Standard says (lib/privacy_urlparse.c), in the
# spellings browsers accept: every spelling that makes Chromium contact a
# catalogued tracker is removed, every first-party one stays.  The same
# page through the browser: make test-browser-diff.
use Test::Nginx::Socket 'no_plan';

no_long_string();
no_shuffle();
run_tests();

__DATA__

=== TEST 1: removed: scheme in capitals
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
[["page.html", "<p>a</p>\n<img src=\"HTTPS://WWW.FACEBOOK.COM/tr?id=1\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 2: removed: leading space and C0 control
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
[["page.html", "<p>a</p>\n<img src=\" \x01https://www.facebook.com/tr?id=2\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 3: removed: backslashes for slashes
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
[["page.html", "<p>a</p>\n<img src=\"https:\\\\www.facebook.com\\tr?id=3\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 4: removed: one slash after the scheme
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
[["page.html", "<p>a</p>\n<img src=\"https:/www.facebook.com/tr?id=4\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 5: removed: four slashes
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
[["page.html", "<p>a</p>\n<img src=\"https:////www.facebook.com/tr?id=5\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 6: removed: scheme-relative with backslashes
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
[["page.html", "<p>a</p>\n<img src=\"\\\\www.facebook.com/tr?id=6\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 7: removed: slash and backslash
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
[["page.html", "<p>a</p>\n<img src=\"/\\www.facebook.com/tr?id=7\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 8: removed: tab inside the scheme, as a character reference
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
[["page.html", "<p>a</p>\n<img src=\"ht&Tab;tps://www.facebook.com/tr?id=8\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 9: removed: newline inside the host, as a numeric reference
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
[["page.html", "<p>a</p>\n<img src=\"https://www.face&#10;book.com/tr?id=9\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 10: removed: carriage return inside the path
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
[["page.html", "<p>a</p>\n<img src=\"https://www.facebook.com/t&#13;r?id=10\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 11: removed: userinfo before the tracker host
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
[["page.html", "<p>a</p>\n<img src=\"https://first.example\@www.facebook.com/tr?id=11\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 12: removed: percent-encoded host
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
[["page.html", "<p>a</p>\n<img src=\"https://www.%66acebook.com/tr?id=12\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 13: removed: fullwidth letters and dot
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
[["page.html", "<p>a</p>\n<img src=\"https://\xef\xbc\xb7\xef\xbc\xb7\xef\xbc\xb7\xef\xbc\x8e\xef\xbd\x86\xef\xbd\x81\xef\xbd\x83\xef\xbd\x85\xef\xbd\x82\xef\xbd\x8f\xef\xbd\x8f\xef\xbd\x8b\xef\xbc\x8e\xef\xbd\x83\xef\xbd\x8f\xef\xbd\x8d/tr?id=13\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 14: removed: ideographic full stop
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
[["page.html", "<p>a</p>\n<img src=\"https://www\xe3\x80\x82facebook\xe3\x80\x82com/tr?id=14\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 15: removed: soft hyphen in the host
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
[["page.html", "<p>a</p>\n<img src=\"https://www.face&shy;book.com/tr?id=15\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 16: removed: trailing dot
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
[["page.html", "<p>a</p>\n<img src=\"https://www.facebook.com./tr?id=16\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 17: removed: default port on a url rule
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
[["page.html", "<p>a</p>\n<img src=\"https://www.facebook.com:443/tr?id=17\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 18: removed: dot segments before a url rule's path
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
[["page.html", "<p>a</p>\n<img src=\"https://www.facebook.com/x/../tr?id=18\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 19: removed: percent-encoded letter in the path
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
[["page.html", "<p>a</p>\n<img src=\"https://www.facebook.com/%74r?id=19\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 20: removed: entity-encoded punctuation
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
[["page.html", "<p>a</p>\n<img src=\"https&colon;&sol;&sol;www&period;facebook&period;com&sol;tr?id=20\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 21: removed: host rule, uppercase and trailing dot
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
[["page.html", "<p>a</p>\n<script src=\"//WWW.GOOGLETAGMANAGER.COM./gtm.js\"></script>\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 22: kept: first party: the tracker after a backslash-at
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
[["page.html", "<p>a</p>\n<img src=\"https://localhost\\\@www.facebook.com/tr?id=21\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<img src=\"https://localhost\\\@www.facebook.com/tr?id=21\" alt=\"\">\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 23: kept: first party: the tracker in the path
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
[["page.html", "<p>a</p>\n<img src=\"/redirect?u=https://www.facebook.com/tr\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<img src=\"/redirect?u=https://www.facebook.com/tr\" alt=\"\">\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 24: kept: first party: the tracker in the query of another host
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
[["page.html", "<p>a</p>\n<img src=\"https://cdn.example.org/i.png?ref=www.facebook.com/tr\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<img src=\"https://cdn.example.org/i.png?ref=www.facebook.com/tr\" alt=\"\">\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 25: kept: javascript: is not fetched
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
[["page.html", "<p>a</p>\n<iframe src=\"javascript:'https://www.facebook.com/tr'\"></iframe>\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<iframe src=\"javascript:'https://www.facebook.com/tr'\"></iframe>\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 26: kept: data: is not fetched
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
[["page.html", "<p>a</p>\n<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">\n<p>z</p>\n"
--- no_error_log
[error]
[alert]


=== TEST 27: <base href> resolves every later relative URL (the logo, too, comes from the tracker now)
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
[["page.html", "<base href=\"https://www.googletagmanager.com/\">\n<script src=\"gtm.js\"></script>\n<img src=\"/logo.png\" alt=\"\">\n"]]
--- request
GET /s/page.html
--- response_body eval
"<base href=\"https://www.googletagmanager.com/\">\n\n\n"
--- no_error_log
[error]
[alert]


=== TEST 28: removed: SVG feImage and use, href and xlink:href, any case; first-party kept
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
[["page.html", "<svg><filter id=\"f\"><feImage href=\"https://www.facebook.com/tr?id=28\"/><FEIMAGE xlink:href=\"https://www.googletagmanager.com/a.svg\"/></filter><use href=\"https://www.facebook.com/tr?id=29#x\"/><use xlink:href=\"/sprite.svg#icon\"/></svg>\n<feimage href=\"https://www.facebook.com/tr?id=30\"></feimage>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<svg><filter id=\"f\"></filter><use xlink:href=\"/sprite.svg#icon\"/></svg>\n<feimage href=\"https://www.facebook.com/tr?id=30\"></feimage>\n"
--- no_error_log
[error]
[alert]


=== TEST 29: hosts remembered across requests: two hosts of one slot of the worker's table
The two hosts hash to the same slot of the worker's host table (256 slots):
each request must still get the verdict of its own host, in either order.
--- http_config
    privacy_category marketing { host pixel.tracker.test; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        charset utf-8;
        alias html/;
    }
--- user_files eval
[["a.html", "<img src=\"https://pixel.tracker.test/p.gif\">\n<img src=\"https://img01092.site.test/i.jpg\">\n"],
 ["b.html", "<img src=\"https://img01092.site.test/i.jpg\">\n<img src=\"https://pixel.tracker.test/p.gif\">\n"]]
--- request eval
["GET /s/a.html", "GET /s/b.html", "GET /s/b.html", "GET /s/a.html"]
--- response_body eval
["\n<img src=\"https://img01092.site.test/i.jpg\">\n",
 "<img src=\"https://img01092.site.test/i.jpg\">\n\n",
 "<img src=\"https://img01092.site.test/i.jpg\">\n\n",
 "\n<img src=\"https://img01092.site.test/i.jpg\">\n"]
--- no_error_log
[error]
[alert]


=== TEST 30: the same bytes of a URL after <base href> are another URL (nothing remembered from before)
--- http_config
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
[["page.html", "<img src=\"/tr?id=12345\" alt=\"\">\n<img src=\"/tr?id=12345\" alt=\"\">\n<base href=\"https://www.facebook.com/\">\n<img src=\"/tr?id=12345\" alt=\"\">\n"]]
--- request
GET /s/page.html
--- response_body eval
"<img src=\"/tr?id=12345\" alt=\"\">\n<img src=\"/tr?id=12345\" alt=\"\">\n<base href=\"https://www.facebook.com/\">\n\n"
--- no_error_log
[error]
[alert]


=== TEST 31: a URL seen again after its host left the request's host cache: the page's own pixels stay first-party
The request's host cache is direct-mapped by a hash of the host, so the
page's own host takes the entry of some of the 200 hosts hI below (about
one in sixteen; which ones depends only on the hash).  hI's URL, met again
in the memo of URLs, must not mark that entry third-party then: the own
1x1 image after it would be an unknown pixel and go.  The own URLs between
are long, so that none takes the place of hI's in the memo of URLs, and
each pixel's URL is new, so that it is read, not remembered.
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        charset utf-8;
        alias html/;
    }
--- user_files eval
my $long = "/" . ("x" x 130);
my $page = join("", map {
    "<img src=\"https://h$_.example.io/a.jpg\" alt=\"\">\n"
    . "<img src=\"$long$_.jpg\" alt=\"\">\n"
    . "<img src=\"https://h$_.example.io/a.jpg\" alt=\"\">\n"
    . "<img src=\"/own/p$_.gif\" width=\"1\" height=\"1\">\n" } 1 .. 200);
[["page.html", $page]]
--- request
GET /s/page.html
--- response_body eval
my $long = "/" . ("x" x 130);
join("", map {
    "<img src=\"https://h$_.example.io/a.jpg\" alt=\"\">\n"
    . "<img src=\"$long$_.jpg\" alt=\"\">\n"
    . "<img src=\"https://h$_.example.io/a.jpg\" alt=\"\">\n"
    . "<img src=\"/own/p$_.gif\" width=\"1\" height=\"1\">\n" } 1 .. 200)
--- no_error_log
[error]
[alert]



=== TEST 32: an SVG animation that sets an href to a tracker loses its values, the element stays (checked in headless Chromium: <set attributeName="href" to=...> in <image> and <use>, and <animate values=...>, each fetched the tracker through the previous module)
to, from and by are one URL, values a list split at ";"; attributeName is
read up to its "href" (xlink:href too).  An animation of another attribute,
a first-party URL and the same names outside svg are not concerned.
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
>>> page.html
<p>1</p>
<svg width="20" height="20"><image width="20" height="20"><set attributeName="href" to="https://www.facebook.com/tr?id=1"/></image></svg>
<p>2</p>
<svg><image width="20" height="20"><animate attributeName=" xlink:HREF " values="/a.png; https://www.facebook.com/tr?id=2 ;/b.png" dur="2s"/></image></svg>
<p>3</p>
<svg><use><set attributeName="href" from="#a" to="https://www.facebook.com/tr?id=3#i" begin="0s"/></use></svg>
<p>4</p>
<svg><image><set attributeName="href" to="/own.png"/></image><rect><animate attributeName="x" values="0;https://www.facebook.com/tr?id=4" dur="1s"/></rect></svg>
<p>5</p>
<set attributeName="href" to="https://www.facebook.com/tr?id=5">
<p>6</p>
--- request
GET /s/page.html
--- response_body
<p>1</p>
<svg width="20" height="20"><image width="20" height="20"><set attributeName="href" data-privacy-to="https://www.facebook.com/tr?id=1" /></image></svg>
<p>2</p>
<svg><image width="20" height="20"><animate attributeName=" xlink:HREF " data-privacy-values="/a.png; https://www.facebook.com/tr?id=2 ;/b.png" dur="2s" /></image></svg>
<p>3</p>
<svg><use><set attributeName="href" from="#a" data-privacy-to="https://www.facebook.com/tr?id=3#i" begin="0s" /></use></svg>
<p>4</p>
<svg><image><set attributeName="href" to="/own.png"/></image><rect><animate attributeName="x" values="0;https://www.facebook.com/tr?id=4" dur="1s"/></rect></svg>
<p>5</p>
<set attributeName="href" to="https://www.facebook.com/tr?id=5">
<p>6</p>
--- no_error_log
[error]
[alert]


=== TEST 33: srcset: a URL regex in a later candidate, found by its literal
Each URL of a list is read and looked up on its own.  The regexes' literals
are found where the list's bytes do not hold them as such: one that begins
in the host (in capitals here, lowercased by the reading) and one that only
the reading spells (an escape).  A list of first-party images stays.  A
shortcut that skips the literal scan of a list's paths must keep these.
--- http_config
    privacy_category analytics {
        url ~^https?://[^?]*/(matomo|piwik)\.php;
        url ~^https?://[^/]+/b/ss/;
    }
    privacy_category marketing { url ~^https?://(www\.)?facebook\.com/tr(/|\?|$); }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        charset utf-8;
        alias html/;
    }
--- user_files
>>> page.html
<p>1</p>
<img src="/a.jpg" srcset="https://img.example.org/1/a.jpg 1x, https://stats.example.org/js/matomo.php?idsite=1&amp;rec=1 2x" alt="">
<p>2</p>
<img src="/a.jpg" srcset="https://img.example.org/1/a.jpg 1x, https://WWW.FACEBOOK.COM/tr?id=1&amp;ev=PageView 2x" alt="">
<p>3</p>
<img src="/a.jpg" srcset="https://img.example.org/1/a.jpg 1x, https://metrics.example.org/%62/ss/acct/1/s123 2x" alt="">
<p>4</p>
<img src="/a.jpg" srcset="https://img.example.org/1/a.jpg 1x, https://img.example.org/1/b.jpg 2x, /static/img/c.jpg 3x" alt="">
<p>5</p>
--- request
GET /s/page.html
--- response_body
<p>1</p>

<p>2</p>

<p>3</p>

<p>4</p>
<img src="/a.jpg" srcset="https://img.example.org/1/a.jpg 1x, https://img.example.org/1/b.jpg 2x, /static/img/c.jpg 3x" alt="">
<p>5</p>
--- no_error_log
[error]
[alert]



=== TEST 34: the worker remembers what the rules said of a URL: the same page three times, the same answers, party and unknown pixels included
A URL written "https://...", "//..." or "/..." is read once per worker; later
requests take its category and host from the worker's entry.  What depends
on the request is still decided for each: the own pixel (its host is the
document's) stays, the unknown third-party pixel goes, every time.
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
>>> page.html
<p>1</p>
<img src="https://www.facebook.com/tr?id=1" alt="">
<img src="https://px.unknown-host.example/p.gif" width="1" height="1">
<img src="http://localhost/own.gif" width="1" height="1">
<img src="https://img.example.org/1/a.jpg" srcset="https://img.example.org/1/a.jpg 1x, https://www.facebook.com/tr?id=2 2x" alt="">
<img src="https://img.example.org/1/b.jpg" alt="">
<img src="//px.unknown-host.example/q.gif" width="1" height="1">
<img src="/own/p.gif" width="1" height="1">
<p>2</p>
--- request eval
["GET /s/page.html", "GET /s/page.html", "GET /s/page.html"]
--- response_body eval
[("<p>1</p>\n\n\n<img src=\"http://localhost/own.gif\" width=\"1\" height=\"1\">\n\n<img src=\"https://img.example.org/1/b.jpg\" alt=\"\">\n\n<img src=\"/own/p.gif\" width=\"1\" height=\"1\">\n<p>2</p>\n") x 3]
--- no_error_log
[error]
[alert]



=== TEST 35: URLs alike in length and in their last 16 bytes share the worker's entries and are told apart by all their bytes
Both land on the same pair of entries; the tracker's goes whichever was
read first.
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
>>> a.html
<img src="https://www.facebook.com/tr/p/aaaaaaaabbbbbbbb" alt="">
<img src="https://www.facebook.net/tr/p/aaaaaaaabbbbbbbb" alt="">
>>> b.html
<img src="https://www.facebook.net/tr/p/aaaaaaaabbbbbbbb" alt="">
<img src="https://www.facebook.com/tr/p/aaaaaaaabbbbbbbb" alt="">
--- request eval
["GET /s/a.html", "GET /s/b.html", "GET /s/a.html", "GET /s/b.html"]
--- response_body eval
["\n<img src=\"https://www.facebook.net/tr/p/aaaaaaaabbbbbbbb\" alt=\"\">\n",
 "<img src=\"https://www.facebook.net/tr/p/aaaaaaaabbbbbbbb\" alt=\"\">\n\n",
 "\n<img src=\"https://www.facebook.net/tr/p/aaaaaaaabbbbbbbb\" alt=\"\">\n",
 "<img src=\"https://www.facebook.net/tr/p/aaaaaaaabbbbbbbb\" alt=\"\">\n\n"]
--- no_error_log
[error]
[alert]



=== TEST 36: what the worker remembers of a URL is the rules' answer; each location's consent mode still decides (advanced, basic, advanced)
--- http_config
    privacy_category analytics { host googletagmanager.com; }
--- config
    location /basic/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode google;
        default_type text/html;
        alias html/;
    }
    location /advanced/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode google advanced;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<head><script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script></head>
--- request eval
["GET /advanced/page.html", "GET /basic/page.html", "GET /advanced/page.html"]
--- response_body_like eval
['^<head><script>window\.dataLayer=[^<]*</script><script async src="https://www\.googletagmanager\.com/gtag/js\?id=G-1"></script></head>\n$',
 '^<head><script>window\.dataLayer=[^<]*</script></head>\n$',
 '^<head><script>window\.dataLayer=[^<]*</script><script async src="https://www\.googletagmanager\.com/gtag/js\?id=G-1"></script></head>\n$']
--- no_error_log
[error]
[alert]



=== TEST 37: a path from the root is remembered with the base's host: the same "/tr?id=1" under the page's host and under a <base> on the tracker's
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
>>> own.html
<img src="/tr?id=1&amp;ev=PageView" alt="">
>>> based.html
<base href="https://www.facebook.com/x/"><img src="/tr?id=1&amp;ev=PageView" alt="">
--- request eval
["GET /s/own.html", "GET /s/based.html", "GET /s/own.html", "GET /s/based.html"]
--- response_body eval
["<img src=\"/tr?id=1&amp;ev=PageView\" alt=\"\">\n",
 "<base href=\"https://www.facebook.com/x/\">\n",
 "<img src=\"/tr?id=1&amp;ev=PageView\" alt=\"\">\n",
 "<base href=\"https://www.facebook.com/x/\">\n"]
--- no_error_log
[error]
[alert]



=== TEST 38: "//host:80/..." is remembered with the base's scheme: port 80 is the default of http only
Under the http page, the URL reads "//stats.example.org/p.gif"; under an
https base, "//stats.example.org:80/p.gif", which the regex (written for
the port) names.
--- http_config
    privacy_category analytics { url ~^https?://stats\.example\.org:80/; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> plain.html
<img src="//stats.example.org:80/p.gif" alt="">
>>> secure.html
<base href="https://www.example.org/"><img src="//stats.example.org:80/p.gif" alt="">
--- request eval
["GET /s/plain.html", "GET /s/secure.html", "GET /s/plain.html", "GET /s/secure.html"]
--- response_body eval
["<img src=\"//stats.example.org:80/p.gif\" alt=\"\">\n",
 "<base href=\"https://www.example.org/\">\n",
 "<img src=\"//stats.example.org:80/p.gif\" alt=\"\">\n",
 "<base href=\"https://www.example.org/\">\n"]
--- no_error_log
[error]
[alert]



=== TEST 39: a port that no rule names: the browser contacts the host all the same (checked in headless Chromium: make test-browser-diff, url-port-http-443 and url-port-8443, fetched through the previous module)
A url rule names "//host/path" without a port: it holds for the host's
URLs on any port (http on 443, https on 8443).  A URL regex is tried on
the URL without its port too.  A rule that names a port holds for that
port only, as before, and does not hide the host's rules without one (the
port's first); a path no rule names stays.
--- http_config
    privacy_category marketing {
        url https://www.facebook.com/tr;
        url https://cdn.example.org:8443/ads/;
        url https://cdn.example.org/track/;
        url ~^https?://(www\.)?example-stats\.com/collect;
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
<img src="http://www.facebook.com:443/tr?id=1" alt="">
<img src="https://www.facebook.com:8443/tr?id=2" alt="">
<img src="//www.facebook.com:8443/tr?id=3" alt="">
<img src="https://example-stats.com:8443/collect?x=1" alt="">
<img src="https://cdn.example.org:8443/ads/x.gif" alt="">
<img src="https://cdn.example.org/ads/y.gif" alt="">
<img src="https://cdn.example.org:8443/track/p.gif" alt="">
<img src="http://www.facebook.com:8080/about.jpg" alt="">
--- request eval
["GET /s/page.html", "GET /s/page.html"]
--- response_body eval
[("\n\n\n\n\n<img src=\"https://cdn.example.org/ads/y.gif\" alt=\"\">\n\n<img src=\"http://www.facebook.com:8080/about.jpg\" alt=\"\">\n") x 2]
--- no_error_log
[error]
[alert]


=== TEST 40: an IPv6 literal host: its colons are not a port's
A url rule, a URL regex and a host regex that name an IPv6 literal hold
for its URLs with a port too, as for a host name (TEST 39): the host name
without the port was taken up to the first ":", inside the brackets
("[2001").  A rule that names a port holds for that port only; a literal
that no rule names stays, with and without a port.
--- http_config
    privacy_category marketing {
        url https://[2001:db8::2]/tr;
        url ~^https://\[2001:db8::3\]/collect;
        host ~^\[2001:db8::4\]$;
        url https://[2001:db8::6]:8443/ads/;
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
<img src="https://[2001:db8::2]/tr?x=1" alt="">
<img src="https://[2001:db8::2]:8443/tr?x=2" alt="">
<img src="http://[2001:DB8:0::2]:443/tr?x=3" alt="">
<img src="https://[2001:db8::3]:8443/collect?x=4" alt="">
<img src="https://[2001:db8::4]/x.gif" alt="">
<img src="https://[2001:db8::4]:8443/x.gif" alt="">
<img src="https://[2001:db8::6]:8443/ads/a.gif" alt="">
<img src="https://[2001:db8::6]/ads/b.gif" alt="">
<img src="https://[2001:db8::2]:8443/about.jpg" alt="">
<img src="https://[2001:db8::5]:8443/tr?x=5" alt="">
--- request eval
["GET /s/page.html", "GET /s/page.html"]
--- response_body eval
[("\n\n\n\n\n\n\n<img src=\"https://[2001:db8::6]/ads/b.gif\" alt=\"\">\n<img src=\"https://[2001:db8::2]:8443/about.jpg\" alt=\"\">\n<img src=\"https://[2001:db8::5]:8443/tr?x=5\" alt=\"\">\n") x 2]
--- no_error_log
[error]
[alert]


=== TEST 41: url rules read their host as pages' URLs are read
A url rule's host is compared with the canonical host of a page's URL: a
rule that spells it otherwise (capitals, an IPv6 literal not compressed,
userinfo, a trailing dot, Unicode, an IPv4 address in hex, a percent
escape) names the same host, and one that names the default port of
either scheme holds without it (a URL loses its default port when read:
the rule named "https://www.example.net:443/q" and missed
"https://www.example.net/q").  A port that is no default stays the
rule's own.  The path prefix is read as a page URL's path is: dot segments
resolved, escapes of unreserved bytes decoded, what the browser escapes
escaped.
--- http_config
    privacy_category marketing {
        url https://Www.Example.ORG/p;
        url https://www.example.net:443/q;
        url http://www.example.com:80/r;
        url //[2001:DB8:0:0::7]/tr;
        url https://user@b.example/y;
        url https://c.example:8443/z;
        url https://px.example./tr;
        url https://bücher.example/x;
        url https://0x7f.1/y;
        url https://%74racker.test/z;
        url https://p1.example/t%72;
        url https://p2.example/x/../tr;
        url https://p3.example/ü;
        url "https://p4.example/a b";
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
<img src="https://www.example.org/p?x=1" alt="">
<img src="https://www.example.net/q?x=2" alt="">
<img src="http://www.example.net/q?x=3" alt="">
<img src="https://www.example.com/r?x=4" alt="">
<img src="https://[2001:db8::7]/tr?x=5" alt="">
<img src="https://b.example/y?x=6" alt="">
<img src="https://c.example:8443/z?x=7" alt="">
<img src="https://c.example/z?x=8" alt="">
<img src="https://www.example.net/Q?x=9" alt="">
<img src="https://px.example/tr?x=10" alt="">
<img src="https://xn--bcher-kva.example/x?x=11" alt="">
<img src="https://BÜCHER.example/x?x=12" alt="">
<img src="https://127.0.0.1/y?x=13" alt="">
<img src="https://tracker.test/z?x=14" alt="">
<img src="https://p1.example/tr?x=15" alt="">
<img src="https://p2.example/tr?x=16" alt="">
<img src="https://p3.example/ü?x=17" alt="">
<img src="https://p4.example/a b?x=18" alt="">
<img src="https://p2.example/x/tr?x=19" alt="">
--- request eval
["GET /s/page.html", "GET /s/page.html"]
--- response_body eval
[("\n\n\n\n\n\n\n<img src=\"https://c.example/z?x=8\" alt=\"\">\n<img src=\"https://www.example.net/Q?x=9\" alt=\"\">\n\n\n\n\n\n\n\n\n\n<img src=\"https://p2.example/x/tr?x=19\" alt=\"\">\n") x 2]
--- no_error_log
[error]
[alert]
[warn]


=== TEST 42: a CDATA section in svg is text up to "]]>": an SVG script, feImage or use after one holding "</svg" is read in svg
In svg and math "<![CDATA[" starts a section that ends at "]]>", whatever
it holds; read as a bogus comment (up to ">") it let "</svg>" in it end
the svg, and the SVG elements after the section were read as HTML ones
that fetch nothing (Chromium fetched them: make test-browser-diff,
context svg-cdata-gt-end and svg-cdata-gt-fe).  In HTML it is always a
bogus comment.  (Directly in foreignObject it is a section too.  After a
start tag there: TEST 48.  A section holding ">" then "<" is a comment up
to that ">" for Chromium's preload scanner: TEST 58.)
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
--- user_files
>>> page.html
<svg><![CDATA[x</svg]]><script href="https://www.googletagmanager.com/gtm.js?id=1"></script><filter id="f"><feImage href="https://www.facebook.com/tr?id=2"/></filter><use href="/sprite.svg#i"/></svg>
<svg><foreignObject><![CDATA[x</svg]]><img src="https://www.facebook.com/tr?id=3"></foreignObject></svg>
<svg><style><![CDATA[ g > rect { fill: red } ]]></style><rect/></svg>
<![CDATA[><img src="https://www.facebook.com/tr?id=5">]]>
--- request
GET /s/page.html
--- response_body
<svg><![CDATA[x</svg]]><filter id="f"></filter><use href="/sprite.svg#i"/></svg>
<svg><foreignObject><![CDATA[x</svg]]></foreignObject></svg>
<svg><style><![CDATA[ g > rect { fill: red } ]]></style><rect/></svg>
<![CDATA[>]]>
--- no_error_log
[error]
[alert]


=== TEST 43: an integration point (foreignObject, desc, title; mi, mtext ...) holds HTML up to its end tag: the svg or math goes on after it, whatever HTML element was in it
A breakout tag (<div>, <p>, <b>) inside foreignObject ended svg content for
the scanner, although the svg goes on after </foreignObject>: an SVG
<style> after it was read as raw text (an <img> in it is a tag for the
browser, which fetched it), an SVG <script href> as an HTML script (make
test-browser-diff, contexts svg-fo-div-style, svg-fo-div-script,
math-mi-style, svg-desc-empty).  Inside the integration point HTML rules
hold: an HTML <style> there is raw text, and the tracker URL in its CSS
string is text, not a tag to remove.
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
--- user_files
>>> page.html
<svg><foreignObject><div>d</div></foreignObject><script href="https://www.googletagmanager.com/gtm.js?id=2"></script><style><img src="https://www.facebook.com/tr?id=1"></style></svg>
<math><mi><b>x</b></mi><style><img src="https://www.facebook.com/tr?id=3"></style></math>
<svg><desc/><style><img src="https://www.facebook.com/tr?id=4"></style></svg>
<svg><foreignObject><style>p::after { content: "<img src=https://www.facebook.com/tr?id=5>" }</style></foreignObject></svg>
--- request
GET /s/page.html
--- response_body
<svg><foreignObject><div>d</div></foreignObject><style><img></style></svg>
<math><mi><b>x</b></mi><style><img></style></math>
<svg><desc/><style><img></style></svg>
<svg><foreignObject><style>p::after { content: "<img src=https://www.facebook.com/tr?id=5>" }</style></foreignObject></svg>
--- no_error_log
[error]
[alert]


=== TEST 44: integration points nested 8 deep are followed: the svg goes on after the outermost </foreignObject>, its <style> holds markup
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
>>> eight.html
<svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject><style><img src="https://www.facebook.com/tr?id=1"></style></svg>
--- request
GET /s/eight.html
--- response_body
<svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject><style><img></style></svg>
--- no_error_log
nested more than
[error]
[alert]


=== TEST 45: integration points nested more than 8 deep: the rest of the page is removed unexamined, with a warning (privacy_fail open)
Past the scanner's 8-deep stack, the 9th was read as svg's and its end tag
closed the 8th: after the 8 outer ones closed too, the scanner read the
svg's <style> as HTML raw text, and the browser fetched the <img> in it
(difftest context svg-fo-deep9).
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
>>> nine.html
<p>a</p>
<svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject><style><img src="https://www.facebook.com/tr?id=2"></style></svg>
<p>z</p>
--- request
GET /s/nine.html
--- response_body eval
"<p>a</p>\n<svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject>"
--- error_log
integration points nested more than 8 deep, the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 46: integration points nested more than 8 deep: privacy_fail closed ends the response
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
>>> nine.html
<p>a</p>
<svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject><svg><foreignObject></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject></svg></foreignObject><style><img src="https://www.facebook.com/tr?id=2"></style></svg>
<p>z</p>
--- request
GET /s/nine.html
--- ignore_response
--- error_log
integration points nested more than 8 deep, response ended (privacy_fail closed)
--- no_error_log
[alert]


=== TEST 47: annotation-xml holds HTML only with an HTML encoding: without one, a <style> in it is math's and the <img> in it loads
Read as an integration point whatever its encoding, <math><annotation-xml>
<style><img src=…> hid the image in HTML raw text, and Chromium fetched it
(make test-browser-diff, context math-axml-style).  With encoding
text/html (references decoded, first attribute of the name) HTML rules
hold inside, and the math goes on after it.
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
>>> page.html
<math><annotation-xml><style><img src="https://www.facebook.com/tr?id=1"></style></annotation-xml></math>
<math><annotation-xml encoding="image/svg+xml" encoding="text/html"><style><img src="https://www.facebook.com/tr?id=2"></style></annotation-xml></math>
<math><annotation-xml encoding="text&sol;h&#x0074;ml"><div>d</div></annotation-xml><style><img src="https://www.facebook.com/tr?id=3"></style></math>
<math><annotation-xml encoding="TEXT/HTML"><style>p::after { content: "<img src=https://www.facebook.com/tr?id=4>" }</style></annotation-xml></math>
--- request
GET /s/page.html
--- response_body
<math><annotation-xml><style><img></style></annotation-xml></math>
<math><annotation-xml encoding="image/svg+xml" encoding="text/html"><style><img></style></annotation-xml></math>
<math><annotation-xml encoding="text&sol;h&#x0074;ml"><div>d</div></annotation-xml><style><img></style></math>
<math><annotation-xml encoding="TEXT/HTML"><style>p::after { content: "<img src=https://www.facebook.com/tr?id=4>" }</style></annotation-xml></math>
--- no_error_log
[error]
[alert]


=== TEST 48: "<![CDATA[" after a start tag inside an integration point: read alike up to "]]>" or a "<"; at a "<" the rest of the page is removed unexamined
After <b></b> inside foreignObject the browser's current node is the
foreignObject again, and "<![CDATA[" a section; after an open <section>
it is HTML's, and a bogus comment up to ">".  The scanner cannot tell
them apart.  Read as a bogus comment, <![CDATA[><style>]]><img> hid the
<img> in raw text, and Chromium fetched it (make test-browser-diff,
context svg-fo-b-cdata).  Both readings agree up to the first ">", then
up to "]]>" (both in the data state after it) or a "<": there one reads
markup and the other text.
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
>>> page.html
<svg><foreignObject><b></b><![CDATA[a>b]]><img src="https://www.facebook.com/tr?id=1"></foreignObject></svg>
<svg><foreignObject><b></b><![CDATA[><style>]]><img src="https://www.facebook.com/tr?id=2"></foreignObject></svg>
<p>z</p>
--- request
GET /s/page.html
--- response_body eval
"<svg><foreignObject><b></b><![CDATA[a>b]]></foreignObject></svg>\n<svg><foreignObject><b></b><![CDATA[>"
--- error_log
markup in a "<![CDATA[" that browsers read two ways, the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 49: integration points only in their own namespace: svg's mi, math's foreignObject and desc are none, so their <style> holds markup; an svg child of annotation-xml is svg's
Every element inside svg or math is of the namespace of the root entered
from HTML: <svg><mi>, <math><foreignObject> and <math><svg><desc> were
read as integration points, their <style> as HTML raw text, and Chromium
fetched the <img> in it (make test-browser-diff, contexts svg-mi-style,
math-fo-style, math-svg-desc, svg-math-mi).  An svg that is a child of
annotation-xml is svg's: its foreignObject holds HTML.
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
>>> page.html
<svg><mi><style><img src="https://www.facebook.com/tr?id=1"></style></mi></svg>
<math><foreignObject><style><img src="https://www.facebook.com/tr?id=2"></style></foreignObject></math>
<math><svg><desc><style><img src="https://www.facebook.com/tr?id=3"></style></desc></svg></math>
<svg><math><mi><style><img src="https://www.facebook.com/tr?id=4"></style></mi></math></svg>
<math><annotation-xml> <svg><foreignObject><style>p::after { content: "<img src=https://www.facebook.com/tr?id=5>" }</style></foreignObject></svg></annotation-xml></math>
--- request
GET /s/page.html
--- response_body
<svg><mi><style><img></style></mi></svg>
<math><foreignObject><style><img></style></foreignObject></math>
<math><svg><desc><style><img></style></desc></svg></math>
<svg><math><mi><style><img></style></mi></math></svg>
<math><annotation-xml> <svg><foreignObject><style>p::after { content: "<img src=https://www.facebook.com/tr?id=5>" }</style></foreignObject></svg></annotation-xml></math>
--- no_error_log
[error]
[alert]


=== TEST 50: an svg in math after an annotation-xml and another element: svg's or math's as the open elements are; the rest of the page is removed unexamined
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
>>> page.html
<p>a</p>
<math><annotation-xml><mrow><svg><foreignObject><style><img src="https://www.facebook.com/tr?id=1"></style></foreignObject></svg></mrow></annotation-xml></math>
<p>z</p>
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<math><annotation-xml><mrow><svg>"
--- error_log
an <svg> in <math> that browsers read as svg's or math's, the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 51: an end tag in svg or math closes the foreign elements up to the open one of its name, svg and math among them
The scanner counted nested svg and math and closed one per </svg> or
</math>: <svg><math></svg> and <svg><g><svg></g></svg> left it in svg
where browsers read HTML, so a <style> was markup to it and raw text to
the browser, and the <img> after "</style" in the attribute loaded
(make test-browser-diff, contexts svg-math-svg-end, svg-g-svg-g-end).
An end tag of nothing open (</path> twice) is ignored.
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
>>> page.html
<svg><math></svg><style><a title="</style><img src="https://www.facebook.com/tr?id=1">"></style>
<svg><g><svg></g></svg><style><a title="</style><img src="https://www.facebook.com/tr?id=2">"></style>
<svg><path></path></path></svg><style><a title="</style><img src="https://www.facebook.com/tr?id=3">"></style>
<p>z</p>
--- request
GET /s/page.html
--- response_body
<svg><math></svg><style><a title="</style>"></style>
<svg><g><svg></g></svg><style><a title="</style>"></style>
<svg><path></path></path></svg><style><a title="</style>"></style>
<p>z</p>
--- no_error_log
[warn]
[error]


=== TEST 52: an integration point's end tag is ignored while an HTML element opened in it is open
Chromium ignores </foreignObject> after an unclosed <div> or <span> in it
and reads HTML on; the scanner read svg, and the <img> after "</style"
in the attribute loaded (contexts svg-fo-div-fo-end, svg-fo-span-fo-end).
Closed HTML elements (<p>x</p>, a list) leave the svg to go on.
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
>>> page.html
<svg><foreignObject><div></foreignObject><style><a title="</style><img src="https://www.facebook.com/tr?id=1">"></style></svg>
<svg><foreignObject><span></foreignObject><style><a title="</style><img src="https://www.facebook.com/tr?id=2">"></style></svg>
<svg><foreignObject><p>x</p><ul><li>a</li></ul></foreignObject><style><img src="https://www.facebook.com/tr?id=3"></style></svg>
<p>z</p>
--- request
GET /s/page.html
--- response_body
<svg><foreignObject><div></foreignObject><style><a title="</style>"></style></svg>
<svg><foreignObject><span></foreignObject><style><a title="</style>"></style></svg>
<svg><foreignObject><p>x</p><ul><li>a</li></ul></foreignObject><style><img></style></svg>
<p>z</p>
--- no_error_log
[warn]
[error]


=== TEST 53: an end tag in svg whose effect depends on HTML elements not known: read on while both readings agree, the rest removed at a tag they read apart
</div> in <div><svg></div> closes the svg (a div is open below it);
the filter does not know the elements open below the svg.  A breakout
(<p>) puts both readings in HTML; a <style> is raw text to one and svg to
the other (context div-svg-end, span-svg-end): the rest of the page is
removed from its "<", with a warning.
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
>>> page.html
<p>a</p>
<div><svg></div><p>b</p><style>p{}</style>
<span><svg></span><style><a title="</style><img src="https://www.facebook.com/tr?id=1">"></style>
<p>z</p>
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<div><svg></div><p>b</p><style>p{}</style>\n<span><svg></span>"
--- error_log
a tag in svg or math that browsers read two ways (open elements not known), the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 54: the HTML elements in an integration point no longer known: the rest removed after its end tag
<p> then <div> closes the p: the scanner keeps the HTML elements opened
in a foreignObject only while end tags close the last one opened, so
whether </foreignObject> closes it is not known here.
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
>>> page.html
<svg><foreignObject><p>a<div>b</div></foreignObject><style><a title="</style><img src="https://www.facebook.com/tr?id=1">"></style></svg>
<p>z</p>
--- request
GET /s/page.html
--- response_body eval
"<svg><foreignObject><p>a<div>b</div></foreignObject>"
--- error_log
a tag in svg or math that browsers read two ways (open elements not known), the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 55: elements in svg nested deeper than the filter keeps: the rest removed after the tag that does not fit
The filter keeps 32 open elements from the outermost svg on: the svg and
31 <g> fit, the 32nd <g> does not, and what follows it is removed with a
warning (under privacy_fail closed the response ends there).
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
[["page.html", "<p>a</p>\n<svg>" . ("<g>" x 32) . "<style><img src=\"https://www.facebook.com/tr?id=1\"></style>\n<p>z</p>\n"]]
--- request
GET /s/page.html
--- response_body eval
"<p>a</p>\n<svg>" . ("<g>" x 32)
--- error_log
elements in svg or math nested more than 32 deep or named longer than 24 bytes, the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 56: Chromium's preload scanner reads an svg <style> as raw text up to "</style": where the parser reads that end in a comment, the rest is removed after the name
Inside svg a <style> holds markup for the parser: the comment hides the
<img>.  The preload scanner, which does not follow svg, ends the style at
"</style" inside the comment and fetches the <img>.  Real SVG, whose
</style> both read alike, is kept whole.
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
>>> page.html
<svg><title>Logo</title><style>.a{fill:red}</style><script><![CDATA[ if (a < b) f(); ]]></script><rect class="a"/></svg>
<p>a</p>
<svg><style><!--</style><img src="https://www.facebook.com/tr?id=1">--></style></svg>
<p>z</p>
--- request
GET /s/page.html
--- response_body eval
"<svg><title>Logo</title><style>.a{fill:red}</style><script><![CDATA[ if (a < b) f(); ]]></script><rect class=\"a\"/></svg>\n<p>a</p>\n<svg><style><!--</style"
--- error_log
the end of an svg or math <style> that browsers read two ways (preload scanner), the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 57: the same in an attribute value of an svg <title>, under privacy_fail closed: the response ends there
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
>>> page.html
<p>a</p>
<svg><title><rect x="</title ><img src=https://www.facebook.com/tr?id=1>"/></title></svg>
<p>z</p>
--- request
GET /s/page.html
--- ignore_response
--- error_log
the end of an svg or math <title> that browsers read two ways (preload scanner), response ended (privacy_fail closed)
--- no_error_log
[alert]


=== TEST 58: "<![CDATA[" in svg: a comment up to ">" for the preload scanner, so a "<" after its ">" removes the rest; without one the section is kept
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
>>> page.html
<svg><![CDATA[ a ]]></svg>
<svg><![CDATA[><img src="https://www.facebook.com/tr?id=1">]]></svg>
<p>z</p>
--- request
GET /s/page.html
--- response_body eval
"<svg><![CDATA[ a ]]></svg>\n<svg><![CDATA[>"
--- error_log
markup in a "<![CDATA[" that browsers read two ways, the rest of the response removed unexamined (privacy_fail open)
--- no_error_log
[error]
[alert]


=== TEST 59: a removed tag's effect on the tree goes with it: an <img> removed from svg leaves a bare <img>, which ends the svg as it did; an <svg> inside a removed <object> opens nothing
Without the bare <img> the browser would read the <style> as svg's,
markup, and fetch the image in it (Chromium did: make
test-browser-diff, context svg-img-removed-style).  The <svg> inside the
removed <object> is not the browser's: the <style> after it is HTML's raw
text, whose end inside the attribute lets the filter see the image.
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
>>> page.html
<svg><img src="https://www.facebook.com/tr?id=1"><style><img src="https://www.facebook.com/tr?id=2"></style></svg>
<object data="https://www.facebook.com/tr?id=3"><svg></object><style><a title="</style><img src="https://www.facebook.com/tr?id=4">"></style>
<p>z</p>
--- request
GET /s/page.html
--- response_body
<svg><img><style><img src="https://www.facebook.com/tr?id=2"></style></svg>
<style><a title="</style>"></style>
<p>z</p>
--- no_error_log
[warn]
[error]
[alert]
