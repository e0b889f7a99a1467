# privacy_banner: a fragment inserted before </body>, streaming, while the
# visitor has no decision and the regime asks for one.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__


=== TEST 1: no decision under opt-in: the banner is inserted before </body>
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 2: a decision was made: no banner
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- more_headers
Cookie: privacy_consent=1::1732300000:0
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 3: regime none: no banner
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime none;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 4: under opt-out without a decision: the banner (the visitor may object)
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 5: a malformed consent cookie is no decision: the banner
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- more_headers
Cookie: privacy_consent=garbage
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 6: a stale decision (older revision): the banner again
--- http_config
    privacy_consent_max_age 10y;
    privacy_policy_revision 2;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:1
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 7: in 3-byte buffers the banner still goes in once
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        sendfile off;
        output_buffers 1 3;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 8: only before the first </body>
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
<!-- </body> again -->
<BODY></BODY>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
</body></html>
<!-- </body> again -->
<BODY></BODY>
--- no_error_log
[error]
[alert]


=== TEST 9: a page without </body> gets no banner
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/banner.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<p>a fragment without a body end tag</p>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<p>a fragment without a body end tag</p>
--- no_error_log
[error]
[alert]


=== TEST 10: privacy_banner off in a location
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner off;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> banner.html
<form class="pb" method="post" action="/privacy/consent"><button name="grant" value="all">Accept</button></form>
>>> page.html
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- request
GET /s/page.html
--- response_body
<!DOCTYPE html>
<html><body>
<p>content</p>
</body></html>
--- no_error_log
[error]
[alert]


=== TEST 11: a missing banner file fails nginx -t
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/none.html;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_banner cannot open "[^"]+none\.html".* in \S+nginx\.conf:\d+/


=== TEST 12: one banner per language, chosen by Accept-Language with q-values; the first as fallback; Vary
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/b.en.html en;
        privacy_banner ../html/b.zh.html zh;
        privacy_banner ../html/b.de.html de;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> b.en.html
<p>EN</p>
>>> b.zh.html
<p>ZH</p>
>>> b.de.html
<p>DE</p>
>>> page.html
<body></body>
--- request eval
["GET /s/page.html", "GET /s/page.html", "GET /s/page.html", "GET /s/page.html", "GET /s/page.html", "GET /s/page.html"]
--- more_headers eval
["Accept-Language: zh-CN,zh;q=0.9,en;q=0.8",
 "Accept-Language: fr-FR, de;q=0.5, en;q=0.4",
 "Accept-Language: fr",
 "X-None: 1",
 "Accept-Language: en;q=0, *;q=0.1",
 "Accept-Language: de;q=0.2\r\nAccept-Language: zh;q=0.3"]
--- response_body eval
["<body><p>ZH</p>\n</body>\n", "<body><p>DE</p>\n</body>\n", "<body><p>EN</p>\n</body>\n",
 "<body><p>EN</p>\n</body>\n", "<body><p>ZH</p>\n</body>\n", "<body><p>ZH</p>\n</body>\n"]
--- response_headers_like eval
["Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$", "Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$", "Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$",
 "Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$", "Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$", "Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$"]
--- no_error_log
[error]
[alert]


=== TEST 13: a single banner without a language: no Vary on Accept-Language
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/b.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> b.html
<p>B</p>
>>> page.html
<body></body>
--- request
GET /s/page.html
--- more_headers
Accept-Language: de
--- response_body
<body><p>B</p>
</body>
--- response_headers_like
Vary: ^Cookie, DNT, Sec-GPC$
--- no_error_log
[error]
[alert]


=== TEST 14: nginx -t: a bad language tag, a language twice, a second banner without one
--- config
    location /a {
        privacy_banner ../html/b.html en_US;
    }
--- user_files
>>> b.html
<p>B</p>
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid language tag "en_US" in "privacy_banner": such as en, zh, zh-TW, de in \S+\/conf\/nginx\.conf:\d+/


=== TEST 15: nginx -t: a language twice
--- config
    location /a {
        privacy_banner ../html/b.html en;
        privacy_banner ../html/b.html EN;
    }
--- user_files
>>> b.html
<p>B</p>
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_banner" for "EN" is duplicate in \S+\/conf\/nginx\.conf:\d+/


=== TEST 16: nginx -t: two banners without a language
--- config
    location /a {
        privacy_banner ../html/b.html;
        privacy_banner ../html/b.html en;
        privacy_banner ../html/b.html;
    }
--- user_files
>>> b.html
<p>B</p>
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_banner" is duplicate: give it again only with a language tag each time in \S+\/conf\/nginx\.conf:\d+/


=== TEST 17: a banner without a language is the fallback, given before or after the others; inherited
--- http_config
    privacy_consent_max_age 10y;
--- config
    privacy_banner ../html/b.zh.html zh;
    privacy_banner ../html/b.html;
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> b.html
<p>DEFAULT</p>
>>> b.zh.html
<p>ZH</p>
>>> page.html
<body></body>
--- request eval
["GET /s/page.html", "GET /s/page.html", "GET /s/page.html"]
--- more_headers eval
["Accept-Language: zh-TW", "Accept-Language: de, en", ""]
--- response_body eval
["<body><p>ZH</p>\n</body>\n", "<body><p>DEFAULT</p>\n</body>\n", "<body><p>DEFAULT</p>\n</body>\n"]
--- response_headers_like eval
["Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$", "Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$", "Vary: ^Accept-Language, Cookie, DNT, Sec-GPC\$"]
--- no_error_log
[error]
[alert]



=== TEST 18: nginx -t: an empty banner file
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/empty.html;
    }
--- user_files eval
[["empty.html", ""]]
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_banner "[^"]+empty\.html" must be a file of 1 to 65536 bytes in \S+nginx\.conf:\d+/



=== TEST 19: nginx -t: a banner file over 64k
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_banner ../html/big.html;
    }
--- user_files eval
[["big.html", "x" x 65537]]
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_banner "[^"]+big\.html" must be a file of 1 to 65536 bytes in \S+nginx\.conf:\d+/
