# privacy_consent_endpoint: records the visitor's choice in the native
# cookie, answers 303 to a page of this site or JSON; refuses other sites,
# bad input and open redirects.  privacy_consent_secret: signed cookies,
# verified by the decision, with key rotation.  $privacy_consent_event.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: GET grant=analytics,marketing writes the native cookie, 303 to /
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
GET /privacy/consent?grant=analytics,marketing
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:analytics\.marketing:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw]; Path=/; Max-Age=34128000; SameSite=Lax\r\n
--- response_headers
Location: /
Cache-Control: no-store
X-Event: grant:analytics,marketing
--- no_error_log
[error]
[alert]



=== TEST 2: grant=all, the policy revision and privacy_consent_max_age
--- http_config
    privacy_policy_revision 3;
    privacy_consent_max_age 30d;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
GET /privacy/consent?grant=all
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:preferences\.analytics\.marketing:\d{10}:3:[A-Za-z0-9_-]{21}[AQgw]; Path=/; Max-Age=2592000; SameSite=Lax\r\n
--- response_headers
X-Event: grant:preferences,analytics,marketing
--- no_error_log
[error]
[alert]



=== TEST 3: deny=all records "only necessary"
--- http_config
    privacy_policy_revision 3;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
GET /privacy/consent?deny=all
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1::\d{10}:3:[A-Za-z0-9_-]{21}[AQgw]; Path=/; Max-Age=34128000; SameSite=Lax\r\n
--- response_headers
X-Event: deny:all
--- no_error_log
[error]
[alert]



=== TEST 4: deny wins over grant for the same category
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
GET /privacy/consent?grant=analytics&deny=analytics
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1::\d{10}:0:[A-Za-z0-9_-]{21}[AQgw];
--- response_headers
X-Event: deny:all
--- no_error_log
[error]
[alert]



=== TEST 5: grant=all&deny=marketing: everything but marketing
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
GET /privacy/consent?grant=all&deny=marketing
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:preferences\.analytics:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw];
--- response_headers
X-Event: grant:preferences,analytics
--- no_error_log
[error]
[alert]



=== TEST 6: a form POST (checkboxes: several grant fields), return= path
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
POST /privacy/consent
grant=&grant=analytics&grant=marketing&return=%2Fpage%3Fx%3D1
--- more_headers
Content-Type: application/x-www-form-urlencoded
Origin: http://localhost
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:analytics\.marketing:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw];
--- response_headers
Location: /page?x=1
--- no_error_log
[error]
[alert]



=== TEST 7: the banner's "Save" with nothing checked records only necessary
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
POST /privacy/consent
grant=
--- more_headers
Content-Type: application/x-www-form-urlencoded; charset=UTF-8
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1::\d{10}:0:[A-Za-z0-9_-]{21}[AQgw];
--- response_headers
X-Event: deny:all
--- no_error_log
[error]
[alert]



=== TEST 8: '+' and blanks separate names too
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
POST /privacy/consent
grant=marketing+preferences
--- more_headers
Content-Type: application/x-www-form-urlencoded
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:preferences\.marketing:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw];
--- no_error_log
[error]
[alert]



=== TEST 9: a POST that is not a form is refused (415)
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
POST /privacy/consent
{"grant":"all"}
--- more_headers
Content-Type: application/json
--- error_code: 415
--- raw_response_headers_unlike: Set-Cookie
--- no_error_log
[error]
[alert]



=== TEST 10: a POST body larger than 4k is refused (413)
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request eval
"POST /privacy/consent\n" . "grant=all&pad=" . ("x" x 5000)
--- more_headers
Content-Type: application/x-www-form-urlencoded
--- error_code: 413
--- raw_response_headers_unlike: Set-Cookie
--- no_error_log
[alert]



=== TEST 11: a POST that records nothing is a 400
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
POST /privacy/consent
submit=1
--- more_headers
Content-Type: application/x-www-form-urlencoded
--- error_code: 400
--- response_body
nothing to record: give "grant" or "deny"
--- response_headers
X-Event: invalid
--- raw_response_headers_unlike: Set-Cookie
--- no_error_log
[error]
[alert]



