/*
 * Counters in shared memory (privacy_status_zone) and the page that prints
 * them (privacy_status json | prometheus): what the gateway decided, removed
 * and refused, for auditors and for Prometheus.
 *
 * Every worker bumps the counters with ngx_atomic_fetch_add(); they live in
 * a slab-allocated block that a reload (HUP) finds again through the slab
 * pool's data pointer, so they survive reloads.  Per-category counters are
 * kept by category name, not by bit, so a reload that declares categories
 * in another order keeps each count with its category.
 *
 * The most frequent unclassified Set-Cookie names, and the most frequent
 * unclassified third-party hosts that script, img and iframe elements load
 * from, are kept in bounded tables (the "space-saving" algorithm: a full
 * table replaces its least counted name, which inherits that count plus
 * one), so a site owner sees which cookies and trackers still need a rule.
 * Only RFC 6265 token names are recorded, names and hosts truncated to
 * NGX_HTTP_PRIVACY_STATUS_NAME_LEN bytes.
 */
#include "ngx_http_privacy_status.h"
#include "ngx_http_privacy_consent.h"
#include "ngx_http_privacy_geo.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_util.h"
#include "privacy_cookie.h"
#include "privacy_native.h"


#define NGX_HTTP_PRIVACY_STATUS_MAGIC     0x70727673    /* "prvs" */
#define NGX_HTTP_PRIVACY_STATUS_CATS      48
#define NGX_HTTP_PRIVACY_STATUS_NAMES     64
#define NGX_HTTP_PRIVACY_STATUS_NAME_LEN  64

#define NGX_HTTP_PRIVACY_STATUS_JSON        0
#define NGX_HTTP_PRIVACY_STATUS_PROMETHEUS  1

/* the pseudo-category of unclassified cookies (privacy_unknown_cookie deny)
 * and of elements removed without a category; not a valid category name */
#define NGX_HTTP_PRIVACY_UNCLASSIFIED     "(unclassified)"


typedef struct {
    ngx_atomic_t                     stripped;   /* Set-Cookie removed */
    ngx_atomic_t                     removed;    /* HTML elements */
    ngx_atomic_t                     beacons;    /* answered locally */
    ngx_atomic_t                     gated;      /* privacy_gate refusals */
    ngx_atomic_t                     granted;    /* by the consent endpoint */
    size_t                           len;
    u_char                           name[PRIVACY_NATIVE_NAME_MAX];
} ngx_http_privacy_status_cat_t;


typedef struct {
    ngx_atomic_uint_t                count;
    size_t                           len;
    u_char                           name[NGX_HTTP_PRIVACY_STATUS_NAME_LEN];
} ngx_http_privacy_status_name_t;


/* a bounded table of the most frequent names (space-saving) */
typedef struct {
    ngx_uint_t                       n;
    ngx_http_privacy_status_name_t   e[NGX_HTTP_PRIVACY_STATUS_NAMES];
} ngx_http_privacy_status_top_t;


typedef struct {
    ngx_uint_t                       magic;
    size_t                           size;

    ngx_atomic_t                     requests;
    ngx_atomic_t                     source[4];  /* cookie invalid stale
                                                    default */
    ngx_atomic_t                     signal[4];  /* dnt gpc usprivacy gpp */
    ngx_atomic_t                     regime[3];
    ngx_atomic_t                     endpoint[4];
    ngx_atomic_t                     fail_open;
    ngx_atomic_t                     unclassified;
    ngx_atomic_t                     inline_over;  /* past max_inline */
    ngx_atomic_t                     unknown_hosts;

    ngx_uint_t                       ncats;
    ngx_http_privacy_status_cat_t    cats[NGX_HTTP_PRIVACY_STATUS_CATS];

    /* under the slab pool's mutex */
    ngx_http_privacy_status_top_t    cookies;   /* unclassified Set-Cookie */
    ngx_http_privacy_status_top_t    hosts;     /* unclassified 3rd-party */
} ngx_http_privacy_status_shm_t;


/* copies of the tables for printing, most frequent first */
typedef struct {
    ngx_http_privacy_status_name_t  *cookies;
    ngx_uint_t                       ncookies;
    ngx_http_privacy_status_name_t  *hosts;
    ngx_uint_t                       nhosts;
} ngx_http_privacy_status_tops_t;


/* per configuration cycle: where each category bit counts */
typedef struct {
    ngx_http_privacy_status_shm_t   *sh;
    ngx_slab_pool_t                 *shpool;
    ngx_http_privacy_main_conf_t    *pmcf;
    ngx_uint_t                       slot[32];
} ngx_http_privacy_status_ctx_t;


static ngx_int_t ngx_http_privacy_status_init_zone(ngx_shm_zone_t *shm_zone,
    void *data);
