#!/usr/bin/perl
# Writes the small MaxMind DB the geo suites use, with Debian's real writer
# (libmaxmind-db-writer-perl).  Documentation address ranges only, so no
# real visitor is ever described.
# Usage: make-test-mmdb.pl OUT.mmdb [broken | v2]
# (v2 moves 192.0.2.0/26 from FR to US-CA, for the reload test)
use strict;
use warnings;
use MaxMind::DB::Writer::Tree;

my ($out, $mode) = @ARGV;
die "usage: $0 OUT.mmdb [broken]\n" unless $out;

if (($mode // '') eq 'broken') {
    open my $fh, '>', $out or die "$out: $!\n";
    print $fh "this is not a MaxMind DB\n" x 10;
    close $fh;
    exit 0;
}

my %types = (
    country      => 'map',
    subdivisions => [ 'array', 'map' ],
    iso_code     => 'utf8_string',
    names        => 'map',
    en           => 'utf8_string',
);

my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version               => 6,
    record_size              => 24,
    database_type            => 'GeoLite2-City',
    languages                => ['en'],
    description              => { en => 'ngx_privacy_module test database' },
    map_key_type_callback    => sub { $types{ $_[0] } },
    remove_reserved_networks => 0,
    alias_ipv6_to_ipv4       => 1,
);

sub country { { country => { iso_code => $_[0], names => { en => $_[0] } } } }

sub subdivision {
    my ($c, $s) = @_;
    return { %{ country($c) }, subdivisions => [ { iso_code => $s } ] };
}

# TEST-NET-1, -2, -3 (RFC 5737) and 2001:db8::/32 (RFC 3849)
my @networks = (
    [ '192.0.2.0/26',      ($mode // '') eq 'v2' ? subdivision('US', 'CA')
                                                 : country('FR') ],
    [ '192.0.2.64/26',     subdivision('US', 'CA') ],
    [ '192.0.2.128/26',    subdivision('US', 'TX') ],
    [ '192.0.2.192/26',    subdivision('DE', 'BY') ], # EU, with a subdivision
    [ '198.51.100.0/25',   country('CH') ],
    [ '198.51.100.128/25', country('NO') ],          # EEA, not EU
    [ '203.0.113.0/25',    country('JP') ],          # in no regime list
    [ '2001:db8:1::/48',   country('DE') ],
    [ '2001:db8:2::/48',   subdivision('US', 'CA') ],
    [ '2001:db8:3::/48',   country('GB') ],
    # 203.0.113.128/25 and 2001:db8:ffff::/48 have no record
);

$tree->insert_network(@$_) for @networks;

open my $fh, '>:raw', "$out.tmp" or die "$out.tmp: $!\n";
$tree->write_tree($fh);
close $fh or die "$out.tmp: $!\n";
rename "$out.tmp", $out or die "$out: $!\n";
