package PrivacyBrowser;
# The machinery the browser proofs share (t/browser/vendors.pl,
# t/browser/difftest.pl): one nginx of our own with three servers on
# 127.0.0.1 (an upstream, the gateway in front of it, a recorder that answers
# every other host), headless Chromium through Debian's chromedriver with
# every host mapped to the recorder, and every request the browser makes read
# from the DevTools performance log.  Core Perl only.
#
#   my $h = PrivacyBrowser->new(base_port => 19610, out => "$root/build/x",
#                               drivers => ['driver', 'driver_nojs']);
#   $h->start_nginx(http => '...', upstream => '...', gateway => '...');
#   $h->start_browser('driver', 1);          # JavaScript on
#   my $r = $h->load('driver', $url);        # load, settle, probe
#   $h->finish('driver');
#   $h->summarize($r);                       # $r->{requests}: URLs asked for
#   $h->stop_all;
#
# Ports, from base_port: upstream, gateway, rec_http, rec_https, then one per
# chromedriver.  Every process started here is stopped by its PID (stop_all,
# also from END and on INT/TERM); every wait is bounded.
use strict;
use warnings;
use Test::More;
use HTTP::Tiny;
use JSON::PP;
use File::Temp qw(tempdir);
use File::Path qw(make_path);
use Time::HiRes qw(sleep time);
use POSIX qw(WNOHANG);
use IO::Socket::INET;

our $CHROMIUM = '/usr/bin/chromium';
our $DRIVER = '/usr/bin/chromedriver';

# bounds: every wait of a load is one of these (local-ize them to change)
our $PAGE_LOAD_MS = 15000;  # WebDriver pageLoad timeout per navigation
our $SETTLE_MIN = 0.3;      # seconds after load before the log may be read
our $SETTLE_QUIET = 0.25;   # ... with no new request for this long
our $SETTLE_MAX = 3.0;      # ... and never longer than this

my $json = JSON::PP->new->canonical;
my @live;                   # instances whose processes END must stop

# plan skip_all unless Chromium and chromedriver are installed
sub skip_unless_chromium {
    return if -x $CHROMIUM && -x $DRIVER;
    plan skip_all => "Chromium is not installed (apt-get install chromium "
                     . "chromium-driver): browser test skipped";
}

