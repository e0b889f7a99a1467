/*
 * Klaro "klaro" cookie (§4): encodeURIComponent(JSON.stringify(consents)),
 * a flat object service name -> boolean.  Services are not categories: the
 * site's service map says which category each one feeds, and without a
 * map the family cannot be read at all (absent).  Only the JSON literal
 * true grants; a configured service missing from the cookie means Klaro
 * itself would ask again (undecided).
 */
#include <string.h>

#include "privacy_cmp_util.h"
#include "privacy_json.h"
#include "privacy_pct.h"


void
privacy_klaro_decode(const privacy_cmp_conf_t *cf, const unsigned char *p,
    size_t len, unsigned char *scratch, privacy_cmp_result_t *r)
{
    size_t                        n, k;
    const privacy_cmp_map_t      *m;
    privacy_json_iter_t           it;
    privacy_json_value_t          root, key, val;
    unsigned char                 obs[PRIVACY_CMP_MAP_MAX];

    memset(r, 0, sizeof(privacy_cmp_result_t));
    m = &cf->klaro.services;

    if (m->n == 0) {
        r->status = PRIVACY_CONSENT_ABSENT;
        return;
    }

    r->status = PRIVACY_CONSENT_INVALID;

    if (!privacy_cmp_raw_ok(p, len) || !privacy_cmp_map_ok(m)
        || privacy_pct_decode(p, len, scratch, PRIVACY_CMP_SCRATCH_SIZE, 0,
                              &n) != 0
        || privacy_json_validate(scratch, n, &root) != PRIVACY_JSON_OK
        || root.type != PRIVACY_JSON_OBJECT)
    {
        return;
    }

    memset(obs, 0, sizeof(obs));
    privacy_json_iter_init(&it, &root);

    while (privacy_json_iter_next(&it, &key, &val)) {
        for (k = 0; k < m->n; k++) {
            if (privacy_json_str_eq(&key,
                                    (const unsigned char *) m->entries[k].name,
                                    m->entries[k].len))
            {
                obs[k] |= PRIVACY_CMP_OBS_PRESENT;

                if (val.type == PRIVACY_JSON_TRUE) {
                    obs[k] |= PRIVACY_CMP_OBS_ON;
                }
            }
        }
    }

    for (k = 0; k < m->n; k++) {
        if (privacy_cmp_entry_mask(&m->entries[k]) != 0
            && !(obs[k] & PRIVACY_CMP_OBS_PRESENT))
        {
            /* saved before this service existed: Klaro asks again */
            r->status = PRIVACY_CONSENT_UNDECIDED;
            return;
        }
    }

    r->status = PRIVACY_CONSENT_DECIDED;
    r->has_state = 1;
    r->state = privacy_cmp_map_eval(m, obs);
}
