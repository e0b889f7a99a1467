/*
 * ngx_http_privacy_module: the types every file of the glue shares
 * (configuration, the per-request decision and context), its constants,
 * and nothing else: no prototypes.  Each ngx_http_privacy_*.c offers its
 * functions in its own .h; docs/hacking.md draws the layers.
 *
 * nginx-free parsing lives in lib/.
 */
#ifndef NGX_HTTP_PRIVACY_COMMON_H
#define NGX_HTTP_PRIVACY_COMMON_H

#include <ngx_config.h>
#include <ngx_core.h>
#include <ngx_http.h>

#include "privacy_category.h"
#include "privacy_cmp.h"
#include "privacy_consent_mode.h"
#include "privacy_lang.h"
#include "privacy_literal.h"
#include "privacy_multilit.h"
#include "privacy_namecache.h"


/* a category that is never granted: what "privacy_unknown_cookie deny" uses */
#define NGX_HTTP_PRIVACY_DENY_BIT     ((privacy_mask_t) 1 << 31)
#define NGX_HTTP_PRIVACY_ALL_CATS     ((privacy_mask_t) 0x7fffffff)

/* "US-CA": a country code and a subdivision of up to 3 characters */
#define NGX_HTTP_PRIVACY_COUNTRY_LEN  6

#define NGX_HTTP_PRIVACY_ACTION_REMOVE      0
#define NGX_HTTP_PRIVACY_ACTION_NEUTRALIZE  1

#define NGX_HTTP_PRIVACY_FAIL_OPEN          0
#define NGX_HTTP_PRIVACY_FAIL_CLOSED        1

/* room for every category name, separated */
#define NGX_HTTP_PRIVACY_CAT_NAMES_LEN  (PRIVACY_CAT_MAX * 33)

/* script "LITERAL" signatures: lengths */
#define NGX_HTTP_PRIVACY_SCRIPT_MIN   6
#define NGX_HTTP_PRIVACY_SCRIPT_MAX   256

/* bounds on request-time work */
#define NGX_HTTP_PRIVACY_MAX_EXPIRE   64
#define NGX_HTTP_PRIVACY_MAX_SCOPES   8     /* privacy_cookie_domain, _path */


typedef enum {
    NGX_HTTP_PRIVACY_REGIME_OPT_IN = 0,
    NGX_HTTP_PRIVACY_REGIME_OPT_OUT,
    NGX_HTTP_PRIVACY_REGIME_NONE
} ngx_http_privacy_regime_e;


/* consent cookie formats; cookiebot to tcf follow privacy_cmp_family_e */
typedef enum {
    NGX_HTTP_PRIVACY_FMT_NATIVE = 0,
    NGX_HTTP_PRIVACY_FMT_COOKIEBOT,
    NGX_HTTP_PRIVACY_FMT_ONETRUST,
    NGX_HTTP_PRIVACY_FMT_KLARO,
    NGX_HTTP_PRIVACY_FMT_COOKIECONSENT,
    NGX_HTTP_PRIVACY_FMT_COOKIEYES,
    NGX_HTTP_PRIVACY_FMT_COMPLIANZ,
    NGX_HTTP_PRIVACY_FMT_TCF,
    NGX_HTTP_PRIVACY_FMT_USPRIVACY,          /* overlays: only remove */
    NGX_HTTP_PRIVACY_FMT_GPP,
    NGX_HTTP_PRIVACY_FMT_COUNT
} ngx_http_privacy_format_e;

#define ngx_http_privacy_fmt_is_family(f)                                     \
    ((f) >= NGX_HTTP_PRIVACY_FMT_COOKIEBOT && (f) <= NGX_HTTP_PRIVACY_FMT_TCF)
#define ngx_http_privacy_fmt_family(f)                                        \
    ((unsigned) ((f) - NGX_HTTP_PRIVACY_FMT_COOKIEBOT))
#define ngx_http_privacy_family_fmt(fam)                                      \
    ((ngx_http_privacy_format_e) ((fam) + NGX_HTTP_PRIVACY_FMT_COOKIEBOT))


typedef struct {
    ngx_str_t                    name;
    privacy_mask_t               bit;
    u_char                      *file;     /* where first declared */
    ngx_uint_t                   line;
} ngx_http_privacy_category_t;


/* one classification rule; case variants of a name chain through next */
typedef struct ngx_http_privacy_rule_s  ngx_http_privacy_rule_t;