=== TEST 12: an unknown category is a 400 naming it, nothing written
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
GET /privacy/consent?grant=analytics,social
--- error_code: 400
--- response_body
unknown consent category "social"
--- response_headers
Content-Type: text/plain
X-Event: invalid
--- raw_response_headers_unlike: Set-Cookie
--- error_log
consent endpoint: unknown consent category "social"
--- no_error_log
[error]
[alert]



=== TEST 13: what is not a category name is never echoed
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?grant=%3Cscript%3Ealert(1)%3C/script%3E
--- error_code: 400
--- response_body
unknown consent category (not a category name)
--- raw_response_headers_unlike: Set-Cookie
--- no_error_log
[error]
[alert]



=== TEST 14: unknown category as JSON
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?deny=tracking
--- more_headers
Accept: application/json
--- error_code: 400
--- response_body
{"error":"unknown consent category \"tracking\""}
--- response_headers
Content-Type: application/json
--- no_error_log
[error]
[alert]



=== TEST 15: "necessary" cannot be denied
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?deny=necessary
--- error_code: 400
--- response_body
the "necessary" category cannot be denied
--- no_error_log
[error]
[alert]



=== TEST 16: a declared category can be granted
--- http_config
    privacy_category social { cookie li_at; }
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?grant=social,analytics
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:analytics\.social:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw];
--- no_error_log
[error]
[alert]



=== TEST 17: other methods: 405 with Allow
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
PUT /privacy/consent?grant=all
--- error_code: 405
--- response_headers
Allow: GET, POST
--- raw_response_headers_unlike: Set-Cookie
--- no_error_log
[error]
[alert]



=== TEST 18: JSON when asked: the decision now in force
--- http_config
    privacy_policy_revision 2;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
POST /privacy/consent
grant=analytics
--- more_headers
Content-Type: application/x-www-form-urlencoded
Accept: application/json, text/plain;q=0.5
--- error_code: 200
--- response_body
{"consent":["necessary","analytics"],"revision":2}
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:analytics:\d{10}:2:[A-Za-z0-9_-]{21}[AQgw];
--- response_headers
Content-Type: application/json
Cache-Control: no-store
--- no_error_log
[error]
[alert]



=== TEST 19: GPC still narrows what is in force, the cookie keeps the choice
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?grant=analytics,marketing
--- more_headers
Accept: application/json
Sec-GPC: 1
--- error_code: 200
--- response_body
{"consent":["necessary","analytics"],"revision":0}
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:analytics\.marketing:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw];
--- no_error_log
[error]
[alert]



=== TEST 20: a GET without grant or deny reads the decision, writes nothing
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- response_body
necessary,marketing
--- raw_response_headers_unlike: Set-Cookie
--- no_error_log
[error]
[alert]



=== TEST 21: the same, as JSON
--- http_config
    privacy_consent_max_age 10y;
    privacy_policy_revision 1;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent
--- more_headers
Accept: application/json
--- response_body
{"consent":["necessary"],"revision":1}
--- raw_response_headers_unlike: Set-Cookie
--- no_error_log
[error]
[alert]



=== TEST 22: open redirects through return= all end at "/"
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request eval
[
"GET /privacy/consent?grant=all&return=//evil.example/x",
"GET /privacy/consent?grant=all&return=%2F%2Fevil.example",
"GET /privacy/consent?grant=all&return=/%5Cevil.example",
"GET /privacy/consent?grant=all&return=%5C%5Cevil.example",
"GET /privacy/consent?grant=all&return=https://evil.example/",
"GET /privacy/consent?grant=all&return=javascript:alert(1)",
"GET /privacy/consent?grant=all&return=evil.example",
"GET /privacy/consent?grant=all&return=/%09/evil.example",
"GET /privacy/consent?grant=all&return=http://localhost.evil.example/",
"GET /privacy/consent?grant=all&return=http://localhost%40evil.example/",
"GET /privacy/consent?grant=all&return=http://evil.example%23%40localhost/",
"GET /privacy/consent?grant=all&return=/%0d%0aSet-Cookie:%20x=1",
"GET /privacy/consent?grant=all&return=",
]
--- error_code eval
[303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303]
--- response_headers eval
[
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
"Location: /\n",
]
--- no_error_log
[error]
[alert]