static ngx_int_t ngx_http_privacy_status_handler(ngx_http_request_t *r);
static void ngx_http_privacy_status_top_add(ngx_http_privacy_status_ctx_t *ctx,
    ngx_http_privacy_status_top_t *top, u_char *name, size_t len);
static ngx_http_privacy_status_name_t *ngx_http_privacy_status_top_copy(
    ngx_http_request_t *r, ngx_http_privacy_status_ctx_t *ctx,
    ngx_http_privacy_status_top_t *top, ngx_uint_t *n);
static u_char *ngx_http_privacy_status_top_json(u_char *p,
    ngx_http_privacy_status_name_t *names, ngx_uint_t n, const char *key);
static u_char *ngx_http_privacy_status_top_prometheus(u_char *p,
    ngx_http_privacy_status_name_t *names, ngx_uint_t n, const char *metric,
    const char *label, const char *help);


static const char  *ngx_http_privacy_status_sources[] = {
    "cookie", "invalid", "stale", "default"
};

static const char  *ngx_http_privacy_status_signals[] = {
    "dnt", "gpc", "usprivacy", "gpp"
};

static const char  *ngx_http_privacy_status_events[] = {
    "grant", "deny", "invalid", "refused"
};


/* privacy_status_zone NAME SIZE */
char *
ngx_http_privacy_status_zone(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_main_conf_t *pmcf = conf;

    ssize_t                         size;
    ngx_str_t                      *value;
    ngx_shm_zone_t                 *shm_zone;
    ngx_http_privacy_status_ctx_t  *ctx;

    if (pmcf->status_zone) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (value[1].len == 0) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "privacy_status_zone needs a zone name");
        return NGX_CONF_ERROR;
    }

    size = ngx_parse_size(&value[2]);

    if (size == NGX_ERROR) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid privacy_status_zone size \"%V\"",
                           &value[2]);
        return NGX_CONF_ERROR;
    }

    if (size < (ssize_t) (8 * ngx_pagesize)) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "privacy_status_zone \"%V\" is too small: %V "
                           "(at least %uz)", &value[1], &value[2],
                           8 * ngx_pagesize);
        return NGX_CONF_ERROR;
    }

    ctx = ngx_pcalloc(cf->pool, sizeof(ngx_http_privacy_status_ctx_t));
    if (ctx == NULL) {
        return NGX_CONF_ERROR;
    }

    ctx->pmcf = pmcf;

    shm_zone = ngx_shared_memory_add(cf, &value[1], size,
                                     &ngx_http_privacy_module);
    if (shm_zone == NULL) {
        return NGX_CONF_ERROR;
    }

    if (shm_zone->data) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "privacy_status_zone \"%V\" is already used",
                           &value[1]);
        return NGX_CONF_ERROR;
    }

    shm_zone->init = ngx_http_privacy_status_init_zone;
    shm_zone->data = ctx;

    pmcf->status_zone = shm_zone;

    return NGX_CONF_OK;
}


/* privacy_status [json | prometheus] */
char *
ngx_http_privacy_status(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t                     *value;
    ngx_http_core_loc_conf_t      *clcf;
    ngx_http_privacy_main_conf_t  *pmcf;

    value = cf->args->elts;

    if (cf->args->nelts == 1 || ngx_strcmp(value[1].data, "json") == 0) {
        plcf->status_format = NGX_HTTP_PRIVACY_STATUS_JSON;

    } else if (ngx_strcmp(value[1].data, "prometheus") == 0) {
        plcf->status_format = NGX_HTTP_PRIVACY_STATUS_PROMETHEUS;

    } else {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid privacy_status format \"%V\" "
                           "(json or prometheus)", &value[1]);
        return NGX_CONF_ERROR;
    }

    clcf = ngx_http_conf_get_module_loc_conf(cf, ngx_http_core_module);

    if (clcf->handler) {
        return "is duplicate: the location already has a content handler";
    }

    clcf->handler = ngx_http_privacy_status_handler;

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);

    if (pmcf->status_file == NULL) {
        pmcf->status_file = cf->conf_file->file.name.data;
        pmcf->status_line = cf->conf_file->line;
    }

    return NGX_CONF_OK;
}


/*
 * postconfiguration: a status page needs the zone.  NGX_OK: there is a zone
 * (count in the log phase), NGX_DECLINED: none, NGX_ERROR: a page without.
 */
ngx_int_t
ngx_http_privacy_status_check(ngx_conf_t *cf)
{
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);

    if (pmcf->status_zone == NULL) {
        if (pmcf->status_file) {
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                          "\"privacy_status\" needs a \"privacy_status_zone\" "
                          "in the http block in %s:%ui",
                          pmcf->status_file, pmcf->status_line);
            return NGX_ERROR;
        }

        return NGX_DECLINED;
    }

    return NGX_OK;
}


