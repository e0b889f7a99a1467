package Test::Nginx::Socket::Filter;

# Section filters (Test::Base compatible subset).  This package is kept at the
# very top of the file so that the string eval below sees no file lexicals.

use strict;

sub _eval_section {
    no warnings;
    return CORE::eval($_[0]);
}

package Test::Nginx::Socket::Block;

# A test block: every section is stored as a list of values; an accessor
# returns the first value in scalar context, like Test::Base::Block does.

use strict;
use warnings;

our $AUTOLOAD;

sub new {
    my $class = shift;
    return bless { _section_map => {}, _section_order => [] }, $class;
}

sub set_value {
    my $self = shift;
    my $key = shift;
    $self->{$key} = [@_];
}

sub get {
    my ($self, $key) = @_;
    my $v = $self->{$key};
    return undef unless $v && ref $v eq 'ARRAY';
    return $v->[0];
}

sub name { $_[0]->get('name') }
sub description { $_[0]->get('description') }

sub AUTOLOAD {
    my $self = shift;
    my $n = $AUTOLOAD;
    $n =~ s/.*:://;
    return if $n eq 'DESTROY';
    return unless ref $self;
    my $v = $self->{$n};
    return unless $v && ref $v eq 'ARRAY';
    return wantarray ? @$v : $v->[0];
}

sub DESTROY { }

package Test::Nginx::Socket;

# A small, dependency-free re-implementation of the part of
# Test::Nginx::Socket (openresty/test-nginx) described in
# shared/spec/test-nginx-subset.md.  Only core Perl modules are used.
# It is used only when the real CPAN Test::Nginx is not installed.

use strict;
use warnings;
use v5.10.1;

our $VERSION = '0.30_mini';

use Test::More ();
use Test::Builder ();
use POSIX qw( :sys_wait_h SIGQUIT SIGKILL SIGTERM EAGAIN EINTR );
use Time::HiRes qw( sleep time );
use IO::Socket::INET ();
use IO::Select ();
use File::Path qw( make_path remove_tree );
use File::Spec ();
use File::Temp qw( tempfile );
use Cwd qw( cwd );
use List::Util qw( shuffle min sum );
use Scalar::Util qw( looks_like_number openhandle );
use Time::Local qw( timegm );
use Exporter ();
use Config ();

our @ISA = ('Exporter');

sub gen_rand_port (;$$);
sub _value_contains ($$);
sub bail_out (@);

my @TestMoreFuncs = qw( ok is isnt like unlike is_deeply cmp_ok skip
    todo_skip pass fail eq_array eq_hash eq_set plan can_ok isa_ok diag
    note explain done_testing BAIL_OUT );

{
    no strict 'refs';
    for my $f (@TestMoreFuncs) {
        *{"Test::Nginx::Socket::$f"} = \&{"Test::More::$f"};
    }
}

our @EXPORT = (@TestMoreFuncs, qw(
    env_to_nginx is_str run_tests run_test repeat_each config_preamble
    worker_connections master_process_enabled no_long_string workers
    master_on master_off log_level no_shuffle no_root_location use_hup
    server_name server_addr server_root html_dir server_port
    server_port_for_client timeout no_nginx_manager check_accum_error_log
    add_block_preprocessor bail_out add_cleanup_handler
    add_response_body_check no_diff blocks no_diag_on_only
    $ServerPort $ServerPortForClient $ServerName $ServerAddr $NginxVersion
    $NginxRawVersion $ServRoot $PidFile $ConfFile $RepeatEach $NoLongString
    $ErrLogFile $HtmlDir
));

# ---------------------------------------------------------------------------
# configuration (mostly from the environment)
# ---------------------------------------------------------------------------

our $Verbose            = $ENV{TEST_NGINX_VERBOSE};
our $RepeatEach         = 1;
our $NoShuffle          = $ENV{TEST_NGINX_NO_SHUFFLE} || 0;
our $NoLongString;
our $NoDiff             = $ENV{TEST_SHOW_NO_DIFFS} || 0;
our $NoDiagOnOnly       = 0;
our $LoadModules        = $ENV{TEST_NGINX_LOAD_MODULES};
our $UseValgrind        = $ENV{TEST_NGINX_USE_VALGRIND};
our $EventType          = $ENV{TEST_NGINX_EVENT_TYPE};
our $PostponeOutput     = $ENV{TEST_NGINX_POSTPONE_OUTPUT};
our $Timeout            = $ENV{TEST_NGINX_TIMEOUT} || 3;
our $CheckLeak          = $ENV{TEST_NGINX_CHECK_LEAK} || 0;
our $CheckLeakCount     = $ENV{TEST_NGINX_CHECK_LEAK_COUNT} // 100;
our $CheckAccumErrLog   = $ENV{TEST_NGINX_CHECK_ACCUM_ERR_LOG};
our $ReusePort          = $ENV{TEST_NGINX_REUSE_PORT};
our $Randomize          = $ENV{TEST_NGINX_RANDOMIZE};
our $NginxBinary        = $ENV{TEST_NGINX_BINARY} || 'nginx';
our $Workers            = 1;
our $WorkerConnections  = 64;
our $LogLevel           = $ENV{TEST_NGINX_LOG_LEVEL} || 'debug';
our $MasterProcessEnabled = $ENV{TEST_NGINX_MASTER_PROCESS} || 'off';
our $ServerAddr         = '127.0.0.1';
our $ServerName         = 'localhost';
our $ServerPort         = $ENV{TEST_NGINX_SERVER_PORT} || $ENV{TEST_NGINX_PORT} || 1984;
our $ServerPortForClient = $ENV{TEST_NGINX_CLIENT_PORT} || $ServerPort || 1984;
our $NoRootLocation     = 0;
our $TestNginxSleep     = $ENV{TEST_NGINX_SLEEP} || 0.015;
our $ForceRestartOnTest = defined $ENV{TEST_NGINX_FORCE_RESTART_ON_TEST}
                          ? $ENV{TEST_NGINX_FORCE_RESTART_ON_TEST} : 1;
our $NoNginxManager     = $ENV{TEST_NGINX_NO_NGINX_MANAGER} || 0;
our $WorkerUser         = $ENV{TEST_NGINX_WORKER_USER};
our $ConfigPreamble     = '';
our @EnvToNginx;
our @CleanupHandlers;
our @BlockPreprocessors;
our @ResponseBodyChecks;

our ($NginxVersion, $NginxRawVersion, $OpenSSLVersion, $NginxConfigureArgs);
our $LatestNginxVersion = 1.999999;

if ($CheckLeak) {
    if ($UseValgrind) {
        warn "WARNING: TEST_NGINX_CHECK_LEAK and TEST_NGINX_USE_VALGRIND "
             . "are both set and the former wins.\n";
        undef $UseValgrind;
    }
}

if (defined $WorkerUser && $WorkerUser !~ /^\w+(?:\s+\w+)?$/) {
    die "Bad value in the env TEST_NGINX_WORKER_USER: $WorkerUser\n";
}

srand($$ ^ int(time * 1000));

if ($Randomize) {
    my $p = gen_rand_port(1000);
    if (!defined $p) {
        die "Cannot find an available listening port number after 1000 attempts.\n";
    }
    $ServerPort = $ServerPortForClient = $p;
}

our $ServRoot;
if ($Randomize) {
    $ServRoot = File::Spec->rel2abs("t/servroot_" . $ServerPort);
} else {
    $ServRoot = $ENV{TEST_NGINX_SERVROOT} || File::Spec->rel2abs('t/servroot');
}
$ServRoot =~ s{/+$}{} if $ServRoot ne '/';
$ENV{TEST_NGINX_SERVER_ROOT} = $ServRoot;

our $LogDir     = File::Spec->catfile($ServRoot, 'logs');
our $ErrLogFile = File::Spec->catfile($LogDir, 'error.log');
our $AccLogFile = File::Spec->catfile($LogDir, 'access.log');
our $HtmlDir    = File::Spec->catfile($ServRoot, 'html');
our $ConfDir    = File::Spec->catfile($ServRoot, 'conf');
our $ConfFile   = File::Spec->catfile($ConfDir, 'nginx.conf');
our $PidFile    = File::Spec->catfile($LogDir, 'nginx.pid');

our @TempDirs = qw( client_body proxy fastcgi scgi uwsgi );

# runtime state
our $ErrLogFilePos = 0;
our @StartupStderrLines;     # nginx's stderr of the last start (must_die)
our $StartupStderrUsed = 0;
our $PrevConfig;
our $ChildPid;               # nginx run in the foreground (valgrind mode)
our $FirstTime = 1;
our $TotalConnectingTimeouts = 0;
our $InSubprocess;
our $OwnerPid = $$;
our $CurrentBlockName = '';
our ($SpecCache, $BlockListCache);

# ---------------------------------------------------------------------------
# import: plan + strict/warnings like Test::Base + exports
# ---------------------------------------------------------------------------

sub import {
    my $class = shift;
    my @args = @_;

    # Test::Base drops '-package' style args; accept them too
    my @plan;
    for (my $i = 0; $i < @args; $i++) {
        if ($args[$i] eq '-package') { $i++; next }
        if ($args[$i] eq '-Base' || $args[$i] eq '-base') { next }
        push @plan, $args[$i];
    }

    if (@plan) {
        Test::More::plan(@plan);
    }

    _strict_warnings();

    __PACKAGE__->export_to_level(1, $class, @EXPORT);
}

sub _strict_warnings {
    # Test::Base injects "use strict; use warnings;" into the test file.
    # Do the same so files behave identically under the real scaffold.
    my $ok = eval { require Filter::Util::Call; 1 };
    return unless $ok;
    my $done = 0;
    Filter::Util::Call::filter_add(sub {
        return 0 if $done;
        my ($data, $end) = ('', '');
        while (my $status = Filter::Util::Call::filter_read()) {
            return $status if $status < 0;
            if (/^__(?:END|DATA)__\r?$/) {
                $end = $_;
                last;
            }
            $data .= $_;
            $_ = '';
        }
        $_ = "use strict;use warnings;$data$end";
        $done = 1;
    });
}

# ---------------------------------------------------------------------------
# setup functions
# ---------------------------------------------------------------------------

sub repeat_each (@) {
    if (@_) {
        return if $CheckLeak;
        $RepeatEach = shift;
    }
    return $RepeatEach;
}

sub no_shuffle () { $NoShuffle = 1 }
sub no_long_string () { $NoLongString = 1 }
sub no_root_location () { $NoRootLocation = 1 }
sub no_nginx_manager () { $NoNginxManager = 1 }
sub use_hup () { warn "WARNING: use_hup() is not supported by this runner; ignored\n" }
sub check_accum_error_log () { $CheckAccumErrLog = 1 }
sub no_diag_on_only () { $NoDiagOnOnly = defined $_[0] ? shift : 1 }

sub no_diff () {
    $ENV{TEST_SHOW_NO_DIFFS} = 1;
    $NoDiff = 1;
}

sub workers (@) {
    if (@_) { $Workers = shift } else { return $Workers }
}

sub worker_connections (@) {
    if (@_) { $WorkerConnections = shift } else { return $WorkerConnections }
}

sub log_level (@) {
    if (@_) { $LogLevel = shift } else { return $LogLevel }
}

sub master_on () {
    return if $CheckLeak;
    $MasterProcessEnabled = 'on';
}

sub master_off () { $MasterProcessEnabled = 'off' }

sub master_process_enabled (@) {
    return if $CheckLeak;
    if (@_) {
        $MasterProcessEnabled = shift() ? 'on' : 'off';
    } else {
        return $MasterProcessEnabled;
    }
}

sub server_name (@) {
    if (@_) { $ServerName = shift } else { return $ServerName }
}

sub server_addr (@) {
    if (@_) { $ServerAddr = shift } else { return $ServerAddr }
}

sub server_port (@) {
    if (@_) { $ServerPort = shift } else { return $ServerPort }
}

