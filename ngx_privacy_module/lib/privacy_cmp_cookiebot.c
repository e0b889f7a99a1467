/*
 * Cookiebot "CookieConsent" (§2).  The value is percent-decoded once, then
 * is "-1" (no consent required), "0" (legacy decline) or a JavaScript-like
 * object literal with unquoted keys and single-quoted strings, which is not
 * JSON and gets its own small parser here:
 *
 *     object   = "{" [ member *( "," member ) ] "}"   ; SP/HTAB around tokens
 *     member   = key ":" value
 *     key      = ALPHA-or-"_" *63( ALPHA / DIGIT / "_" )
 *     value    = "true" / "false" / ["-"] 1*16DIGIT / "'" *(not "'") "'"
 *
 * Known keys must have their documented type, the four category booleans
 * must all be present, and a repeated key is invalid.
 */
#include <string.h>

#include "privacy_cmp_util.h"
#include "privacy_pct.h"


#define CB_MAP(name, mask)                                                    \
    { name, sizeof(name) - 1, mask, PRIVACY_CMP_MAP_REQUIRED }

static const privacy_cmp_map_entry_t  cookiebot_default_entries[] = {
    CB_MAP("preferences", PRIVACY_CAT_PREFERENCES),
    CB_MAP("statistics", PRIVACY_CAT_ANALYTICS),
    CB_MAP("marketing", PRIVACY_CAT_MARKETING)
};

const privacy_cmp_map_t  privacy_cookiebot_default_map = {
    cookiebot_default_entries,
    sizeof(cookiebot_default_entries) / sizeof(cookiebot_default_entries[0])
};


enum {
    CB_T_BOOL = 1,
    CB_T_INT,
    CB_T_STR
};

typedef struct {
    const char  *name;
    size_t       len;
    int          type;
    unsigned     required;      /* bit in the "seen" mask, 0 if optional */
} cb_key_t;

#define CB_KEY(name, type, req)  { name, sizeof(name) - 1, type, req }

static const cb_key_t  cb_keys[] = {
    CB_KEY("necessary", CB_T_BOOL, 0x01),
    CB_KEY("preferences", CB_T_BOOL, 0x02),
    CB_KEY("statistics", CB_T_BOOL, 0x04),
    CB_KEY("marketing", CB_T_BOOL, 0x08),
    CB_KEY("stamp", CB_T_STR, 0),
    CB_KEY("method", CB_T_STR, 0),
    CB_KEY("ver", CB_T_INT, 0),
    CB_KEY("utc", CB_T_INT, 0),
    CB_KEY("region", CB_T_STR, 0),
    CB_KEY("iab2", CB_T_STR, 0),
    CB_KEY("gacm", CB_T_STR, 0),
    CB_KEY("iab", CB_T_STR, 0)
};

#define CB_REQUIRED_ALL  0x0f