/* the slot of one category name: found, new, or taken from a gone one */
static ngx_uint_t
ngx_http_privacy_status_slot(ngx_http_privacy_status_ctx_t *ctx,
    u_char *name, size_t len)
{
    ngx_uint_t                      i, j, used;
    ngx_http_privacy_status_cat_t  *c;
    ngx_http_privacy_category_t    *cat;
    ngx_http_privacy_status_shm_t  *sh;

    sh = ctx->sh;

    for (i = 0; i < sh->ncats; i++) {
        if (sh->cats[i].len == len
            && ngx_memcmp(sh->cats[i].name, name, len) == 0)
        {
            return i;
        }
    }

    if (sh->ncats < NGX_HTTP_PRIVACY_STATUS_CATS) {
        i = sh->ncats++;

    } else {
        /* every slot was used by some configuration: reuse a gone one */

        cat = ctx->pmcf->categories.elts;

        for (i = 0; i < NGX_HTTP_PRIVACY_STATUS_CATS; i++) {
            c = &sh->cats[i];
            used = (c->len == sizeof(NGX_HTTP_PRIVACY_UNCLASSIFIED) - 1);

            for (j = 0; !used && j < ctx->pmcf->categories.nelts; j++) {
                used = (cat[j].name.len == c->len
                        && ngx_memcmp(cat[j].name.data, c->name, c->len)
                           == 0);
            }

            if (!used) {
                break;
            }
        }

        if (i == NGX_HTTP_PRIVACY_STATUS_CATS) {
            i = NGX_HTTP_PRIVACY_STATUS_CATS - 1;   /* not reached: <= 32 */
        }
    }

    c = &sh->cats[i];
    c->stripped = 0;
    c->removed = 0;
    c->beacons = 0;
    c->gated = 0;
    c->granted = 0;
    c->len = ngx_min(len, sizeof(c->name));
    ngx_memcpy(c->name, name, c->len);

    return i;
}


static ngx_int_t
ngx_http_privacy_status_init_zone(ngx_shm_zone_t *shm_zone, void *data)
{
    ngx_http_privacy_status_ctx_t  *ctx = shm_zone->data;

    size_t                          len;
    ngx_uint_t                      i, bit;
    ngx_slab_pool_t                *shpool;
    ngx_http_privacy_category_t    *cat;
    ngx_http_privacy_status_shm_t  *sh;

    shpool = (ngx_slab_pool_t *) shm_zone->shm.addr;
    ctx->shpool = shpool;

    sh = NULL;

    if (data || shm_zone->shm.exists) {
        /* a reload: the counters of the running zone live on */

        sh = shpool->data;

        if (sh && (sh->magic != NGX_HTTP_PRIVACY_STATUS_MAGIC
                   || sh->size != sizeof(ngx_http_privacy_status_shm_t)))
        {
            sh = NULL;      /* another layout: start again */
        }
    }

    if (sh == NULL) {
        sh = ngx_slab_calloc(shpool, sizeof(ngx_http_privacy_status_shm_t));
        if (sh == NULL) {
            return NGX_ERROR;
        }

        sh->magic = NGX_HTTP_PRIVACY_STATUS_MAGIC;
        sh->size = sizeof(ngx_http_privacy_status_shm_t);
        shpool->data = sh;

        len = sizeof(" in privacy_status_zone \"\"") + shm_zone->shm.name.len;

        shpool->log_ctx = ngx_slab_alloc(shpool, len);
        if (shpool->log_ctx == NULL) {
            return NGX_ERROR;
        }

        ngx_sprintf(shpool->log_ctx, " in privacy_status_zone \"%V\"%Z",
                    &shm_zone->shm.name);
    }

    ctx->sh = sh;

    /* every bit of this configuration gets its slot by name */

    cat = ctx->pmcf->categories.elts;

    for (i = 0; i < 32; i++) {
        ctx->slot[i] = NGX_HTTP_PRIVACY_STATUS_CATS;
    }

    for (i = 0; i < ctx->pmcf->categories.nelts; i++) {
        for (bit = 0; bit < 31; bit++) {
            if (cat[i].bit == ((privacy_mask_t) 1 << bit)) {
                ctx->slot[bit] = ngx_http_privacy_status_slot(ctx,
                                                        cat[i].name.data,
                                                        cat[i].name.len);
                break;
            }
        }
    }

    ctx->slot[31] = ngx_http_privacy_status_slot(ctx,
                                   (u_char *) NGX_HTTP_PRIVACY_UNCLASSIFIED,
                                   sizeof(NGX_HTTP_PRIVACY_UNCLASSIFIED) - 1);

    return NGX_OK;
}


