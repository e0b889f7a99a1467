/*
 * OneTrust "OptanonConsent" and "OptanonAlertBoxClosed" (§3).
 *
 * The state cookie is a form-encoded key=value list written on the first
 * page view already, so whether it records a decision depends on
 * interactionCount, AwaitingReconsent and the separate banner-closed
 * cookie.  That cookie may come later in the Cookie header: a copy that
 * would be decided only through it is returned undecided with
 * PRIVACY_CMP_INFO_AWAIT_CLOSED, and the context settles it at the end.
 */
#include <string.h>

#include "privacy_cmp_util.h"
#include "privacy_pct.h"


#define OT_MAP(name, mask)  { name, sizeof(name) - 1, mask, 0 }

static const privacy_cmp_map_entry_t  onetrust_default_entries[] = {
    OT_MAP("C0002", PRIVACY_CAT_ANALYTICS),
    OT_MAP("C0003", PRIVACY_CAT_PREFERENCES),
    OT_MAP("C0004", PRIVACY_CAT_MARKETING),
    OT_MAP("C0005", PRIVACY_CAT_MARKETING)
};

const privacy_cmp_map_t  privacy_onetrust_default_map = {
    onetrust_default_entries,
    sizeof(onetrust_default_entries) / sizeof(onetrust_default_entries[0])
};


#define ot_is_alnum(c)                                                        \
    (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z')                 \
     || ((c) >= '0' && (c) <= '9'))


int
privacy_onetrust_closed_valid(const unsigned char *p, size_t len)
{
    return privacy_cmp_raw_ok(p, len)
           && privacy_cmp_datetime(p, len, PRIVACY_DT_ONETRUST);
}


/* form-decodes a short value into buf; -1 when invalid or too long */
static int
ot_small(const unsigned char *p, size_t len, unsigned char *buf, size_t cap,
    size_t *n)
{
    if (len > cap) {
        return -1;
    }

    return privacy_pct_decode(p, len, buf, cap, PRIVACY_PCT_FORM, n);
}


/* the decoded groups value: "ID:0|1" items joined by ',' (§3) */
static int
ot_groups(const privacy_cmp_conf_t *cf, const unsigned char *g, size_t n,
    privacy_dupset_t *dup, unsigned char *obs)
{
    size_t  i, s, e, k, items;

    privacy_dupset_init(dup, g, NULL);
    items = 0;
    i = 0;

    while (i <= n) {
        s = i;

        while (i < n && g[i] != ',') {
            i++;
        }

        e = i++;

        if (s == e) {
            continue;           /* empty items occur (trailing comma) */
        }

        for (k = s; k < e && (ot_is_alnum(g[k]) || g[k] == '_'
                              || g[k] == '-'); k++)
        {
            /* void */
        }

        if (k == s || k - s > 64 || e - k != 2 || g[k] != ':'
            || (g[k + 1] != '0' && g[k + 1] != '1'))
        {
            return -1;
        }

        if (privacy_dupset_add(dup,
                               privacy_hash_bytes(PRIVACY_HASH_INIT, g + s,
                                                  k - s),
                               0, s, k - s) != 0)
        {
            return -1;
        }

        privacy_cmp_map_mark(&cf->onetrust.map, obs, g + s, k - s,
                             PRIVACY_CMP_OBS_PRESENT
                             | (g[k + 1] == '1' ? PRIVACY_CMP_OBS_ON : 0));
        items++;
    }

    return items > 0 ? 0 : -1;
}


void
privacy_onetrust_decode(const privacy_cmp_conf_t *cf, const unsigned char *p,
    size_t len, unsigned char *scratch, privacy_cmp_result_t *r)
{
    size_t            i, s, e, eq, k, gn, vn, dn;
    uint64_t          ic;
    unsigned          have_groups, have_ic, awaiting, info;
    const unsigned char     *v;
    privacy_dupset_t  dup;
    unsigned char     obs[PRIVACY_CMP_MAP_MAX], small[32];

    memset(r, 0, sizeof(privacy_cmp_result_t));
    r->status = PRIVACY_CONSENT_INVALID;

    if (len == 0 || !privacy_cmp_raw_ok(p, len)
        || !privacy_cmp_map_ok(&cf->onetrust.map))
    {
        return;
    }

    privacy_dupset_init(&dup, p, NULL);
    have_groups = 0;
    have_ic = 0;
    awaiting = 0;
    info = 0;
    ic = 0;
    gn = 0;
    i = 0;

    while (i <= len) {
        s = i;

        while (i < len && p[i] != '&') {
            i++;
        }

        e = i++;

        for (eq = s; eq < e && p[eq] != '='; eq++) {
            /* void */
        }

        if (eq == e) {
            return;
        }

        for (k = s; k < eq && (ot_is_alnum(p[k]) || p[k] == '_'); k++) {
            /* void */
        }

        if (k != eq || k == s || k - s > 64
            || privacy_dupset_add(&dup,
                                  privacy_hash_bytes(PRIVACY_HASH_INIT, p + s,
                                                     k - s),
                                  0, s, k - s) != 0)
        {
            return;
        }

        v = p + eq + 1;
        vn = e - eq - 1;

        if (privacy_cmp_eq_lit(p + s, k - s, "groups")) {
            if (privacy_pct_decode(v, vn, scratch, PRIVACY_CMP_SCRATCH_SIZE,
                                   PRIVACY_PCT_FORM, &gn) != 0)
            {
                return;
            }

            have_groups = 1;

        } else if (privacy_cmp_eq_lit(p + s, k - s, "interactionCount")) {
            if (ot_small(v, vn, small, sizeof(small), &dn) != 0
                || privacy_cmp_uint(small, dn, 9, &ic) != 0)
            {
                return;
            }

            have_ic = 1;

        } else {
            /* everything else is only checked, never used */
            if (privacy_pct_decode(v, vn, NULL, 0, PRIVACY_PCT_FORM, &dn)
                != 0)
            {
                return;
            }

            if (privacy_cmp_eq_lit(p + s, k - s, "AwaitingReconsent")) {
                awaiting = (ot_small(v, vn, small, sizeof(small), &dn) == 0
                            && privacy_cmp_eq_lit(small, dn, "true"));

            } else if (privacy_cmp_eq_lit(p + s, k - s, "isGpcEnabled")
                       && ot_small(v, vn, small, sizeof(small), &dn) == 0
                       && privacy_cmp_eq_lit(small, dn, "1"))
            {
                info |= PRIVACY_CMP_INFO_GPC_APPLIED;
            }
        }
    }

    memset(obs, 0, sizeof(obs));

    if (!have_groups || ot_groups(cf, scratch, gn, &dup, obs) != 0) {
        return;
    }

    r->has_state = 1;
    r->state = privacy_cmp_map_eval(&cf->onetrust.map, obs);
    r->info = info;

    if (awaiting) {
        r->status = PRIVACY_CONSENT_UNDECIDED;

    } else if (have_ic && ic >= 1) {
        r->status = PRIVACY_CONSENT_DECIDED;

    } else {
        r->status = PRIVACY_CONSENT_UNDECIDED;
        r->info |= PRIVACY_CMP_INFO_AWAIT_CLOSED;
    }
}
