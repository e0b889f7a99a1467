/*
 * libFuzzer target for the OneTrust decoder (§3): "OptanonConsent" and
 * "OptanonAlertBoxClosed".
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_onetrust.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_onetrust
 *     build/fuzz/fuzz_onetrust t/fuzz/corpus/onetrust -max_total_time=20
 *
 * Input: the OptanonConsent value; when it contains a newline, the part
 * before the first newline is an OptanonAlertBoxClosed value instead.
 * Invariants: deterministic decoding, no state on invalid, an invalid
 * cookie grants nothing beyond necessary in either mode, a duplicate copy
 * changes nothing, the banner-closed cookie can only turn "waiting" into
 * decided, and the cookie order does not matter.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_cmp.h"


static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];


static void
request(const privacy_cmp_conf_t *cf, const uint8_t *closed, size_t clen,
    const uint8_t *state, size_t slen, int closed_first, int copies,
    privacy_consent_decision_t *d)
{
    int                    i;
    privacy_consent_ctx_t  ctx;

    privacy_consent_init(&ctx, cf, scratch);

    if (closed != NULL && closed_first) {
        privacy_consent_cookie(&ctx,
                               (const unsigned char *) "OptanonAlertBoxClosed",
                               21, closed, clen);
    }

    for (i = 0; i < copies; i++) {
        privacy_consent_cookie(&ctx, (const unsigned char *) "OptanonConsent",
                               14, state, slen);
    }

    if (closed != NULL && !closed_first) {
        privacy_consent_cookie(&ctx,
                               (const unsigned char *) "OptanonAlertBoxClosed",
                               21, closed, clen);
    }

    privacy_consent_finish(&ctx, d);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t                      clen, slen;
    const uint8_t              *nl, *closed, *state;
    privacy_cmp_conf_t          cf;
    privacy_cmp_result_t        r1, r2;
    privacy_consent_decision_t  d1, d2, d3;

    nl = memchr(data, '\n', size);

    if (nl != NULL) {
        closed = data;
        clen = (size_t) (nl - data);
        state = nl + 1;
        slen = size - clen - 1;

    } else {
        closed = NULL;
        clen = 0;
        state = data;
        slen = size;
    }

    privacy_cmp_conf_init(&cf);
    cf.families = PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_ONETRUST);

    privacy_onetrust_decode(&cf, state, slen, scratch, &r1);
    privacy_onetrust_decode(&cf, state, slen, scratch, &r2);

    if (r1.status != r2.status || r1.has_state != r2.has_state
        || r1.state != r2.state || r1.info != r2.info)
    {
        abort();
    }

    if ((r1.status == PRIVACY_CONSENT_INVALID && (r1.has_state || r1.state))
        || (r1.status != PRIVACY_CONSENT_INVALID && !r1.has_state)
        || (r1.state & ~PRIVACY_CMP_BUILTIN_OPTIONAL))
    {
        abort();
    }

    if (closed != NULL) {
        (void) privacy_onetrust_closed_valid(closed, clen);
    }

    request(&cf, closed, clen, state, slen, 1, 1, &d1);
    request(&cf, closed, clen, state, slen, 0, 1, &d2);
    request(&cf, closed, clen, state, slen, 1, 2, &d3);

    if (d1.granted != d2.granted || d1.granted != d3.granted
        || d1.status[PRIVACY_CMP_ONETRUST] != d2.status[PRIVACY_CMP_ONETRUST]
        || d1.status[PRIVACY_CMP_ONETRUST] != d3.status[PRIVACY_CMP_ONETRUST])
    {
        abort();
    }

    /* the banner-closed cookie only settles copies that wait for it */
    if (d1.status[PRIVACY_CMP_ONETRUST] != r1.status
        && !(r1.status == PRIVACY_CONSENT_UNDECIDED
             && (r1.info & PRIVACY_CMP_INFO_AWAIT_CLOSED)
             && d1.status[PRIVACY_CMP_ONETRUST] == PRIVACY_CONSENT_DECIDED
             && privacy_onetrust_closed_valid(closed, clen)))
    {
        abort();
    }

    if (r1.status == PRIVACY_CONSENT_INVALID
        && d1.granted != PRIVACY_CAT_NECESSARY)
    {
        abort();
    }

    cf.mirror = 1;
    request(&cf, closed, clen, state, slen, 1, 1, &d2);

    if ((r1.status == PRIVACY_CONSENT_INVALID
         && d2.granted != PRIVACY_CAT_NECESSARY)
        || (d1.granted & ~d2.granted))
    {
        abort();    /* mirror mode never grants less than strict */
    }

    return 0;
}
