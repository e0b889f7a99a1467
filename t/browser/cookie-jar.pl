#!/usr/bin/perl
# Withdrawal really clears cookies set on the parent domain: headless
# Chromium visits www.example.test (mapped to a gateway on 127.0.0.1), grants
# everything at the consent endpoint, gets _ga and _fbp set with
# Domain=example.test (as Google's and Meta's tags set them) plus a
# host-only _gid and a first-party session cookie, then withdraws at the
# consent endpoint.  Chromium's whole cookie jar (DevTools
# Network.getAllCookies) is read after each step: with privacy_cookie_domain
# the tracker cookies are gone from it, the session cookie stays; a second
# site without the directive shows why it is needed (the parent-domain
# cookies survive there).  Cookies under another path need a visit under it:
# the browser sends a cookie only where its Path matches.
#
# Usage: perl t/browser/cookie-jar.pl NGINX MODULE_SO
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use FindBin;
use lib "$FindBin::Bin/lib";
use GatewaySession;

my ($nginx, $module) = @ARGV;
need_browser($nginx, $module);

my ($gw, $gw_plain, $up, $wd_port) = free_ports(19540, 4);
my $tmp = tempdir(CLEANUP => 1);

# the gateway twice (with and without privacy_cookie_domain) in front of a
# site whose /set sets the cookies the way tag scripts do
my $gateway = sub {
    my ($port, $scope) = @_;
    return <<"EOF";
    server {
        listen 127.0.0.1:$port;
        privacy on;
        privacy_default_regime opt-in;
        privacy_expire_cookies on;
$scope
        location = /privacy/consent {
            privacy_consent_endpoint;
        }
        location / {
            proxy_pass http://127.0.0.1:$up;
            proxy_set_header Host \$http_host;
        }
    }
EOF
};

my $http_conf = <<"EOF";
@{[ nginx_top($tmp) ]}
    default_type text/html;
    privacy_category analytics { cookie _ga _gid; }
    privacy_category marketing { cookie _fbp; }

    # the registrable domain of the site, as tag scripts compute it
    map \$http_host \$parent {
        ~([a-z]+\.test)\$  \$1;
    }

    server {
        listen 127.0.0.1:$up;
        location = /set {
            add_header Set-Cookie "_ga=GA1.2.3; Domain=\$parent; Path=/; Max-Age=3600";
            add_header Set-Cookie "_fbp=fb.1.2; Domain=.\$parent; Path=/; Max-Age=3600";
            add_header Set-Cookie "_gid=GA1.9; Path=/; Max-Age=3600";
            add_header Set-Cookie "sid=s1; Domain=\$parent; Path=/; Max-Age=3600";
            return 200 "<p>set</p>";
        }
        location / {
            return 200 "<p>page</p>";
        }
    }
EOF

start_nginx($nginx, $module, $tmp,
            $http_conf
            . $gateway->($gw, "        privacy_cookie_domain example.test;")
            . $gateway->($gw_plain, '') . "}\n",
            "http://127.0.0.1:$gw/");

# www.example.test and shop.example.test are the gateway, plain.example.test
# the gateway without privacy_cookie_domain; nothing else resolves
my $sid = start_session($tmp, $wd_port, "www.example.test:80 127.0.0.1:$gw",
                 "shop.example.test:80 127.0.0.1:$gw",
                 "www.plain.test:80 127.0.0.1:$gw_plain");
ok($sid, 'headless Chromium session');

sub go { wd('POST', "/session/$sid/url", { url => $_[0] }) }

# the whole jar, every domain and path: "name@domain path"
sub jar {
    my $v = wd('POST', "/session/$sid/goog/cdp/execute",
               { cmd => 'Network.getAllCookies', params => {} });
    return join ' ', sort map { "$_->{name}\@$_->{domain}$_->{path}" }
                          grep { $_->{name} ne 'privacy_consent' }
                          @{ $v->{cookies} };
}

# 1. grant everything, then the site sets its cookies

go('http://www.example.test/privacy/consent?grant=all&return=/set');
is(jar(), '_fbp@.example.test/ _ga@.example.test/ _gid@www.example.test/ '
          . 'sid@.example.test/',
   'granted: the tags\' cookies are in the jar, two on the parent domain');

# 2. withdraw at the consent endpoint

go('http://www.example.test/privacy/consent?deny=all&return=/');
is(jar(), 'sid@.example.test/',
   'withdrawn with privacy_cookie_domain: only the session cookie is left');

# 3. the same on the gateway without privacy_cookie_domain

go('http://www.plain.test/privacy/consent?grant=all&return=/set');
like(jar(), qr/_ga\@\.plain\.test/, 'second site: granted, cookies set')
    or diag(jar());
go('http://www.plain.test/privacy/consent?deny=all&return=/');
is(join(' ', grep { /plain/ } split / /, jar()),
   '_fbp@.plain.test/ _ga@.plain.test/ sid@.plain.test/',
   'without privacy_cookie_domain the parent-domain cookies survive '
   . '(only the host-only _gid goes)');

done_testing();
