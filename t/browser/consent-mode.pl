#!/usr/bin/perl
# privacy_consent_mode in a real browser: a page with Google's gtag.js
# snippet (the config call pasted as Google gives it) goes through the
# gateway with `privacy_consent_mode google advanced` (the gtag.js tag is
# kept; its host resolves nowhere: nothing leaves the machine).  After the
# page ran, window.dataLayer is read: the first entry must be the
# gateway's gtag('consent','default',...) with the server's decision, before
# the page's own gtag('js') and gtag('config'); and once analytics is
# granted, the same with analytics_storage granted.
#
# Usage: perl t/browser/consent-mode.pl NGINX MODULE_SO
use strict;
use warnings;
use Test::More;
use JSON::PP;
use File::Temp qw(tempdir);
use Time::HiRes qw(sleep);
use FindBin;
use lib "$FindBin::Bin/lib";
use GatewaySession;

my ($nginx, $module) = @ARGV;
need_browser($nginx, $module);

my ($gw, $up, $wd_port) = free_ports(19560, 3);
my $tmp = tempdir(CLEANUP => 1);
my $json = JSON::PP->new->canonical;

my $page = <<'HTML';
<!doctype html><html><head><meta charset="utf-8"><title>shop</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date());
gtag('config', 'G-TEST');
</script>
</head><body><p>shop</p></body></html>
HTML
open my $pf, '>', "$tmp/page.html" or die $!;
print $pf $page;
close $pf;

my $conf = <<"EOF";
@{[ nginx_top($tmp) ]}
    privacy_consent_max_age 10y;
    privacy_category analytics { host googletagmanager.com; }

    # the site
    server {
        listen 127.0.0.1:$up;
        location = /page.html { root $tmp; default_type text/html; }
    }

    # the gateway
    server {
        listen 127.0.0.1:$gw;
        privacy on;
        privacy_html on;
        privacy_default_regime opt-in;
        privacy_consent_mode google advanced;
        location / { proxy_pass http://127.0.0.1:$up; }
    }
}
EOF
start_nginx($nginx, $module, $tmp, $conf, "http://127.0.0.1:$gw/page.html");

my $sid = start_session($tmp, $wd_port, "www.shop.test:80 127.0.0.1:$gw");
ok($sid, 'headless Chromium session');

sub go { wd('POST', "/session/$sid/url", { url => $_[0] }) }

# window.dataLayer as [[command, ...], ...] once the page has run
sub data_layer {
    for (1 .. 50) {
        my $v = wd('POST', "/session/$sid/execute/sync", { script =>
            'return window.dataLayer ? JSON.stringify(Array.from('
            . 'window.dataLayer, function (a) { return Array.from(a); })) '
            . ': null', args => [] });
        return decode_json($v) if defined $v && $v =~ /config/;
        sleep 0.1;
    }
    return [];
}

my $defaults = sub {
    my ($analytics) = @_;
    return { ad_storage => 'denied', ad_user_data => 'denied',
             ad_personalization => 'denied',
             analytics_storage => $analytics ? 'granted' : 'denied',
             functionality_storage => 'denied',
             personalization_storage => 'denied',
             security_storage => 'granted' };
};

# 1. no decision: the defaults first, every type but security denied

go('http://www.shop.test/page.html');
my $dl = data_layer();
is_deeply($dl->[0], [ 'consent', 'default', $defaults->(0) ],
          'the first dataLayer entry is the gateway\'s consent default')
    or diag($json->encode($dl));
is_deeply([ map { $_->[0] } @$dl ], [ 'consent', 'js', 'config' ],
          'then the page\'s own gtag calls, in order');
my @consent = grep { $_->[0] eq 'consent' } @$dl;
is(scalar @consent, 1, 'one consent call, before any tag command');
like(wd('GET', "/session/$sid/source"),
     qr{<script async="" src="https://www\.googletagmanager\.com/gtag/js},
     'advanced mode: the gtag.js element is kept without consent');

# 2. analytics granted (the consent cookie as the endpoint writes it)

wd('POST', "/session/$sid/cookie", { cookie => {
    name => 'privacy_consent', value => '1:analytics:' . time() . ':0',
    path => '/' } });
go('http://www.shop.test/page.html');
$dl = data_layer();
is_deeply($dl->[0], [ 'consent', 'default', $defaults->(1) ],
          'analytics granted: analytics_storage granted in the default')
    or diag($json->encode($dl));

done_testing();
