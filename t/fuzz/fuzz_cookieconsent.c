/*
 * libFuzzer target for the vanilla-cookieconsent "cc_cookie" decoder
 * (§5), run under two configurations: the defaults, and revision 3 with
 * accept_v2 on.
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_cookieconsent.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_cookieconsent
 *     build/fuzz/fuzz_cookieconsent t/fuzz/corpus/cookieconsent \
 *         -max_total_time=20
 *
 * Input: one raw cookie value.  Invariants: deterministic decoding; only
 * decided results carry state; invalid grants nothing beyond necessary in
 * either mode; a duplicate copy changes nothing; configuring a revision
 * can only take a decision away, never create or widen one.
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
        privacy_consent_cookie(&ctx, (const unsigned char *) "cc_cookie", 9,
                               data, size);
    }

    privacy_consent_finish(&ctx, d);
}


static void
one(const privacy_cmp_conf_t *cf, const uint8_t *data, size_t size,
    privacy_cmp_result_t *r)
{
    privacy_cmp_result_t        r2;
    privacy_cmp_conf_t          mirror;
    privacy_consent_decision_t  d1, d2;

    privacy_cookieconsent_decode(cf, data, size, scratch, r);
    privacy_cookieconsent_decode(cf, data, size, scratch, &r2);

    if (r->status != r2.status || r->has_state != r2.has_state
        || r->state != r2.state)
    {
        abort();
    }

    if (r->status == PRIVACY_CONSENT_ABSENT
        || r->status == PRIVACY_CONSENT_NOT_REQUIRED
        || (r->status != PRIVACY_CONSENT_DECIDED && (r->has_state || r->state))
        || (r->state & ~PRIVACY_CMP_BUILTIN_OPTIONAL))
    {
        abort();
    }

    request(cf, data, size, 1, &d1);
    request(cf, data, size, 2, &d2);

    if (d1.granted != d2.granted
        || d1.status[PRIVACY_CMP_COOKIECONSENT] != r->status
        || d2.status[PRIVACY_CMP_COOKIECONSENT] != r->status)
    {
        abort();
    }

    mirror = *cf;
    mirror.mirror = 1;
    request(&mirror, data, size, 1, &d2);

    if (r->status != PRIVACY_CONSENT_DECIDED
        && (d1.granted != PRIVACY_CAT_NECESSARY
            || d2.granted != PRIVACY_CAT_NECESSARY))
    {
        abort();
    }
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    privacy_cmp_conf_t    cf;
    privacy_cmp_result_t  r1, r2, r3;

    privacy_cmp_conf_init(&cf);
    cf.families = PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COOKIECONSENT);
    one(&cf, data, size, &r1);

    cf.cookieconsent.has_revision = 1;
    cf.cookieconsent.revision = 3;
    one(&cf, data, size, &r2);

    /* a revision check can only turn decided into undecided */
    if (r2.status != r1.status
        && !(r1.status == PRIVACY_CONSENT_DECIDED
             && r2.status == PRIVACY_CONSENT_UNDECIDED))
    {
        abort();
    }

    if (r2.status == PRIVACY_CONSENT_DECIDED && r2.state != r1.state) {
        abort();
    }

    cf.cookieconsent.accept_v2 = 1;
    one(&cf, data, size, &r3);

    /* accept_v2 changes nothing for a cookie that decoded as v3 */
    if (r2.status == PRIVACY_CONSENT_DECIDED
        && (r3.status != r2.status || r3.state != r2.state))
    {
        abort();
    }

    return 0;
}
