/*
 * The consent decision of one request: which categories are granted, and
 * where that came from.  Computed at most once per request (lazily, by the
 * first phase, filter or variable that asks), and kept across internal
 * redirects the way the realip module keeps its context.
 *
 * Order (DESIGN.md): consent cookies, else the regime default; then the
 * overlays DNT and GPC, which can only withdraw.  Anything malformed is
 * "invalid", which grants only "necessary": never a grant by mistake.
 */
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_consent.h"
#include "ngx_http_privacy_geo.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_sign.h"
#include "ngx_http_privacy_util.h"
#include "privacy_cookie.h"
#include "privacy_native.h"
#include "privacy_cmp.h"


/* a clock skew we forgive: decisions dated later than this are forged */
#define NGX_HTTP_PRIVACY_FUTURE_SKEW  86400


typedef struct {
    ngx_uint_t                   decided;   /* copies that decided */
    ngx_uint_t                   invalid;
    ngx_uint_t                   stale;
    privacy_mask_t               mask;      /* AND of decided copies */
    privacy_mask_t               stale_mask;
    ngx_str_t                    id;        /* a decided native cookie's */
} ngx_http_privacy_tally_t;


static void ngx_http_privacy_ctx_cleanup(void *data);
static ngx_int_t ngx_http_privacy_read_consent(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_decision_t *d,
    ngx_http_privacy_tally_t *t, ngx_uint_t *overlays);
static void ngx_http_privacy_native(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *v, size_t len,
    ngx_http_privacy_tally_t *t);
static void ngx_http_privacy_cmp_tally(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, privacy_consent_decision_t *cd,
    ngx_http_privacy_decision_t *d, ngx_http_privacy_tally_t *t);
static ngx_int_t ngx_http_privacy_dnt(ngx_http_request_t *r);
static ngx_int_t ngx_http_privacy_gpc(ngx_http_request_t *r);


ngx_http_privacy_ctx_t *
ngx_http_privacy_get_ctx(ngx_http_request_t *r)
{
    ngx_pool_cleanup_t      *cln;
    ngx_http_privacy_ctx_t  *ctx;

    ctx = ngx_http_get_module_ctx(r, ngx_http_privacy_module);
    if (ctx) {
        return ctx;
    }

    /* an internal redirect clears r->ctx; the pool cleanup survives it */

    if (r == r->main && (r->internal || r->filter_finalize)) {
        for (cln = r->pool->cleanup; cln; cln = cln->next) {
            if (cln->handler == ngx_http_privacy_ctx_cleanup) {
                ctx = cln->data;
                ngx_http_set_ctx(r, ctx, ngx_http_privacy_module);
                return ctx;
            }
        }
    }

    ctx = ngx_pcalloc(r->pool, sizeof(ngx_http_privacy_ctx_t));
    if (ctx == NULL) {
        return NULL;
    }

    if (r == r->main) {
        cln = ngx_pool_cleanup_add(r->pool, 0);
        if (cln == NULL) {
            return NULL;
        }

        cln->handler = ngx_http_privacy_ctx_cleanup;
        cln->data = ctx;
    }

    ngx_http_set_ctx(r, ctx, ngx_http_privacy_module);

    return ctx;
}


static void
ngx_http_privacy_ctx_cleanup(void *data)
{
    /* nothing to free: the cleanup only marks where the ctx lives */
}


