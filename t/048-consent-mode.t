# privacy_consent_mode: the HTML filter puts Google Consent Mode v2 (and
# UET, Clarity) defaults from the server's decision first in <head>; basic
# mode still removes Google's tags until granted, advanced mode lets them
# run with the denied defaults; a CSP nonce is carried over.
use Test::Nginx::Socket 'no_plan';

no_long_string();
no_shuffle();
run_tests();

__DATA__

=== TEST 1: nothing granted: every type denied but security_storage, right after <head>
--- http_config
    privacy_category analytics { host googletagmanager.com; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode google;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
</head><body><p>x</p></body></html>
--- request
GET /s/page.html
--- response_body
<!doctype html><html><head><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"denied","functionality_storage":"denied","personalization_storage":"denied","security_storage":"granted"});</script><meta charset="utf-8"><title>t</title>

</head><body><p>x</p></body></html>
--- no_error_log
[error]
[alert]



=== TEST 2: every decision maps onto the seven types (default mapping), and the tag stays once granted
--- http_config
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode google;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<head><script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script></head>
--- request eval
["GET /s/page.html", "GET /s/page.html", "GET /s/page.html", "GET /s/page.html"]
--- more_headers eval
["Cookie: privacy_consent=1:marketing:1732300000:0",
 "Cookie: privacy_consent=1:analytics:1732300000:0",
 "Cookie: privacy_consent=1:preferences:1732300000:0",
 "Cookie: privacy_consent=1:preferences.analytics.marketing:1732300000:0"]
--- response_body_like eval
['^<head><script>.*\{"ad_storage":"granted","ad_user_data":"granted","ad_personalization":"granted","analytics_storage":"denied","functionality_storage":"denied","personalization_storage":"denied","security_storage":"granted"\}\);</script></head>\n$',
 '^<head><script>.*\{"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"granted","functionality_storage":"denied","personalization_storage":"denied","security_storage":"granted"\}\);</script><script src="https://www.googletagmanager.com/gtag/js\?id=G-1"></script></head>\n$',
 '^<head><script>.*\{"ad_storage":"denied","ad_user_data":"denied","ad_personalization":"denied","analytics_storage":"denied","functionality_storage":"granted","personalization_storage":"granted","security_storage":"granted"\}\);</script></head>\n$',
 '^<head><script>.*\{"ad_storage":"granted","ad_user_data":"granted","ad_personalization":"granted","analytics_storage":"granted","functionality_storage":"granted","personalization_storage":"granted","security_storage":"granted"\}\);</script><script src="https://www.googletagmanager.com/gtag/js\?id=G-1"></script></head>\n$']
--- no_error_log
[error]
[alert]



=== TEST 3: privacy_consent_mode_map: a type of its own categories; the rest by default
--- http_config
    privacy_consent_max_age 10y;
    privacy_category statistics { cookie _pk_id; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode google;
        privacy_consent_mode_map analytics_storage statistics analytics;
        privacy_consent_mode_map ad_user_data necessary;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<head></head>
--- request eval
["GET /s/page.html", "GET /s/page.html"]
--- more_headers eval
["Cookie: privacy_consent=1:analytics:1732300000:0",
 "Cookie: privacy_consent=1:analytics.statistics:1732300000:0"]
--- response_body_like eval
['"ad_storage":"denied","ad_user_data":"granted","ad_personalization":"denied","analytics_storage":"denied"',
 '"ad_storage":"denied","ad_user_data":"granted","ad_personalization":"denied","analytics_storage":"granted"']
--- no_error_log
[error]
[alert]



=== TEST 4: bing and clarity; no <head>: before the first element that could load a tag
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode bing clarity;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<p>no head</p><script>var a=1;</script>
--- request
GET /s/page.html
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
<p>no head</p><script>window.uetq=window.uetq||[];window.uetq.push('consent','default',{"ad_storage":"denied"});window.clarity=window.clarity||function(){(window.clarity.q=window.clarity.q||[]).push(arguments)};window.clarity('consentv2',{"ad_Storage":"denied","analytics_Storage":"granted"});</script><script>var a=1;</script>
--- no_error_log
[error]
[alert]



=== TEST 5: the nonce of the page's Content-Security-Policy is carried over
--- http_config
    privacy_category analytics { host googletagmanager.com; }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode google;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
    }
    location = /page.html {
        default_type text/html;
        add_header Content-Security-Policy "default-src 'self'; script-src 'nonce-r4nd0m+/=' 'strict-dynamic'";
    }
    location = /nononce.html {
        default_type text/html;
        alias html/page.html;
        add_header Content-Security-Policy "script-src 'sha256-abc='";
    }
