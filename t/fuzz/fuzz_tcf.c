/*
 * libFuzzer target for the IAB TCF v2 TC string decoder (§9) and the
 * Google AC string parser (§9.7).
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_tcf.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_tcf
 *     build/fuzz/fuzz_tcf t/fuzz/corpus/tcf -max_total_time=20
 *
 * Input: one raw euconsent-v2 value.  Invariants: deterministic decoding;
 * everything §9.6 requires of a valid string holds for every accepted one
 * (version 2, service-specific, policy version, alphabet, no empty
 * segment, no repeated segment type, vendor ids within MaxVendorId);
 * membership queries stay in bounds; raising the minimum policy version
 * can only reject more; an invalid string grants nothing beyond necessary
 * and, next to a Cookiebot accept-all, still blocks it (§0.4 step 3).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_cmp.h"
#include "privacy_tcf.h"


static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];


static int
alphabet_ok(const uint8_t *data, size_t size)
{
    size_t  i;

    if (size == 0 || size > PRIVACY_CMP_MAX_VALUE || data[0] == '.'
        || data[size - 1] == '.')
    {
        return 0;
    }

    for (i = 0; i < size; i++) {
        if (data[i] == '.') {
            if (i > 0 && data[i - 1] == '.') {
                return 0;
            }

        } else if (privacy_b64url_value(data[i]) < 0) {
            return 0;
        }
    }

    return 1;
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                         rc, rc2;
    unsigned                    id;
    privacy_tcf_t               tc, tc2;
    privacy_ac_t                ac;
    privacy_cmp_conf_t          cf;
    privacy_consent_ctx_t       ctx;
    privacy_consent_decision_t  d;
    static const char           accept_all[] =
        "{necessary:true,preferences:true,statistics:true,marketing:true}";

    rc = privacy_tcf_decode(data, size, 4, &tc);
    rc2 = privacy_tcf_decode(data, size, 4, &tc2);

    if (rc != rc2
        || (rc == 0 && (tc.purposes_consent != tc2.purposes_consent
                        || tc.vendor_consent.count
                           != tc2.vendor_consent.count)))
    {
        abort();
    }

    if (rc == 0) {
        if (!alphabet_ok(data, size) || tc.version != 2
            || !tc.is_service_specific || tc.policy_version < 4
            || !(tc.segments & PRIVACY_TCF_SEG_CORE)
            || (tc.purposes_consent >> 24) || (tc.special_features >> 12))
        {
            abort();
        }

        /* ranges never exceed MaxVendorId, so counts are bounded */
        if (tc.vendor_consent.count > tc.vendor_consent.max_vendor_id
                                      * (unsigned long) 4095
            || privacy_tcf_vendor_has(&tc.vendor_consent, 0)
            || privacy_tcf_vendor_has(&tc.vendor_consent,
                                      tc.vendor_consent.max_vendor_id + 1))
        {
            abort();
        }

        for (id = 1; id <= 64; id++) {
            (void) privacy_tcf_vendor_has(&tc.vendor_consent, id);
            (void) privacy_tcf_vendor_has(&tc.vendor_li, id);
            (void) privacy_tcf_vendor_has(&tc.disclosed, id);
            (void) privacy_tcf_vendor_allowed(&tc, id, 0xffffff);
        }

        if (privacy_tcf_decode(data, size, 5, &tc2) == 0
            && tc.policy_version < 5)
        {
            abort();
        }
    }

    if (privacy_tcf_decode(data, size, 5, &tc2) == 0 && rc != 0) {
        abort();
    }

    (void) privacy_ac_parse(data, size, &ac);

    /* through a request, alone and next to Cookiebot's accept-all */
    privacy_cmp_conf_init(&cf);
    privacy_consent_init(&ctx, &cf, scratch);
    privacy_consent_cookie(&ctx, (const unsigned char *) "euconsent-v2", 12,
                           data, size);
    privacy_consent_cookie(&ctx, (const unsigned char *) "CookieConsent", 13,
                           (const unsigned char *) accept_all,
                           sizeof(accept_all) - 1);
    privacy_consent_finish(&ctx, &d);

    if (d.status[PRIVACY_CMP_COOKIEBOT] != PRIVACY_CONSENT_DECIDED
        || d.status[PRIVACY_CMP_TCF]
           != (rc == 0 ? PRIVACY_CONSENT_DECIDED : PRIVACY_CONSENT_INVALID))
    {
        abort();
    }

    if (rc != 0 && d.granted != PRIVACY_CAT_NECESSARY) {
        abort();
    }

    if (rc == 0
        && d.granted != (PRIVACY_CAT_NECESSARY
                         | privacy_tcf_categories(&cf, tc.purposes_consent,
                                                  tc.purpose_one_treatment)))
    {
        abort();
    }

    return 0;
}