ngx_http_privacy_decision_t *
ngx_http_privacy_decide(ngx_http_request_t *r)
{
    ngx_uint_t                         overlays;
    privacy_mask_t                     all;
    ngx_http_privacy_ctx_t            *ctx;
    ngx_http_privacy_tally_t           t;
    ngx_http_privacy_decision_t       *d;
    ngx_http_privacy_loc_conf_t       *plcf;
    ngx_http_privacy_main_conf_t      *pmcf;

    ctx = ngx_http_privacy_get_ctx(r);
    if (ctx == NULL) {
        return NULL;
    }

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);
    d = &ctx->decision;

    if (ctx->decided && d->conf == plcf) {
        return d;
    }

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);
    all = (privacy_mask_t) ((1u << pmcf->categories.nelts) - 1);

    ngx_memzero(d, sizeof(ngx_http_privacy_decision_t));
    ngx_memzero(&t, sizeof(ngx_http_privacy_tally_t));

    d->conf = plcf;
    ngx_http_privacy_resolve_regime(r->main, plcf, d);
    t.mask = all;
    t.stale_mask = all;

    if (ngx_http_privacy_read_consent(r, plcf, d, &t, &overlays) != NGX_OK) {
        return NULL;
    }

    if (t.invalid) {
        d->granted = PRIVACY_CAT_NECESSARY;
        d->sources = NGX_HTTP_PRIVACY_SRC_INVALID;

    } else {
        d->granted = (d->regime == NGX_HTTP_PRIVACY_REGIME_OPT_IN)
                     ? PRIVACY_CAT_NECESSARY : all;

        if (t.stale) {
            /* no decision; but an objection once recorded is never widened */
            d->granted &= t.stale_mask & t.mask;
            d->sources = NGX_HTTP_PRIVACY_SRC_STALE
                         | NGX_HTTP_PRIVACY_SRC_DEFAULT;

        } else if (t.decided) {
            d->granted = t.mask;
            d->sources = NGX_HTTP_PRIVACY_SRC_COOKIE;
            d->consent_id = t.id;

        } else {
            d->sources = NGX_HTTP_PRIVACY_SRC_DEFAULT;
        }
    }

    d->dnt = ngx_http_privacy_dnt(r->main);
    d->gpc = ngx_http_privacy_gpc(r->main);

    if (plcf->dnt && d->dnt == 1) {
        d->sources |= NGX_HTTP_PRIVACY_SRC_DNT;
    }

    if (plcf->gpc && d->gpc == 1) {
        d->sources |= NGX_HTTP_PRIVACY_SRC_GPC;
    }

    d->sources |= overlays;
    d->granted &= ~ngx_http_privacy_overlays(plcf, d->sources);

    d->granted = (d->granted & all) | PRIVACY_CAT_NECESSARY;

    ctx->decided = 1;

    ngx_log_debug3(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "privacy decision: granted:%xD sources:%ui regime:%ui",
                   d->granted, d->sources, d->regime);

    return d;
}


/*
 * Every consent cookie of the main request, every copy of a name: native
 * cookies into the tally, those of consent platforms through their
 * decoders; the per-format status into d, the opt-out overlays (US Privacy,
 * GPP) into *overlays.
 */
static ngx_int_t
ngx_http_privacy_read_consent(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_decision_t *d,
    ngx_http_privacy_tally_t *t, ngx_uint_t *overlays)
{
    u_char                            *scratch;
    size_t                             pos;
    ngx_int_t                          n;
    ngx_uint_t                         bit;
    privacy_cookie_t                   c;
    privacy_consent_ctx_t              cmp;
    privacy_consent_decision_t         cd;
    ngx_table_elt_t                   *h;
    ngx_http_privacy_consent_cookie_t *cc;
    ngx_http_privacy_header_iter_t     it;

    scratch = NULL;
    *overlays = 0;

    cc = plcf->consent_cookies->elts;

    /* every Cookie field line of the main request, every copy of a name */

    for (h = ngx_http_privacy_header_first(&r->main->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->hash == 0 || !ngx_http_privacy_is_cookie(h)) {
            continue;
        }

        pos = 0;

        while (privacy_cookie_next(h->value.data, h->value.len, &pos, &c))
        {
            n = ngx_http_privacy_is_consent_cookie(plcf, (u_char *) c.name,
                                                   c.name_len);
            if (n == NGX_DECLINED) {
                continue;
            }

            d->formats |= (ngx_uint_t) 1 << cc[n].format;

            switch (cc[n].format) {

            case NGX_HTTP_PRIVACY_FMT_NATIVE:
                ngx_http_privacy_native(r, plcf, (u_char *) c.value,
                                        c.value_len, t);
                break;

            default:
                /* a consent platform's cookie: the decoders route by name */

                if (scratch == NULL) {
                    scratch = ngx_pnalloc(r->pool, PRIVACY_CMP_SCRATCH_SIZE);
                    if (scratch == NULL) {
                        return NGX_ERROR;
                    }

                    privacy_consent_init(&cmp, plcf->cmp, scratch);
                }

                privacy_consent_cookie(&cmp, c.name, c.name_len, c.value,
                                       c.value_len);
            }
        }
    }

    bit = (ngx_uint_t) 1 << NGX_HTTP_PRIVACY_FMT_NATIVE;

    if (d->formats & bit) {
        if (t->invalid) {
            d->fmt_invalid |= bit;

        } else if (t->stale) {
            d->fmt_stale |= bit;

        } else {
            d->fmt_decided |= bit;
        }
    }

    if (scratch) {
        privacy_consent_finish(&cmp, &cd);
        ngx_http_privacy_cmp_tally(r, plcf, &cd, d, t);

        /* US Privacy and GPP opt-outs, or such strings malformed */

        if (cmp.usp_optout
            || (cmp.usp == PRIVACY_CONSENT_INVALID
                && !plcf->cmp->invalid_optout_ignore))
        {
            *overlays |= NGX_HTTP_PRIVACY_SRC_USP;
        }

        if (cmp.gpp_optout
            || (cmp.gpp == PRIVACY_CONSENT_INVALID
                && !plcf->cmp->invalid_optout_ignore))
        {
            *overlays |= NGX_HTTP_PRIVACY_SRC_GPP;
        }
    }

    return NGX_OK;
}


