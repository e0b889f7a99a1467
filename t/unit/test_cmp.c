/*
 * Replays every vector of spec/consent-vectors.json (419: family cookies,
 * malformed cookies, AC strings, TCF purpose mapping, US Privacy, GPP,
 * request headers, whole-request combinations, Consent Mode) against the
 * decoders in ngx_privacy_module/lib.
 *
 * The vectors come in as C tables generated from the JSON, since C has no
 * JSON library here:
 *
 *     perl t/data/vectors-to-c.pl t/data/consent-vectors.json \
 *         > t/unit/consent_vectors.inc
 *
 * (make check regenerates it and diffs, so a stale .inc fails the build).
 * The Cookie header is split as §1.1 says by a small splitter below; the
 * module itself gets cookie values from the request parser.
 *
 * Build and run from the repository root:
 *
 *     cc -std=c99 -Wall -Wextra -Werror -O1 -I ngx_privacy_module/lib \
 *         -I t/unit t/unit/test_cmp.c ngx_privacy_module/lib/\*.c \
 *         -o build/unit/test_cmp && build/unit/test_cmp
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "privacy_cmp.h"
#include "privacy_tcf.h"
#include "privacy_cmp_util.h"      /* privacy_cmp_datetime_time() */


#define CV_NEC   PRIVACY_CAT_NECESSARY
#define CV_PREF  PRIVACY_CAT_PREFERENCES
#define CV_ANA   PRIVACY_CAT_ANALYTICS
#define CV_MKT   PRIVACY_CAT_MARKETING
#define CV_ALL   (CV_NEC | CV_PREF | CV_ANA | CV_MKT)

#define CV_SEG_CORE       PRIVACY_TCF_SEG_CORE
#define CV_SEG_DISCLOSED  PRIVACY_TCF_SEG_DISCLOSED
#define CV_SEG_ALLOWED    PRIVACY_TCF_SEG_ALLOWED
#define CV_SEG_PUBLISHER  PRIVACY_TCF_SEG_PUBLISHER

#define CV_MAX_LINES    4


/* the shapes of the generated tables */

typedef struct {
    const char  *p;
    size_t       n;
} cv_bytes_t;

typedef struct {
    const char  *cmp, *mode, *not_required, *gpc, *dnt, *invalid_optout;
    const char  *klaro_cookie;
    unsigned     klaro_services;
    const char  *cc_cookie;
    unsigned     cc_revision, cc_accept_v2;
    const char  *complianz_prefix;
    unsigned     complianz_policy_id;
    const char  *onetrust_map;
    const char  *tcf_cookies;
    unsigned     tcf_min_policy_version;
    const char  *tcf_p1t;
    unsigned     tcf_use_publisher_tc, tcf_cookiebot_iab2;
    const char  *usp_cookies;
    const char  *gpp_cookie;
} cv_default_t;

typedef struct {
    const char  *cmp, *mode, *not_required, *gpc, *dnt, *invalid_optout;
    const char  *klaro_cookie;
    const char  *klaro_services;
    int          has_cc_revision;
    long long    cc_revision;
    int          has_cc_accept_v2;
    int          cc_accept_v2;
    const char  *complianz_prefix;
    int          has_complianz_policy_id;
    long long    complianz_policy_id;
    const char  *onetrust_map;
    const char  *tcf_p1t;
} cv_config_t;

typedef struct {
    unsigned       max;
    int            range;
    unsigned long  count;
    int            nsample;              /* -1: not given */
    unsigned       sample[8];
} cv_vendors_t;

typedef struct {
    unsigned            version;
    long long           created, last_updated;
    unsigned            cmp_id, cmp_version, consent_screen;
    const char         *lang;
    unsigned            vlv, policy;
    int                 iss, unst;
    unsigned long       sf, pc, pli;
    int                 p1t;
    const char         *pcc;
    cv_vendors_t        vc, vli;
    unsigned            num_pub_restrictions;
    unsigned            segments;
    int                 has_pub;
    unsigned long       ppc, ppli;
    unsigned            ncustom;
    unsigned long long  cpc, cpli;
} cv_tcf_decoded_t;

typedef struct {
    const char              *id;
    const char              *family;
    int                      malformed;
    cv_bytes_t               lines[CV_MAX_LINES];
    cv_config_t              cfg;
    const char              *status;
    int                      has_state;
    privacy_mask_t           state;
    privacy_mask_t           granted;
    privacy_mask_t           granted_mirror;
    const char              *iab2;
    const char              *method;
    int                      gpc_applied;
    const cv_tcf_decoded_t  *decoded;
} cv_family_t;

typedef struct {
    cv_bytes_t   value;
    int          valid;
    unsigned     version;
    int          nconsented;
    unsigned     consented[8];
    int          ndisclosed;             /* -1: null */
    unsigned     disclosed[8];
} cv_ac_t;

typedef struct {
    unsigned long   purposes;
    int             p1t;
    privacy_mask_t  expected_default;
    privacy_mask_t  expected_honour;
} cv_purpose_case_t;

typedef struct {
    cv_bytes_t   value;
    int          valid;
    int          removes_marketing;
    int          absent;
    char         notice, opt_out, lspa;
    int          applies;                /* -1: not given */
} cv_usp_t;

typedef struct {
    unsigned     sid;
    unsigned     flags;
} cv_gpp_opt_t;

typedef struct {
    const char   *id;
    cv_bytes_t    value;
    int           valid;
    int           removes_marketing;
    int           absent;
    int           nsections;             /* -1: not given */
    unsigned      sections[8];
    int           has_opt_outs;
    int           nopt;
    cv_gpp_opt_t  opt[8];
} cv_gpp_t;

typedef struct {
    unsigned     sid;
    const char  *name;
    int          sale, sharing, targeted;
    unsigned     gpc;
    const char  *gpc_example;
} cv_gpp_us_t;

typedef struct {
    cv_bytes_t   name;
    cv_bytes_t   value;
} cv_header_t;

typedef struct {
    const char      *description;
    cv_header_t      h[4];
    int              gpc;
    const char      *dnt;
    privacy_mask_t   granted;
} cv_headers_t;

