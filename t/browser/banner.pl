#!/usr/bin/perl
# End-to-end test in headless Chromium against `make demo`: the banner shows
# without a decision, "Reject all" and "Accept analytics" post the no-JS form
# to the consent endpoint, and the next page's cookie and markup follow the
# choice.  Drives Debian's chromedriver over its HTTP (WebDriver) interface
# with core Perl only.  Skips, with a message, when Chromium is missing.
#
# Usage: perl t/browser/banner.pl NGINX MODULE_SO
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use Time::HiRes qw(sleep);
use Cwd qw(abs_path);
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use GatewaySession;

my ($nginx, $module) = @ARGV;
my $root = abs_path(dirname(__FILE__) . '/../..');
need_browser($nginx, $module);

my $site = 'http://127.0.0.1:8080/';
my $tmp = tempdir(CLEANUP => 1);
mkdir "$tmp/logs";

# the demo is stopped by its own script (GatewaySession stops the rest)
END { my $rc = $?; system("$root/tools/demo", 'stop'); $? = $rc }

system("$root/tools/demo", 'start', $nginx, $module) == 0
    or BAIL_OUT("make demo could not start");

my ($wd_port) = free_ports(19515, 1);
my $sid = start_session($tmp, $wd_port);
ok($sid, 'headless Chromium session');

sub go      { wd('POST', "/session/$sid/url", { url => $_[0] }) }
sub source  { wd('GET', "/session/$sid/source") }
sub find    { wd('POST', "/session/$sid/element",
                 { using => 'css selector', value => $_[0] }) }
sub click   { my $e = find($_[0]);
              wd('POST', "/session/$sid/element/"
                         . (values %$e)[0] . '/click', {}) }
sub consent {
    my $cookies = wd('GET', "/session/$sid/cookie");
    my ($c) = grep { $_->{name} eq 'privacy_consent' } @$cookies;
    return $c ? $c->{value} : '';
}

# 1. first visit: the banner, and no tracker markup

go($site);
my $page = source();
like($page, qr/id="privacy-banner"/, 'the banner shows without a decision');
unlike($page, qr/googletagmanager|facebook\.com\/tr/,
       'no tracker markup without a decision');
is(consent(), '', 'no consent cookie yet');

# 2. "Reject all"

click('#privacy-banner button[name="deny"]');
sleep 0.5;
like(consent(), qr/^1::\d+:0:[A-Za-z0-9_-]{21}[AQgw]$/, 'Reject all: the cookie records only necessary');
$page = source();
unlike($page, qr/id="privacy-banner"/, 'after the choice: no banner');
unlike($page, qr/googletagmanager|facebook\.com\/tr/,
       'after Reject all: still no tracker markup');

# 3. change of mind: "Accept analytics" (the checkbox, then Save)

wd('DELETE', "/session/$sid/cookie");
go($site);
like(source(), qr/id="privacy-banner"/, 'the banner is back without the cookie');
click('#privacy-analytics');
click('#privacy-banner button[type="submit"]:not([name])');
sleep 0.5;
like(consent(), qr/^1:analytics:\d+:0:[A-Za-z0-9_-]{21}[AQgw]$/,
     'Save with analytics checked: the cookie records analytics');
$page = source();
like($page, qr/googletagmanager\.com\/gtag/,
     'the analytics script is delivered once analytics is granted');
unlike($page, qr/facebook\.com\/tr/, 'the marketing pixel still is not');
unlike($page, qr/id="privacy-banner"/, 'no banner once decided');

done_testing();
