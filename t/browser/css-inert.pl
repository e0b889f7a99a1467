#!/usr/bin/perl
# CSS that fetches trackers, in a real browser: Chromium opens a page whose
# style attributes, <style> block, @import and image-set() name a tracker
# host (and a first-party image), once from the site directly and once
# through the gateway without consent.  Counted in the access logs, not in
# the markup: directly, the browser contacts the tracker; through the
# gateway it does not, the first-party images still load, and the URLs the
# gateway made inert (url() with nothing in it) make the browser request
# nothing at all, not even the page itself again.
#
# Usage: perl t/browser/css-inert.pl NGINX MODULE_SO
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use Time::HiRes qw(sleep);
use FindBin;
use lib "$FindBin::Bin/lib";
use GatewaySession;

my ($nginx, $module) = @ARGV;
need_browser($nginx, $module);

my ($gw, $up, $tracker, $wd_port) = free_ports(19600, 4);
my $tmp = tempdir(CLEANUP => 1);

# each tracker reference has its own path, so the log says which one loaded
my $page = <<'HTML';
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shop</title>
<style>
@import url("http://px.tracker.test/import.css");
.hero { background: url(http://px.tracker.test/block.gif) no-repeat; height: 20px }
.logo { background-image: url("/img/logo.png"); height: 20px }
</style></head>
<body style="background-image: url('http://px.tracker.test/body.gif')">
<div class="hero">hero</div><div class="logo">logo</div>
<div style="height:20px;background:image-set(url(http://px.tracker.test/set.gif) 1x)">set</div>
<ul style="list-style-image: url(http://px.tracker.test/list.gif)"><li>item</li></ul>
<div style="height:20px;background:url(/img/own.png)">own</div>
</body></html>
HTML
mkdir "$tmp/site";
mkdir "$tmp/site/img";
for (["page.html", $page], ["img/logo.png", "png"], ["img/own.png", "png"]) {
    open my $fh, '>', "$tmp/site/$_->[0]" or die $!;
    print $fh $_->[1];
    close $fh;
}

my $conf = css_sites($tmp, $up, $gw, $tracker);
start_nginx($nginx, $module, $tmp, $conf, "http://127.0.0.1:$gw/page.html");

my $sid = start_session($tmp, $wd_port, "direct.site.test:80 127.0.0.1:$up",
                        "gw.site.test:80 127.0.0.1:$gw",
                        "px.tracker.test:80 127.0.0.1:$tracker");
ok($sid, 'headless Chromium session');

sub new_lines { return new_log_lines($tmp, $_[0]) }
sub visit { visit_settle($sid, $_[0]) }

my @all = sort map { "/$_" } qw(block.gif body.gif import.css list.gif set.gif);

# 1. from the site directly: every CSS reference loads (the test can fail)

visit('http://direct.site.test/page.html');
is_deeply([ sort(new_lines('tracker.log')) ], \@all,
          'directly, the browser fetches every tracker URL of the CSS');
my @site = new_lines('site.log');
is_deeply([ sort grep { m{^/img/} } @site ], [ '/img/logo.png', '/img/own.png' ],
          'directly, the first-party images load');

# 2. through the gateway, nothing granted

visit('http://gw.site.test/page.html');
is_deeply([ new_lines('tracker.log') ], [],
          'through the gateway the browser contacts no tracker');
@site = new_lines('site.log');
is_deeply([ sort grep { m{^/img/} } @site ], [ '/img/logo.png', '/img/own.png' ],
          'the first-party images still load');
is_deeply([ grep { !m{^/img/} && $_ ne '/favicon.ico' } @site ],
          [ '/page.html' ],
          'the inert url()s make no request: the page is fetched once');

my $text = wd('POST', "/session/$sid/execute/sync", { args => [], script =>
    'return [...document.querySelectorAll("div,li")].map(e => e.textContent).join(" ");' });
is($text, 'hero logo set item own', 'the styled elements and their text stay');

done_testing();