sub server_port_for_client (@) {
    if (@_) { $ServerPortForClient = shift } else { return $ServerPortForClient }
}

sub timeout (@) {
    if (@_) { $Timeout = shift } else { return $Timeout }
}

sub config_preamble ($) { $ConfigPreamble = shift }
sub html_dir () { $HtmlDir }
sub server_root () { $ServRoot }
sub sleep_time { $TestNginxSleep }
sub verbose { $Verbose }

sub env_to_nginx (@) {
    if (!@_) {
        die "env_to_nginx: no arguments specified\n";
    }
    for my $v (@_) {
        if ($v !~ /^[A-Za-z_]/ || $v =~ /\n/) {
            die "env_to_nginx: bad argument value: $v\n";
        }
        push @EnvToNginx, $v;
    }
}

sub add_cleanup_handler ($) { unshift @CleanupHandlers, shift }
sub add_block_preprocessor (&) { unshift @BlockPreprocessors, shift }
sub add_response_body_check ($) { push @ResponseBodyChecks, shift }

sub bail_out (@) {
    cleanup();
    Test::More::BAIL_OUT(join '', @_);
}

sub trim ($) {
    my $s = shift;
    return undef if !defined $s;
    $s =~ s/^\s+|\s+$//g;
    $s =~ s/\n/ /gs;
    $s =~ s/\s{2,}/ /gs;
    return $s;
}

sub parse_time ($) {
    my $tm = shift;
    if (defined $tm) {
        $tm =~ s/^\s+|\s+$//g;
        if ($tm =~ s/([^_a-zA-Z])ms$/$1/) {
            $tm = $tm / 1000;
        } elsif ($tm =~ s/([^_a-zA-Z])s$/$1/) {
            # seconds
        }
    }
    return $tm;
}

sub fmt_str ($) {
    my $str = shift;
    $str = "$str";
    chomp $str;
    $str =~ s/"/\\"/g;
    $str =~ s/\r/\\r/g;
    $str =~ s/\n/\\n/g;
    return $str;
}

# ---------------------------------------------------------------------------
# string comparison with readable diagnostics
# ---------------------------------------------------------------------------

