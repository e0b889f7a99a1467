#!/usr/bin/perl
#
# t/catalog/check-catalog.pl: tests of the default rules catalog
# (conf/privacy_rules.conf) and its generator (conf/generate-rules).
#
#     prove t/catalog/check-catalog.pl
#
# 1. the committed catalog is what the generator writes (--check), and
#    --check fails on a stale or missing catalog;
# 2. the generator is deterministic (two runs, byte-identical);
# 3. the catalog, read the way nginx reads it and matched with the
#    precedence the module uses, classifies well-known first-party session
#    cookies as necessary (or not at all) and well-known trackers, pixels
#    and beacons in the right category, and leaves whole platforms alone;
# 4. it is well formed: balanced braces, one statement a line, canonical
#    quoting, no cookie prefix of 3 characters or fewer, no duplicate rule,
#    only the four built-in categories, regexes that compile;
# 5. every inline-script signature of conf/sources/script-signatures.tsv is
#    emitted in its category, each one classifies a documented vendor
#    snippet, and none occurs in ordinary page scripts.
#
# Core Perl only.

use strict;
use warnings;

use Cwd ();
use File::Spec ();
use File::Temp ();
use FindBin ();
use IPC::Open3 ();
use Symbol ();
use Test::More;

my $ROOT    = Cwd::abs_path(File::Spec->catdir($FindBin::Bin, '..', '..'));
my $GEN     = File::Spec->catfile($ROOT, 'conf', 'generate-rules');
my $CATALOG = File::Spec->catfile($ROOT, 'conf', 'privacy_rules.conf');
my @CATEGORIES = qw(necessary preferences analytics marketing);

# run the generator; returns (exit code, combined stdout and stderr)
sub generate {
    my @args = @_;
    my $err = Symbol::gensym();
    my $pid = IPC::Open3::open3(my $in, my $out, undef, $^X, $GEN, @args);
    close $in;
    local $/;
    my $text = <$out> // '';
    waitpid $pid, 0;
    return ($? >> 8, $text);
}

sub slurp {
    my ($path) = @_;
    open my $fh, '<:raw', $path or die "$path: $!";
    local $/;
    return scalar <$fh>;
}

sub spew {
    my ($path, $data) = @_;
    open my $fh, '>:raw', $path or die "$path: $!";
    print {$fh} $data;
    close $fh or die "$path: $!";
}

my $tmp = File::Temp->newdir();


###########################################################################
# 1. --check
###########################################################################

{
    my ($rc, $out) = generate('--check');
    is($rc, 0, 'conf/generate-rules --check: committed catalog is up to date')
        or diag($out);

    my $stale = File::Spec->catfile($tmp, 'stale.conf');
    my $text = slurp($CATALOG);
    $text =~ s/^(    cookie _ga;)/$1\n    cookie _stale_test;/m
        or die 'no "cookie _ga;" line to edit';
    spew($stale, $text);
    ($rc, $out) = generate('--check', '--output', $stale);
    isnt($rc, 0, '--check fails on a stale catalog');
    like($out, qr/stale/, '--check says why');

    my $missing = File::Spec->catfile($tmp, 'missing.conf');
    ($rc, $out) = generate('--check', '--output', $missing);
    isnt($rc, 0, '--check fails on a missing catalog');
}


###########################################################################
# 2. determinism
###########################################################################

{
    my $a = File::Spec->catfile($tmp, 'a.conf');
    my $b = File::Spec->catfile($tmp, 'b.conf');
    my ($rc1, $out1) = generate('--output', $a);
    my ($rc2, $out2) = generate('--output', $b);
    is($rc1, 0, 'first run succeeds') or diag($out1);
    is($rc2, 0, 'second run succeeds') or diag($out2);
    ok(slurp($a) eq slurp($b), 'two runs give byte-identical output');
    ok(slurp($a) eq slurp($CATALOG), 'and the same as the committed catalog');
}


###########################################################################
# Reading the catalog the way nginx does (ngx_conf_read_token)
###########################################################################