#define cb_is_ws(c)     ((c) == ' ' || (c) == '\t')
#define cb_is_alpha(c)                                                        \
    (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define cb_is_digit(c)  ((c) >= '0' && (c) <= '9')


static size_t
cb_skip_ws(const unsigned char *d, size_t n, size_t i)
{
    while (i < n && cb_is_ws(d[i])) {
        i++;
    }

    return i;
}


void
privacy_cookiebot_decode(const privacy_cmp_conf_t *cf, const unsigned char *p,
    size_t len, unsigned char *scratch, privacy_cmp_result_t *r)
{
    int                      type, bval;
    size_t                   n, i, k, ks, kl, vs, vl, iab2_len;
    int64_t                  utc;
    unsigned                 seen, not_required, info, has_utc;
    const cb_key_t          *key;
    const unsigned char     *d, *iab2;
    privacy_dupset_t         dup;
    unsigned char            obs[PRIVACY_CMP_MAP_MAX];

    memset(r, 0, sizeof(privacy_cmp_result_t));
    r->status = PRIVACY_CONSENT_INVALID;

    if (!privacy_cmp_raw_ok(p, len)
        || !privacy_cmp_map_ok(&cf->cookiebot.map)
        || privacy_pct_decode(p, len, scratch, PRIVACY_CMP_SCRATCH_SIZE, 0,
                              &n) != 0)
    {
        return;
    }

    d = scratch;

    if (privacy_cmp_eq_lit(d, n, "-1")) {
        r->status = PRIVACY_CONSENT_NOT_REQUIRED;
        r->has_state = 1;
        r->state = cf->all & ~PRIVACY_CAT_NECESSARY;
        return;
    }

    if (privacy_cmp_eq_lit(d, n, "0")) {
        r->status = PRIVACY_CONSENT_DECIDED;
        r->has_state = 1;
        return;
    }

    i = cb_skip_ws(d, n, 0);

    if (i >= n || d[i] != '{') {
        return;
    }

    i = cb_skip_ws(d, n, i + 1);

    memset(obs, 0, sizeof(obs));
    privacy_dupset_init(&dup, d, NULL);
    seen = 0;
    not_required = 0;
    info = 0;
    iab2 = NULL;
    iab2_len = 0;
    has_utc = 0;
    utc = 0;

    if (i < n && d[i] == '}') {
        i++;
        goto done;
    }

    for ( ;; ) {
        /* key */
        ks = i;

        if (i >= n || !(cb_is_alpha(d[i]) || d[i] == '_')) {
            return;
        }

        while (i < n && (cb_is_alpha(d[i]) || cb_is_digit(d[i]) || d[i] == '_'))
        {
            i++;
        }

        kl = i - ks;

        if (kl > 64
            || privacy_dupset_add(&dup, privacy_hash_bytes(PRIVACY_HASH_INIT,
                                                           d + ks, kl),
                                  0, ks, kl) != 0)
        {
            return;
        }

        i = cb_skip_ws(d, n, i);

        if (i >= n || d[i] != ':') {
            return;
        }

        i = cb_skip_ws(d, n, i + 1);

        /* value */
        vs = i;
        bval = 0;

        if (i < n && d[i] == '\'') {
            type = CB_T_STR;

            for (i++; i < n && d[i] != '\''; i++) {
                /* controls cannot occur: the decoder rejected them */
            }

            if (i >= n) {
                return;
            }

            i++;

        } else if (i < n && (d[i] == '-' || cb_is_digit(d[i]))) {
            type = CB_T_INT;

            if (d[i] == '-') {
                i++;
            }

            for (k = 0; i < n && cb_is_digit(d[i]); k++) {
                i++;
            }

            if (k == 0 || k > 16) {
                return;
            }

        } else if (n - i >= 4 && memcmp(d + i, "true", 4) == 0) {
            type = CB_T_BOOL;
            bval = 1;
            i += 4;

        } else if (n - i >= 5 && memcmp(d + i, "false", 5) == 0) {
            type = CB_T_BOOL;
            i += 5;

        } else {
            return;
        }

        vl = i - vs;

        /* known keys must have their documented type */
        key = NULL;

        for (k = 0; k < sizeof(cb_keys) / sizeof(cb_keys[0]); k++) {
            if (privacy_cmp_eq(d + ks, kl, cb_keys[k].name, cb_keys[k].len)) {
                key = &cb_keys[k];
                break;
            }
        }

        if (key != NULL) {
            if (key->type != type) {
                return;
            }

            seen |= key->required;

            if (privacy_cmp_eq_lit(d + ks, kl, "stamp")
                && privacy_cmp_eq_lit(d + vs, vl, "'-1'"))
            {
                not_required = 1;

            } else if (privacy_cmp_eq_lit(d + ks, kl, "method")) {
                if (privacy_cmp_eq_lit(d + vs, vl, "'explicit'")) {
                    info |= PRIVACY_CMP_INFO_METHOD_EXPLICIT;

                } else if (privacy_cmp_eq_lit(d + vs, vl, "'implied'")) {
                    info |= PRIVACY_CMP_INFO_METHOD_IMPLIED;
                }

            } else if (privacy_cmp_eq_lit(d + ks, kl, "iab2")) {
                iab2 = d + vs + 1;      /* inside the quotes */
                iab2_len = vl - 2;

            } else if (privacy_cmp_eq_lit(d + ks, kl, "utc")) {
                /* consent time in ms; at most 16 digits, no overflow */
                utc = 0;

                for (k = (d[vs] == '-'); k < vl; k++) {
                    utc = utc * 10 + (d[vs + k] - '0');
                }

                utc = (d[vs] == '-') ? -utc : utc;
                has_utc = 1;
            }
        }

        if (privacy_cmp_map_mark(&cf->cookiebot.map, obs, d + ks, kl, 0) > 0)
        {
            /* a mapped key must be a boolean */
            if (type != CB_T_BOOL) {
                return;
            }

            privacy_cmp_map_mark(&cf->cookiebot.map, obs, d + ks, kl,
                                 PRIVACY_CMP_OBS_PRESENT
                                 | (bval ? PRIVACY_CMP_OBS_ON : 0));
        }

        i = cb_skip_ws(d, n, i);

        if (i < n && d[i] == ',') {
            i = cb_skip_ws(d, n, i + 1);
            continue;
        }

        if (i < n && d[i] == '}') {
            i++;
            break;
        }

        return;
    }

done:

    i = cb_skip_ws(d, n, i);

    if (i != n || seen != CB_REQUIRED_ALL) {
        return;
    }

    r->info = info;
    r->iab2 = iab2;
    r->iab2_len = iab2_len;
    r->has_time = has_utc;
    r->time = utc / 1000;

    r->status = not_required ? PRIVACY_CONSENT_NOT_REQUIRED
                             : PRIVACY_CONSENT_DECIDED;
    r->has_state = 1;
    r->state = privacy_cmp_map_eval(&cf->cookiebot.map, obs);
}
