package GatewaySession;
# The small end-to-end browser tests (banner.pl, cookie-jar.pl, consent-mode.pl,
# placeholder.pl, css-inert.pl, css-file.pl) share this: free ports on 127.0.0.1, an nginx and a
# chromedriver started here and stopped by PID at the end, WebDriver calls
# over HTTP (core Perl), and a headless Chromium session whose host names
# resolve only as the test maps them (nothing leaves the machine).
use strict;
use warnings;
use Test::More;
use HTTP::Tiny;
use JSON::PP;
use File::Temp qw(tempdir);
use Time::HiRes qw(sleep);
use IO::Socket::INET;
use Exporter 'import';

our @EXPORT = qw(need_browser free_ports nginx_top start_nginx start_session
                 wd css_sites new_log_lines visit_settle);

my $CHROMIUM = '/usr/bin/chromium';
my $DRIVER = '/usr/bin/chromedriver';

my $http = HTTP::Tiny->new(timeout => 30);
my $json = JSON::PP->new->canonical;
my (@pids, $wd_port, $sid);

# skips the test without Chromium; the arguments NGINX MODULE_SO
sub need_browser {
    my ($nginx, $module) = @_;
    unless (-x $CHROMIUM && -x $DRIVER) {
        plan skip_all => "Chromium is not installed (apt-get install "
                         . "chromium chromium-driver): browser test skipped";
    }
    die "usage: $0 NGINX MODULE_SO\n" unless $nginx && $module;
}

# n free ports on 127.0.0.1, from $from on
sub free_ports {
    my ($from, $n) = @_;
    my @ports;
    for (my $p = $from; @ports < $n && $p < $from + 100; $p++) {
        my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1',
                                      LocalPort => $p, Listen => 1,
                                      ReuseAddr => 1) or next;
        close $s;
        push @ports, $p;
    }
    BAIL_OUT('no free ports') unless @ports == $n;
    return @ports;
}

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

# the top of a test's nginx.conf, up to the inside of its http block: one
# process in the foreground, everything it writes under $tmp
sub nginx_top {
    my ($tmp) = @_;
    return <<"EOF";
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
EOF
}

# $conf (a whole nginx.conf but its load_module line) in $tmp, checked
# with nginx -t, started; then $check must answer
sub start_nginx {
    my ($nginx, $module, $tmp, $conf, $check) = @_;
    mkdir "$tmp/logs";
    open my $fh, '>', "$tmp/nginx.conf" or die $!;
    print $fh "load_module $module;\n", $conf;
    close $fh;
    my $t = qx{'$nginx' -p '$tmp' -c '$tmp/nginx.conf' -t 2>&1};
    BAIL_OUT("nginx -t: $t") if $?;
    spawn("$tmp/logs/nginx.out", $nginx, '-p', $tmp, '-c', "$tmp/nginx.conf");
    wait_for('nginx', sub { $http->get($check)->{success} });
}

# a chromedriver on $port and its headless session; @map: "host:port
# 127.0.0.1:port" pairs, every other host resolves nowhere
sub start_session {
    my ($tmp, $port, @map) = @_;
    $wd_port = $port;
    spawn("$tmp/logs/chromedriver.log", $DRIVER, "--port=$wd_port");
    wait_for('chromedriver',
             sub { $http->get("http://127.0.0.1:$wd_port/status")->{success} });
    my $rules = join(', ', (map { "MAP $_" } @map),
                     'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
    my $profile = tempdir(DIR => $tmp);
    my $caps = wd('POST', '/session', { capabilities => { alwaysMatch => {
        browserName => 'chrome',
        'goog:chromeOptions' => {
            binary => $CHROMIUM,
            args => [ '--headless', '--no-sandbox', '--disable-gpu',
                      '--disable-quic', '--no-first-run',
                      '--disable-background-networking',
                      '--disable-component-update', '--disable-sync',
                      "--host-resolver-rules=$rules",
                      "--user-data-dir=$profile" ],
        },
    } } });
    $sid = $caps->{sessionId};
    return $sid;
}

# one WebDriver command; dies with the answer when it fails
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


# the configuration of css-inert.pl and css-file.pl: the site on $up (its
# pages in $tmp/site, $site_locations added), the gateway on $gw without
# consent, a tracker on $tracker; the site and the tracker log each request
sub css_sites {
    my ($tmp, $up, $gw, $tracker, $site_locations) = @_;
    $site_locations //= '';
    return <<"CONF";
@{[ nginx_top($tmp) ]}
    log_format path '\$request_uri';
    privacy_category marketing { host tracker.test; }

    # the site
    server {
        listen 127.0.0.1:$up;
        access_log $tmp/logs/site.log path;
        root $tmp/site;
        default_type text/html;
        location /img/ { default_type image/png; }
        $site_locations
    }

    # the gateway
    server {
        listen 127.0.0.1:$gw;
        privacy on;
        privacy_html on;
        privacy_default_regime opt-in;
        location / {
            proxy_pass http://127.0.0.1:$up;
            proxy_set_header Accept-Encoding "";
        }
    }

    # the tracker
    server {
        listen 127.0.0.1:$tracker;
        access_log $tmp/logs/tracker.log path;
        location / { default_type image/gif; return 200 "GIF89a"; }
    }
}
CONF
}

# the lines of $tmp/logs/$log written since the last call, in order
my %seen;
sub new_log_lines {
    my ($tmp, $log) = @_;
    open my $fh, '<', "$tmp/logs/$log" or return ();
    my @l = map { chomp; $_ } <$fh>;
    my @new = @l[($seen{$log} // 0) .. $#l];
    $seen{$log} = @l;
    return @new;
}

# load a page in session $sid and let its fetches settle
sub visit_settle {
    my ($sid, $url) = @_;
    wd('POST', "/session/$sid/url", { url => $url });
    sleep 1;
}

1;
