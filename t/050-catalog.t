# The default rules catalog (conf/privacy_rules.conf): well-known first-party
# session cookies are never stripped, well-known trackers are, each in its
# category; a site's own rules and privacy_exempt win over the catalog.
use Test::Nginx::Socket 'no_plan';
use Cwd qw(abs_path);
use File::Basename qw(dirname);

$ENV{TEST_NGINX_CATALOG} = abs_path(dirname(__FILE__) . '/../conf/privacy_rules.conf');

no_shuffle();
run_tests();

__DATA__


=== TEST 1: no consent: only the first-party session cookies survive
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "PHPSESSID=v";
        add_header Set-Cookie "JSESSIONID=v";
        add_header Set-Cookie "ASP.NET_SessionId=v";
        add_header Set-Cookie "csrftoken=v";
        add_header Set-Cookie "XSRF-TOKEN=v";
        add_header Set-Cookie "wordpress_logged_in_0123abcd=v";
        add_header Set-Cookie "laravel_session=v";
        add_header Set-Cookie "cart=v";
        add_header Set-Cookie "currency=v";
        add_header Set-Cookie "woocommerce_cart_hash=v";
        add_header Set-Cookie "_ga=v";
        add_header Set-Cookie "_ga_ABC123XYZ=v";
        add_header Set-Cookie "_gid=v";
        add_header Set-Cookie "_hjSession_123456=v";
        add_header Set-Cookie "_clck=v";
        add_header Set-Cookie "_gcl_au=v";
        add_header Set-Cookie "_fbp=v";
        add_header Set-Cookie "_fbc=v";
        add_header Set-Cookie "IDE=v";
        add_header Set-Cookie "test_cookie=v";
        add_header Set-Cookie "_uetsid=v";
        add_header Set-Cookie "li_sugr=v";
        add_header Set-Cookie "_pin_unauth=v";
        add_header Set-Cookie "_tt_enable_cookie=v";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: PHPSESSID=v, JSESSIONID=v, ASP.NET_SessionId=v, csrftoken=v, XSRF-TOKEN=v, wordpress_logged_in_0123abcd=v, laravel_session=v, cart=v, currency=v, woocommerce_cart_hash=v
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 2: analytics granted: analytics cookies survive, marketing ones do not
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "PHPSESSID=v";
        add_header Set-Cookie "JSESSIONID=v";
        add_header Set-Cookie "ASP.NET_SessionId=v";
        add_header Set-Cookie "csrftoken=v";
        add_header Set-Cookie "XSRF-TOKEN=v";
        add_header Set-Cookie "wordpress_logged_in_0123abcd=v";
        add_header Set-Cookie "laravel_session=v";
        add_header Set-Cookie "cart=v";
        add_header Set-Cookie "currency=v";
        add_header Set-Cookie "woocommerce_cart_hash=v";
        add_header Set-Cookie "_ga=v";
        add_header Set-Cookie "_ga_ABC123XYZ=v";
        add_header Set-Cookie "_gid=v";
        add_header Set-Cookie "_hjSession_123456=v";
        add_header Set-Cookie "_clck=v";
        add_header Set-Cookie "_gcl_au=v";
        add_header Set-Cookie "_fbp=v";
        add_header Set-Cookie "_fbc=v";
        add_header Set-Cookie "IDE=v";
        add_header Set-Cookie "test_cookie=v";
        add_header Set-Cookie "_uetsid=v";
        add_header Set-Cookie "li_sugr=v";
        add_header Set-Cookie "_pin_unauth=v";
        add_header Set-Cookie "_tt_enable_cookie=v";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_headers
