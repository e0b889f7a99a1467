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
