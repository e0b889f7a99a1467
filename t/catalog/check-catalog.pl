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
#    only the four built-in categories, regexes that compile.
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
        push @bad, "$n: $l";
    }
    is_deeply(\@bad, [], 'every line is a block line, a rule ending in ";", '
        . 'a comment or blank') or diag(join "\n", @bad[0 .. ($#bad > 9 ? 9 : $#bad)]);
}

# blocks and rules
my %rules;          # category => { cookie_exact => {}, cookie_prefix => [],
                    #               cookie_regex => [], host => {}, url_prefix
                    #               => [], url_regex => [] }
my (@order_cookie_re, @order_url_re);
{
    my ($depth, $cat, %seen_cat, %seen_rule, @errors) = (0);
    my ($short, $dups, $badre, $badhost, $badurl, $noncanon, $badname)
        = (0) x 7;
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
        if (@a != 2 || $a[0] !~ /^(cookie|host|url)$/) {
            push @errors, "line $s->{line}: bad statement '@a'";
            next;
        }
        my ($type, $v) = @a;
        if ($s->{raw}[1] ne nginx_token($v)) {
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
        . 'only cookie/host/url rules inside') or diag(join "\n", @errors);
    is_deeply([sort keys %seen_cat], [sort @CATEGORIES],
              'all four built-in categories are there');
    is($short, 0, 'no cookie prefix of 3 characters or fewer');
    is($badname, 0, 'every cookie name is an RFC 6265 token (the module '
        . 'refuses anything else)');
    is($dups, 0, 'no rule appears twice (in any category)');
    is($badre, 0, 'every regex compiles');
    is($badhost, 0, 'every host is a lowercase host name');
    is($badurl, 0, 'every url prefix is https://host/...');
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
                     scalar @{ $r->{url_regex} || [] } ];
    }
    for my $cat (@CATEGORIES) {
        my ($row) = $text =~ /^#   \Q$cat\E((?:\s+\d+){7})$/m;
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
        my ($hdr) = $text =~ /^#   \Q$cat\E((?:\s+\d+){7})$/m;
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
                https://www.example.org/ruxitagentjs_ICA2_10.js)) {
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
              line.me snapchat.com okta.com llnwd.net msecnd.net)) {
    ok(!exists $HOSTS{$h} || $HOSTS{$h} eq 'necessary', "no gated host rule for $h");
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
