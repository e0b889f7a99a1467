/*
 * libFuzzer target for the Klaro "klaro" decoder (§4), configured with
 * the service map the spec's vectors use.
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_klaro.c \
 *         ngx_privacy_module/lib/privacy_cmp*.c \
 *         ngx_privacy_module/lib/privacy_{pct,json,tcf,usp_gpp,combine}.c \
 *         -o build/fuzz/fuzz_klaro
 *     build/fuzz/fuzz_klaro t/fuzz/corpus/klaro -max_total_time=20
 *
 * Input: one raw cookie value.  Invariants: deterministic decoding; the
 * result agrees with the JSON validator (a value that is not a valid JSON
 * object after percent-decoding is invalid); invalid and undecided carry
 * no state; invalid grants nothing beyond necessary in either mode; a
 * duplicate copy changes nothing; without a service map the family is
 * absent.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_cmp.h"
#include "privacy_json.h"
#include "privacy_pct.h"


#define SVC(n, m)  { n, sizeof(n) - 1, m, 0 }

static const privacy_cmp_map_entry_t  services[] = {
    SVC("session", PRIVACY_CAT_NECESSARY),
    SVC("matomo", PRIVACY_CAT_ANALYTICS),
    SVC("hotjar", PRIVACY_CAT_ANALYTICS),
    SVC("intercom", PRIVACY_CAT_PREFERENCES),
    SVC("youtube", PRIVACY_CAT_MARKETING),
    SVC("facebook-pixel", PRIVACY_CAT_MARKETING)
};

static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];
static unsigned char  decoded[PRIVACY_CMP_SCRATCH_SIZE];


static void
request(const privacy_cmp_conf_t *cf, const uint8_t *data, size_t size,
    int copies, privacy_consent_decision_t *d)
{
    int                    i;
    privacy_consent_ctx_t  ctx;

    privacy_consent_init(&ctx, cf, scratch);

    for (i = 0; i < copies; i++) {
        privacy_consent_cookie(&ctx, (const unsigned char *) "klaro", 5,
                               data, size);
    }

    privacy_consent_finish(&ctx, d);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t                      i, n;
    int                         json_ok;
    privacy_cmp_conf_t          cf;
    privacy_cmp_result_t        r1, r2;
    privacy_json_value_t        root;
    privacy_consent_decision_t  d1, d2;

    privacy_cmp_conf_init(&cf);
    cf.families = PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_KLARO);

    request(&cf, data, size, 1, &d1);

    if (d1.status[PRIVACY_CMP_KLARO] != PRIVACY_CONSENT_ABSENT) {
        abort();
    }

    cf.klaro.services.entries = services;
    cf.klaro.services.n = sizeof(services) / sizeof(services[0]);

    privacy_klaro_decode(&cf, data, size, scratch, &r1);
    privacy_klaro_decode(&cf, data, size, scratch, &r2);

    if (r1.status != r2.status || r1.has_state != r2.has_state
        || r1.state != r2.state)
    {
        abort();
    }

    if (r1.status == PRIVACY_CONSENT_ABSENT
        || r1.status == PRIVACY_CONSENT_NOT_REQUIRED
        || (r1.status != PRIVACY_CONSENT_DECIDED && (r1.has_state || r1.state))
        || (r1.state & ~PRIVACY_CMP_BUILTIN_OPTIONAL))
    {
        abort();
    }

    /* independent check: raw bytes, percent-decoding, JSON object */
    json_ok = size <= PRIVACY_CMP_MAX_VALUE;

    for (i = 0; json_ok && i < size; i++) {
        json_ok = data[i] >= 0x20 && data[i] <= 0x7e;
    }

    json_ok = json_ok
              && privacy_pct_decode(data, size, decoded, sizeof(decoded), 0,
                                    &n) == 0
              && privacy_json_validate(decoded, n, &root) == PRIVACY_JSON_OK
              && root.type == PRIVACY_JSON_OBJECT;

    if (json_ok != (r1.status != PRIVACY_CONSENT_INVALID)) {
        abort();
    }

    request(&cf, data, size, 1, &d1);
    request(&cf, data, size, 2, &d2);

    if (d1.granted != d2.granted
        || d1.status[PRIVACY_CMP_KLARO] != r1.status
        || d2.status[PRIVACY_CMP_KLARO] != r1.status)
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

    if (r1.status != PRIVACY_CONSENT_DECIDED
        && d2.granted != PRIVACY_CAT_NECESSARY)
    {
        abort();    /* undecided Klaro has no state to mirror */
    }

    return 0;
}