static void
ngx_http_privacy_native(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *v, size_t len,
    ngx_http_privacy_tally_t *t)
{
    size_t                         pos, nlen;
    time_t                         now;
    privacy_mask_t                 mask;
    privacy_native_t               n;
    const unsigned char           *name;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    if (privacy_native_parse(v, len, &n) != 0) {
        goto invalid;
    }

    /* privacy_consent_secret: only a value signed with one of the keys */
    if (plcf->consent_secrets
        && !ngx_http_privacy_signature_ok(r, plcf, v, n.signed_len, n.sig,
                                          n.sig_len))
    {
        goto invalid;
    }

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);
    mask = PRIVACY_CAT_NECESSARY;
    pos = 0;

    while (privacy_native_next_category(&n, &pos, &name, &nlen)) {
        cat = ngx_http_privacy_category_find(pmcf, (u_char *) name, nlen);

        /* unknown or repeated names: not what the endpoint writes */
        if (cat == NULL
            || (cat->bit != PRIVACY_CAT_NECESSARY && (mask & cat->bit)))
        {
            goto invalid;
        }

        mask |= cat->bit;
    }

    now = ngx_time();

    if (n.time > (long long) now + NGX_HTTP_PRIVACY_FUTURE_SKEW) {
        goto invalid;
    }

    if (n.rev != plcf->policy_revision
        || (plcf->max_age && n.time + (long long) plcf->max_age
                             < (long long) now))
    {
        t->stale++;
        t->stale_mask &= mask;
        return;
    }

    t->decided++;
    t->mask &= mask;

    if (n.id) {
        t->id.data = (u_char *) n.id;
        t->id.len = n.id_len;
    }

    return;

invalid:

    ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                  "privacy: invalid consent cookie value, granting only "
                  "\"necessary\"");
    t->invalid++;
}


/*
 * The families of consent platforms, after privacy_consent_finish(): an
 * invalid one blocks everything; an undecided one, or a decision older
 * than privacy_consent_max_age, is no decision, like a stale native cookie
 * (the regime default, never wider than what the cookie records).
 */
static void
ngx_http_privacy_cmp_tally(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, privacy_consent_decision_t *cd,
    ngx_http_privacy_decision_t *d, ngx_http_privacy_tally_t *t)
{
    time_t                 now;
    unsigned               f;
    ngx_uint_t             bit;
    privacy_mask_t         state;
    privacy_cmp_result_t  *res;

    now = ngx_time();

    for (f = 0; f < PRIVACY_CMP_NFAMILIES; f++) {
        res = &cd->fam[f];
        bit = (ngx_uint_t) 1 << ngx_http_privacy_family_fmt(f);
        state = res->state | PRIVACY_CAT_NECESSARY;

        switch (cd->status[f]) {

        case PRIVACY_CONSENT_ABSENT:
            break;

        case PRIVACY_CONSENT_INVALID:
            ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                          "privacy: invalid %s consent cookie, granting only "
                          "\"necessary\"", privacy_cmp_family_name(f));
            t->invalid++;
            d->fmt_invalid |= bit;
            break;

        case PRIVACY_CONSENT_UNDECIDED:
            if (res->has_state) {
                t->stale_mask &= state;
            }

            t->stale++;
            d->fmt_undecided |= bit;
            break;

        default: /* decided, not_required */

            if (res->has_time && plcf->max_age
                && res->time + (int64_t) plcf->max_age < (int64_t) now)
            {
                t->stale++;
                t->stale_mask &= state;
                d->fmt_stale |= bit;
                break;
            }

            t->decided++;
            t->mask &= state;
            d->fmt_decided |= bit;
        }
    }
}


