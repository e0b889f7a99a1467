/*
 * Consent cookie decoders for common consent platforms (CMPs) and the
 * least-privilege combination of their results with the opt-out overlays
 * (US Privacy, GPP, Sec-GPC, DNT), written to spec/consent-signals.md.
 *
 * The code is nginx-free: inputs are (pointer, length) views of raw cookie
 * values and header values, nothing is allocated, scratch memory comes from
 * the caller, and every function is linear in its input.  Section numbers
 * in comments ("§2") refer to consent-signals.md.
 *
 * Typical use, once per request:
 *
 *     privacy_consent_ctx_t       ctx;
 *     privacy_consent_decision_t  d;
 *
 *     privacy_consent_init(&ctx, cf, scratch);    scratch: 4096 bytes
 *     for each cookie:   privacy_consent_cookie(&ctx, name, nlen, val, vlen);
 *     for each header:   privacy_consent_header(&ctx, name, nlen, val, vlen);
 *     privacy_consent_finish(&ctx, &d);           d.granted is the answer
 *
 * Cookie values must already be split out of the Cookie header as §1.1
 * says (one pair of surrounding DQUOTEs removed); they are still percent-
 * encoded where the browser sends them so.
 *
 * Stack: a decoder call uses about 25 KiB (a fixed duplicate-name table);
 * the context is under 1 KiB and keeps no pointers into cookie values.
 */
#ifndef PRIVACY_CMP_H
#define PRIVACY_CMP_H

#include <stddef.h>
#include <stdint.h>

#include "privacy_category.h"

/* §1.3: longer consent values are forged */
#define PRIVACY_CMP_MAX_VALUE     4096

/* bytes of caller scratch the decoders need (decoded copy of one value) */
#define PRIVACY_CMP_SCRATCH_SIZE  PRIVACY_CMP_MAX_VALUE

/* at most this many entries in one name -> category map */
#define PRIVACY_CMP_MAP_MAX       128

/* the categories a CMP can switch on; necessary is never part of cmp_state */
#define PRIVACY_CMP_BUILTIN_OPTIONAL                                          \
    (PRIVACY_CAT_PREFERENCES | PRIVACY_CAT_ANALYTICS | PRIVACY_CAT_MARKETING)


typedef enum {
    PRIVACY_CMP_COOKIEBOT = 0,
    PRIVACY_CMP_ONETRUST,
    PRIVACY_CMP_KLARO,
    PRIVACY_CMP_COOKIECONSENT,
    PRIVACY_CMP_COOKIEYES,
    PRIVACY_CMP_COMPLIANZ,
    PRIVACY_CMP_TCF,
    PRIVACY_CMP_NFAMILIES
} privacy_cmp_family_e;

#define PRIVACY_CMP_FAMILY_BIT(f)  (1u << (f))
#define PRIVACY_CMP_FAMILIES_AUTO  ((1u << PRIVACY_CMP_NFAMILIES) - 1)

/* "cookiebot" -> PRIVACY_CMP_COOKIEBOT etc.; -1 when unknown */
int privacy_cmp_family_by_name(const char *name, size_t len);
const char *privacy_cmp_family_name(unsigned family);
const char *privacy_consent_status_name(privacy_consent_status_e status);


/* a byte string that need not be NUL-terminated */
typedef struct {
    const char  *data;
    size_t       len;
} privacy_cmp_str_t;

/*
 * One entry of a CMP name -> module category map (OneTrust group ids,
 * Klaro services, cookieconsent category names, CookieYes slugs, Complianz
 * cookie suffixes, Cookiebot keys).  Names are compared byte for byte, case-
 * sensitively.  A mask of 0 or one containing PRIVACY_CAT_NECESSARY means
 * "necessary": the name is known but ignored.
 *
 * A category is on when at least one name mapped to it is present in the
 * cookie, every present name mapped to it is on, and every name mapped to it
 * with PRIVACY_CMP_MAP_REQUIRED is present (§0.1: all CMP categories that
 * feed one module category must be granted).
 */
#define PRIVACY_CMP_MAP_REQUIRED  0x01

typedef struct {
    const char      *name;
    size_t           len;
    privacy_mask_t   mask;
    unsigned         flags;
} privacy_cmp_map_entry_t;