static ngx_http_privacy_status_ctx_t *
ngx_http_privacy_status_ctx(ngx_http_request_t *r)
{
    ngx_http_privacy_status_ctx_t  *ctx;
    ngx_http_privacy_main_conf_t   *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    if (pmcf == NULL || pmcf->status_zone == NULL) {
        return NULL;
    }

    ctx = pmcf->status_zone->data;

    return ctx->sh ? ctx : NULL;
}


#define ngx_http_privacy_status_bump(c_, m_, f_)                              \
    {                                                                         \
        ngx_uint_t  b_, s_;                                                   \
                                                                              \
        for (b_ = 0; b_ < 32; b_++) {                                         \
            s_ = (c_)->slot[b_];                                              \
            if (((m_) & ((privacy_mask_t) 1 << b_))                           \
                && s_ < NGX_HTTP_PRIVACY_STATUS_CATS)                         \
            {                                                                 \
                (void) ngx_atomic_fetch_add(&(c_)->sh->cats[s_].f_, 1);       \
            }                                                                 \
        }                                                                     \
    }


/* a Set-Cookie was removed (ngx_http_privacy_cookie.c) */
void
ngx_http_privacy_status_stripped(ngx_http_request_t *r, privacy_mask_t cat)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx) {
        ngx_http_privacy_status_bump(ctx, cat, stripped);
    }
}


/* HTML elements removed or neutralised (ngx_http_privacy_html.c); 0 when
 * the element had no category (a limit under privacy_fail closed) */
void
ngx_http_privacy_status_element(ngx_http_request_t *r, privacy_mask_t cats)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx) {
        if (cats == 0) {
            cats = NGX_HTTP_PRIVACY_DENY_BIT;
        }

        ngx_http_privacy_status_bump(ctx, cats, removed);
    }
}


void
ngx_http_privacy_status_beacon(ngx_http_request_t *r, privacy_mask_t cat)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx) {
        ngx_http_privacy_status_bump(ctx, cat, beacons);
    }
}


void
ngx_http_privacy_status_gate(ngx_http_request_t *r, privacy_mask_t missing)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx) {
        ngx_http_privacy_status_bump(ctx, missing, gated);
    }
}


void
ngx_http_privacy_status_endpoint(ngx_http_request_t *r, ngx_uint_t event,
    privacy_mask_t granted)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx == NULL || event > NGX_HTTP_PRIVACY_EVENT_REFUSED) {
        return;
    }

    (void) ngx_atomic_fetch_add(&ctx->sh->endpoint[event], 1);

    if (event == NGX_HTTP_PRIVACY_EVENT_GRANT) {
        ngx_http_privacy_status_bump(ctx, granted, granted);
    }
}


void
ngx_http_privacy_status_fail_open(ngx_http_request_t *r)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx) {
        (void) ngx_atomic_fetch_add(&ctx->sh->fail_open, 1);
    }
}


/* an inline script longer than privacy_html_max_inline */
void
ngx_http_privacy_status_inline_over(ngx_http_request_t *r)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx) {
        (void) ngx_atomic_fetch_add(&ctx->sh->inline_over, 1);
    }
}


/*
 * Every Set-Cookie the header filter classified: the unclassified ones are
 * counted, and their names go to the bounded table.
 */
void
ngx_http_privacy_status_set_cookie(ngx_http_request_t *r, u_char *name,
    size_t len, privacy_mask_t cat)
{
    privacy_mask_t                   unknown, c;
    ngx_http_privacy_status_ctx_t   *ctx;
    ngx_http_privacy_status_shm_t   *sh;
    ngx_http_privacy_loc_conf_t     *plcf;

    ctx = ngx_http_privacy_status_ctx(r);
    if (ctx == NULL) {
        return;
    }

    /* only what privacy_unknown_cookie gives can be unclassified */

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);
    unknown = plcf->unknown_cookie ? plcf->unknown_cookie
                                   : PRIVACY_CAT_NECESSARY;

    if (cat != unknown
        || ngx_http_privacy_is_consent_cookie(plcf, name, len) != NGX_DECLINED
        || ngx_http_privacy_cookie_class(ctx->pmcf, name, len, &c) == NGX_OK)
    {
        return;
    }

    sh = ctx->sh;

    (void) ngx_atomic_fetch_add(&sh->unclassified, 1);

    if (len == 0 || !privacy_cookie_name_is_token(name, len)) {
        return;
    }

    ngx_http_privacy_status_top_add(ctx, &sh->cookies, name, len);
}


/*
 * An unclassified third-party host that a script, img or iframe of a page
 * loads from (once per request and host): the hosts the catalog misses.
 */
void
ngx_http_privacy_status_unknown_host(ngx_http_request_t *r, u_char *host,
    size_t len)
{
    ngx_http_privacy_status_ctx_t  *ctx;

    ctx = ngx_http_privacy_status_ctx(r);

    if (ctx == NULL || len == 0) {
        return;
    }

    (void) ngx_atomic_fetch_add(&ctx->sh->unknown_hosts, 1);

    ngx_http_privacy_status_top_add(ctx, &ctx->sh->hosts, host, len);
}