/* DNT: "1" or "0" plus extensions; several lines: any "1" wins */
static ngx_int_t
ngx_http_privacy_dnt(ngx_http_request_t *r)
{
    ngx_int_t                       dnt;
    ngx_table_elt_t                *h;
    ngx_http_privacy_header_iter_t  it;

    dnt = -1;

    for (h = ngx_http_privacy_header_first(&r->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->key.len != 3
            || ngx_strncasecmp(h->key.data, (u_char *) "dnt", 3) != 0
            || h->value.len == 0)
        {
            continue;
        }

        if (h->value.data[0] == '1') {
            return 1;
        }

        if (h->value.data[0] == '0') {
            dnt = 0;
        }
    }

    return dnt;
}


/* Sec-GPC: exactly "1" after trimming; a comma-joined line is several */
static ngx_int_t
ngx_http_privacy_gpc(ngx_http_request_t *r)
{
    u_char                         *p, *s, *e, *end;
    ngx_table_elt_t                *h;
    ngx_http_privacy_header_iter_t  it;

    for (h = ngx_http_privacy_header_first(&r->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->key.len != 7
            || ngx_strncasecmp(h->key.data, (u_char *) "sec-gpc", 7) != 0)
        {
            continue;
        }

        p = h->value.data;
        end = p + h->value.len;

        while (p <= end) {
            s = p;
            e = ngx_strlchr(p, end, ',');
            if (e == NULL) {
                e = end;
            }

            p = e + 1;

            while (s < e && (*s == ' ' || *s == '\t')) {
                s++;
            }

            while (e > s && (e[-1] == ' ' || e[-1] == '\t')) {
                e--;
            }

            if (e - s == 1 && *s == '1') {
                return 1;
            }
        }
    }

    return -1;
}


/*
 * The category bit of a cookie name the location's memo does not hold
 * (ngx_http_privacy_classify_cookie() asks the memo first); consent
 * cookies are always necessary.  The answer is memoised.
 */
privacy_mask_t
ngx_http_privacy_classify_name(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *name, size_t len)
{
    privacy_mask_t                 cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    if (ngx_http_privacy_is_consent_cookie(plcf, name, len) != NGX_DECLINED) {
        cat = PRIVACY_CAT_NECESSARY;

    } else {
        pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

        if (ngx_http_privacy_cookie_class(pmcf, name, len, &cat)
            != NGX_OK)
        {
            cat = plcf->unknown_cookie ? plcf->unknown_cookie
                                       : PRIVACY_CAT_NECESSARY;
        }
    }

    if (plcf->cookie_cache) {
        privacy_namecache_put(plcf->cookie_cache, name, len, cat);
    }

    return cat;
}


/*
 * What the overlays recorded in sources withdraw: DNT and GPC what they
 * are configured to deny, an opt-out of sale or sharing (US Privacy, GPP)
 * marketing (spec section 10, 11).  The endpoint applies them to the
 * decision it has just recorded.
 */
privacy_mask_t
ngx_http_privacy_overlays(ngx_http_privacy_loc_conf_t *plcf,
    ngx_uint_t sources)
{
    privacy_mask_t  denied;

    denied = 0;

    if (sources & NGX_HTTP_PRIVACY_SRC_DNT) {
        denied |= plcf->dnt_denies;
    }

    if (sources & NGX_HTTP_PRIVACY_SRC_GPC) {
        denied |= plcf->gpc_denies;
    }

    if (sources & (NGX_HTTP_PRIVACY_SRC_USP|NGX_HTTP_PRIVACY_SRC_GPP)) {
        denied |= PRIVACY_CAT_MARKETING;
    }

    return denied;
}