typedef struct {
    const privacy_cmp_map_entry_t  *entries;
    size_t                          n;       /* <= PRIVACY_CMP_MAP_MAX */
} privacy_cmp_map_t;

/* TCF: a category is on when purpose 1 and all of these purposes are on */
typedef struct {
    privacy_mask_t   category;
    uint32_t         purposes;               /* bit i = purpose i + 1 */
} privacy_tcf_rule_t;

#define PRIVACY_TCF_PURPOSE(n)  ((uint32_t) 1 << ((n) - 1))


/*
 * Policy (§0.3) and per-family settings.  privacy_cmp_conf_init() fills in
 * the defaults of the spec (default_config in consent-vectors.json); the
 * tables it points to are static and must not be modified: to change a map,
 * point the member at a table of your own.
 */
typedef struct {
    unsigned             families;       /* PRIVACY_CMP_FAMILY_BIT()s; auto */
    unsigned             mirror;         /* mode mirror (0: strict) */
    unsigned             not_required_ignore;
    unsigned             invalid_optout_ignore;

    /* what "consent not required" (Cookiebot -1) switches on */
    privacy_mask_t       all;

    /* what Sec-GPC: 1 and DNT: 1 remove (0 = off) */
    privacy_mask_t       gpc_removes;
    privacy_mask_t       dnt_removes;

    struct {
        privacy_cmp_str_t   cookie;           /* CookieConsent */
        privacy_cmp_map_t   map;              /* key -> category */
    } cookiebot;

    struct {
        privacy_cmp_str_t   cookie;           /* OptanonConsent */
        privacy_cmp_str_t   closed_cookie;    /* OptanonAlertBoxClosed */
        privacy_cmp_map_t   map;              /* group id -> category */
    } onetrust;

    struct {
        privacy_cmp_str_t   cookie;           /* klaro */
        privacy_cmp_map_t   services;         /* empty: family is absent */
    } klaro;

    struct {
        privacy_cmp_str_t   cookie;           /* cc_cookie */
        privacy_cmp_map_t   map;              /* site category -> category */
        int64_t             revision;
        unsigned            has_revision;
        unsigned            accept_v2;
    } cookieconsent;

    struct {
        privacy_cmp_str_t   cookie;           /* cookieyes-consent */
        privacy_cmp_map_t   map;              /* slug -> category */
    } cookieyes;

    struct {
        privacy_cmp_str_t   prefix;           /* cmplz_ */
        privacy_cmp_map_t   map;              /* cookie suffix -> category */
        int64_t             policy_id;
        unsigned            has_policy_id;
    } complianz;

    struct {
        const privacy_cmp_str_t   *cookies;   /* euconsent-v2, ... */
        size_t                     ncookies;
        unsigned                   min_policy_version;
        unsigned                   purpose_one_treatment;  /* 1: honour */
        unsigned                   use_publisher_tc;
        unsigned                   cookiebot_iab2;
        unsigned                   from_gpp;  /* GPP section 2 as a source */
        const privacy_tcf_rule_t  *rules;
        size_t                     nrules;
    } tcf;

    const privacy_cmp_str_t   *usp_cookies;   /* usprivacy, us_privacy */
    size_t                     nusp_cookies;
    privacy_cmp_str_t          gpp_cookie;    /* __gpp */
} privacy_cmp_conf_t;

void privacy_cmp_conf_init(privacy_cmp_conf_t *cf);

/*
 * Checks a filled configuration; returns NULL when usable, else a static
 * message for the configuration error log.
 */
const char *privacy_cmp_conf_check(const privacy_cmp_conf_t *cf);

/* the default tables privacy_cmp_conf_init() installs */
extern const privacy_cmp_map_t  privacy_cookiebot_default_map;
extern const privacy_cmp_map_t  privacy_onetrust_default_map;
extern const privacy_cmp_map_t  privacy_cookieconsent_default_map;
extern const privacy_cmp_map_t  privacy_cookieyes_default_map;
extern const privacy_cmp_map_t  privacy_complianz_default_map;
extern const privacy_tcf_rule_t privacy_tcf_default_rules[];
extern const size_t             privacy_tcf_default_nrules;


/* result of one cookie copy or of one whole family (§0.2) */

