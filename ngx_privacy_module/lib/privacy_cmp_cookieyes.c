/*
 * CookieYes "cookieyes-consent" (§6): comma-separated key:value items,
 * written raw (percent-decoding is a no-op for real cookies but applied).
 * The script writes the cookie on the first page view with action empty;
 * only action:yes records a decision.
 */
#include <string.h>

#include "privacy_cmp_util.h"
#include "privacy_pct.h"


#define CY_MAP(name, mask, flags)  { name, sizeof(name) - 1, mask, flags }

/* analytics is ANDed with performance only when performance is present */
static const privacy_cmp_map_entry_t  cookieyes_default_entries[] = {
    CY_MAP("functional", PRIVACY_CAT_PREFERENCES, PRIVACY_CMP_MAP_REQUIRED),
    CY_MAP("analytics", PRIVACY_CAT_ANALYTICS, PRIVACY_CMP_MAP_REQUIRED),
    CY_MAP("performance", PRIVACY_CAT_ANALYTICS, 0),
    CY_MAP("advertisement", PRIVACY_CAT_MARKETING, PRIVACY_CMP_MAP_REQUIRED)
};

const privacy_cmp_map_t  privacy_cookieyes_default_map = {
    cookieyes_default_entries,
    sizeof(cookieyes_default_entries) / sizeof(cookieyes_default_entries[0])
};

/* keys whose value must be yes, no or empty */
static const privacy_cmp_str_t  cy_flags[] = {
    { "consent", 7 },
    { "action", 6 },
    { "necessary", 9 },
    { "functional", 10 },
    { "analytics", 9 },
    { "performance", 11 },
    { "advertisement", 13 },
    { "other", 5 }
};


#define cy_key_char(c)                                                        \
    (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z')                 \
     || ((c) >= '0' && (c) <= '9') || (c) == '_' || (c) == '-')


void
privacy_cookieyes_decode(const privacy_cmp_conf_t *cf,
    const unsigned char *p, size_t len, unsigned char *scratch,
    privacy_cmp_result_t *r)
{
    size_t                    n, i, s, e, k, c, vn;
    unsigned                  have_action, action_yes, yes, flag;
    const unsigned char      *d, *v;
    const privacy_cmp_map_t  *m;
    privacy_dupset_t          dup;
    unsigned char             obs[PRIVACY_CMP_MAP_MAX];

    memset(r, 0, sizeof(privacy_cmp_result_t));
    r->status = PRIVACY_CONSENT_INVALID;
    m = &cf->cookieyes.map;

    if (!privacy_cmp_raw_ok(p, len) || !privacy_cmp_map_ok(m)
        || privacy_pct_decode(p, len, scratch, PRIVACY_CMP_SCRATCH_SIZE, 0,
                              &n) != 0)
    {
        return;
    }

    d = scratch;
    privacy_dupset_init(&dup, d, NULL);
    memset(obs, 0, sizeof(obs));
    have_action = 0;
    action_yes = 0;
    i = 0;

    while (i <= n) {
        s = i;

        while (i < n && d[i] != ',') {
            i++;
        }

        e = i++;

        if (s == e) {
            continue;
        }

        for (c = s; c < e && d[c] != ':'; c++) {
            /* void */
        }

        if (c == e || c == s || c - s > 64) {
            return;
        }

        for (k = s; k < c; k++) {
            if (!cy_key_char(d[k])) {
                return;
            }
        }

        if (privacy_dupset_add(&dup,
                               privacy_hash_bytes(PRIVACY_HASH_INIT, d + s,
                                                  c - s),
                               0, s, c - s) != 0)
        {
            return;
        }

        v = d + c + 1;
        vn = e - c - 1;
        yes = privacy_cmp_eq_lit(v, vn, "yes");
        flag = 0;

        for (k = 0; k < sizeof(cy_flags) / sizeof(cy_flags[0]); k++) {
            if (privacy_cmp_eq(d + s, c - s, cy_flags[k].data,
                               cy_flags[k].len))
            {
                flag = 1;
                break;
            }
        }

        if (privacy_cmp_map_mark(m, obs, d + s, c - s,
                                 PRIVACY_CMP_OBS_PRESENT
                                 | (yes ? PRIVACY_CMP_OBS_ON : 0)) > 0)
        {
            flag = 1;
        }

        if (flag && !yes && vn != 0 && !privacy_cmp_eq_lit(v, vn, "no")) {
            return;
        }

        if (privacy_cmp_eq_lit(d + s, c - s, "action")) {
            have_action = 1;
            action_yes = yes;
        }
    }

    if (!have_action) {
        return;
    }

    r->status = action_yes ? PRIVACY_CONSENT_DECIDED
                           : PRIVACY_CONSENT_UNDECIDED;
    r->has_state = 1;
    r->state = privacy_cmp_map_eval(m, obs);
}
