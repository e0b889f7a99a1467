# privacy_html_placeholder: a removed <iframe> leaves a box of its size that
# names the service and the category, with a no-JavaScript button posting
# to the consent endpoint (the form inserted once before </body>); every
# value from the page HTML-escaped.  The round trip in Chromium:
# t/browser/placeholder.pl.
use Test::Nginx::Socket 'no_plan';

no_long_string();
no_shuffle();
run_tests();

__DATA__

=== TEST 1: the default template in place of a YouTube iframe; the form once before </body>
--- http_config
    privacy_category marketing { host youtube-nocookie.com; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_placeholder on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<body><p><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/x" title="v"></iframe></p>
<iframe src="https://www.youtube-nocookie.com/embed/y" width="100%"></iframe>
</body>
--- request
GET /s/page.html?a=1&b=2
--- response_body_like eval
qr{^<body><p><span class="privacy-ph" lang="en" dir="ltr" style="width:560px;min-height:315px"><style>\n.*<strong>youtube-nocookie\.com</strong> is not shown: it needs your consent to <strong>marketing</strong> cookies and similar technologies, and would load from www\.youtube-nocookie\.com\.</span><button type="submit" form="privacy-embed-consent" formaction="/privacy/consent\?return=/s/page\.html%3Fa%3D1%26b%3D2" formmethod="post" name="grant" value="marketing">Allow marketing and show youtube-nocookie\.com</button>.*</span></span></p>\n<span class="privacy-ph" lang="en" dir="ltr" style="width:100%;min-height:150px">.*</span></span>\n<form id="privacy-embed-consent" method="post" hidden></form></body>\n$}s
--- no_error_log
[error]
[alert]



=== TEST 2: a template of one's own: every name; the return percent-encoded, a hostile width replaced; the grant keeps what is granted; no </body>: the form at the end
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host maps.example.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_placeholder ../html/ph.html;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> ph.html
<!-- my template: {{nothing}} here counts -->
  [{{service}}|{{host}}|{{category}}|{{grant}}|{{return}}|{{width}}|{{height}}]
>>> page.html
<iframe src="//maps.example.net/m?q=1" width="&quot;><script>x</script>" height="80px"></iframe><p>after</p>
--- request
GET /s/page.html?x="<>'&y
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body eval
"[maps.example.net|maps.example.net|marketing|analytics,marketing|/s/page.html%3Fx%3D%22%3C%3E%27%26y|300px|80px]<p>after</p>\n<form id=\"privacy-embed-consent\" method=\"post\" hidden></form>"
--- no_error_log
[error]
[alert]



=== TEST 3: neutralize keeps the iframe inert: no placeholder, no form; a granted iframe stays
--- http_config
    privacy_consent_max_age 10y;
    privacy_category marketing { host youtube-nocookie.com; }
    privacy_category analytics { host maps.example.net; }
--- config
    location /s/ {
        privacy on;
        privacy_html on;
        privacy_html_action neutralize;
        privacy_html_placeholder on;
        default_type text/html;
        alias html/;
    }
    location /g/ {
        privacy on;
        privacy_html on;
        privacy_html_placeholder on;
        default_type text/html;
        alias html/;
    }
--- user_files
>>> page.html
<body><iframe src="https://www.youtube-nocookie.com/embed/x"></iframe><iframe src="https://maps.example.net/m"></iframe></body>
--- request eval
["GET /s/page.html", "GET /g/page.html"]
--- more_headers eval
["", "Cookie: privacy_consent=1:analytics.marketing:1732300000:0"]
--- response_body eval
["<body><iframe data-privacy-src=\"https://www.youtube-nocookie.com/embed/x\"></iframe><iframe data-privacy-src=\"https://maps.example.net/m\"></iframe></body>\n",
 "<body><iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe><iframe src=\"https://maps.example.net/m\"></iframe></body>\n"]
--- no_error_log
[error]
[alert]



=== TEST 4: nginx -t: an unknown name in the template, with the file
--- config
    location /s/ {
        privacy_html_placeholder ../html/ph.html;
    }
--- user_files
>>> ph.html
<p>{{service}} {{url}}</p>
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_html_placeholder: "\{\{url\}\}" in \S+\/html\/ph\.html is not one of \{\{service\}\}/



=== TEST 5: nginx -t: "{{" without "}}"
--- config
    location /s/ {
        privacy_html_placeholder ../html/ph.html;
    }
--- user_files
>>> ph.html
<p>{{service</p>
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_html_placeholder: "\{\{service<\/p>" in \S+\/html\/ph\.html is not one of/
