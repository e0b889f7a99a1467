#!/usr/bin/perl
# privacy_html_placeholder in a real browser ("contextual consent"):
# Chromium opens a page whose video iframe is not granted; the gateway has
# put the placeholder in its place.  The test clicks the placeholder's
# button (no JavaScript on the page: a form post to the consent endpoint),
# follows the endpoint's redirect back to the same page, and checks that
# the iframe is now delivered and that the browser really loaded it (the
# embed host's access log), and that it had not before.
#
# Usage: perl t/browser/placeholder.pl NGINX MODULE_SO
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

my ($gw, $up, $embed, $wd_port) = free_ports(19580, 4);
my $tmp = tempdir(CLEANUP => 1);
my $json = JSON::PP->new->canonical;

my $page = <<'HTML';
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title></head>
<body><h1>A post</h1>
<p><iframe width="560" height="315" src="http://embed.video.test/e/1" title="video"></iframe></p>
</body></html>
HTML
open my $pf, '>', "$tmp/page.html" or die $!;
print $pf $page;
close $pf;

my $conf = <<"EOF";
@{[ nginx_top($tmp) ]}
    privacy_category marketing { host video.test; }

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
        privacy_html_placeholder on;
        location = /privacy/consent { privacy_consent_endpoint; }
        location / { proxy_pass http://127.0.0.1:$up; }
    }

    # the video host
    server {
        listen 127.0.0.1:$embed;
        access_log $tmp/logs/embed.log;
        location / {
            default_type text/html;
            return 200 "<p>the video</p>";
        }
    }
}
EOF
start_nginx($nginx, $module, $tmp, $conf, "http://127.0.0.1:$gw/page.html");

my $sid = start_session($tmp, $wd_port, "www.site.test:80 127.0.0.1:$gw",
                 "embed.video.test:80 127.0.0.1:$embed");
ok($sid, 'headless Chromium session');

sub go     { wd('POST', "/session/$sid/url", { url => $_[0] }) }
sub source { wd('GET', "/session/$sid/source") }
sub embed_hits {
    open my $fh, '<', "$tmp/logs/embed.log" or return 0;
    my @l = grep { m{GET /e/1 } } <$fh>;
    return scalar @l;
}

# 1. not granted: the placeholder, and the browser does not contact the host

go('http://www.site.test/page.html');
my $src = source();
like($src, qr/class="privacy-ph"/, 'the placeholder stands where the iframe was');
unlike($src, qr/<iframe/, 'no iframe in the page');
like($src, qr/<strong>embed\.video\.test<\/strong> is not shown: it needs your consent to <strong>marketing<\/strong>/,
     'it names the service and the category');
sleep 0.5;
is(embed_hits(), 0, 'the browser did not contact the video host');

# 2. the button: a post to the endpoint, back to the same page

my $button = wd('POST', "/session/$sid/element",
                { using => 'css selector', value => '.privacy-ph button' });
wd('POST', "/session/$sid/element/" . (values %$button)[0] . '/click', {});

my $url = '';
for (1 .. 50) {
    $url = wd('GET', "/session/$sid/url");
    last if $url =~ m{/page\.html$} && source() =~ /<iframe/;
    sleep 0.1;
}
is($url, 'http://www.site.test/page.html', 'back on the same page');
$src = source();
like($src, qr{<iframe width="560" height="315" src="http://embed\.video\.test/e/1"},
     'after the round trip the iframe is delivered');
unlike($src, qr/privacy-ph|privacy-embed-consent/, 'and no placeholder is left');

my $hits = 0;
for (1 .. 50) { last if ($hits = embed_hits()) > 0; sleep 0.1 }
ok($hits > 0, 'the browser loaded the embed');

my $cookies = wd('GET', "/session/$sid/cookie");
my ($c) = grep { $_->{name} eq 'privacy_consent' } @$cookies;
like($c ? $c->{value} : '', qr/^1:marketing:\d+:0:[A-Za-z0-9_-]{21}[AQgw]$/,
     'the consent cookie records marketing');

done_testing();
