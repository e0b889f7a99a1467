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
use HTTP::Tiny;
use JSON::PP;
use File::Temp qw(tempdir);
use Time::HiRes qw(sleep);
use IO::Socket::INET;

my ($nginx, $module) = @ARGV;
my $chromium = '/usr/bin/chromium';
my $driver = '/usr/bin/chromedriver';

unless (-x $chromium && -x $driver) {
    plan skip_all => "Chromium is not installed (apt-get install chromium "
                     . "chromium-driver): browser test skipped";
}
die "usage: $0 NGINX MODULE_SO\n" unless $nginx && $module;

# free ports on 127.0.0.1, from 19580 on
my @ports;
for (my $p = 19580; @ports < 4 && $p < 19680; $p++) {
    my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $p,
                                  Listen => 1, ReuseAddr => 1) or next;
    close $s;
    push @ports, $p;
}
my ($gw, $up, $embed, $wd_port) = @ports;
BAIL_OUT('no free ports') unless $wd_port;

my $tmp = tempdir(CLEANUP => 1);
mkdir "$tmp/logs";
my $http = HTTP::Tiny->new(timeout => 30);
my $json = JSON::PP->new->canonical;
my (@pids, $sid);

sub stop_all {
    eval { wd('DELETE', "/session/$sid") } if $sid;
    $sid = undef;
    for my $pid (reverse @pids) {
        kill 'TERM', $pid;
        waitpid $pid, 0;
    }
    @pids = ();
}
END { my $rc = $?; stop_all(); $? = $rc }

sub spawn {
    my ($log, @cmd) = @_;
    my $pid = fork // die "fork: $!";
    if ($pid == 0) {
        open STDOUT, '>', $log;
        open STDERR, '>&', \*STDOUT;
        exec @cmd or exit 127;
    }
    push @pids, $pid;
}

sub wait_for {
    my ($what, $ok) = @_;
    for (1 .. 100) { return if $ok->(); sleep 0.1 }
    BAIL_OUT("$what did not start");
}

my $page = <<'HTML';
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title></head>
<body><h1>A post</h1>
<p><iframe width="560" height="315" src="http://embed.video.test/e/1" title="video"></iframe></p>
</body></html>
HTML
open my $pf, '>', "$tmp/page.html" or die $!;
print $pf $page;
close $pf;

open my $conf, '>', "$tmp/nginx.conf" or die $!;
print $conf <<"EOF";
load_module $module;
daemon off;
master_process off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log warn;
events { worker_connections 64; }
http {
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    access_log off;
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
close $conf;

my $t = qx{'$nginx' -p '$tmp' -c '$tmp/nginx.conf' -t 2>&1};
BAIL_OUT("nginx -t: $t") if $?;
spawn("$tmp/logs/nginx.out", $nginx, '-p', $tmp, '-c', "$tmp/nginx.conf");
wait_for('nginx',
         sub { $http->get("http://127.0.0.1:$gw/page.html")->{success} });

spawn("$tmp/logs/chromedriver.log", $driver, "--port=$wd_port");
wait_for('chromedriver',
         sub { $http->get("http://127.0.0.1:$wd_port/status")->{success} });

sub wd {
    my ($method, $path, $body) = @_;
    my $res = $http->request($method, "http://127.0.0.1:$wd_port$path", {
        headers => { 'Content-Type' => 'application/json' },
        defined $body ? (content => $json->encode($body)) : (),
    });
    my $data = eval { decode_json($res->{content}) } // {};
    die "WebDriver $method $path: $res->{status} "
        . substr($res->{content} // '', 0, 300) . "\n" unless $res->{success};
    return $data->{value};
}

my $profile = tempdir(DIR => $tmp);
my $caps = wd('POST', '/session', { capabilities => { alwaysMatch => {
    browserName => 'chrome',
    'goog:chromeOptions' => {
        binary => $chromium,
        args => [ '--headless', '--no-sandbox', '--disable-gpu',
                  '--disable-quic', '--no-first-run',
                  '--disable-background-networking',
                  '--disable-component-update', '--disable-sync',
                  "--host-resolver-rules=MAP www.site.test:80 127.0.0.1:$gw, "
                  . "MAP embed.video.test:80 127.0.0.1:$embed, "
                  . "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                  "--user-data-dir=$profile" ],
    },
} } });
$sid = $caps->{sessionId};
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
