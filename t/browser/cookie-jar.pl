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

# free ports on 127.0.0.1, from 19540 on
my @ports;
for (my $p = 19540; @ports < 4 && $p < 19640; $p++) {
    my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $p,
                                  Listen => 1, ReuseAddr => 1) or next;
    close $s;
    push @ports, $p;
}
my ($gw, $gw_plain, $up, $wd_port) = @ports;
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

open my $conf, '>', "$tmp/nginx.conf" or die $!;
print $conf "load_module $module;\n", $http_conf,
    $gateway->($gw, "        privacy_cookie_domain example.test;"),
    $gateway->($gw_plain, ''), "}\n";
close $conf;

my $t = qx{'$nginx' -p '$tmp' -c '$tmp/nginx.conf' -t 2>&1};
BAIL_OUT("nginx -t: $t") if $?;
spawn("$tmp/logs/nginx.out", $nginx, '-p', $tmp, '-c', "$tmp/nginx.conf");
wait_for('nginx', sub { $http->get("http://127.0.0.1:$gw/")->{success} });

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

# www.example.test and shop.example.test are the gateway, plain.example.test
# the gateway without privacy_cookie_domain; nothing else resolves
my $profile = tempdir(DIR => $tmp);
my $caps = wd('POST', '/session', { capabilities => { alwaysMatch => {
    browserName => 'chrome',
    'goog:chromeOptions' => {
        binary => $chromium,
        args => [ '--headless', '--no-sandbox', '--disable-gpu',
                  '--disable-quic', '--no-first-run',
                  '--disable-background-networking',
                  '--disable-component-update', '--disable-sync',
                  "--host-resolver-rules=MAP www.example.test:80 127.0.0.1:$gw, "
                  . "MAP shop.example.test:80 127.0.0.1:$gw, "
                  . "MAP www.plain.test:80 127.0.0.1:$gw_plain, "
                  . "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                  "--user-data-dir=$profile" ],
    },
} } });
$sid = $caps->{sessionId};
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
