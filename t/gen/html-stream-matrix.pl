#!/usr/bin/perl
# Writes t/044-html-stream-matrix.t: the HTML filter must deliver every page
# whole and byte-exact, whatever the page size, the upstream's compression
# ratio, the buffer settings, and whether the client accepts gzip.
#
#   perl t/gen/html-stream-matrix.pl > t/044-html-stream-matrix.t
#
# The page is one line L (with a tracker pixel the filter removes) repeated
# T times.  The upstream serves it as a .gz file (gzip_static always) and
# gunzips it for clients that do not take gzip, so a gzip client makes the
# gateway inflate and an identity client does not.  To keep the .t small,
# the .gz is built from one compressed unit of m lines, ended by a full
# flush so that every unit compresses to the same bytes: the file is
# HEAD . UNIT x N . TAIL, and the ratio is chosen by m and the level
# (level 0 stores: 1:1).  The generator inflates what it built and checks
# it against the page before writing anything.
use strict;
use warnings;
use Compress::Raw::Zlib;

my $L = '<tr><td><a href="/item?id=7">item</a></td><td><img src="https://'
      . 'www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1" '
      . 'alt=""></td><td>caf&eacute; 12.50</td></tr>' . "\n";
(my $Lout = $L) =~ s/<img [^>]*>//;

my @sizes = ([ '1 KB', 1_000 ], [ '60 KB', 60_000 ], [ '300 KB', 300_000 ],
             [ '1 MB', 1_000_000 ], [ '8 MB', 8_000_000 ]);

# [ name, lines per unit (0: as many as fit in 1 MiB), zlib level,
#   share of the page that is lines; the rest is one run of spaces (the
#   padding some pages carry), which deflate takes down to ~1000:1 ]
my @ratios = ([ 'stored', 16, 0, 1 ], [ 'low', 2, 6, 1 ],
              [ 'mid', 12, 6, 1 ], [ 'high', 0, 9, 1 ],
              [ 'extreme', 0, 9, 1 / 64 ]);

my @buffers = (
    [ 'default buffers', '', '' ],
    [ 'small buffers',
      "        proxy_buffer_size 1k;\n        proxy_buffers 4 1k;\n"
      . "        proxy_busy_buffers_size 1k;\n",
      "        output_buffers 1 1k;\n        gunzip_buffers 4 1k;\n" ],
    [ 'proxy_buffering off',
      "        proxy_buffering off;\n        proxy_buffer_size 2k;\n",
      "        output_buffers 2 3k;\n" ],
);

sub perl_str {
    my $s = shift;
    $s =~ s/([\\"\$\@])/\\$1/g;
    $s =~ s/([^\x20-\x7e])/sprintf('\\x%02x', ord $1)/ge;
    return qq{"$s"};
}

sub deflate_unit {
    my ($text, $level) = @_;
    my ($d, $st) = Compress::Raw::Zlib::Deflate->new(
        -Level => $level, -WindowBits => -MAX_WBITS, -AppendOutput => 1);
    die "deflate: $st" unless $st == Z_OK;
    my $out = '';
    # the same unit twice: the second must compress like the first
    for (1 .. 2) {
        my $o = '';
        $d->deflate($text, $o) == Z_OK or die;
        $d->flush($o, Z_FULL_FLUSH) == Z_OK or die;
        die "unit not reproducible\n" if $out ne '' && $o ne $out;
        $out = $o;
    }
    my $tail = '';
    $d->flush($tail, Z_FINISH) == Z_OK or die;
    return ($out, $tail);
}

my $n = 0;
my $blocks = '';

for my $s (@sizes) {
    for my $r (@ratios) {
        my $t = int($s->[1] * $r->[3] / length($L) + 0.5) || 1;
        my $m = $r->[1] || int(1_048_576 / length $L);
        $m = $t if $m > $t;
        my $units = int($t / $m) || 1;
        my $lines = $units * $m;

        my ($unit, $end) = deflate_unit($L x $m, $r->[2]);

        # the padding: units of at most 1 MiB of spaces
        my $pad = $s->[1] - length($L) * $lines;
        my $pm = $pad > 1_048_576 ? 1_048_576 : $pad;
        my $pads = $pm > 0 && $r->[3] < 1 ? int($pad / $pm) : 0;
        my $punit = $pads ? (deflate_unit(' ' x $pm, $r->[2]))[0] : '';
        my $spaces = $pads * $pm;

        my $page = $L x $lines . ' ' x $spaces;
        my $head = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03";
        my $tail = $end . pack('V V', crc32($page), length($page) % 2**32);
        my $gz = $head . ($unit x $units) . ($punit x $pads) . $tail;

        my ($i, $st) = Compress::Raw::Zlib::Inflate->new(
            -WindowBits => WANT_GZIP);
        my $plain = '';
        my $copy = $gz;
        $st = $i->inflate($copy, $plain);
        die "inflate check ($s->[0] $r->[0]): $st\n" unless $st == Z_STREAM_END;
        die "content check\n" unless $plain eq $page;
        die "env name in content\n" if $gz =~ /\$TEST_NGINX_/;

        my $ratio = sprintf('%.0f:1', length($plain) / length($gz));

        for my $b (@buffers) {
            $n++;
            my $gzexpr = perl_str($head) . ' . ' . perl_str($unit)
                         . " x $units . "
                         . ($pads ? perl_str($punit) . " x $pads . " : '')
                         . perl_str($tail);
            my $body = perl_str($Lout) . " x $lines"
                       . ($spaces ? qq{ . " " x $spaces} : '');

            $blocks .= <<"BLOCK";


=== TEST $n: $s->[0] page, $r->[0] compression ($ratio), $b->[0]
--- http_config
    privacy_category marketing { url https://www.facebook.com/tr; }
    server {
        listen 127.0.0.1:\$TEST_NGINX_RAND_PORT_1;
        root html;
        default_type text/html;
        gzip_static always;
        gunzip on;
$b->[2]    }
--- config
    location /t/ {
        privacy on;
        privacy_html on;
        proxy_http_version 1.1;
$b->[1]        add_header X-Upstream-Encoding \$upstream_http_content_encoding;
        proxy_pass http://127.0.0.1:\$TEST_NGINX_RAND_PORT_1/;
    }
--- user_files eval
[["page.html.gz", $gzexpr]]
--- request eval
["GET /t/page.html", "GET /t/page.html"]
--- more_headers eval
["Accept-Encoding: gzip\\n", ""]
--- response_headers eval
["X-Upstream-Encoding: gzip\\n!Content-Encoding\\n",
 "X-Upstream-Encoding: \\n!Content-Encoding\\n"]
--- response_body eval
[$body,
 $body]
--- no_error_log
[error]
[alert]
BLOCK
        }
    }
}

print <<'HEAD';
# GENERATED by t/gen/html-stream-matrix.pl: edit that, not this file.
#
# Every page arrives whole and byte-exact through the HTML filter: page
# sizes 1 KB to 8 MB x compression ratios 1:1 to ~1000:1 x buffer settings,
# each fetched by a client that accepts gzip (the gateway inflates the
# upstream's gzip) and by one that does not (the upstream sends identity).
# Once, a gzip body that inflated to more than the filter's four 16 KB
# buffers could hold stopped part-way and hung until the client timed out.
use Test::Nginx::Socket 'no_plan';

log_level('warn');
no_long_string();
no_shuffle();
run_tests();

__DATA__
HEAD
print $blocks;