typedef struct {
    unsigned     ad_storage, ad_user_data, ad_personalization;
    unsigned     analytics_storage, functionality_storage;
    unsigned     personalization_storage, security_storage;
    const char  *gcs;
} cv_mode_t;

typedef struct {
    const char  *family;
    const char  *status;
} cv_source_t;

typedef struct {
    const char      *id;
    cv_bytes_t       lines[CV_MAX_LINES];
    cv_header_t      h[4];
    cv_config_t      cfg;
    int              nsources;
    cv_source_t      sources[PRIVACY_CMP_NFAMILIES];
    privacy_mask_t   base, removed, granted;
    cv_mode_t        mode;
} cv_combined_t;

typedef struct {
    privacy_mask_t   granted;
    cv_mode_t        mode;
} cv_consent_mode_t;


#include "consent_vectors.inc"


#define NELTS(a)  (sizeof(a) / sizeof((a)[0]))

static unsigned  replayed;


/* §1.1: the Cookie header, split the way the module's parser does it */

typedef struct {
    const unsigned char  *name;
    size_t                nlen;
    const unsigned char  *val;
    size_t                vlen;
} cv_cookie_t;

static unsigned char  joined[65536];


static size_t
join_lines(const cv_bytes_t *lines)
{
    size_t  i, n;

    n = 0;

    for (i = 0; i < CV_MAX_LINES && lines[i].p != NULL; i++) {
        if (i > 0) {
            memcpy(joined + n, "; ", 2);
            n += 2;
        }

        if (n + lines[i].n > sizeof(joined)) {
            fprintf(stderr, "header too long\n");
            exit(2);
        }

        memcpy(joined + n, lines[i].p, lines[i].n);
        n += lines[i].n;
    }

    return n;
}


#define is_ows(c)  ((c) == ' ' || (c) == '\t')

static int
next_cookie(const unsigned char *p, size_t len, size_t *pos, cv_cookie_t *c)
{
    size_t  s, e, eq, ne, vs;

    while (*pos <= len) {
        s = *pos;

        for (e = s; e < len && p[e] != ';'; e++) {
            /* void */
        }

        *pos = e + 1;

        while (s < e && is_ows(p[s])) {
            s++;
        }

        while (e > s && is_ows(p[e - 1])) {
            e--;
        }

        for (eq = s; eq < e && p[eq] != '='; eq++) {
            /* void */
        }

        if (s == e || eq == e) {
            continue;
        }

        for (ne = eq; ne > s && is_ows(p[ne - 1]); ne--) {
            /* void */
        }

        for (vs = eq + 1; vs < e && is_ows(p[vs]); vs++) {
            /* void */
        }

        c->name = p + s;
        c->nlen = ne - s;
        c->val = p + vs;
        c->vlen = e - vs;

        if (c->vlen >= 2 && c->val[0] == '"' && c->val[c->vlen - 1] == '"') {
            c->val++;
            c->vlen -= 2;
        }

        return 1;
    }

    return 0;
}


/* the first cookie called name in the joined header */
static int
find_cookie(const cv_bytes_t *lines, const char *name, cv_cookie_t *c)
{
    size_t  len, pos;

    len = join_lines(lines);
    pos = 0;

    while (next_cookie(joined, len, &pos, c)) {
        if (c->nlen == strlen(name) && memcmp(c->name, name, c->nlen) == 0) {
            return 1;
        }
    }

    return 0;
}


/* configuration from the vector's overrides */

typedef struct {
    privacy_cmp_conf_t        cf;
    privacy_cmp_map_entry_t   klaro[32];
    privacy_cmp_map_entry_t   onetrust[32];
    privacy_cmp_str_t         cookie[4];
} cv_conf_t;


static privacy_mask_t
cat_mask(const char *name, size_t n)
{
    static const struct {
        const char      *name;
        privacy_mask_t   mask;
    } cats[] = {
        { "necessary", CV_NEC }, { "preferences", CV_PREF },
        { "analytics", CV_ANA }, { "marketing", CV_MKT }
    };
    size_t  i;

    for (i = 0; i < NELTS(cats); i++) {
        if (strlen(cats[i].name) == n && memcmp(cats[i].name, name, n) == 0) {
            return cats[i].mask;
        }
    }

    return 0;
}


/* "name=category;name=category" into map entries (names stay in s) */
static size_t
parse_map(const char *s, privacy_cmp_map_entry_t *e, size_t max)
{
    size_t       n;
    const char  *eq, *end;

    n = 0;

    while (*s != '\0' && n < max) {
        eq = strchr(s, '=');
        end = strchr(s, ';');

        if (end == NULL) {
            end = s + strlen(s);
        }

        if (eq == NULL || eq > end) {
            break;
        }

        e[n].name = s;
        e[n].len = (size_t) (eq - s);
        e[n].mask = cat_mask(eq + 1, (size_t) (end - eq - 1));
        e[n].flags = 0;
        UNIT_CHECK(e[n].mask != 0, "unknown category in map '%s'", s);
        n++;

        s = (*end == ';') ? end + 1 : end;
    }

    return n;
}


static int
str_is(const char *a, const char *b)
{
    return a != NULL && strcmp(a, b) == 0;
}


