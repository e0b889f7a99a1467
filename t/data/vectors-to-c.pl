#!/usr/bin/perl
#
# Turns t/data/consent-vectors.json (spec/consent-vectors.json of the shared
# spec folder) into t/unit/consent_vectors.inc, the C tables that
# t/unit/test_cmp.c replays:
#
#     perl t/data/vectors-to-c.pl t/data/consent-vectors.json \
#         > t/unit/consent_vectors.inc
#
# Core Perl only (JSON::PP, Time::Local).  The output is deterministic (no
# hash order, no time stamps), so `make check` can regenerate and diff it.
# Every member of the JSON that carries an expectation is either emitted or
# listed below as informative; an unknown member stops the script, so that
# a newer vectors file cannot be replayed only in part without anyone
# noticing.

use strict;
use warnings;

use JSON::PP;
use Time::Local qw(timegm);

my $file = shift or die "usage: $0 consent-vectors.json\n";

open(my $fh, '<:raw', $file) or die "$file: $!\n";
my $json = do { local $/; <$fh> };
close($fh);

my $v = JSON::PP->new->decode($json);

my @out;

sub out { push @out, join('', @_) }


# C string literal of the UTF-8 bytes of a (character) string, with length

sub bytes_of {
    my ($s) = @_;
    my $b = $s;
    utf8::encode($b);
    return $b;
}

sub cstr_raw {
    my ($b) = @_;
    my @chunks;
    my $cur = '';
    my $n = 0;

    for my $c (split //, $b) {
        my $o = ord($c);
        my $e;

        if ($c eq '"' || $c eq '\\') {
            $e = "\\$c";
        } elsif ($c eq '?') {
            $e = '\\?';                 # no trigraphs
        } elsif ($o >= 0x20 && $o < 0x7f) {
            $e = $c;
        } else {
            $e = sprintf('\\%03o', $o); # octal: never swallows a digit
        }

        if (length($cur) + length($e) > 56) {
            push @chunks, $cur;
            $cur = '';
        }

        $cur .= $e;
        $n++;
    }

    push @chunks, $cur;

    return (join("\"\n        \"", @chunks), $n);
}

sub cbytes {
    my ($s) = @_;
    return '{ NULL, 0 }' unless defined $s;
    my ($lit, $n) = cstr_raw(bytes_of($s));
    return "{ \"$lit\", $n }";
}

sub cstring {
    my ($s) = @_;
    return 'NULL' unless defined $s;
    my ($lit) = cstr_raw(bytes_of($s));
    return "\"$lit\"";
}

sub bool { return $_[0] ? 1 : 0 }

sub known {
    my ($h, $where, @keys) = @_;
    my %k = map { $_ => 1 } @keys;
    for my $key (sort keys %$h) {
        die "$where: unknown member '$key'\n" unless $k{$key};
    }
}


# short names defined by the test as the PRIVACY_CAT_* bits
my %cat = (
    necessary   => 'CV_NEC',
    preferences => 'CV_PREF',
    analytics   => 'CV_ANA',
    marketing   => 'CV_MKT',
);

my @cat_order = qw(necessary preferences analytics marketing);

sub mask_of_list {
    my ($list, $where) = @_;
    my %seen;
    for my $c (@$list) {
        die "$where: unknown category '$c'\n" unless $cat{$c};
        $seen{$c} = 1;
    }
    my @m = map { $cat{$_} } grep { $seen{$_} } @cat_order;
    return @m ? join('|', @m) : '0';
}

sub mask_of_state {
    my ($st, $where) = @_;
    known($st, $where, qw(preferences analytics marketing));
    my @on = grep { $st->{$_} } qw(preferences analytics marketing);
    die "$where: incomplete cmp_state\n" if keys(%$st) != 3;
    return mask_of_list(\@on, $where);
}

sub status_of {
    my ($s, $where) = @_;
    my %ok = map { $_ => 1 } qw(absent invalid undecided decided not_required);
    die "$where: unknown status '$s'\n" unless $ok{$s};
    return cstring($s);
}

sub purposes_mask {
    my ($list, $bits, $where) = @_;
    my $m = 0;
    for my $p (@$list) {
        die "$where: purpose $p out of range\n" if $p < 1 || $p > $bits;
        $m |= 1 << ($p - 1);
    }
    return sprintf('0x%xUL', $m);
}