=== TEST 23: same-site return targets are kept (absolute ones as a path)
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request eval
[
"GET /privacy/consent?grant=all&return=/shop/cart?id=7%26a=b",
"GET /privacy/consent?grant=all&return=http://localhost/news/",
"GET /privacy/consent?grant=all&return=https://LOCALHOST/a?b",
"GET /privacy/consent?grant=all&return=http://localhost",
"GET /privacy/consent?grant=all&return=/",
]
--- error_code eval
[303, 303, 303, 303, 303]
--- response_headers eval
[
"Location: /shop/cart?id=7&a=b\n",
"Location: /news/\n",
"Location: /a?b\n",
"Location: /\n",
"Location: /\n",
]
--- no_error_log
[error]
[alert]



=== TEST 24: without return=, back to the Referer of this site
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?grant=analytics
--- more_headers
Referer: http://localhost/blog/post-1?utm=x
--- error_code: 303
--- response_headers
Location: /blog/post-1?utm=x
--- no_error_log
[error]
[alert]



=== TEST 25: a Referer of another site behind a same Origin: back to "/"
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
POST /privacy/consent
grant=analytics
--- more_headers
Content-Type: application/x-www-form-urlencoded
Origin: http://localhost
Referer: http://evil.example/page
--- error_code: 303
--- response_headers
Location: /
--- no_error_log
[error]
[alert]



=== TEST 26: a POST from another origin is refused, nothing written
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request
POST /privacy/consent
grant=all
--- more_headers
Content-Type: application/x-www-form-urlencoded
Origin: http://evil.example
--- error_code: 403
--- response_body
the Origin is not this site
--- response_headers
X-Event: refused
--- raw_response_headers_unlike: Set-Cookie
--- error_log
consent endpoint refused a request from another site: the Origin is not this site
--- no_error_log
[error]
[alert]



=== TEST 27: every kind of cross-site request is refused
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request eval
[
"GET /privacy/consent?grant=all",
"GET /privacy/consent?grant=all",
"GET /privacy/consent?grant=all",
"GET /privacy/consent?deny=all",
"GET /privacy/consent?grant=all",
"GET /privacy/consent?grant=all",
"GET /privacy/consent?grant=all",
]
--- more_headers eval
[
"Sec-Fetch-Site: cross-site\n",
"Origin: null\n",
"Origin: https://localhost\n",
"Origin: http://localhost.evil.example\n",
"Referer: http://evil.example/localhost\n",
"Referer: javascript:x\n",
"Origin: http://localhost\nOrigin: http://evil.example\n",
]
--- error_code eval
[403, 403, 403, 403, 403, 403, 403]
--- raw_response_headers_unlike eval
["Set-Cookie", "Set-Cookie", "Set-Cookie", "Set-Cookie", "Set-Cookie", "Set-Cookie", "Set-Cookie"]
--- no_error_log
[error]
[alert]



=== TEST 28: same-origin and same-site fetch metadata are accepted
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request eval
[
"GET /privacy/consent?grant=all",
"GET /privacy/consent?grant=all",
"GET /privacy/consent?grant=all",
"GET /privacy/consent?grant=all",
]
--- more_headers eval
[
"Sec-Fetch-Site: same-origin\nOrigin: http://localhost\n",
"Sec-Fetch-Site: none\n",
"Origin: HTTP://LocalHost\n",
"Referer: http://localhost/\n",
]
--- error_code eval
[303, 303, 303, 303]
--- raw_response_headers_like eval
["Set-Cookie: privacy_consent=1:", "Set-Cookie: privacy_consent=1:", "Set-Cookie: privacy_consent=1:", "Set-Cookie: privacy_consent=1:"]
--- no_error_log
[error]
[alert]



=== TEST 29: a withdrawal expires the non-granted cookies the browser sent
--- http_config
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?deny=all
--- more_headers
Cookie: _ga=GA1.2; sid=abc; _fbp=fb.1; privacy_consent=1:analytics.marketing:1732300000:0
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1::\d{10}:0:[A-Za-z0-9_-]{21}[AQgw]; .*Set-Cookie: _ga=; Max-Age=0; Path=/\r\nSet-Cookie: _fbp=; Max-Age=0; Path=/\r\n
--- raw_response_headers_unlike: Set-Cookie: (sid|privacy_consent)=;
--- no_error_log
[error]
[alert]



=== TEST 30: a partial grant expires only what it does not grant
--- http_config
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Stripped $privacy_cookies_stripped always;
    }