/*
 * Counts a name in a bounded table: a new name takes a free entry, or
 * ("space-saving") the least counted one, inheriting its count plus one.
 */
static void
ngx_http_privacy_status_top_add(ngx_http_privacy_status_ctx_t *ctx,
    ngx_http_privacy_status_top_t *top, u_char *name, size_t len)
{
    ngx_uint_t                       i, min;
    ngx_http_privacy_status_name_t  *n;

    len = ngx_min(len, NGX_HTTP_PRIVACY_STATUS_NAME_LEN);

    ngx_shmtx_lock(&ctx->shpool->mutex);

    for (i = 0; i < top->n; i++) {
        n = &top->e[i];

        if (n->len == len && ngx_memcmp(n->name, name, len) == 0) {
            n->count++;
            goto done;
        }
    }

    if (top->n < NGX_HTTP_PRIVACY_STATUS_NAMES) {
        n = &top->e[top->n++];
        n->count = 1;

    } else {
        min = 0;

        for (i = 1; i < NGX_HTTP_PRIVACY_STATUS_NAMES; i++) {
            if (top->e[i].count < top->e[min].count) {
                min = i;
            }
        }

        n = &top->e[min];
        n->count++;
    }

    n->len = len;
    ngx_memcpy(n->name, name, len);

done:

    ngx_shmtx_unlock(&ctx->shpool->mutex);
}


/* the log phase: requests and their decisions */
ngx_int_t
ngx_http_privacy_status_log(ngx_http_request_t *r)
{
    ngx_uint_t                      i, src;
    ngx_http_privacy_ctx_t         *pctx;
    ngx_http_privacy_decision_t    *d;
    ngx_http_privacy_loc_conf_t    *plcf;
    ngx_http_privacy_status_ctx_t  *ctx;

    static const ngx_uint_t  signals[] = {
        NGX_HTTP_PRIVACY_SRC_DNT, NGX_HTTP_PRIVACY_SRC_GPC,
        NGX_HTTP_PRIVACY_SRC_USP, NGX_HTTP_PRIVACY_SRC_GPP
    };

    ctx = ngx_http_privacy_status_ctx(r);
    if (ctx == NULL) {
        return NGX_OK;
    }

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);
    pctx = ngx_http_get_module_ctx(r, ngx_http_privacy_module);

    if (pctx == NULL && !plcf->enable) {
        return NGX_OK;
    }

    (void) ngx_atomic_fetch_add(&ctx->sh->requests, 1);

    if (pctx == NULL || !pctx->decided) {
        return NGX_OK;
    }

    d = &pctx->decision;

    if (d->sources & NGX_HTTP_PRIVACY_SRC_INVALID) {
        src = 1;

    } else if (d->sources & NGX_HTTP_PRIVACY_SRC_STALE) {
        src = 2;

    } else if (d->sources & NGX_HTTP_PRIVACY_SRC_COOKIE) {
        src = 0;

    } else {
        src = 3;
    }

    (void) ngx_atomic_fetch_add(&ctx->sh->source[src], 1);

    if (d->regime < 3) {
        (void) ngx_atomic_fetch_add(&ctx->sh->regime[d->regime], 1);
    }

    for (i = 0; i < 4; i++) {
        if (d->sources & signals[i]) {
            (void) ngx_atomic_fetch_add(&ctx->sh->signal[i], 1);
        }
    }

    return NGX_OK;
}


/* --- the status page ------------------------------------------------- */

static int ngx_libc_cdecl
ngx_http_privacy_status_cmp_names(const void *one, const void *two)
{
    const ngx_http_privacy_status_name_t  *a = one;
    const ngx_http_privacy_status_name_t  *b = two;

    if (a->count != b->count) {
        return a->count < b->count ? 1 : -1;
    }

    if (a->len != b->len) {
        return a->len < b->len ? -1 : 1;
    }

    return ngx_memcmp(a->name, b->name, a->len);
}


/* a label value or a JSON string: names are tokens, escape anyway */
static u_char *
ngx_http_privacy_status_quote(u_char *p, u_char *s, size_t len)
{
    size_t  i;

    *p++ = '"';

    for (i = 0; i < len; i++) {
        if (s[i] == '"' || s[i] == '\\') {
            *p++ = '\\';
            *p++ = s[i];

        } else if (s[i] < 0x20 || s[i] == 0x7f) {
            *p++ = '?';

        } else {
            *p++ = s[i];
        }
    }

    *p++ = '"';

    return p;
}


static u_char *
ngx_http_privacy_status_metric(u_char *p, const char *name, const char *type,
    const char *help)
{
    return ngx_sprintf(p, "# HELP %s %s\n# TYPE %s %s\n",
                       name, help, name, type);
}


