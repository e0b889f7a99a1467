# The production paths (docs/production.md): TLS with HTTP/2, HTTP/3 where
# both the nginx build and curl have it, proxy_cache keyed with
# $privacy_consent_mask, gzip at the gateway in front of a filtered page,
# keepalive upstreams, large request and response headers.
#
# HTTP/2 and HTTP/3 through curl are outside the Test::Nginx subset the
# project uses (spec/test-nginx-subset.md), so this file drives nginx and
# curl itself with Test::More, like t/021-geo-reload.t: it honours
# TEST_NGINX_BINARY, TEST_NGINX_LOAD_MODULES and TEST_NGINX_SERVER_PORT /
# TEST_NGINX_PORT (it listens on that port and the next three, 127.0.0.1
# only), and stops nginx by its PID.  What the build or curl lacks (HTTP/2
# before nginx's http_v2 module, HTTP/3 before nginx 1.25 or in a curl
# without HTTP3) is skipped, saying so.
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use IO::Uncompress::Gunzip qw(gunzip $GunzipError);
use Time::HiRes qw(sleep);

my $nginx = $ENV{TEST_NGINX_BINARY} || 'nginx';
my $port = $ENV{TEST_NGINX_SERVER_PORT} || $ENV{TEST_NGINX_PORT} || 1984;
my ($up, $tls, $ka) = ($port + 1, $port + 2, $port + 3);
my $dir = tempdir(CLEANUP => 1);
mkdir "$dir/$_" for qw(conf logs html cache);

plan skip_all => 'curl is not installed' unless `curl -V 2>/dev/null` =~ /^curl /;

my $V = `$nginx -V 2>&1`;
my ($version) = $V =~ m{nginx/(\d+\.\d+\.\d+)};
my $vnum = sprintf '%d%03d%03d', split /\./, $version;
my $curl_v = `curl -V`;
my $has_ssl = $V =~ /--with-http_ssl_module/ && `openssl version 2>/dev/null` =~ /SSL/;
my $has_h2 = $has_ssl && $V =~ /--with-http_v2_module/ && $curl_v =~ /\bHTTP2\b/;
my $has_h3 = $has_ssl && $V =~ /--with-http_v3_module/ && $curl_v =~ /\bHTTP3\b/;
diag("nginx $version; TLS " . ($has_ssl ? 'yes' : 'no') . ', HTTP/2 '
     . ($has_h2 ? 'yes' : 'no') . ', HTTP/3 ' . ($has_h3 ? 'yes' : 'no')
     . ' (nginx build and curl)');

if ($has_ssl) {
    system("openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost "
           . "-keyout $dir/conf/key.pem -out $dir/conf/cert.pem >/dev/null 2>&1") == 0
        or BAIL_OUT('openssl cannot make a certificate');
}

# the upstream's page: a tracker script and a pixel around real content
my $page = "<!DOCTYPE html>\n<html><head>\n"
    . "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>\n"
    . "</head><body>\n" . ("<p>content of the page, long enough to compress</p>\n" x 200)
    . "<img src=\"https://www.facebook.com/tr?id=1&amp;ev=PageView\" width=\"1\" height=\"1\">\n"
    . "</body></html>\n";
for my $f (qw(page.html)) {
    open my $fh, '>', "$dir/html/$f" or die $!;
    print $fh $page;
}

my $modules = join '', map { "load_module $_;\n" }
              split ' ', $ENV{TEST_NGINX_LOAD_MODULES} // '';
my $user = $> == 0 ? "user root;\n" : '';

# HTTP/2: "http2 on;" from 1.25.1, the listen parameter before
my ($h2_listen, $h2_on) = ('', '');
if ($has_h2) {
    if ($vnum >= 1025001) { $h2_on = 'http2 on;' } else { $h2_listen = ' http2' }
}
my $h3_listen = $has_h3 ? "listen 127.0.0.1:$tls quic reuseport;" : '';
my $tls_server = $has_ssl ? <<"TLS" : '';
    server {
        listen 127.0.0.1:$tls ssl$h2_listen;
        $h3_listen
        $h2_on
        ssl_certificate $dir/conf/cert.pem;
        ssl_certificate_key $dir/conf/key.pem;
        location / {
            privacy on;
            privacy_strip_request_cookies on;
            privacy_html on;
            add_header X-Proto \$server_protocol;
            proxy_pass http://127.0.0.1:$up;
        }
    }
TLS

# 120 Set-Cookie headers of about 100 bytes: 12 KB of response header
my $many_cookies = join '', map {
    sprintf "add_header Set-Cookie \"%s%d=%s; Path=/; Max-Age=3600\";\n            ",
        ($_ % 3 ? 'site_' : '_ga_'), $_, 'v' x 60
} 1 .. 120;