--- request
GET /privacy/consent?grant=analytics
--- more_headers
Cookie: _ga=GA1.2; _fbp=fb.1; bad"name=1
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: _fbp=; Max-Age=0; Path=/\r\n
--- raw_response_headers_unlike: Set-Cookie: _ga=
--- response_headers
X-Stripped: _fbp
--- no_error_log
[error]
[alert]



=== TEST 31: privacy_consent_httponly on; another native cookie name
--- http_config
    privacy_consent_cookie site_consent native;
    privacy_consent_httponly on;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?grant=analytics
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: site_consent=1:analytics:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw]; Path=/; Max-Age=34128000; SameSite=Lax; HttpOnly\r\n
--- no_error_log
[error]
[alert]



=== TEST 32: with privacy on and the debug header, the response follows the new choice
--- config
    location /privacy/consent {
        privacy on;
        privacy_debug_header on;
        privacy_consent_endpoint;
    }
--- request
GET /privacy/consent?grant=marketing
--- error_code: 303
--- response_headers
X-Privacy-Decision: consent=necessary,marketing; source=cookie:native; regime=opt-in; event=grant:marketing
Vary: Cookie, DNT, Sec-GPC
--- no_error_log
[error]
[alert]



=== TEST 33: with a secret the endpoint signs the cookie
--- http_config
    privacy_consent_secret ../html/key1;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
--- request
GET /privacy/consent?grant=analytics
--- error_code: 303
--- raw_response_headers_like: Set-Cookie: privacy_consent=1:analytics:\d{10}:0:[A-Za-z0-9_-]{21}[AQgw]:[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]; Path=/;
--- no_error_log
[error]
[alert]



=== TEST 34: a cookie signed with the key grants
--- http_config
    privacy_consent_max_age 10y;
    privacy_consent_secret ../html/key1;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] source=[$privacy_decision_source]\n";
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0:YlRwcgiOY3zNqfam4XI6TfzoW4chsjfVQDknKL0loIQ
--- response_body
consent=[necessary,analytics] source=[cookie:native]
--- no_error_log
[error]
[alert]



=== TEST 35: with a secret an unsigned cookie is invalid, never a grant
--- http_config
    privacy_consent_max_age 10y;
    privacy_default_regime opt-out;
    privacy_consent_secret ../html/key1;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] source=[$privacy_decision_source]\n";
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
consent=[necessary] source=[invalid:native]
--- error_log
unsigned consent cookie while privacy_consent_secret is set
--- no_error_log
[error]
[alert]



=== TEST 36: a signature by another key, or over other data, is invalid
--- http_config
    privacy_consent_max_age 10y;
    privacy_consent_secret ../html/key1;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] source=[$privacy_decision_source]\n";
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
--- request eval
["GET /t", "GET /t", "GET /t"]
--- more_headers eval
[
"Cookie: privacy_consent=1:analytics:1732300000:0:PsUWElvIV_xdFJxpkn1v7WGv0mOT1v7IjZ8c9YIeO-Y\n",
"Cookie: privacy_consent=1:analytics.marketing:1732300000:0:YlRwcgiOY3zNqfam4XI6TfzoW4chsjfVQDknKL0loIQ\n",
"Cookie: privacy_consent=1:analytics:1732300000:0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
]
--- response_body eval
[
"consent=[necessary] source=[invalid:native]\n",
"consent=[necessary] source=[invalid:native]\n",
"consent=[necessary] source=[invalid:native]\n",
]
--- error_log
consent cookie signature does not verify
--- no_error_log
[error]
[alert]



=== TEST 37: key rotation: cookies signed with either listed key verify
--- http_config
    privacy_consent_max_age 10y;
    privacy_consent_secret ../html/key2 ../html/key1;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent]\n";
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
>>> key2
test-key-two-0123456789abcdef
--- request eval
["GET /t", "GET /t"]
--- more_headers eval
[
"Cookie: privacy_consent=1:analytics.marketing:1732300000:0:4Hcjyq8s6XddCsv4jVsv9e9Xps41ySKneGERQscYfOI\n",
"Cookie: privacy_consent=1:analytics:1732300000:0:PsUWElvIV_xdFJxpkn1v7WGv0mOT1v7IjZ8c9YIeO-Y\n",
]
--- response_body eval
[
"consent=[necessary,analytics,marketing]\n",
"consent=[necessary,analytics]\n",
]
--- no_error_log
[error]
[alert]