static void
build_conf(cv_conf_t *c, const cv_config_t *o, const char *family)
{
    int                 f;
    const char         *s, *comma;
    privacy_cmp_conf_t *cf;

    cf = &c->cf;
    privacy_cmp_conf_init(cf);

    /* each family vector runs with cmp restricted to its family (§16) */
    if (o->cmp != NULL) {
        if (str_is(o->cmp, "auto")) {
            cf->families = PRIVACY_CMP_FAMILIES_AUTO;

        } else {
            cf->families = 0;

            for (s = o->cmp; *s != '\0'; s = *comma ? comma + 1 : comma) {
                comma = strchr(s, ',');

                if (comma == NULL) {
                    comma = s + strlen(s);
                }

                f = privacy_cmp_family_by_name(s, (size_t) (comma - s));
                UNIT_CHECK(f >= 0, "unknown family in cmp '%s'", o->cmp);

                if (f >= 0) {
                    cf->families |= PRIVACY_CMP_FAMILY_BIT(f);
                }
            }
        }

    } else if (family != NULL) {
        f = privacy_cmp_family_by_name(family, strlen(family));
        UNIT_CHECK(f >= 0, "unknown family '%s'", family);
        cf->families = f >= 0 ? PRIVACY_CMP_FAMILY_BIT(f) : 0;
    }

    if (o->mode != NULL) {
        UNIT_CHECK(str_is(o->mode, "strict") || str_is(o->mode, "mirror"),
                   "mode '%s'", o->mode);
        cf->mirror = str_is(o->mode, "mirror");
    }

    if (o->not_required != NULL) {
        cf->not_required_ignore = str_is(o->not_required, "ignore");
    }

    if (o->invalid_optout != NULL) {
        cf->invalid_optout_ignore = str_is(o->invalid_optout, "ignore");
    }

    if (o->gpc != NULL) {
        UNIT_CHECK(str_is(o->gpc, "marketing") || str_is(o->gpc, "off")
                   || str_is(o->gpc, "marketing+analytics"),
                   "gpc '%s'", o->gpc);
        cf->gpc_removes = str_is(o->gpc, "off") ? 0
                        : str_is(o->gpc, "marketing") ? CV_MKT
                        : CV_MKT | CV_ANA;
    }

    if (o->dnt != NULL) {
        UNIT_CHECK(str_is(o->dnt, "marketing") || str_is(o->dnt, "off")
                   || str_is(o->dnt, "all"), "dnt '%s'", o->dnt);
        cf->dnt_removes = str_is(o->dnt, "off") ? 0
                        : str_is(o->dnt, "marketing") ? CV_MKT
                        : CV_PREF | CV_ANA | CV_MKT;
    }

    if (o->klaro_cookie != NULL) {
        cf->klaro.cookie.data = o->klaro_cookie;
        cf->klaro.cookie.len = strlen(o->klaro_cookie);
    }

    if (o->klaro_services != NULL) {
        cf->klaro.services.entries = c->klaro;
        cf->klaro.services.n = parse_map(o->klaro_services, c->klaro,
                                         NELTS(c->klaro));
    }

    if (o->onetrust_map != NULL) {
        cf->onetrust.map.entries = c->onetrust;
        cf->onetrust.map.n = parse_map(o->onetrust_map, c->onetrust,
                                       NELTS(c->onetrust));
    }

    if (o->has_cc_revision) {
        cf->cookieconsent.has_revision = 1;
        cf->cookieconsent.revision = o->cc_revision;
    }

    if (o->has_cc_accept_v2) {
        cf->cookieconsent.accept_v2 = (unsigned) o->cc_accept_v2;
    }

    if (o->complianz_prefix != NULL) {
        cf->complianz.prefix.data = o->complianz_prefix;
        cf->complianz.prefix.len = strlen(o->complianz_prefix);
    }

    if (o->has_complianz_policy_id) {
        cf->complianz.has_policy_id = 1;
        cf->complianz.policy_id = o->complianz_policy_id;
    }

    if (o->tcf_p1t != NULL) {
        cf->tcf.purpose_one_treatment = str_is(o->tcf_p1t, "honour");
    }

    UNIT_CHECK(privacy_cmp_conf_check(cf) == NULL, "config: %s",
               privacy_cmp_conf_check(cf));
}


static unsigned char  scratch[PRIVACY_CMP_SCRATCH_SIZE];


static void
run(const privacy_cmp_conf_t *cf, const cv_bytes_t *lines,
    const cv_header_t *h, size_t nh, privacy_consent_decision_t *d)
{
    size_t                 i, len, pos;
    cv_cookie_t            c;
    privacy_consent_ctx_t  ctx;

    privacy_consent_init(&ctx, cf, scratch);

    len = join_lines(lines);
    pos = 0;

    while (next_cookie(joined, len, &pos, &c)) {
        privacy_consent_cookie(&ctx, c.name, c.nlen, c.val, c.vlen);
    }

    for (i = 0; i < nh && h[i].name.p != NULL; i++) {
        privacy_consent_header(&ctx, (const unsigned char *) h[i].name.p,
                               h[i].name.n,
                               (const unsigned char *) h[i].value.p,
                               h[i].value.n);
    }

    privacy_consent_finish(&ctx, d);
}