sub _show_str {
    my ($s, $max) = @_;
    return 'undef' if !defined $s;
    $s = substr($s, 0, $max) . '...' if defined $max && length $s > $max;
    $s =~ s/([\\"])/\\$1/g;
    $s =~ s/\n/\\n/g;
    $s =~ s/\r/\\r/g;
    $s =~ s/\t/\\t/g;
    $s =~ s/([\x00-\x1f\x7f-\xff])/sprintf('\\x{%02x}', ord $1)/ge;
    return qq{"$s"};
}

sub _line_diff {
    my ($exp, $got) = @_;
    my @a = split /(?<=\n)/, $exp;
    my @b = split /(?<=\n)/, $got;
    return undef if @a * @b > 250_000;
    my ($n, $m) = (scalar @a, scalar @b);
    my @L;
    for (my $i = $n; $i >= 0; $i--) {
        for (my $j = $m; $j >= 0; $j--) {
            if ($i == $n || $j == $m) { $L[$i][$j] = 0 }
            elsif ($a[$i] eq $b[$j]) { $L[$i][$j] = 1 + $L[$i+1][$j+1] }
            else {
                $L[$i][$j] = $L[$i+1][$j] >= $L[$i][$j+1]
                             ? $L[$i+1][$j] : $L[$i][$j+1];
            }
        }
    }
    my @out;
    my ($i, $j) = (0, 0);
    my $fmt = sub {
        my ($c, $l) = @_;
        my $nl = $l =~ s/\n\z//;
        $l =~ s/\r/\\r/g;
        push @out, "$c$l" . ($nl ? '' : '  (no newline at end)');
    };
    while ($i < $n || $j < $m) {
        if ($i < $n && $j < $m && $a[$i] eq $b[$j]) {
            $fmt->(' ', $a[$i]); $i++; $j++;
        } elsif ($i < $n && ($j == $m || $L[$i+1][$j] >= $L[$i][$j+1])) {
            $fmt->('-', $a[$i]); $i++;
        } else {
            $fmt->('+', $b[$j]); $j++;
        }
    }
    return join "\n", @out;
}

sub is_str (@) {
    my ($got, $expected, $desc) = @_;
    local $Test::Builder::Level = $Test::Builder::Level + 1;

    if (ref $expected && ref $expected eq 'Regexp') {
        return Test::More::like($got, $expected, $desc);
    }

    if ($NoLongString) {
        return Test::More::is($got, $expected, $desc);
    }

    my $tb = Test::More->builder;
    my $ok;
    if (!defined $got || !defined $expected) {
        $ok = !defined $got && !defined $expected;
    } else {
        $ok = $got eq $expected;
    }
    $tb->ok($ok, $desc);
    return 1 if $ok;

    my @d;
    my $pos;
    if (defined $got && defined $expected) {
        my $min = length($got) < length($expected) ? length($got) : length($expected);
        $pos = 0;
        $pos++ while $pos < $min && substr($got, $pos, 1) eq substr($expected, $pos, 1);
    }
    my $from = 0;
    if (defined $pos && $pos > 10 && !$Verbose) {
        $from = $pos - 10;
    }
    my $cut = sub {
        my $s = shift;
        return _show_str($s) if !defined $s;
        my $pre = $from > 0 ? '...' : '';
        return $pre . _show_str(substr($s, $from), 300);
    };
    push @d, sprintf("%13s: %s", 'got', $cut->($got));
    push @d, sprintf("%13s: %s", 'length', length $got) if defined $got;
    push @d, sprintf("%13s: %s", 'expected', $cut->($expected));
    push @d, sprintf("%13s: %s", 'length', length $expected) if defined $expected;
    if (defined $pos) {
        my $before = substr($expected, 0, $pos);
        my $line = 1 + ($before =~ tr/\n//);
        my $col = $pos - (rindex($before, "\n") + 1) + 1;
        push @d, "    strings begin to differ at char " . ($pos + 1)
                 . " (line $line column $col)";
    }
    if (!$NoDiff && defined $got && defined $expected
        && ($got =~ /\n./s || $expected =~ /\n./s))
    {
        my $diff = _line_diff($expected, $got);
        if (defined $diff) {
            push @d, "diff (- expected, + got):", split /\n/, $diff;
        }
    }
    $tb->diag(join("\n", @d) . "\n");
    return 0;
}

# ---------------------------------------------------------------------------
# reading the __DATA__ section and parsing blocks (Test::Base subset)
# ---------------------------------------------------------------------------

sub _spec {
    return $SpecCache if defined $SpecCache;
    my $spec;
    my $handle = openhandle(\*main::DATA);
    if ($handle) {
        local $/;
        $spec = <$handle>;
    }
    if (!defined $spec || $spec eq '') {
        if (open my $in, '<', $0) {
            local $/;
            my $src = <$in>;
            close $in;
            if ($src =~ /^__(?:DATA|END)__\r?\n(.*)\z/ms) {
                $spec = $1;
            }
        }
    }
    $spec = '' if !defined $spec;
    $SpecCache = $spec;
    return $spec;
}

my %ReservedSections = map { $_ => 1 } qw( name description new DESTROY
    AUTOLOAD set_value get run_filters seq_num is_filtered blocks_object
    original_values block_accessor ISA EXPORT BEGIN END );

sub _make_block {
    my $hunk = shift;
    my $block = Test::Nginx::Socket::Block->new;
    $hunk =~ s/\A===[ \t]*(.*)\s+// or die "bad block: $hunk";
    my $name = $1;
    my @parts = split /^--- +\(?(\w+)\)? *(.*)?\n/m, $hunk;
    my $description = shift @parts;
    $description = '' unless defined $description;
    $description = $name unless $description =~ /\S/;
    $description =~ s/\s*\z//;
    $block->set_value(description => $description);

    my (%map, @order);
    while (@parts) {
        my ($type, $filters, $value) = splice(@parts, 0, 3);
        if ($ReservedSections{$type} || $type =~ /^_/) {
            bail_out("'$type' is a reserved name. Use something else.");
        }
        $value = '' unless defined $value;
        $filters = '' unless defined $filters;
        if ($filters =~ /:(\s|\z)/) {
            if ($value =~ /\S/) {
                bail_out("$name - Extra lines not allowed in '$type' section");
            }
            ($filters, $value) = split /\s*:(?:\s+|\z)/, $filters, 2;
            $value = '' unless defined $value;
            $value =~ s/^\s*(.*?)\s*$/$1/;
        }
        $map{$type} = { filters => $filters };
        push @order, $type;
        $block->set_value($type, $value);
    }
    $block->set_value(name => $name);
    $block->{_section_map} = \%map;
    $block->{_section_order} = \@order;
    return $block;
}

sub _block_list {
    return $BlockListCache if $BlockListCache;
    my $spec = _spec();
    my @hunks = ($spec =~ /^(===.*?(?=^===|\z))/msg);
    my @blocks;
    my $has_first = 0;
    my @made = map { _make_block($_) } @hunks;
    for my $b (@made) {
        if (exists $b->{FIRST}) { $has_first = 1; last }
    }
    my $chosen;
    for my $b (@made) {
        if (exists $b->{ONLY}) {
            Test::More::diag("I found ONLY: maybe you're debugging?")
                unless $NoDiagOnOnly;
            $chosen = [$b];
            last;
        }
        next if exists $b->{SKIP};
        if ($has_first) {
            if (exists $b->{FIRST}) { $has_first = 0 } else { next }
        }
        push @blocks, $b;
        last if exists $b->{LAST};
    }
    $chosen ||= \@blocks;
    my $seq = 1;
    for my $b (@$chosen) {
        $b->{seq_num} = $seq++;
    }
    $BlockListCache = $chosen;
    return $chosen;
}

sub _get_filters {
    my ($string) = @_;
    $string = '' unless defined $string;
    $string =~ s/\s*(.*?)\s*/$1/;
    my (@filters, @append);
    for my $f ('norm', 'trim', split(/\s+/, $string)) {
        my $filter = $f;
        last unless length $filter;
        if ($filter =~ s/^-//) {
            @filters = grep { $_ ne $filter } @filters;
        } elsif ($filter =~ s/^\+//) {
            push @append, $filter;
        } else {
            push @filters, $filter;
        }
    }
    return (@filters, @append);
}

sub _apply_filter {
    my ($block, $type, $filter, @value) = @_;
    my $arg;
    $arg = $1 if $filter =~ s/=(.*)$//;

    {
        no strict 'refs';
        my $function = "main::$filter";
        if (defined &$function) {
            local $_ = (@value == 1 and not defined($value[0]))
                       ? undef : join '', @value;
            my $old = $_;
            @value = &$function(@value);
            if (not(@value) or
                @value == 1 and defined($value[0]) and $value[0] =~ /\A(\d+|)\z/)
            {
                @value = ($_);
            }
            return @value;
        }
    }

    if ($filter eq 'norm') {
        my $t = $value[0];
        $t = '' unless defined $t;
        $t =~ s/\015\012/\n/g;
        $t =~ s/\r/\n/g;
        return ($t);
    }
    if ($filter eq 'trim') {
        return map {
            my $s = $_;
            if (defined $s && !ref $s) {
                $s =~ s/\A([ \t]*\n)+//;
                $s =~ s/(?<=\n)\s*\z//g;
            }
            $s;
        } @value;
    }
    if ($filter eq 'chomp') {
        return map { my $s = $_; chomp $s if defined $s && !ref $s; $s } @value;
    }
    if ($filter eq 'chop') {
        return map { my $s = $_; chop $s if defined $s && !ref $s; $s } @value;
    }
    if ($filter eq 'unchomp') {
        return map { $_ . "\n" } @value;
    }
    if ($filter eq 'eval') {
        my $code = $value[0];
        my @ret = Test::Nginx::Socket::Filter::_eval_section($code);
        if ($@) {
            my $err = $@;
            warn "WARNING: " . $block->get('name')
                 . " - failed to eval the --- $type section: $err";
            return ($err);
        }
        return @ret;
    }
    if ($filter eq 'escape') {
        my $t = $value[0];
        $t =~ s/(\\.)/eval "qq{$1}"/ge;
        return ($t);
    }
    if ($filter eq 'lines') {
        my $t = $value[0];
        return () unless length $t;
        return ($t =~ /^(.*\n?)/gm);
    }
    if ($filter eq 'array') {
        return ([@value]);
    }
    if ($filter eq 'join') {
        return (join(defined $arg ? $arg : '', @value));
    }
    if ($filter eq 'uc') { return map { uc } @value }
    if ($filter eq 'lc') { return map { lc } @value }
    if ($filter eq 'regexp') {
        my $text = $value[0];
        my $flags = $arg;
        if ($text =~ /\n.*?\n/s) {
            $flags = 'xism' unless defined $flags;
        } else {
            chomp $text;
        }
        $flags ||= '';
        my $re = eval "qr{\$text}$flags";
        die $@ if $@;
        return ($re);
    }

    bail_out($block->get('name')
             . " - Can't find a function or method for '$filter' filter");
}

sub _run_filters {
    my $block = shift;
    return if $block->{_filtered};
    for my $type (@{ $block->{_section_order} }) {
        my $filters = $block->{_section_map}{$type}{filters};
        my @value = @{ $block->{$type} || [] };
        for my $filter (_get_filters($filters)) {
            @value = _apply_filter($block, $type, $filter, @value);
            $block->set_value($type, @value);
        }
    }
    $block->{_filtered} = 1;
}

sub blocks () {
    my $list = _block_list();
    return scalar(@$list) unless wantarray;
    _run_filters($_) for @$list;
    return @$list;
}

# ---------------------------------------------------------------------------
# process helpers
# ---------------------------------------------------------------------------

sub _reap {
    my $pid = shift;
    return unless defined $ChildPid && $pid == $ChildPid;
    my $r = waitpid($pid, WNOHANG);
    if ($r == $pid || $r == -1) {
        undef $ChildPid;
    }
}

sub is_running ($) {
    my $pid = shift;
    return 0 unless defined $pid && $pid =~ /^\d+$/ && $pid > 1;
    _reap($pid);
    return 0 unless kill(0, $pid);
    # an exited daemon stays a zombie until init reaps it: that is not
    # "running" (some container inits reap late or never)
    if (open my $in, '<', "/proc/$pid/stat") {
        my $stat = <$in>;
        close $in;
        if (defined $stat && $stat =~ /\)\s+([A-Za-z])\s/) {
            return 0 if $1 eq 'Z' || $1 eq 'X';
        }
    }
    return 1;
}

sub _looks_like_nginx ($) {
    my $pid = shift;
    my $f = "/proc/$pid/cmdline";
    return 1 unless -d "/proc/$pid" || -d "/proc/self";
    open my $in, '<', $f or return 0;
    my $cmd = do { local $/; <$in> };
    close $in;
    return 0 unless defined $cmd;
    $cmd =~ tr/\0/ /;
    my $bin = $NginxBinary;
    $bin =~ s{.*/}{};
    return 1 if $cmd =~ /nginx|valgrind|memcheck/i;
    return 1 if length $bin && index($cmd, $bin) >= 0;
    return 0;
}

sub get_pid_from_pidfile ($) {
    my ($name) = @_;
    open my $in, '<', $PidFile or return undef;
    my $pid = do { local $/; <$in> };
    close $in;
    return undef unless defined $pid;
    $pid =~ s/\s+//g;
    return undef unless $pid =~ /^\d+$/;
    return $pid;
}

sub kill_process ($$$) {
    my ($pid, $wait, $name) = @_;
    return unless defined $pid && $pid =~ /^\d+$/ && $pid > 1;
    return if $pid == $$;

    if ($wait) {
        kill(SIGQUIT, $pid);
        my $t = $UseValgrind ? 30 : (parse_time(timeout()) || 3);
        while ($t > 0 && is_running($pid)) {
            sleep 0.02;
            $t -= 0.02;
        }
    }

    if (is_running($pid)) {
        warn "$name - timeout when waiting for the process $pid to exit; "
             . "killing it\n" if $wait;
        my $pgrp = getpgrp($pid);
        if (defined $pgrp && $pgrp == $pid) {
            kill(SIGKILL, -$pid);
        } else {
            kill(SIGKILL, $pid);
        }
        my $t = 3;
        while ($t > 0 && is_running($pid)) {
            sleep 0.02;
            $t -= 0.02;
        }
    }
}

sub stop_nginx ($) {
    my $name = shift;
    my $pid = get_pid_from_pidfile($name);
    if (defined $pid && is_running($pid) && _looks_like_nginx($pid)) {
        if ($Verbose) {
            warn "stopping nginx (pid $pid)\n";
        }
        kill_process($pid, 1, $name);
    }
    if (defined $ChildPid) {
        my $cp = $ChildPid;
        if (is_running($cp)) {
            kill_process($cp, 1, $name);
        }
        waitpid($cp, WNOHANG);
        undef $ChildPid;
    }
    if (-f $PidFile) {
        my $p = get_pid_from_pidfile($name);
        if (!defined $p || !is_running($p)) {
            unlink $PidFile;
        }
    }
}

sub cleanup () {
    return if $InSubprocess || $$ != $OwnerPid;
    for my $hdl (@CleanupHandlers) {
        eval { $hdl->() };
    }
}

sub _final_cleanup {
    return if $InSubprocess || $$ != $OwnerPid;
    cleanup();
    if ($UseValgrind || !$ENV{TEST_NGINX_NO_CLEAN}) {
        stop_nginx('END');
    } elsif (defined $ChildPid) {
        # a foreground child cannot be left behind
        stop_nginx('END');
    }
    if ($Randomize && defined $ServRoot && -d $ServRoot
        && $ServRoot =~ m{/t/servroot_\d+$} && !$ENV{TEST_NGINX_NO_CLEAN})
    {
        remove_tree($ServRoot);
    }
}

END {
    local $?;
    _final_cleanup();
}

sub _install_signal_handlers {
    for my $sig (qw(INT TERM HUP QUIT)) {
        my $num = 0;
        my @names = split ' ', $Config::Config{sig_name};
        for my $i (0 .. $#names) { $num = $i if $names[$i] eq $sig }
        $SIG{$sig} = sub {
            return if $$ != $OwnerPid;
            warn "caught SIG$sig; stopping nginx\n";
            eval { _final_cleanup() };
            POSIX::_exit(128 + $num);
        };
    }
}

# ---------------------------------------------------------------------------
# nginx binary, version, ports
# ---------------------------------------------------------------------------

sub can_run {
    my ($cmd) = @_;
    if ($cmd =~ m{[/\\]}) {
        return $cmd if -f $cmd && -x $cmd;
        return undef;
    }
    for my $dir ((split /$Config::Config{path_sep}/, ($ENV{PATH} // '')), '.') {
        next if $dir eq '';
        my $abs = File::Spec->catfile($dir, $cmd);
        return $abs if -f $abs && -x $abs;
    }
    return undef;
}

sub get_canon_version (@) {
    sprintf "%d.%03d%03d", $_[0], $_[1], $_[2];
}

sub get_nginx_version () {
    if (!can_run($NginxBinary)) {
        bail_out("Cannot find the nginx executable \"$NginxBinary\" "
                 . "(TEST_NGINX_BINARY or PATH)");
    }
    my $out = `$NginxBinary -V 2>&1`;
    if (!defined $out || $? != 0) {
        $out //= '';
        bail_out("Failed to get the version of the Nginx in PATH: $out");
    }
    if ($out =~ m{configure arguments:(.*)}) {
        $NginxConfigureArgs = $1;
    } else {
        $NginxConfigureArgs = '';
    }
    if ($out =~ m{built with OpenSSL (\d+)\.(\d+)\.(\d+)}s) {
        $OpenSSLVersion = get_canon_version($1, $2, $3);
    }
    if ($out =~ m{(?:nginx|openresty)[^/]*/(\d+)\.(\d+)\.(\d+)}s
        || $out =~ m{\w+/(\d+)\.(\d+)\.(\d+)}s)
    {
        $NginxRawVersion = "$1.$2.$3";
        return get_canon_version($1, $2, $3);
    }
    bail_out("Failed to parse the output of \"nginx -V\": $out\n");
}

sub gen_rand_port (;$$) {
    my ($tries, $used_ports) = @_;
    $tries //= 1000;
    $used_ports //= {};
    for (my $i = 0; $i < $tries; $i++) {
        my $port = int(rand 63550) + 1985;
        next if $used_ports->{$port};
        my $sock = IO::Socket::INET->new(
            LocalAddr => '127.0.0.1',
            LocalPort => $port,
            Proto     => 'tcp',
            Listen    => 1,
        );
        if (defined $sock) {
            $sock->close;
            return $port;
        }
    }
    return undef;
}

sub expand_env_in_text ($$$) {
    my ($text, $name, $rand_ports) = @_;
    return undef if !defined $text;
    return $text if ref $text;

    my $used_ports = {
        $ServerPort => 1,
        $ServerPortForClient => 1,
        map { $_ => 1 } values %$rand_ports,
    };

    $text =~ s{\$(TEST_NGINX_[_A-Z0-9]+)}{
        my $var = $1;
        my $expanded;
        if ($var =~ m{^TEST_NGINX_RAND_PORT_[0-9]+$}) {
            if (!defined $rand_ports->{$var}) {
                my $p = gen_rand_port(1000, $used_ports);
                if (!defined $p) {
                    bail_out("$name - Cannot find an available listening port number for $var.\n");
                }
                $rand_ports->{$var} = $p;
                $used_ports->{$p} = 1;
            }
            $expanded = $rand_ports->{$var};
        } else {
            if (!defined $ENV{$var}) {
                bail_out("$name - No environment $var defined.\n");
            }
            $expanded = $ENV{$var};
        }
        $expanded;
    }ge;

    return $text;
}

sub _expand_deep {
    my ($v, $name, $rand_ports) = @_;
    return $v if !defined $v;
    if (!ref $v) {
        return expand_env_in_text($v, $name, $rand_ports);
    }
    if (ref $v eq 'ARRAY') {
        return [ map { _expand_deep($_, $name, $rand_ports) } @$v ];
    }
    if (ref $v eq 'HASH') {
        my %h = %$v;
        $h{value} = _expand_deep($h{value}, $name, $rand_ports)
            if exists $h{value};
        return \%h;
    }
    return $v;
}

# ---------------------------------------------------------------------------
# server root, user files, nginx.conf
# ---------------------------------------------------------------------------

sub setup_server_root () {
    if (-d $ServRoot) {
        remove_tree($ConfDir, $HtmlDir, $LogDir,
                    glob("$ServRoot/*_cache"), glob("$ServRoot/*_temp"));
    }
    for my $d ($ServRoot, $LogDir, $HtmlDir, $ConfDir) {
        next if -d $d;
        make_path($d);
        -d $d or bail_out("Failed to do mkdir $d: $!\n");
    }
    my $index_file = "$HtmlDir/index.html";
    open my $out, '>', $index_file
        or bail_out("Can't open $index_file for writing: $!\n");
    print $out '<html><head><title>It works!</title></head><body>It works!</body></html>';
    close $out;
}

sub _parse_touch_stamp {
    my ($stamp) = @_;
    $stamp =~ s/^\s+|\s+$//g;
    # [[CC]YY]MMDDhhmm[.ss]
    my ($main, $ss) = split /\./, $stamp, 2;
    $ss = 0 unless defined $ss && length $ss;
    return undef unless $main =~ /^\d+$/ && $ss =~ /^\d{1,2}$/;
    my ($year, $mon, $day, $hh, $mm);
    my @now = gmtime;
    if (length $main == 12) {
        ($year, $mon, $day, $hh, $mm) = $main =~ /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)$/;
    } elsif (length $main == 10) {
        my $yy;
        ($yy, $mon, $day, $hh, $mm) = $main =~ /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/;
        $year = $yy < 69 ? 2000 + $yy : 1900 + $yy;
    } elsif (length $main == 8) {
        ($mon, $day, $hh, $mm) = $main =~ /^(\d\d)(\d\d)(\d\d)(\d\d)$/;
        $year = $now[5] + 1900;
    } else {
        return undef;
    }
    my $t = eval { timegm($ss, $mm, $hh, $day, $mon - 1, $year) };
    return $t;
}

sub write_user_files ($$) {
    my ($block, $rand_ports) = @_;
    my $name = $block->get('name');
    my $files = $block->get('user_files');
    return unless $files;

    if (!ref $files) {
        my $raw = $files;
        open my $in, '<', \$raw;
        $files = [];
        my ($fname, $body, $date);
        while (<$in>) {
            if (/^>>> (\S+)(?:\s+(.+))?/) {
                if ($fname) {
                    push @$files, [$fname, $body, $date];
                }
                $fname = $1;
                $date = $2;
                undef $body;
            } else {
                $body .= $_;
            }
        }
        if ($fname) {
            push @$files, [$fname, $body, $date];
        }
    } elsif (ref $files ne 'ARRAY') {
        bail_out("$name - wrong value type: ", ref $files,
                 ", only scalar or ARRAY are accepted");
    }

    for my $file (@$files) {
        my ($fname, $body, $date) = @$file;
        $body = '' if !defined $body;
        my $path = $fname =~ m{^/} ? $fname : "$HtmlDir/$fname";
        if ($path =~ m{(.*)/}) {
            my $dir = $1;
            if (length $dir && !-d $dir) {
                make_path($dir);
                -d $dir or bail_out("$name - Cannot create directory $dir");
            }
        }
        $body = expand_env_in_text($body, $name, $rand_ports);
        open my $out, '>', $path
            or bail_out("$name - Cannot open $path for writing: $!\n");
        binmode $out;
        print $out $body;
        close $out;
        if (defined $date && $date =~ /\S/) {
            my $t = _parse_touch_stamp($date);
            if (!defined $t) {
                bail_out("$name - bad user_files mtime \"$date\" for $fname");
            }
            utime($t, $t, $path)
                or bail_out("$name - Failed to set mtime of $path: $!");
        }
    }
}

sub _module_disabled ($) {
    my $mod = shift;
    my $args = $NginxConfigureArgs // '';
    return 1 if $args =~ /--without-http_${mod}_module\b/;
    return 1 if $args =~ /--without-http(?:\s|$)/;
    return 0;
}

sub write_config_file ($$$) {
    my ($block, $config, $rand_ports) = @_;
    my $name = $block->get('name');
    my $http_config = $block->get('http_config');
    my $main_config = $block->get('main_config');
    my $post_main_config = $block->get('post_main_config');
    my $server_name = $block->get('server_name');
    my $err_log_file = $block->get('error_log_file');
    local $PostponeOutput = $PostponeOutput;

    $http_config = expand_env_in_text($http_config, $name, $rand_ports);
    $config = '' if !defined $config;
    $http_config = '' if !defined $http_config;

    if ($http_config =~ /\bpostpone_output\b/) {
        undef $PostponeOutput;
    }

    my $extra_http_config = '';
    if (defined $PostponeOutput && $PostponeOutput ne '') {
        if ($PostponeOutput !~ /^\d+$/) {
            bail_out("Bad TEST_NGINX_POSTPONE_OUTPUT value: $PostponeOutput\n");
        }
        $extra_http_config = "    postpone_output $PostponeOutput;\n";
    }

    $main_config = '' if !defined $main_config;
    $main_config = expand_env_in_text($main_config, $name, $rand_ports);
    if ($LoadModules) {
        my @modules = map { "load_module $_;" } grep { length } split /\s+/, $LoadModules;
        if (@modules) {
            $main_config = join(" ", @modules) . "\n" . $main_config;
        }
    }

    $post_main_config = '' if !defined $post_main_config;
    $post_main_config = expand_env_in_text($post_main_config, $name, $rand_ports);

    my $log_level = $LogLevel;
    my $acc_log = $AccLogFile;
    if ($CheckLeak) {
        $log_level = 'warn';
        $acc_log = 'off';
    }

    if (!$err_log_file) {
        $err_log_file = $ErrLogFile;
    }

    if (!defined $server_name) {
        $server_name = $ServerName;
    }
    chomp $server_name;
    (my $quoted_server_name = $server_name) =~ s/\\/\\\\/g;
    $quoted_server_name =~ s/'/\\'/g;

    my $daemon = _use_valgrind_for_block() ? 'off' : 'on';

    my $temp_paths = '';
    for my $t (@TempDirs) {
        my $directive = "${t}_temp_path";
        next if $t ne 'client_body' && _module_disabled($t);
        next if $http_config =~ /\b\Q$directive\E\b/;
        $temp_paths .= "    $directive $ServRoot/${t}_temp;\n";
    }

    my $listen_opts = $ReusePort ? ' reuseport' : '';

    open my $out, '>', $ConfFile
        or bail_out("Can't open $ConfFile for writing: $!\n");

    print $out <<_EOC_;
worker_processes  $Workers;
daemon $daemon;
master_process $MasterProcessEnabled;
error_log $err_log_file $log_level;
pid       $PidFile;
env MOCKEAGAIN_VERBOSE;
env MOCKEAGAIN;
env MOCKEAGAIN_WRITE_TIMEOUT_PATTERN;
env LD_PRELOAD;
env LD_LIBRARY_PATH;
env DYLD_INSERT_LIBRARIES;
env DYLD_FORCE_FLAT_NAMESPACE;
_EOC_

    for my $v (@EnvToNginx) {
        my $e = $v;
        if ($e =~ /\s/) {
            $e = "'$e'";
        }
        print $out "env $e;\n";
    }

    print $out <<_EOC_;
#env LUA_PATH;
#env LUA_CPATH;

$main_config

http {
    access_log $acc_log;
    #access_log off;

$temp_paths
    default_type text/plain;
    keepalive_timeout  68000ms;

$http_config

    server {
        listen          127.0.0.1:$ServerPort$listen_opts;
        server_name     '$quoted_server_name';

        client_max_body_size 30M;
        #client_body_buffer_size 4k;

        # Begin preamble config...
$ConfigPreamble
        # End preamble config...

        # Begin test case config...
$config
        # End test case config.

_EOC_

    if (!$NoRootLocation) {
        print $out <<_EOC_;
        location / {
            root $HtmlDir;
            index index.html index.htm;
        }
_EOC_
    }

    print $out "    }\n";
    print $out $extra_http_config;

    print $out <<_EOC_;
}

$post_main_config

#timer_resolution 100ms;

events {
    accept_mutex off;

    worker_connections  $WorkerConnections;
_EOC_

    if ($EventType) {
        print $out "    use $EventType;\n";
    }

    print $out "}\n";

    print $out <<_EOC_;
env ASAN_OPTIONS;
env MOCKNOEAGAIN_VERBOSE;
env MOCKNOEAGAIN;
_EOC_

    if (defined $WorkerUser) {
        print $out "user $WorkerUser;\n";
    } elsif ($> == 0) {
        print $out "user root;\n";
    }

    close $out;
}

# ---------------------------------------------------------------------------
# starting nginx
# ---------------------------------------------------------------------------

our $BlockUsesValgrind;

sub _use_valgrind_for_block { return $BlockUsesValgrind ? 1 : 0 }

sub _nginx_cmd () {
    my @cmd = ($NginxBinary, '-p', "$ServRoot/", '-c', $ConfFile);
    if (!defined $NginxVersion || $NginxVersion >= 1.019005) {
        push @cmd, '-e', $ErrLogFile;
    }
    return @cmd;
}

sub _valgrind_cmd (@) {
    my @cmd = @_;
    my @vg;
    if ($UseValgrind =~ /^\d+$/) {
        @vg = ('valgrind', '--num-callers=100', '-q', '--tool=memcheck',
               '--leak-check=full', '--show-possibly-lost=no',
               '--gen-suppressions=all');
        if (-f 'valgrind.suppress') {
            push @vg, '--suppressions=valgrind.suppress';
        }
    } else {
        @vg = ('valgrind', '-q', split(' ', $UseValgrind));
        if (-f 'valgrind.suppress' && $UseValgrind !~ /--suppressions/) {
            push @vg, '--suppressions=valgrind.suppress';
        }
    }
    return (@vg, @cmd);
}

sub _cmd_str { join ' ', map { /[\s'"]/ ? "'$_'" : $_ } @_ }

# Runs nginx (which daemonizes) and returns (status, stderr text)
sub _run_nginx_once (@) {
    my @cmd = @_;
    my ($efh, $efile) = tempfile('ngx-stderr-XXXXXX', TMPDIR => 1, UNLINK => 1);
    my $pid = fork();
    if (!defined $pid) {
        bail_out("fork() failed: $!");
    }
    if ($pid == 0) {
        $InSubprocess = 1;
        open STDIN, '<', '/dev/null';
        open STDOUT, '>', '/dev/null';
        open STDERR, '>&', $efh;
        { no warnings 'exec'; exec { $cmd[0] } @cmd; }
        POSIX::_exit(127);
    }
    my $r;
    do { $r = waitpid($pid, 0) } while ($r == -1 && $! == EINTR);
    my $status = $?;
    seek $efh, 0, 0;
    my $err = do { local $/; <$efh> };
    close $efh;
    unlink $efile;
    $err = '' if !defined $err;
    return ($status, $err);
}

sub _start_nginx_foreground ($@) {
    my ($name, @cmd) = @_;
    my $old_pid = get_pid_from_pidfile($name);
    unlink $PidFile if defined $old_pid;
    my $pid = fork();
    if (!defined $pid) {
        bail_out("$name - fork() failed: $!");
    }
    if ($pid == 0) {
        $InSubprocess = 1;
        setpgrp(0, 0);
        open STDIN, '<', '/dev/null';
        open STDOUT, '>', '/dev/null';
        { no warnings 'exec'; exec { $cmd[0] } @cmd; }
        POSIX::_exit(127);
    }
    $ChildPid = $pid;
    # valgrind is slow: wait (up to a minute) for the pid file, which nginx
    # writes right after its listening sockets are open
    my $waited = 0;
    while ($waited < 60) {
        last if -s $PidFile;
        if (!is_running($pid)) {
            return 0;
        }
        sleep 0.05;
        $waited += 0.05;
    }
    sleep $TestNginxSleep;
    return is_running($pid) ? 1 : 0;
}

sub _check_if_missing_directives () {
    open my $in, '<', $ErrLogFile or return 0;
    while (<$in>) {
        if (/\[emerg\] \S+?: unknown directive "([^"]+)"/) {
            close $in;
            return $1;
        }
    }
    close $in;
    return 0;
}

# ---------------------------------------------------------------------------
# the main loop
# ---------------------------------------------------------------------------

sub run_tests () {
    $NginxVersion = get_nginx_version();

    if (!defined $ENV{TEST_NGINX_SERVER_PORT} || $Randomize) {
        # (under TEST_NGINX_RANDOMIZE the random port must win, or configs
        # using $TEST_NGINX_SERVER_PORT would point at the wrong server)
        $ENV{TEST_NGINX_SERVER_PORT} = $ServerPort;
    }
    $ENV{TEST_NGINX_SERVER_ROOT} = $ServRoot;

    _install_signal_handlers();

    my @blocks = blocks();
    @blocks = shuffle @blocks unless $NoShuffle;

    for my $block (@blocks) {
        for my $hdl (@BlockPreprocessors) {
            $hdl->($block);
        }
        $block->set_value('name', $0 . ' ' . $block->get('name'));
        run_test($block);
    }

    cleanup();

    if (!Test::More->builder->has_plan) {
        Test::More::done_testing();
    }
}

sub run_test ($) {
    my $block = shift;

    return if defined $block->get('SKIP');

    my $name = $block->get('name');
    $CurrentBlockName = $name;

    my $first_time = $FirstTime;
    undef $FirstTime;

    my $rand_ports = {};

    my $config = $block->get('config');
    $config = expand_env_in_text($config, $name, $rand_ports);

    my $dry_run = 0;
    my $should_restart = 1;
    my $should_reconfig = 1;

    local $LogLevel = $LogLevel;
    if (defined $block->get('log_level') && $block->get('log_level') =~ /\S/) {
        ($LogLevel = $block->get('log_level')) =~ s/^\s+|\s+$//g;
    }

    my $must_die;
    local $BlockUsesValgrind = $UseValgrind ? 1 : 0;

    if (defined $block->get('must_die')) {
        $must_die = $block->get('must_die');
        $must_die =~ s/^\s+|\s+$//g;
        $BlockUsesValgrind = 0;
    }

    if (!defined $config) {
        if (!$NoNginxManager) {
            if (!defined $PrevConfig) {
                bail_out("$name - No '--- config' section specified and could "
                         . "not get previous one. Use TEST_NGINX_NO_NGINX_MANAGER ?");
            }
            $config = $PrevConfig;
        }
        $should_reconfig = 0;
        $should_restart = 0;
    } elsif ($NoNginxManager) {
        Test::More::diag("NO_NGINX_MANAGER activated: config for $name ignored");
        $should_restart = 0;
        $should_reconfig = 0;
    } else {
        $should_reconfig = (!defined $PrevConfig || $config ne $PrevConfig) ? 1 : 0;
        $should_restart = ($should_reconfig || $ForceRestartOnTest) ? 1 : 0;
    }

    # skip_eval / skip_nginx
    my ($tests_to_skip, $should_skip, $skip_reason);

    if ($CheckLeak && defined $block->get('no_check_leak')) {
        $should_skip = 1;
    }

    my $skip_eval = $block->get('skip_eval');
    if (defined $skip_eval) {
        if ($skip_eval =~ m{^ \s* (\d+) \s* : \s* (.*)}xs) {
            $tests_to_skip = $1;
            $skip_reason = "skip_eval";
            my $code = $2;
            $should_skip = eval $code;
            if ($@) {
                bail_out("$name - skip_eval - failed to eval the Perl code "
                         . "\"$code\": $@");
            }
        } else {
            bail_out("$name - Invalid --- skip_eval spec: $skip_eval");
        }
    }

    my $skip_nginx = $block->get('skip_nginx');
    if (defined $skip_nginx) {
        if ($skip_nginx =~ m{
                ^ \s* (\d+) \s* : \s*
                    ([<>]=?) \s* (\d+)\.(\d+)\.(\d+)
                    (?: \s* : \s* (.*) )?
                \s*$}xs)
        {
            $tests_to_skip = $1;
            my ($op, $v1, $v2, $v3) = ($2, $3, $4, $5);
            $skip_reason = $6;
            if (!$skip_reason) {
                $skip_reason = "nginx version $op $v1.$v2.$v3";
            }
            my $ver = get_canon_version($v1, $v2, $v3);
            if (_version_cmp($NginxVersion, $op, $ver)) {
                $should_skip = 1;
            }
        } else {
            bail_out("$name - Invalid --- skip_nginx spec: " . $skip_nginx);
        }
    }

    $skip_reason = "various reasons" if !defined $skip_reason;

    if (!$NoNginxManager && !$should_skip && !$should_restart) {
        # a block without --- config reuses the running nginx; start it if
        # it is not running any more (e.g. the previous block was skipped)
        my $pid = get_pid_from_pidfile($name);
        if (!defined $pid || !is_running($pid)) {
            $should_restart = 1;
        }
    }

    if (!$NoNginxManager && !$should_skip && $should_restart) {
        if ($should_reconfig) {
            $PrevConfig = $config;
        }

        stop_nginx($name);

        setup_server_root();
        write_user_files($block, $rand_ports);
        write_config_file($block, $config, $rand_ports);

        my @cmd = _nginx_cmd();
        @StartupStderrLines = ();
        $StartupStderrUsed = 0;

        if (defined $must_die) {
            my $i = 0;
            $ErrLogFilePos = 0;
            while (1) {
                my ($status, $stderr) = _run_nginx_once(@cmd);
                if ($stderr ne '' && !defined $block->get('suppress_stderr')) {
                    print STDERR $stderr;
                }
                _remember_stderr($stderr);

                my ($exec_failed, $coredump, $exit_code);
                if ($status == -1 || ($status >> 8) == 127) {
                    $exec_failed = 1;
                } else {
                    $exit_code = $status >> 8;
                    $coredump = $status & 128;
                }

                if ($exec_failed) {
                    Test::More::fail("$name - failed to execute the nginx command line");
                } elsif ($coredump) {
                    Test::More::fail("$name - nginx core dumped");
                } elsif ($must_die ne '' && looks_like_number($must_die)) {
                    Test::More::is($must_die, $exit_code,
                                   "$name - die with the expected exit code");
                } else {
                    Test::More::isnt($status, 0, "$name - die as expected");
                }

                check_error_log($block, undef, $dry_run, $i, 0);

                if ($status == 0) {
                    warn "WARNING: $name - nginx must die but it does not; "
                         . "killing it (req $i)\n";
                    for (1 .. 15) {
                        last if -f $PidFile;
                        sleep $TestNginxSleep;
                    }
                    stop_nginx($name);
                }

                last unless ++$i < $RepeatEach;
            }
            _append_total_error_log($name);
            return;
        }

        if ($BlockUsesValgrind) {
            my @vcmd = _valgrind_cmd(@cmd);
            warn "$name\n";
            if (!_start_nginx_foreground($name, @vcmd)) {
                bail_out("$name - Cannot start nginx using command \""
                         . _cmd_str(@vcmd) . "\".");
            }
        } else {
            my $i = 0;
            my $waited = 0;
            my $hard_errors = 0;
            while (1) {
                my ($status, $stderr) = _run_nginx_once(@cmd);
                if ($status == 0) {
                    if ($stderr ne '' && !defined $block->get('suppress_stderr')) {
                        print STDERR $stderr;
                    }
                    last;
                }

                if ($ENV{TEST_NGINX_IGNORE_MISSING_DIRECTIVES}
                    and my $directive = _check_if_missing_directives())
                {
                    $dry_run = "the lack of directive $directive";
                    last;
                }

                # a plain configuration error will not go away by retrying
                if ($stderr =~ /\[emerg\]/
                    && $stderr !~ /Address already in use|could not bind|bind\(\)/)
                {
                    $hard_errors++;
                }

                $i++;
                my $delay = 0.1 * $i;
                $delay = 1 if $delay > 1;
                if ($hard_errors >= 3 || $waited >= 30) {
                    print STDERR $stderr;
                    bail_out("$name - Cannot start nginx using command \""
                             . _cmd_str(@cmd) . "\" (status code $status).");
                }
                sleep $delay;
                $waited += $delay;
            }
        }

        sleep $TestNginxSleep;
    }

    # requests
    my $i = 0;
    $ErrLogFilePos = 0;
    while ($i++ < $RepeatEach) {
        if ($i > 1) {
            write_user_files($block, $rand_ports);
        }

        if ($should_skip && defined $tests_to_skip) {
            my $tb = Test::More->builder;
            for (1 .. $tests_to_skip) {
                $tb->skip("$name - $skip_reason");
            }
        } else {
            my $dr = $dry_run;
            if ($should_skip && !$dr) {
                $dr = "the \"check leak\" testing mode";
            }
            run_test_helper($block, $dr, $i - 1, $rand_ports);
        }
    }

    _append_total_error_log($name);

    if ($BlockUsesValgrind) {
        stop_nginx($name);
    }
}

sub _version_cmp {
    my ($have, $op, $want) = @_;
    if (!defined $have) {
        return $op =~ /^</ ? 1 : 0;
    }
    return $have <  $want if $op eq '<';
    return $have <= $want if $op eq '<=';
    return $have >  $want if $op eq '>';
    return $have >= $want if $op eq '>=';
    return 0;
}

sub _remember_stderr {
    my $stderr = shift;
    return unless defined $stderr && $stderr ne '';
    push @StartupStderrLines, map { "$_\n" } grep { /\S/ } split /\n/, $stderr;
}

sub _append_total_error_log {
    my $name = shift;
    my $total = $ENV{TEST_NGINX_ERROR_LOG};
    return unless $total;
    return unless -s $ErrLogFile;
    open my $out, '>>', $total
        or bail_out("Failed to append test case title to $total: $!\n");
    print $out "\n=== $name\n";
    if (open my $in, '<', $ErrLogFile) {
        local $/;
        my $data = <$in>;
        close $in;
        print $out $data if defined $data;
    }
    close $out;
}

# ---------------------------------------------------------------------------
# building requests
# ---------------------------------------------------------------------------

sub _parse_more_headers ($) {
    my ($in) = @_;
    my $out = '';
    my $is_chunked;
    for my $header (split /\n+/, $in) {
        next if $header =~ /^\s*\#/;
        my ($key, $val) = split /:\s*/, $header, 2;
        $key = '' unless defined $key;
        $val = '' unless defined $val;
        if (lc($key) eq 'transfer-encoding' and $val eq 'chunked') {
            $is_chunked = 1;
        }
        $out .= "$key: $val\r\n";
    }
    return ($out, $is_chunked);
}

# Turns the user's request (split into packets) into the packets to send:
# the request line is normalized, headers are inserted after it and the body
# gets trimmed when a Content-Length is added.  Packet boundaries are kept.
sub _build_request_from_packets ($$$$$) {
    my ($name, $more_headers, $is_chunked, $conn_header, $packets) = @_;

    my @pk = map { defined $_ ? $_ : '' } @$packets;
    my $s = join '', @pk;

    my $nl = index($s, "\n");
    my $first_end = $nl < 0 ? length($s) : $nl + 1;
    my $first = substr($s, 0, $first_end);

    if ($first eq '') {
        bail_out("$name - Request line should be non-empty");
    }

    if ($first !~ /^(\s*)(\S+)( *)((\S+)( *))?((\S+)( *))?(\s*)$/) {
        bail_out("$name - Request line is not valid. Should be "
                 . "'meth [url [version]]' but got \"$first\".");
    }

    my ($meth, $url, $ver) = ($2, $5, $8);
    my ($meth_start, $meth_end) = ($-[2], $+[2]);
    my $url_start = defined $url ? $-[5] : undef;
    my $ver_start = defined $ver ? $-[8] : undef;

    $url = '/' if !defined $url;
    $ver = 'HTTP/1.1' if !defined $ver;

    my $content = substr($s, $first_end);
    my ($c0, $c1) = ($first_end, length $s);
    my $len_header = '';

    if (!$is_chunked && $content ne ''
        && $more_headers !~ /(?:^|\n)Content-Length:/)
    {
        (my $trimmed = $content) =~ s/^\s+|\s+$//gs;
        if ($trimmed eq '') {
            $c0 = $c1;
        } else {
            $content =~ /^(\s*)/s;
            $c0 += length $1;
            $content =~ /(\s*)\z/s;
            $c1 -= length $1;
        }
        $len_header = "Content-Length: " . length($trimmed) . "\r\n";
    }

    my $headers = '';
    if ($more_headers !~ /(?:^|\n)Host:/msi) {
        $headers .= "Host: $ServerName\r\n";
    }
    if ($more_headers !~ /(?:^|\n)Connection/msi) {
        $headers .= "Connection: $conn_header\r\n";
    }
    $headers .= "$more_headers$len_header\r\n";

    # which packet holds a given offset of the original request
    my @ends;
    my $acc = 0;
    for my $p (@pk) {
        $acc += length $p;
        push @ends, $acc;
    }
    my $pkt_of = sub {
        my $off = shift;
        for my $k (0 .. $#ends) {
            return $k if $off < $ends[$k];
        }
        return $#ends;
    };

    my @out = ('') x scalar(@pk);
    my $last_tok_end = $meth_end - 1;

    $out[$pkt_of->($meth_start)] .= "$meth ";

    my $url_pkt = defined $url_start ? $pkt_of->($url_start) : $pkt_of->($last_tok_end);
    $out[$url_pkt] .= "$url ";

    my $ver_pkt;
    if (defined $ver_start) {
        $ver_pkt = $pkt_of->($ver_start);
    } else {
        $ver_pkt = $url_pkt;
    }
    $out[$ver_pkt] .= "$ver\r\n$headers";

    # body bytes stay in the packets they came from
    my $pos = 0;
    for my $k (0 .. $#pk) {
        my ($ps, $pe) = ($pos, $ends[$k]);
        my $from = $ps > $c0 ? $ps : $c0;
        my $to = $pe < $c1 ? $pe : $c1;
        if ($to > $from) {
            $out[$k] .= substr($s, $from, $to - $from);
        }
        $pos = $pe;
    }

    return \@out;
}

sub _hdr_for ($$$) {
    my ($name, $more_headers, $i) = @_;
    my $hdr;
    if (ref $more_headers eq 'ARRAY') {
        $hdr = $more_headers->[$i];
        if (!defined $hdr) {
            bail_out("$name - --- more_headers lacks data for the request #$i");
        }
    } else {
        $hdr = $more_headers;
    }
    return _parse_more_headers($hdr);
}

sub get_req_from_block ($$) {
    my ($block, $rand_ports) = @_;
    my $name = $block->get('name');
    my @req_list;

    my $raw = $block->get('raw_request');
    if (defined $raw) {
        if (ref $raw && ref $raw eq 'ARRAY') {
            push @req_list, [ map { { value => $_ } } @$raw ];
        } else {
            push @req_list, [ { value => $raw } ];
        }
        return \@req_list;
    }

    my $request = $block->get('request');
    if (defined $request && !ref $request) {
        while ($request =~ s/^\s*\#[^\n]+\s+|^\s+//gs) { }
    }
    $request = _expand_deep($request, $name, $rand_ports);

    my $more_headers = $block->get('more_headers');
    $more_headers = '' if !defined $more_headers;

    my $pipelined = $block->get('pipelined_requests');
    if ($pipelined) {
        if (!ref $pipelined || ref $pipelined ne 'ARRAY') {
            bail_out("$name - invalid entries in --- pipelined_requests");
        }
        $pipelined = _expand_deep($pipelined, $name, $rand_ports);
        my $prq = '';
        my $i = 0;
        for my $r (@$pipelined) {
            my $conn = ($i == @$pipelined - 1) ? 'close' : 'keep-alive';
            my ($hdr, $chunked) = _hdr_for($name, $more_headers, $i);
            my $pk = _build_request_from_packets($name, $hdr, $chunked, $conn, [$r]);
            $prq .= join '', @$pk;
            $i++;
        }
        push @req_list, [ { value => $prq } ];
        return \@req_list;
    }

    if (!defined $request) {
        bail_out("$name - no --- request (or --- raw_request) section found");
    }

    if (!ref $request) {
        my ($hdr, $chunked) = _hdr_for($name, $more_headers, 0);
        my $pk = _build_request_from_packets($name, $hdr, $chunked, 'close', [$request]);
        push @req_list, [ { value => join '', @$pk } ];

    } elsif (ref $request eq 'ARRAY') {
        my $i = 0;
        for my $one (@$request) {
            my ($hdr, $chunked) = _hdr_for($name, $more_headers, $i);
            if (!ref $one) {
                my $pk = _build_request_from_packets($name, $hdr, $chunked,
                                                     'close', [$one]);
                push @req_list, [ { value => join '', @$pk } ];

            } elsif (ref $one eq 'ARRAY') {
                my @vals;
                for my $p (@$one) {
                    if (!ref $p) {
                        push @vals, $p;
                    } elsif (ref $p eq 'HASH') {
                        push @vals, $p->{value};
                    } else {
                        bail_out("$name - Invalid syntax. $p should be a string "
                                 . "or hash with value.");
                    }
                }
                my $pk = _build_request_from_packets($name, $hdr, $chunked,
                                                     'close', \@vals);
                my @req;
                for my $k (0 .. $#$one) {
                    my $p = $one->[$k];
                    if (ref $p eq 'HASH') {
                        push @req, { %$p, value => $pk->[$k] };
                    } else {
                        push @req, { value => $pk->[$k] };
                    }
                }
                push @req_list, \@req;
            } else {
                bail_out("$name - Invalid syntax. $one should be a string or "
                         . "an array of packets.");
            }
            $i++;
        }
    } else {
        bail_out("$name - invalid ---request : MUST be string or array of requests");
    }

    return \@req_list;
}

# ---------------------------------------------------------------------------
# the HTTP client
# ---------------------------------------------------------------------------

sub _connect ($$) {
    my ($name, $timeout) = @_;
    my $tries = 0;
    my $total_tries = $TotalConnectingTimeouts ? 20 : 50;
    while (1) {
        $tries++;
        my $sock = IO::Socket::INET->new(
            PeerAddr => $ServerAddr,
            PeerPort => $ServerPortForClient,
            Proto    => 'tcp',
            Timeout  => $timeout,
        );
        return $sock if $sock;
        my $err = $! || $@;

        if (defined $ChildPid && !is_running($ChildPid)) {
            Test::More::fail("$name - Can't connect to $ServerAddr:$ServerPortForClient: "
                             . "$err (aborted): nginx is gone\n");
            return undef;
        }

        if ($tries > $total_tries) {
            my $msg = "$name - Can't connect to $ServerAddr:$ServerPortForClient: "
                      . "$err (aborted)\n";
            if (++$TotalConnectingTimeouts < 3) {
                Test::More::fail($msg);
                return undef;
            }
            bail_out($msg);
        }

        my $wait = ($TestNginxSleep + $TestNginxSleep * $tries) * $tries / 2;
        $wait = 1 if $wait >= 1;
        if ($wait >= 0.6) {
            warn "$name - Can't connect to $ServerAddr:$ServerPortForClient: $err\n"
                 . "\tRetry connecting after $wait sec\n";
        }
        sleep $wait;
    }
}

sub send_request ($$$$) {
    my ($req, $middle_delay, $timeout, $block) = @_;
    my $name = $block->get('name');

    my @bits = @$req;
    my $head_req = 0;
    {
        my $all = join '', map { defined $_->{value} ? $_->{value} : '' } @bits;
        $head_req = 1 if $all =~ /^\s*HEAD\s+/;
    }

    my $sock = _connect($name, $timeout);
    return (undef, $head_req) if !$sock;

    $sock->blocking(0);
    local $SIG{PIPE} = 'IGNORE';

    my $resp = '';
    my $first = shift @bits;
    my $wbuf = $first->{value};
    $wbuf = '' if !defined $wbuf;
    if (defined $first->{delay_before} && $first->{delay_before} > 0) {
        sleep $first->{delay_before};
    }
    my $woff = 0;
    my $writing = 1;
    my $reading = 1;

    while ($reading || $writing) {
        my $rsel = IO::Select->new;
        my $wsel = IO::Select->new;
        $rsel->add($sock) if $reading;
        $wsel->add($sock) if $writing;
        my ($r, $w, $e) = IO::Select->select($rsel, $wsel, undef, $timeout);
        if (!defined $r && !defined $w) {
            # timed out
            close $sock;
            if (!defined $block->get('abort')) {
                Test::More::fail("ERROR: client socket timed out - $name\n");
            } else {
                sleep 0.005;
            }
            return ($resp, $head_req);
        }

        if ($r && @$r) {
            while (1) {
                my $buf;
                my $n = sysread($sock, $buf, 4096);
                if (!defined $n) {
                    last if $! == EAGAIN || $! == EINTR;
                    warn "WARNING: $name - HTTP response read failure: $!\n";
                    $reading = 0;
                    $writing = 0;
                    last;
                }
                if ($n == 0) {
                    $reading = 0;
                    $writing = 0;
                    last;
                }
                $resp .= $buf;
            }
            last if !$reading;
        }

        if ($writing && $w && @$w) {
            while (1) {
                my $rest = length($wbuf) - $woff;
                if ($rest > 0) {
                    my $n = syswrite($sock, $wbuf, $rest, $woff);
                    if (!defined $n) {
                        last if $! == EAGAIN || $! == EINTR;
                        my $errmsg = "write failed: $!";
                        warn "$errmsg\n";
                        $resp = $errmsg if $resp eq '';
                        $writing = 0;
                        $reading = 0;
                        last;
                    }
                    $woff += $n;
                    next;
                }
                my $next = shift @bits;
                if (!defined $next) {
                    $writing = 0;
                    my $shutdown = $block->get('shutdown');
                    if (defined $shutdown) {
                        $shutdown = 1 if $shutdown !~ /\S/;
                        shutdown($sock, $shutdown);
                    }
                    last;
                }
                $wbuf = defined $next->{value} ? $next->{value} : '';
                $woff = 0;
                my $wait_time;
                if (defined $next->{delay_before}) {
                    $wait_time = $next->{delay_before};
                } elsif (defined $middle_delay) {
                    $wait_time = $middle_delay;
                }
                sleep $wait_time if $wait_time;
            }
        }
    }

    close $sock;
    return ($resp, $head_req);
}

# ---------------------------------------------------------------------------
# parsing responses
# ---------------------------------------------------------------------------

package Test::Nginx::Socket::Response;

sub new {
    my ($class, %args) = @_;
    return bless { code => $args{code}, message => $args{message},
                   protocol => $args{protocol}, headers => $args{headers} || [],
                   content => $args{content} }, $class;
}

sub code { my $s = shift; $s->{code} = shift if @_; $s->{code} }
sub message { $_[0]->{message} }
sub protocol { $_[0]->{protocol} }
sub content { my $s = shift; $s->{content} = shift if @_; $s->{content} }
sub decoded_content { $_[0]->{content} }
sub status_line { my $s = shift; join ' ', grep { defined } $s->{code}, $s->{message} }

sub _norm_field {
    my $f = lc shift;
    $f =~ tr/_/-/ if $f !~ /^:/;
    return $f;
}

sub header {
    my ($self, $name) = @_;
    my $want = _norm_field($name);
    my @vals = map { $_->[1] } grep { _norm_field($_->[0]) eq $want } @{ $self->{headers} };
    return undef unless @vals;
    return wantarray ? @vals : join(', ', @vals);
}

sub headers_list { @{ $_[0]->{headers} } }

# HTTP::Response->parse compatible (the parts the checks rely on)
sub parse {
    my ($class, $str) = @_;
    $str = '' unless defined $str;
    my $status_line;
    if ($str =~ s/^(.*)\n//) {
        $status_line = $1;
    } else {
        $status_line = $str;
        $str = '';
    }
    $status_line =~ s/\r\z//;
    my ($protocol, $code, $message);
    if ($status_line =~ /^\d{3} /) {
        ($code, $message) = split(' ', $status_line, 2);
    } else {
        ($protocol, $code, $message) = split(' ', $status_line, 3);
    }
    my @hdr;
    while (1) {
        if ($str =~ s/^([^\s:]+)[ \t]*: ?(.*)\n?//) {
            my ($k, $v) = ($1, $2);
            $v =~ s/\r\z//;
            push @hdr, [$k, $v];
        } elsif (@hdr && $str =~ s/^([ \t].*)\n?//) {
            my $c = $1;
            $c =~ s/\r\z//;
            $hdr[-1][1] .= "\n$c";
        } else {
            $str =~ s/^\r?\n//;
            last;
        }
    }
    return $class->new(code => $code, message => $message, protocol => $protocol,
                       headers => \@hdr, content => $str);
}

package Test::Nginx::Socket;

sub parse_response ($$$) {
    my ($name, $raw_resp, $head_req) = @_;
    my $left;

    my $raw_headers = '';
    if ($raw_resp =~ /(.*?\r\n)\r\n/s) {
        $raw_headers = $1;
    }

    my $res = Test::Nginx::Socket::Response->parse($raw_resp);
    my $code = $res->code;
    my $enc = $res->header('Transfer-Encoding');
    my $len = $res->header('Content-Length');

    if (defined $code && $code !~ /^\d+$/) {
        undef $code;
        $res->code(undef);
    }

    if ($code && ($code == 304 || $code == 101)) {
        return ($res, $raw_headers);
    }

    if (defined $enc && $enc eq 'chunked') {
        my $raw = $res->content;
        $raw = '' if !defined $raw;
        my $decoded = '';
        while (1) {
            if ($raw =~ /\G 0 [\ \t]* \r\n \r\n /gcsx) {
                if ($raw =~ /\G (.+) /gcsx) {
                    $left = $1;
                }
                last;
            }
            if ($raw =~ m{ \G [\ \t]* ( [A-Fa-f0-9]+ ) [\ \t]* \r\n }gcsx) {
                my $rest = hex($1);
                my $pos = pos($raw);
                if (length($raw) - $pos < $rest) {
                    Test::More::fail("$name - invalid chunked data received "
                                     . "(not enought octets for the data section)");
                    return;
                }
                $decoded .= substr($raw, $pos, $rest);
                pos($raw) = $pos + $rest;
                if ($raw !~ /\G\r\n/gcs) {
                    Test::More::fail("$name - invalid chunked data received (expected CRLF).");
                    return;
                }
            } elsif ($raw =~ /\G.+/gcs) {
                Test::More::fail("$name - invalid chunked body received: $&");
                return;
            } else {
                Test::More::fail("$name - no last chunk found - $raw");
                return;
            }
        }
        $res->content($decoded);

    } elsif (defined $len && $len ne '' && $len =~ /^\d+$/) {
        my $raw = $res->content;
        $raw = '' if !defined $raw;
        if (length $raw < $len) {
            if (!$head_req) {
                warn "WARNING: $name - response body truncated: "
                     . "$len expected, but got " . length($raw) . "\n";
            }
        } elsif (length $raw > $len) {
            $res->content(substr($raw, 0, $len));
            $left = substr($raw, $len);
        }
    }

    return ($res, $raw_headers, $left);
}

# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

sub _skip ($) {
    Test::More->builder->skip($_[0]);
}

sub get_indexed_value ($$$$) {
    my ($name, $value, $req_idx, $need_array) = @_;
    if ($need_array) {
        if (ref $value && ref $value eq 'ARRAY') {
            return $value->[$req_idx];
        }
        bail_out("$name - You asked for many requests, the expected results "
                 . "should be arrays as well.");
    }
    if (ref $value && ref $value eq 'ARRAY') {
        if ($req_idx != 0) {
            bail_out("$name - SHOULD NOT HAPPEN: idx != 0 and don't need array.");
        }
        return $value->[0];
    }
    return $value;
}

sub _parse_expected_headers ($) {
    my $s = shift;
    my (@keys, %headers);
    $s = '' if !defined $s;
    open my $in, '<', \$s;
    while (<$in>) {
        s/^\s+|\s+$//g;
        my $neg = ($_ =~ s/^!\s*//);
        my ($key, $val);
        if ($neg) {
            ($key, $val) = ($_, undef);
        } else {
            ($key, $val) = split /\s*:\s*/, $_, 2;
            $key = '' if !defined $key;
        }
        push @keys, $key unless exists $headers{$key};
        $headers{$key} = $val;
    }
    close $in;
    return (\@keys, \%headers);
}

sub check_error_code ($$$$$) {
    my ($block, $res, $dry_run, $req_idx, $need_array) = @_;
    my $name = $block->get('name');
    if ($dry_run) {
        _skip("$name - tests skipped due to $dry_run");
        return;
    }
    my $code = ($res && $res->code) || '';
    if (defined $block->get('error_code_like')) {
        my $val = get_indexed_value($name, $block->get('error_code_like'),
                                    $req_idx, $need_array);
        Test::More::like($code, qr/$val/sm, "$name - status code ok");
    } elsif (defined $block->get('error_code')) {
        my $val = get_indexed_value($name, $block->get('error_code'),
                                    $req_idx, $need_array);
        Test::More::is($code, $val, "$name - status code ok");
    } else {
        Test::More::is($code, 200, "$name - status code ok");
    }
}

sub check_raw_response_headers ($$$$$) {
    my ($block, $raw_headers, $dry_run, $req_idx, $need_array) = @_;
    my $name = $block->get('name');
    if (defined $block->get('raw_response_headers_like')) {
        if ($dry_run) {
            _skip("$name - raw_response_headers_like - tests skipped due to $dry_run");
        } else {
            my $expected = get_indexed_value($name,
                $block->get('raw_response_headers_like'), $req_idx, $need_array);
            Test::More::like($raw_headers, qr/$expected/s,
                             "$name - raw resp headers like");
        }
    }
    if (defined $block->get('raw_response_headers_unlike')) {
        if ($dry_run) {
            _skip("$name - raw_response_headers_unlike - tests skipped due to $dry_run");
        } else {
            my $expected = get_indexed_value($name,
                $block->get('raw_response_headers_unlike'), $req_idx, $need_array);
            Test::More::unlike($raw_headers, qr/$expected/s,
                               "$name - raw resp headers unlike");
        }
    }
}

sub check_response_headers ($$$$$$) {
    my ($block, $res, $raw_headers, $dry_run, $req_idx, $need_array) = @_;
    my $name = $block->get('name');
    if (defined $block->get('response_headers')) {
        my ($keys, $headers) = _parse_expected_headers(
            get_indexed_value($name, $block->get('response_headers'),
                              $req_idx, $need_array));
        for my $key (@$keys) {
            my $val = $headers->{$key};
            if (!defined $val) {
                if ($dry_run) {
                    _skip("$name - response_headers - tests skipped due to $dry_run");
                } else {
                    Test::More::unlike($raw_headers, qr/^\s*\Q$key\E\s*:/ms,
                        "$name - header $key not present in the raw headers");
                }
                next;
            }
            $val =~ s/\$ServerPortForClient\b/$ServerPortForClient/g;
            $val =~ s/\$ServerPort\b/$ServerPort/g;
            my $actual = $res ? $res->header($key) : undef;
            $actual = '' if !defined $actual;
            if ($dry_run) {
                _skip("$name - response_headers - tests skipped due to $dry_run");
            } else {
                Test::More::is($actual, $val, "$name - header $key ok");
            }
        }
    } elsif (defined $block->get('response_headers_like')) {
        my ($keys, $headers) = _parse_expected_headers(
            get_indexed_value($name, $block->get('response_headers_like'),
                              $req_idx, $need_array));
        for my $key (@$keys) {
            my $val = $headers->{$key};
            $val = '' if !defined $val;
            $val =~ s/\$ServerPortForClient\b/$ServerPortForClient/g;
            $val =~ s/\$ServerPort\b/$ServerPort/g;
            my $actual = $res ? $res->header($key) : undef;
            $actual = '' if !defined $actual;
            if ($dry_run) {
                _skip("$name - response_headers_like - tests skipped due to $dry_run");
            } else {
                Test::More::like($actual, qr/^$val$/, "$name - header $key like ok");
            }
        }
    }
}

sub check_response_body ($$$$$$$) {
    my ($block, $res, $dry_run, $req_idx, $repeated_req_idx, $need_array,
        $rand_ports) = @_;
    my $name = $block->get('name');

    if (defined $block->get('response_body')) {
        my $content = $res ? $res->content : undef;
        if (defined $content) {
            $content =~ s/^TE: deflate,gzip;q=0\.3\r\n//gms;
            $content =~ s/^Connection: TE, close\r\n//gms;
        }
        my $expected = get_indexed_value($name, $block->get('response_body'),
                                         $req_idx, $need_array);
        if (defined $expected && !ref $expected) {
            $expected =~ s/\$ServerPortForClient\b/$ServerPortForClient/g;
            $expected =~ s/\$ServerPort\b/$ServerPort/g;
            $expected = expand_env_in_text($expected, $name, $rand_ports);
        }
        if ($dry_run) {
            _skip("$name - response_body - tests skipped due to $dry_run");
        } elsif (ref $expected) {
            Test::More::like($content, $expected,
                "$name - response_body - like (repeated req $repeated_req_idx, req $req_idx)");
        } else {
            is_str($content, $expected,
                "$name - response_body - response is expected (repeated req $repeated_req_idx, req $req_idx)");
        }

    } elsif (defined $block->get('response_body_like')
             || defined $block->get('response_body_unlike'))
    {
        my ($patterns, $type);
        if (defined $block->get('response_body_like')) {
            $patterns = $block->get('response_body_like');
            $type = 'like';
        } else {
            $patterns = $block->get('response_body_unlike');
            $type = 'unlike';
        }
        my $content = $res ? $res->content : undef;
        if (defined $content) {
            $content =~ s/^TE: deflate,gzip;q=0\.3\r\n//gms;
            $content =~ s/^Connection: TE, close\r\n//gms;
        }
        my $pat = get_indexed_value($name, $patterns, $req_idx, $need_array);
        if (defined $pat && !ref $pat) {
            $pat =~ s/\$ServerPortForClient\b/$ServerPortForClient/g;
            $pat =~ s/\$ServerPort\b/$ServerPort/g;
        }
        $pat = '' if !defined $pat;
        my $summary = trim($content);
        $summary = '' if !defined $summary;
        if ($dry_run) {
            _skip("$name - response_body_$type - tests skipped due to $dry_run");
        } elsif ($type eq 'like') {
            Test::More::like($content, qr/$pat/s,
                "$name - response_body_like - response is expected ($summary)");
        } else {
            Test::More::unlike($content, qr/$pat/s,
                "$name - response_body_unlike - response is expected ($summary)");
        }
    }

    for my $check (@ResponseBodyChecks) {
        $check->($block, $res ? $res->content : undef, $req_idx,
                 $repeated_req_idx, $dry_run);
    }
}

sub error_log_data () {
    # for the log-phase lines written after the connection is closed
    sleep $TestNginxSleep * 3;

    my @lines;
    if (open my $in, '<', $ErrLogFile) {
        if (!$CheckAccumErrLog && $ErrLogFilePos > 0) {
            seek $in, $ErrLogFilePos, 0;
        }
        @lines = <$in>;
        if (!$CheckAccumErrLog) {
            $ErrLogFilePos = tell($in);
        }
        close $in;
    }

    # stderr of a failed start (must_die) that did not make it into the log
    if (@StartupStderrLines && ($CheckAccumErrLog || !$StartupStderrUsed)) {
        $StartupStderrUsed = 1;
        for my $l (@StartupStderrLines) {
            my $msg = $l;
            $msg =~ s/^nginx: \[\w+\] //;
            chomp $msg;
            next if grep { index($_, $msg) >= 0 } @lines;
            push @lines, $l;
        }
    }

    return \@lines;
}

sub _value_contains ($$) {
    my ($val, $pat) = @_;
    return 0 if !defined $val;
    if (!ref $val || ref $val eq 'Regexp') {
        return "$val" =~ /\Q$pat\E/ ? 1 : 0;
    }
    if (ref $val eq 'ARRAY') {
        for my $v (@$val) {
            return 1 if _value_contains($v, $pat);
        }
    }
    return 0;
}

sub _pats_list ($) {
    my $pats = shift;
    if (!ref $pats) {
        chomp $pats;
        return [ split /\n+/, $pats ];
    }
    if (ref $pats eq 'Regexp') {
        return [ $pats ];
    }
    return [ @$pats ];
}

sub _line_matches ($$) {
    my ($line, $pat) = @_;
    if (ref $pat) {
        return 1 if $line =~ /$pat/;
    }
    return 1 if $line =~ /\Q$pat\E/;
    return 0;
}

sub check_error_log ($$$$$;$) {
    my ($block, $res, $dry_run, $repeated_req_idx, $need_array, $rand_ports) = @_;
    my $name = $block->get('name');
    my $lines;
    $rand_ports ||= {};

    my $check_alert = 1;
    my $check_crit = 1;
    my $check_emerg = 1;

    my $grep_pat;
    my $grep_pats = $block->get('grep_error_log');
    if (defined $grep_pats) {
        if (ref $grep_pats && ref $grep_pats eq 'ARRAY') {
            $grep_pat = $grep_pats->[$repeated_req_idx];
        } else {
            $grep_pat = $grep_pats;
        }
    } elsif (defined $block->get('grep_error_log_out')) {
        bail_out("$name - No --- grep_error_log defined but --- grep_error_log_out is defined");
    }

    if (defined $grep_pat) {
        my $expected = $block->get('grep_error_log_out');
        if (!defined $expected) {
            bail_out("$name - No --- grep_error_log_out defined but --- grep_error_log is defined");
        }
        if (ref $expected && ref $expected eq 'ARRAY') {
            $expected = $expected->[$repeated_req_idx];
        }
        if (defined $expected && !ref $expected) {
            $expected = expand_env_in_text($expected, $name, $rand_ports);
        }
        if ($dry_run) {
            _skip("$name - error_log - tests skipped due to $dry_run");
        } else {
            $lines ||= error_log_data();
            my $matched_lines = '';
            for my $line (@$lines) {
                my $matched;
                if (ref $grep_pat && $line =~ /$grep_pat/) {
                    $matched = $&;
                } elsif ($line =~ /\Q$grep_pat\E/) {
                    $matched = $&;
                }
                if (defined $matched && $matched !~ /\n/) {
                    $matched_lines .= $matched . "\n";
                }
            }
            if (ref $expected && ref $expected eq 'Regexp') {
                Test::More::like($matched_lines, $expected,
                    "$name - grep_error_log_out (req $repeated_req_idx)");
            } else {
                is_str($matched_lines, $expected,
                    "$name - grep_error_log_out (req $repeated_req_idx)");
            }
        }
    }

    if (defined $block->get('error_log')) {
        my $pats = $block->get('error_log');
        $check_alert = 0 if _value_contains($pats, "[alert");
        $check_crit = 0 if _value_contains($pats, "[crit");
        $check_emerg = 0 if _value_contains($pats, "[emerg");
        $pats = _pats_list($pats);

        $lines ||= error_log_data();
        for my $line (@$lines) {
            for my $pat (@$pats) {
                next if !defined $pat;
                if (_line_matches($line, $pat)) {
                    if ($dry_run) {
                        _skip("$name - error_log - tests skipped due to $dry_run");
                    } else {
                        Test::More::pass("$name - pattern \"$pat\" matches a line "
                                         . "in error.log (req $repeated_req_idx)");
                    }
                    undef $pat;
                }
            }
        }
        for my $pat (@$pats) {
            next if !defined $pat;
            if ($dry_run) {
                _skip("$name - error_log - tests skipped due to $dry_run");
            } else {
                Test::More::fail("$name - pattern \"$pat\" should match a line "
                                 . "in error.log (req $repeated_req_idx)");
            }
        }
    }

    if (defined $block->get('no_error_log')) {
        my $pats = $block->get('no_error_log');
        $check_alert = 0 if _value_contains($pats, "[alert");
        $check_crit = 0 if _value_contains($pats, "[crit");
        $check_emerg = 0 if _value_contains($pats, "[emerg");
        $pats = _pats_list($pats);

        my %found;
        $lines ||= error_log_data();
        my $i = 0;
        for my $line (@$lines) {
            for my $pat (@$pats) {
                next if !defined $pat;
                if (_line_matches($line, $pat)) {
                    $found{$pat} = 1;
                    if ($dry_run) {
                        _skip("$name - no_error_log - tests skipped due to $dry_run ($line)");
                    } else {
                        my $ln = fmt_str($line);
                        my $p = fmt_str($pat);
                        my @more;
                        for (my $j = $i + 1; $j < min($i + 10, @$lines - 1); $j++) {
                            push @more, $lines->[$j];
                        }
                        Test::More::fail("$name - pattern \"$p\" should not match any "
                            . "line in error.log but matches line \"$ln\" "
                            . "(req $repeated_req_idx)\n" . join('', @more));
                    }
                }
            }
        } continue {
            $i++;
        }
        for my $pat (@$pats) {
            next if !defined $pat;
            next if $found{$pat};
            if ($dry_run) {
                _skip("$name - no_error_log - tests skipped due to $dry_run");
            } else {
                my $p = fmt_str($pat);
                Test::More::pass("$name - pattern \"$p\" does not match a line "
                                 . "in error.log (req $repeated_req_idx)");
            }
        }
    }

    return if $dry_run;

    $lines ||= error_log_data();

    for my $spec ([$check_alert, 'alert'], [$check_crit, 'crit'],
                  [$check_emerg, 'emerg'])
    {
        my ($on, $lvl) = @$spec;
        next unless $on;
        for my $line (@$lines) {
            if ($line =~ /\[$lvl\]/) {
                warn "WARNING: $name - " . fmt_str($line) . "\n";
            }
        }
    }

    for my $line (@$lines) {
        if ($line =~ /\bAssertion .*?failed\b/) {
            my $l = $line;
            chomp $l;
            Test::More::fail("$name - $l\n");
        }
    }
}

# ---------------------------------------------------------------------------
# per-repeat test driver
# ---------------------------------------------------------------------------

sub run_test_helper ($$$$) {
    my ($block, $dry_run, $repeated_req_idx, $rand_ports) = @_;
    my $name = $block->get('name');

    my $r_req_list = get_req_from_block($block, $rand_ports);
    if (!@$r_req_list) {
        bail_out("$name - request empty");
    }

    if ($CheckLeak) {
        $dry_run ||= "the \"check leak\" testing mode";
        if (!defined $block->get('no_check_leak')) {
            _check_leak($block, $r_req_list->[0]);
        }
    }

    my $timeout = parse_time($block->get('timeout'));
    if (!defined $timeout || $timeout eq '') {
        $timeout = parse_time(timeout());
    }

    my $res;
    my $req_idx = 0;
    my $need_array;
    my $pipelined = $block->get('pipelined_requests');

    for my $one_req (@$r_req_list) {
        my ($raw_resp, $head_req);
        if ($dry_run) {
            $raw_resp = "200 OK HTTP/1.0\r\nContent-Length: 0\r\n\r\n";
        } else {
            ($raw_resp, $head_req) = send_request($one_req,
                $block->get('raw_request_middle_delay'), $timeout, $block);
        }

        my $n = 0;
        if ($pipelined) {
            $n = @$pipelined;
            $need_array = 1;
        } else {
            $need_array = @$r_req_list > 1 ? 1 : 0;
        }

        while (1) {
            $raw_resp = '' if !defined $raw_resp;
            if ($Verbose) {
                warn "!!! resp: [$raw_resp]\n";
            }

            my ($raw_headers, $left);
            if (!defined $block->get('ignore_response')) {
                if (defined $block->get('http09')) {
                    $res = Test::Nginx::Socket::Response->new(
                        code => 200, message => 'OK', content => $raw_resp);
                    $raw_headers = '';
                } else {
                    ($res, $raw_headers, $left) = parse_response($name, $raw_resp,
                                                                 $head_req);
                }
            }

            if (!$n) {
                if (defined $left && $left ne '') {
                    (my $l = $left) =~ s/([\0-\037\200-\377])/sprintf('\x{%02x}', ord $1)/eg;
                    warn "WARNING: $name - unexpected extra bytes after last chunk in "
                         . "response: \"$l\"\n";
                }
            } else {
                $raw_resp = $left;
                $n--;
            }

            if (!defined $block->get('ignore_response')) {
                check_error_code($block, $res, $dry_run, $req_idx, $need_array);
                check_raw_response_headers($block, $raw_headers, $dry_run, $req_idx,
                                           $need_array);
                check_response_headers($block, $res, $raw_headers, $dry_run, $req_idx,
                                       $need_array);
                check_response_body($block, $res, $dry_run, $req_idx,
                                    $repeated_req_idx, $need_array, $rand_ports);
            }

            if ($n || $req_idx < @$r_req_list - 1) {
                my $wait = parse_time($block->get('wait'));
                sleep $wait if $wait;
                check_error_log($block, $res, $dry_run, $repeated_req_idx,
                                $need_array, $rand_ports);
            }

            $req_idx++;
            last unless $n;
        }
    }

    my $wait = parse_time($block->get('wait'));
    sleep $wait if $wait;

    check_error_log($block, $res, $dry_run, $repeated_req_idx, $need_array,
                    $rand_ports);
}

# ---------------------------------------------------------------------------
# leak mode (TEST_NGINX_CHECK_LEAK): a dry run that samples nginx's RSS
# while the request is hammered by ab/weighttp (or a built-in loop)
# ---------------------------------------------------------------------------

sub _check_leak {
    my ($block, $req) = @_;
    my $name = $block->get('name');
    warn "$name\n";

    my $raw = join '', map { defined $_->{value} ? $_->{value} : '' } @$req;
    $raw =~ s/\r\nConnection: close\r\n/\r\nConnection: keep-alive\r\n/;

    my $pid = fork();
    if (!defined $pid) {
        bail_out("$name - fork() failed: $!");
    }
    if ($pid == 0) {
        $InSubprocess = 1;
        local $SIG{PIPE} = 'IGNORE';
        my $deadline = time + 600;
        while (time < $deadline) {
            my $s = IO::Socket::INET->new(PeerAddr => $ServerAddr,
                                          PeerPort => $ServerPortForClient,
                                          Proto => 'tcp', Timeout => 1);
            if (!$s) { sleep 0.01; next }
            (my $r = $raw) =~ s/\r\nConnection: keep-alive\r\n/\r\nConnection: close\r\n/;
            syswrite($s, $r);
            my $buf;
            1 while sysread($s, $buf, 65536);
            close $s;
        }
        POSIX::_exit(0);
    }

    sleep 1;
    my $ngx_pid = get_pid_from_pidfile($name);
    my @rss;
    if ($ngx_pid) {
        for (my $i = 0; $i < $CheckLeakCount; $i++) {
            sleep 0.02;
            my $f = "/proc/$ngx_pid/status";
            open my $in, '<', $f or last;
            while (<$in>) {
                if (/^VmRSS:\s+(\d+)/) { push @rss, $1; last }
            }
            close $in;
        }
    }
    warn "LeakTest: [@rss]\n";
    if (@rss) {
        warn "LeakTest: k=" . _slope(\@rss) . "\n";
    } else {
        warn "LeakTest: k=N/A\n";
    }
    kill(SIGKILL, $pid);
    waitpid($pid, 0);
}

sub _slope {
    my $list = shift;
    my $n = @$list;
    my $avg_x = ($n + 1) / 2;
    my $avg_y = sum(@$list) / $n;
    my $x = 0;
    my $avg_xy = sum(map { $x++; $x * $_ } @$list) / $n;
    my $avg_x2 = sum(map { $_ * $_ } 1 .. $n) / $n;
    my $denom = $avg_x2 - $avg_x * $avg_x;
    return 'Inf' if $denom == 0;
    return sprintf("%.01f", ($avg_xy - $avg_x * $avg_y) / $denom);
}

1;
__END__

=head1 NAME

Test::Nginx::Socket - minimal, core-Perl-only stand-in for the CPAN module

=head1 DESCRIPTION

See t/lib/README.md.  Only used when the real Test::Nginx is not installed.

=cut