/* the slot of the i-th category of the configuration, or of the pseudo one */
static ngx_uint_t
ngx_http_privacy_status_cat_slot(ngx_http_privacy_status_ctx_t *ctx,
    ngx_uint_t i)
{
    ngx_uint_t                    bit;
    ngx_http_privacy_category_t  *cat;

    if (i == ctx->pmcf->categories.nelts) {
        return ctx->slot[31];
    }

    cat = ctx->pmcf->categories.elts;

    for (bit = 0; bit < 31; bit++) {
        if (cat[i].bit == ((privacy_mask_t) 1 << bit)) {
            return ctx->slot[bit];
        }
    }

    return NGX_HTTP_PRIVACY_STATUS_CATS;
}


static u_char *
ngx_http_privacy_status_prometheus(u_char *p,
    ngx_http_privacy_status_ctx_t *ctx, ngx_http_privacy_status_tops_t *tops)
{
    ngx_uint_t                      i, j, s;
    ngx_http_privacy_status_shm_t  *sh;
    ngx_http_privacy_status_cat_t  *c;

    static const struct {
        const char  *name;
        const char  *help;
        size_t       offset;
    } percat[] = {
        { "privacy_cookies_stripped_total",
          "Set-Cookie headers removed, by category.",
          offsetof(ngx_http_privacy_status_cat_t, stripped) },
        { "privacy_elements_removed_total",
          "HTML elements removed or neutralised, by category.",
          offsetof(ngx_http_privacy_status_cat_t, removed) },
        { "privacy_beacons_local_total",
          "Beacon requests answered locally, by category.",
          offsetof(ngx_http_privacy_status_cat_t, beacons) },
        { "privacy_gate_refused_total",
          "Requests refused by privacy_gate, by missing category.",
          offsetof(ngx_http_privacy_status_cat_t, gated) },
        { "privacy_consent_endpoint_granted_total",
          "Categories granted through the consent endpoint.",
          offsetof(ngx_http_privacy_status_cat_t, granted) }
    };

    sh = ctx->sh;

    p = ngx_http_privacy_status_metric(p, "privacy_requests_total", "counter",
            "Requests seen by the privacy module.");
    p = ngx_sprintf(p, "privacy_requests_total %uA\n", sh->requests);

    p = ngx_http_privacy_status_metric(p, "privacy_decisions_total",
            "counter", "Consent decisions, by source.");

    for (i = 0; i < 4; i++) {
        p = ngx_sprintf(p, "privacy_decisions_total{source=\"%s\"} %uA\n",
                        ngx_http_privacy_status_sources[i], sh->source[i]);
    }

    p = ngx_http_privacy_status_metric(p, "privacy_decision_regimes_total",
            "counter", "Consent decisions, by legal regime.");

    for (i = 0; i < 3; i++) {
        p = ngx_sprintf(p, "privacy_decision_regimes_total{regime=\"%s\"} "
                        "%uA\n", ngx_http_privacy_regime_names[i],
                        sh->regime[i]);
    }

    p = ngx_http_privacy_status_metric(p, "privacy_decision_signals_total",
            "counter", "Consent decisions narrowed by a browser or "
            "opt-out signal.");

    for (i = 0; i < 4; i++) {
        p = ngx_sprintf(p, "privacy_decision_signals_total{signal=\"%s\"} "
                        "%uA\n", ngx_http_privacy_status_signals[i],
                        sh->signal[i]);
    }

    for (j = 0; j < sizeof(percat) / sizeof(percat[0]); j++) {
        p = ngx_http_privacy_status_metric(p, percat[j].name, "counter",
                                           percat[j].help);

        for (i = 0; i <= ctx->pmcf->categories.nelts; i++) {
            s = ngx_http_privacy_status_cat_slot(ctx, i);

            if (s >= NGX_HTTP_PRIVACY_STATUS_CATS) {
                continue;
            }

            c = &sh->cats[s];

            p = ngx_sprintf(p, "%s{category=", percat[j].name);
            p = ngx_http_privacy_status_quote(p, c->name, c->len);
            p = ngx_sprintf(p, "} %uA\n",
                            *(ngx_atomic_t *) ((u_char *) c
                                               + percat[j].offset));
        }
    }

    p = ngx_http_privacy_status_metric(p, "privacy_consent_endpoint_total",
            "counter", "Requests to the consent endpoint, by result.");

    for (i = 0; i < 4; i++) {
        p = ngx_sprintf(p, "privacy_consent_endpoint_total{result=\"%s\"} "
                        "%uA\n", ngx_http_privacy_status_events[i],
                        sh->endpoint[i]);
    }

    p = ngx_http_privacy_status_metric(p, "privacy_fail_open_total",
            "counter", "Responses or elements passed unexamined under "
            "privacy_fail open.");
    p = ngx_sprintf(p, "privacy_fail_open_total %uA\n", sh->fail_open);

    p = ngx_http_privacy_status_metric(p,
            "privacy_inline_scripts_over_bound_total", "counter",
            "Inline scripts and <style> blocks longer than "
            "privacy_html_max_inline, decided by their first part.");
    p = ngx_sprintf(p, "privacy_inline_scripts_over_bound_total %uA\n",
                    sh->inline_over);

    p = ngx_http_privacy_status_metric(p,
            "privacy_unclassified_set_cookies_total", "counter",
            "Set-Cookie headers whose name no rule classifies.");
    p = ngx_sprintf(p, "privacy_unclassified_set_cookies_total %uA\n",
                    sh->unclassified);

    p = ngx_http_privacy_status_top_prometheus(p, tops->cookies,
            tops->ncookies, "privacy_unclassified_cookie_top", "name",
            "Approximate counts of the most frequent unclassified "
            "Set-Cookie names (a bounded table).");

    p = ngx_http_privacy_status_metric(p,
            "privacy_unclassified_hosts_total", "counter",
            "Third-party hosts of script, img and iframe elements that no "
            "rule classifies, once per page.");
    p = ngx_sprintf(p, "privacy_unclassified_hosts_total %uA\n",
                    sh->unknown_hosts);

    return ngx_http_privacy_status_top_prometheus(p, tops->hosts,
            tops->nhosts, "privacy_unclassified_host_top", "host",
            "Approximate counts of the most frequent unclassified "
            "third-party hosts of script, img and iframe elements "
            "(a bounded table).");
}