static void
check_default_config(void)
{
    size_t              i, n;
    cv_conf_t           c;
    privacy_cmp_conf_t  *cf;
    char                buf[256];

    privacy_cmp_conf_init(&c.cf);
    cf = &c.cf;

    UNIT_CHECK(str_is(cv_default.cmp, "auto")
               && cf->families == PRIVACY_CMP_FAMILIES_AUTO, "cmp auto");
    UNIT_CHECK(str_is(cv_default.mode, "strict") && !cf->mirror, "strict");
    UNIT_CHECK(str_is(cv_default.not_required, "honour")
               && !cf->not_required_ignore, "not_required honour");
    UNIT_CHECK(str_is(cv_default.gpc, "marketing")
               && cf->gpc_removes == CV_MKT, "gpc marketing");
    UNIT_CHECK(str_is(cv_default.dnt, "marketing")
               && cf->dnt_removes == CV_MKT, "dnt marketing");
    UNIT_CHECK(str_is(cv_default.invalid_optout, "deny")
               && !cf->invalid_optout_ignore, "invalid_optout deny");
    UNIT_CHECK(cf->klaro.cookie.len == strlen(cv_default.klaro_cookie)
               && memcmp(cf->klaro.cookie.data, cv_default.klaro_cookie,
                         cf->klaro.cookie.len) == 0, "klaro cookie");
    UNIT_CHECK(!cv_default.klaro_services && cf->klaro.services.n == 0,
               "klaro services unset");
    UNIT_CHECK(cf->cookieconsent.cookie.len == strlen(cv_default.cc_cookie)
               && memcmp(cf->cookieconsent.cookie.data, cv_default.cc_cookie,
                         cf->cookieconsent.cookie.len) == 0, "cc cookie");
    UNIT_CHECK(!cv_default.cc_revision && !cf->cookieconsent.has_revision,
               "cc revision unset");
    UNIT_CHECK(cv_default.cc_accept_v2 == cf->cookieconsent.accept_v2,
               "cc accept_v2");
    UNIT_CHECK(cf->complianz.prefix.len == strlen(cv_default.complianz_prefix)
               && memcmp(cf->complianz.prefix.data,
                         cv_default.complianz_prefix,
                         cf->complianz.prefix.len) == 0, "complianz prefix");
    UNIT_CHECK(!cv_default.complianz_policy_id
               && !cf->complianz.has_policy_id, "complianz policy unset");

    /* the OneTrust map, in the generator's sorted order */
    n = 0;
    buf[0] = '\0';

    for (i = 0; i < cf->onetrust.map.n; i++) {
        const privacy_cmp_map_entry_t  *e = &cf->onetrust.map.entries[i];

        n += (size_t) snprintf(buf + n, sizeof(buf) - n, "%s%.*s=%s",
                               i ? ";" : "", (int) e->len, e->name,
                               e->mask == CV_PREF ? "preferences"
                               : e->mask == CV_ANA ? "analytics"
                               : e->mask == CV_MKT ? "marketing" : "?");
    }

    UNIT_CHECK(str_is(cv_default.onetrust_map, buf), "onetrust map %s", buf);

    n = 0;
    buf[0] = '\0';

    for (i = 0; i < cf->tcf.ncookies; i++) {
        n += (size_t) snprintf(buf + n, sizeof(buf) - n, "%s%.*s",
                               i ? "," : "", (int) cf->tcf.cookies[i].len,
                               cf->tcf.cookies[i].data);
    }

    UNIT_CHECK(str_is(cv_default.tcf_cookies, buf), "tcf cookies %s", buf);
    UNIT_CHECK(cf->tcf.min_policy_version
               == cv_default.tcf_min_policy_version, "tcf min policy");
    UNIT_CHECK(str_is(cv_default.tcf_p1t, "ignore")
               && !cf->tcf.purpose_one_treatment, "p1t ignore");
    UNIT_CHECK(cf->tcf.use_publisher_tc == cv_default.tcf_use_publisher_tc
               && cf->tcf.cookiebot_iab2 == cv_default.tcf_cookiebot_iab2,
               "tcf flags");

    n = 0;
    buf[0] = '\0';

    for (i = 0; i < cf->nusp_cookies; i++) {
        n += (size_t) snprintf(buf + n, sizeof(buf) - n, "%s%.*s",
                               i ? "," : "", (int) cf->usp_cookies[i].len,
                               cf->usp_cookies[i].data);
    }

    UNIT_CHECK(str_is(cv_default.usp_cookies, buf), "usp cookies %s", buf);
    UNIT_CHECK(cf->gpp_cookie.len == strlen(cv_default.gpp_cookie)
               && memcmp(cf->gpp_cookie.data, cv_default.gpp_cookie,
                         cf->gpp_cookie.len) == 0, "gpp cookie");
}


static void
check_tcf_decoded(const cv_family_t *v)
{
    unsigned                 id, k;
    cv_cookie_t              c;
    privacy_tcf_t            tc;
    const cv_tcf_decoded_t  *e;

    e = v->decoded;

    if (!find_cookie(v->lines, "euconsent-v2", &c)) {
        UNIT_CHECK(0, "%s: no euconsent-v2 cookie", v->id);
        return;
    }

    if (privacy_tcf_decode(c.val, c.vlen, 4, &tc) != 0) {
        UNIT_CHECK(0, "%s: TC string does not decode", v->id);
        return;
    }

    UNIT_CHECK(tc.version == e->version, "%s version", v->id);
    UNIT_CHECK((long long) tc.created == e->created, "%s created", v->id);
    UNIT_CHECK((long long) tc.last_updated == e->last_updated,
               "%s lastUpdated", v->id);
    UNIT_CHECK(tc.cmp_id == e->cmp_id, "%s cmpId %u", v->id, tc.cmp_id);
    UNIT_CHECK(tc.cmp_version == e->cmp_version, "%s cmpVersion", v->id);
    UNIT_CHECK(tc.consent_screen == e->consent_screen, "%s screen", v->id);
    UNIT_CHECK(str_is(tc.consent_language, e->lang), "%s language", v->id);
    UNIT_CHECK(tc.vendor_list_version == e->vlv, "%s vlv", v->id);
    UNIT_CHECK(tc.policy_version == e->policy, "%s policy", v->id);
    UNIT_CHECK((int) tc.is_service_specific == e->iss, "%s iss", v->id);
    UNIT_CHECK((int) tc.use_non_standard_texts == e->unst, "%s unst", v->id);
    UNIT_CHECK(tc.special_features == e->sf, "%s special features", v->id);
    UNIT_CHECK(tc.purposes_consent == e->pc, "%s purposes %lx", v->id,
               (unsigned long) tc.purposes_consent);
    UNIT_CHECK(tc.purposes_li == e->pli, "%s purposes LI", v->id);
    UNIT_CHECK((int) tc.purpose_one_treatment == e->p1t, "%s p1t", v->id);
    UNIT_CHECK(str_is(tc.publisher_cc, e->pcc), "%s publisher cc", v->id);

    UNIT_CHECK(tc.vendor_consent.max_vendor_id == e->vc.max
               && (int) tc.vendor_consent.is_range == e->vc.range
               && tc.vendor_consent.count == e->vc.count,
               "%s vendor consents %u/%u/%lu", v->id,
               tc.vendor_consent.max_vendor_id, tc.vendor_consent.is_range,
               tc.vendor_consent.count);

    /* sample_ids are the first ids in ascending order */
    if (e->vc.nsample > 0) {
        k = 0;

        for (id = 1; id <= e->vc.sample[e->vc.nsample - 1]; id++) {
            if (k < (unsigned) e->vc.nsample && e->vc.sample[k] == id) {
                UNIT_CHECK(privacy_tcf_vendor_has(&tc.vendor_consent, id),
                           "%s vendor %u", v->id, id);
                k++;

            } else {
                UNIT_CHECK(!privacy_tcf_vendor_has(&tc.vendor_consent, id),
                           "%s not vendor %u", v->id, id);
            }
        }
    }

    UNIT_CHECK(tc.vendor_li.max_vendor_id == e->vli.max
               && (int) tc.vendor_li.is_range == e->vli.range
               && tc.vendor_li.count == e->vli.count,
               "%s vendor LI", v->id);
    UNIT_CHECK(tc.num_pub_restrictions == e->num_pub_restrictions,
               "%s restrictions", v->id);
    UNIT_CHECK(tc.segments == e->segments, "%s segments %x", v->id,
               tc.segments);

    if (e->has_pub) {
        UNIT_CHECK(tc.pub_purposes_consent == e->ppc
                   && tc.pub_purposes_li == e->ppli
                   && tc.num_custom_purposes == e->ncustom
                   && tc.custom_purposes_consent == e->cpc
                   && tc.custom_purposes_li == e->cpli,
                   "%s publisherTC", v->id);
    }
}