#define PRIVACY_CMP_INFO_METHOD_EXPLICIT  0x01   /* Cookiebot method */
#define PRIVACY_CMP_INFO_METHOD_IMPLIED   0x02
#define PRIVACY_CMP_INFO_GPC_APPLIED      0x04   /* OneTrust isGpcEnabled=1 */
#define PRIVACY_CMP_INFO_AWAIT_CLOSED     0x08   /* OneTrust: decided only if
                                                    the banner-closed cookie
                                                    holds a valid date */

typedef struct {
    privacy_consent_status_e   status;
    unsigned                   has_state;    /* 0: cmp_state is null */
    privacy_mask_t             state;        /* cmp_state, never necessary */
    unsigned                   info;
    const unsigned char       *iab2;         /* Cookiebot TC string (points */
    size_t                     iab2_len;     /*  into scratch), else NULL */
    /*
     * When the cookie dates the decision (Cookiebot utc, cookieconsent
     * consentTimestamp, TCF LastUpdated): unix seconds, for a maximum age
     * the caller applies.  Copies keep the oldest time (§1.2).
     */
    unsigned                   has_time;
    int64_t                    time;
} privacy_cmp_result_t;


/*
 * Per-copy decoders.  Each decodes one raw cookie value; the scratch buffer
 * (PRIVACY_CMP_SCRATCH_SIZE bytes) is overwritten.  Complianz spreads over
 * several cookies and is only available through the context below; the
 * TC string decoder is in privacy_tcf.h.
 */
void privacy_cookiebot_decode(const privacy_cmp_conf_t *cf,
    const unsigned char *p, size_t len, unsigned char *scratch,
    privacy_cmp_result_t *r);
void privacy_onetrust_decode(const privacy_cmp_conf_t *cf,
    const unsigned char *p, size_t len, unsigned char *scratch,
    privacy_cmp_result_t *r);
/* OptanonAlertBoxClosed: 1 when the value is a valid date-time (§3) */
int privacy_onetrust_closed_valid(const unsigned char *p, size_t len);
void privacy_klaro_decode(const privacy_cmp_conf_t *cf,
    const unsigned char *p, size_t len, unsigned char *scratch,
    privacy_cmp_result_t *r);
void privacy_cookieconsent_decode(const privacy_cmp_conf_t *cf,
    const unsigned char *p, size_t len, unsigned char *scratch,
    privacy_cmp_result_t *r);
void privacy_cookieyes_decode(const privacy_cmp_conf_t *cf,
    const unsigned char *p, size_t len, unsigned char *scratch,
    privacy_cmp_result_t *r);

/* the TC string category mapping of §9.5 */
privacy_mask_t privacy_tcf_categories(const privacy_cmp_conf_t *cf,
    uint32_t purposes_consent, unsigned purpose_one_treatment);


/* §10 US Privacy string */
typedef struct {
    unsigned char   notice;      /* 'Y', 'N', '-' */
    unsigned char   opt_out;
    unsigned char   lspa;
} privacy_usp_t;

/* PRIVACY_CONSENT_ABSENT (empty), _INVALID or _DECIDED (valid) */
privacy_consent_status_e privacy_usp_decode(const unsigned char *p,
    size_t len, privacy_usp_t *u);


/* §11 GPP string */
#define PRIVACY_GPP_OPT_SALE      0x01
#define PRIVACY_GPP_OPT_SHARING   0x02
#define PRIVACY_GPP_OPT_TARGETED  0x04
#define PRIVACY_GPP_OPT_GPC       0x08

#define PRIVACY_GPP_REPORT_MAX    32

typedef struct {
    unsigned              nsections;
    unsigned              optout;        /* union of all sections */
    /* the first PRIVACY_GPP_REPORT_MAX sections, for logs and tests */
    uint64_t              ids[PRIVACY_GPP_REPORT_MAX];
    unsigned char         opt[PRIVACY_GPP_REPORT_MAX];
    /* section 2 (tcfeuv2) when present */
    const unsigned char  *tcf;
    size_t                tcf_len;
} privacy_gpp_t;

privacy_consent_status_e privacy_gpp_decode(const unsigned char *p,
    size_t len, unsigned tcf_min_policy_version, privacy_gpp_t *g);