open my $fh, '>', "$dir/conf/nginx.conf" or die $!;
print $fh <<"CONF";
$modules${user}daemon on;
master_process on;
worker_processes 1;
error_log $dir/logs/error.log info;
pid $dir/logs/nginx.pid;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $dir/tmp_body;
    proxy_temp_path $dir/tmp_proxy;
    fastcgi_temp_path $dir/tmp_fastcgi;
    uwsgi_temp_path $dir/tmp_uwsgi;
    scgi_temp_path $dir/tmp_scgi;
    default_type text/html;
    large_client_header_buffers 4 32k;  # the gateway's and the upstream's

    privacy_category analytics { cookie _ga _ga_*; host googletagmanager.com; }
    privacy_category marketing { url https://www.facebook.com/tr; }
    privacy_default_regime opt-in;

    proxy_cache_path $dir/cache levels=1 keys_zone=pages:1m inactive=1m;

    map \$cookie__ga \$saw_ga { "" "no"; default "yes"; }

    upstream keepalive_backend {
        server 127.0.0.1:$up;
        keepalive 4;
    }

    # the gateway
    server {
        listen 127.0.0.1:$port;

        location /plain/ {
            privacy on;
            privacy_strip_request_cookies on;
            privacy_html on;
            proxy_pass http://127.0.0.1:$up/;
        }

        # the upstream sends gzip; the gateway does or does not compress
        location /gz-off/ {
            privacy on;
            privacy_html on;
            gzip off;
            proxy_pass http://127.0.0.1:$up/gz/;
        }
        location /gz-on/ {
            privacy on;
            privacy_html on;
            gzip on;
            gzip_min_length 1;
            proxy_pass http://127.0.0.1:$up/gz/;
        }

        # one cached copy per decision; /cache-url/ is the mistake the
        # documentation warns about (keyed by URL only), as a control
        location /cache/ {
            privacy on;
            privacy_strip_request_cookies on;
            privacy_html on;
            proxy_cache pages;
            proxy_cache_key "\$request_uri|\$privacy_consent_mask";
            add_header X-Cache \$upstream_cache_status;
            proxy_pass http://127.0.0.1:$up/consent-page/;
        }
        location /cache-url/ {
            privacy on;
            privacy_strip_request_cookies on;
            proxy_cache pages;
            proxy_cache_key "url-only|\$request_uri";
            add_header X-Cache \$upstream_cache_status;
            proxy_pass http://127.0.0.1:$up/consent-page/;
        }

        location /big-headers/ {
            privacy on;
            privacy_strip_request_cookies on;
            proxy_buffer_size 32k;
            proxy_buffers 8 32k;
            proxy_pass http://127.0.0.1:$up/big-headers/;
        }
        location /echo-cookie/ {
            privacy on;
            privacy_strip_request_cookies on;
            proxy_pass http://127.0.0.1:$up/echo-cookie/;
        }
    }

    # keepalive connections to the upstream
    server {
        listen 127.0.0.1:$ka;
        location / {
            privacy on;
            privacy_strip_request_cookies on;
            privacy_html on;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_pass http://keepalive_backend/ka/;
        }
    }

$tls_server
    # the upstream site
    server {
        listen 127.0.0.1:$up;
        root $dir/html;
        location / {
            add_header Set-Cookie "_ga=GA1.2.3; Path=/";
            add_header Set-Cookie "sessionid=s1; Path=/";
            add_header X-Upstream-Cookie "[\$http_cookie]";
            try_files /page.html =404;
        }
        location /gz/ {
            gzip on;
            gzip_min_length 1;
            try_files /page.html =404;
        }
        location /ka/ {
            add_header Set-Cookie "_ga=GA1.2.3; Path=/";
            add_header Set-Cookie "sessionid=s1; Path=/";
            add_header X-Upstream-Connection \$connection;
            try_files /page.html =404;
        }
        location /consent-page/ {
            add_header Cache-Control "max-age=60";
            return 200 "<p>analytics cookie seen by the site: \$saw_ga</p>\\n";
        }
        location /big-headers/ {
            $many_cookies
            return 200 "big headers\\n";
        }
        location /echo-cookie/ {
            return 200 "[\$http_cookie]\\n";
        }
    }
}
CONF
close $fh;

sub error_log {
    open my $l, '<', "$dir/logs/error.log" or return '';
    local $/;
    return <$l>;
}

