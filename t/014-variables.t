# The $privacy_* variables, and the decision being computed once per request
# however many variables, phases and filters ask for it.
use Test::Nginx::Socket 'no_plan';

no_shuffle();
run_tests();

__DATA__

=== TEST 1: defaults without any signal (opt-in)
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] mask=[$privacy_consent_mask] source=[$privacy_decision_source] regime=[$privacy_regime] dnt=[$privacy_dnt] gpc=[$privacy_gpc]\n";
    }
--- request
GET /t
--- response_body
consent=[necessary] mask=[1] source=[default:opt-in] regime=[opt-in] dnt=[] gpc=[]
--- no_error_log
[error]
[alert]



=== TEST 2: opt-out regime, GPC and DNT: 0
--- http_config
    privacy_default_regime opt-out;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] mask=[$privacy_consent_mask] source=[$privacy_decision_source] regime=[$privacy_regime] dnt=[$privacy_dnt] gpc=[$privacy_gpc]\n";
    }
--- request
GET /t
--- more_headers
Sec-GPC: 1
DNT: 0
--- response_body
consent=[necessary,preferences,analytics] mask=[7] source=[default:opt-out,gpc] regime=[opt-out] dnt=[0] gpc=[1]
--- no_error_log
[error]
[alert]



=== TEST 3: regime none grants everything without a decision
--- http_config
    privacy_default_regime none;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] mask=[$privacy_consent_mask] regime=[$privacy_regime]\n";
    }
--- request
GET /t
--- response_body
consent=[necessary,preferences,analytics,marketing] mask=[f] regime=[none]
--- no_error_log
[error]
[alert]



=== TEST 4: a custom category takes the next bit of the mask
--- http_config
    privacy_consent_max_age 10y;
    privacy_category social { cookie li_at; }
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] mask=[$privacy_consent_mask]\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics.social:1732300000:0
--- response_body
consent=[necessary,analytics,social] mask=[15]
--- no_error_log
[error]
[alert]



=== TEST 5: Sec-GPC values other than exactly 1 are ignored
--- http_config
    privacy_default_regime opt-out;
--- config
    location /t {
        privacy on;
        return 200 "gpc=[$privacy_gpc] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
Sec-GPC: 0
Sec-GPC: true
Sec-GPC: 11
--- response_body
gpc=[] consent=[necessary,preferences,analytics,marketing]
--- no_error_log
[error]
[alert]



=== TEST 6: Sec-GPC in a comma-joined line, with blanks
--- http_config
    privacy_default_regime opt-out;
--- config
    location /t {
        privacy on;
        return 200 "gpc=[$privacy_gpc] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
Sec-GPC: 0,  1 
--- response_body
gpc=[1] consent=[necessary,preferences,analytics]
--- no_error_log
[error]
[alert]



=== TEST 7: DNT with an extension, and several DNT lines: any 1 wins
--- http_config
    privacy_default_regime opt-out;
--- config
    location /t {
        privacy on;
        return 200 "dnt=[$privacy_dnt] consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
DNT: 0
DNT: 1xyz
--- response_body
dnt=[1] consent=[necessary,preferences]
--- no_error_log
[error]
[alert]



=== TEST 8: privacy_dnt off and privacy_gpc off ignore the headers
--- http_config
    privacy_default_regime opt-out;
--- config
    location /t {
        privacy on;
        privacy_dnt off;
        privacy_gpc off;
        return 200 "source=[$privacy_decision_source] consent=[$privacy_consent] dnt=[$privacy_dnt]\n";
    }
--- request
GET /t
--- more_headers
DNT: 1
Sec-GPC: 1
--- response_body
source=[default:opt-out] consent=[necessary,preferences,analytics,marketing] dnt=[1]
--- no_error_log
[error]
[alert]



=== TEST 9: privacy_dnt_denies and privacy_gpc_denies choose what is withdrawn
--- http_config
    privacy_default_regime opt-out;
--- config
    location /t {
        privacy on;
        privacy_dnt_denies marketing;
        privacy_gpc_denies preferences analytics;
        return 200 "consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
DNT: 1
Sec-GPC: 1
--- response_body
consent=[necessary]
--- no_error_log
[error]
[alert]



=== TEST 10: privacy_gpc_denies none withdraws nothing
--- http_config
    privacy_default_regime opt-out;
--- config
    location /t {
        privacy on;
        privacy_gpc_denies none;
        return 200 "consent=[$privacy_consent] source=[$privacy_decision_source]\n";
    }
--- request
GET /t
--- more_headers
Sec-GPC: 1
--- response_body
consent=[necessary,preferences,analytics,marketing] source=[default:opt-out,gpc]
--- no_error_log
[error]
[alert]



=== TEST 11: the decision is computed once however many variables ask
--- http_config
    privacy_category analytics { cookie _ga; }
--- config
    location /t {
        privacy on;
        privacy_strip_request_cookies on;
        privacy_expire_cookies on;
        add_header Set-Cookie "_ga=1";
        add_header X-A "$privacy_consent $privacy_consent_mask";
        return 200 "$privacy_consent $privacy_consent_mask $privacy_decision_source $privacy_regime $privacy_dnt $privacy_gpc\n";
    }
--- request
GET /t
--- more_headers
Cookie: _ga=1
--- log_level: debug
--- grep_error_log: privacy decision:
--- grep_error_log_out
privacy decision:
--- response_body
necessary 1 default:opt-in opt-in  
--- no_error_log
[error]
[alert]



=== TEST 12: the variables work where enforcement is off
--- http_config
    privacy_consent_max_age 10y;
--- config
    location /t {
        return 200 "consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:0
--- response_body
consent=[necessary,marketing]
--- no_error_log
[error]
[alert]



=== TEST 13: privacy_policy_revision: the current revision decides
--- http_config
    privacy_consent_max_age 10y;
    privacy_policy_revision 7;
--- config
    location /t {
        privacy on;
        return 200 "consent=[$privacy_consent] source=[$privacy_decision_source]\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:marketing:1732300000:7
--- response_body
consent=[necessary,marketing] source=[cookie:native]
--- no_error_log
[error]
[alert]



=== TEST 14: a server-level regime overrides the http-level one
--- http_config
    privacy_default_regime opt-out;
--- config
    privacy_default_regime none;
    location /t {
        return 200 "regime=[$privacy_regime]\n";
    }
--- request
GET /t
--- response_body
regime=[none]
--- no_error_log
[error]
[alert]



=== TEST 15: privacy_consent_max_age 0 disables the age check
--- http_config
    privacy_consent_max_age 0;
--- config
    location /t {
        return 200 "consent=[$privacy_consent]\n";
    }
--- request
GET /t
--- more_headers
Cookie: privacy_consent=1:analytics:1:0
--- response_body
consent=[necessary,analytics]
--- no_error_log
[error]
[alert]
