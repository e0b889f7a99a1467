/*
 * libFuzzer target for the Complianz "cmplz_*" cookies (§7), which only
 * exist as a family spread over several cookies.
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_complianz.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_complianz
 *     build/fuzz/fuzz_complianz t/fuzz/corpus/complianz -max_total_time=20
 *
 * Input: newline-separated "suffix=value" lines, each fed as the cookie
 * "cmplz_<suffix>" (a line without '=' is skipped).  Invariants: the same
 * cookies give the same result; feeding them in reverse order gives the
 * same result; a repeated category cookie is invalid; invalid and
 * undecided grant nothing beyond necessary; a configured policy id can
 * only take a decision away.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_cmp.h"


#define MAX_COOKIES  64

typedef struct {
    const uint8_t  *name;
    size_t          nlen;
    const uint8_t  *val;
    size_t          vlen;
} cookie_t;

static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];
static unsigned char  names[MAX_COOKIES][PRIVACY_CMP_MAX_VALUE + 8];


static size_t
split(const uint8_t *data, size_t size, cookie_t *c)
{
    size_t          n, s, e, eq;

    n = 0;
    s = 0;

    while (s < size && n < MAX_COOKIES) {
        for (e = s; e < size && data[e] != '\n'; e++) {
            /* void */
        }

        for (eq = s; eq < e && data[eq] != '='; eq++) {
            /* void */
        }

        if (eq < e && eq - s <= PRIVACY_CMP_MAX_VALUE) {
            memcpy(names[n], "cmplz_", 6);
            memcpy(names[n] + 6, data + s, eq - s);
            c[n].name = names[n];
            c[n].nlen = eq - s + 6;
            c[n].val = data + eq + 1;
            c[n].vlen = e - eq - 1;
            n++;
        }

        s = e + 1;
    }

    return n;
}


static void
request(const privacy_cmp_conf_t *cf, const cookie_t *c, size_t n,
    int reverse, privacy_consent_decision_t *d)
{
    size_t                 i, k;
    privacy_consent_ctx_t  ctx;

    privacy_consent_init(&ctx, cf, scratch);

    for (i = 0; i < n; i++) {
        k = reverse ? n - 1 - i : i;
        privacy_consent_cookie(&ctx, c[k].name, c[k].nlen, c[k].val,
                               c[k].vlen);
    }

    privacy_consent_finish(&ctx, d);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t                      n;
    cookie_t                    c[MAX_COOKIES + 1];
    privacy_cmp_conf_t          cf;
    privacy_consent_status_e    s;
    privacy_consent_decision_t  d1, d2, d3;

    n = split(data, size, c);

    privacy_cmp_conf_init(&cf);
    cf.families = PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COMPLIANZ);

    request(&cf, c, n, 0, &d1);
    request(&cf, c, n, 0, &d2);
    request(&cf, c, n, 1, &d3);

    s = d1.status[PRIVACY_CMP_COMPLIANZ];

    if (s != d2.status[PRIVACY_CMP_COMPLIANZ]
        || s != d3.status[PRIVACY_CMP_COMPLIANZ]
        || d1.granted != d2.granted || d1.granted != d3.granted
        || d1.fam[PRIVACY_CMP_COMPLIANZ].state
           != d3.fam[PRIVACY_CMP_COMPLIANZ].state)
    {
        abort();
    }

    if (s == PRIVACY_CONSENT_NOT_REQUIRED
        || (s != PRIVACY_CONSENT_DECIDED
            && d1.granted != PRIVACY_CAT_NECESSARY)
        || (d1.fam[PRIVACY_CMP_COMPLIANZ].state
            & ~PRIVACY_CMP_BUILTIN_OPTIONAL))
    {
        abort();
    }

    /* one more copy of the first cookie: the family can only get worse */
    if (n > 0 && n < MAX_COOKIES) {
        c[n] = c[0];
        request(&cf, c, n + 1, 0, &d2);

        if (d2.granted & ~d1.granted) {
            abort();
        }
    }

    cf.complianz.has_policy_id = 1;
    cf.complianz.policy_id = 14;
    request(&cf, c, n, 0, &d2);

    if (d2.granted & ~d1.granted) {
        abort();
    }

    cf.mirror = 1;
    request(&cf, c, n, 0, &d2);

    if (s == PRIVACY_CONSENT_INVALID && d2.granted != PRIVACY_CAT_NECESSARY) {
        abort();
    }

    return 0;
}