static void
check_families(void)
{
    int                         f;
    size_t                      i;
    cv_conf_t                   c;
    cv_cookie_t                 ck;
    const cv_family_t          *v;
    privacy_cmp_result_t        r;
    privacy_consent_decision_t  d, d2;

    for (i = 0; i < NELTS(cv_families); i++) {
        v = &cv_families[i];
        f = privacy_cmp_family_by_name(v->family, strlen(v->family));
        replayed++;

        if (f < 0) {
            UNIT_CHECK(0, "%s: unknown family %s", v->id, v->family);
            continue;
        }

        build_conf(&c, &v->cfg, v->family);
        run(&c.cf, v->lines, NULL, 0, &d);

        UNIT_CHECK(str_is(privacy_consent_status_name(d.status[f]),
                          v->status),
                   "%s: status %s, expected %s", v->id,
                   privacy_consent_status_name(d.status[f]), v->status);
        UNIT_CHECK((int) d.fam[f].has_state == v->has_state,
                   "%s: cmp_state %s, expected %s", v->id,
                   d.fam[f].has_state ? "set" : "null",
                   v->has_state ? "set" : "null");
        UNIT_CHECK(d.fam[f].state == v->state,
                   "%s: cmp_state %#x, expected %#x", v->id,
                   (unsigned) d.fam[f].state, (unsigned) v->state);
        UNIT_CHECK(d.granted == v->granted,
                   "%s: granted %#x, expected %#x", v->id,
                   (unsigned) d.granted, (unsigned) v->granted);

        /* deterministic */
        run(&c.cf, v->lines, NULL, 0, &d2);
        UNIT_CHECK(d2.status[f] == d.status[f] && d2.granted == d.granted
                   && d2.fam[f].state == d.fam[f].state,
                   "%s: not deterministic", v->id);

        c.cf.mirror = 1;
        run(&c.cf, v->lines, NULL, 0, &d2);
        UNIT_CHECK(d2.granted == v->granted_mirror,
                   "%s: mirror granted %#x, expected %#x", v->id,
                   (unsigned) d2.granted, (unsigned) v->granted_mirror);
        c.cf.mirror = 0;

        /* invalid never grants beyond necessary, in either mode */
        if (d.status[f] == PRIVACY_CONSENT_INVALID) {
            UNIT_CHECK(d.granted == CV_NEC && d2.granted == CV_NEC,
                       "%s: invalid grants", v->id);
        }

        if (v->gpc_applied >= 0) {
            UNIT_CHECK(((d.fam[f].info & PRIVACY_CMP_INFO_GPC_APPLIED) != 0)
                       == v->gpc_applied, "%s: gpc applied", v->id);
        }

        if (v->method != NULL) {
            UNIT_CHECK(str_is(v->method, "implied")
                       ? (d.fam[f].info & PRIVACY_CMP_INFO_METHOD_IMPLIED)
                       : (d.fam[f].info & PRIVACY_CMP_INFO_METHOD_EXPLICIT),
                       "%s: method %s", v->id, v->method);
        }

        if (v->iab2 != NULL) {
            UNIT_CHECK(find_cookie(v->lines, "CookieConsent", &ck),
                       "%s: no CookieConsent", v->id);
            privacy_cookiebot_decode(&c.cf, ck.val, ck.vlen, scratch, &r);
            UNIT_CHECK(r.iab2 != NULL && r.iab2_len == strlen(v->iab2)
                       && memcmp(r.iab2, v->iab2, r.iab2_len) == 0,
                       "%s: iab2", v->id);
        }

        if (v->decoded != NULL) {
            check_tcf_decoded(v);
        }
    }
}


static void
check_ac(void)
{
    int           rc;
    size_t        i, pos;
    unsigned      k;
    uint64_t      id;
    privacy_ac_t  ac;
    const cv_ac_t *v;

    for (i = 0; i < NELTS(cv_ac); i++) {
        v = &cv_ac[i];
        replayed++;

        rc = privacy_ac_parse((const unsigned char *) v->value.p, v->value.n,
                              &ac);
        UNIT_CHECK((rc == 0) == v->valid, "AC '%s': valid %d", v->value.p,
                   rc == 0);

        if (rc != 0 || !v->valid) {
            continue;
        }

        UNIT_CHECK(ac.version == v->version, "AC '%s': version", v->value.p);

        pos = 0;

        for (k = 0; privacy_ac_next(ac.consented, ac.consented_len, &pos,
                                    &id); k++)
        {
            UNIT_CHECK((int) k < v->nconsented && id == v->consented[k],
                       "AC '%s': consented #%u", v->value.p, k);
            UNIT_CHECK(privacy_ac_consented(&ac, id), "AC consented");
        }

        UNIT_CHECK((int) k == v->nconsented, "AC '%s': %u consented",
                   v->value.p, k);

        if (v->ndisclosed < 0) {
            UNIT_CHECK(ac.disclosed == NULL, "AC '%s': disclosed", v->value.p);
            continue;
        }

        pos = 0;

        for (k = 0; privacy_ac_next(ac.disclosed, ac.disclosed_len, &pos,
                                    &id); k++)
        {
            UNIT_CHECK((int) k < v->ndisclosed && id == v->disclosed[k],
                       "AC '%s': disclosed #%u", v->value.p, k);
            UNIT_CHECK(!privacy_ac_consented(&ac, id), "AC not consented");
        }

        UNIT_CHECK((int) k == v->ndisclosed, "AC '%s': %u disclosed",
                   v->value.p, k);
    }
}