struct ngx_http_privacy_rule_s {
    ngx_str_t                    name;     /* exact case, without '*' */
    privacy_mask_t               cat;
    ngx_uint_t                   exempt;   /* exact rules: privacy_exempt */
    ngx_http_privacy_rule_t     *next;
};


typedef struct {
    ngx_regex_t                 *regex;
    ngx_str_t                    source;
    privacy_mask_t               cat;
} ngx_http_privacy_regex_rule_t;


/*
 * Regex rules, tried in order; the first match wins.  Most subjects match
 * none, so each regex's required literal (privacy_literal.h) is looked for
 * first, and the regexes without one are tried through one combined regex.
 */
typedef struct {
    ngx_array_t                  rules;        /* regex_rule_t */
    ngx_uint_t                   caseless;
    privacy_litset_t            *lits;         /* factors, or NULL */
    uint64_t                     factored;     /* bit i: rules[i] in lits */
    ngx_uint_t                   nrest;        /* rules not in lits */
    ngx_regex_t                 *any;          /* those combined, or NULL */
} ngx_http_privacy_regex_set_t;


/*
 * What the rules say of one URL host, whatever the path: a page's URLs
 * share a few hosts, so a request keeps the last ones it looked up,
 * direct-mapped by the host's hash (one compare finds an entry).
 */
#define NGX_HTTP_PRIVACY_HOST_CACHE      16
#define NGX_HTTP_PRIVACY_HOST_CACHE_LEN  64

typedef struct {
    u_char                       host[NGX_HTTP_PRIVACY_HOST_CACHE_LEN];
    size_t                       len;      /* lowercase, userinfo, port */
    size_t                       plain_off; /* the host name alone */
    size_t                       plain_len;
    ngx_array_t                 *group;    /* url prefixes, or NULL */
    ngx_array_t                 *plain_group; /* those of the host name
                                              alone, when the host has a
                                              port (or userinfo): NULL */
    privacy_mask_t               cat;      /* of the host rules */
    privacy_mask_t               host_re_cat;
    privacy_litset_memo_t        lits;     /* URL regexes' literals in
                                              "https://host" */
    unsigned                     used:1;
    unsigned                     exempt:1;
    unsigned                     host_rule:1;
    unsigned                     host_re:1;   /* a host regex matched */
    unsigned                     lits_memo:1; /* lits usable */
    unsigned                     party:2;  /* 0 unknown, 1 first, 2 third */
    unsigned                     listed:1; /* sent to the status tables */
} ngx_http_privacy_host_entry_t;


/*
 * The same per worker, for the configuration's lifetime (it lives in the
 * main conf: a worker writes only its own copy of it; a reload brings a
 * new, empty one): what the request before looked up, without the
 * request's own fields (party, listed).  2-way, by the host's hash.
 */
#define NGX_HTTP_PRIVACY_WORKER_HOSTS    256

typedef struct {
    ngx_http_privacy_host_entry_t  e[NGX_HTTP_PRIVACY_HOST_CACHE];
    ngx_uint_t                   fills;    /* entries (re)filled so far */
    ngx_uint_t                   filled;   /* the slot filled last */
} ngx_http_privacy_host_cache_t;


/*
 * What the rules say of a URL whose reading depends on its bytes and at
 * most the base's scheme or origin ("https://...", "//...", "/..."), by its
 * bytes, for the worker as the hosts above are: the pages of a site name
 * the same URLs request after request.  Kept: the URL's canonical
 * "//host[:port]" and its category before what a location adds (consent
 * mode).  2-way, by the bytes' hash (512 pairs: a page of 150 URLs in 256
 * pairs left ~5 pairs with 3, read again on every request); URLs of 8 to
 * URL_MEMO_LEN bytes, hosts of HOST_CACHE_LEN.  ~210 kB per worker.
 */
#define NGX_HTTP_PRIVACY_WORKER_URLS     1024
#define NGX_HTTP_PRIVACY_WORKER_URL_LEN  120

typedef struct {
    uint64_t                     tail;     /* its last 8 bytes */
    privacy_mask_t               cat;      /* the rules', when found */
    uint8_t                      len;      /* 0: not used */
    uint8_t                      found;    /* a rule classified it */
    uint8_t                      path;     /* bytes of "//host[:port]" */
    uint8_t                      host_len; /* of the host name in it */
    uint8_t                      scheme;   /* "//...": the base's */
    u_char                       url[NGX_HTTP_PRIVACY_WORKER_URL_LEN];
    u_char                       canon[2 + NGX_HTTP_PRIVACY_HOST_CACHE_LEN];
} ngx_http_privacy_worker_url_t;