sub purposes_mask64 {
    my ($list, $where) = @_;
    my $m = 0;
    for my $p (@$list) {
        die "$where: custom purpose $p out of range\n" if $p < 1 || $p > 63;
        $m |= 1 << ($p - 1);
    }
    return sprintf('0x%xULL', $m);
}

sub deciseconds {
    my ($iso, $where) = @_;
    $iso =~ /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$/
        or die "$where: bad date '$iso'\n";
    my $t = timegm($6, $5, $4, $3, $2 - 1, $1);
    my $ms = defined $7 ? substr($7 . '00', 0, 3) : 0;
    return $t * 10 + int($ms / 100);
}

# name=category pairs joined by ';' for maps in configs
sub cmap {
    my ($h, $where) = @_;
    return 'NULL' unless defined $h;
    my @p;
    for my $k (sort keys %$h) {
        die "$where: map name '$k' needs escaping\n" if $k =~ /[=;]/;
        die "$where: unknown category '$h->{$k}'\n" unless $cat{$h->{$k}};
        push @p, "$k=$h->{$k}";
    }
    return cstring(join(';', @p));
}

# a config override as designated initializers of cv_config_t
sub config {
    my ($c, $where) = @_;
    return '{ 0 }' unless defined $c;
    my @f;

    known($c, $where, qw(cmp mode not_required gpc dnt invalid_optout klaro
                         cookieconsent complianz onetrust tcf));

    if (defined $c->{cmp}) {
        my $cmp = ref $c->{cmp} ? join(',', @{ $c->{cmp} }) : $c->{cmp};
        push @f, ".cmp = " . cstring($cmp);
    }

    for my $k (qw(mode not_required gpc dnt invalid_optout)) {
        push @f, ".$k = " . cstring($c->{$k}) if defined $c->{$k};
    }

    if (my $k = $c->{klaro}) {
        known($k, "$where.klaro", qw(cookie services));
        push @f, ".klaro_cookie = " . cstring($k->{cookie})
            if defined $k->{cookie};
        push @f, ".klaro_services = " . cmap($k->{services}, $where)
            if exists $k->{services};
    }

    if (my $k = $c->{cookieconsent}) {
        known($k, "$where.cookieconsent", qw(revision accept_v2));
        if (defined $k->{revision}) {
            push @f, ".has_cc_revision = 1",
                     ".cc_revision = $k->{revision}";
        }
        if (defined $k->{accept_v2}) {
            push @f, ".has_cc_accept_v2 = 1",
                     ".cc_accept_v2 = " . bool($k->{accept_v2});
        }
    }

    if (my $k = $c->{complianz}) {
        known($k, "$where.complianz", qw(prefix policy_id));
        push @f, ".complianz_prefix = " . cstring($k->{prefix})
            if defined $k->{prefix};
        if (defined $k->{policy_id}) {
            push @f, ".has_complianz_policy_id = 1",
                     ".complianz_policy_id = $k->{policy_id}";
        }
    }

    if (my $k = $c->{onetrust}) {
        known($k, "$where.onetrust", qw(map));
        push @f, ".onetrust_map = " . cmap($k->{map}, $where);
    }

    if (my $k = $c->{tcf}) {
        known($k, "$where.tcf", qw(purpose_one_treatment));
        push @f, ".tcf_p1t = " . cstring($k->{purpose_one_treatment});
    }

    return "{ " . join(",\n          ", @f) . " }";
}

sub header_lines {
    my ($h, $where) = @_;
    my @lines = ref $h ? @$h : ($h);
    die "$where: too many Cookie lines\n" if @lines > 4;
    return "{ " . join(",\n          ", map { cbytes($_) } @lines) . " }";
}

sub request_headers {
    my ($h, $where) = @_;
    my @pairs;
    for my $name (sort keys %$h) {
        my @vals = ref $h->{$name} ? @{ $h->{$name} } : ($h->{$name});
        push @pairs, map { "{ " . cbytes($name) . ", " . cbytes($_) . " }" }
                     @vals;
    }
    die "$where: too many request headers\n" if @pairs > 4;
    return '{ { { NULL, 0 }, { NULL, 0 } } }' unless @pairs;
    return "{ " . join(",\n          ", @pairs) . " }";
}