--- user_files
>>> page.html
<HEAD lang="en"><title>t</title></HEAD>
--- request eval
["GET /t/page.html", "GET /t/nononce.html"]
--- response_body_like eval
['^<HEAD lang="en"><script nonce="r4nd0m\+/=">window\.dataLayer=.*</script><title>t</title></HEAD>\n$',
 '^<HEAD lang="en"><script>window\.dataLayer=.*</script><title>t</title></HEAD>\n$']
--- no_error_log
[error]
[alert]



=== TEST 6: <head> split across reads of a small buffer, after 2 KB: once, right after it
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode google;
        proxy_pass http://127.0.0.1:$TEST_NGINX_SERVER_PORT/;
        proxy_buffer_size 1k;
        proxy_buffers 4 1k;
    }
    location = /page.html {
        default_type text/html;
        postpone_output 0;
    }
--- user_files eval
[["page.html", "<!-- " . ("x" x 2040) . " --><head data-a=\"" . ("y" x 900) . "\"><title>t</title></head><head></head>\n"]]
--- request
GET /t/page.html
--- response_body_like eval
'^<!-- x{2040} --><head data-a="y{900}"><script>window\.dataLayer=[^<]*</script><title>t</title></head><head></head>\n$'
--- no_error_log
[error]
[alert]



=== TEST 7: basic mode removes Google's tag without consent; advanced keeps it (and only it)
--- http_config
    privacy_category analytics { host googletagmanager.com google-analytics.com; }
    privacy_category marketing { url https://www.facebook.com/tr; }
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
<head><script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
<script>(function(w,d,s,l,i){var j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;d.head.appendChild(j);})(window,document,'script','dataLayer','GTM-X');</script>
<img src="https://www.facebook.com/tr?id=1"></head>
--- request eval
["GET /basic/page.html", "GET /advanced/page.html"]
--- response_body_like eval
['^<head><script>window\.dataLayer=[^<]*</script>\n\n</head>\n$',
 '^<head><script>window\.dataLayer=[^<]*"analytics_storage":"denied"[^<]*</script><script async src="https://www\.googletagmanager\.com/gtag/js\?id=G-1"></script>\n<script>\(function\(w,d,s,l,i\).*</script>\n</head>\n$']
--- no_error_log
[error]
[alert]



=== TEST 8: off in a location; not inserted into a page that is not filtered
--- config
    privacy_consent_mode google;
    location /off/ {
        privacy on;
        privacy_html on;
        privacy_consent_mode off;
        default_type text/html;
        alias html/;
    }
    location /nohtml/ {
        privacy on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<head></head>
--- request eval
["GET /off/page.html", "GET /nohtml/page.html"]
--- response_body eval
["<head></head>\n", "<head></head>\n"]
--- no_error_log
[error]
[alert]



=== TEST 9: nginx -t: an unknown vendor
--- config
    location /t { privacy_consent_mode google matomo; }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid value "matomo" in "privacy_consent_mode": google, bing or clarity, each once, then "advanced", or "off" alone in \S+\/conf\/nginx\.conf:\d+/



=== TEST 10: nginx -t: advanced without google
--- config
    location /t { privacy_consent_mode bing advanced; }
--- must_die
--- error_log eval
qr/\[emerg\] .*"advanced" in "privacy_consent_mode" is Google's mode and needs google in \S+\/conf\/nginx\.conf:\d+/



=== TEST 11: nginx -t: an unknown type and an unknown category in privacy_consent_mode_map
--- config
    location /t { privacy_consent_mode_map ads_storage marketing; }
    location /u { privacy_consent_mode_map ad_storage adverts; }
--- must_die
--- error_log eval
qr/\[emerg\] .*unknown consent type "ads_storage" in "privacy_consent_mode_map": ad_storage, ad_user_data, ad_personalization, analytics_storage, functionality_storage, personalization_storage or security_storage in \S+\/conf\/nginx\.conf:\d+/
