#!/usr/bin/perl
# A first-party stylesheet file that names a tracker, in a real browser:
# the page links /site.css, whose @import and url() name a tracker host.
# Directly, Chromium contacts the tracker.  Through the gateway it does
# not: the gateway reads a text/css response as CSS and makes those URLs
# inert (before, the file passed unread and Chromium fetched both), while
# the stylesheet's first-party image still loads.  A second stylesheet,
# /big.css, is five times privacy_html_max_inline (32k by default) and
# names the tracker only at its end, after a 60 KB data: URL: read in
# parts, the data: URL passed unheld, that URL goes too (before, the
# gateway read only its first 32k and Chromium fetched it).  The page's own
# <style> block is as long, with its tracker url() at its end: it is read
# in parts too (before, only its first 32k were read, and Chromium fetched
# /inline.gif through the gateway).
#
# Usage: perl t/browser/css-file.pl NGINX MODULE_SO
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

my $inline = join("", map { ".s$_ { color: #654321; padding: ${_}px 0 }\n" } 1 .. 2500)
    . ".glyph { background: url(data:image/png;base64," . ("QUJD" x 15000) . ") }\n"
    . ".inl { background: url(http://px.tracker.test/inline.gif); height: 20px }\n";
my $page = <<"HTML";
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shop</title>
<link rel="stylesheet" href="/site.css">
<link rel="stylesheet" href="/big.css">
<style>
$inline</style>
</head><body><div class="hero">hero</div><div class="logo">logo</div>
<div class="late">late</div><div class="inl">inline</div></body></html>
HTML
my $css = <<'CSS';
@import url("http://px.tracker.test/import.css");
.hero { background: url(http://px.tracker.test/file.gif) no-repeat; height: 20px }
.logo { background-image: url("/img/logo.png"); height: 20px }
CSS
my $big = join("", map { ".c$_ { color: #123456; margin: ${_}px 0 }\n" } 1 .. 2500)
    . ".font { background: url(data:image/png;base64," . ("QUJD" x 15000) . ") }\n"
    . ".late { background: url(http://px.tracker.test/late.gif); height: 20px }\n";
mkdir "$tmp/site";
mkdir "$tmp/site/img";
for (["page.html", $page], ["site.css", $css], ["big.css", $big],
     ["img/logo.png", "png"]) {
    open my $fh, '>', "$tmp/site/$_->[0]" or die $!;
    print $fh $_->[1];
    close $fh;
}

my $conf = css_sites($tmp, $up, $gw, $tracker,
                     'location ~ ^/(site|big)\.css$ { default_type text/css; }');
start_nginx($nginx, $module, $tmp, $conf, "http://127.0.0.1:$gw/page.html");

my $sid = start_session($tmp, $wd_port, "direct.site.test:80 127.0.0.1:$up",
                        "gw.site.test:80 127.0.0.1:$gw",
                        "px.tracker.test:80 127.0.0.1:$tracker");
ok($sid, 'headless Chromium session');

sub new_lines { return new_log_lines($tmp, $_[0]) }
sub visit { visit_settle($sid, $_[0]) }

# 1. from the site directly: the stylesheet's references load (the test
#    can fail)

visit('http://direct.site.test/page.html');
is_deeply([ sort(new_lines('tracker.log')) ],
          [ '/file.gif', '/import.css', '/inline.gif', '/late.gif' ],
          'directly, the browser fetches the tracker URLs of the stylesheets');
my @site = new_lines('site.log');
ok((grep { $_ eq '/site.css' } @site) && (grep { $_ eq '/img/logo.png' } @site),
   'directly, the stylesheet and its first-party image load');

# 2. through the gateway, nothing granted

visit('http://gw.site.test/page.html');
my @tracker = new_lines('tracker.log');
@site = new_lines('site.log');
ok((grep { $_ eq '/site.css' } @site) && (grep { $_ eq '/img/logo.png' } @site)
   && (grep { $_ eq '/big.css' } @site),
   'through the gateway the stylesheets and the first-party image load');

is_deeply(\@tracker, [], 'through the gateway the browser contacts no tracker');

done_testing();
