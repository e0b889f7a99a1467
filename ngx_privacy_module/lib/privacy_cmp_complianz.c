/*
 * Complianz (WordPress) "cmplz_*" cookies (§7): one plain-text cookie per
 * category (allow / deny), a banner-status cookie and the accepted policy
 * id.  The family spans several cookies, so it is collected in the context
 * as they arrive and settled by privacy_complianz_finish().  Any repeated
 * cookie of the family is invalid: two copies cannot be told apart.
 */
#include <string.h>

#include "privacy_cmp_util.h"


#define CZ_MAP(name, mask)                                                    \
    { name, sizeof(name) - 1, mask, PRIVACY_CMP_MAP_REQUIRED }

static const privacy_cmp_map_entry_t  complianz_default_entries[] = {
    CZ_MAP("functional", PRIVACY_CAT_NECESSARY),
    CZ_MAP("preferences", PRIVACY_CAT_PREFERENCES),
    CZ_MAP("statistics", PRIVACY_CAT_ANALYTICS),
    CZ_MAP("marketing", PRIVACY_CAT_MARKETING)
};

const privacy_cmp_map_t  privacy_complianz_default_map = {
    complianz_default_entries,
    sizeof(complianz_default_entries) / sizeof(complianz_default_entries[0])
};


void
privacy_complianz_cookie(privacy_consent_ctx_t *ctx,
    const unsigned char *suffix, size_t slen,
    const unsigned char *value, size_t vlen)
{
    size_t                    k;
    uint64_t                  id = 0;
    unsigned                  hit;
    const privacy_cmp_map_t  *m;

    m = &ctx->cf->complianz.map;

    if (privacy_cmp_eq_lit(suffix, slen, "banner-status")) {
        if (ctx->cz_banner != 0) {
            ctx->cz_invalid = 1;

        } else if (privacy_cmp_eq_lit(value, vlen, "dismissed")) {
            ctx->cz_banner = 2;

        } else if (privacy_cmp_eq_lit(value, vlen, "show")) {
            ctx->cz_banner = 1;

        } else {
            ctx->cz_banner = 3;
            ctx->cz_invalid = 1;
        }

        return;
    }

    if (privacy_cmp_eq_lit(suffix, slen, "policy_id")) {
        if (ctx->cz_policy_seen
            || privacy_cmp_uint(value, vlen, 18, &id) != 0)
        {
            ctx->cz_invalid = 1;
        }

        ctx->cz_policy_seen = 1;
        ctx->cz_policy_id = (int64_t) id;

        return;
    }

    if (!privacy_cmp_map_ok(m)) {
        ctx->cz_invalid = 1;
        return;
    }

    hit = 0;

    for (k = 0; k < m->n; k++) {
        if (privacy_cmp_eq(suffix, slen, m->entries[k].name,
                           m->entries[k].len))
        {
            if (ctx->cz_obs[k] & PRIVACY_CMP_OBS_PRESENT) {
                ctx->cz_invalid = 1;        /* a second copy */
            }

            hit = 1;
        }
    }

    if (!hit) {
        return;     /* cmplz_consented_services and friends: informative */
    }

    ctx->cz_categories++;

    /* exactly "allow" or "deny", no decoding, case-sensitive */
    if (privacy_cmp_eq_lit(value, vlen, "allow")) {
        privacy_cmp_map_mark(m, ctx->cz_obs, suffix, slen,
                             PRIVACY_CMP_OBS_PRESENT | PRIVACY_CMP_OBS_ON);

    } else if (privacy_cmp_eq_lit(value, vlen, "deny")) {
        privacy_cmp_map_mark(m, ctx->cz_obs, suffix, slen,
                             PRIVACY_CMP_OBS_PRESENT);

    } else {
        ctx->cz_invalid = 1;
    }
}


void
privacy_complianz_finish(privacy_consent_ctx_t *ctx, privacy_cmp_result_t *r)
{
    const privacy_cmp_conf_t  *cf;

    cf = ctx->cf;
    memset(r, 0, sizeof(privacy_cmp_result_t));

    if (ctx->cz_invalid) {
        r->status = PRIVACY_CONSENT_INVALID;
        return;
    }

    if (ctx->cz_categories == 0 && ctx->cz_banner == 0) {
        r->status = PRIVACY_CONSENT_ABSENT;
        return;
    }

    /* Complianz resets consent when a stored policy id differs */
    if (cf->complianz.has_policy_id && ctx->cz_policy_seen
        && ctx->cz_policy_id != cf->complianz.policy_id)
    {
        r->status = PRIVACY_CONSENT_UNDECIDED;
        return;
    }

    r->has_state = 1;

    if (ctx->cz_categories == 0 && ctx->cz_banner == 1) {
        r->status = PRIVACY_CONSENT_UNDECIDED;
        return;
    }

    r->status = PRIVACY_CONSENT_DECIDED;
    r->state = privacy_cmp_map_eval(&cf->complianz.map, ctx->cz_obs);
}
