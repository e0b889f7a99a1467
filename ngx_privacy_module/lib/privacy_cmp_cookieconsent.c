/*
 * orestbida/cookieconsent (vanilla-cookieconsent) v3 "cc_cookie" (§5).
 *
 * The value is encodeURIComponent(JSON.stringify(state)); v2 without
 * use_rfc_cookie stored raw JSON, recognised by its leading '{'.  The v3
 * library re-shows its banner (so: undecided) when the consent id or the
 * timestamps are missing or the revision changed; a malformed categories
 * member is invalid.  An object with none of the v3 members is the legacy
 * v2 layout, undecided unless accept_v2 is configured.
 */
#include <string.h>

#include "privacy_cmp_util.h"
#include "privacy_json.h"
#include "privacy_pct.h"


#define CC_MAP(name, mask)  { name, sizeof(name) - 1, mask, 0 }

static const privacy_cmp_map_entry_t  cookieconsent_default_entries[] = {
    CC_MAP("necessary", PRIVACY_CAT_NECESSARY),
    CC_MAP("functionality", PRIVACY_CAT_PREFERENCES),
    CC_MAP("functional", PRIVACY_CAT_PREFERENCES),
    CC_MAP("preferences", PRIVACY_CAT_PREFERENCES),
    CC_MAP("personalization", PRIVACY_CAT_PREFERENCES),
    CC_MAP("analytics", PRIVACY_CAT_ANALYTICS),
    CC_MAP("statistics", PRIVACY_CAT_ANALYTICS),
    CC_MAP("performance", PRIVACY_CAT_ANALYTICS),
    CC_MAP("measurement", PRIVACY_CAT_ANALYTICS),
    CC_MAP("marketing", PRIVACY_CAT_MARKETING),
    CC_MAP("ads", PRIVACY_CAT_MARKETING),
    CC_MAP("advertising", PRIVACY_CAT_MARKETING),
    CC_MAP("advertisement", PRIVACY_CAT_MARKETING),
    CC_MAP("targeting", PRIVACY_CAT_MARKETING),
    CC_MAP("social", PRIVACY_CAT_MARKETING)
};

const privacy_cmp_map_t  privacy_cookieconsent_default_map = {
    cookieconsent_default_entries,
    sizeof(cookieconsent_default_entries)
        / sizeof(cookieconsent_default_entries[0])
};


/* members of interest, found in one pass over the top-level object */
enum {
    CC_CATEGORIES = 0,
    CC_LEVEL,
    CC_REVISION,
    CC_CONSENT_ID,
    CC_CONSENT_TS,
    CC_LAST_TS,
    CC_SERVICES,
    CC_V2_UUID,
    CC_V2_DATE,
    CC_V2_UPDATE,
    CC_LANGUAGE,
    CC_EXPIRATION,
    CC_NMEMBERS
};

static const privacy_cmp_str_t  cc_members[CC_NMEMBERS] = {
    { "categories", 10 },
    { "level", 5 },
    { "revision", 8 },
    { "consentId", 9 },
    { "consentTimestamp", 16 },
    { "lastConsentTimestamp", 20 },
    { "services", 8 },
    { "consent_uuid", 12 },
    { "consent_date", 12 },
    { "last_consent_update", 19 },
    { "languageCode", 12 },
    { "expirationTime", 14 }
};

/* members only v3 writes */
#define CC_V3_MEMBERS                                                         \
    (1u << CC_CONSENT_ID | 1u << CC_CONSENT_TS | 1u << CC_LAST_TS             \
     | 1u << CC_SERVICES | 1u << CC_LANGUAGE | 1u << CC_EXPIRATION)


static int
cc_timestamp_ok(const privacy_json_value_t *v, int64_t *t)
{
    size_t         n;
    unsigned char  buf[64];

    return v->type == PRIVACY_JSON_STRING
           && privacy_json_str_copy(v, buf, sizeof(buf), &n) == 0
           && privacy_cmp_datetime_time(buf, n, PRIVACY_DT_JS, t);
}


static void
cc_mark(const privacy_cmp_map_t *m, unsigned char *obs,
    const privacy_json_value_t *name, unsigned char flags)
{
    size_t  k;

    for (k = 0; k < m->n; k++) {
        if (privacy_json_str_eq(name,
                                (const unsigned char *) m->entries[k].name,
                                m->entries[k].len))
        {
            obs[k] |= flags;
        }
    }
}