typedef struct {
    ngx_hash_t                   exact;
    ngx_hash_t                   prefix;
    ngx_uint_t                  *prefix_lens;  /* distinct, descending */
    ngx_uint_t                   nprefix_lens;
    ngx_http_privacy_regex_set_t regexes;
} ngx_http_privacy_name_rules_t;


/* cookie names and hosts: the rules proper, or the exemptions */
typedef struct {
    ngx_http_privacy_name_rules_t  cookies;
    ngx_hash_combined_t          hosts;
    ngx_http_privacy_regex_set_t host_regexes;

    /* only while parsing */
    ngx_hash_keys_arrays_t      *cookie_keys;
    ngx_hash_keys_arrays_t      *prefix_keys;
    ngx_hash_keys_arrays_t      *host_keys;
} ngx_http_privacy_ruleset_t;


typedef struct {
    ngx_str_t                    name;     /* complianz: the prefix */
    ngx_http_privacy_format_e    format;
    ngx_array_t                 *map;      /* privacy_cmp_map_entry_t */
    int64_t                      revision; /* cookieconsent revision= */
    int64_t                      policy_id;/* complianz policy_id= */
    unsigned                     has_revision:1;
    unsigned                     has_policy_id:1;
    u_char                      *file;     /* where configured */
    ngx_uint_t                   line;
} ngx_http_privacy_consent_cookie_t;


typedef struct {
    ngx_array_t                  categories;   /* category_t */

    ngx_http_privacy_ruleset_t   rules;
    ngx_http_privacy_ruleset_t   exempt;       /* privacy_exempt */
    ngx_hash_t                   url_hosts;    /* host -> url prefixes */
    ngx_array_t                  urls;         /* rule_t, prefixes */
    ngx_http_privacy_regex_set_t url_regexes;
    ngx_http_privacy_host_entry_t *worker_hosts;  /* WORKER_HOSTS, or NULL */
    ngx_http_privacy_worker_url_t *worker_urls;   /* WORKER_URLS, or NULL */
    ngx_array_t                  scripts;      /* rule_t, signatures */
    privacy_multilit_t          *script_lits;  /* the first 64 of them */
    ngx_uint_t                   script_lits_n;
    privacy_multilit_t          *inline_constructs;

    ngx_uint_t                   hash_max_size;
    ngx_uint_t                   hash_bucket_size;

    /* only while parsing */
    ngx_pool_t                  *temp_pool;
    ngx_array_t                 *block_files;  /* where blocks were opened */

    ngx_flag_t                   strip_request_used;
    ngx_flag_t                   html_used;

    void                        *mmdb;          /* MMDB_s */
    ngx_array_t                 *regime_entries;
    ngx_hash_t                   regimes;       /* code -> regime entry */

    /* beacons and gates, endpoint, status (_gate.c, _endpoint.c, _status.c) */
    ngx_flag_t                   access_used;   /* privacy_beacon, _gate */
    ngx_shm_zone_t              *status_zone;
    u_char                      *status_file;   /* a privacy_status */
    ngx_uint_t                   status_line;
} ngx_http_privacy_main_conf_t;


