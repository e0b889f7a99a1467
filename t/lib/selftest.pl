#!/usr/bin/env perl
# Self-test of the minimal Test::Nginx::Socket runner in t/lib.
#
# Runs every sample in t/lib/selftest/*.tn (the .tn extension keeps them out
# of `prove -r t/`) through `perl -I t/lib` (and a few through `prove`), and
# checks the TAP they produce: blocks that must pass give "ok", blocks that
# must fail give "not ok", skips, bail outs, plans, the generated nginx.conf,
# and that no nginx process is left behind.
#
# Usage (from anywhere):  perl t/lib/selftest.pl [-v] [NAME_FILTER]
# Env: TEST_NGINX_BINARY (default: nginx in PATH, else /usr/sbin/nginx),
#      SELFTEST_NO_VALGRIND=1 skips the valgrind case.
# Ends with "runner-selftest: N passed, N failed"; exits non-zero on failure.

use strict;
use warnings;

use File::Basename qw( dirname );
use File::Spec ();
use File::Temp qw( tempdir );
use File::Path qw( make_path remove_tree );
use Cwd qw( abs_path );
use IO::Socket::INET ();
use POSIX qw( :sys_wait_h );
use Time::HiRes qw( sleep time );

my $Verbose = 0;
my $Filter;
for my $a (@ARGV) {
    if ($a eq '-v') { $Verbose = 1 } else { $Filter = $a }
}

my $LIB = abs_path(dirname(__FILE__));
my $ROOT = abs_path("$LIB/../..");
my $SAMPLES = "$LIB/selftest";
chdir $ROOT or die "cannot chdir $ROOT: $!\n";

$| = 1;

if (!$ENV{TEST_NGINX_BINARY}) {
    my $found;
    for my $d (split /:/, $ENV{PATH} // '') {
        if (length $d && -x "$d/nginx" && !-d "$d/nginx") { $found = "$d/nginx"; last }
    }
    $found ||= '/usr/sbin/nginx' if -x '/usr/sbin/nginx';
    $found ||= '/usr/local/nginx/sbin/nginx' if -x '/usr/local/nginx/sbin/nginx';
    if (!$found) {
        print "runner-selftest: cannot find nginx (set TEST_NGINX_BINARY)\n";
        print "runner-selftest: 0 passed, 1 failed\n";
        exit 1;
    }
    $ENV{TEST_NGINX_BINARY} = $found;
}

# the environment of the caller must not leak into the samples
for my $k (keys %ENV) {
    delete $ENV{$k} if $k =~ /^TEST_NGINX_/ && $k ne 'TEST_NGINX_BINARY';
}
delete $ENV{TEST_SHOW_NO_DIFFS};
delete $ENV{HARNESS_ACTIVE};

my $TMP = tempdir('runner-selftest-XXXXXX', TMPDIR => 1, CLEANUP => 1);
my ($Passed, $Failed) = (0, 0);
my $RunNo = 0;
my $CurCase = '';

sub check {
    my ($ok, $desc) = @_;
    if ($ok) {
        $Passed++;
        print "ok - $CurCase: $desc\n" if $Verbose;
    } else {
        $Failed++;
        print "FAIL - $CurCase: $desc\n";
    }
    return $ok;
}

sub free_port {
    for (1 .. 200) {
        my $p = 20000 + int rand 40000;
        my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $p,
                                      Proto => 'tcp', Listen => 1) or next;
        close $s;
        return $p;
    }
    die "no free port\n";
}

sub port_free {
    my $p = shift;
    my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $p,
                                  Proto => 'tcp', Listen => 1, ReuseAddr => 1)
        or return 0;
    close $s;
    return 1;
}

sub slurp {
    my $f = shift;
    open my $in, '<', $f or return undef;
    local $/;
    my $d = <$in>;
    close $in;
    return $d;
}

sub proc_running {
    my $pid = shift;
    return 0 unless $pid && kill 0, $pid;
    my $stat = slurp("/proc/$pid/stat");
    return 0 if defined $stat && $stat =~ /\)\s+[ZX]\s/;
    return 1;
}

# processes whose command line mentions this servroot
sub nginx_procs_for {
    my $servroot = shift;
    my @pids;
    opendir my $d, '/proc' or return ();
    for my $p (grep { /^\d+$/ } readdir $d) {
        next if $p == $$;
        my $cmd = slurp("/proc/$p/cmdline");
        next unless defined $cmd;
        $cmd =~ tr/\0/ /;
        next unless index($cmd, "$servroot/") >= 0 || index($cmd, "$servroot ") >= 0;
        next unless $cmd =~ /nginx|valgrind/;
        push @pids, $p if proc_running($p);
    }
    closedir $d;
    return @pids;
}