static void
check_purpose_cases(void)
{
    size_t                    i;
    privacy_mask_t            m;
    privacy_cmp_conf_t        cf;
    const cv_purpose_case_t  *v;

    privacy_cmp_conf_init(&cf);

    for (i = 0; i < NELTS(cv_purpose_cases); i++) {
        v = &cv_purpose_cases[i];
        replayed++;

        cf.tcf.purpose_one_treatment = 0;
        m = privacy_tcf_categories(&cf, (uint32_t) v->purposes,
                                   (unsigned) v->p1t);
        UNIT_CHECK(m == v->expected_default, "purposes %#lx: %#x", v->purposes,
                   (unsigned) m);

        cf.tcf.purpose_one_treatment = 1;
        m = privacy_tcf_categories(&cf, (uint32_t) v->purposes,
                                   (unsigned) v->p1t);
        UNIT_CHECK(m == v->expected_honour, "purposes %#lx honour: %#x",
                   v->purposes, (unsigned) m);
    }
}


/* the overlay seen through a whole request whose CMP grants everything */
static privacy_mask_t
overlay_removed(const char *cookie, const cv_bytes_t *value)
{
    cv_conf_t                   c;
    cv_config_t                 none;
    privacy_consent_ctx_t       ctx;
    privacy_consent_decision_t  d;

    memset(&none, 0, sizeof(none));
    build_conf(&c, &none, NULL);

    privacy_consent_init(&ctx, &c.cf, scratch);
    privacy_consent_cookie(&ctx, (const unsigned char *) "CookieConsent", 13,
                           (const unsigned char *) "-1", 2);
    privacy_consent_cookie(&ctx, (const unsigned char *) cookie,
                           strlen(cookie), (const unsigned char *) value->p,
                           value->n);
    privacy_consent_finish(&ctx, &d);

    UNIT_CHECK(d.base == CV_ALL, "overlay base");

    return d.removed;
}


static void
check_usp(void)
{
    size_t                    i;
    privacy_usp_t             u;
    privacy_consent_status_e  s;
    const cv_usp_t           *v;

    for (i = 0; i < NELTS(cv_usp); i++) {
        v = &cv_usp[i];
        replayed++;

        s = privacy_usp_decode((const unsigned char *) v->value.p, v->value.n,
                               &u);
        UNIT_CHECK((s == PRIVACY_CONSENT_DECIDED) == v->valid,
                   "usp #%zu: valid", i);
        UNIT_CHECK((s == PRIVACY_CONSENT_ABSENT) == v->absent,
                   "usp #%zu: absent", i);

        if (v->valid) {
            UNIT_CHECK(u.notice == (unsigned char) v->notice
                       && u.opt_out == (unsigned char) v->opt_out
                       && u.lspa == (unsigned char) v->lspa,
                       "usp #%zu: fields", i);
            UNIT_CHECK(v->applies < 0 || (u.opt_out != '-') == v->applies,
                       "usp #%zu: applies", i);
        }

        UNIT_CHECK(((overlay_removed("usprivacy", &v->value) & CV_MKT) != 0)
                   == v->removes_marketing, "usp #%zu: removes marketing",
                   i);
        UNIT_CHECK(((overlay_removed("us_privacy", &v->value) & CV_MKT) != 0)
                   == v->removes_marketing, "us_privacy #%zu", i);
    }
}


static void
check_gpp(void)
{
    int                       k, j;
    size_t                    i;
    unsigned                  opt, gpc;
    int                       sale, sharing, targeted;
    privacy_gpp_t             g;
    privacy_consent_status_e  s;
    const cv_gpp_t           *v;
    const cv_gpp_us_t        *u;

    for (i = 0; i < NELTS(cv_gpp); i++) {
        v = &cv_gpp[i];
        replayed++;

        s = privacy_gpp_decode((const unsigned char *) v->value.p, v->value.n,
                               4, &g);
        UNIT_CHECK((s == PRIVACY_CONSENT_DECIDED) == v->valid,
                   "%s: valid (status %s)", v->id,
                   privacy_consent_status_name(s));
        UNIT_CHECK((s == PRIVACY_CONSENT_ABSENT) == v->absent,
                   "%s: absent", v->id);

        if (v->valid && v->nsections >= 0) {
            UNIT_CHECK((int) g.nsections == v->nsections, "%s: sections",
                       v->id);

            for (k = 0; k < v->nsections && k < (int) g.nsections; k++) {
                UNIT_CHECK(g.ids[k] == v->sections[k], "%s: section #%d",
                           v->id, k);

                /* the opt-out fields reported for that section */
                opt = 0;

                for (j = 0; j < v->nopt; j++) {
                    if (v->opt[j].sid == v->sections[k]) {
                        opt = v->opt[j].flags;
                    }
                }

                UNIT_CHECK(!v->has_opt_outs || g.opt[k] == opt,
                           "%s: opt-outs of section %u: %#x", v->id,
                           v->sections[k], g.opt[k]);
            }
        }

        UNIT_CHECK(((overlay_removed("__gpp", &v->value) & CV_MKT) != 0)
                   == v->removes_marketing, "%s: removes marketing", v->id);
    }

    /* the §11 field table and a GPC sub-section example for each section */
    for (i = 0; i < NELTS(cv_gpp_us); i++) {
        u = &cv_gpp_us[i];

        UNIT_CHECK(privacy_gpp_us_fields(u->sid, &sale, &sharing, &targeted,
                                         &gpc)
                   && sale == u->sale && sharing == u->sharing
                   && targeted == u->targeted && gpc == u->gpc,
                   "gpp section %u (%s) offsets", u->sid, u->name);

        if (u->gpc_example != NULL) {
            opt = 0;
            UNIT_CHECK(privacy_gpp_section(u->sid,
                                           (const unsigned char *)
                                           u->gpc_example,
                                           strlen(u->gpc_example), 4, &opt)
                       == 0 && (opt & PRIVACY_GPP_OPT_GPC),
                       "gpp section %u (%s) GPC example", u->sid, u->name);
        }
    }
}