sub new {
    my ($class, %o) = @_;
    my $base = $o{base_port} or die "base_port\n";
    my @drivers = @{ $o{drivers} // ['driver'] };
    my $self = bless {
        port => { upstream => $base, gateway => $base + 1,
                  rec_http => $base + 2, rec_https => $base + 3,
                  map { $drivers[$_] => $base + 4 + $_ } 0 .. $#drivers },
        http => HTTP::Tiny->new(timeout => 30),
        tmp => tempdir('privacy-browser-XXXXXX', TMPDIR => 1, CLEANUP => 1),
        out => $o{out},
        pids => {}, sessions => {}, last => {},
    }, $class;
    make_path($self->{out}) if $self->{out};
    mkdir "$self->{tmp}/logs";
    push @live, $self;
    return $self;
}

sub port { $_[0]{port}{$_[1]} }
sub tmp  { $_[0]{tmp} }
sub http { $_[0]{http} }
sub upstream_url { "http://127.0.0.1:$_[0]{port}{upstream}" }
sub gateway_url  { "http://127.0.0.1:$_[0]{port}{gateway}" }

# --- processes we start (stopped by PID) ------------------------------------

sub spawn {
    my ($self, $what, $log, @cmd) = @_;
    my $pid = fork // die "fork: $!";
    if ($pid == 0) {
        open STDIN, '<', '/dev/null';
        open STDOUT, '>>', $log;
        open STDERR, '>&', \*STDOUT;
        exec @cmd or POSIX::_exit(127);     # no END blocks in the child
    }
    $self->{pids}{$what} = $pid;
    return $pid;
}

sub stop_pid {
    my ($self, $what) = @_;
    my $pid = delete $self->{pids}{$what} or return;
    kill 'TERM', $pid;
    for (1 .. 50) {             # up to 5 s, then KILL
        return if waitpid($pid, WNOHANG) == $pid;
        sleep 0.1;
    }
    kill 'KILL', $pid;
    waitpid $pid, 0;
}

sub stop_all {
    my ($self) = @_;
    for my $p (keys %{ $self->{sessions} }) {
        my $s = delete $self->{sessions}{$p};
        eval { $self->wd($p, 'DELETE', "/session/$s") };
    }
    # chromedrivers first (they take their Chromium along), nginx last
    $self->stop_pid($_) for (grep { $_ ne 'nginx' } keys %{ $self->{pids} }),
                            'nginx';
}

END { my $rc = $?; $_->stop_all for @live; $? = $rc; }
$SIG{INT} = $SIG{TERM} = sub { $_->stop_all for @live; exit 1 };

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

# bail out unless every port is free; $var names the variable that moves them
sub check_ports {
    my ($self, $var) = @_;
    for my $p (sort { $a <=> $b } values %{ $self->{port} }) {
        BAIL_OUT("port $p on 127.0.0.1 is in use (set $var)")
            unless port_free($p);
    }
}

sub slurp {
    my ($f) = @_;
    open my $fh, '<', $f or return '';
    local $/;
    return scalar <$fh>;
}

# --- nginx: upstream, gateway, recorder -----------------------------------

# %o: http (lines in http{}, before the servers: rules, maps), upstream
# (lines of the upstream's server{}: root, locations), gateway (lines of the
# gateway's server{} besides listen and the proxy to the upstream), check
# (a path the gateway must answer before we go on).
sub start_nginx {
    my ($self, $nginx, $module, %o) = @_;
    my ($tmp, %port) = ($self->{tmp}, %{ $self->{port} });
    my $tls = system("openssl req -x509 -newkey ec -pkeyopt "
                     . "ec_paramgen_curve:prime256v1 -nodes -subj /CN=recorder "
                     . "-days 2 -keyout $tmp/rec.key -out $tmp/rec.crt "
                     . ">/dev/null 2>&1") == 0;
    $self->{tls} = $tls;
    my $rec_tls = $tls ? <<"EOF" : '';
        listen 127.0.0.1:$port{rec_https} ssl;
        ssl_certificate $tmp/rec.crt;
        ssl_certificate_key $tmp/rec.key;
EOF
    my $http = $o{http} // '';
    my $upstream = $o{upstream} // '';
    my $gateway = $o{gateway} // '';

    open my $conf, '>', "$tmp/nginx.conf" or die $!;
    print $conf <<"EOF";
load_module $module;
daemon off;
master_process off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log warn;
events { worker_connections 1024; }
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

$http

    # the site
    server {
        listen 127.0.0.1:$port{upstream};
$upstream
    }

    # the gateway
    server {
        listen 127.0.0.1:$port{gateway};
        access_log $tmp/logs/gateway.log gw;
        privacy on;
        privacy_default_regime opt-in;
        privacy_html on;
        privacy_debug_header on;
$gateway
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
    $self->spawn('nginx', "$tmp/logs/nginx.out", $nginx, '-p', $tmp,
                 '-c', "$tmp/nginx.conf");
    my $check = $self->gateway_url . ($o{check} // '/');
    wait_for('nginx', 10, sub { $self->{http}->get($check)->{success} });
}

# copy the servers' logs to the output directory
sub save_logs {
    my ($self) = @_;
    for my $l (qw(gateway recorder error)) {
        open my $fh, '>', "$self->{out}/$l.log" or die $!;
        print $fh slurp("$self->{tmp}/logs/$l.log");
        close $fh;
    }
}

# --- WebDriver ------------------------------------------------------------

sub wd {
    my ($self, $p, $method, $path, $body) = @_;
    my $res = $self->{http}->request($method,
        "http://127.0.0.1:$self->{port}{$p}$path", {
        headers => { 'Content-Type' => 'application/json' },
        defined $body ? (content => $json->encode($body)) : (),
    });
    my $data = eval { decode_json($res->{content}) } // {};
    die "WebDriver $method $path: $res->{status} "
        . substr($res->{content} // '', 0, 300) . "\n"
        unless $res->{success};
    return $data->{value};
}

sub session { $_[0]{sessions}{$_[1]} }

# a chromedriver and its Chromium session: every host but 127.0.0.1 mapped
# to the recorder (nothing leaves the machine, nothing waits for DNS);
# %o: window => 'W,H'
sub start_browser {
    my ($self, $p, $js, %o) = @_;
    my $tmp = $self->{tmp};
    my $port = $self->{port};
    my $resolver = "MAP *:80 127.0.0.1:$port->{rec_http}, "
        . ($self->{tls} ? "MAP *:443 127.0.0.1:$port->{rec_https}, " : '')
        . "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";
    $self->spawn($p, "$tmp/logs/$p.log", $DRIVER, "--port=$port->{$p}");
    wait_for('chromedriver', 10, sub {
        $self->{http}->get("http://127.0.0.1:$port->{$p}/status")->{success} });
    my $profile = tempdir(DIR => $tmp);
    my $caps = $self->wd($p, 'POST', '/session', { capabilities => { alwaysMatch => {
        browserName => 'chrome',
        acceptInsecureCerts => JSON::PP::true,
        pageLoadStrategy => 'normal',
        'goog:loggingPrefs' => { performance => 'ALL' },
        'goog:chromeOptions' => {
            binary => $CHROMIUM,
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
                      $o{window} ? ("--window-size=$o{window}") : (),
                      "--user-data-dir=$profile" ],
        },
    } } });
    $self->{sessions}{$p} = $caps->{sessionId}
        or BAIL_OUT('no WebDriver session');
    $self->wd($p, 'POST', "/session/$self->{sessions}{$p}/timeouts",
              { pageLoad => $PAGE_LOAD_MS, script => 5000 });
    $self->go($p, 'about:blank');
    $self->drain($p, undef);
}

sub go {
    my ($self, $p, $url) = @_;
    $self->wd($p, 'POST', "/session/$self->{sessions}{$p}/url", { url => $url });
}

# run a script in the page (WebDriver execute/sync)
sub js {
    my ($self, $p, $script, @args) = @_;
    return $self->wd($p, 'POST', "/session/$self->{sessions}{$p}/execute/sync",
                     { script => $script, args => \@args });
}

# Reads (and so empties) the performance log into the load record $cur (or
# discards it); a request whose document is the previous page's goes to that
# page.  The load each session made last keeps the events that arrive after
# it settled (and those its page still makes while the next page starts).
# Returns how many requests were new for $cur.
sub drain {
    my ($self, $p, $cur) = @_;
    my $log = $self->wd($p, 'POST', "/session/$self->{sessions}{$p}/se/log",
                        { type => 'performance' });
    my $prev = $self->{last}{$p};
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

# wait until no new request came for $SETTLE_QUIET (at least $SETTLE_MIN,
# at most $SETTLE_MAX), reading the log into $r
sub settle {
    my ($self, $p, $r) = @_;
    my ($start, $seen) = (time, time);
    while (time - $start < $SETTLE_MAX) {
        sleep 0.1;
        $seen = time if $self->drain($p, $r);
        last if time - $start >= $SETTLE_MIN && time - $seen >= $SETTLE_QUIET;
    }
}

# One navigation: load (bounded by the pageLoad timeout), settle, then run
# %o's probe (a script and its arguments: its value is $r->{fp}) and after
# (a code ref called with the load record, e.g. to click and settle again).
sub load {
    my ($self, $p, $url, %o) = @_;
    my $r = { url => $url, ev => [] };
    $self->drain($p, $self->{last}{$p}) if $self->{last}{$p};
    my $t0 = time;
    eval { $self->go($p, $url); 1 } or $r->{error} = $@ =~ s/\s+$//r;
    $self->settle($p, $r);
    $o{after}->($r) if $o{after};
    if ($o{probe}) {
        my ($script, @args) = @{ $o{probe} };
        $r->{fp} = eval { $self->js($p, $script, @args) }
                   // { error => ($@ =~ s/\s+$//r) };
    }
    $r->{secs} = time - $t0;
    $self->{last}{$p} = $r;
    return $r;
}

# the end of a series of loads: leave the last page, keep its late events
sub finish {
    my ($self, $p) = @_;
    eval { $self->go($p, 'about:blank') };
    $self->drain($p, $self->{last}{$p}) if $self->{last}{$p};
    delete $self->{last}{$p};
}

# the requests (URLs, in order; with %o's full => 1, also {url, type,
# document} records in $r->{reqs}) and the gateway's decision header of
# one load
sub summarize {
    my ($self, $r, %o) = @_;
    my (@req, @full);
    for my $m (@{ delete $r->{ev} // [] }) {
        my $q = $m->{params};
        if ($m->{method} eq 'Network.requestWillBeSent') {
            push @req, $q->{request}{url};
            push @full, { url => $q->{request}{url}, type => $q->{type},
                          document => $q->{documentURL} } if $o{full};
        } elsif (($q->{type} // '') eq 'Document' && $q->{response}{url} eq $r->{url}) {
            my $h = $q->{response}{headers} // {};
            ($r->{decision}) = map { $h->{$_} } grep { lc eq 'x-privacy-decision' } keys %$h;
        }
    }
    $r->{requests} = \@req;
    $r->{reqs} = \@full if $o{full};
}

1;
