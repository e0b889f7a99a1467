# The status zone across a reload (HUP), the Prometheus text checked by
# promtool, and a signed consent cookie checked end to end (the endpoint's
# signature verified here with Digest::SHA, then accepted by the decision).
#
# Test::Nginx has no reload mode in the subset this project uses, so this
# file drives nginx itself with Test::More, like t/021-geo-reload.t: it
# honours TEST_NGINX_BINARY, TEST_NGINX_LOAD_MODULES and
# TEST_NGINX_SERVER_PORT / TEST_NGINX_PORT, listens on 127.0.0.1 only and
# stops nginx by its PID.  promtool comes from the Debian package
# "prometheus"; without it those checks are skipped, saying so.
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use IO::Socket::INET;
use Digest::SHA qw(hmac_sha256_base64);
use Time::HiRes qw(sleep);

my $nginx = $ENV{TEST_NGINX_BINARY} || 'nginx';
my $port = $ENV{TEST_NGINX_SERVER_PORT} || $ENV{TEST_NGINX_PORT} || 1984;
my $dir = tempdir(CLEANUP => 1);
my $key = 'status-test-key-0123456789abcdef';

mkdir "$dir/$_" for qw(conf logs);

my $modules = join '', map { "load_module $_;\n" }
              split ' ', $ENV{TEST_NGINX_LOAD_MODULES} // '';
my $user = $> == 0 ? "user root;\n" : '';

my ($promtool) = grep { -x } map { "$_/promtool" } split /:/, $ENV{PATH};

open my $k, '>', "$dir/conf/key" or die $!;
print $k "$key\n";
close $k;

# generation 1 declares social then video; generation 2 the other way
# round, so their bits swap: the counters must follow the names
sub write_conf {
    my ($gen, @cats) = @_;
    my $decl = join '', map { "    privacy_category $_ { cookie ${_}_id; }\n" }
               @cats;

    open my $fh, '>', "$dir/conf/nginx.conf" or die $!;
    print $fh <<"CONF";
$modules${user}daemon on;
master_process on;
worker_processes 1;
error_log $dir/logs/error.log notice;
pid $dir/logs/nginx.pid;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $dir/tmp_body;
    proxy_temp_path $dir/tmp_proxy;
$decl    privacy_status_zone privacy 64k;
    privacy_consent_secret key;
    privacy_consent_max_age 10y;
    server {
        listen 127.0.0.1:$port;
        location = /gen { return 200 "$gen\\n"; }
        location = /metrics { privacy_status prometheus; }
        location = /status { privacy_status json; }
        location /privacy/consent { privacy_consent_endpoint; }
        location /social-pixel { privacy_beacon social 204; }
        location /t {
            privacy on;
            return 200 "consent=[\$privacy_consent]\\n";
        }
    }
}
CONF
    close $fh;
}

sub request {
    my ($path, $headers) = @_;
    $headers //= '';
    my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port", Timeout => 3)
        or return ('', '');
    print $s "GET $path HTTP/1.0\r\nHost: localhost\r\n$headers\r\n";
    local $/;
    my $r = <$s> // '';
    return $r =~ /\A(.*?)\r\n\r\n(.*)\z/s ? ($1, $2) : ($r, '');
}

sub body { return (request(@_))[1] }

sub pid {
    open my $p, '<', "$dir/logs/nginx.pid" or return 0;
    my $pid = <$p>;
    chomp $pid;
    return $pid;
}

sub wait_for {
    my ($path, $want) = @_;
    for (1 .. 100) {
        my $got = body($path);
        return $got if $got eq $want;
        sleep 0.05;
    }
    return body($path);
}

sub metric {
    my ($text, $line) = @_;
    return $text =~ /^\Q$line\E (\d+)$/m ? $1 : undef;
}

sub promtool_ok {
    my ($text, $name) = @_;
    SKIP: {
        skip 'promtool not found (Debian package "prometheus"): the '
             . 'Prometheus text is not linted', 1 unless $promtool;
        open my $pt, '|-', "$promtool check metrics >$dir/promtool.out 2>&1"
            or die "promtool: $!";
        print $pt $text;
        close $pt;
        my $rc = $?;
        open my $o, '<', "$dir/promtool.out" or die $!;
        my $out = do { local $/; <$o> };
        is($rc, 0, $name) or diag($out);
    }
}

