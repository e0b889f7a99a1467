#!/usr/bin/perl
# The browser proof of issue #18: vendors' official embed snippets
# (t/browser/vendors/*.html) loaded in headless Chromium, raw and through the
# gateway, while every request the browser makes is recorded.
#
# For each page:
#   raw       straight from the upstream: must contact the page's tracker
#             host(s) (its "expect:" line), or the page is broken and the
#             check below could not fail;
#   none      through the gateway without consent: must contact no tracker;
#   consent   through the gateway with full consent (native cookie): must
#             contact every tracker the raw load contacted (nothing
#             over-blocked);
# and for pages with a <noscript> fallback ("noscript:" line), with
# JavaScript disabled:
#   raw-nojs  straight from the upstream: the fallback must be live;
#   none-nojs through the gateway without consent: no tracker contacted.
# The first-party content of every page (an inline script that sets a DOM
# marker, an <img>, a paragraph, and for the first-party pages a "check:"
# expression) must be intact in every load, and with full consent the gateway
# must deliver the upstream's bytes unchanged (fetched outside the browser).
#
# "Contacted" means requested by the browser: the DevTools performance log
# (Network.requestWillBeSent) read through chromedriver, not what the HTML
# says.  Every host but 127.0.0.1 is mapped (--host-resolver-rules) to a
# local recorder that answers everything with an empty 200, over HTTP and
# HTTPS (a throw-away self-signed certificate), so no request leaves the
# machine, none waits for DNS, and its log is a second record of each
# attempt.  A tracker is any host other than the page's own, or a path of the
# page's own host named by "self:/path/" in the page's expect/noscript line.
#
# Drives Debian's chromedriver over its HTTP (WebDriver) interface with core
# Perl only; starts its own nginx (the given binary loading MODULE_SO) on
# 127.0.0.1; skips, with a message, when Chromium is missing.
#
# Usage: perl t/browser/vendors.pl NGINX MODULE_SO [PAGE...]
#        PAGE is a file name under t/browser/vendors without .html (e.g.
#        gtm); VENDORS=gtm,meta-pixel does the same.  VENDORS_PORT (default
#        19610) is the first of six consecutive ports used (19610-19615).
#        Results are also written to build/browser-vendors/results.txt.
use strict;
use warnings;
use Test::More;
use HTTP::Tiny;
use JSON::PP;
use File::Temp qw(tempdir);
use File::Path qw(make_path);
use Time::HiRes qw(sleep time);
use Cwd qw(abs_path);
use File::Basename qw(dirname basename);
use POSIX qw(WNOHANG);
use IO::Socket::INET;

my ($nginx, $module, @only) = @ARGV;
my $root = abs_path(dirname(__FILE__) . '/../..');
my $corpus = "$root/t/browser/vendors";
my $chromium = '/usr/bin/chromium';
my $driver = '/usr/bin/chromedriver';

unless (-x $chromium && -x $driver) {
    plan skip_all => "Chromium is not installed (apt-get install chromium "
                     . "chromium-driver): browser test skipped";
}
die "usage: $0 NGINX MODULE_SO [PAGE...]\n" unless $nginx && $module;
$module = abs_path($module) // $module;
die "$module: not found (make module)\n" unless -f $module;
push @only, split /,/, $ENV{VENDORS} if $ENV{VENDORS};

my $base_port = $ENV{VENDORS_PORT} || 19610;
my %port = (upstream => $base_port, gateway => $base_port + 1,
            rec_http => $base_port + 2, rec_https => $base_port + 3,
            driver => $base_port + 4, driver_nojs => $base_port + 5);

# bounds: every wait below is one of these
my $PAGE_LOAD_MS = 15000;   # WebDriver pageLoad timeout per navigation
our $SETTLE_MIN = 0.3;      # seconds after load before the log may be read
our $SETTLE_QUIET = 0.25;   # ... with no new request for this long
my $SETTLE_MAX = 3.0;       # ... and never longer than this

