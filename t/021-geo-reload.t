# A replaced MaxMind DB is picked up by a reload (HUP); a reload with a
# broken file is refused and the running configuration keeps serving.
#
# Test::Nginx has no reload mode in the subset this project uses, so this
# file drives nginx itself with Test::More: it honours TEST_NGINX_BINARY,
# TEST_NGINX_LOAD_MODULES and TEST_NGINX_SERVER_PORT like the other suites,
# listens on 127.0.0.1 only and stops nginx by its PID.
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use File::Basename qw(dirname);
use IO::Socket::INET;
use Time::HiRes qw(sleep);

my $nginx = $ENV{TEST_NGINX_BINARY} || 'nginx';
my $port = $ENV{TEST_NGINX_SERVER_PORT} || $ENV{TEST_NGINX_PORT} || 1984;
my $gen = dirname(__FILE__) . '/data/make-test-mmdb.pl';
my $dir = tempdir(CLEANUP => 1);
my $db = "$dir/geo.mmdb";

mkdir "$dir/$_" for qw(conf logs);
system($^X, $gen, $db) == 0 or BAIL_OUT("cannot write the test mmdb");

my $modules = join '', map { "load_module $_;\n" }
              split ' ', $ENV{TEST_NGINX_LOAD_MODULES} // '';
my $user = $> == 0 ? "user root;\n" : '';

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
    privacy_geoip2 $db;
    privacy_regime opt-in EU;
    privacy_regime opt-out US-CA;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    server {
        listen 127.0.0.1:$port;
        location / {
            return 200 "country=[\$privacy_country] regime=[\$privacy_regime]\\n";
        }
    }
}
CONF
close $fh;

sub get {
    my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port", Timeout => 3)
        or return '';
    print $s "GET / HTTP/1.0\r\nHost: localhost\r\nX-Forwarded-For: 192.0.2.10\r\n\r\n";
    local $/;
    my $r = <$s> // '';
    return $r =~ /\r\n\r\n(.*)\z/s ? $1 : '';
}

sub pid {
    open my $p, '<', "$dir/logs/nginx.pid" or return 0;
    my $pid = <$p>;
    chomp $pid;
    return $pid;
}

sub wait_for {
    my ($want) = @_;
    for (1 .. 100) {
        my $got = get();
        return $got if $got eq $want;
        sleep 0.05;
    }
    return get();
}

sub error_log {
    open my $l, '<', "$dir/logs/error.log" or return '';
    local $/;
    return <$l>;
}

my @cmd = ($nginx, '-p', "$dir/", '-c', "$dir/conf/nginx.conf",
           '-e', "$dir/logs/error.log");

is(system(@cmd), 0, 'nginx starts with the database');
my $master = pid();
END { kill 'QUIT', $master if $master; }

is(wait_for("country=[FR] regime=[opt-in]\n"),
   "country=[FR] regime=[opt-in]\n", 'FR from the first database');

# replace the file the way an updater does: write aside, then rename
system($^X, $gen, "$db.new", 'v2') == 0 or BAIL_OUT("cannot write v2");
rename "$db.new", $db or die $!;
kill 'HUP', $master;

is(wait_for("country=[US-CA] regime=[opt-out]\n"),
   "country=[US-CA] regime=[opt-out]\n", 'the replaced database after HUP');

system($^X, $gen, "$db.new", 'broken') == 0 or BAIL_OUT("cannot write");
rename "$db.new", $db or die $!;
kill 'HUP', $master;

my $refused = 0;
for (1 .. 100) {
    if (error_log() =~ /privacy_geoip2 cannot open "[^"]+": The MaxMind DB file contains invalid metadata/) {
        $refused = 1;
        last;
    }
    sleep 0.05;
}
ok($refused, 'the reload with a broken database is refused, with the reason');
ok(kill(0, $master), 'the master process keeps running');
is(get(), "country=[US-CA] regime=[opt-out]\n",
   'the old configuration keeps serving');

unlike(error_log(), qr/\[(alert|crit)\]|exited on signal/, 'no alert, crit or crash');

kill 'QUIT', $master;
for (1 .. 100) { last unless kill 0, $master; sleep 0.05; }
ok(!kill(0, $master), 'nginx stopped');
$master = 0;

done_testing();