static u_char *
ngx_http_privacy_status_top_prometheus(u_char *p,
    ngx_http_privacy_status_name_t *names, ngx_uint_t n, const char *metric,
    const char *label, const char *help)
{
    ngx_uint_t  i;

    p = ngx_http_privacy_status_metric(p, metric, "gauge", help);

    for (i = 0; i < n; i++) {
        p = ngx_sprintf(p, "%s{%s=", metric, label);
        p = ngx_http_privacy_status_quote(p, names[i].name, names[i].len);
        p = ngx_sprintf(p, "} %uA\n", names[i].count);
    }

    return p;
}


static u_char *
ngx_http_privacy_status_json(u_char *p, ngx_http_privacy_status_ctx_t *ctx,
    ngx_http_privacy_status_tops_t *tops)
{
    ngx_uint_t                      i, s, first;
    ngx_http_privacy_status_shm_t  *sh;
    ngx_http_privacy_status_cat_t  *c;

    sh = ctx->sh;
    first = 1;

    p = ngx_sprintf(p, "{\"requests\":%uA,\"decisions\":{", sh->requests);

    for (i = 0; i < 4; i++) {
        p = ngx_sprintf(p, "%s\"%s\":%uA", i ? "," : "",
                        ngx_http_privacy_status_sources[i], sh->source[i]);
    }

    p = ngx_sprintf(p, "},\"regimes\":{");

    for (i = 0; i < 3; i++) {
        p = ngx_sprintf(p, "%s\"%s\":%uA", i ? "," : "",
                        ngx_http_privacy_regime_names[i], sh->regime[i]);
    }

    p = ngx_sprintf(p, "},\"signals\":{");

    for (i = 0; i < 4; i++) {
        p = ngx_sprintf(p, "%s\"%s\":%uA", i ? "," : "",
                        ngx_http_privacy_status_signals[i], sh->signal[i]);
    }

    p = ngx_sprintf(p, "},\"categories\":{");

    for (i = 0; i <= ctx->pmcf->categories.nelts; i++) {
        s = ngx_http_privacy_status_cat_slot(ctx, i);

        if (s >= NGX_HTTP_PRIVACY_STATUS_CATS) {
            continue;
        }

        c = &sh->cats[s];

        if (!first) {
            *p++ = ',';
        }

        first = 0;

        p = ngx_http_privacy_status_quote(p, c->name, c->len);
        p = ngx_sprintf(p, ":{\"cookies_stripped\":%uA,"
                        "\"elements_removed\":%uA,\"beacons_local\":%uA,"
                        "\"gate_refused\":%uA,\"endpoint_granted\":%uA}",
                        c->stripped, c->removed, c->beacons, c->gated,
                        c->granted);
    }

    p = ngx_sprintf(p, "},\"consent_endpoint\":{");

    for (i = 0; i < 4; i++) {
        p = ngx_sprintf(p, "%s\"%s\":%uA", i ? "," : "",
                        ngx_http_privacy_status_events[i], sh->endpoint[i]);
    }

    p = ngx_sprintf(p, "},\"fail_open\":%uA,\"inline_over_bound\":%uA,"
                    "\"unclassified_set_cookies\":%uA,",
                    sh->fail_open, sh->inline_over, sh->unclassified);
    p = ngx_http_privacy_status_top_json(p, tops->cookies, tops->ncookies,
                                         "unclassified_cookie_top");
    p = ngx_sprintf(p, ",\"unclassified_hosts\":%uA,", sh->unknown_hosts);
    p = ngx_http_privacy_status_top_json(p, tops->hosts, tops->nhosts,
                                         "unclassified_host_top");

    return ngx_sprintf(p, "}\n");
}