Set-Cookie: PHPSESSID=v, JSESSIONID=v, ASP.NET_SessionId=v, csrftoken=v, XSRF-TOKEN=v, wordpress_logged_in_0123abcd=v, laravel_session=v, cart=v, currency=v, woocommerce_cart_hash=v, _ga=v, _ga_ABC123XYZ=v, _gid=v, _hjSession_123456=v, _clck=v
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 3: marketing granted: marketing cookies survive, analytics ones do not
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "PHPSESSID=v";
        add_header Set-Cookie "JSESSIONID=v";
        add_header Set-Cookie "ASP.NET_SessionId=v";
        add_header Set-Cookie "csrftoken=v";
        add_header Set-Cookie "XSRF-TOKEN=v";
        add_header Set-Cookie "wordpress_logged_in_0123abcd=v";
        add_header Set-Cookie "laravel_session=v";
        add_header Set-Cookie "cart=v";
        add_header Set-Cookie "currency=v";
        add_header Set-Cookie "woocommerce_cart_hash=v";
        add_header Set-Cookie "_ga=v";
        add_header Set-Cookie "_ga_ABC123XYZ=v";
        add_header Set-Cookie "_gid=v";
        add_header Set-Cookie "_hjSession_123456=v";
        add_header Set-Cookie "_clck=v";
        add_header Set-Cookie "_gcl_au=v";
        add_header Set-Cookie "_fbp=v";
        add_header Set-Cookie "_fbc=v";
        add_header Set-Cookie "IDE=v";
        add_header Set-Cookie "test_cookie=v";
        add_header Set-Cookie "_uetsid=v";
        add_header Set-Cookie "li_sugr=v";
        add_header Set-Cookie "_pin_unauth=v";
        add_header Set-Cookie "_tt_enable_cookie=v";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- response_headers
Set-Cookie: PHPSESSID=v, JSESSIONID=v, ASP.NET_SessionId=v, csrftoken=v, XSRF-TOKEN=v, wordpress_logged_in_0123abcd=v, laravel_session=v, cart=v, currency=v, woocommerce_cart_hash=v, _gcl_au=v, _fbp=v, _fbc=v, IDE=v, test_cookie=v, _uetsid=v, li_sugr=v, _pin_unauth=v, _tt_enable_cookie=v
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 4: everything granted: everything survives
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "PHPSESSID=v";
        add_header Set-Cookie "JSESSIONID=v";
        add_header Set-Cookie "ASP.NET_SessionId=v";
        add_header Set-Cookie "csrftoken=v";
        add_header Set-Cookie "XSRF-TOKEN=v";
        add_header Set-Cookie "wordpress_logged_in_0123abcd=v";
        add_header Set-Cookie "laravel_session=v";
        add_header Set-Cookie "cart=v";
        add_header Set-Cookie "currency=v";
        add_header Set-Cookie "woocommerce_cart_hash=v";
        add_header Set-Cookie "_ga=v";
        add_header Set-Cookie "_ga_ABC123XYZ=v";
        add_header Set-Cookie "_gid=v";
        add_header Set-Cookie "_hjSession_123456=v";
        add_header Set-Cookie "_clck=v";
        add_header Set-Cookie "_gcl_au=v";
        add_header Set-Cookie "_fbp=v";
        add_header Set-Cookie "_fbc=v";
        add_header Set-Cookie "IDE=v";
        add_header Set-Cookie "test_cookie=v";
        add_header Set-Cookie "_uetsid=v";
        add_header Set-Cookie "li_sugr=v";
        add_header Set-Cookie "_pin_unauth=v";
        add_header Set-Cookie "_tt_enable_cookie=v";
        return 200 "ok\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:0