=== TEST 38: a retired key no longer verifies
--- http_config
    privacy_consent_max_age 10y;
    privacy_consent_secret ../html/key2;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent]\n";
    }
--- user_files
>>> key2
test-key-two-0123456789abcdef
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0:YlRwcgiOY3zNqfam4XI6TfzoW4chsjfVQDknKL0loIQ
--- response_body
consent=[necessary]
--- no_error_log
[error]
[alert]



=== TEST 39: a valid signature does not rescue a stale revision
--- http_config
    privacy_consent_max_age 10y;
    privacy_policy_revision 0;
    privacy_consent_secret ../html/key1;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] source=[$privacy_decision_source]\n";
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:1:yLAEazH2m864HKFga18VqXbpxbbC24MrvG2JA9v5KTY
--- response_body
consent=[necessary] source=[stale:native,default:opt-in]
--- no_error_log
[error]
[alert]



=== TEST 40: without a secret the signature is not checked
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0:PsUWElvIV_xdFJxpkn1v7WGv0mOT1v7IjZ8c9YIeO-Y
--- response_body
consent=[necessary,analytics]
--- no_error_log
[error]
[alert]



=== TEST 41: a secret in a server block applies there only
--- http_config
    privacy_consent_max_age 10y;
--- config
    privacy_consent_secret ../html/key1;
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent]\n";
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0
--- response_body
consent=[necessary]
--- no_error_log
[error]
[alert]



=== TEST 42: a CRLF at the end of the key file is not part of the key
--- http_config
    privacy_consent_max_age 10y;
    privacy_consent_secret ../html/key1;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent]\n";
    }
--- user_files eval
[["key1", "test-key-one-0123456789abcdef\r\n"]]
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1732300000:0:YlRwcgiOY3zNqfam4XI6TfzoW4chsjfVQDknKL0loIQ
--- response_body
consent=[necessary,analytics]
--- no_error_log
[error]
[alert]



=== TEST 43: config: an unreadable key file
--- http_config
    privacy_consent_secret ../html/no-such-key;
--- config
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_consent_secret cannot open "[^"]*no-such-key".* in \S+nginx\.conf:\d+/



=== TEST 44: config: an empty key file
--- http_config
    privacy_consent_secret ../html/key1;
--- config
--- user_files eval
[["key1", "\n"]]
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_consent_secret "[^"]*key1" is empty in \S+nginx\.conf:\d+/



=== TEST 45: config: a key shorter than 16 bytes
--- http_config
    privacy_consent_secret ../html/key1;
--- config
--- user_files
>>> key1
short
--- must_die
--- error_log eval
qr/\[emerg\] .*privacy_consent_secret "[^"]*key1" is too short: 5 bytes, at least 16 in \S+nginx\.conf:\d+/



=== TEST 46: config: the endpoint needs a native consent cookie
--- http_config
    privacy_consent_cookie CookieConsent cookiebot;
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_consent_endpoint" needs a native consent cookie \(privacy_consent_cookie NAME native\) in \S+nginx\.conf:\d+/



=== TEST 47: config: the endpoint is a location directive, without arguments
--- config
    privacy_consent_endpoint;
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_consent_endpoint" directive is not allowed here in \S+nginx\.conf:\d+/