sub int_list {
    my ($list, $max, $where) = @_;
    die "$where: list longer than $max\n" if @$list > $max;
    return (scalar(@$list), '{ ' . join(', ', @$list, @$list ? () : 0) . ' }');
}


known($v, 'top', qw(spec format_version generated tools conventions
                    default_config counts total_cookie_vectors families
                    us_privacy gpp headers combined consent_mode));

out "/*";
out " * Generated by t/data/vectors-to-c.pl from t/data/consent-vectors.json";
out " * (spec format_version $v->{format_version}); do not edit, regenerate:";
out " *";
out " *     perl t/data/vectors-to-c.pl t/data/consent-vectors.json \\";
out " *         > t/unit/consent_vectors.inc";
out " */";
out "";

# default_config: the test asserts that privacy_cmp_conf_init() matches it
{
    my $d = $v->{default_config};
    known($d, 'default_config', qw(cmp mode not_required gpc dnt klaro
                                   cookieconsent complianz onetrust tcf
                                   usp_cookies gpp_cookie invalid_optout));
    known($d->{tcf}, 'default_config.tcf',
          qw(cookies min_policy_version purpose_one_treatment
             use_publisher_tc cookiebot_iab2));
    out "static const cv_default_t  cv_default = {";
    out "    ", cstring($d->{cmp}), ", ", cstring($d->{mode}), ", ",
        cstring($d->{not_required}), ", ", cstring($d->{gpc}), ", ",
        cstring($d->{dnt}), ", ", cstring($d->{invalid_optout}), ",";
    out "    ", cstring($d->{klaro}{cookie}), ", ",
        bool(defined $d->{klaro}{services}), ",";
    out "    ", cstring($d->{cookieconsent}{cookie}), ", ",
        bool(defined $d->{cookieconsent}{revision}), ", ",
        bool($d->{cookieconsent}{accept_v2}), ",";
    out "    ", cstring($d->{complianz}{prefix}), ", ",
        bool(defined $d->{complianz}{policy_id}), ",";
    out "    ", cmap($d->{onetrust}{map}, 'default_config.onetrust'), ",";
    out "    ", cstring(join(',', @{ $d->{tcf}{cookies} })), ", ",
        $d->{tcf}{min_policy_version}, ", ",
        cstring($d->{tcf}{purpose_one_treatment}), ", ",
        bool($d->{tcf}{use_publisher_tc}), ", ",
        bool($d->{tcf}{cookiebot_iab2}), ",";
    out "    ", cstring(join(',', @{ $d->{usp_cookies} })), ", ",
        cstring($d->{gpp_cookie});
    out "};";
    out "";
}

# families: realistic and malformed cookie vectors
my $nfam = 0;
my @decoded;
my $fam_mark = scalar @out;

out "static const cv_family_t  cv_families[] = {";

for my $fam (sort keys %{ $v->{families} }) {
    my $f = $v->{families}{$fam};
    known($f, "families.$fam", qw(cookie_names source vectors malformed
                                  service_map_used_by_vectors addtl_consent
                                  purpose_mapping_cases));

    for my $kind (qw(vectors malformed)) {
        for my $x (@{ $f->{$kind} }) {
            my $id = $x->{id};
            known($x, $id, qw(id description cookie_header config expected
                              provenance library_check note));
            my $e = $x->{expected};
            known($e, "$id.expected", qw(status cmp_state granted
                                         granted_mirror_mode reason decoded
                                         iab2 method gpc_applied_by_cmp));
            my $state = defined $e->{cmp_state}
                      ? mask_of_state($e->{cmp_state}, $id) : '0';
            my $mirror = defined $e->{granted_mirror_mode}
                       ? mask_of_list($e->{granted_mirror_mode}, $id)
                       : mask_of_list($e->{granted}, $id);
            my $dec = 'NULL';

            if ($e->{decoded}) {
                push @decoded, [$id, $e->{decoded}];
                $dec = '&cv_tcf_decoded[' . $#decoded . ']';
            }

            out "    { ", cstring($id), ", ", cstring($fam), ", ",
                ($kind eq 'malformed' ? 1 : 0), ",";
            out "      ", header_lines($x->{cookie_header}, $id), ",";
            out "      ", config($x->{config}, $id), ",";
            out "      ", status_of($e->{status}, $id), ", ",
                bool(defined $e->{cmp_state}), ", ", $state, ",";
            out "      ", mask_of_list($e->{granted}, $id), ",";
            out "      ", $mirror, ",";
            out "      ", cstring($e->{iab2}), ", ", cstring($e->{method}),
                ", ", (defined $e->{gpc_applied_by_cmp}
                       ? bool($e->{gpc_applied_by_cmp}) : -1), ", ",
                $dec, " },";
            $nfam++;
        }
    }
}