--- response_headers
Set-Cookie: PHPSESSID=v, JSESSIONID=v, ASP.NET_SessionId=v, csrftoken=v, XSRF-TOKEN=v, wordpress_logged_in_0123abcd=v, laravel_session=v, cart=v, currency=v, woocommerce_cart_hash=v, _ga=v, _ga_ABC123XYZ=v, _gid=v, _hjSession_123456=v, _clck=v, _gcl_au=v, _fbp=v, _fbc=v, IDE=v, test_cookie=v, _uetsid=v, li_sugr=v, _pin_unauth=v, _tt_enable_cookie=v
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 5: a site rule after the catalog moves a cookie (the later rule wins)
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_consent_max_age 10y;
    privacy_category necessary { cookie _ga; }
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "PHPSESSID=v";
        add_header Set-Cookie "JSESSIONID=v";
        add_header Set-Cookie "ASP.NET_SessionId=v";
        add_header Set-Cookie "csrftoken=v";
        add_header Set-Cookie "XSRF-TOKEN=v";
        add_header Set-Cookie "wordpress_logged_in_0123abcd=v";
        add_header Set-Cookie "laravel_session=v";
        add_header Set-Cookie "cart=v";
        add_header Set-Cookie "currency=v";
        add_header Set-Cookie "woocommerce_cart_hash=v";
        add_header Set-Cookie "_ga=v";
        add_header Set-Cookie "_ga_ABC123XYZ=v";
        add_header Set-Cookie "_gid=v";
        add_header Set-Cookie "_hjSession_123456=v";
        add_header Set-Cookie "_clck=v";
        add_header Set-Cookie "_gcl_au=v";
        add_header Set-Cookie "_fbp=v";
        add_header Set-Cookie "_fbc=v";
        add_header Set-Cookie "IDE=v";
        add_header Set-Cookie "test_cookie=v";
        add_header Set-Cookie "_uetsid=v";
        add_header Set-Cookie "li_sugr=v";
        add_header Set-Cookie "_pin_unauth=v";
        add_header Set-Cookie "_tt_enable_cookie=v";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: PHPSESSID=v, JSESSIONID=v, ASP.NET_SessionId=v, csrftoken=v, XSRF-TOKEN=v, wordpress_logged_in_0123abcd=v, laravel_session=v, cart=v, currency=v, woocommerce_cart_hash=v, _ga=v
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 6: privacy_exempt cookie wins over the catalog, prefixes included
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_consent_max_age 10y;
    privacy_exempt cookie _pin_unauth _ga*;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "PHPSESSID=v";
        add_header Set-Cookie "JSESSIONID=v";
        add_header Set-Cookie "ASP.NET_SessionId=v";
        add_header Set-Cookie "csrftoken=v";
        add_header Set-Cookie "XSRF-TOKEN=v";
        add_header Set-Cookie "wordpress_logged_in_0123abcd=v";
        add_header Set-Cookie "laravel_session=v";
        add_header Set-Cookie "cart=v";
        add_header Set-Cookie "currency=v";
        add_header Set-Cookie "woocommerce_cart_hash=v";
        add_header Set-Cookie "_ga=v";
        add_header Set-Cookie "_ga_ABC123XYZ=v";
        add_header Set-Cookie "_gid=v";
        add_header Set-Cookie "_hjSession_123456=v";
        add_header Set-Cookie "_clck=v";
        add_header Set-Cookie "_gcl_au=v";
        add_header Set-Cookie "_fbp=v";
        add_header Set-Cookie "_fbc=v";
        add_header Set-Cookie "IDE=v";
        add_header Set-Cookie "test_cookie=v";
        add_header Set-Cookie "_uetsid=v";
        add_header Set-Cookie "li_sugr=v";
        add_header Set-Cookie "_pin_unauth=v";
        add_header Set-Cookie "_tt_enable_cookie=v";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: PHPSESSID=v, JSESSIONID=v, ASP.NET_SessionId=v, csrftoken=v, XSRF-TOKEN=v, wordpress_logged_in_0123abcd=v, laravel_session=v, cart=v, currency=v, woocommerce_cart_hash=v, _ga=v, _ga_ABC123XYZ=v, _pin_unauth=v
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 7: a regex exemption covers exact catalog names
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_consent_max_age 10y;
    privacy_exempt cookie ~^_g[ai]d?$ ~^IDE$;
--- config
    location /t {
        privacy on;
        add_header Set-Cookie "_ga=v";
        add_header Set-Cookie "_gid=v";
        add_header Set-Cookie "_fbp=v";
        add_header Set-Cookie "IDE=v";
        add_header Set-Cookie "_gcl_au=v";
        add_header Set-Cookie "ide=v";
        return 200 "ok\n";
    }
--- request
GET /t
--- response_headers
Set-Cookie: _ga=v, _gid=v, IDE=v, ide=v
--- response_body
ok
--- no_error_log
[error]
[alert]


=== TEST 8: the catalog's hosts in HTML, and privacy_exempt host
--- http_config
    include $TEST_NGINX_CATALOG;
    privacy_exempt host static.hotjar.com;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> p.html
<p>start</p>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<script src="https://connect.facebook.net/en_US/fbevents.js"></script>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<script src="https://static.hotjar.com/c/hotjar-1.js"></script>
<script src="https://cdn.jsdelivr.net/npm/x.js"></script>
<p>end</p>
--- request
GET /s/p.html
--- response_body
<p>start</p>



<script src="https://static.hotjar.com/c/hotjar-1.js"></script>
<script src="https://cdn.jsdelivr.net/npm/x.js"></script>
<p>end</p>
--- no_error_log
[error]
[alert]


=== TEST 9: privacy_exempt with an unknown kind fails nginx -t
--- http_config
    privacy_exempt url https://example.com/;
--- config
    location /t {
        return 200 "ok\n";
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid "privacy_exempt" kind "url": expected "cookie" or "host" in \S+nginx\.conf:\d+/