static u_char *
ngx_http_privacy_status_top_json(u_char *p,
    ngx_http_privacy_status_name_t *names, ngx_uint_t n, const char *key)
{
    ngx_uint_t  i;

    p = ngx_sprintf(p, "\"%s\":[", key);

    for (i = 0; i < n; i++) {
        p = ngx_sprintf(p, "%s{\"name\":", i ? "," : "");
        p = ngx_http_privacy_status_quote(p, names[i].name, names[i].len);
        p = ngx_sprintf(p, ",\"count\":%uA}", names[i].count);
    }

    return ngx_sprintf(p, "]");
}


/* a consistent copy of a table, most frequent first */
static ngx_http_privacy_status_name_t *
ngx_http_privacy_status_top_copy(ngx_http_request_t *r,
    ngx_http_privacy_status_ctx_t *ctx, ngx_http_privacy_status_top_t *top,
    ngx_uint_t *n)
{
    ngx_http_privacy_status_name_t  *names;

    names = ngx_palloc(r->pool, NGX_HTTP_PRIVACY_STATUS_NAMES
                                * sizeof(ngx_http_privacy_status_name_t));
    if (names == NULL) {
        return NULL;
    }

    ngx_shmtx_lock(&ctx->shpool->mutex);

    *n = top->n;
    ngx_memcpy(names, top->e, *n * sizeof(ngx_http_privacy_status_name_t));

    ngx_shmtx_unlock(&ctx->shpool->mutex);

    ngx_qsort(names, *n, sizeof(ngx_http_privacy_status_name_t),
              ngx_http_privacy_status_cmp_names);

    return names;
}


static ngx_int_t
ngx_http_privacy_status_handler(ngx_http_request_t *r)
{
    size_t                           len;
    ngx_int_t                        rc;
    ngx_buf_t                       *b;
    ngx_chain_t                      out;
    ngx_http_privacy_loc_conf_t     *plcf;
    ngx_http_privacy_status_ctx_t   *ctx;
    ngx_http_privacy_status_tops_t   tops;

    if (!(r->method & (NGX_HTTP_GET|NGX_HTTP_HEAD))) {
        return NGX_HTTP_NOT_ALLOWED;
    }

    rc = ngx_http_discard_request_body(r);
    if (rc != NGX_OK) {
        return rc;
    }

    ctx = ngx_http_privacy_status_ctx(r);
    if (ctx == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    tops.cookies = ngx_http_privacy_status_top_copy(r, ctx, &ctx->sh->cookies,
                                                    &tops.ncookies);
    tops.hosts = ngx_http_privacy_status_top_copy(r, ctx, &ctx->sh->hosts,
                                                  &tops.nhosts);

    if (tops.cookies == NULL || tops.hosts == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    /* generous: every value printed is bounded */

    len = 8192 + (ctx->pmcf->categories.nelts + 1) * 2048
          + (tops.ncookies + tops.nhosts)
            * (2 * NGX_HTTP_PRIVACY_STATUS_NAME_LEN + 128);

    b = ngx_create_temp_buf(r->pool, len);
    if (b == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    if (plcf->status_format == NGX_HTTP_PRIVACY_STATUS_PROMETHEUS) {
        b->last = ngx_http_privacy_status_prometheus(b->last, ctx, &tops);
        ngx_str_set(&r->headers_out.content_type,
                    "text/plain; version=0.0.4; charset=utf-8");

    } else {
        b->last = ngx_http_privacy_status_json(b->last, ctx, &tops);
        ngx_str_set(&r->headers_out.content_type, "application/json");
    }

    r->headers_out.content_type_len = r->headers_out.content_type.len;
    r->headers_out.content_type_lowcase = NULL;

    if (ngx_http_privacy_push_header(r, "Cache-Control",
                                     (u_char *) "no-store", 8)
        != NGX_OK)
    {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    r->headers_out.status = NGX_HTTP_OK;
    r->headers_out.content_length_n = b->last - b->pos;

    rc = ngx_http_send_header(r);

    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
        return rc;
    }

    b->last_buf = (r == r->main) ? 1 : 0;
    b->last_in_chain = 1;

    out.buf = b;
    out.next = NULL;

    return ngx_http_output_filter(r, &out);
}
