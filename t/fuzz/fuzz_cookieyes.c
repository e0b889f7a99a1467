/*
 * libFuzzer target for the CookieYes "cookieyes-consent" decoder (§6).
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_cookieyes.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_cookieyes
 *     build/fuzz/fuzz_cookieyes t/fuzz/corpus/cookieyes -max_total_time=20
 *
 * Input: one raw cookie value.  Invariants: deterministic decoding; a
 * valid result always has a state within the three built-in categories;
 * decided requires the literal item "action:yes" in the decoded value;
 * invalid grants nothing beyond necessary in either mode; a duplicate
 * copy changes nothing; mirror mode never grants less than strict.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_cmp.h"
#include "privacy_pct.h"


static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];
static unsigned char  decoded[PRIVACY_CMP_SCRATCH_SIZE + 2];


static void
request(const privacy_cmp_conf_t *cf, const uint8_t *data, size_t size,
    int copies, privacy_consent_decision_t *d)
{
    int                    i;
    privacy_consent_ctx_t  ctx;

    privacy_consent_init(&ctx, cf, scratch);

    for (i = 0; i < copies; i++) {
        privacy_consent_cookie(&ctx,
                               (const unsigned char *) "cookieyes-consent",
                               17, data, size);
    }

    privacy_consent_finish(&ctx, d);
}


/* ",action:yes," occurs in "," + decoded + "," */
static int
has_action_yes(const uint8_t *data, size_t size)
{
    size_t  n, i;

    if (privacy_pct_decode(data, size, decoded + 1, sizeof(decoded) - 2, 0,
                           &n) != 0)
    {
        return 0;
    }

    decoded[0] = ',';
    decoded[n + 1] = ',';

    for (i = 0; i + 12 <= n + 2; i++) {
        if (memcmp(decoded + i, ",action:yes,", 12) == 0) {
            return 1;
        }
    }

    return 0;
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    privacy_cmp_conf_t          cf;
    privacy_cmp_result_t        r1, r2;
    privacy_consent_decision_t  d1, d2;

    privacy_cmp_conf_init(&cf);
    cf.families = PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COOKIEYES);

    privacy_cookieyes_decode(&cf, data, size, scratch, &r1);
    privacy_cookieyes_decode(&cf, data, size, scratch, &r2);

    if (r1.status != r2.status || r1.has_state != r2.has_state
        || r1.state != r2.state)
    {
        abort();
    }

    if (r1.status == PRIVACY_CONSENT_ABSENT
        || r1.status == PRIVACY_CONSENT_NOT_REQUIRED
        || (r1.status == PRIVACY_CONSENT_INVALID && (r1.has_state || r1.state))
        || (r1.status != PRIVACY_CONSENT_INVALID && !r1.has_state)
        || (r1.state & ~PRIVACY_CMP_BUILTIN_OPTIONAL))
    {
        abort();
    }

    if (r1.status == PRIVACY_CONSENT_DECIDED && !has_action_yes(data, size)) {
        abort();
    }

    request(&cf, data, size, 1, &d1);
    request(&cf, data, size, 2, &d2);

    if (d1.granted != d2.granted
        || d1.status[PRIVACY_CMP_COOKIEYES] != r1.status
        || d2.status[PRIVACY_CMP_COOKIEYES] != r1.status)
    {
        abort();
    }

    if (r1.status != PRIVACY_CONSENT_DECIDED
        && d1.granted != PRIVACY_CAT_NECESSARY)
    {
        abort();
    }

    cf.mirror = 1;
    request(&cf, data, size, 1, &d2);

    if ((r1.status == PRIVACY_CONSENT_INVALID
         && d2.granted != PRIVACY_CAT_NECESSARY)
        || (d1.granted & ~d2.granted))
    {
        abort();
    }

    return 0;
}