my $http = HTTP::Tiny->new(timeout => 30);
my $json = JSON::PP->new->canonical;
my $tmp = tempdir('privacy-vendors-XXXXXX', TMPDIR => 1, CLEANUP => 1);
my $out = "$root/build/browser-vendors";
make_path($out);

# --- the corpus -----------------------------------------------------------

sub read_page {
    my ($file) = @_;
    open my $fh, '<:raw', $file or die "$file: $!";
    local $/;
    my $html = <$fh>;
    my ($head) = $html =~ /\A<!DOCTYPE html>\s*<!--(.*?)-->/s
        or die "$file: no metadata comment after <!DOCTYPE html>\n";
    my %m;
    for (split /\n/, $head) {
        $m{$1} = $2 if /^\s*(vendor|kind|doc|expect|noscript|check|signature):\s*(.*?)\s*$/;
    }
    die "$file: no vendor: line\n" unless $m{vendor};
    die "$file: no doc: URL\n" unless ($m{doc} // '') =~ m{^https?://};
    die "$file: no expect: line\n" unless defined $m{expect};
    my $name = basename($file, '.html');
    return {
        name     => $name,
        vendor   => $m{vendor},
        kind     => $m{kind} // 'vendor',
        expect   => [ $m{expect} eq 'none' ? () : split ' ', lc $m{expect} ],
        noscript => [ split ' ', lc($m{noscript} // '') ],
        check    => $m{check},
    };
}

my @pages = map { read_page($_) } sort glob("$corpus/*.html");
if (@only) {
    my %want = map { $_ => 1 } @only;
    @pages = grep { $want{$_->{name}} } @pages;
    die "no page matches: @only\n" unless @pages;
}

# --- processes we start (stopped by PID in END) ---------------------------

my (%pids, %sessions);

sub spawn {
    my ($what, $log, @cmd) = @_;
    my $pid = fork // die "fork: $!";
    if ($pid == 0) {
        open STDIN, '<', '/dev/null';
        open STDOUT, '>>', $log;
        open STDERR, '>&', \*STDOUT;
        exec @cmd or POSIX::_exit(127);     # no END blocks in the child
    }
    $pids{$what} = $pid;
    return $pid;
}

sub stop_pid {
    my ($what) = @_;
    my $pid = delete $pids{$what} or return;
    kill 'TERM', $pid;
    for (1 .. 50) {             # up to 5 s, then KILL
        return if waitpid($pid, WNOHANG) == $pid;
        sleep 0.1;
    }
    kill 'KILL', $pid;
    waitpid $pid, 0;
}

sub stop_all {
    for my $p (keys %sessions) {
        my $s = delete $sessions{$p};
        eval { wd($p, 'DELETE', "/session/$s") };
    }
    stop_pid($_) for qw(driver driver_nojs nginx);
}
END { my $rc = $?; stop_all(); $? = $rc; }
$SIG{INT} = $SIG{TERM} = sub { stop_all(); exit 1 };

sub port_free {
    my ($p) = @_;
    my $s = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$p", Timeout => 1);
    return !$s;
}

sub wait_for {
    my ($what, $secs, $test) = @_;
    my $end = time + $secs;
    while (time < $end) {
        return 1 if $test->();
        sleep 0.1;
    }
    BAIL_OUT("$what did not come up within ${secs}s");
}

for my $p (sort { $a <=> $b } values %port) {
    BAIL_OUT("port $p on 127.0.0.1 is in use (set VENDORS_PORT)")
        unless port_free($p);
}

# --- nginx: upstream, gateway, recorder -----------------------------------

my $tls = system("openssl req -x509 -newkey ec -pkeyopt "
                 . "ec_paramgen_curve:prime256v1 -nodes -subj /CN=recorder "
                 . "-days 2 -keyout $tmp/rec.key -out $tmp/rec.crt "
                 . ">/dev/null 2>&1") == 0;
my $rec_tls = $tls ? <<"EOF" : '';
        listen 127.0.0.1:$port{rec_https} ssl;
        ssl_certificate $tmp/rec.crt;
        ssl_certificate_key $tmp/rec.key;
EOF
my $site_rules = -f "$corpus/site-rules.conf"
    ? "include $corpus/site-rules.conf;" : '';

mkdir "$tmp/logs";
open my $conf, '>', "$tmp/nginx.conf" or die $!;
print $conf <<"EOF";
load_module $module;
daemon off;
master_process off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    access_log off;
    log_format rec '\$scheme \$host "\$request" \$status "\$http_referer"';
    log_format gw '"\$request" \$status consent=\$privacy_consent '
                  'removed=\$privacy_elements_removed';

    include $root/conf/privacy_rules.conf;
    $site_rules

    # the site: the corpus as it is, the Matomo placeholder filled in with
    # the host the request came to (as a CMS template would; the byte
    # comparison below names the gateway's host in X-Site-Host)
    map \$http_x_site_host \$site_host {
        ''       \$http_host;
        default  \$http_x_site_host;
    }
    server {
        listen 127.0.0.1:$port{upstream};
        root $corpus;
        add_header Cache-Control no-store;
        sub_filter __SITE_HOST__ \$site_host;
        sub_filter_once off;
        location /matomo/ {
            default_type application/javascript;
            return 200 "";
        }
    }

    # the gateway
    server {
        listen 127.0.0.1:$port{gateway};
        access_log $tmp/logs/gateway.log gw;
        privacy on;
        privacy_default_regime opt-in;
        privacy_html on;
        privacy_debug_header on;
        location / {
            proxy_pass http://127.0.0.1:$port{upstream};
            proxy_set_header Host \$http_host;
        }
    }

    # every other host the browser asks for (host-resolver-rules)
    server {
        listen 127.0.0.1:$port{rec_http};
$rec_tls
        access_log $tmp/logs/recorder.log rec;
        add_header Cache-Control no-store always;
        add_header Access-Control-Allow-Origin * always;
        location / {
            default_type application/javascript;
            return 200 "";
        }
    }
}
EOF
close $conf;

my $syntax = qx{'$nginx' -p '$tmp' -c '$tmp/nginx.conf' -t -q 2>&1};
BAIL_OUT("nginx -t failed: $syntax") if $?;
spawn('nginx', "$tmp/logs/nginx.out", $nginx, '-p', $tmp,
      '-c', "$tmp/nginx.conf");
wait_for('nginx', 10, sub {
    $http->get("http://127.0.0.1:$port{gateway}/fp/logo.svg")->{success} });

sub slurp {
    my ($f) = @_;
    open my $fh, '<', $f or return '';
    local $/;
    return scalar <$fh>;
}

# --- WebDriver ------------------------------------------------------------

sub wd {
    my ($p, $method, $path, $body) = @_;
    my $res = $http->request($method, "http://127.0.0.1:$port{$p}$path", {
        headers => { 'Content-Type' => 'application/json' },
        defined $body ? (content => $json->encode($body)) : (),
    });
    my $data = eval { decode_json($res->{content}) } // {};
    die "WebDriver $method $path: $res->{status} "
        . substr($res->{content} // '', 0, 300) . "\n"
        unless $res->{success};
    return $data->{value};
}

my $resolver = "MAP *:80 127.0.0.1:$port{rec_http}, "
    . ($tls ? "MAP *:443 127.0.0.1:$port{rec_https}, " : '')
    . "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";

sub start_browser {
    my ($p, $js) = @_;
    spawn($p, "$tmp/logs/$p.log", $driver, "--port=$port{$p}");
    wait_for('chromedriver', 10, sub {
        $http->get("http://127.0.0.1:$port{$p}/status")->{success} });
    my $profile = tempdir(DIR => $tmp);
    my $caps = wd($p, 'POST', '/session', { capabilities => { alwaysMatch => {
        browserName => 'chrome',
        acceptInsecureCerts => JSON::PP::true,
        pageLoadStrategy => 'normal',
        'goog:loggingPrefs' => { performance => 'ALL' },
        'goog:chromeOptions' => {
            binary => $chromium,
            perfLoggingPrefs => { enableNetwork => JSON::PP::true,
                                  enablePage => JSON::PP::false },
            $js ? () : (prefs => {
                'profile.managed_default_content_settings.javascript' => 2 }),
            args => [ '--headless', '--no-sandbox', '--disable-gpu',
                      '--disable-quic', '--no-first-run',
                      '--disable-background-networking',
                      '--disable-component-update', '--disable-sync',
                      '--disable-features=IsolateOrigins,site-per-process',
                      '--ignore-certificate-errors',
                      "--host-resolver-rules=$resolver",
                      "--user-data-dir=$profile" ],
        },
    } } });
    $sessions{$p} = $caps->{sessionId} or BAIL_OUT('no WebDriver session');
    wd($p, 'POST', "/session/$sessions{$p}/timeouts",
       { pageLoad => $PAGE_LOAD_MS, script => 5000 });
    go($p, 'about:blank');
    drain($p, undef);
}

sub go {
    my ($p, $url) = @_;
    wd($p, 'POST', "/session/$sessions{$p}/url", { url => $url });
}

# The load each session made last: events that arrive after it settled
# (and those its page still makes while the next page starts) belong to it.
my %last;

# Reads (and so empties) the performance log into the load record $cur (or
# discards it); a request whose document is the previous page's goes to that
# page.  Returns how many requests were new for $cur.
sub drain {
    my ($p, $cur) = @_;
    my $log = wd($p, 'POST', "/session/$sessions{$p}/se/log",
                 { type => 'performance' });
    my $prev = $last{$p};
    my $new = 0;
    for my $e (@$log) {
        my $m = eval { decode_json($e->{message})->{message} } or next;
        next unless $m->{method} =~ /^Network\.(requestWillBeSent|responseReceived)$/;
        my $req = $1 eq 'requestWillBeSent';
        my $to = $cur;
        $to = $prev if $req && $prev && $cur && $prev != $cur
            && ($m->{params}{documentURL} // '') eq $prev->{url};
        next unless $to;
        push @{ $to->{ev} }, $m;
        $new++ if $req && $to == $cur;
    }
    return $new;
}

# first-party probe, run in the page: marker, image, paragraph, check
my $FP_JS = <<'EOF';
var check = arguments[0], r = {};
var img = document.getElementById('fp-img');
var p = document.getElementById('fp-text');
r.marker = document.documentElement.getAttribute('data-fp-inline') === 'ran';
r.img = !!(img && img.complete && img.naturalWidth > 0);
r.text = !!(p && /First-party paragraph/.test(p.textContent));
r.check = true;
if (check) { try { r.check = !!(new Function('return (' + check + ');'))(); }
             catch (e) { r.check = false; } }
r.cookie = document.cookie.indexOf('privacy_consent=') >= 0;
return r;
EOF

# One navigation: load (bounded by the pageLoad timeout), settle until no
# new request for $SETTLE_QUIET (bounded by $SETTLE_MAX), probe.
sub load {
    my ($p, $url, $check) = @_;
    my $r = { url => $url, ev => [] };
    drain($p, $last{$p}) if $last{$p};
    my $t0 = time;
    eval { go($p, $url); 1 } or $r->{error} = $@ =~ s/\s+$//r;
    my ($start, $seen) = (time, time);
    while (time - $start < $SETTLE_MAX) {
        sleep 0.1;
        $seen = time if drain($p, $r);
        last if time - $start >= $SETTLE_MIN && time - $seen >= $SETTLE_QUIET;
    }
    $r->{fp} = eval { wd($p, 'POST', "/session/$sessions{$p}/execute/sync",
                         { script => $FP_JS, args => [ $check ] }) }
               // { error => ($@ =~ s/\s+$//r) };
    $r->{secs} = time - $t0;
    $last{$p} = $r;
    return $r;
}

# the end of a series of loads: leave the last page, keep its late events
sub finish {
    my ($p) = @_;
    eval { go($p, 'about:blank') };
    drain($p, $last{$p}) if $last{$p};
    delete $last{$p};
}

# the requests and the gateway's decision header of one load
sub summarize {
    my ($r) = @_;
    my @req;
    for my $m (@{ delete $r->{ev} // [] }) {
        my $q = $m->{params};
        if ($m->{method} eq 'Network.requestWillBeSent') {
            push @req, $q->{request}{url};
        } elsif (($q->{type} // '') eq 'Document' && $q->{response}{url} eq $r->{url}) {
            my $h = $q->{response}{headers} // {};
            ($r->{decision}) = map { $h->{$_} } grep { lc eq 'x-privacy-decision' } keys %$h;
        }
    }
    $r->{requests} = \@req;
}

# tracker contacts of one load: third-party hosts, and self:/path/ prefixes
# the page declares
sub contacts {
    my ($page, $r) = @_;
    my ($origin) = $r->{url} =~ m{^(https?://[^/]+)};
    my @self = map { /^self:(\/.*)/ ? $1 : () }
               @{ $page->{expect} }, @{ $page->{noscript} };
    my %c;
    for my $u (@{ $r->{requests} }) {
        my ($o, $host, $path) = $u =~ m{^(https?://(?:[^/@]*@)?([^/:?#]+)[^/?#]*)([^?#]*)}i
            or next;                        # data:, blob:, about:, ...
        $host = lc $host;
        if (lc $o eq lc $origin) {
            for my $s (@self) { $c{"self:$s"} = 1 if index($path, $s) == 0 }
        } else {
            $c{$host} = 1;
        }
    }
    return \%c;
}

sub fp_ok {
    my ($r, $js) = @_;
    my $f = $r->{fp} // {};
    return 0 if $f->{error} || $r->{error};
    return 0 unless $f->{img} && $f->{text} && $f->{check};
    return 0 if $js && !$f->{marker};
    return 1;
}

sub fp_diag {
    my ($r) = @_;
    my $f = $r->{fp} // {};
    return "load error: $r->{error}" if $r->{error};
    return "probe error: $f->{error}" if $f->{error};
    return join ' ', map { "$_=" . ($f->{$_} ? 1 : 0) } qw(marker img text check);
}

# --- run --------------------------------------------------------------------

my $up = "http://127.0.0.1:$port{upstream}";
my $gw = "http://127.0.0.1:$port{gateway}";
my $t_start = time;
my %res;

# One series of loads.  $missing, if given, names what a load should have
# contacted but was not seen to: such a load is repeated once with a long
# settle time and the requests of both count (an observation can miss a
# request under load, never invent one; a contact seen is never retried
# away).
sub series {
    my ($p, $key, $base, $list, $missing) = @_;
    $res{$_->{name}}{$key} = load($p, "$base/$_->{name}.html", $_->{check})
        for @$list;
    finish($p);
    summarize($res{$_->{name}}{$key}) for @$list;
    return unless $missing;
    for my $page (@$list) {
        my $r = $res{$page->{name}}{$key};
        next unless $missing->($page, contacts($page, $r));
        local ($SETTLE_MIN, $SETTLE_QUIET) = (2.0, 1.0);
        my $again = load($p, $r->{url}, $page->{check});
        finish($p);
        summarize($again);
        push @{ $r->{requests} }, @{ $again->{requests} };
        $r->{retried} = 1;
    }
}

sub missing_expect {
    my ($page, $c) = @_;
    return grep { !$c->{$_} } @{ $page->{expect} };
}

start_browser('driver', 1);
ok(1, 'headless Chromium session (JavaScript on)');

series('driver', 'raw', $up, \@pages, \&missing_expect);
series('driver', 'none', $gw, \@pages);

go('driver', "$gw/fp/logo.svg");        # a cookie needs its host open
my $consent = "1:preferences.analytics.marketing:" . int(CORE::time()) . ":0";
wd('driver', 'POST', "/session/$sessions{driver}/cookie",
   { cookie => { name => 'privacy_consent', value => $consent, path => '/' } });
series('driver', 'consent', $gw, \@pages, sub {
    my ($page, $c) = @_;
    return grep { !$c->{$_} } keys %{ contacts($page, $res{$page->{name}}{raw}) };
});
wd('driver', 'DELETE', "/session/$sessions{driver}/cookie");

my @ns = grep { @{ $_->{noscript} } } @pages;
if (@ns) {
    start_browser('driver_nojs', 0);
    ok(1, 'headless Chromium session (JavaScript off)');
    series('driver_nojs', 'raw_nojs', $up, \@ns, sub {
        my ($page, $c) = @_;
        return grep { !$c->{$_} } @{ $page->{noscript} };
    });
    series('driver_nojs', 'none_nojs', $gw, \@ns);
}
my $t_browser = time - $t_start;

# with full consent nothing is to be removed: the gateway must deliver the
# upstream's bytes unchanged (fetched outside the browser)
my $cookie = "privacy_consent=$consent";
for my $page (@pages) {
    my $f = "$page->{name}.html";
    my $a = $http->get("$up/$f",
                       { headers => { 'X-Site-Host' => "127.0.0.1:$port{gateway}" } });
    my $b = $http->get("$gw/$f", { headers => { Cookie => $cookie } });
    $res{$page->{name}}{identical} = $a->{success} && $b->{success}
        && $a->{content} eq $b->{content} ? 1 : 0;
}
stop_all();

# --- judge ------------------------------------------------------------------

my (@rows, %tot);
for my $page (@pages) {
    my $n = $page->{name};
    my $r = $res{$n};
    my %c = map { $_ => contacts($page, $r->{$_}) } grep { ref $r->{$_} } keys %$r;
    my @raw = sort keys %{ $c{raw} };
    my @missing = grep { !$c{raw}{$_} } @{ $page->{expect} };
    my @leak = sort keys %{ $c{none} };
    my @over = grep { !$c{consent}{$_} } @raw;
    my @fpbad = grep { !fp_ok($r->{$_}, 1) } qw(raw none consent);
    my $live = $page->{kind} eq 'first-party' ? !@raw : !@missing && @raw;

    if ($page->{kind} eq 'first-party') {
        ok(!@raw, "$n: the first-party page contacts no tracker even raw")
            or diag("  $n raw contacted: @raw");
    } else {
        ok($live, "$n: the raw page contacts its tracker (@{ $page->{expect} })")
            or diag("  $n raw contacted: " . (join(' ', @raw) || 'nothing')
                    . "; missing: @missing"
                    . ($r->{raw}{error} ? "; error: $r->{raw}{error}" : ''));
    }
    ok(!@leak, "$n: no tracker contacted without consent")
        or diag("  $n contacted without consent: @leak");
    ok(!@over, "$n: nothing over-blocked with full consent")
        or diag("  $n contacted raw but not with consent: @over");
    like($r->{consent}{decision} // '', qr/consent=[^;]*marketing/,
         "$n: the gateway saw the consent cookie")
        or diag("  $n X-Privacy-Decision: " . ($r->{consent}{decision} // 'none'));
    ok(!@fpbad, "$n: first-party content intact (raw, no consent, consent)")
        or diag(join "\n", map { "  $n $_: " . fp_diag($r->{$_}) } @fpbad);
    ok($r->{identical}, "$n: with full consent the page arrives byte for byte");

    my ($ns_live, @ns_leak, @ns_missing);
    if (@{ $page->{noscript} }) {
        @ns_missing = grep { !$c{raw_nojs}{$_} } @{ $page->{noscript} };
        @ns_leak = sort keys %{ $c{none_nojs} };
        $ns_live = !@ns_missing;
        ok($ns_live, "$n: JavaScript off, raw: the noscript fallback is live "
                     . "(@{ $page->{noscript} })")
            or diag("  $n raw without JS contacted: "
                    . (join(' ', sort keys %{ $c{raw_nojs} }) || 'nothing'));
        ok(!@ns_leak, "$n: JavaScript off, no consent: no tracker contacted")
            or diag("  $n contacted without JS and consent: @ns_leak");
        my @bad = grep { !fp_ok($r->{$_}, 0) } qw(raw_nojs none_nojs);
        ok(!@bad, "$n: JavaScript off: first-party content intact")
            or diag(join "\n", map { "  $n $_: " . fp_diag($r->{$_}) } @bad);
    }

    $tot{pages}++;
    $tot{vendors}++ if $page->{kind} ne 'first-party';
    $tot{live}++ if $live;
    $tot{leak_pages}++ if @leak;
    $tot{leak_hosts} += @leak;
    $tot{over_pages}++ if @over;
    $tot{over_hosts} += @over;
    $tot{fp_ok}++ unless @fpbad;
    $tot{identical}++ if $r->{identical};
    if (@{ $page->{noscript} }) {
        $tot{ns_pages}++;
        $tot{ns_live}++ if $ns_live;
        $tot{ns_leak_pages}++ if @ns_leak;
    }
    push @rows, [ $n, ($live ? 'yes' : 'NO') . ($r->{raw}{retried} ? ' (2nd look)' : ''),
                  @leak ? join(' ', @leak) : '-',
                  (@over ? join(' ', @over) : '-')
                      . ($r->{consent}{retried} ? ' (2nd look)' : ''),
                  @fpbad ? 'BROKEN ' . join(',', @fpbad) : 'ok',
                  !@{ $page->{noscript} } ? ''
                      : ($ns_live ? 'live' : 'DEAD') . ' / '
                        . (@ns_leak ? join(' ', @ns_leak) : '0') ];
}

my @head = ('page', 'raw live', 'contacted without consent',
            'over-blocked with consent', 'first-party', 'noscript raw / no consent');
my @w = map { length } @head;
for my $row (@rows) {
    $w[$_] = length $row->[$_] > $w[$_] ? length $row->[$_] : $w[$_] for 0 .. $#w;
}
my $fmt = join('  ', map { "%-${_}s" } @w) . "\n";
my $table = sprintf($fmt, @head) . sprintf($fmt, map { '-' x $_ } @w);
$table .= sprintf($fmt, @$_) for @rows;
$tot{$_} //= 0 for qw(live leak_pages leak_hosts over_pages over_hosts fp_ok
                      identical ns_pages ns_live ns_leak_pages);
$table .= sprintf "\n%d pages (%d vendors), browser time %.0f s; "
    . "raw pages live: %d/%d\n"
    . "tracker hosts contacted without consent: %d, on %d pages (target 0)\n"
    . "tracker hosts over-blocked with consent: %d, on %d pages (target 0)\n"
    . "first-party content intact: %d/%d pages; "
    . "byte for byte with full consent: %d/%d\n"
    . "noscript fallbacks: live raw %d/%d; pages contacting a tracker with "
    . "JavaScript off and no consent: %d (target 0)\n",
    $tot{pages}, $tot{vendors}, $t_browser, $tot{live}, $tot{pages},
    $tot{leak_hosts}, $tot{leak_pages}, $tot{over_hosts}, $tot{over_pages},
    $tot{fp_ok}, $tot{pages}, $tot{identical}, $tot{pages},
    $tot{ns_live}, $tot{ns_pages},
    $tot{ns_leak_pages};
diag("\n$table");

open my $fh, '>', "$out/results.txt" or die "$out/results.txt: $!";
print $fh $table;
close $fh;
open $fh, '>', "$out/results.json" or die $!;
print $fh JSON::PP->new->canonical->pretty->encode(\%res);
close $fh;
for my $l (qw(gateway recorder error)) {
    open $fh, '>', "$out/$l.log" or die $!;
    print $fh slurp("$tmp/logs/$l.log");
    close $fh;
}

done_testing();