sub parse_tap {
    my $out = shift;
    my (@tests, $plan, $plan_first, $bail);
    my $first = 1;
    for my $line (split /\n/, $out) {
        if ($line =~ /^1\.\.(\d+)/) {
            $plan = $1;
            $plan_first = $first;
        } elsif ($line =~ /^(not )?ok (\d+)(.*)$/) {
            my ($not, $n, $rest) = ($1, $2, $3);
            my %t = (ok => $not ? 0 : 1, num => $n, name => '', skip => undef);
            if ($rest =~ /^\s*# skip\s*(.*)$/i) {
                $t{skip} = $1;
            } elsif ($rest =~ /^ - (.*)$/) {
                $t{name} = $1;
                $t{name} =~ s/\\#/#/g;
            }
            push @tests, \%t;
        } elsif ($line =~ /^Bail out!\s*(.*)$/) {
            $bail = $1;
        }
        $first = 0 if $line !~ /^#/ && $line =~ /\S/;
    }
    return { tests => \@tests, plan => $plan, plan_first => $plan_first,
             bail => $bail };
}

# run one sample; returns a hashref with out, err, exit, tap, servroot ...
sub run_sample {
    my (%o) = @_;
    my $file = $o{file};
    my $id = ++$RunNo;
    my $servroot = exists $o{servroot} ? $o{servroot} : "$TMP/servroot-$id";
    my %env = (
        TEST_NGINX_SERVROOT => $servroot,
        TEST_NGINX_SERVER_PORT => free_port(),
        %{ $o{env} || {} },
    );
    my $cwd = $o{cwd} || $ROOT;
    my $path = $cwd eq $ROOT ? "t/lib/selftest/$file" : "$SAMPLES/$file";
    my @cmd = $o{prove}
        ? ('prove', '-I', $LIB, $path)
        : ($^X, '-I', $LIB, $path);
    my $outf = "$TMP/out-$id";
    my $errf = "$TMP/err-$id";
    my $t0 = time;

    my $pid = fork();
    die "fork: $!" unless defined $pid;
    if ($pid == 0) {
        for my $k (keys %env) {
            if (defined $env{$k}) { $ENV{$k} = $env{$k} } else { delete $ENV{$k} }
        }
        chdir $cwd or POSIX::_exit(126);
        open STDIN, '<', '/dev/null';
        open STDOUT, '>', $outf;
        open STDERR, '>', $errf;
        { no warnings 'exec'; exec @cmd; }
        POSIX::_exit(127);
    }

    my $limit = $o{timeout} || 120;
    my $signalled;
    my $status;
    while (1) {
        my $r = waitpid($pid, WNOHANG);
        if ($r == $pid) { $status = $?; last }
        if (time - $t0 > $limit) {
            kill 'KILL', $pid;
            waitpid($pid, 0);
            $status = -1;
            last;
        }
        if ($o{signal} && !$signalled && defined $servroot) {
            # wait until nginx is up, then interrupt the test script
            my $pidf = "$servroot/logs/nginx.pid";
            my $np = slurp($pidf);
            if (defined $np && $np =~ /(\d+)/ && proc_running($1)
                && time - $t0 > 0.5)
            {
                kill $o{signal}, $pid;
                $signalled = time;
            }
        }
        sleep 0.05;
    }

    my $res = {
        out => slurp($outf) // '',
        err => slurp($errf) // '',
        exit => $status == -1 ? -1 : ($status >> 8),
        raw_status => $status,
        elapsed => time - $t0,
        servroot => $servroot,
        port => $env{TEST_NGINX_SERVER_PORT},
        signalled => $signalled,
    };
    $res->{tap} = parse_tap($res->{out});
    if ($Verbose) {
        print "---- $file stdout:\n$res->{out}---- stderr:\n$res->{err}----\n";
    }
    return $res;
}

sub tests_of { @{ $_[0]{tap}{tests} } }

sub n_tests { scalar @{ $_[0]{tap}{tests} } }

sub find_tests {
    my ($r, $ok, $re) = @_;
    return grep { $_->{ok} == $ok && !defined $_->{skip} && $_->{name} =~ $re } tests_of($r);
}