void
privacy_cookieconsent_decode(const privacy_cmp_conf_t *cf,
    const unsigned char *p, size_t len, unsigned char *scratch,
    privacy_cmp_result_t *r)
{
    size_t                    n, k;
    int64_t                   rev, time, last;
    unsigned                  have;
    const unsigned char      *d;
    const privacy_cmp_map_t  *m;
    privacy_json_iter_t       it;
    privacy_json_value_t      root, key, val, *cats, *id, *t1, *t2;
    privacy_json_value_t      mem[CC_NMEMBERS];
    unsigned char             obs[PRIVACY_CMP_MAP_MAX];

    memset(r, 0, sizeof(privacy_cmp_result_t));
    r->status = PRIVACY_CONSENT_INVALID;
    m = &cf->cookieconsent.map;

    if (len == 0 || !privacy_cmp_raw_ok(p, len) || !privacy_cmp_map_ok(m)) {
        return;
    }

    if (p[0] == '{') {
        /* v2 raw JSON; §1.4 already held for the raw bytes */
        d = p;
        n = len;

    } else if (privacy_pct_decode(p, len, scratch, PRIVACY_CMP_SCRATCH_SIZE,
                                  0, &n) == 0)
    {
        d = scratch;

    } else {
        return;
    }

    if (privacy_json_validate(d, n, &root) != PRIVACY_JSON_OK
        || root.type != PRIVACY_JSON_OBJECT)
    {
        return;
    }

    have = 0;
    privacy_json_iter_init(&it, &root);

    while (privacy_json_iter_next(&it, &key, &val)) {
        for (k = 0; k < CC_NMEMBERS; k++) {
            if (privacy_json_str_eq(&key,
                                    (const unsigned char *) cc_members[k].data,
                                    cc_members[k].len))
            {
                mem[k] = val;
                have |= 1u << k;
                break;
            }
        }
    }

    if (have & CC_V3_MEMBERS) {
        cats = (have & 1u << CC_CATEGORIES) ? &mem[CC_CATEGORIES] : NULL;
        id = (have & 1u << CC_CONSENT_ID) ? &mem[CC_CONSENT_ID] : NULL;
        t1 = (have & 1u << CC_CONSENT_TS) ? &mem[CC_CONSENT_TS] : NULL;
        t2 = (have & 1u << CC_LAST_TS) ? &mem[CC_LAST_TS] : NULL;

    } else if (cf->cookieconsent.accept_v2) {
        cats = (have & 1u << CC_CATEGORIES) ? &mem[CC_CATEGORIES]
             : (have & 1u << CC_LEVEL) ? &mem[CC_LEVEL] : NULL;
        id = (have & 1u << CC_V2_UUID) ? &mem[CC_V2_UUID] : NULL;
        t1 = (have & 1u << CC_V2_DATE) ? &mem[CC_V2_DATE] : NULL;
        t2 = (have & 1u << CC_V2_UPDATE) ? &mem[CC_V2_UPDATE] : NULL;

    } else {
        /* legacy layout: the v3 library ignores it and asks again */
        r->status = PRIVACY_CONSENT_UNDECIDED;
        return;
    }

    /* categories must be an array of strings; anything else is invalid */
    if (cats == NULL || cats->type != PRIVACY_JSON_ARRAY) {
        return;
    }

    privacy_json_iter_init(&it, cats);

    while (privacy_json_iter_next(&it, NULL, &val)) {
        if (val.type != PRIVACY_JSON_STRING) {
            return;
        }
    }

    /* a services member that is not an object leaves doubt: invalid */
    if ((have & 1u << CC_SERVICES)
        && mem[CC_SERVICES].type != PRIVACY_JSON_OBJECT)
    {
        return;
    }

    r->status = PRIVACY_CONSENT_UNDECIDED;
    time = 0;
    last = 0;

    if (id == NULL || id->type != PRIVACY_JSON_STRING
        || privacy_json_str_len(id) == 0
        || t1 == NULL || !cc_timestamp_ok(t1, &time)
        || t2 == NULL || !cc_timestamp_ok(t2, &last))
    {
        return;
    }

    if (cf->cookieconsent.has_revision
        && (!(have & 1u << CC_REVISION)
            || privacy_json_int(&mem[CC_REVISION], &rev) != 0
            || rev != cf->cookieconsent.revision))
    {
        return;
    }

    /* defined names: services keys (present) and categories (present, on) */
    memset(obs, 0, sizeof(obs));

    if (have & 1u << CC_SERVICES) {
        privacy_json_iter_init(&it, &mem[CC_SERVICES]);

        while (privacy_json_iter_next(&it, &key, &val)) {
            cc_mark(m, obs, &key, PRIVACY_CMP_OBS_PRESENT);
        }
    }

    privacy_json_iter_init(&it, cats);

    while (privacy_json_iter_next(&it, NULL, &val)) {
        cc_mark(m, obs, &val, PRIVACY_CMP_OBS_PRESENT | PRIVACY_CMP_OBS_ON);
    }

    r->status = PRIVACY_CONSENT_DECIDED;
    r->has_state = 1;
    r->state = privacy_cmp_map_eval(m, obs);

    /* consentTimestamp (v2: consent_date) dates the decision */
    r->has_time = 1;
    r->time = time;
}