# Returns a list of statements { args => [...], raw => [...], line => N,
# block => 'start' | 'end' | undef }.  Follows ngx_conf_read_token: tokens
# end at white space, ';' or '{' (a '{' right after '$' does not end one);
# '#' at the start of a token begins a comment; a token may be single- or
# double-quoted; a backslash makes the next character literal, and when the
# word is copied "\"", "\'", "\\" lose the backslash and "\t", "\r", "\n"
# become control characters.
sub nginx_tokenize {
    my ($text) = @_;
    my @st;
    my @args;
    my @raw;
    my $line = 1;
    my ($start, $start_line);
    my ($last_space, $sharp, $quoted, $dq, $sq, $need_space, $variable)
        = (1, 0, 0, 0, 0, 0, 0);
    my $n = length $text;

    my $word = sub {
        my ($from, $to) = @_;        # [from, to) without the quotes
        my $w = substr $text, $from, $to - $from;
        my $out = '';
        for (my $i = 0; $i < length $w; $i++) {
            my $ch = substr $w, $i, 1;
            if ($ch eq '\\' && $i + 1 < length $w) {
                my $nx = substr $w, $i + 1, 1;
                if ($nx eq '"' || $nx eq "'" || $nx eq '\\') {
                    $out .= $nx; $i++; next;
                }
                if ($nx eq 't') { $out .= "\t"; $i++; next }
                if ($nx eq 'r') { $out .= "\r"; $i++; next }
                if ($nx eq 'n') { $out .= "\n"; $i++; next }
            }
            $out .= $ch;
        }
        return $out;
    };
    my $end = sub {
        my ($block) = @_;
        push @st, { args => [@args], raw => [@raw], line => $start_line,
                    block => $block };
        @args = ();
        @raw = ();
    };

    for (my $pos = 0; $pos < $n; $pos++) {
        my $ch = substr $text, $pos, 1;
        if ($ch eq "\n") {
            $line++;
            $sharp = 0 if $sharp;
        }
        next if $sharp;
        if ($quoted) { $quoted = 0; next }
        if ($need_space) {
            if ($ch =~ /[ \t\r\n]/) { $last_space = 1; $need_space = 0; next }
            if ($ch eq ';') { $end->(undef); $last_space = 1; $need_space = 0; next }
            if ($ch eq '{') { $end->('start'); $last_space = 1; $need_space = 0; next }
            die "line $line: unexpected '$ch'\n";
        }
        if ($last_space) {
            next if $ch =~ /[ \t\r\n]/;
            $start = $pos;
            $start_line = $line unless @args;
            if ($ch eq ';' || $ch eq '{') {
                die "line $line: unexpected '$ch'\n" unless @args;
                $end->($ch eq '{' ? 'start' : undef);
                next;
            }
            if ($ch eq '}') {
                die "line $line: unexpected '}'\n" if @args;
                $start_line = $line;
                $end->('end');
                next;
            }
            if ($ch eq '#') { $sharp = 1; next }
            $last_space = 0;
            if ($ch eq '\\') { $quoted = 1; next }
            if ($ch eq '"') { $start++; $dq = 1; next }
            if ($ch eq "'") { $start++; $sq = 1; next }
            if ($ch eq '$') { $variable = 1; next }
            next;
        }
        if ($ch eq '{' && $variable) { next }
        $variable = 0;
        if ($ch eq '\\') { $quoted = 1; next }
        if ($ch eq '$') { $variable = 1; next }
        my $found = 0;
        if ($dq) {
            if ($ch eq '"') { $dq = 0; $need_space = 1; $found = 1 }
        } elsif ($sq) {
            if ($ch eq "'") { $sq = 0; $need_space = 1; $found = 1 }
        } elsif ($ch =~ /[ \t\r\n;{]/) {
            $last_space = 1;
            $found = 1;
        }
        if ($found) {
            my $from = $start;
            my $rawfrom = ($need_space ? $start - 1 : $start);
            push @args, $word->($from, $pos);
            push @raw, substr $text, $rawfrom, $pos + ($need_space ? 1 : 0)
                                                - $rawfrom;
            if ($ch eq ';' && !$need_space) { $end->(undef) }
            elsif ($ch eq '{' && !$need_space) { $end->('start') }
        }
    }
    die "unexpected end of file\n" if @args || $dq || $sq;
    return @st;
}

# the generator's quoting rule, to check that every token is canonical
sub nginx_token {
    my ($s) = @_;
    (my $e = $s) =~ s/\\(?=["'\\tnr]|$)/\\\\/g;
    if ($s eq '' || $s =~ /[\s;{}#"']/) {
        $e =~ s/"/\\"/g;
        return qq{"$e"};
    }
    return $e;
}

# script literals: always double-quoted, every backslash doubled, every
# double quote escaped
sub nginx_quoted {
    my ($s) = @_;
    (my $e = $s) =~ s/(["\\])/\\$1/g;
    return qq{"$e"};
}

{
    # self-test of the tokenizer on the quoting cases the catalog may use
    my @t = nginx_tokenize(qq{a "b c;" 'd{e}' f\\"g ~^x\\d+\$ "h\\"i" "j\\\\k";\n}
                           . qq{x { y z; }  # c;\n});
    is_deeply([map { $_->{args} } @t],
              [['a', 'b c;', 'd{e}', 'f"g', '~^x\\d+$', 'h"i', 'j\\k'],
               ['x'], ['y', 'z'], []],
              'tokenizer reads quotes, escapes and comments like nginx');
    for my $v ('Site History', 'a;b', 'q"q', "s'q", 'b\\s', 'e\\', 'x{1}',
               '~^a\\d{2}$', 'a#b', 'p\\tq') {
        my ($s) = nginx_tokenize("k " . nginx_token($v) . ";\n");
        is($s->{args}[1], $v, "value '$v' survives quoting");
    }
    for my $v (q{_paq.push(['setTrackerUrl'}, q{_paq.push(["setTrackerUrl"},
               q{.quantserve.com/quant.js}, q{a\\b}, q{a\\"b}, q{a\\tb},
               q{tail\\}, q{x;y{z}#'$}, q{${x}}, q{\\\\}) {
        my ($s) = nginx_tokenize("script " . nginx_quoted($v) . ";\n");
        is($s->{args}[1], $v, "script literal '$v' survives quoting");
    }
}


###########################################################################
# 4. structure
###########################################################################

my $text = slurp($CATALOG);
my @stmts = eval { nginx_tokenize($text) };
is($@, '', 'the catalog tokenizes like an nginx config') or BAIL_OUT($@);

ok($text !~ /[^\x00-\x7f]/, 'catalog is ASCII');
ok($text !~ /\r/, 'catalog has LF line endings');
ok($text =~ /\n\z/, 'catalog ends in a newline');
ok($text =~ m{^# Generated by conf/generate-rules -- do not edit; override in your own$}m,
   'header says it is generated, not to be edited, and to override instead');
ok($text =~ /Open Cookie Database/ && $text =~ /Apache License 2\.0/,
   'header names the Open Cookie Database and its licence');
ok($text =~ /third-party-web/ && $text =~ /Copyright \(c\) 2019 Patrick Hulce/
   && $text =~ /Permission is hereby granted/,
   'header names third-party-web and carries its MIT notice');
ok($text =~ /trackers\.tsv/, 'header names trackers.tsv');

# every line: blank, comment, "privacy_category NAME {", "}", or one
# statement ending in ";" (optionally followed by a comment)
{
    my @bad;
    my $n = 0;
    for my $l (split /\n/, $text) {
        $n++;
        next if $l =~ /^\s*(#.*)?$/;
        next if $l =~ /^privacy_category [a-z]+ \{$/;
        next if $l =~ /^\}$/;
        next if $l =~ /^    (cookie|host|url) (\S+|"(?:[^"\\]|\\.)*");(\s+#.*)?$/;
        next if $l =~ /^    script "(?:[^"\\]|\\.)*";(\s+#.*)?$/;
        push @bad, "$n: $l";
    }
    is_deeply(\@bad, [], 'every line is a block line, a rule ending in ";", '
        . 'a comment or blank') or diag(join "\n", @bad[0 .. ($#bad > 9 ? 9 : $#bad)]);
}

# blocks and rules
my %rules;          # category => { cookie_exact => {}, cookie_prefix => [],
                    #               cookie_regex => [], host => {}, url_prefix
                    #               => [], url_regex => [], script => [] }
my (@order_cookie_re, @order_url_re);
{
    my ($depth, $cat, %seen_cat, %seen_rule, @errors) = (0);
    my ($short, $dups, $badre, $badhost, $badurl, $noncanon, $badname,
        $badscript) = (0) x 8;
    for my $s (@stmts) {
        my @a = @{ $s->{args} };
        if (($s->{block} // '') eq 'start') {
            $depth++;
            push @errors, "line $s->{line}: nested block" if $depth > 1;
            if (@a == 2 && $a[0] eq 'privacy_category') {
                $cat = $a[1];
                push @errors, "line $s->{line}: category $cat"
                    unless grep { $_ eq $cat } @CATEGORIES;
                push @errors, "line $s->{line}: second $cat block"
                    if $seen_cat{$cat}++;
            } else {
                push @errors, "line $s->{line}: block '@a'";
            }
            next;
        }
        if (($s->{block} // '') eq 'end') {
            $depth--;
            push @errors, "line $s->{line}: unbalanced '}'" if $depth < 0;
            $cat = undef;
            next;
        }
        if ($depth != 1 || !defined $cat) {
            push @errors, "line $s->{line}: '@a' outside a block";
            next;
        }
        if (@a != 2 || $a[0] !~ /^(cookie|host|url|script)$/) {
            push @errors, "line $s->{line}: bad statement '@a'";
            next;
        }
        my ($type, $v) = @a;
        if ($s->{raw}[1] ne ($type eq 'script' ? nginx_quoted($v)
                                               : nginx_token($v))) {
            $noncanon++;
            diag("line $s->{line}: '$s->{raw}[1]' is not quoted canonically");
        }
        if ($seen_rule{"$type $v"}++) {
            $dups++;
            diag("line $s->{line}: duplicate rule $type $v");
        }
        my $r = $rules{$cat} ||= {};
        if ($type eq 'cookie') {
            if ($v =~ /^~(.*)$/s) {
                my $re = $1;
                if (eval { qr/$re/ }) {
                    push @{ $r->{cookie_regex} }, $re;
                    push @order_cookie_re, [$re, $cat];
                } else {
                    $badre++;
                    diag("line $s->{line}: regex $re: $@");
                }
            } elsif ($v =~ /[\x00-\x20\x7f-\xff()<>@,;:\\"\/\[\]?={}]|\*./) {
                $badname++;
                diag("line $s->{line}: cookie $v is not an RFC 6265 token");
            } elsif ($v =~ /^(.*)\*$/s) {
                my $p = $1;
                if (length $p <= 3) {
                    $short++;
                    diag("line $s->{line}: short prefix $v");
                }
                push @{ $r->{cookie_prefix} }, $p;
            } else {
                $r->{cookie_exact}{$v} = 1;
            }
        } elsif ($type eq 'host') {
            if ($v =~ /^~/ || $v !~ /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/) {
                $badhost++;
                diag("line $s->{line}: host $v");
            }
            $r->{host}{$v} = 1;
        } elsif ($type eq 'script') {
            if ($v =~ /[^\x20-\x7e]/ || length $v < 8 || $v =~ /^[ ~]| $/) {
                $badscript++;
                diag("line $s->{line}: script literal '$v'");
            }
            push @{ $r->{script} }, $v;
        } else {
            if ($v =~ /^~(.*)$/s) {
                my $re = $1;
                if (eval { qr/$re/ }) {
                    push @{ $r->{url_regex} }, $re;
                    push @order_url_re, [$re, $cat];
                } else {
                    $badre++;
                    diag("line $s->{line}: regex $re: $@");
                }
            } elsif ($v =~ m{^https://[a-z0-9.-]+/\S*$}) {
                push @{ $r->{url_prefix} }, $v;
            } else {
                $badurl++;
                diag("line $s->{line}: url $v");
            }
        }
    }
    push @errors, "unbalanced braces at end of file" if $depth != 0;
    is_deeply(\@errors, [], 'braces balanced, one block per built-in category, '
        . 'only cookie/host/url/script rules inside')
        or diag(join "\n", @errors);
    is_deeply([sort keys %seen_cat], [sort @CATEGORIES],
              'all four built-in categories are there');
    is($short, 0, 'no cookie prefix of 3 characters or fewer');
    is($badname, 0, 'every cookie name is an RFC 6265 token (the module '
        . 'refuses anything else)');
    is($dups, 0, 'no rule appears twice (in any category)');
    is($badre, 0, 'every regex compiles');
    is($badhost, 0, 'every host is a lowercase host name');
    is($badurl, 0, 'every url prefix is https://host/...');
    is($badscript, 0, 'every script literal is printable ASCII, 8 characters '
        . 'or more, without leading "~" or surrounding space');
    is($noncanon, 0, 'every value is quoted exactly when it needs to be');
}

# the counts in the header match the rules
{
    my %n;
    for my $cat (@CATEGORIES) {
        my $r = $rules{$cat} || {};
        $n{$cat} = [ scalar keys %{ $r->{cookie_exact} || {} },
                     scalar @{ $r->{cookie_prefix} || [] },
                     scalar @{ $r->{cookie_regex} || [] },
                     scalar keys %{ $r->{host} || {} },
                     scalar @{ $r->{url_prefix} || [] },
                     scalar @{ $r->{url_regex} || [] },
                     scalar @{ $r->{script} || [] } ];
    }
    for my $cat (@CATEGORIES) {
        my ($row) = $text =~ /^#   \Q$cat\E((?:\s+\d+){8})$/m;
        ok(defined $row, "header has a count row for $cat") or next;
        my @h = split ' ', $row;
        my $total = 0;
        $total += $_ for @{ $n{$cat} };
        is_deeply(\@h, [@{ $n{$cat} }, $total], "header counts for $cat");
    }
}


# docs/rules-catalog.md shows the same counts
{
    my $doc = slurp(File::Spec->catfile($ROOT, 'docs', 'rules-catalog.md'));
    my ($table) = $doc =~ /<!-- counts:[^\n]*\n(.*?)<!-- end counts -->/s;
    ok(defined $table, 'docs/rules-catalog.md has the counts table');
    for my $cat (@CATEGORIES, 'total') {
        my ($hdr) = $text =~ /^#   \Q$cat\E((?:\s+\d+){8})$/m;
        my ($row) = ($table // '') =~ /^\| \Q$cat\E ((?:\| \d+ )+)\|$/m;
        is(join(' ', ($row // '') =~ /(\d+)/g), join(' ', split ' ', $hdr // ''),
           "docs/rules-catalog.md counts for $cat match the catalog");
    }
}


###########################################################################
# 3. matching, with the module's precedence
###########################################################################
#
# As ngx_http_privacy_rules.c does it.  Cookies: an exact name beats a
# prefix, the longest prefix wins, regexes come last (in file order).  URLs
# (after http: and // are normalised to https: and the host lowercased):
# the longest url prefix, then host rules (the host itself or the nearest
# parent domain that has one), then url regexes (file order).  Returns the
# category, or undef for unclassified.

my (%EXACT, %PREFIX, %HOSTS, %URLP);
for my $cat (keys %rules) {
    $EXACT{$_}  = $cat for keys %{ $rules{$cat}{cookie_exact} || {} };
    $PREFIX{$_} = $cat for @{ $rules{$cat}{cookie_prefix} || [] };
    $HOSTS{$_}  = $cat for keys %{ $rules{$cat}{host} || {} };
    $URLP{$_}   = $cat for @{ $rules{$cat}{url_prefix} || [] };
}

sub classify_cookie {
    my ($name) = @_;
    return $EXACT{$name} if exists $EXACT{$name};
    for my $len (reverse 1 .. length $name) {
        my $p = substr $name, 0, $len;
        return $PREFIX{$p} if exists $PREFIX{$p};
    }
    for my $re (@order_cookie_re) {
        return $re->[1] if $name =~ /$re->[0]/;
    }
    return undef;
}

sub classify_url {
    my ($url) = @_;
    $url =~ s{^//}{https://};
    $url =~ s{^http:}{https:}i;
    $url =~ s{^(https://)([^/?#]*)}{lc($1) . lc($2)}ie;
    my $best;
    for my $p (keys %URLP) {
        next unless substr($url, 0, length $p) eq $p;
        $best = $p if !defined $best || length $p > length $best;
    }
    return $URLP{$best} if defined $best;
    my ($host) = $url =~ m{^https://([^/?#:]+)};
    if (defined $host) {
        my @l = split /\./, $host;
        for my $i (0 .. $#l) {
            my $h = join '.', @l[$i .. $#l];
            return $HOSTS{$h} if exists $HOSTS{$h};
        }
    }
    for my $re (@order_url_re) {
        return $re->[1] if $url =~ /$re->[0]/;
    }
    return undef;
}

sub show { defined $_[0] ? $_[0] : 'unclassified' }

# the helper itself follows the precedence
is(classify_cookie('_gat_pro'), 'necessary',
   'helper: exact name (_gat_pro, Snapwidget) beats the _gat* prefix');
is(classify_cookie('_gat_gtag_UA_1234_1'), 'analytics',
   'helper: the longest prefix wins (_gat_gtag_*)');

# well-known first-party session, security and shop cookies: necessary or
# unclassified, never gated
for my $name (qw(PHPSESSID __Secure-PHPSESSID JSESSIONID JSESSIONID.abc
                 ASP.NET_SessionId csrftoken XSRF-TOKEN
                 wordpress_logged_in_0123456789abcdef0123456789abcdef
                 wordpress_logged_in_x laravel_session woocommerce_cart_hash
                 woocommerce_items_in_cart wp_woocommerce_session_abc123
                 cart currency cart_currency sessionid connect.sid
                 _rails_session _secure_session_id _shopify_essential_x
                 __RequestVerificationToken XSRF-TOKEN lang locale
                 django_language token SID uid session auth_token c s
                 sb-abcdefghijklmnopqrst-auth-token
                 sb-abcdefghijklmnopqrst-auth-token.0
                 euconsent-v2 euconsent usprivacy OptanonConsent
                 CookieConsent mtm_consent_removed _tracking_consent)) {
    my $c = classify_cookie($name);
    ok(!defined $c || $c eq 'necessary',
       "cookie $name: " . show($c) . ' (must be necessary or unclassified)');
}
for my $name (qw(PHPSESSID JSESSIONID ASP.NET_SessionId csrftoken XSRF-TOKEN
                 wordpress_logged_in_abc laravel_session woocommerce_cart_hash
                 cart currency sessionid)) {
    is(classify_cookie($name), 'necessary', "cookie $name is listed as necessary");
}

# well-known trackers
my %TRACKERS = (
    '_ga'                     => 'analytics',
    '_ga_ABC123XYZ'           => 'analytics',
    '_gid'                    => 'analytics',
    '_gat'                    => 'analytics',
    '_gcl_au'                 => 'marketing',
    '_gac_UA-1234-1'          => 'marketing',
    '_fbp'                    => 'marketing',
    '_fbc'                    => 'marketing',
    'IDE'                     => 'marketing',
    'test_cookie'             => 'marketing',
    '_hjSession_1234567'      => 'analytics',
    '_hjSessionUser_1234567'  => 'analytics',
    '_hjid'                   => 'analytics',
    '_clck'                   => 'analytics',
    '_clsk'                   => 'analytics',
    '_uetsid'                 => 'marketing',
    '_uetvid'                 => 'marketing',
    'li_sugr'                 => 'marketing',
    'li_fat_id'               => 'marketing',
    '_pin_unauth'             => 'marketing',
    '_tt_enable_cookie'       => 'marketing',
    '_ttp'                    => 'marketing',
    '_pk_id.1.abcd'           => 'analytics',
    'Hm_lvt_0123456789abcdef' => 'analytics',
    'mp_0123456789abcdef0123456789abcdef_mixpanel' => 'analytics',
    'woocommerce_recently_viewed' => 'preferences',
    # the Chinese market's analytics (OVERRIDES additions)
    'CNZZDATA1234'            => 'analytics',
    'CNZZDATA1279838399'      => 'analytics',
    'UM_distinctid'           => 'analytics',
    'Hm_lpvt_0123456789abcdef' => 'analytics',
    'HMACCOUNT'               => 'analytics',
    'sensorsdata2015jssdkcross' => 'analytics',
    'sajssdk_2015_cross_new_user' => 'analytics',
    'gr_user_id'              => 'analytics',
    'gr_session_id_22c937bbd8ebd703' => 'analytics',
    'gr_cs1_6907e769-3d60-411a-9429-6e3941598042' => 'analytics',
);
for my $name (sort keys %TRACKERS) {
    is(show(classify_cookie($name)), $TRACKERS{$name}, "cookie $name");
}
# over-broad prefixes are gone
is(show(classify_cookie('mp_something_else')), 'unclassified',
   'mp_ alone no longer matches (Mixpanel is a regex)');

# URLs, mostly the examples of pixel-patterns.md
my %URLS = (
    'https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123XYZ&en=page_view' => 'analytics',
    '//www.google-analytics.com'                                  => 'analytics',
    'http://www.google-analytics.com/analytics.js'                => 'analytics',
    'https://region1.analytics.google.com/g/collect?v=2'          => 'analytics',
    'https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ'     => 'analytics',
    'https://www.googletagmanager.com/gtag/js?id=AW-123456789'    => 'marketing',
    'https://www.googletagmanager.com/gtag/js?id=DC-1234567'      => 'marketing',
    'https://www.googletagmanager.com/gtag/js?id=GT-ABCDEF'       => 'analytics',
    'https://www.googletagmanager.com/gtm.js?id=GTM-XXXX00'       => 'analytics',
    'https://www.googletagmanager.com/ns.html?id=GTM-XXXX00'      => 'analytics',
    'https://www.google.com/pagead/1p-conversion/123/?random=1'   => 'marketing',
    'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1/' => 'marketing',
    'https://fls.doubleclick.net/activityi;src=1;type=a;cat=b;ord=1?' => 'marketing',
    'https://www.facebook.com/tr?id=000000000000000&ev=PageView&noscript=1' => 'marketing',
    'https://www.facebook.com/plugins/like.php?href=x'             => 'marketing',
    'https://connect.facebook.net/en_US/fbevents.js'               => 'marketing',
    'https://px.ads.linkedin.com/collect/?pid=1234567&fmt=gif'     => 'marketing',
    'https://snap.licdn.com/li.lms-analytics/insight.min.js'       => 'marketing',
    'https://ct.pinterest.com/v3/?tid=1&noscript=1'                => 'marketing',
    'https://s.pinimg.com/ct/core.js'                              => 'marketing',
    'https://q.quora.com/_/ad/abc/pixel?noscript=1'                => 'marketing',
    'https://bat.bing.com/action/0?ti=1'                           => 'marketing',
    'https://bat.bing.com/bat.js'                                  => 'marketing',
    'https://vk.com/rtrg?p=VK-RTRG-1'                              => 'marketing',
    'https://tr.line.me/tag.gif?c_t=x'                             => 'marketing',
    'https://analytics.tiktok.com/i18n/pixel/events.js'            => 'marketing',
    'https://tr.snapchat.com/p'                                    => 'marketing',
    'https://sc-static.net/scevent.min.js'                         => 'marketing',
    'https://static.ads-twitter.com/uwt.js'                        => 'marketing',
    'https://alb.reddit.com/rp.gif?id=1'                           => 'marketing',
    'https://example.us1.list-manage.com/track/click?u=abc&id=def' => 'marketing',
    'https://www.youtube.com/embed/VIDEOID'                        => 'marketing',
    'https://www.youtube-nocookie.com/embed/VIDEOID'               => 'preferences',
    'https://player.vimeo.com/video/1'                             => 'preferences',
    'https://widget.intercom.io/widget/abc'                        => 'preferences',
    'https://mc.yandex.ru/watch/87654321'                          => 'analytics',
    'https://plausible.io/js/script.js'                            => 'analytics',
    'https://www.clarity.ms/tag/abc'                               => 'analytics',
    'https://static.hotjar.com/c/hotjar-1.js?sv=6'                 => 'analytics',
    'https://metrics.example.org/b/ss/rsid/1/JS-2.0/s1'            => 'analytics',
    'https://stats.example.org/matomo.js'                          => 'analytics',
    'https://example.org/_vercel/insights/script.js'               => 'analytics',
    'https://demdex.net/dest5.html'                                => 'marketing',
    'https://consent.cookiebot.com/uc.js'                          => 'necessary',
    'https://fundingchoicesmessages.google.com/i/pub-1?ers=1'      => 'necessary',
    # the Chinese market
    'https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef'  => 'analytics',
    'https://hmcdn.baidu.com/static/tongji/plugins/UrlChangeTracker.js' => 'analytics',
    'https://s9.cnzz.com/z_stat.php?id=1279838399&web_id=1279838399' => 'analytics',
    'https://hzs14.cnzz.com/stat.htm?id=5364825'                   => 'analytics',
    'https://w.cnzz.com/c.php?id=30082277&async=1'                 => 'analytics',
    'https://d.alicdn.com/alilog/mlog/aplus/203467608.js'          => 'analytics',
    'https://sdk.51.la/js-sdk-pro.min.js'                          => 'analytics',
    '//js.users.51.la/19000000.js'                                 => 'analytics',
    'https://pingjs.qq.com/h5/stats.js?v2.0.4'                     => 'analytics',
    'https://pingtas.qq.com/pingd?dm=example.org'                  => 'analytics',
    'http://tajs.qq.com/stats?sId=9051096'                         => 'analytics',
    'https://a.gdt.qq.com/pixel?user_action_set_id=1&action_type=PAGE_VIEW&noscript=1' => 'marketing',
    'https://qzonestyle.gtimg.cn/qzone/biz/gdt/dmp/user-action/gdtevent.min.js' => 'marketing',
    'https://analytics.oceanengine.com/api/v2/conversion'          => 'marketing',
    'https://static.sensorsdata.cn/sdk/1.15.1/sensorsdata.min.js'  => 'analytics',
    'https://example.datasink.sensorsdata.cn/sa?project=default'   => 'analytics',
    'https://assets.giocdn.com/2.1/gio.js'                         => 'analytics',
    'https://api.growingio.com/v3/0a1b2c3d4e5f6a7b/web/pv'         => 'analytics',
    'https://napi.growingio.com/v3/projects/91eaf9b283361032/collect' => 'analytics',
    'https://zgsdk.zhugeio.com/zhuge.min.js?v=2024101'             => 'analytics',
    'https://u.zhugeapi.net/web_event'                             => 'analytics',
    'https://jic.talkingdata.com/app/h5/v1?appid=ABC&vn=1&vc=1'    => 'analytics',
    'https://cpro.baidustatic.com/cpro/ui/c.js'                    => 'marketing',
    'https://secure.quantserve.com/quant.js'                       => 'marketing',
);
for my $url (sort keys %URLS) {
    is(show(classify_url($url)), $URLS{$url}, "url $url");
}

# gtag.js with the Ads ID not first: the module matches host rules before
# URL regexes, so only "?id=AW-" as the first parameter can be told apart
# (a URL prefix); this form falls back to the googletagmanager.com host rule
{
    my $c = classify_url('https://www.googletagmanager.com/gtag/js?l=dataLayer&id=AW-1');
    ok(defined $c && $c =~ /^(analytics|marketing)$/,
       'gtag.js?l=...&id=AW- is still gated (' . show($c) . ')');
}

# whole platforms, content CDNs, identity providers and opt-in RUM: not gated
for my $url (qw(https://www.microsoft.com/en-us/
                https://www.bing.com/maps
                https://www.google.com/maps/embed?pb=x
                https://www.google.com/recaptcha/api.js
                https://www.facebook.com/somepage
                https://www.linkedin.com/in/someone
                https://media.licdn.com/dms/image/x.jpg
                https://www.apple.com/
                https://login.salesforce.com/
                https://example.my.salesforce.com/
                https://www.yahoo.com/
                https://s.yimg.com/cv/apiv2/x.png
                https://www.quora.com/question
                https://www.ebay.com/itm/1
                https://www.instagram.com/p/abc/
                https://scontent.cdninstagram.com/x.jpg
                https://www.tiktok.com/@user
                https://www.pinterest.com/pin/1
                https://i.pinimg.com/x.jpg
                https://pbs.twimg.com/media/x.jpg
                https://www.reddit.com/r/x
                https://www.gravatar.com/avatar/x
                https://i.ytimg.com/vi/x/hqdefault.jpg
                https://fonts.googleapis.com/css?family=x
                https://cdnjs.cloudflare.com/ajax/libs/x.js
                https://d1234abcd.cloudfront.net/x.js
                https://example.okta.com/oauth2
                https://cdn.jsdelivr.net/npm/x
                https://js.stripe.com/v3/
                https://www.paypal.com/sdk/js
                https://cdn11.bigcommerce.com/s-abc/x.js
                https://cdn.shopify.com/s/files/x.js
                https://js-agent.newrelic.com/nr-1.js
                https://bam.nr-data.net/1/x
                https://www.example.org/ruxitagentjs_ICA2_10.js
                https://www.qq.com/
                https://v.qq.com/x/page/abc.html
                https://qzonestyle.gtimg.cn/qzone/em/e1.gif
                https://mat1.gtimg.com/www/images/qq2012/qqlogo.png
                https://g.alicdn.com/some/lib.js
                https://img.alicdn.com/imgextra/x.jpg
                https://www.baidu.com/s?wd=x
                https://map.baidu.com/
                https://dup.baidustatic.com/x.gif
                https://lf3-cdn-tos.bytescm.com/obj/static/x.js
                https://manual.sensorsdata.cn/sa/latest/web-7545024.html
                https://www.talkingdata.com/)) {
    my $c = classify_url($url);
    ok(!defined $c || $c eq 'necessary', "url $url: " . show($c)
       . ' (must not be gated)');
}

# no host rule for a whole platform or a shared CDN
for my $h (qw(google.com www.google.com facebook.com www.facebook.com
              microsoft.com bing.com msn.com live.com apple.com amazon.com
              amazonaws.com cloudfront.net akamaihd.net azureedge.net
              linkedin.com www.linkedin.com licdn.com twitter.com x.com
              tiktok.com pinterest.com instagram.com reddit.com yahoo.com
              aol.com ebay.com salesforce.com force.com quora.com vk.com
              line.me snapchat.com okta.com llnwd.net msecnd.net
              qq.com gtimg.cn alicdn.com baidustatic.com bdstatic.com
              bytescm.com aliyuncs.com taobao.com weibo.com)) {
    ok(!exists $HOSTS{$h} || $HOSTS{$h} eq 'necessary', "no gated host rule for $h");
}


# hosts that must be classified by a host rule of their own (or of a parent
# domain), not only by a URL prefix or regex
sub host_rule_for {
    my ($host) = @_;
    my @l = split /\./, lc $host;
    for my $i (0 .. $#l - 1) {
        my $h = join '.', @l[$i .. $#l];
        return [$h, $HOSTS{$h}] if exists $HOSTS{$h};
    }
    return undef;
}
{
    my %HOSTRULE = (
        'hm.baidu.com'            => 'analytics',
        'hmcdn.baidu.com'         => 'analytics',
        's9.cnzz.com'             => 'analytics',
        's4.cnzz.com'             => 'analytics',
        'z3.cnzz.com'             => 'analytics',
        'w.cnzz.com'              => 'analytics',
        'www.umeng.com'           => 'analytics',
        'sdk.51.la'               => 'analytics',
        'js.users.51.la'          => 'analytics',
        'pingjs.qq.com'           => 'analytics',
        'pingtas.qq.com'          => 'analytics',
        'tajs.qq.com'             => 'analytics',
        'a.gdt.qq.com'            => 'marketing',
        'analytics.oceanengine.com' => 'marketing',
        'static.sensorsdata.cn'   => 'analytics',
        'test-syg.datasink.sensorsdata.cn' => 'analytics',
        'shubu.cloud.sensorsdata.cn' => 'analytics',
        'assets.giocdn.com'       => 'analytics',
        'api.growingio.com'       => 'analytics',
        'napi.growingio.com'      => 'analytics',
        'zgsdk.zhugeio.com'       => 'analytics',
        'u.zhugeapi.net'          => 'analytics',
        'jic.talkingdata.com'     => 'analytics',
        'sdk.talkingdata.com'     => 'analytics',
        'cpro.baidustatic.com'    => 'marketing',
        'secure.quantserve.com'   => 'marketing',
    );
    for my $h (sort keys %HOSTRULE) {
        my $r = host_rule_for($h);
        is($r ? "$r->[1] (host $r->[0])" : 'no host rule',
           $HOSTRULE{$h} . ' (host ' . ($r ? $r->[0] : '?') . ')',
           "host $h is classified by a host rule");
    }
}


###########################################################################
# 5. inline-script signatures
###########################################################################
#
# The module matches a script rule as a plain, case-sensitive substring of
# the raw text of an inline script; a script needs every category whose
# signature it contains.

my %SCRIPTS;        # literal => category
for my $cat (keys %rules) {
    $SCRIPTS{$_} = $cat for @{ $rules{$cat}{script} || [] };
}

sub classify_script {
    my ($js) = @_;
    my %cats;
    $cats{ $SCRIPTS{$_} } = 1 for grep { index($js, $_) >= 0 } keys %SCRIPTS;
    return join ',', sort keys %cats;
}

# every row of the source is emitted, in its category
my @SIG_ROWS;
{
    my $src = slurp(File::Spec->catfile($ROOT, qw(conf sources
                                                  script-signatures.tsv)));
    my $header;
    for my $l (split /\n/, $src) {
        next if $l =~ /^#/ || $l !~ /\S/;
        my @f = split /\t/, $l, -1;
        if (!$header++) {
            is(join(',', @f), 'category,signature,vendor,why,source',
               'script-signatures.tsv header');
            next;
        }
        push @SIG_ROWS, [@f];
    }
    ok(@SIG_ROWS >= 15, 'script-signatures.tsv has its rows ('
       . scalar(@SIG_ROWS) . ')');
    for my $row (@SIG_ROWS) {
        my ($cat, $sig, $vendor, $why, $source) = @$row;
        is($SCRIPTS{$sig} // 'missing', $cat,
           "script signature '$sig' ($vendor) is emitted as $cat");
        ok($why =~ /\S/ && $source =~ /\S/,
           "script signature '$sig' says why and where from");
    }
    is(scalar keys %SCRIPTS, scalar @SIG_ROWS,
       'the catalog has no script rule that is not in the source');
}

# the generator refuses unusable signatures (R10)
{
    my $src = File::Spec->catdir($ROOT, qw(conf sources));
    my $sigs = slurp(File::Spec->catfile($src, 'script-signatures.tsv'));
    my %bad = (
        'too short'          => "analytics\t_hmt.pu\tX\twhy\tsrc\n",
        'leading ~'          => "analytics\t~quant.js.x\tX\twhy\tsrc\n",
        'no source'          => "analytics\tsome.vendor.example/loader.js\tX\twhy\t\n",
        'contains another'   => "analytics\tvar cnzz_protocol = 1\tX\twhy\tsrc\n",
        'unknown category'   => "necessary\tsome.vendor.example/loader.js\tX\twhy\tsrc\n",
        'listed twice'       => "marketing\t.quantserve.com/quant.js\tX\twhy\tsrc\n",
    );
    $bad{'(control: unchanged)'} = '';
    for my $case (sort keys %bad) {
        my $dir = File::Temp->newdir();
        for my $f (qw(open-cookie-database third-party-web trackers.tsv)) {
            symlink(File::Spec->catfile($src, $f), File::Spec->catfile($dir, $f))
                or die "symlink: $!";
        }
        spew(File::Spec->catfile($dir, 'script-signatures.tsv'),
             $sigs . $bad{$case});
        my ($rc, $out) = generate('--sources', "$dir", '--output',
                                  File::Spec->catfile($dir, 'out.conf'));
        if ($bad{$case} eq '') {
            is($rc, 0, 'generate-rules reads a copy of the sources') or diag($out);
            next;
        }
        isnt($rc, 0, "generate-rules refuses a signature row: $case")
            or diag($out);
        like($out, qr/script-signatures\.tsv:\d+: /,
             "... and names the line ($case)");
    }
}

# the signatures the issue names
for my $sig (q{_paq.push(['setTrackerUrl'}, q{.quantserve.com/quant.js},
             q{google-analytics.com/ga.js}, q{cnzz.com/z_stat.php},
             q{cnzz_protocol}) {
    ok(exists $SCRIPTS{$sig}, "script signature '$sig' is shipped");
}

# Vendor snippets, written from the vendors' documentation (the sources
# column of script-signatures.tsv); ids and hosts are placeholders.  Each
# must be classified by signatures alone (these loaders do not spell out a
# tracker URL the host rules could match), and every shipped signature must
# classify at least one of them.
my @VENDOR_SNIPPETS = (
    [ 'Matomo (current)', 'analytics', <<'JS' ],
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="//stats.example.org/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '1']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
JS
    [ 'Matomo (double-quoted, CMS module)', 'analytics', <<'JS' ],
var _paq = _paq || [];(function(){var u=(("https:" == document.location.protocol) ? "https://stats.example.org/" : "http://stats.example.org/");_paq.push(["setSiteId", "1"]);_paq.push(["setTrackerUrl", u+"matomo.php"]);_paq.push(["trackPageView"]);var d=document,g=d.createElement("script"),s=d.getElementsByTagName("script")[0];g.type="text/javascript";g.defer=true;g.async=true;g.src=u+"matomo.js";s.parentNode.insertBefore(g,s);})();
JS
    [ 'Piwik 1.x', 'analytics', <<'JS' ],
var pkBaseURL = (("https:" == document.location.protocol) ? "https://stats.example.org/" : "http://stats.example.org/");
document.write(unescape("%3Cscript src='" + pkBaseURL + "piwik.js' type='text/javascript'%3E%3C/script%3E"));
JS
    [ 'Matomo Tag Manager', 'analytics', <<'JS' ],
  var _mtm = window._mtm = window._mtm || [];
  _mtm.push({'mtm.startTime': (new Date().getTime()), 'event': 'mtm.Start'});
  (function() {
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src='https://stats.example.org/js/container_AbCdEf12.js'; s.parentNode.insertBefore(g,s);
  })();
JS
    [ 'ga.js (async)', 'analytics', <<'JS' ],
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-XXXXX-X']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
JS
    [ 'ga.js (synchronous loader)', 'analytics', <<'JS' ],
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
JS
    [ 'ga.js (synchronous tracking call)', 'analytics', <<'JS' ],
try {
var pageTracker = _gat._getTracker("UA-XXXXX-X");
pageTracker._trackPageview();
} catch(err) {}
JS
    [ 'urchin.js call', 'analytics', <<'JS' ],
_uacct = "UA-XXXXX-X";
urchinTracker();
JS
    [ 'ga.js with display features (dc.js)', 'marketing', <<'JS' ],
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://' : 'http://') + 'stats.g.doubleclick.net/dc.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
JS
    [ 'Quantcast Live Tag', 'marketing', <<'JS' ],
    window._qevents = window._qevents || [];
    (function() {
        var elem = document.createElement('script');
        elem.src = (document.location.protocol == "https:" ? "https://secure" : "http://edge") + ".quantserve.com/quant.js";
        elem.async = true;
        elem.type = "text/javascript";
        var scpt = document.getElementsByTagName('script')[0];
        scpt.parentNode.insertBefore(elem, scpt);
    })();
    window._qevents.push({ "qacct":"p-XXXXXXXXXXXXXXX", "labels": "_fp.event.PageView" });
JS
    [ 'Comscore', 'marketing', <<'JS' ],
var _comscore = _comscore || [];
_comscore.push({ c1: "2", c2: "1234567" });
(function() {
var s = document.createElement("script"), el = document.getElementsByTagName("script")[0]; s.async = true;
s.src = (document.location.protocol == "https:" ? "https://sb" : "http://b") + ".scorecardresearch.com/beacon.js";
el.parentNode.insertBefore(s, el);
})();
JS
    [ 'CNZZ / Umeng+ U-Web', 'analytics', <<'JS' ],
var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : "http://");document.write(unescape("%3Cspan id='cnzz_stat_icon_1279838399'%3E%3C/span%3E%3Cscript src='" + cnzz_protocol + "s96.cnzz.com/z_stat.php%3Fid%3D1279838399%26show%3Dpic1' type='text/javascript'%3E%3C/script%3E"));
JS
    [ 'CNZZ legacy counter, from pieces', 'analytics', <<'JS' ],
document.write(unescape("%3Cscript src='" + (("https:" == document.location.protocol) ? "https://" : "http://") + "s11.cnzz.com/stat.php%3Fid%3D5364825%26web_id%3D5364825' type='text/javascript'%3E%3C/script%3E"));
JS
    [ 'Baidu Tongji (legacy h.js)', 'analytics', <<'JS' ],
var _bdhmProtocol = (("https:" == document.location.protocol) ? " https://" : " http://");
document.write(unescape("%3Cscript src='" + _bdhmProtocol + "hm.baidu.com/h.js%3F0123456789abcdef0123456789abcdef' type='text/javascript'%3E%3C/script%3E"));
JS
    [ '51.LA v6', 'analytics', <<'JS' ],
!function(p){"use strict";!function(t){var s=window,e=document,i=p,c="".concat("https:"===e.location.protocol?"https://":"http://","sdk.51.la/js-sdk-pro.min.js"),n=e.createElement("script"),r=e.getElementsByTagName("script")[0];n.type="text/javascript",n.setAttribute("charset","UTF-8"),n.async=!0,n.src=c,n.id="LA_COLLECT",i.d=n;var o=function(){s.LA.ids.push(i)};s.LA?s.LA.ids&&o():(s.LA=p,s.LA.ids=[],o()),r.parentNode.insertBefore(n,r)}()}({id:"XXXXXXXXXXXXXXXX",ck:"XXXXXXXXXXXXXXXX"});
JS
    [ 'Sensors Data (self-hosted SDK)', 'analytics', <<'JS' ],
(function(para) {
  var p = para.sdk_url, n = para.name, w = window, d = document, s = 'script',x = null,y = null;
  if(typeof(w['sensorsDataAnalytic201505']) !== 'undefined') { return false; }
  w['sensorsDataAnalytic201505'] = n;
  w[n] = w[n] || function(a) {return function() {(w[n]._q = w[n]._q || []).push([a, arguments]);}};
  x = d.createElement(s), y = d.getElementsByTagName(s)[0];
  x.async = 1; x.src = p; y.parentNode.insertBefore(x, y);
  w[n].para = para;
})({ sdk_url: '/static/js/sensorsdata.min.js', name: 'sensors', server_url: '/sa?project=production' });
JS
    [ 'GrowingIO 2.1', 'analytics', <<'JS' ],
!function(e,t,n,g,i){e[i]=e[i]||function(){(e[i].q=e[i].q||[]).push(arguments)},n=t.createElement("script"),tag=t.getElementsByTagName("script")[0],n.async=1,n.src=('https:'==document.location.protocol?'https://':'http://')+g,tag.parentNode.insertBefore(n,tag)}(window,document,"script","assets.giocdn.com/2.1/gio.js","gio");
gio('init','0a1b2c3d4e5f6a7b', {});
gio('send');
JS
    [ 'Zhuge (private deployment)', 'analytics', <<'JS' ],
  window.zhuge = window.zhuge || [];
  window.zhuge.methods = "_init identify track setSuperProperty".split(" ");
  window.zhuge.factory = function(b) { return function() { var a = Array.prototype.slice.call(arguments); a.unshift(b); window.zhuge.push(a); return window.zhuge; } };
  for (var i = 0; i < window.zhuge.methods.length; i++) { var key = window.zhuge.methods[i]; window.zhuge[key] = window.zhuge.factory(key); }
  window.zhuge.load = function(b, x) {
    if (!document.getElementById("zhuge-js")) {
      var a = document.createElement("script"); a.type = "text/javascript"; a.id = "zhuge-js"; a.async = !0;
      a.src = "/analytics/zhuge.js?v=20240101";
      var c = document.getElementsByTagName("script")[0]; c.parentNode.insertBefore(a, c);
      window.zhuge._init(b, x);
    }
  };
  window.zhuge.load('0123456789abcdef0123456789abcdef');
JS
);
{
    my %exercised;
    for my $v (@VENDOR_SNIPPETS) {
        my ($name, $want, $js) = @$v;
        is(classify_script($js), $want, "inline snippet: $name");
        $exercised{$_}++ for grep { index($js, $_) >= 0 } keys %SCRIPTS;
    }
    my @idle = sort grep { !$exercised{$_} } keys %SCRIPTS;
    is_deeply(\@idle, [], 'every shipped script signature classifies a '
              . 'documented vendor snippet');
}

# Ordinary page scripts: none may contain a signature.  Framework payloads,
# CMS settings, consent defaults, event-only tracker calls (the tracker's
# loader is what is gated), and a consent manager holding a JSON-escaped
# vendor snippet until consent.
my @ORDINARY = (
    [ 'Next.js flight payload', <<'JS' ],
self.__next_f.push([1,"2:[\"$\",\"a\",null,{\"href\":\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\",\"children\":\"Watch\"}]\n"])
JS
    [ 'WordPress localized settings', <<'JS' ],
var settings = {"share":"https:\/\/twitter.com\/intent\/tweet","ajaxurl":"https:\/\/www.example.org\/wp-admin\/admin-ajax.php","nonce":"0123456789"};
JS
    [ 'WooCommerce params', <<'JS' ],
var wc_add_to_cart_params = {"ajax_url":"\/wp-admin\/admin-ajax.php","wc_ajax_url":"\/?wc-ajax=%%endpoint%%","i18n_view_cart":"View cart","cart_url":"https:\/\/shop.example.org\/cart\/","is_cart":"","cart_redirect_after_add":"no"};
JS
    [ 'jQuery ready handler', <<'JS' ],
jQuery(function($){ $('.menu-toggle').on('click', function(){ $('body').toggleClass('menu-open'); }); var protocol = document.location.protocol; var cdn = protocol + "//cdn.example.org/app.js"; });
JS
    [ 'Google Consent Mode defaults', <<'JS' ],
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('consent', 'default', {'ad_storage': 'denied', 'analytics_storage': 'denied', 'wait_for_update': 500});
JS
    [ 'GA opt-out flag', <<'JS' ],
window['ga-disable-UA-XXXXX-Y'] = true;
JS
    [ 'Matomo event call without the loader', <<'JS' ],
var _paq = window._paq = window._paq || [];
_paq.push(['trackEvent', 'Video', 'Play', 'intro']);
JS
    [ 'Matomo consent call in its own block', <<'JS' ],
var _paq = window._paq = window._paq || [];
_paq.push(['requireConsent']);
JS
    [ 'CNZZ event call without the loader', <<'JS' ],
var _czc = _czc || [];
_czc.push(["_setAccount", "1279838399"]);
JS
    [ 'consent manager holding a JSON-escaped Quantcast snippet', <<'JS' ],
var cmpConfig = {"services":[{"name":"quantcast","category":"marketing","code":"<script>var elem=document.createElement('script');elem.src=(document.location.protocol==\"https:\"?\"https:\/\/secure\":\"http:\/\/edge\")+\".quantserve.com\/quant.js\";<\/script>"}]};
JS
    [ 'webpack runtime', <<'JS' ],
!function(){"use strict";var e,t,n={},r={};function o(e){var t=r[e];if(void 0!==t)return t.exports;var n=r[e]={exports:{}};return e[e].call(n.exports,n,n.exports,o),n.exports}o.p="/_next/";o.u=function(e){return"static/chunks/"+e+".js"}}();
JS
    [ 'site search with Chinese text', <<'JS' ],
var searchConfig = { placeholder: "搜索", url: "/search?q=", stats: "https://www.example.cn/stat/pv" };
JS
);
for my $o (@ORDINARY) {
    my ($name, $js) = @$o;
    is(classify_script($js), '', "ordinary script has no signature: $name");
}


###########################################################################
# optional: real nginx reads every line (as a types{} block)
###########################################################################

SKIP: {
    my ($nginx) = grep { -x } map { File::Spec->catfile($_, 'nginx') }
                  File::Spec->path, '/usr/sbin';
    skip 'nginx not installed', 1 unless $nginx;
    # "cookie NAME;" inside types{} is "MIME-type extension;" to nginx: the
    # same tokenizer, no module needed.
    (my $types = $text) =~ s/^privacy_category \S+ \{$/types {/mg;
    my $dir = File::Temp->newdir();
    my $nginx_t = sub {
        my ($include) = @_;
        spew(File::Spec->catfile($dir, 'catalog.conf'), $include);
        spew(File::Spec->catfile($dir, 'nginx.conf'),
             "pid $dir/nginx.pid;\nerror_log $dir/error.log;\nevents {}\n"
             . "http {\n    access_log off;\n    include $dir/catalog.conf;\n}\n");
        my $pid = IPC::Open3::open3(my $in, my $out, undef, $nginx, '-t', '-q',
                                    '-e', "$dir/error.log", '-p', "$dir/",
                                    '-c', "$dir/nginx.conf");
        close $in;
        local $/;
        my $log = <$out> // '';
        waitpid $pid, 0;
        return ($? >> 8, $log);
    };
    my ($base) = $nginx_t->("types { text/plain txt; }\n");
    skip 'nginx -t does not run here (permissions?)', 1 if $base != 0;
    my ($rc, $log) = $nginx_t->($types);
    is($rc, 0, 'nginx -t accepts the catalog syntax (read as types{})')
        or diag(join "\n", grep { !/duplicate extension/ } split /\n/, $log);
}

# optional: the module itself loads the catalog (nginx -t).  Like the
# Test::Nginx suites: TEST_NGINX_BINARY (a static build with the module, or
# with TEST_NGINX_LOAD_MODULES the binary to load it into); otherwise the
# system nginx with build/dynamic/objs/ngx_http_privacy_module.so if built.
SKIP: {
    my $so = $ENV{TEST_NGINX_LOAD_MODULES};
    my $nginx = $ENV{TEST_NGINX_BINARY};
    if (!defined $nginx) {
        ($nginx) = grep { -x } map { File::Spec->catfile($_, 'nginx') }
                   File::Spec->path, '/usr/sbin';
        $so //= File::Spec->catfile($ROOT,
                    qw(build dynamic objs ngx_http_privacy_module.so));
        skip 'module not built (make module)', 2 unless $nginx && -f $so;
    }
    $so //= '';
    my $dir = File::Temp->newdir();
    spew(File::Spec->catfile($dir, 'nginx.conf'),
         join('', map { "load_module $_;\n" } split ' ', $so)
         . "pid $dir/nginx.pid;\nerror_log $dir/error.log;\nevents {}\n"
         . "http {\n    access_log off;\n    include $CATALOG;\n}\n");
    my $pid = IPC::Open3::open3(my $in, my $out, undef, $nginx, '-t',
                                '-e', "$dir/error.log", '-p', "$dir/",
                                '-c', "$dir/nginx.conf");
    close $in;
    local $/;
    my $log = <$out> // '';
    waitpid $pid, 0;
    is($? >> 8, 0, "nginx -t with the module loads the catalog ($nginx $so)")
        or diag($log);
    my @warn = grep { /\[(warn|emerg|alert|crit)\]/ } split /\n/, $log;
    is_deeply(\@warn, [], 'and says nothing about it');
}

done_testing();