sub expect_all_pass {
    my ($r, $count) = @_;
    my @bad = grep { !$_->{ok} } tests_of($r);
    check(!@bad, "all tests pass") or print map { "    not ok $_->{num} - $_->{name}\n" } @bad;
    check(n_tests($r) > 0, "some tests ran");
    check(defined $r->{tap}{plan} && $r->{tap}{plan} == n_tests($r),
          "plan line matches the number of tests (" . n_tests($r) . ")");
    if (defined $count) {
        check(n_tests($r) == $count, "exactly $count tests (got " . n_tests($r) . ")");
    }
    check($r->{exit} == 0, "exit status 0 (got $r->{exit})")
        or print "    stderr: ", substr($r->{err}, 0, 2000), "\n";
    check(!defined $r->{tap}{bail}, "no bail out");
}

sub expect_ok {
    my ($r, $re, $desc) = @_;
    check(scalar(find_tests($r, 1, $re)) > 0, "ok: " . ($desc // $re));
}

sub expect_not_ok {
    my ($r, $re, $desc) = @_;
    check(scalar(find_tests($r, 0, $re)) > 0, "not ok: " . ($desc // $re));
}

sub expect_no_nginx_left {
    my $r = shift;
    my @left = nginx_procs_for($r->{servroot});
    check(!@left, "no nginx process left for $r->{servroot}")
        or print "    left: @left\n";
    for my $p (@left) { kill 'KILL', $p }   # never leave anything behind
}

sub conf_of {
    my $r = shift;
    return slurp("$r->{servroot}/conf/nginx.conf") // '';
}

sub want { !defined $Filter || $_[0] =~ /\Q$Filter\E/ }

sub case {
    my ($name, $code) = @_;
    return unless want($name);
    $CurCase = $name;
    my $before = $Failed;
    eval { $code->(); 1 } or check(0, "case died: $@");
    print(($Failed == $before ? "ok" : "not ok"), " - case $name\n");
}

my $F = qr/t\/lib\/selftest\//;

# --------------------------------------------------------------------------

case 'pass-basic', sub {
    my $r = run_sample(file => 'pass-basic.tn');
    expect_all_pass($r, 12);
    expect_ok($r, qr/^t\/lib\/selftest\/pass-basic\.tn TEST 1: simple return - status code ok$/,
              'check name is "<file> <block name> - status code ok"');
    expect_ok($r, qr/TEST 1: simple return - response_body - response is expected \(repeated req 0, req 0\)$/);
    expect_ok($r, qr/TEST 1: simple return - pattern "\[error\]" does not match a line in error\.log \(req 0\)$/);
    expect_ok($r, qr/TEST 2: .* - header X-Foo ok$/);
    expect_ok($r, qr/TEST 2: .* - header Set-Cookie ok$/, 'repeated headers joined with ", "');
    expect_ok($r, qr/TEST 2: .* - header X-Missing ok$/, 'missing header == empty string');
    expect_ok($r, qr/TEST 2: .* - header X-Absent not present in the raw headers$/);
    expect_ok($r, qr/TEST 2: .* - header Location ok$/, '$ServerPort substituted');
    expect_ok($r, qr/TEST 2: .* - raw resp headers like$/);
    expect_ok($r, qr/TEST 2: .* - raw resp headers unlike$/);
    my $conf = conf_of($r);
    check($conf =~ /^daemon on;$/m && $conf =~ /^master_process off;$/m,
          'conf: daemon on, master off');
    check($conf =~ /^error_log \Q$r->{servroot}\E\/logs\/error\.log debug;$/m,
          'conf: error_log <servroot>/logs/error.log debug');
    check($conf =~ /^\s+listen\s+$r->{port};$/m, 'conf: listen <port>');
    check($conf =~ /^\s+server_name\s+'localhost';$/m, "conf: server_name 'localhost'");
    check($conf =~ /keepalive_timeout\s+68000ms;/, 'conf: keepalive_timeout 68000ms');
    check($conf =~ /client_max_body_size 30M;/, 'conf: client_max_body_size 30M');
    check($conf =~ /location \/ \{\s+root \Q$r->{servroot}\E\/html;/, 'conf: root location');
    check($conf =~ /^\s+client_body_temp_path \Q$r->{servroot}\E\/client_body_temp;$/m
          && $conf =~ /^\s+proxy_temp_path /m && $conf =~ /^\s+fastcgi_temp_path /m
          && $conf =~ /^\s+scgi_temp_path /m && $conf =~ /^\s+uwsgi_temp_path /m,
          'conf: *_temp_path lines');
    check($conf =~ /worker_connections\s+64;/, 'conf: worker_connections 64');
    check($conf =~ /^env LD_PRELOAD;$/m && $conf =~ /^env ASAN_OPTIONS;$/m, 'conf: env lines');
    check($conf !~ /postpone_output/, 'conf: no postpone_output by default');
    if ($> == 0) {
        check($conf =~ /^user root;$/m, 'conf: user root; when running as root');
    }
    check(-f "$r->{servroot}/html/index.html", 'html/index.html written');
    expect_no_nginx_left($r);
};

case 'prove', sub {
    my $r = run_sample(file => 'pass-basic.tn', prove => 1);
    check($r->{exit} == 0, "prove exits 0 on a passing file (got $r->{exit})");
    check($r->{out} =~ /^Result: PASS$/m, 'prove says Result: PASS')
        or print "    $r->{out}\n";
    my $r2 = run_sample(file => 'fail-checks.tn', prove => 1);
    check($r2->{exit} != 0, 'prove exits non-zero on a failing file');
    check($r2->{out} =~ /^Result: FAIL$/m, 'prove says Result: FAIL');
    expect_no_nginx_left($r);
    expect_no_nginx_left($r2);
};

case 'pass-features', sub {
    my $r = run_sample(file => 'pass-features.tn');
    expect_all_pass($r, 87);
    expect_ok($r, qr/TEST 29: .* - header Last-Modified ok$/, 'user_files eval form with mtime');
    expect_ok($r, qr/TEST 29: .* - response_body - response is expected \(repeated req 0, req 2\)$/, '$TEST_NGINX_* expanded in the request');
    expect_ok($r, qr/TEST 1: .* - header X-Body ok$/, 'POST body with Content-Length');
    expect_ok($r, qr/TEST 3: block without config reuses the previous one; Host override - response_body/);
    check(scalar(find_tests($r, 1, qr/TEST 4: .* - status code ok$/)) == 2,
          'two requests -> two status checks');
    check(scalar(find_tests($r, 1, qr/TEST 5: .* - response_body - response is expected \(repeated req 0, req \d\)$/)) == 3,
          'pipelined: three responses checked');
    expect_ok($r, qr/TEST 5: .* \(repeated req 0, req 2\)$/);
    expect_ok($r, qr/TEST 6: .* - header X-Body ok$/, 'packets with delay_before');
    expect_ok($r, qr/TEST 8: http09 .* - response_body/);
    expect_ok($r, qr/TEST 10: .* - header Transfer-Encoding ok$/, 'chunked response decoded');
    expect_ok($r, qr/TEST 11: .* - header Last-Modified ok$/, 'user_files mtime');
    expect_ok($r, qr/TEST 12: .* - grep_error_log_out \(req 0\)$/);
    expect_ok($r, qr/TEST 12: .* - pattern "\(\?\^:open.*" matches a line in error\.log \(req 0\)$/,
              'qr// pattern in error_log');
    expect_ok($r, qr/TEST 13: .* - grep_error_log_out \(req 0\)$/);
    expect_ok($r, qr/TEST 17: response_body eval qr - response_body - like \(repeated req 0, req 0\)$/);
    expect_ok($r, qr/TEST 19: .* - response_body_unlike - response is expected \(line1\)$/);
    expect_ok($r, qr/TEST 20: .* - header Server like ok$/);
    check(!grep({ $_->{name} =~ /TEST 21: .* - status code ok/ } tests_of($r)),
          'ignore_response: no status check');
    check(!grep({ $_->{name} =~ /TEST 22: / } tests_of($r)), 'abort: no timeout failure');
    check(!grep({ $_->{name} =~ /TEST 24: .* response_body_like/ } tests_of($r)),
          'response_body wins over response_body_like');
    my $conf = conf_of($r);
    check($conf =~ /^env SELFTEST_ENV_VAR=42;$/m, 'env_to_nginx adds an env line');
    check($r->{err} !~ /WARNING: .*timed out/, 'no unexpected timeout warning');
    expect_no_nginx_left($r);
};

case 'fail-checks', sub {
    my $r = run_sample(file => 'fail-checks.tn');
    check($r->{exit} != 0, "exit status non-zero (got $r->{exit})");
    my @expect_fail = (
        qr/TEST 1: wrong body - response_body - response is expected/,
        qr/TEST 2: wrong status - status code ok$/,
        qr/TEST 3: .* - header X-Missing ok$/,
        qr/TEST 4: .* - header Set-Cookie not present in the raw headers$/,
        qr/TEST 6: .* - pattern "this pattern is not in the log" should match a line in error\.log \(req 0\)$/,
        qr/TEST 7: .* - pattern "\[error\]" should not match any line in error\.log but matches line ".*\[error\].*" \(req 0\)$/,
        qr/TEST 8: .* - response_body_like - response is expected \(hello\)$/,
        qr/TEST 9: .* - raw resp headers like$/,
        qr/TEST 10: .* - raw resp headers unlike$/,
        qr/TEST 11: .* - .*Assertion foo failed/,
        qr/TEST 12: .* - pattern "nothing1\.txt" should match a line in error\.log \(req 0\)$/,
        qr/TEST 13: .* - header X-Foo like ok$/,
        qr/TEST 14: .* - grep_error_log_out \(req 0\)$/,
        qr/TEST 15: .* - status code ok$/,
    );
    for my $re (@expect_fail) {
        expect_not_ok($r, $re);
    }
    my @bad = grep { !$_->{ok} } tests_of($r);
    check(@bad == @expect_fail, "exactly " . scalar(@expect_fail)
          . " failures (got " . scalar(@bad) . ")")
        or print map { "    not ok $_->{num} - $_->{name}\n" } @bad;
    expect_ok($r, qr/TEST 5: .* - header set-cookie not present in the raw headers$/,
              '!name is case-sensitive');
    expect_ok($r, qr/TEST 12: .* - pattern "nothing1\.txt" matches a line in error\.log \(req 0\)$/,
              'log checked after the first request too');
    expect_ok($r, qr/TEST 7: .* - pattern "\[alert\]" does not match a line/);
    check($r->{err} =~ /got: "hello\\n"/ && $r->{err} =~ /expected: "goodbye\\n"/,
          'got/expected diagnostics on stderr');
    check(defined $r->{tap}{plan} && $r->{tap}{plan} == n_tests($r), 'plan line at the end');
    expect_no_nginx_left($r);
};

case 'fail-chunked', sub {
    my $r = run_sample(file => 'fail-chunked.tn');
    check($r->{exit} != 0, 'exit status non-zero');
    expect_ok($r, qr/TEST 1: .* - response_body - response is expected/, 'valid chunked decoded');
    expect_not_ok($r, qr/TEST 2: .* - invalid chunked body received/);
    expect_not_ok($r, qr/TEST 3: .* - no last chunk found/);
    expect_not_ok($r, qr/TEST 4: .* - invalid chunked data received \(not enought octets/);
    check(!grep({ !$_->{ok} && $_->{name} =~ /TEST 1:/ } tests_of($r)), 'TEST 1 all ok');
    expect_no_nginx_left($r);
};

case 'fail-timeout', sub {
    my $r = run_sample(file => 'fail-timeout.tn');
    check($r->{exit} != 0, 'exit status non-zero');
    expect_not_ok($r, qr/^ERROR: client socket timed out - ${F}fail-timeout\.tn TEST 1: /);
    check(!grep({ !$_->{ok} && $_->{name} =~ /TEST 2:/ } tests_of($r)), 'abort: no failure');
    check(n_tests($r) == 2, 'two tests');
    check($r->{elapsed} < 10, 'timeouts honoured (ran in ' . sprintf('%.1f', $r->{elapsed}) . 's)');
    expect_no_nginx_left($r);
};

case 'must-die', sub {
    my $r = run_sample(file => 'must-die.tn');
    expect_all_pass($r, 7);
    expect_ok($r, qr/TEST 1: .* - die as expected$/);
    expect_ok($r, qr/TEST 1: .* - pattern "\(\?\^:unknown directive .*" matches a line in error\.log \(req 0\)$/,
              'config error with file:line in the log');
    expect_ok($r, qr/TEST 2: .* - die with the expected exit code$/);
    expect_ok($r, qr/TEST 3: .* - response_body/);
    check($r->{err} !~ /^nginx: \[emerg\]/m, 'suppress_stderr hides nginx stderr');
    check($r->{err} =~ /^WARNING: ${F}must-die\.tn TEST 1: .* - .*\[emerg\]/m,
          '[emerg] lines not mentioned in a pattern print a warning');
    expect_no_nginx_left($r);
};

case 'fail-must-die', sub {
    my $r = run_sample(file => 'fail-must-die.tn');
    check($r->{exit} != 0, 'exit status non-zero');
    expect_not_ok($r, qr/TEST 1: .* - die as expected$/, 'must_die on a good config');
    expect_not_ok($r, qr/TEST 2: .* - die with the expected exit code$/, 'wrong exit code');
    expect_not_ok($r, qr/TEST 3: .* - pattern "no such message" should match/);
    expect_ok($r, qr/TEST 3: .* - die as expected$/);
    check($r->{err} =~ /nginx must die but it does not/, 'warning about the surviving nginx');
    expect_no_nginx_left($r);
};

case 'skip', sub {
    my $r = run_sample(file => 'skip.tn');
    expect_all_pass($r, 10);
    my @skips = grep { defined $_->{skip} } tests_of($r);
    check(@skips == 6, 'six skip lines (got ' . scalar(@skips) . ')');
    check(scalar(grep { $_->{skip} =~ /^${F}skip\.tn TEST 1: .* - nginx version < 99\.0\.0$/ } @skips) == 3,
          'skip_nginx: 3 x "ok N # skip <file> TEST 1: ... - nginx version < 99.0.0"');
    check(scalar(grep { $_->{skip} =~ /TEST 3: skip_eval - skip_eval$/ } @skips) == 2,
          'skip_eval: 2 skip lines');
    check(scalar(grep { $_->{skip} =~ /TEST 4: .* - custom reason$/ } @skips) == 1,
          'skip reason from the spec');
    check($r->{out} =~ /^ok 1 # skip /m, 'TAP skip format');
    expect_ok($r, qr/TEST 2: .* - response_body/);
    expect_ok($r, qr/TEST 5: .* - response_body/);
    expect_no_nginx_left($r);
};

case 'pass-repeat', sub {
    my $r = run_sample(file => 'pass-repeat.tn');
    expect_all_pass($r, 8);
    check($r->{tap}{plan_first}, 'fixed plan printed first');
    expect_ok($r, qr/TEST 1: repeated - response_body - response is expected \(repeated req 1, req 0\)$/);
    expect_ok($r, qr/TEST 2: .* - grep_error_log_out \(req 1\)$/);
    my $conf = conf_of($r);
    check($conf =~ /^master_process on;$/m, 'master_on()');
    check($conf =~ /^worker_processes\s+2;$/m, 'workers(2)');
    check($conf =~ /worker_connections\s+128;/, 'worker_connections(128)');
    expect_no_nginx_left($r);
};

case 'only', sub {
    my $r = run_sample(file => 'only.tn');
    expect_all_pass($r, 2);
    check(!grep({ $_->{name} =~ /TEST [13]:/ } tests_of($r)), 'other blocks not run');
    check($r->{err} =~ /I found ONLY/, 'ONLY warning printed');
    expect_no_nginx_left($r);
};

case 'skip-last', sub {
    my $r = run_sample(file => 'skip-last.tn');
    expect_all_pass($r, 4);
    check(!grep({ $_->{name} =~ /TEST [24]:/ } tests_of($r)), 'SKIP block dropped, LAST honoured');
    expect_no_nginx_left($r);
};

case 'shuffle', sub {
    my $r = run_sample(file => 'shuffle.tn');
    expect_all_pass($r, 8);
    my %orders;
    $orders{ join ',', map { /TEST (\d)/ ? $1 : () } map { $_->{name} } tests_of($r) } = 1;
    for (1 .. 3) {
        my $r2 = run_sample(file => 'shuffle.tn', env => { TEST_NGINX_NO_SHUFFLE => 1 });
        my $o = join ',', map { /TEST (\d)/ ? $1 : () } map { $_->{name} } tests_of($r2);
        check($o eq '1,1,2,2,3,3,4,4', 'TEST_NGINX_NO_SHUFFLE keeps the order');
        last;
    }
    expect_no_nginx_left($r);
};

case 'accum', sub {
    my $r = run_sample(file => 'accum.tn');
    expect_all_pass($r, 4);
    check(scalar(find_tests($r, 1, qr/pattern "nothing1\.txt" matches a line/)) == 2,
          'check_accum_error_log: pattern found after each request and at the end');
    expect_no_nginx_left($r);
};

case 'bail', sub {
    my $r = run_sample(file => 'bail-env.tn');
    check(defined $r->{tap}{bail}
          && $r->{tap}{bail} =~ /No environment TEST_NGINX_SURELY_NOT_DEFINED_XYZ defined/,
          'undefined $TEST_NGINX_* -> Bail out! No environment X defined');
    check($r->{exit} != 0, 'non-zero exit');
    expect_no_nginx_left($r);

    $r = run_sample(file => 'bail-array.tn');
    check(defined $r->{tap}{bail} && $r->{tap}{bail} =~ /should be arrays as well/,
          'several requests with scalar expectations -> Bail out!');
    expect_no_nginx_left($r);

    $r = run_sample(file => 'bail-inline.tn');
    check(defined $r->{tap}{bail} && $r->{tap}{bail} =~ /Extra lines not allowed/,
          'lines after an inline value -> Bail out!');

    $r = run_sample(file => 'ignore-missing.tn');
    check(defined $r->{tap}{bail} && $r->{tap}{bail} =~ /Cannot start nginx using command/,
          'a bad config in a normal block -> Bail out! Cannot start nginx');
    check($r->{elapsed} < 20, 'config errors do not retry for 30 s');
    expect_no_nginx_left($r);
};

case 'ignore-missing', sub {
    my $r = run_sample(file => 'ignore-missing.tn',
                       env => { TEST_NGINX_IGNORE_MISSING_DIRECTIVES => 1 });
    expect_all_pass($r, 3);
    my @skips = grep { defined $_->{skip} } tests_of($r);
    check(@skips == 3 && !grep({ $_->{skip} !~ /tests skipped due to the lack of directive some_missing_directive/ } @skips),
          'all checks skipped due to the lack of directive');
};

case 'die-midway', sub {
    my $r = run_sample(file => 'die-midway.tn');
    check($r->{exit} != 0, 'script died: non-zero exit');
    check($r->{err} =~ /preprocessor boom/, 'the error is shown');
    expect_ok($r, qr/TEST 1: .* - response_body/);
    expect_no_nginx_left($r);
};

case 'signal', sub {
    my $r = run_sample(file => 'sleep-signal.tn', signal => 'TERM', timeout => 60);
    check($r->{signalled}, 'nginx came up and the script was sent SIGTERM');
    check($r->{exit} != 0, 'non-zero exit after SIGTERM');
    check($r->{elapsed} < 20, 'stopped promptly (' . sprintf('%.1f', $r->{elapsed}) . 's)');
    expect_no_nginx_left($r);
    $r = run_sample(file => 'sleep-signal.tn', signal => 'INT', timeout => 60);
    check($r->{signalled} && $r->{exit} != 0, 'SIGINT too');
    expect_no_nginx_left($r);
};

case 'plans', sub {
    my $r = run_sample(file => 'plan-tests.tn');
    expect_all_pass($r, 4);
    check($r->{tap}{plan_first}, "'tests => N' prints the plan first");
    $r = run_sample(file => 'plan-wrong.tn');
    check($r->{exit} != 0, 'a wrong fixed plan fails');
};

case 'env-knobs', sub {
    my $fake = "$TMP/fake-nginx";
    open my $out, '>', $fake or die;
    print $out <<"_EOS_";
#!/bin/sh
if [ "\$1" = "-V" ]; then
    "$ENV{TEST_NGINX_BINARY}" -V 2>&1 | sed 's/configure arguments:/configure arguments: --without-http_fastcgi_module --without-http_uwsgi_module/' >&2
    exit 0
fi
exec "$ENV{TEST_NGINX_BINARY}" "\$@"
_EOS_
    close $out;
    chmod 0755, $fake;

    my $r = run_sample(file => 'temp-paths.tn',
                       env => { TEST_NGINX_BINARY => $fake,
                                TEST_NGINX_POSTPONE_OUTPUT => 1 });
    expect_all_pass($r, 2);
    my $conf = conf_of($r);
    check($conf !~ /fastcgi_temp_path/ && $conf !~ /uwsgi_temp_path/,
          '*_temp_path omitted for modules disabled in nginx -V');
    check($conf =~ /scgi_temp_path/, 'other temp paths kept');
    check($conf =~ /my_proxy_temp/ && $conf !~ /\/proxy_temp;/,
          'proxy_temp_path omitted when http_config sets it');
    my @po = ($conf =~ /postpone_output/g);
    check(@po == 1 && $conf =~ /postpone_output 0;/,
          'TEST_NGINX_POSTPONE_OUTPUT ignored when http_config mentions postpone_output');
    expect_no_nginx_left($r);

    my $errlog = "$TMP/total-error.log";
    my %env = (TEST_NGINX_POSTPONE_OUTPUT => 1, TEST_NGINX_ERROR_LOG => $errlog,
               TEST_NGINX_LOG_LEVEL => 'info', TEST_NGINX_EVENT_TYPE => 'epoll',
               TEST_NGINX_REUSE_PORT => 1);
    my $mod = '/usr/lib/nginx/modules/ngx_stream_module.so';
    $env{TEST_NGINX_LOAD_MODULES} = $mod if -f $mod;
    $r = run_sample(file => 'pass-basic.tn', env => \%env);
    expect_all_pass($r, 12);
    $conf = conf_of($r);
    check($conf =~ /^\s+postpone_output 1;$/m, 'TEST_NGINX_POSTPONE_OUTPUT emits postpone_output');
    check($conf =~ /error_log \S+ info;/, 'TEST_NGINX_LOG_LEVEL');
    check($conf =~ /^\s+use epoll;$/m, 'TEST_NGINX_EVENT_TYPE');
    check($conf =~ /listen\s+\d+ reuseport;/, 'TEST_NGINX_REUSE_PORT');
    if (-f $mod) {
        check($conf =~ /^load_module \Q$mod\E;/m, 'TEST_NGINX_LOAD_MODULES -> load_module');
    }
    my $total = slurp($errlog) // '';
    check($total =~ /^=== ${F}pass-basic\.tn TEST 1: simple return$/m
          && $total =~ /^=== ${F}pass-basic\.tn TEST 2: /m,
          'TEST_NGINX_ERROR_LOG collects every block\'s log');
    expect_no_nginx_left($r);

    $r = run_sample(file => 'pass-basic.tn', env => { TEST_NGINX_NO_CLEAN => 1 });
    expect_all_pass($r, 12);
    my $np = slurp("$r->{servroot}/logs/nginx.pid");
    my $alive = defined $np && $np =~ /(\d+)/ && proc_running($1);
    check($alive, 'TEST_NGINX_NO_CLEAN leaves nginx running');
    if ($alive) {
        my ($p) = $np =~ /(\d+)/;
        kill 'QUIT', $p;
        for (1 .. 100) { last unless proc_running($p); sleep 0.05 }
        kill 'KILL', $p if proc_running($p);
    }
    expect_no_nginx_left($r);

    $r = run_sample(file => 'pass-basic.tn',
                    env => { TEST_NGINX_CHECK_LEAK => 1, TEST_NGINX_CHECK_LEAK_COUNT => 5 });
    my @skips = grep { defined $_->{skip} } tests_of($r);
    check(n_tests($r) == 12 && @skips == 12, 'TEST_NGINX_CHECK_LEAK: a dry run');
    check($r->{err} =~ /LeakTest: k=/, 'TEST_NGINX_CHECK_LEAK prints RSS samples');
    expect_no_nginx_left($r);
};

case 'default-servroot', sub {
    my $dir = "$TMP/cwd-default";
    make_path($dir);
    if (port_free(1984)) {
        my $r = run_sample(file => 'pass-basic.tn', cwd => $dir, servroot => undef,
                           env => { TEST_NGINX_SERVROOT => undef,
                                    TEST_NGINX_SERVER_PORT => undef });
        $r->{servroot} = "$dir/t/servroot";
        expect_all_pass($r, 12);
        my $conf = slurp("$dir/t/servroot/conf/nginx.conf") // '';
        check($conf =~ /^\s+listen\s+1984;$/m, 'default: t/servroot under cwd, port 1984');
        expect_no_nginx_left($r);
    } else {
        print "# port 1984 is busy: default-port run skipped\n";
    }

    my $rdir = "$TMP/cwd-random";
    make_path("$rdir/t");
    my $r = run_sample(file => 'pass-basic.tn', cwd => $rdir, servroot => undef,
                       env => { TEST_NGINX_SERVROOT => undef,
                                TEST_NGINX_SERVER_PORT => undef,
                                TEST_NGINX_RANDOMIZE => 1 });
    $r->{servroot} = "$rdir/t/servroot_";
    expect_all_pass($r, 12);
    opendir my $d, "$rdir/t";
    my @left = grep { /^servroot_\d+$/ } readdir $d;
    closedir $d;
    check(!@left, 'TEST_NGINX_RANDOMIZE: t/servroot_<port> removed at the end');
    expect_no_nginx_left($r);
};

case 'valgrind', sub {
    my $vg;
    for my $dir (split /:/, $ENV{PATH} // '') {
        $vg = "$dir/valgrind" if -x "$dir/valgrind";
    }
    if (!$vg || $ENV{SELFTEST_NO_VALGRIND}) {
        print "# valgrind not available: case skipped\n";
        return;
    }
    my $r = run_sample(file => 'valgrind.tn', env => { TEST_NGINX_USE_VALGRIND => 1 },
                       timeout => 300);
    expect_all_pass($r, 4);
    check($r->{err} =~ /TEST 1: under valgrind/, 'valgrind mode announces the block');
    expect_no_nginx_left($r);
};

print "runner-selftest: $Passed passed, $Failed failed\n";
exit($Failed ? 1 : 0);