static void
check_headers(void)
{
    size_t                      i;
    unsigned                    dnt;
    cv_conf_t                   c;
    cv_config_t                 none;
    cv_bytes_t                  nolines[CV_MAX_LINES];
    const cv_headers_t         *v;
    privacy_consent_decision_t  d;

    memset(&none, 0, sizeof(none));
    memset(nolines, 0, sizeof(nolines));
    build_conf(&c, &none, NULL);

    for (i = 0; i < NELTS(cv_headers); i++) {
        v = &cv_headers[i];
        replayed++;

        run(&c.cf, nolines, v->h, NELTS(v->h), &d);

        dnt = v->dnt == NULL ? PRIVACY_DNT_NONE
            : str_is(v->dnt, "1") ? PRIVACY_DNT_1 : PRIVACY_DNT_0;

        UNIT_CHECK((int) d.gpc == v->gpc, "headers '%s': gpc",
                   v->description);
        UNIT_CHECK(d.dnt == dnt, "headers '%s': dnt", v->description);
        UNIT_CHECK(((CV_ALL & ~d.removed) | CV_NEC) == v->granted,
                   "headers '%s': granted", v->description);
    }
}


static void
check_mode(const privacy_consent_mode_t *m, const cv_mode_t *e,
    const char *what)
{
    UNIT_CHECK(m->ad_storage == e->ad_storage
               && m->ad_user_data == e->ad_user_data
               && m->ad_personalization == e->ad_personalization
               && m->analytics_storage == e->analytics_storage
               && m->functionality_storage == e->functionality_storage
               && m->personalization_storage == e->personalization_storage
               && m->security_storage == e->security_storage
               && str_is(m->gcs, e->gcs),
               "%s: consent mode %s, expected %s", what, m->gcs, e->gcs);
}


static void
check_combined(void)
{
    int                         f, k, n;
    size_t                      i;
    cv_conf_t                   c;
    const cv_combined_t        *v;
    privacy_consent_decision_t  d;

    for (i = 0; i < NELTS(cv_combined); i++) {
        v = &cv_combined[i];
        replayed++;

        build_conf(&c, &v->cfg, NULL);
        run(&c.cf, v->lines, v->h, NELTS(v->h), &d);

        n = 0;

        for (f = 0; f < PRIVACY_CMP_NFAMILIES; f++) {
            if (d.status[f] == PRIVACY_CONSENT_ABSENT) {
                continue;
            }

            n++;

            for (k = 0; k < v->nsources; k++) {
                if (str_is(privacy_cmp_family_name((unsigned) f),
                           v->sources[k].family))
                {
                    break;
                }
            }

            UNIT_CHECK(k < v->nsources
                       && str_is(privacy_consent_status_name(d.status[f]),
                                 v->sources[k].status),
                       "%s: source %s is %s", v->id,
                       privacy_cmp_family_name((unsigned) f),
                       privacy_consent_status_name(d.status[f]));
        }

        UNIT_CHECK(n == v->nsources, "%s: %d sources, expected %d", v->id,
                   n, v->nsources);
        UNIT_CHECK(d.base == v->base, "%s: base %#x, expected %#x", v->id,
                   (unsigned) d.base, (unsigned) v->base);
        UNIT_CHECK(d.removed == v->removed, "%s: removed %#x, expected %#x",
                   v->id, (unsigned) d.removed, (unsigned) v->removed);
        UNIT_CHECK(d.granted == v->granted, "%s: granted %#x, expected %#x",
                   v->id, (unsigned) d.granted, (unsigned) v->granted);
        check_mode(&d.consent_mode, &v->mode, v->id);
    }
}


static void
check_consent_mode(void)
{
    size_t                  i;
    privacy_consent_mode_t  m;

    for (i = 0; i < NELTS(cv_consent_mode); i++) {
        replayed++;
        privacy_consent_mode(cv_consent_mode[i].granted, &m);
        check_mode(&m, &cv_consent_mode[i].mode, "consent_mode");
    }
}


/*
 * Behaviour the vectors do not pin down but the spec does: duplicates
 * across the two TCF cookie names, OneTrust copies, custom categories.
 */
static void
check_extra(void)
{
    cv_conf_t                   c;
    cv_config_t                 none;
    privacy_consent_decision_t  d;
    cv_bytes_t                  lines[CV_MAX_LINES];
    privacy_cmp_map_entry_t     custom[2];

    memset(&none, 0, sizeof(none));
    memset(lines, 0, sizeof(lines));

    /* a second OneTrust copy still waiting for interaction: undecided */
    build_conf(&c, &none, "onetrust");
    lines[0].p = "OptanonAlertBoxClosed=2025-06-01T10:00:00Z; "
                 "OptanonConsent=interactionCount=0&groups=C0002:1; "
                 "OptanonConsent=interactionCount=0&groups=C0002:1"
                 "&AwaitingReconsent=true";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.status[PRIVACY_CMP_ONETRUST] == PRIVACY_CONSENT_UNDECIDED,
               "onetrust: awaiting copy keeps undecided");

    /* banner closed with an offset zone, no interactionCount: decided */
    lines[0].p = "OptanonConsent=groups=C0002:1; "
                 "OptanonAlertBoxClosed=2025-06-01T10:00:00.1+0200";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.status[PRIVACY_CMP_ONETRUST] == PRIVACY_CONSENT_DECIDED
               && d.granted == (CV_NEC | CV_ANA), "onetrust: closed later");

    /* a custom category bit through a site map */
    custom[0].name = "C0002";
    custom[0].len = 5;
    custom[0].mask = (privacy_mask_t) 1 << 4;
    custom[0].flags = 0;
    c.cf.onetrust.map.entries = custom;
    c.cf.onetrust.map.n = 1;
    lines[0].p = "OptanonConsent=interactionCount=1&groups=C0002:1";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.granted == (CV_NEC | (privacy_mask_t) 1 << 4),
               "custom category %#x", (unsigned) d.granted);

    /* two TC string cookies combine least-privilege */
    build_conf(&c, &none, "tcf");
    lines[0].p = "euconsent-v2="
                 "CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA; "
                 "eupubconsent-v2="
                 "CQSWW5AQSWW5AEsACBENB2EgAAAAAAAAAAYgAAAAAAAA";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.status[PRIVACY_CMP_TCF] == PRIVACY_CONSENT_DECIDED
               && d.granted == CV_NEC, "tcf: two cookies intersect");

    /* Cookiebot's iab2 as a TCF source when enabled */
    build_conf(&c, &none, NULL);
    c.cf.families = PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COOKIEBOT)
                    | PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_TCF);
    c.cf.tcf.cookiebot_iab2 = 1;
    lines[0].p = "CookieConsent={stamp:'x',necessary:true,preferences:true,"
                 "statistics:true,marketing:true,"
                 "iab2:'CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA'}";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.status[PRIVACY_CMP_TCF] == PRIVACY_CONSENT_DECIDED
               && d.granted == (CV_NEC | CV_ANA), "cookiebot iab2 as TCF");

    /* a Complianz policy id cookie alone is not a decision */
    build_conf(&c, &none, "complianz");
    lines[0].p = "cmplz_policy_id=14";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.status[PRIVACY_CMP_COMPLIANZ] == PRIVACY_CONSENT_ABSENT,
               "complianz: policy id alone");
}