# curl: (status, http_version, headers as lowercase name => [values], body)
sub fetch {
    my ($url, @opt) = @_;
    my $hf = "$dir/h.txt";
    my $bf = "$dir/b.bin";
    unlink $hf, $bf;
    my @cmd = ('curl', '-s', '-k', '--max-time', '10', '-D', $hf, '-o', $bf,
               '-w', '%{http_code} %{http_version}', @opt, $url);
    open my $p, '-|', @cmd or die "curl: $!";
    my $w = <$p> // '';
    close $p;
    my ($code, $hv) = split ' ', $w;
    my %h;
    if (open my $f, '<', $hf) {
        while (<$f>) {
            s/\r?\n$//;
            push @{ $h{lc $1} }, $2 if /^([\w-]+):\s*(.*)$/;
        }
    }
    my $body = '';
    if (open my $f, '<', $bf) { binmode $f; local $/; $body = <$f> // '' }
    return ($code // 0, $hv // '', \%h, $body);
}

sub cookies_set { join ' ', sort map { /^([^=]+)=/ ? $1 : $_ } @{ $_[0]{'set-cookie'} // [] } }

my @cmd = ($nginx, '-p', "$dir/", '-c', "$dir/conf/nginx.conf", '-e', "$dir/logs/error.log");
is(system(@cmd), 0, "nginx $version starts") or BAIL_OUT(error_log());
my $master;
for (1 .. 100) {
    if (open my $p, '<', "$dir/logs/nginx.pid") { $master = <$p>; last if $master }
    sleep 0.05;
}
chomp $master if $master;
END { kill 'QUIT', $master if $master; }
for (1 .. 100) { last if (fetch("http://127.0.0.1:$port/plain/"))[0] == 200; sleep 0.05 }

my $now = time;
my $granted = "privacy_consent=1:analytics:$now:0";
my $denied = "privacy_consent=1::$now:0";

# --- TLS and HTTP/2 -------------------------------------------------------

SKIP: {
    skip "no HTTP/2 (nginx build, curl or openssl)", 6 unless $has_h2;
    my ($code, $hv, $h, $body) = fetch("https://127.0.0.1:$tls/", '--http2',
        '-H', "Cookie: _ga=GA1.old; sessionid=s0; other=1");
    is($code, 200, 'HTTP/2 over TLS: 200');
    is($hv, '2', 'HTTP/2 over TLS: curl spoke HTTP/2');
    is($h->{'x-proto'}[0], 'HTTP/2.0', 'HTTP/2 over TLS: nginx saw HTTP/2.0');
    is(cookies_set($h), 'sessionid', 'HTTP/2: _ga Set-Cookie stripped, sessionid kept');
    is($h->{'x-upstream-cookie'}[0], '[sessionid=s0; other=1]',
       'HTTP/2: the request Cookie reached the upstream without _ga');
    ok($body =~ /content of the page/ && $body !~ /googletagmanager|facebook\.com\/tr/,
       'HTTP/2: the page arrives without its tracker elements');
}

# --- HTTP/3 -----------------------------------------------------------------

SKIP: {
    skip "no HTTP/3: nginx $version "
         . ($V =~ /--with-http_v3_module/ ? 'has' : 'lacks')
         . " http_v3_module, curl " . ($curl_v =~ /\bHTTP3\b/ ? 'has' : 'lacks')
         . " HTTP3", 4 unless $has_h3;
    my ($code, $hv, $h, $body) = fetch("https://127.0.0.1:$tls/", '--http3-only',
        '-H', "Cookie: _ga=GA1.old; sessionid=s0");
    is($code, 200, 'HTTP/3: 200');
    is($hv, '3', 'HTTP/3: curl spoke HTTP/3');
    is(cookies_set($h), 'sessionid', 'HTTP/3: _ga Set-Cookie stripped, sessionid kept');
    ok($body =~ /content of the page/ && $body !~ /googletagmanager|facebook\.com\/tr/,
       'HTTP/3: the page arrives without its tracker elements');
}

# --- gzip at the gateway ------------------------------------------------------

{
    my ($code, undef, $h, $body) = fetch("http://127.0.0.1:$port/gz-off/",
        '-H', 'Accept-Encoding: gzip');
    is($code, 200, 'gzip upstream, no gzip at the gateway: 200');
    ok(!$h->{'content-encoding'}, 'the filtered page reaches the client uncompressed');
    ok($body =~ /content of the page/ && $body !~ /googletagmanager/,
       'uncompressed and filtered');

    ($code, undef, $h, $body) = fetch("http://127.0.0.1:$port/gz-on/",
        '-H', 'Accept-Encoding: gzip');
    is($code, 200, 'gzip on at the gateway: 200');
    is($h->{'content-encoding'}[0], 'gzip', 'gzip on at the gateway: compressed again');
    my $plain;
    gunzip(\$body => \$plain) or diag("gunzip: $GunzipError");
    ok(defined $plain && $plain =~ /content of the page/
       && $plain !~ /googletagmanager|facebook\.com\/tr/,
       'gzip on: the compressed page is the filtered page');
    ok(length $body < length($plain // '') / 4, 'gzip on: and it is smaller');
}

# --- proxy_cache keyed with $privacy_consent_mask -----------------------------

{
    my $u = "http://127.0.0.1:$port/cache/p1";
    my (undef, undef, $h, $body) = fetch($u, '-H', "Cookie: $granted; _ga=GA1.a");
    is($h->{'x-cache'}[0], 'MISS', 'cache: a granted visitor fills the cache');
    like($body, qr/seen by the site: yes/, 'cache: the granted visitor\'s page');

    (undef, undef, $h, $body) = fetch($u, '-H', "Cookie: _ga=GA1.b");
    is($h->{'x-cache'}[0], 'MISS', 'cache: a visitor without a decision gets another copy');
    like($body, qr/seen by the site: no/,
         'cache: the granted page is not served to the ungranted visitor');

    (undef, undef, $h, $body) = fetch($u, '-H', "Cookie: $denied; _ga=GA1.c");
    is($h->{'x-cache'}[0], 'HIT', 'cache: the same decision (only necessary) shares a copy');
    like($body, qr/seen by the site: no/, 'cache: and it is the ungranted one');

    (undef, undef, $h, $body) = fetch($u, '-H', "Cookie: $granted; _ga=GA1.d");
    is($h->{'x-cache'}[0], 'HIT', 'cache: another granted visitor shares the granted copy');
    like($body, qr/seen by the site: yes/, 'cache: the granted copy');

    # the control: keyed by URL only, the granted page leaks
    my $c = "http://127.0.0.1:$port/cache-url/p1";
    fetch($c, '-H', "Cookie: $granted; _ga=GA1.a");
    (undef, undef, $h, $body) = fetch($c, '-H', "Cookie: _ga=GA1.b");
    like($body, qr/seen by the site: yes/,
         'control: a cache keyed by URL only serves the granted page to anyone');
}

# --- keepalive upstream ---------------------------------------------------------

{
    my (%conns, $ok);
    for my $i (1 .. 6) {
        my ($code, undef, $h, $body) = fetch("http://127.0.0.1:$ka/page$i",
            '-H', 'Cookie: _ga=GA1.x; sessionid=s');
        $ok++ if $code == 200 && cookies_set($h) eq 'sessionid'
                 && $body =~ /content of the page/ && $body !~ /googletagmanager/;
        $conns{ $h->{'x-upstream-connection'}[0] // '?' }++;
    }
    is($ok, 6, 'keepalive upstream: 6 requests, each filtered');
    ok(keys %conns < 6, 'keepalive upstream: the upstream connection was reused ('
       . join(' ', map { "conn $_ x$conns{$_}" } sort keys %conns) . ')');
}

# --- large headers ------------------------------------------------------------

{
    # a 20 KB Cookie header: 200 cookies of ~100 bytes, every third one _ga_N
    my $cookie = join '; ', map { ($_ % 3 ? "site_$_" : "_ga_$_") . '=' . ('c' x 90) } 1 .. 200;
    my ($code, undef, undef, $body) = fetch("http://127.0.0.1:$port/echo-cookie/",
        '-H', "Cookie: $cookie");
    is($code, 200, 'a 20 KB Cookie header: 200');
    my @names = $body =~ /(?:^\[|; )([^=;]+)=/g;
    is(scalar(grep { /^_ga_/ } @names), 0, 'large Cookie: every _ga_N stripped');
    is(scalar(grep { /^site_/ } @names), 134, 'large Cookie: all 134 others kept');

    my $h;
    ($code, undef, $h, $body) = fetch("http://127.0.0.1:$port/big-headers/");
    is($code, 200, '120 Set-Cookie headers (12 KB) from the upstream: 200');
    my @set = @{ $h->{'set-cookie'} // [] };
    is(scalar(grep { /^_ga_/ } @set), 0, 'large response headers: every _ga_N stripped');
    is(scalar(grep { /^site_/ } @set), 80, 'large response headers: the 80 others kept');
}

unlike(error_log(), qr/\[(alert|crit|emerg)\]|exited on signal/, 'no alert, crit or crash');

kill 'QUIT', $master;
for (1 .. 100) { last unless kill 0, $master; sleep 0.05; }
ok(!kill(0, $master), 'nginx stopped');
$master = 0;

done_testing();