=== TEST 48: config: the endpoint takes no argument
--- config
    location /c {
        privacy_consent_endpoint on;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*invalid number of arguments in "privacy_consent_endpoint" directive in \S+nginx\.conf:\d+/



=== TEST 49: config: the endpoint and another content handler
--- config
    location /c {
        proxy_pass http://127.0.0.1:1;
        privacy_consent_endpoint;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_consent_endpoint" directive is duplicate: the location already has a content handler in \S+nginx\.conf:\d+/



=== TEST 50: config: privacy_consent_secret is not a location directive
--- config
    location /c {
        privacy_consent_secret ../html/key1;
    }
--- must_die
--- error_log eval
qr/\[emerg\] .*"privacy_consent_secret" directive is not allowed here in \S+nginx\.conf:\d+/



=== TEST 51: with privacy_strip_request_cookies, the cookies taken out for the old decision count
--- http_config
    privacy_category analytics { cookie _ga; }
    privacy_category marketing { cookie _fbp; }
--- config
    location /privacy/consent {
        privacy on;
        privacy_strip_request_cookies on;
        privacy_expire_cookies on;
        privacy_consent_endpoint;
    }
--- request eval
["GET /privacy/consent?grant=analytics", "GET /privacy/consent?deny=all"]
--- more_headers
Cookie: _ga=GA1.2; sid=abc; _fbp=fb.1
--- error_code eval
[303, 303]
--- raw_response_headers_like eval
["Set-Cookie: _fbp=; Max-Age=0; Path=/\r\n", "Set-Cookie: _ga=; Max-Age=0; Path=/\r\nSet-Cookie: _fbp=; Max-Age=0; Path=/\r\n"]
--- raw_response_headers_unlike eval
["Set-Cookie: (_ga|sid)=", "Set-Cookie: sid=|_(ga|fbp)=;.*_(ga|fbp)=;.*_(ga|fbp)=;"]
--- no_error_log
[error]
[alert]


=== TEST 52: a long form key (up to 48 bytes) is skipped without overflowing the key buffer
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        add_header X-Event $privacy_consent_event always;
    }
--- request eval
"POST /privacy/consent\n" . "k" x 47 . "=1&" . "%6b" x 16 . "=2&grant=analytics"
--- more_headers
Content-Type: application/x-www-form-urlencoded
--- error_code: 303
--- response_headers
X-Event: grant:analytics
--- no_error_log
[error]
[alert]



=== TEST 53: each grant or withdrawal mints a consent ID: in the cookie, in $privacy_consent_id and in the consent log, a new one each time
--- http_config
    log_format consent escape=json '{"event":"$privacy_consent_event","id":"$privacy_consent_id","consent":"$privacy_consent"}';
--- config
    location /privacy/consent {
        privacy_consent_endpoint;
        access_log logs/consent.log consent;
        add_header X-Id $privacy_consent_id always;
    }
    location = /log {
        default_type text/plain;
        alias logs/consent.log;
    }
--- request eval
["GET /privacy/consent?grant=analytics", "GET /privacy/consent?deny=all", "GET /log"]
--- error_code eval
[303, 303, 200]
--- raw_response_headers_like eval
['Set-Cookie: privacy_consent=1:analytics:\d{10}:0:([A-Za-z0-9_-]{21}[AQgw]); Path=/;.*X-Id: \1\r\n',
 'Set-Cookie: privacy_consent=1::\d{10}:0:([A-Za-z0-9_-]{21}[AQgw]); Path=/;.*X-Id: \1\r\n',
 '']
--- response_body_like eval
['', '',
 qr/\A\{"event":"grant:analytics","id":"([A-Za-z0-9_-]{21}[AQgw])","consent":"necessary,analytics"\}\n\{"event":"deny:all","id":"(?!\1)[A-Za-z0-9_-]{21}[AQgw]","consent":"necessary"\}\n\z/]
--- no_error_log
[error]
[alert]



=== TEST 54: the ID is covered by the signature: the signed cookie with its ID grants; any other ID is invalid
--- http_config
    privacy_consent_max_age 10y;
    privacy_consent_secret ../html/key1;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] id=[$privacy_consent_id] source=[$privacy_decision_source]\n";
    }
--- user_files
>>> key1
test-key-one-0123456789abcdef
--- request eval
["GET /t", "GET /t", "GET /t"]
--- more_headers eval
["Cookie: privacy_consent=1:analytics:1732300000:0:q1w2e3r4t5y6u7i8o9p0aA:e9dzUHKUAWuzId3Kw_vk_AMVO0kPssnGPOFG_PH112I",
 "Cookie: privacy_consent=1:analytics:1732300000:0:q1w2e3r4t5y6u7i8o9p0aQ:e9dzUHKUAWuzId3Kw_vk_AMVO0kPssnGPOFG_PH112I",
 "Cookie: privacy_consent=1:analytics:1732300000:0:q1w2e3r4t5y6u7i8o9p0aA:YlRwcgiOY3zNqfam4XI6TfzoW4chsjfVQDknKL0loIQ"]
--- response_body eval
["consent=[necessary,analytics] id=[q1w2e3r4t5y6u7i8o9p0aA] source=[cookie:native]\n",
 "consent=[necessary] id=[] source=[invalid:native]\n",
 "consent=[necessary] id=[] source=[invalid:native]\n"]
--- no_error_log
[error]
[alert]