typedef struct {
    ngx_flag_t                   enable;
    ngx_flag_t                   dnt;
    ngx_flag_t                   gpc;
    ngx_flag_t                   strip_request_cookies;
    ngx_flag_t                   expire_cookies;
    ngx_array_t                 *cookie_domains;   /* ngx_str_t, to expire */
    ngx_array_t                 *cookie_paths;     /*   on besides host, / */

    privacy_mask_t               dnt_denies;
    privacy_mask_t               gpc_denies;
    privacy_mask_t               unknown_cookie;   /* 0: allow */
    ngx_uint_t                   unknown_cookie_set;
    ngx_uint_t                   dnt_denies_set;
    ngx_uint_t                   gpc_denies_set;

    ngx_array_t                 *consent_cookies;  /* consent_cookie_t */
    ngx_array_t                 *klaro_services;   /* NULL: inherited */
    privacy_cmp_conf_t          *cmp;   /* NULL: only native cookies */
    ngx_uint_t                   cmp_built;        /* cmp is final */
    privacy_namecache_t         *cookie_cache;  /* classify_cookie memo */
    ngx_uint_t                   policy_revision;
    time_t                       max_age;
    ngx_uint_t                   default_regime;
    ngx_int_t                    country_index; /* privacy_country */

    /* HTML enforcement */
    ngx_flag_t                   html;
    ngx_hash_t                   html_types;
    ngx_array_t                 *html_types_keys;
    ngx_uint_t                   html_action;
    ngx_flag_t                   html_activate;
    size_t                       html_max_tag;
    size_t                       html_max_inline;  /* 0: not held */
    ngx_str_t                    banner;           /* privacy_banner */
    ngx_array_t                 *banner_texts;     /* ngx_str_t, a banner
                                                      per language; NULL:
                                                      one, without */
    ngx_array_t                 *banner_langs;     /* privacy_lang_tag_t */
    ngx_uint_t                   banner_default;   /* one without LANG */
    ngx_array_t                 *placeholder;      /* template segments;
                                                      NULL: off */
    privacy_mask_t               unknown_pixel;    /* 0: allow */
    ngx_uint_t                   unknown_pixel_set;
    ngx_uint_t                   fail;

    /* privacy_consent_mode (_consent_mode.c) */
    ngx_uint_t                   consent_mode;     /* PRIVACY_CM_* vendors */
    ngx_flag_t                   consent_mode_advanced;
    privacy_mask_t               consent_mode_map[PRIVACY_CM_TYPES];
    ngx_uint_t                   consent_mode_map_set;  /* a bit a type */

    /* beacons and gates, endpoint, status (_gate.c, _endpoint.c, _status.c) */
    ngx_array_t                 *consent_secrets;  /* ngx_str_t keys */
    ngx_flag_t                   consent_httponly;
    ngx_flag_t                   debug_header;
    ngx_uint_t                   beacon;           /* category mask */
    ngx_uint_t                   beacon_204;
    ngx_uint_t                   gate;             /* category mask */
    ngx_uint_t                   gate_status;
    ngx_uint_t                   status_format;
    u_char                      *endpoint_file;    /* where configured */
    ngx_uint_t                   endpoint_line;
} ngx_http_privacy_loc_conf_t;


/* the consent decision of one request, computed once, lazily */

#define NGX_HTTP_PRIVACY_SRC_COOKIE   0x01   /* a consent cookie decided */
#define NGX_HTTP_PRIVACY_SRC_INVALID  0x02   /* a consent cookie was invalid */
#define NGX_HTTP_PRIVACY_SRC_STALE    0x04   /* too old or other revision */
#define NGX_HTTP_PRIVACY_SRC_DEFAULT  0x08   /* the regime default applied */
#define NGX_HTTP_PRIVACY_SRC_DNT      0x10   /* DNT: 1 withdrew something */
#define NGX_HTTP_PRIVACY_SRC_GPC      0x20   /* Sec-GPC: 1 withdrew something */
#define NGX_HTTP_PRIVACY_SRC_USP      0x40   /* US Privacy opt-out or invalid */
#define NGX_HTTP_PRIVACY_SRC_GPP      0x80   /* GPP opt-out or invalid */

typedef struct {
    ngx_http_privacy_loc_conf_t *conf;      /* the conf it was computed with */
    privacy_mask_t               granted;
    ngx_uint_t                   sources;
    ngx_uint_t                   formats;   /* 1 << format, cookies seen */
    ngx_uint_t                   fmt_decided;    /* 1 << format, by status */
    ngx_uint_t                   fmt_invalid;
    ngx_uint_t                   fmt_stale;      /* too old, other revision */
    ngx_uint_t                   fmt_undecided;  /* a CMP's "no decision" */
    ngx_uint_t                   regime;
    ngx_int_t                    dnt;       /* -1 absent, 0, 1 */
    ngx_int_t                    gpc;       /* -1 absent, 1 */
    size_t                       country_len;
    u_char                       country[NGX_HTTP_PRIVACY_COUNTRY_LEN];
    ngx_str_t                    consent_id;    /* of the native cookie in
                                                   force, or just minted */
} ngx_http_privacy_decision_t;


typedef struct {
    ngx_http_privacy_decision_t  decision;
    unsigned                     decided:1;
    unsigned                     request_rewritten:1;
    unsigned                     vary:1;

    ngx_array_t                 *stripped;        /* ngx_str_t, bounded */
    ngx_array_t                 *request_removed; /* ngx_str_t, to expire */
    ngx_str_t                    request_cookie;  /* rewritten Cookie value */
    void                        *html;            /* body filter state */
    ngx_str_t                    consent_event;   /* $privacy_consent_event */
} ngx_http_privacy_ctx_t;


extern ngx_module_t  ngx_http_privacy_module;


#endif
