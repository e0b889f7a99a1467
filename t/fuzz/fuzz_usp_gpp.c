/*
 * libFuzzer target for the opt-out overlays: the US Privacy string (§10)
 * and the GPP string (§11).
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_usp_gpp.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_usp_gpp
 *     build/fuzz/fuzz_usp_gpp t/fuzz/corpus/usp_gpp -max_total_time=20
 *
 * Input: one raw value, read both as __gpp and as usprivacy.  Invariants:
 * deterministic decoding; overlays never add a category; a present but
 * invalid string removes marketing (invalid_optout=deny) and nothing when
 * ignored; only empty values are absent; a valid GPP string has as many
 * sections as its header lists; the reported opt-outs are what removes
 * marketing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_cmp.h"


static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];


static privacy_mask_t
removed(privacy_cmp_conf_t *cf, const char *cookie, const uint8_t *data,
    size_t size, privacy_mask_t *granted)
{
    privacy_consent_ctx_t       ctx;
    privacy_consent_decision_t  d;

    privacy_consent_init(&ctx, cf, scratch);
    privacy_consent_cookie(&ctx, (const unsigned char *) "CookieConsent", 13,
                           (const unsigned char *) "-1", 2);
    privacy_consent_cookie(&ctx, (const unsigned char *) cookie,
                           strlen(cookie), data, size);
    privacy_consent_finish(&ctx, &d);

    *granted = d.granted;

    return d.removed;
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                       valid;
    size_t                    i, tildes;
    privacy_gpp_t             g, g2;
    privacy_usp_t             u;
    privacy_mask_t            rm, granted;
    privacy_cmp_conf_t        cf;
    privacy_consent_status_e  s, s2;

    privacy_cmp_conf_init(&cf);

    s = privacy_gpp_decode(data, size, 4, &g);
    s2 = privacy_gpp_decode(data, size, 4, &g2);

    if (s != s2 || g.optout != g2.optout || g.nsections != g2.nsections) {
        abort();
    }

    if ((s == PRIVACY_CONSENT_ABSENT) != (size == 0)) {
        abort();
    }

    if (s == PRIVACY_CONSENT_DECIDED) {
        for (i = 0, tildes = 0; i < size; i++) {
            tildes += (data[i] == '~');
        }

        if (g.nsections != tildes
            || (g.tcf != NULL
                && (g.tcf < data || g.tcf + g.tcf_len > data + size)))
        {
            abort();
        }
    }

    rm = removed(&cf, "__gpp", data, size, &granted);

    if ((granted & ~(PRIVACY_CAT_NECESSARY | cf.all))
        || ((rm & PRIVACY_CAT_MARKETING) != 0)
           != (s == PRIVACY_CONSENT_INVALID
               || (s == PRIVACY_CONSENT_DECIDED && g.optout != 0)))
    {
        abort();
    }

    cf.invalid_optout_ignore = 1;
    rm = removed(&cf, "__gpp", data, size, &granted);

    if (((rm & PRIVACY_CAT_MARKETING) != 0)
        != (s == PRIVACY_CONSENT_DECIDED && g.optout != 0))
    {
        abort();
    }

    cf.invalid_optout_ignore = 0;

    s = privacy_usp_decode(data, size, &u);

    /* §10 restated: 1, then three of Y N -, "-" opt-out only in "1---" */
    valid = size == 4 && data[0] == '1';

    for (i = 1; valid && i < 4; i++) {
        valid = data[i] == 'Y' || data[i] == 'N' || data[i] == '-';
    }

    if (valid && data[2] == '-' && (data[1] != '-' || data[3] != '-')) {
        valid = 0;
    }

    if ((s == PRIVACY_CONSENT_DECIDED) != valid
        || (valid && u.opt_out != data[2]))
    {
        abort();
    }

    rm = removed(&cf, "usprivacy", data, size, &granted);

    if (((rm & PRIVACY_CAT_MARKETING) != 0)
        != (s == PRIVACY_CONSENT_INVALID
            || (s == PRIVACY_CONSENT_DECIDED && u.opt_out == 'Y')))
    {
        abort();
    }

    /* the same overlay values as request headers mean nothing */
    (void) privacy_gpc_header(data, size);
    (void) privacy_dnt_header(data, size);

    return 0;
}