sub error_log {
    open my $l, '<', "$dir/logs/error.log" or return '';
    local $/;
    return <$l>;
}

write_conf(1, qw(social video));

my @cmd = ($nginx, '-p', "$dir/", '-c', "$dir/conf/nginx.conf",
           '-e', "$dir/logs/error.log");

is(system(@cmd), 0, 'nginx starts with a status zone');
my $master = pid();
END { kill 'QUIT', $master if $master; }

is(wait_for('/gen', "1\n"), "1\n", 'generation 1 serves');

# some traffic

body('/t') for 1 .. 3;
body('/social-pixel') for 1 .. 2;
body('/t', "Cookie: privacy_consent=1:analytics:1732300000:0\r\n");

# the endpoint signs; the signature is HMAC-SHA256 under the key

my ($head) = request('/privacy/consent?grant=analytics,social');
my ($value) = $head =~ /^Set-Cookie: privacy_consent=([^;\r\n]+);/m;
ok(defined $value, 'the endpoint sets the consent cookie')
    or diag($head);
$value //= '';

my ($data, $sig) = $value =~ /\A(1:[^:]*:\d+:\d+:[A-Za-z0-9_-]{21}[AQgw]):([A-Za-z0-9_-]{43})\z/;
ok(defined $sig, 'the cookie carries a 43-character signature');
my $want = hmac_sha256_base64($data // '', $key);
$want =~ tr{+/}{-_};
is($sig, $want, 'the signature is base64url HMAC-SHA256 over 1:cats:time:rev:id (the consent ID covered)');

is(body('/t', "Cookie: privacy_consent=$value\r\n"),
   "consent=[necessary,analytics,social]\n",
   'the signed cookie grants');

my $metrics = body('/metrics');
promtool_ok($metrics, 'promtool check metrics accepts the status page');

my $requests = metric($metrics, 'privacy_requests_total');
is($requests, 8, 'requests counted (only where the module worked)');
is(metric($metrics, 'privacy_decisions_total{source="invalid"}'), 1,
   'the unsigned cookie is an invalid decision');
is(metric($metrics, 'privacy_beacons_local_total{category="social"}'), 2,
   'beacons of "social" answered locally');
is(metric($metrics, 'privacy_consent_endpoint_total{result="grant"}'), 1,
   'one grant through the endpoint');
is(metric($metrics, 'privacy_consent_endpoint_granted_total{category="social"}'),
   1, 'granted: social');
is(metric($metrics, 'privacy_consent_endpoint_granted_total{category="video"}'),
   0, 'not granted: video');

# reload with the two site categories in the other order

write_conf(2, qw(video social));
kill 'HUP', $master;

is(wait_for('/gen', "2\n"), "2\n", 'generation 2 serves after HUP');

$metrics = body('/metrics');
promtool_ok($metrics, 'promtool check metrics accepts it after the reload');

is(metric($metrics, 'privacy_requests_total'), $requests,
   'the request counter survived the reload');
is(metric($metrics, 'privacy_beacons_local_total{category="social"}'), 2,
   'per-category counters follow the category name, not its bit');
is(metric($metrics, 'privacy_beacons_local_total{category="video"}'), 0,
   'the other category kept its own count');
is(metric($metrics, 'privacy_consent_endpoint_granted_total{category="social"}'),
   1, 'granted: social, after the reload');

body('/social-pixel');
$metrics = body('/metrics');
is(metric($metrics, 'privacy_beacons_local_total{category="social"}'), 3,
   'and counting goes on in the same counters');
is(metric($metrics, 'privacy_requests_total'), $requests + 1,
   'requests too');

is(body('/t', "Cookie: privacy_consent=$value\r\n"),
   "consent=[necessary,analytics,social]\n",
   'the signed cookie still grants after the reload');

my $json = body('/status');
like($json, qr/\A\{"requests":\d+,.*"social":\{"cookies_stripped":0,"elements_removed":0,"beacons_local":3,/s,
     'the JSON page agrees');

unlike(error_log(), qr/\[(alert|crit|emerg)\]|exited on signal/,
       'no alert, crit or crash');

kill 'QUIT', $master;
for (1 .. 100) { last unless kill 0, $master; sleep 0.05; }
ok(!kill(0, $master), 'nginx stopped');
$master = 0;

done_testing();