out "};";
out "";

# the TCF "decoded" expectations, referenced above (emitted before use)
my @dec_out;
for my $i (0 .. $#decoded) {
    my ($id, $d) = @{ $decoded[$i] };
    known($d, "$id.decoded", qw(version created lastUpdated cmpId cmpVersion
                                consentScreen consentLanguage
                                vendorListVersion policyVersion
                                isServiceSpecific useNonStandardTexts
                                specialFeatureOptins purposeConsents
                                purposeLegitimateInterests
                                purposeOneTreatment publisherCountryCode
                                vendorConsents vendorLegitimateInterests
                                numPubRestrictions segments publisherTC));
    my $vend = sub {
        my ($s, $where) = @_;
        known($s, $where, qw(maxVendorId encoding count sample_ids));
        die "$where: unknown encoding\n"
            unless $s->{encoding} =~ /^(bitfield|range)$/;
        my ($n, $l) = defined $s->{sample_ids}
                    ? int_list($s->{sample_ids}, 8, $where) : (-1, '{ 0 }');
        return "{ $s->{maxVendorId}, "
             . bool($s->{encoding} eq 'range') . ", $s->{count}, $n, $l }";
    };
    my %segbit = (core => 'CV_SEG_CORE',
                  disclosedVendors => 'CV_SEG_DISCLOSED',
                  allowedVendors => 'CV_SEG_ALLOWED',
                  publisherTC => 'CV_SEG_PUBLISHER');
    my @segs = map { $segbit{$_} // die "$id: unknown segment '$_'\n" }
               @{ $d->{segments} };
    my $p = $d->{publisherTC};
    known($p, "$id.publisherTC", qw(pubPurposesConsent
                                    pubPurposesLITransparency
                                    numCustomPurposes customPurposesConsent
                                    customPurposesLITransparency)) if $p;

    push @dec_out,
        "    /* $id */",
        "    { $d->{version}, " . deciseconds($d->{created}, $id) . "LL, "
        . deciseconds($d->{lastUpdated}, $id) . "LL, $d->{cmpId}, "
        . "$d->{cmpVersion}, $d->{consentScreen}, "
        . cstring($d->{consentLanguage}) . ",",
        "      $d->{vendorListVersion}, $d->{policyVersion}, "
        . bool($d->{isServiceSpecific}) . ", "
        . bool($d->{useNonStandardTexts}) . ", "
        . purposes_mask($d->{specialFeatureOptins}, 12, $id) . ",",
        "      " . purposes_mask($d->{purposeConsents}, 24, $id) . ", "
        . purposes_mask($d->{purposeLegitimateInterests}, 24, $id) . ", "
        . bool($d->{purposeOneTreatment}) . ", "
        . cstring($d->{publisherCountryCode}) . ",",
        "      " . $vend->($d->{vendorConsents}, "$id.vendorConsents") . ",",
        "      " . $vend->($d->{vendorLegitimateInterests},
                           "$id.vendorLegitimateInterests") . ",",
        "      $d->{numPubRestrictions}, " . join('|', @segs) . ",",
        "      " . ($p ? "1, "
                 . purposes_mask($p->{pubPurposesConsent}, 24, $id) . ", "
                 . purposes_mask($p->{pubPurposesLITransparency}, 24, $id)
                 . ", $p->{numCustomPurposes}, "
                 . purposes_mask64($p->{customPurposesConsent}, $id) . ", "
                 . purposes_mask64($p->{customPurposesLITransparency}, $id)
                 : "0, 0, 0, 0, 0, 0") . " },";
}

# the decoded table must precede cv_families, which points into it
my @fam_out = splice(@out, $fam_mark);
out "static const cv_tcf_decoded_t  cv_tcf_decoded[] = {";
out $_ for @dec_out;
out "};";
out "";
out $_ for @fam_out;

# TCF: AC strings and the purpose mapping table
out "static const cv_ac_t  cv_ac[] = {";
for my $x (@{ $v->{families}{tcf}{addtl_consent} }) {
    known($x, 'addtl_consent', qw(value description expected));
    my $e = $x->{expected};
    known($e, "addtl_consent $x->{value}.expected",
          qw(valid version consented disclosed_only));
    my ($nc, $lc) = $e->{valid} ? int_list($e->{consented}, 8, 'ac')
                                : (0, '{ 0 }');
    my ($nd, $ld) = ($e->{valid} && defined $e->{disclosed_only})
                  ? int_list($e->{disclosed_only}, 8, 'ac') : (-1, '{ 0 }');
    out "    { ", cbytes($x->{value}), ", ", bool($e->{valid}), ", ",
        ($e->{version} // 0), ", $nc, $lc, $nd, $ld },";
}
out "};";
out "";

out "static const cv_purpose_case_t  cv_purpose_cases[] = {";
for my $x (@{ $v->{families}{tcf}{purpose_mapping_cases} }) {
    known($x, 'purpose_mapping_cases',
          qw(purposeConsents purposeOneTreatment expected_default
             expected_honour_p1t));
    out "    { ", purposes_mask($x->{purposeConsents}, 24, 'pmc'), ", ",
        bool($x->{purposeOneTreatment}), ", ",
        mask_of_state($x->{expected_default}, 'pmc'), ", ",
        mask_of_state($x->{expected_honour_p1t}, 'pmc'), " },";
}
out "};";
out "";

# US Privacy
out "static const cv_usp_t  cv_usp[] = {";
for my $x (@{ $v->{us_privacy} }) {
    known($x, 'us_privacy', qw(value description expected));
    my $e = $x->{expected};
    known($e, "us_privacy $x->{value}", qw(valid removes_marketing notice
                                           optOutSale lspa applies
                                           treated_as));
    die "us_privacy: unknown treated_as\n"
        if defined $e->{treated_as} && $e->{treated_as} ne 'absent';
    out "    { ", cbytes($x->{value}), ", ", bool($e->{valid}), ", ",
        bool($e->{removes_marketing}), ", ",
        bool(defined $e->{treated_as}), ", ",
        map({ defined $e->{$_} ? "'$e->{$_}', " : "0, " }
            qw(notice optOutSale lspa)),
        (defined $e->{applies} ? bool($e->{applies}) : -1), " },";
}
out "};";
out "";

# GPP
known($v->{gpp}, 'gpp', qw(cookies us_optout_field_offsets vectors));

out "static const cv_gpp_t  cv_gpp[] = {";
for my $x (@{ $v->{gpp}{vectors} }) {
    known($x, 'gpp', qw(id description value expected provenance
                        library_check));
    my $e = $x->{expected};
    known($e, "$x->{id}.expected", qw(valid section_ids opt_outs
                                      removes_marketing treated_as reason));
    die "$x->{id}: unknown treated_as\n"
        if defined $e->{treated_as} && $e->{treated_as} ne 'absent';
    my ($ns, $ls) = defined $e->{section_ids}
                  ? int_list($e->{section_ids}, 8, $x->{id}) : (-1, '{ 0 }');
    my %fl = (SaleOptOut => 'PRIVACY_GPP_OPT_SALE',
              SharingOptOut => 'PRIVACY_GPP_OPT_SHARING',
              TargetedAdvertisingOptOut => 'PRIVACY_GPP_OPT_TARGETED',
              Gpc => 'PRIVACY_GPP_OPT_GPC');
    my @opts;
    for my $sid (sort { $a <=> $b } keys %{ $e->{opt_outs} // {} }) {
        my @b = map { $fl{$_} // die "$x->{id}: unknown opt-out '$_'\n" }
                @{ $e->{opt_outs}{$sid} };
        push @opts, "{ $sid, " . join(' | ', @b) . " }";
    }
    die "$x->{id}: too many opt-out sections\n" if @opts > 8;
    out "    { ", cstring($x->{id}), ", ", cbytes($x->{value}), ", ",
        bool($e->{valid}), ", ", bool($e->{removes_marketing}), ", ",
        bool(defined $e->{treated_as}), ",";
    out "      $ns, $ls, ", bool(defined $e->{opt_outs}), ", ",
        scalar(@opts), ", { ", (@opts ? join(', ', @opts) : '{ 0, 0 }'),
        " } },";
}
out "};";
out "";

out "static const cv_gpp_us_t  cv_gpp_us[] = {";
for my $sid (sort { $a <=> $b } keys %{ $v->{gpp}{us_optout_field_offsets} }) {
    my $s = $v->{gpp}{us_optout_field_offsets}{$sid};
    known($s, "gpp offsets $sid", qw(name coreBitsPadded fields gpcSubsection
                                     gpcExample hasVersionField));
    known($s->{fields}, "gpp offsets $sid",
          qw(SaleOptOut SharingOptOut TargetedAdvertisingOptOut));
    out "    { $sid, ", cstring($s->{name}), ", ",
        join(', ', map { $s->{fields}{$_} // -1 }
                   qw(SaleOptOut SharingOptOut TargetedAdvertisingOptOut)),
        ", ", bool($s->{gpcSubsection}), ", ", cstring($s->{gpcExample}),
        " },";
}
out "};";
out "";

# request headers
out "static const cv_headers_t  cv_headers[] = {";
for my $x (@{ $v->{headers} }) {
    known($x, 'headers', qw(request_headers description expected));
    my $e = $x->{expected};
    known($e, "headers.expected", qw(gpc dnt granted_when_cmp_grants_all));
    out "    { ", cstring($x->{description}), ",";
    out "      ", request_headers($x->{request_headers}, 'headers'), ",";
    out "      ", bool($e->{gpc}), ", ", cstring($e->{dnt}), ", ",
        mask_of_list($e->{granted_when_cmp_grants_all}, 'headers'), " },";
}
out "};";
out "";

# whole-request cases
my %cm_keys = map { $_ => 1 } qw(ad_storage ad_user_data ad_personalization
                                 analytics_storage functionality_storage
                                 personalization_storage security_storage);

sub consent_mode {
    my ($m, $where) = @_;
    known($m, $where, keys %cm_keys, 'gcs');
    my @b;
    for my $k (qw(ad_storage ad_user_data ad_personalization
                  analytics_storage functionality_storage
                  personalization_storage security_storage))
    {
        die "$where: $k is '$m->{$k}'\n"
            unless $m->{$k} =~ /^(granted|denied)$/;
        push @b, $m->{$k} eq 'granted' ? 1 : 0;
    }
    return "{ " . join(', ', @b) . ", " . cstring($m->{gcs}) . " }";
}

out "static const cv_combined_t  cv_combined[] = {";
for my $x (@{ $v->{combined} }) {
    my $id = $x->{id};
    known($x, $id, qw(id description cookie_header request_headers config
                      expected));
    my $e = $x->{expected};
    known($e, "$id.expected", qw(sources base removed granted consent_mode));
    my @src = map { "{ " . cstring($_) . ", "
                    . status_of($e->{sources}{$_}, $id) . " }" }
              sort keys %{ $e->{sources} };
    out "    { ", cstring($id), ",";
    out "      ", header_lines($x->{cookie_header}, $id), ",";
    out "      ", request_headers($x->{request_headers}, $id), ",";
    out "      ", config($x->{config}, $id), ",";
    out "      ", scalar(@src), ", { ",
        (@src ? join(', ', @src) : '{ NULL, NULL }'), " },";
    out "      ", mask_of_list($e->{base}, $id), ", ",
        mask_of_list($e->{removed}, $id), ", ",
        mask_of_list($e->{granted}, $id), ",";
    out "      ", consent_mode($e->{consent_mode}, $id), " },";
}
out "};";
out "";

out "static const cv_consent_mode_t  cv_consent_mode[] = {";
for my $x (@{ $v->{consent_mode} }) {
    known($x, 'consent_mode', qw(granted expected));
    out "    { ", mask_of_list($x->{granted}, 'consent_mode'), ", ",
        consent_mode($x->{expected}, 'consent_mode'), " },";
}
out "};";
out "";

# totals, so the test can prove it replayed everything
my $total = $nfam + @{ $v->{families}{tcf}{addtl_consent} }
          + @{ $v->{families}{tcf}{purpose_mapping_cases} }
          + @{ $v->{us_privacy} } + @{ $v->{gpp}{vectors} }
          + @{ $v->{headers} } + @{ $v->{combined} }
          + @{ $v->{consent_mode} };

out "#define CV_NFAMILY_VECTORS  $nfam";
out "#define CV_TOTAL_VECTORS    $total";

print "$_\n" for @out;