/*
 * Decodes one GPP section body (the text between '~'s) of section id;
 * returns 0 and ORs PRIVACY_GPP_OPT_* into *optout, or -1 when invalid.
 */
int privacy_gpp_section(uint64_t id, const unsigned char *p, size_t len,
    unsigned tcf_min_policy_version, unsigned *optout);

/*
 * The US section table of §11: bit offsets of the opt-out fields in the
 * core sub-section (-1 = no such field) and whether a GPC sub-section is
 * defined.  Returns 0 when id is not a US section.
 */
int privacy_gpp_us_fields(uint64_t id, int *sale, int *sharing,
    int *targeted, unsigned *gpc);


/* §12, §13: one header line each; several lines are fed one by one */
int privacy_gpc_header(const unsigned char *p, size_t len);  /* 1 = set */

#define PRIVACY_DNT_NONE  0
#define PRIVACY_DNT_0     1
#define PRIVACY_DNT_1     2
int privacy_dnt_header(const unsigned char *p, size_t len);


/* §14 Google Consent Mode v2 */
typedef struct {
    unsigned   ad_storage:1;
    unsigned   ad_user_data:1;
    unsigned   ad_personalization:1;
    unsigned   analytics_storage:1;
    unsigned   functionality_storage:1;
    unsigned   personalization_storage:1;
    unsigned   security_storage:1;
    char       gcs[5];                  /* "G1xy", NUL-terminated */
} privacy_consent_mode_t;

void privacy_consent_mode(privacy_mask_t granted, privacy_consent_mode_t *m);


/* per-request evaluation (§0.4) */

typedef struct {
    const privacy_cmp_conf_t  *cf;
    unsigned char             *scratch;
    privacy_cmp_result_t       fam[PRIVACY_CMP_NFAMILIES];

    /* OneTrust: the banner-closed cookie may come after the state */
    unsigned                   ot_closed_seen;
    unsigned                   ot_closed_bad;
    unsigned                   ot_hard_undecided;

    /* Complianz: one cookie per category */
    unsigned char              cz_obs[PRIVACY_CMP_MAP_MAX];
    unsigned                   cz_invalid;
    unsigned                   cz_categories;
    unsigned                   cz_banner;     /* 0 none, 1 show, 2 dism. */
    unsigned                   cz_policy_seen;
    int64_t                    cz_policy_id;

    /* overlays */
    unsigned                   gpc;
    unsigned                   dnt;
    privacy_consent_status_e   usp;
    unsigned                   usp_optout;
    privacy_consent_status_e   gpp;
    unsigned                   gpp_optout;
} privacy_consent_ctx_t;

typedef struct {
    privacy_consent_status_e   status[PRIVACY_CMP_NFAMILIES];
    privacy_cmp_result_t       fam[PRIVACY_CMP_NFAMILIES];
    privacy_mask_t             base;      /* steps 1-4 */
    privacy_mask_t             removed;   /* step 5: what overlays remove */
    privacy_mask_t             granted;   /* base minus removed */
    unsigned                   gpc;       /* Sec-GPC: 1 seen */
    unsigned                   dnt;       /* PRIVACY_DNT_* */
    privacy_consent_status_e   usp;       /* absent / invalid / decided */
    privacy_consent_status_e   gpp;
    privacy_consent_mode_t     consent_mode;
} privacy_consent_decision_t;

void privacy_consent_init(privacy_consent_ctx_t *ctx,
    const privacy_cmp_conf_t *cf, unsigned char *scratch);
void privacy_consent_cookie(privacy_consent_ctx_t *ctx,
    const unsigned char *name, size_t nlen,
    const unsigned char *value, size_t vlen);
/* header names are matched case-insensitively; others are ignored */
void privacy_consent_header(privacy_consent_ctx_t *ctx,
    const unsigned char *name, size_t nlen,
    const unsigned char *value, size_t vlen);
void privacy_consent_finish(privacy_consent_ctx_t *ctx,
    privacy_consent_decision_t *d);

/* §1.2: merges one more copy into a family result (least privilege) */
void privacy_cmp_result_merge(privacy_cmp_result_t *acc,
    const privacy_cmp_result_t *copy);

#endif