/* the decision times a maximum age is applied to (issue 4) */
static void
check_times(void)
{
    int64_t                     t;
    cv_conf_t                   c;
    cv_config_t                 none;
    privacy_consent_decision_t  d;
    cv_bytes_t                  lines[CV_MAX_LINES];

    memset(&none, 0, sizeof(none));
    memset(lines, 0, sizeof(lines));

    UNIT_CHECK(privacy_cmp_datetime_time((const unsigned char *)
                   "2025-06-01T10:00:00.000Z", 24, PRIVACY_DT_JS, &t)
               && t == 1748772000, "datetime Z %lld", (long long) t);
    UNIT_CHECK(privacy_cmp_datetime_time((const unsigned char *)
                   "2025-06-01T12:00+02:00", 22, PRIVACY_DT_JS, &t)
               && t == 1748772000, "datetime offset %lld", (long long) t);
    UNIT_CHECK(privacy_cmp_datetime_time((const unsigned char *)
                   "1970-01-01T00:00:00-01:00", 25, PRIVACY_DT_JS, &t)
               && t == 3600, "datetime negative offset %lld", (long long) t);
    UNIT_CHECK(privacy_cmp_datetime_time((const unsigned char *)
                   "2024-02-29T00:00:00Z", 20, PRIVACY_DT_JS, &t)
               && t == 1709164800, "datetime leap day %lld", (long long) t);
    UNIT_CHECK(!privacy_cmp_datetime_time((const unsigned char *)
                   "2025-02-29T00:00:00Z", 20, PRIVACY_DT_JS, &t),
               "datetime invalid day");

    /* Cookiebot utc (ms); two copies keep the older time */
    build_conf(&c, &none, "cookiebot");
    lines[0].p = "CookieConsent={necessary:true,preferences:true,"
                 "statistics:true,marketing:true,utc:1748772000999}; "
                 "CookieConsent={necessary:true,preferences:true,"
                 "statistics:true,marketing:true,utc:1700000000000}";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.fam[PRIVACY_CMP_COOKIEBOT].has_time
               && d.fam[PRIVACY_CMP_COOKIEBOT].time == 1700000000,
               "cookiebot utc %lld",
               (long long) d.fam[PRIVACY_CMP_COOKIEBOT].time);

    lines[0].p = "CookieConsent=-1";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(!d.fam[PRIVACY_CMP_COOKIEBOT].has_time, "cookiebot no utc");

    /* cookieconsent consentTimestamp, not lastConsentTimestamp */
    build_conf(&c, &none, "cookieconsent");
    lines[0].p = "cc_cookie={\"categories\":[\"analytics\"],"
                 "\"consentId\":\"x\","
                 "\"consentTimestamp\":\"2025-06-01T10:00:00.000Z\","
                 "\"lastConsentTimestamp\":\"2026-01-01T00:00:00Z\","
                 "\"services\":{}}";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.status[PRIVACY_CMP_COOKIECONSENT] == PRIVACY_CONSENT_DECIDED
               && d.fam[PRIVACY_CMP_COOKIECONSENT].has_time
               && d.fam[PRIVACY_CMP_COOKIECONSENT].time == 1748772000,
               "cookieconsent time %lld",
               (long long) d.fam[PRIVACY_CMP_COOKIECONSENT].time);

    /* TCF LastUpdated (deciseconds) */
    build_conf(&c, &none, "tcf");
    lines[0].p = "euconsent-v2="
                 "CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.fam[PRIVACY_CMP_TCF].has_time
               && d.fam[PRIVACY_CMP_TCF].time == 1748772000,
               "tcf time %lld", (long long) d.fam[PRIVACY_CMP_TCF].time);

    /* an invalid copy keeps no time */
    lines[0].p = "euconsent-v2="
                 "CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgEQCAAAAAA; "
                 "euconsent-v2=B";
    lines[0].n = strlen(lines[0].p);
    run(&c.cf, lines, NULL, 0, &d);
    UNIT_CHECK(d.status[PRIVACY_CMP_TCF] == PRIVACY_CONSENT_INVALID
               && !d.fam[PRIVACY_CMP_TCF].has_time, "tcf invalid time");
}


int
main(void)
{
    check_default_config();
    check_families();
    check_ac();
    check_purpose_cases();
    check_usp();
    check_gpp();
    check_headers();
    check_combined();
    check_consent_mode();
    check_extra();
    check_times();

    UNIT_CHECK(NELTS(cv_families) == CV_NFAMILY_VECTORS,
               "family vectors %zu", NELTS(cv_families));
    UNIT_CHECK(replayed == CV_TOTAL_VECTORS, "replayed %u of %d vectors",
               replayed, CV_TOTAL_VECTORS);

    return unit_summary("cmp");
}
