/*
 * libFuzzer target for the Cookiebot "CookieConsent" decoder (§2).
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_cookiebot.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_cookiebot
 *     build/fuzz/fuzz_cookiebot t/fuzz/corpus/cookiebot -max_total_time=20
 *
 * The input is one raw cookie value.  Besides the sanitizers, it checks
 * that decoding is deterministic, that invalid results carry no state,
 * that the state stays within what the configuration can grant, that the
 * TC string view points into the scratch buffer, and, through a whole
 * request, that an invalid cookie grants nothing beyond necessary (in
 * strict and mirror mode) and that a duplicate copy changes nothing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_cmp.h"


static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];


static void
request(const privacy_cmp_conf_t *cf, const uint8_t *data, size_t size,
    int copies, privacy_consent_decision_t *d)
{
    int                    i;
    privacy_consent_ctx_t  ctx;

    privacy_consent_init(&ctx, cf, scratch);

    for (i = 0; i < copies; i++) {
        privacy_consent_cookie(&ctx, (const unsigned char *) "CookieConsent",
                               13, data, size);
    }

    privacy_consent_finish(&ctx, d);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    privacy_cmp_conf_t          cf;
    privacy_cmp_result_t        r1, r2;
    privacy_consent_decision_t  d1, d2;

    privacy_cmp_conf_init(&cf);
    cf.families = PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COOKIEBOT);

    privacy_cookiebot_decode(&cf, data, size, scratch, &r1);
    privacy_cookiebot_decode(&cf, data, size, scratch, &r2);

    if (r1.status != r2.status || r1.has_state != r2.has_state
        || r1.state != r2.state || r1.info != r2.info
        || r1.iab2_len != r2.iab2_len)
    {
        abort();
    }

    if (r1.status == PRIVACY_CONSENT_ABSENT
        || (r1.status == PRIVACY_CONSENT_INVALID
            && (r1.has_state || r1.state || r1.iab2 != NULL))
        || (r1.state & ~cf.all) || (r1.state & PRIVACY_CAT_NECESSARY))
    {
        abort();
    }

    if (r1.iab2 != NULL
        && (r1.iab2 < scratch
            || r1.iab2_len > (size_t) (scratch + sizeof(scratch) - r1.iab2)))
    {
        abort();
    }

    request(&cf, data, size, 1, &d1);
    request(&cf, data, size, 2, &d2);

    if (d1.status[PRIVACY_CMP_COOKIEBOT] != r1.status
        || d1.granted != d2.granted
        || d1.status[PRIVACY_CMP_COOKIEBOT] != d2.status[PRIVACY_CMP_COOKIEBOT])
    {
        abort();
    }

    if (r1.status == PRIVACY_CONSENT_INVALID
        && d1.granted != PRIVACY_CAT_NECESSARY)
    {
        abort();
    }

    cf.mirror = 1;
    request(&cf, data, size, 1, &d1);

    if (r1.status == PRIVACY_CONSENT_INVALID
        && d1.granted != PRIVACY_CAT_NECESSARY)
    {
        abort();
    }

    /* with TCF on and iab2 read, the TC string can only take away */
    cf.mirror = 0;
    request(&cf, data, size, 1, &d1);
    cf.families |= PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_TCF);
    cf.tcf.cookiebot_iab2 = 1;
    request(&cf, data, size, 1, &d2);

    if (d2.granted & ~d1.granted) {
        abort();
    }

    return 0;
}
