/*
 * Streaming HTML enforcement: the body filter pushes the response through
 * the nginx-free tag scanner (lib/privacy_html) and removes or neutralises
 * the tracker elements of categories that are not granted.  Bytes outside
 * changed elements go out zero-copy, as bufs pointing into the input; the
 * memory of a request is bounded by privacy_html_max_tag, never by the body.
 * Upstream gzip is inflated here, so that nothing passes unscanned.
 */
#include "ngx_http_privacy_html.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_status.h"
#include "ngx_http_privacy_util.h"
#include "privacy_html.h"
#include "privacy_inline.h"
#include "privacy_css.h"
#include "ngx_http_privacy_consent_mode.h"
#include "ngx_http_privacy_placeholder.h"
#include "privacy_urlparse.h"

#include <zlib.h>


/*
 * r->buffered has four bits and all are taken (SSI 1, SUB 2, COPY 4,
 * IMAGE 8).  The image filter never sees HTML, so its bit is safe to reuse
 * while we wait for our inflate buffers to drain.
 */
#define NGX_HTTP_PRIVACY_BUFFERED     0x08

#define NGX_HTTP_PRIVACY_INFLATE_BUFS  4
#define NGX_HTTP_PRIVACY_INFLATE_SIZE  16384

/* what the scanner reports: the fetching elements, CSS in the page */
#define NGX_HTTP_PRIVACY_REPORT                                              \
    (PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE                      \
     | PRIVACY_HTML_REPORT_STYLE_ATTR | PRIVACY_HTML_REPORT_NOSCRIPT_END)

/* actions on one element */
#define NGX_HTTP_PRIVACY_KEEP          0
#define NGX_HTTP_PRIVACY_REMOVE        1
#define NGX_HTTP_PRIVACY_REWRITE       2
#define NGX_HTTP_PRIVACY_HOLD          3    /* an inline script: hold it */

/* how a tag is rebuilt */
#define NGX_HTTP_PRIVACY_NEUTRALIZE         1
#define NGX_HTTP_PRIVACY_ACTIVATE           2
#define NGX_HTTP_PRIVACY_INERT              3  /* fetching attributes off */
#define NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE  4  /* type="text/plain" + cats */

/* longest reference of an inline script kept for the URL rules */
#define NGX_HTTP_PRIVACY_INLINE_URL         2048

/* attributes of a tag parsed again when the scanner's 32 were not enough */
#define NGX_HTTP_PRIVACY_MANY_ATTRS         512

/* what an attribute makes the browser fetch */
#define NGX_HTTP_PRIVACY_FETCH_NONE     0
#define NGX_HTTP_PRIVACY_FETCH_URL      1
#define NGX_HTTP_PRIVACY_FETCH_LIST     2
#define NGX_HTTP_PRIVACY_FETCH_PING     3
#define NGX_HTTP_PRIVACY_FETCH_REFRESH  4
#define NGX_HTTP_PRIVACY_FETCH_SRCDOC   5
#define NGX_HTTP_PRIVACY_FETCH_STYLE    6   /* CSS: url(), @import */

/* a rewritten tag: the tag, renamed attributes, the inline marks */
#define NGX_HTTP_PRIVACY_REWRITE_SIZE(conf)                                  \
    ((conf)->html_max_tag + 32 * NGX_HTTP_PRIVACY_MANY_ATTRS + 64             \
     + NGX_HTTP_PRIVACY_CAT_NAMES_LEN)

/* what is done with the text of an inline script */
#define NGX_HTTP_PRIVACY_INLINE_NONE   0
#define NGX_HTTP_PRIVACY_INLINE_HOLD   1    /* held until its end tag */
#define NGX_HTTP_PRIVACY_INLINE_DROP   2    /* removed past the bound */


typedef struct {
    privacy_html_t                sc;
    ngx_http_privacy_decision_t  *d;
    ngx_http_privacy_loc_conf_t  *conf;

    ngx_chain_t                  *in;       /* input not yet scanned */
    ngx_buf_t                    *buf;      /* the buf being scanned */
    ngx_chain_t                  *last_span; /* its last zero-copy span */

    ngx_chain_t                  *out;
    ngx_chain_t                 **last_out;
    ngx_chain_t                  *free;
    ngx_chain_t                  *busy;

    u_char                       *scratch;  /* decoded values, max_tag */
    u_char                       *norm;     /* a normalised URL */
    u_char                       *work;     /* URLs being matched */
    u_char                       *rewrite;  /* a rewritten tag, lazily */
    u_char                       *css_url;  /* a URL of CSS, lazily */
    privacy_html_attr_t          *many;     /* for tags of many attributes */

    privacy_url_t                 doc;      /* the base of relative URLs */
    size_t                        norm_cap;
    ngx_http_privacy_host_cache_t hosts;    /* URL hosts seen */

    /* gzip from the upstream */
    z_stream                      zstream;
    ngx_buf_t                    *zin;      /* compressed buf being read */
    ngx_buf_t                    *zbufs[NGX_HTTP_PRIVACY_INFLATE_BUFS];
    ngx_uint_t                    zlast;

    ngx_uint_t                    removed;

    /* an inline script held while it is classified */
    u_char                       *inl;      /* its start tag, then text */
    size_t                        inl_tag;  /* bytes of the start tag */
    size_t                        inl_len;
    ngx_uint_t                    inl_state;
    privacy_html_el_e             inl_el;   /* script or style */
    privacy_mask_t                inline_cat;   /* for its neutral form */
    ngx_uint_t                    srcdoc_depth;

    /* the last unclassified third-party host seen, not yet listed */
    ngx_http_privacy_host_entry_t *unknown;

    unsigned                      base_seen:1;
    unsigned                      gunzip:1;
    unsigned                      banner_done:1;
    unsigned                      cm_done:1;    /* consent mode inserted */
    unsigned                      ph_used:1;    /* a placeholder went out */
    unsigned                      ph_form:1;    /*   and its form too */
    unsigned                      zstarted:1;
    unsigned                      zdone:1;
    unsigned                      fed:1;
    unsigned                      done:1;
} ngx_http_privacy_html_ctx_t;


ngx_http_output_body_filter_pt  ngx_http_privacy_next_body_filter;


static void ngx_http_privacy_release_sent(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_scan(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_tag(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out);
static ngx_int_t ngx_http_privacy_emit_copy(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len);
static ngx_int_t ngx_http_privacy_emit_span(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t *src, size_t off,
    size_t len);
static ngx_int_t ngx_http_privacy_emit_flags(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t *src);
static ngx_int_t ngx_http_privacy_inline_hold(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static ngx_int_t ngx_http_privacy_inline_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *held, size_t held_len,
    const u_char *p, size_t len);
static ngx_int_t ngx_http_privacy_inline_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_uint_t whole);
static ngx_str_t ngx_http_privacy_decoded(ngx_http_privacy_html_ctx_t *ctx,
    const privacy_html_attr_t *a);
static ngx_int_t ngx_http_privacy_url_init(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max);
static ngx_int_t ngx_http_privacy_url_room(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max);
static ngx_int_t ngx_http_privacy_base(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static privacy_mask_t ngx_http_privacy_url(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *p, size_t len,
    ngx_uint_t *third_party);
static ngx_int_t ngx_http_privacy_style_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t len);
static ngx_uint_t ngx_http_privacy_style_runs(
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static ngx_uint_t ngx_http_privacy_inline_runs(
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static privacy_mask_t ngx_http_privacy_inline_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *text, size_t len);
static ngx_int_t ngx_http_privacy_rebuild(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_uint_t how, uint64_t bad, ngx_str_t *out);
static ngx_uint_t ngx_http_privacy_fetch_kind(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, const privacy_html_attr_t *a);
static privacy_mask_t ngx_http_privacy_url_list(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a,
    ngx_uint_t srcset);
static ngx_uint_t ngx_http_privacy_css_may_fetch(const u_char *p, size_t len);
static ngx_int_t ngx_http_privacy_iframe_placeholder(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    privacy_mask_t denied);
static ngx_int_t ngx_http_privacy_banner_text(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_str_t *text);
static ngx_uint_t ngx_http_privacy_banner_choice(
    ngx_http_privacy_loc_conf_t *plcf);
static ngx_int_t ngx_http_privacy_consent_mode_first(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out);
static privacy_mask_t ngx_http_privacy_css(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t *len);
static u_char *ngx_http_privacy_put_style(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *p, u_char *end,
    const privacy_html_attr_t *a);
static privacy_mask_t ngx_http_privacy_fetches(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    uint64_t *bad, ngx_uint_t *url_attr, ngx_uint_t *third_party,
    privacy_mask_t *style);
static ngx_int_t ngx_http_privacy_inflate(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t **out);
static ngx_uint_t ngx_http_privacy_inflate_room(
    ngx_http_privacy_html_ctx_t *ctx);
static void ngx_http_privacy_inflate_end(void *data);


/*
 * PREACCESS, where privacy_html is on: the upstream may only answer in gzip
 * (which the filter inflates) or identity, never in an encoding the filter
 * cannot read; and conditional requests are made unconditional.
 */
ngx_int_t
ngx_http_privacy_html_request(ngx_http_request_t *r)
{
    ngx_table_elt_t                *h;
    ngx_http_privacy_loc_conf_t    *plcf;
    ngx_http_privacy_header_iter_t  it;

    if (r != r->main) {
        return NGX_DECLINED;
    }

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    if (!plcf->enable || !plcf->html) {
        return NGX_DECLINED;
    }

    for (h = ngx_http_privacy_header_first(&r->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        /*
         * A filtered page depends on the decision, which can change between
         * two visits: a conditional request must not turn into a 304 for a
         * copy the browser filtered under the old decision.
         */

        if ((h->key.len == 17
             && ngx_strncasecmp(h->key.data, (u_char *) "if-modified-since",
                                17) == 0)
            || (h->key.len == 13
                && ngx_strncasecmp(h->key.data, (u_char *) "if-none-match",
                                   13) == 0))
        {
            h->value.len = 0;
            continue;
        }

        if (h->key.len != 15
            || ngx_strncasecmp(h->key.data, (u_char *) "accept-encoding",
                               15) != 0)
        {
            continue;
        }

        if (ngx_strlcasestrn(h->value.data,
                             h->value.data + h->value.len,
                             (u_char *) "gzip", 4 - 1)
            != NULL)
        {
            ngx_str_set(&h->value, "gzip");

        } else {
            ngx_str_set(&h->value, "identity");
        }
    }

    r->headers_in.if_modified_since = NULL;
    r->headers_in.if_none_match = NULL;

    return NGX_DECLINED;
}


/* the charset of the response can be scanned as ASCII */
static ngx_int_t
ngx_http_privacy_ascii_compatible(ngx_http_request_t *r)
{
    u_char  *p, *last;

    static const char  *bad[] = { "utf-16", "utf-32", "ucs-2", "ucs-4",
                                  "utf-7", NULL };
    const char        **b;

    p = r->headers_out.content_type.data;
    last = p + r->headers_out.content_type.len;

    p = ngx_strlcasestrn(p, last, (u_char *) "charset=", 8 - 1);

    if (p == NULL) {
        if (r->headers_out.charset.len == 0) {
            return 1;
        }

        p = r->headers_out.charset.data;
        last = p + r->headers_out.charset.len;

    } else {
        p += 8;
    }

    if (p < last && *p == '"') {
        p++;
    }

    for (b = bad; *b; b++) {
        if ((size_t) (last - p) >= ngx_strlen(*b)
            && ngx_strncasecmp(p, (u_char *) *b, ngx_strlen(*b)) == 0)
        {
            return 0;
        }
    }

    return 1;
}


/*
 * Called from the header filter: decides whether this response's body is
 * scanned, and prepares the headers for a body that will change.  Returns
 * NGX_OK (scanned or not), NGX_ERROR, or an HTTP status to finalize with
 * under "privacy_fail closed".
 */
ngx_int_t
ngx_http_privacy_html_header(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf)
{
    ngx_table_elt_t               *ce;
    ngx_pool_cleanup_t            *cln;
    ngx_http_privacy_html_ctx_t   *hc;

    if (!plcf->html
        || r->headers_out.status != NGX_HTTP_OK
        || (r->method & NGX_HTTP_HEAD)
        || r->headers_out.content_length_n == 0
        || ngx_http_test_content_type(r, &plcf->html_types) == NULL)
    {
        return NGX_OK;
    }

    ce = r->headers_out.content_encoding;

    if (ce && ce->hash && ce->value.len
        && !(ce->value.len == 8
             && ngx_strncasecmp(ce->value.data, (u_char *) "identity", 8)
                == 0))
    {
        if (!(ce->value.len == 4
              && ngx_strncasecmp(ce->value.data, (u_char *) "gzip", 4) == 0))
        {
            return ngx_http_privacy_fail(r, plcf,
                                         "an encoding the filter cannot read");
        }

    } else {
        ce = NULL;
    }

    if (!ngx_http_privacy_ascii_compatible(r)) {
        return ngx_http_privacy_fail(r, plcf,
                                     "a charset that is not ASCII-compatible");
    }

    hc = ngx_pcalloc(r->pool, sizeof(ngx_http_privacy_html_ctx_t));
    if (hc == NULL) {
        return NGX_ERROR;
    }

    hc->conf = plcf;
    hc->d = ngx_http_privacy_decide(r);
    if (hc->d == NULL) {
        return NGX_ERROR;
    }

    /* decoded values; the parsed URL and the one the rules look at */

    hc->scratch = ngx_pnalloc(r->pool, plcf->html_max_tag + 1024);
    if (hc->scratch == NULL
        || ngx_http_privacy_url_init(r, hc, plcf->html_max_tag) != NGX_OK)
    {
        return NGX_ERROR;
    }

    if (privacy_html_init(&hc->sc, ngx_pnalloc(r->pool, plcf->html_max_tag),
                          plcf->html_max_tag)
        != 0)
    {
        return NGX_ERROR;
    }

    privacy_html_report(&hc->sc, NGX_HTTP_PRIVACY_REPORT
                                 | (plcf->consent_mode
                                    ? PRIVACY_HTML_REPORT_HEAD : 0));

    hc->last_out = &hc->out;

    if (ce) {
        /* inflate here: the body leaves without that encoding */

        hc->gunzip = 1;
        ce->hash = 0;
        r->headers_out.content_encoding = NULL;

        cln = ngx_pool_cleanup_add(r->pool, 0);
        if (cln == NULL) {
            return NGX_ERROR;
        }

        cln->handler = ngx_http_privacy_inflate_end;
        cln->data = hc;
    }

    ctx->html = hc;
    ctx->vary = 1;

    if (ngx_http_privacy_banner_choice(plcf) && r == r->main
        && ngx_http_privacy_push_header(r, "Vary", (u_char *)
                                        "Accept-Language", 15)
           != NGX_OK)
    {
        /* the banner inserted is chosen by the visitor's language */
        return NGX_ERROR;
    }

    r->filter_need_in_memory = 1;

    if (r == r->main) {
        ngx_http_clear_content_length(r);
        ngx_http_clear_accept_ranges(r);
        ngx_http_weak_etag(r);
    }

    return NGX_OK;
}


/* privacy_fail: open passes the body unscanned (once logged), closed 502s */
ngx_int_t
ngx_http_privacy_fail(ngx_http_request_t *r, ngx_http_privacy_loc_conf_t *plcf,
    const char *why)
{
    if (plcf->fail == NGX_HTTP_PRIVACY_FAIL_CLOSED) {
        ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                      "privacy: response refused (privacy_fail closed): %s",
                      why);
        return NGX_HTTP_BAD_GATEWAY;
    }

    ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                  "privacy: response passed unscanned (privacy_fail open): "
                  "%s", why);
    ngx_http_privacy_status_fail_open(r);

    return NGX_OK;
}


ngx_int_t
ngx_http_privacy_body_filter(ngx_http_request_t *r, ngx_chain_t *in)
{
    ngx_int_t                     rc, scan;
    ngx_http_privacy_ctx_t       *pctx;
    ngx_http_privacy_html_ctx_t  *ctx;

    pctx = ngx_http_get_module_ctx(r, ngx_http_privacy_module);

    if (pctx == NULL || pctx->html == NULL || r->header_only) {
        return ngx_http_privacy_next_body_filter(r, in);
    }

    ctx = pctx->html;

    if (ctx->done || (in == NULL && ctx->in == NULL && ctx->buf == NULL
                      && ctx->zin == NULL && ctx->busy == NULL))
    {
        return ngx_http_privacy_next_body_filter(r, in);
    }

    if (in && ngx_chain_add_copy(r->pool, &ctx->in, in) != NGX_OK) {
        return NGX_ERROR;
    }

    /*
     * Scan, send, and scan again as long as sending freed an inflate buf:
     * a gzip body inflates to many times its size, and once the upstream
     * is done nobody calls this filter again while the client's socket
     * stays writable, so waiting for a later call would stall the response
     * (nginx's gzip filter loops the same way).
     */

    for ( ;; ) {
        scan = ngx_http_privacy_scan(r, ctx);

        if (scan == NGX_ERROR) {
            ctx->done = 1;
            return NGX_ERROR;
        }

        if (ctx->out == NULL && ctx->busy == NULL) {
            rc = (scan == NGX_AGAIN) ? NGX_AGAIN : NGX_OK;
            break;
        }

        rc = ngx_http_privacy_next_body_filter(r, ctx->out);

        if (rc == NGX_ERROR) {
            return NGX_ERROR;
        }

        ngx_http_privacy_release_sent(r, ctx);

        if (scan != NGX_AGAIN || !ngx_http_privacy_inflate_room(ctx)) {
            break;
        }
    }

    if (ctx->in || ctx->buf || ctx->zin) {
        r->buffered |= NGX_HTTP_PRIVACY_BUFFERED;

    } else {
        r->buffered &= ~NGX_HTTP_PRIVACY_BUFFERED;
    }

    return rc;
}


/* moves what was sent to the free list; releases inputs through shadows */
static void
ngx_http_privacy_release_sent(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    if (ctx->busy == NULL) {
        ctx->busy = ctx->out;

    } else {
        for (cl = ctx->busy; cl->next; cl = cl->next) { /* void */ }
        cl->next = ctx->out;
    }

    ctx->out = NULL;
    ctx->last_out = &ctx->out;

    while (ctx->busy) {
        cl = ctx->busy;
        b = cl->buf;

        if (ngx_buf_size(b) != 0) {
            break;
        }

        if (b->shadow) {
            b->shadow->pos = b->shadow->last;
        }

        ctx->busy = cl->next;

        if (b->tag == (ngx_buf_tag_t) &ngx_http_privacy_module) {
            cl->next = ctx->free;
            ctx->free = cl;

        } else {
            ngx_free_chain(r->pool, cl);
        }
    }
}


/*
 * Scans what input there is.  With gzip, the compressed bufs are inflated
 * into a few bufs of our own, which are scanned like input; when all of them
 * are still on their way to the client, scanning waits (NGX_AGAIN).
 */
static ngx_int_t
ngx_http_privacy_scan(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx)
{
    int                    last;
    ngx_int_t              rc, action;
    ngx_str_t              rw;
    ngx_buf_t             *b;
    privacy_html_event_t   ev;
    privacy_html_event_e   e;

    for ( ;; ) {

        if (ctx->buf == NULL) {

            if (ctx->gunzip) {
                rc = ngx_http_privacy_inflate(r, ctx, &ctx->buf);

                if (rc != NGX_OK) {
                    return rc;          /* NGX_AGAIN, NGX_DONE, NGX_ERROR */
                }

            } else {
                if (ctx->in == NULL) {
                    return NGX_OK;
                }

                ctx->buf = ctx->in->buf;
                ctx->in = ctx->in->next;
            }

            ctx->fed = 0;
            ctx->last_span = NULL;
        }

        b = ctx->buf;

        if (!ctx->fed) {
            last = (r == r->main) ? b->last_buf : b->last_in_chain;

            if (privacy_html_feed(&ctx->sc, b->pos,
                                  ngx_buf_in_memory(b) ? b->last - b->pos : 0,
                                  last)
                != 0)
            {
                return NGX_ERROR;
            }

            ctx->fed = 1;
        }

        while ((e = privacy_html_next(&ctx->sc, &ev)) != PRIVACY_HTML_DONE) {

            switch (e) {

            case PRIVACY_HTML_TAG:
                if (ctx->inl_state != NGX_HTTP_PRIVACY_INLINE_NONE
                    && ev.is_end && ev.el == ctx->inl_el)
                {
                    /* the end of a held script or style: decide it now */

                    action = ngx_http_privacy_inline_end(r, ctx, 1);

                    if (action == NGX_ERROR) {
                        return NGX_ERROR;
                    }

                    if (action == NGX_HTTP_PRIVACY_REMOVE) {
                        break;          /* the end tag goes with it */
                    }

                    goto pass;
                }

                action = ngx_http_privacy_tag(r, ctx, &ev, &rw);

                if (action == NGX_ERROR) {
                    return NGX_ERROR;
                }

                if (action == NGX_HTTP_PRIVACY_HOLD) {
                    if (ngx_http_privacy_inline_hold(r, ctx, &ev) != NGX_OK) {
                        return NGX_ERROR;
                    }

                    break;
                }

                if (action == NGX_HTTP_PRIVACY_REMOVE) {
                    privacy_html_remove(&ctx->sc);
                    ctx->removed++;
                    break;
                }

                if (action == NGX_HTTP_PRIVACY_REWRITE) {
                    if (ngx_http_privacy_emit_copy(r, ctx, rw.data, rw.len)
                        != NGX_OK)
                    {
                        return NGX_ERROR;
                    }

                    break;
                }

                goto pass;

            case PRIVACY_HTML_PASS:
                if (ctx->inl_state == NGX_HTTP_PRIVACY_INLINE_HOLD) {
                    if (ngx_http_privacy_inline_text(r, ctx, ev.held,
                                                     ev.held_len,
                                                     b->pos + ev.off, ev.len)
                        != NGX_OK)
                    {
                        return NGX_ERROR;
                    }

                    break;
                }

                if (ctx->inl_state == NGX_HTTP_PRIVACY_INLINE_DROP) {
                    break;
                }

            pass:

                /* kept as it is */

                if ((ev.held_len
                     && ngx_http_privacy_emit_copy(r, ctx, ev.held,
                                                   ev.held_len)
                        != NGX_OK)
                    || (ev.len
                        && ngx_http_privacy_emit_span(r, ctx, b, ev.off,
                                                      ev.len)
                           != NGX_OK))
                {
                    return NGX_ERROR;
                }

                break;

            case PRIVACY_HTML_OVERFLOW:
                if (ctx->inl_state != NGX_HTTP_PRIVACY_INLINE_NONE
                    && ngx_http_privacy_inline_end(r, ctx, 0) == NGX_ERROR)
                {
                    return NGX_ERROR;
                }

                if (ctx->conf->fail == NGX_HTTP_PRIVACY_FAIL_CLOSED) {
                    ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                                  "privacy: a tag longer than "
                                  "privacy_html_max_tag (%uz), response "
                                  "ended (privacy_fail closed)",
                                  ctx->conf->html_max_tag);
                    return NGX_ERROR;
                }

                /*
                 * The tag cannot be examined: a tracker could hide in it,
                 * so the element goes and the scan goes on
                 */
                ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                              "privacy: <%s> longer than privacy_html_max_tag "
                              "(%uz) removed unexamined (privacy_fail open)",
                              ev.el ? privacy_html_el_name(ev.el) : "tag",
                              ctx->conf->html_max_tag);
                ngx_http_privacy_status_fail_open(r);
                ngx_http_privacy_status_element(r, 0);
                privacy_html_remove(&ctx->sc);
                ctx->removed++;
                break;

            default: /* PRIVACY_HTML_SKIP, PRIVACY_HTML_HOLD */
                break;
            }
        }

        if (ctx->inl_state != NGX_HTTP_PRIVACY_INLINE_NONE
            && ((r == r->main) ? b->last_buf : b->last_in_chain)
            && ngx_http_privacy_inline_end(r, ctx, 0) == NGX_ERROR)
        {
            /* the stream ended inside a held script: decide what there is */
            return NGX_ERROR;
        }

        if (ctx->ph_used && !ctx->ph_form
            && ((r == r->main) ? b->last_buf : b->last_in_chain))
        {
            /* no </body>: the placeholders' form at the end */
            ctx->ph_form = 1;

            if (ngx_http_privacy_emit_copy(r, ctx,
                                           (u_char *) NGX_HTTP_PRIVACY_PH_FORM,
                                           sizeof(NGX_HTTP_PRIVACY_PH_FORM) - 1)
                != NGX_OK)
            {
                return NGX_ERROR;
            }
        }

        /* the buf is scanned: release it now unless a span points into it */

        if (ctx->last_span) {
            ctx->last_span->buf->shadow = b;
            ctx->last_span->buf->recycled = b->recycled;

        } else {
            b->pos = b->last;
        }

        if (ngx_http_privacy_emit_flags(r, ctx, b) != NGX_OK) {
            return NGX_ERROR;
        }

        ctx->buf = NULL;
    }
}


/* a buf of ours, from the free list, with room for size bytes, queued */
static ngx_chain_t *
ngx_http_privacy_own_buf(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t size)
{
    size_t        n;
    u_char       *start, *end;
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    cl = ngx_chain_get_free_buf(r->pool, &ctx->free);
    if (cl == NULL) {
        return NULL;
    }

    b = cl->buf;

    if (size && (b->start == NULL || (size_t) (b->end - b->start) < size)) {
        /*
         * Powers of two: a buf reused for ever longer copies (held inline
         * scripts) grows a few times, not once per script.
         */
        n = 512;

        while (n < size) {
            n <<= 1;
        }

        size = n;

        start = ngx_pnalloc(r->pool, size);
        if (start == NULL) {
            return NULL;
        }

        b->start = start;
        b->end = start + size;
    }

    start = b->start;
    end = b->end;
    ngx_memzero(b, sizeof(ngx_buf_t));

    b->start = start;
    b->end = end;
    b->pos = start;
    b->last = start;
    b->tag = (ngx_buf_tag_t) &ngx_http_privacy_module;

    *ctx->last_out = cl;
    ctx->last_out = &cl->next;

    return cl;
}


/* bytes of ours: a held tag start, or a rewritten tag */
static ngx_int_t
ngx_http_privacy_emit_copy(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len)
{
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    if (len == 0) {
        return NGX_OK;
    }

    cl = ngx_http_privacy_own_buf(r, ctx, len);
    if (cl == NULL) {
        return NGX_ERROR;
    }

    b = cl->buf;
    b->memory = 1;
    b->last = ngx_cpymem(b->pos, p, len);

    return NGX_OK;
}


/* bytes of the input, zero-copy */
static ngx_int_t
ngx_http_privacy_emit_span(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t *src, size_t off, size_t len)
{
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    /*
     * Kept tags and the text between them are adjacent spans of src: the
     * last span queued grows instead of a buf per span, so a page costs
     * about one buf per removed element, not one per tag.
     */

    cl = ctx->last_span;

    if (cl && ctx->last_out == &cl->next
        && cl->buf->last == src->pos + off)
    {
        cl->buf->last += len;
        return NGX_OK;
    }

    cl = ngx_http_privacy_own_buf(r, ctx, 0);
    if (cl == NULL) {
        return NGX_ERROR;
    }

    b = cl->buf;
    b->memory = 1;
    b->pos = src->pos + off;
    b->last = b->pos + len;

    /* the last span of src will carry the shadow that releases src */
    ctx->last_span = cl;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_emit_flags(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t *src)
{
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    if (!(src->flush || src->recycled || src->last_buf || src->last_in_chain
          || src->sync))
    {
        return NGX_OK;
    }

    cl = ngx_http_privacy_own_buf(r, ctx, 0);
    if (cl == NULL) {
        return NGX_ERROR;
    }

    b = cl->buf;

    b->flush = (src->flush || src->recycled);
    b->last_buf = src->last_buf;
    b->last_in_chain = src->last_in_chain;
    b->sync = !(b->flush || b->last_buf || b->last_in_chain);

    return NGX_OK;
}


/* --- inline scripts ---------------------------------------------------- */

/*
 * An inline <script> is held, start tag and text, in one buffer of
 * html_max_tag + html_max_inline bytes, until its end tag; then the text
 * decides (see ngx_http_privacy_inline_category) and the script goes out
 * unchanged, neutralised or not at all.  Past html_max_inline bytes of
 * text it is decided by what was found so far and the rest streams.
 */
static ngx_int_t
ngx_http_privacy_inline_hold(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev)
{
    if (ctx->inl == NULL) {
        ctx->inl = ngx_pnalloc(r->pool, ctx->conf->html_max_tag
                                        + ctx->conf->html_max_inline);
        if (ctx->inl == NULL) {
            return NGX_ERROR;
        }
    }

    /* the scanner holds a reported tag whole: it fits html_max_tag */

    ngx_memcpy(ctx->inl, ev->tag, ev->tag_len);
    ctx->inl_tag = ev->tag_len;
    ctx->inl_len = ev->tag_len;
    ctx->inl_state = NGX_HTTP_PRIVACY_INLINE_HOLD;
    ctx->inl_el = ev->el;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_inline_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *held, size_t held_len,
    const u_char *p, size_t len)
{
    size_t  room, n;

    room = ctx->inl_tag + ctx->conf->html_max_inline - ctx->inl_len;

    if (held_len + len <= room) {
        ngx_memcpy(ctx->inl + ctx->inl_len, held, held_len);
        ngx_memcpy(ctx->inl + ctx->inl_len + held_len, p, len);
        ctx->inl_len += held_len + len;
        return NGX_OK;
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "privacy html: inline script longer than "
                   "privacy_html_max_inline %uz, decided by its start",
                   ctx->conf->html_max_inline);

    ngx_http_privacy_status_inline_over(r);

    /* what fits is decided on; the rest follows that decision */

    n = ngx_min(held_len, room);
    ngx_memcpy(ctx->inl + ctx->inl_len, held, n);
    ctx->inl_len += n;
    held += n;
    held_len -= n;
    room -= n;

    n = ngx_min(len, room);
    ngx_memcpy(ctx->inl + ctx->inl_len, p, n);
    ctx->inl_len += n;
    p += n;
    len -= n;

    if (ngx_http_privacy_inline_end(r, ctx, 0) == NGX_ERROR) {
        return NGX_ERROR;
    }

    if (ctx->inl_state == NGX_HTTP_PRIVACY_INLINE_DROP) {
        return NGX_OK;
    }

    /* kept or neutralised: the rest of the text as it came */

    if ((held_len && ngx_http_privacy_emit_copy(r, ctx, held, held_len)
                     != NGX_OK)
        || (len && ngx_http_privacy_emit_copy(r, ctx, p, len) != NGX_OK))
    {
        return NGX_ERROR;
    }

    return NGX_OK;
}


/*
 * Decides the held script (whole: its end tag came), emits it as it was,
 * neutralised, or not at all, and says what becomes of the end tag (KEEP
 * or REMOVE).  Not whole: what follows is kept (inl_state NONE) or dropped
 * up to the end tag (DROP).
 */
static ngx_int_t
ngx_http_privacy_inline_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_uint_t whole)
{
    u_char                *text;
    size_t                 len;
    ngx_str_t              rw;
    ngx_uint_t             state;
    privacy_mask_t         cat, denied;
    privacy_html_event_t   ev;

    state = ctx->inl_state;
    ctx->inl_state = NGX_HTTP_PRIVACY_INLINE_NONE;

    if (state == NGX_HTTP_PRIVACY_INLINE_DROP) {
        return NGX_HTTP_PRIVACY_REMOVE;
    }

    text = ctx->inl + ctx->inl_tag;
    len = ctx->inl_len - ctx->inl_tag;

    if (ctx->inl_el == PRIVACY_HTML_STYLE) {
        return ngx_http_privacy_style_end(r, ctx, text, len);
    }

    cat = ngx_http_privacy_inline_category(r, ctx, text, len);
    denied = cat & ~ctx->d->granted;

    if (denied == 0) {
        if (ngx_http_privacy_emit_copy(r, ctx, ctx->inl, ctx->inl_len)
            != NGX_OK)
        {
            return NGX_ERROR;
        }

        return NGX_HTTP_PRIVACY_KEEP;
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "privacy html: inline script of %uz bytes not granted",
                   len);

    ngx_http_privacy_status_element(r, denied);
    ctx->removed++;

    if (ctx->conf->html_action == NGX_HTTP_PRIVACY_ACTION_REMOVE) {
        if (!whole) {
            ctx->inl_state = NGX_HTTP_PRIVACY_INLINE_DROP;
        }

        return NGX_HTTP_PRIVACY_REMOVE;
    }

    /* neutralised: the start tag made inert, the text unchanged */

    if (ctx->many == NULL) {
        ctx->many = ngx_palloc(r->pool, NGX_HTTP_PRIVACY_MANY_ATTRS
                                        * sizeof(privacy_html_attr_t));
        if (ctx->many == NULL) {
            return NGX_ERROR;
        }
    }

    if (privacy_html_parse(ctx->inl, ctx->inl_tag, &ev, ctx->many,
                           NGX_HTTP_PRIVACY_MANY_ATTRS)
        != 0
        || ev.truncated)
    {
        /* not reached: the tag was parsed like this when it was held */
        ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                      "privacy: held <script> tag does not parse");
        return NGX_ERROR;
    }

    ctx->inline_cat = cat;

    if (ngx_http_privacy_rebuild(r, ctx, &ev,
                                 NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE, 0, &rw)
        == NGX_ERROR
        || ngx_http_privacy_emit_copy(r, ctx, rw.data, rw.len) != NGX_OK
        || ngx_http_privacy_emit_copy(r, ctx, text, len) != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_HTTP_PRIVACY_KEEP;
}


/*
 * A held <style>: the URLs of its text that are not granted made inert,
 * the rest as it came.  Past html_max_inline bytes, what came after is
 * not examined (counted as over the bound).
 */
static ngx_int_t
ngx_http_privacy_style_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t len)
{
    size_t          n;
    privacy_mask_t  denied;

    n = len;
    denied = ngx_http_privacy_css(r, ctx, text, &n) & ~ctx->d->granted;

    if (denied) {
        ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy html: <style> of %uz bytes, URLs not "
                       "granted made inert", len);

        ngx_http_privacy_status_element(r, denied);
        ctx->removed++;
    }

    if (ngx_http_privacy_emit_copy(r, ctx, ctx->inl, ctx->inl_tag + n)
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_HTTP_PRIVACY_KEEP;
}


/* a <style> start tag whose text is CSS and is held */
static ngx_uint_t
ngx_http_privacy_style_runs(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    /* in svg, the text of a style is markup, scanned as such */
    return ev->el == PRIVACY_HTML_STYLE && !ev->is_end && !ev->foreign
           && ctx->conf->html_max_inline;
}


/* a <script> start tag whose text runs as JavaScript and may be held */
static ngx_uint_t
ngx_http_privacy_inline_runs(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    ngx_str_t                   t;
    const privacy_html_attr_t  *a;

    /* an SVG script's content is markup, scanned as such: not held */
    if (ev->is_end || ev->foreign || ctx->conf->html_max_inline == 0
        || privacy_html_attr(ev, "src") != NULL)
    {
        return 0;
    }

    a = privacy_html_attr(ev, "type");

    if (a == NULL) {
        a = privacy_html_attr(ev, "language");

        if (a == NULL) {
            return 1;
        }

        t = (a->value) ? ngx_http_privacy_decoded(ctx, a)
                       : (ngx_str_t) ngx_null_string;

        return privacy_inline_js_type(NULL, 0, t.data, t.len);
    }

    if (a->value == NULL) {
        return 1;
    }

    t = ngx_http_privacy_decoded(ctx, a);

    return privacy_inline_js_type(t.data, t.len, NULL, 0);
}


/*
 * The categories an inline script loads: those of its script signatures,
 * and, if it has a construct that fetches at all, those of the URLs it
 * references, classified like src attributes.  A script that only mentions
 * URLs (a framework's data, a settings object) gets nothing from them.
 */
static privacy_mask_t
ngx_http_privacy_inline_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *text, size_t len)
{
    size_t                         n;
    ngx_int_t                      fetches;
    privacy_mask_t                 cat, c;
    privacy_inline_t               it;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    cat = ngx_http_privacy_script_category(pmcf, text, len);
    fetches = -1;

    privacy_inline_init(&it, text, len);

    /* references are decoded into scratch; normalise() copies to norm */

    while ((n = privacy_inline_next(&it, ctx->scratch,
                                    ngx_min(ctx->conf->html_max_tag,
                                            NGX_HTTP_PRIVACY_INLINE_URL)))
           != 0)
    {
        c = ngx_http_privacy_url(r, ctx, ctx->scratch, n, NULL);

        if ((c & ~PRIVACY_CAT_NECESSARY) == 0) {
            continue;
        }

        if (fetches == -1) {
            fetches = privacy_inline_fetches(pmcf->inline_constructs, text,
                                             len);
        }

        if (!fetches) {
            break;
        }

        cat |= c;
    }

    return cat;
}


/* --- which category an element belongs to ----------------------------- */

static ngx_int_t
ngx_http_privacy_attr_is(const privacy_html_attr_t *a, const char *name)
{
    size_t  n;

    n = ngx_strlen(name);

    return a->name_len == n
           && ngx_strncasecmp((u_char *) a->name, (u_char *) name, n) == 0;
}


/* an attribute value with character references decoded, into scratch */
static ngx_str_t
ngx_http_privacy_decoded(ngx_http_privacy_html_ctx_t *ctx,
    const privacy_html_attr_t *a)
{
    ngx_str_t  v;

    v.data = ctx->scratch;
    v.len = 0;

    if (a && a->value && a->value_len <= ctx->conf->html_max_tag) {
        v.len = privacy_html_decode(a->value, a->value_len, ctx->scratch);
    }

    return v;
}


/* CMP vocabulary onto the module's categories */
static privacy_mask_t
ngx_http_privacy_vocabulary(ngx_http_request_t *r, u_char *p, size_t len)
{
    ngx_uint_t                     i, j;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    static const struct {
        const char      *word;
        privacy_mask_t   mask;
    } words[] = {
        { "essential", PRIVACY_CAT_NECESSARY },
        { "required", PRIVACY_CAT_NECESSARY },
        { "ignore", PRIVACY_CAT_NECESSARY },            /* Cookiebot */
        { "functional", PRIVACY_CAT_PREFERENCES },
        { "functionality", PRIVACY_CAT_PREFERENCES },
        { "personalization", PRIVACY_CAT_PREFERENCES },
        { "statistics", PRIVACY_CAT_ANALYTICS },        /* Cookiebot */
        { "performance", PRIVACY_CAT_ANALYTICS },
        { "measurement", PRIVACY_CAT_ANALYTICS },
        { "ads", PRIVACY_CAT_MARKETING },
        { "advertising", PRIVACY_CAT_MARKETING },
        { "advertisement", PRIVACY_CAT_MARKETING },
        { "targeting", PRIVACY_CAT_MARKETING },
        { NULL, 0 }
    };

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    cat = ngx_http_privacy_category_find(pmcf, p, len);
    if (cat) {
        return cat->bit;
    }

    for (i = 0; words[i].word; i++) {
        j = ngx_strlen(words[i].word);

        if (j == len && ngx_strncasecmp(p, (u_char *) words[i].word, j) == 0) {
            return words[i].mask;
        }
    }

    return 0;
}


/*
 * Explicit markup: data-privacy-category, data-category, data-cookieconsent,
 * data-cookiecategory; a list means every category in it is needed.
 * Returns the mask, 0 when the element carries none we understand.
 */
static privacy_mask_t
ngx_http_privacy_markup(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev)
{
    u_char                     *p, *end, *s;
    ngx_str_t                   v;
    ngx_uint_t                  i;
    privacy_mask_t              mask, m;
    const privacy_html_attr_t  *a;

    static const char  *names[] = {
        "data-privacy-category", "data-category", "data-cookieconsent",
        "data-cookiecategory", NULL
    };

    /* most tags have no "data-" attribute long enough: no lookups then */

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        if (a->name_len >= sizeof("data-category") - 1
            && ngx_strncasecmp((u_char *) a->name, (u_char *) "data-", 5)
               == 0)
        {
            break;
        }
    }

    if (i == ev->nattrs) {
        return 0;
    }

    for (i = 0; names[i]; i++) {
        a = privacy_html_attr(ev, names[i]);
        if (a == NULL || a->value == NULL) {
            continue;
        }

        v = ngx_http_privacy_decoded(ctx, a);
        p = v.data;
        end = p + v.len;
        mask = 0;

        while (p < end) {
            while (p < end && (*p == ',' || *p == ' ' || *p == '\t')) {
                p++;
            }

            s = p;

            while (p < end && *p != ',' && *p != ' ' && *p != '\t') {
                *p = ngx_tolower(*p);
                p++;
            }

            if (p > s) {
                m = ngx_http_privacy_vocabulary(r, s, p - s);

                if (m == 0) {
                    /* a word we do not know: the markup is not ours */
                    mask = 0;
                    break;
                }

                mask |= m;
            }
        }

        if (mask) {
            return mask;
        }
    }

    return 0;
}


/*
 * The document's URL, which relative URLs resolve against (then its first
 * <base href>), and room to parse a URL of up to max bytes against it.
 */
static ngx_int_t
ngx_http_privacy_url_init(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max)
{
    size_t      cap;
    u_char     *buf;
    ngx_str_t   host, uri;

    host = r->headers_in.host ? r->headers_in.host->value
                              : r->headers_in.server;
    uri = r->unparsed_uri;

    cap = PRIVACY_URL_CAP(host.len + uri.len, 0);

    buf = ngx_pnalloc(r->pool, cap);
    if (buf == NULL) {
        return NGX_ERROR;
    }

    if (privacy_url_document(
#if (NGX_HTTP_SSL)
            r->connection->ssl ? PRIVACY_URL_HTTPS : PRIVACY_URL_HTTP,
#else
            PRIVACY_URL_HTTP,
#endif
            host.data, host.len, uri.data, uri.len, buf, cap, &ctx->doc)
        != PRIVACY_URL_OK)
    {
        /* no usable Host: relative URLs are not resolved */
        ngx_memzero(&ctx->doc, sizeof(privacy_url_t));
    }

    return ngx_http_privacy_url_room(r, ctx, max);
}


/* norm and work for URLs of up to max bytes against the current base */
static ngx_int_t
ngx_http_privacy_url_room(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max)
{
    size_t   cap;
    u_char  *p;

    cap = PRIVACY_URL_CAP(max, ctx->doc.len);

    if (cap <= ctx->norm_cap) {
        return NGX_OK;
    }

    /* work holds "https:" and the URL */

    p = ngx_pnalloc(r->pool, 2 * cap + 8);
    if (p == NULL) {
        return NGX_ERROR;
    }

    ctx->norm = p;
    ctx->work = p + cap;
    ctx->norm_cap = cap;

    return NGX_OK;
}


/* <base href>: the first one is where later relative URLs resolve */
static ngx_int_t
ngx_http_privacy_base(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    size_t                      cap;
    u_char                     *buf;
    ngx_str_t                   v;
    privacy_url_t               base;
    const privacy_html_attr_t  *a;

    a = privacy_html_attr(ev, "href");

    if (ctx->base_seen || a == NULL || a->value == NULL) {
        return NGX_OK;
    }

    ctx->base_seen = 1;

    v = ngx_http_privacy_decoded(ctx, a);
    cap = PRIVACY_URL_CAP(v.len, ctx->doc.len);

    buf = ngx_pnalloc(r->pool, cap);
    if (buf == NULL) {
        return NGX_ERROR;
    }

    if (privacy_url_parse(v.data, v.len, ctx->doc.len ? &ctx->doc : NULL,
                          buf, cap, &base)
        != PRIVACY_URL_OK)
    {
        return NGX_OK;      /* the browser ignores an unusable base too */
    }

    ctx->doc = base;

    return ngx_http_privacy_url_room(r, ctx, ctx->conf->html_max_tag);
}


/*
 * The category of one URL (entity-decoded already), read as the browser
 * reads it (lib/privacy_urlparse.c) against the document's base; 0 when no
 * rule classifies it, or it is not fetched over http(s).
 */
static privacy_mask_t
ngx_http_privacy_url(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    u_char *p, size_t len, ngx_uint_t *third_party)
{
    int                             rc;
    ngx_int_t                       found;
    ngx_uint_t                      party;
    privacy_url_t                   u;
    privacy_mask_t                  cat;
    ngx_http_privacy_host_entry_t  *e;
    ngx_http_privacy_main_conf_t   *pmcf;

    if (len > ctx->conf->html_max_tag) {
        return 0;
    }

    rc = privacy_url_parse(p, len, ctx->doc.len ? &ctx->doc : NULL,
                           ctx->norm, ctx->norm_cap, &u);

    if (rc != PRIVACY_URL_OK && rc != PRIVACY_URL_TRUNCATED) {
        if (rc == PRIVACY_URL_NOIDNA) {
            ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                           "privacy html: host not mapped (no IDNA): %*s",
                           ngx_min(len, 256), p);
        }

        return 0;   /* no http(s) fetch, or one the browser does not make */
    }

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    found = ngx_http_privacy_url_category(pmcf, u.data, u.len, ctx->work,
                                          &ctx->hosts, &e, &cat);

    if (third_party) {
        if (e && e->party) {
            party = e->party;

        } else {
            /* both hosts canonical: lowercase, mapped, no trailing dot */
            party = (u.host_len == ctx->doc.host_len
                     && ngx_memcmp(u.data + 2, ctx->doc.data + 2, u.host_len)
                        == 0)
                    ? 1 : 2;
        }

        if (e) {
            e->party = party;

            /* an unclassified third-party host, for the status tables */
            if (found != NGX_OK && party == 2 && !e->listed) {
                ctx->unknown = e;
            }
        }

        *third_party = (party == 2);
    }

    if (found == NGX_OK && ctx->conf->consent_mode_advanced
        && ngx_http_privacy_consent_mode_keeps(ctx->conf, u.data + 2,
                                               u.host_len))
    {
        return 0;   /* Google's tag runs with the denied defaults */
    }

    return found == NGX_OK ? cat : 0;
}


/* every URL of a srcset or ping list ("url 2x, url 1x" / "url url") */
static privacy_mask_t
ngx_http_privacy_url_list(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a,
    ngx_uint_t srcset)
{
    u_char          *p, *end, *s;
    ngx_str_t        v;
    privacy_mask_t   cat;

    static const u_char  space[256] = {
        [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1
    };

    v = ngx_http_privacy_decoded(ctx, a);
    p = v.data;
    end = p + v.len;
    cat = 0;

    while (p < end) {
        /* a ping list is split on spaces only: ",https://x" is one URL */
        while (p < end && (space[*p] || (srcset && *p == ',')))
        {
            p++;
        }

        s = p;

        /* URLs are long: a table lookup per byte, not five compares */
        while (p < end && !space[*p]) {
            p++;
        }

        if (srcset && p > s && p[-1] == ',') {
            p--;
        }

        if (p > s) {
            cat |= ngx_http_privacy_url(r, ctx, s, p - s, NULL);
        }

        if (srcset) {
            /* skip the descriptor up to the next comma */
            while (p < end && *p != ',') {
                p++;
            }
        }
    }

    return cat;
}


/* a small number from "1", "0", "1px" */
static ngx_int_t
ngx_http_privacy_tiny(u_char *p, size_t len)
{
    while (len && (*p == ' ' || *p == '\t')) {
        p++;
        len--;
    }

    if (len == 0 || (*p != '0' && *p != '1')) {
        return 0;
    }

    p++;
    len--;

    return len == 0 || (len == 2 && ngx_strncasecmp(p, (u_char *) "px", 2)
                                    == 0);
}


/* an <img> of at most 1x1 pixel, or hidden: the shape of a web beacon */
static ngx_int_t
ngx_http_privacy_pixel_shape(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    u_char                     *p, *q, *end;
    ngx_str_t                   v;
    ngx_uint_t                  w, h;
    const privacy_html_attr_t  *a;

    w = 0;
    h = 0;

    a = privacy_html_attr(ev, "width");
    if (a && a->value) {
        v = ngx_http_privacy_decoded(ctx, a);
        w = ngx_http_privacy_tiny(v.data, v.len);
    }

    a = privacy_html_attr(ev, "height");
    if (a && a->value) {
        v = ngx_http_privacy_decoded(ctx, a);
        h = ngx_http_privacy_tiny(v.data, v.len);
    }

    if (w && h) {
        return 1;
    }

    a = privacy_html_attr(ev, "style");
    if (a == NULL || a->value == NULL) {
        return 0;
    }

    v = ngx_http_privacy_decoded(ctx, a);

    /* lowercase without blanks: "display: none" is "display:none" */

    for (p = v.data, q = v.data, end = v.data + v.len; p < end; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
            *q++ = ngx_tolower(*p);
        }
    }

    end = q;

    if (ngx_strlcasestrn(v.data, end, (u_char *) "display:none", 12 - 1)
        || ngx_strlcasestrn(v.data, end, (u_char *) "visibility:hidden",
                            17 - 1))
    {
        return 1;
    }

    p = ngx_strlcasestrn(v.data, end, (u_char *) "width:", 6 - 1);
    q = ngx_strlcasestrn(v.data, end, (u_char *) "height:", 7 - 1);

    if (p && q) {
        p += 6;
        q += 7;
        w = (p < end && (*p == '0' || *p == '1')
             && (p + 1 == end || p[1] == ';' || p[1] == 'p'));
        h = (q < end && (*q == '0' || *q == '1')
             && (q + 1 == end || q[1] == ';' || q[1] == 'p'));

        return w && h;
    }

    return 0;
}


/* rel="preconnect dns-prefetch preload prefetch stylesheet ..." */
static ngx_int_t
ngx_http_privacy_link_loads(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    u_char                     *p, *end, *s;
    size_t                      k;
    ngx_str_t                   v;
    ngx_uint_t                  i;
    const privacy_html_attr_t  *a;

    static ngx_str_t  rels[] = {
        ngx_string("preconnect"), ngx_string("dns-prefetch"),
        ngx_string("preload"), ngx_string("prefetch"),
        ngx_string("modulepreload"), ngx_string("prerender"),
        ngx_string("stylesheet"), ngx_string("icon"),
        ngx_string("manifest"), ngx_null_string
    };

    static const u_char  space[256] = {
        [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1
    };

    /*
     * Every rel attribute, repeated ones too: the DOM keeps the first, but
     * Chromium's preload scanner fetches for a later one as well
     */

    for (k = 0; k < ev->nattrs; k++) {
        a = &ev->attrs[k];

        if (a->value == NULL || !ngx_http_privacy_attr_is(a, "rel")) {
            continue;
        }

        /* rel is a set of tokens split on ASCII whitespace */

        v = ngx_http_privacy_decoded(ctx, a);
        p = v.data;
        end = p + v.len;

        while (p < end) {
            while (p < end && space[*p]) {
                p++;
            }

            s = p;

            while (p < end && !space[*p]) {
                p++;
            }

            for (i = 0; rels[i].len; i++) {
                if ((size_t) (p - s) == rels[i].len
                    && ngx_strncasecmp(s, rels[i].data, rels[i].len) == 0)
                {
                    return 1;
                }
            }
        }
    }

    return 0;
}


/* the page blocked the element itself, CMP-style: type="text/plain" */
static ngx_int_t
ngx_http_privacy_page_blocked(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    ngx_str_t                   v;
    const privacy_html_attr_t  *a;

    a = privacy_html_attr(ev, "type");

    if (a && a->value) {
        v = ngx_http_privacy_decoded(ctx, a);

        if (v.len == 10 && ngx_strncasecmp(v.data, (u_char *) "text/plain",
                                           10) == 0)
        {
            return 1;
        }
    }

    /* <iframe data-src> / <img data-src> without src */
    return ev->el != PRIVACY_HTML_SCRIPT
           && privacy_html_attr(ev, "data-src") != NULL
           && privacy_html_attr(ev, "src") == NULL;
}


static u_char *
ngx_http_privacy_put_attr(u_char *p, const privacy_html_attr_t *a,
    const char *prefix, const char *rename)
{
    *p++ = ' ';

    if (prefix) {
        p = ngx_cpymem(p, prefix, ngx_strlen(prefix));
    }

    if (rename) {
        p = ngx_cpymem(p, rename, ngx_strlen(rename));

    } else {
        p = ngx_cpymem(p, a->name, a->name_len);
    }

    if (a->value) {
        *p++ = '=';

        if (a->quote) {
            *p++ = a->quote;
        }

        p = ngx_cpymem(p, a->value, a->value_len);

        if (a->quote) {
            *p++ = a->quote;
        }
    }

    return p;
}


/*
 * Rebuilds a start tag.  neutralize: URL attributes become data-privacy-*,
 * a script gets type="text/plain".  activate: the reverse of what a CMP
 * page does (data-src becomes src, the text/plain type goes, data-type
 * comes back).  drop_ping: the same tag without its ping attribute.
 */

static ngx_int_t
ngx_http_privacy_rebuild(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_uint_t how, uint64_t bad, ngx_str_t *out)
{
    u_char                     *p;
    size_t                      i;
    ngx_uint_t                  script, has_src, kind;
    const privacy_html_attr_t  *a, *dtype;

    if (ctx->rewrite == NULL) {
        ctx->rewrite = ngx_pnalloc(r->pool,
                                   NGX_HTTP_PRIVACY_REWRITE_SIZE(ctx->conf));
        if (ctx->rewrite == NULL) {
            return NGX_ERROR;
        }
    }

    script = (ev->el == PRIVACY_HTML_SCRIPT);
    has_src = (privacy_html_attr(ev, "src") != NULL);
    dtype = privacy_html_attr(ev, "data-type");

    p = ctx->rewrite;
    *p++ = '<';
    p = ngx_cpymem(p, ev->name, ev->name_len);

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        switch (how) {

        case NGX_HTTP_PRIVACY_NEUTRALIZE:
            if (script && ngx_http_privacy_attr_is(a, "type")) {
                continue;
            }

            /* every attribute that fetches: renamed, so it does not */
            if (ngx_http_privacy_fetch_kind(ctx, ev, a)
                != NGX_HTTP_PRIVACY_FETCH_NONE)
            {
                p = ngx_http_privacy_put_attr(p, a, "data-privacy-", NULL);
                continue;
            }

            break;

        case NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE:
            /* the type survives as data-type, which activation restores */
            if (ngx_http_privacy_attr_is(a, "type")) {
                if (a->value && a->value_len && dtype == NULL) {
                    p = ngx_http_privacy_put_attr(p, a, "data-", NULL);
                }

                continue;
            }

            break;

        case NGX_HTTP_PRIVACY_ACTIVATE:
            if (ngx_http_privacy_attr_is(a, "type")) {
                if (dtype && dtype->value) {
                    p = ngx_http_privacy_put_attr(p, dtype, NULL, "type");
                }

                continue;
            }

            if (ngx_http_privacy_attr_is(a, "data-type")) {
                continue;
            }

            if (!has_src && ngx_http_privacy_attr_is(a, "data-src")) {
                p = ngx_http_privacy_put_attr(p, a, NULL, "src");
                continue;
            }

            break;

        default: /* NGX_HTTP_PRIVACY_INERT: the element keeps the rest */
            if (i < 64 ? !(bad & ((uint64_t) 1 << i)) : a->dup) {
                break;
            }

            kind = ngx_http_privacy_fetch_kind(ctx, ev, a);

            if (kind == NGX_HTTP_PRIVACY_FETCH_PING) {
                continue;       /* hyperlink auditing off, the link stays */
            }

            if (kind == NGX_HTTP_PRIVACY_FETCH_STYLE) {
                /* the styles stay, the URLs not granted go */
                p = ngx_http_privacy_put_style(r, ctx, p,
                        ctx->rewrite + NGX_HTTP_PRIVACY_REWRITE_SIZE(ctx->conf)
                        - (ev->tag_len + 32 * (ev->nattrs - i) + 64
                           + NGX_HTTP_PRIVACY_CAT_NAMES_LEN),
                        a);
                continue;
            }

            if (kind != NGX_HTTP_PRIVACY_FETCH_NONE) {
                p = ngx_http_privacy_put_attr(p, a, "data-privacy-", NULL);
                continue;
            }
        }

        p = ngx_http_privacy_put_attr(p, a, NULL, NULL);
    }

    if (how == NGX_HTTP_PRIVACY_NEUTRALIZE && script) {
        p = ngx_cpymem(p, " type=\"text/plain\"", 18);
    }

    if (how == NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE) {
        p = ngx_cpymem(p, " type=\"text/plain\" data-privacy-category=\"",
                       sizeof(" type=\"text/plain\" data-privacy-category=\"")
                       - 1);
        p = ngx_http_privacy_mask_names(
                ngx_http_get_module_main_conf(r, ngx_http_privacy_module),
                ctx->inline_cat, ' ', 0, p);
        *p++ = '"';
    }

    if (ev->self_closing) {
        *p++ = ' ';
        *p++ = '/';
    }

    *p++ = '>';

    out->data = ctx->rewrite;
    out->len = p - ctx->rewrite;

    return NGX_HTTP_PRIVACY_REWRITE;
}


/* the decision for one reported tag */


/*
 * privacy_html_placeholder: a removed iframe leaves the template, filled
 * with the service, what it needs and its size (emitted where the iframe
 * was: the element is then removed as usual)
 */
static ngx_int_t
ngx_http_privacy_iframe_placeholder(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    privacy_mask_t denied)
{
    u_char                         *p, wbuf[16], hbuf[16];
    ngx_str_t                       v, html;
    privacy_url_t                   u;
    privacy_mask_t                  grant;
    const privacy_html_attr_t      *a;
    ngx_http_privacy_ph_values_t    ph;
    ngx_http_privacy_main_conf_t   *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    ngx_memzero(&ph, sizeof(ngx_http_privacy_ph_values_t));

    /* the host the iframe would load from, as the browser reads it */

    a = privacy_html_attr(ev, "src");
    v = ngx_http_privacy_decoded(ctx, a);

    if (v.len
        && privacy_url_parse(v.data, v.len, ctx->doc.len ? &ctx->doc : NULL,
                             ctx->norm, ctx->norm_cap, &u)
           == PRIVACY_URL_OK)
    {
        ph.host.data = ngx_pstrdup(r->pool,
                                   &(ngx_str_t) { u.host_len, u.data + 2 });
        if (ph.host.data == NULL) {
            return NGX_ERROR;
        }

        ph.host.len = u.host_len;
    }

    ph.service = ph.host;

    if (ph.service.len > 4 && ngx_strncmp(ph.service.data, "www.", 4) == 0) {
        ph.service.data += 4;
        ph.service.len -= 4;
    }

    p = ngx_pnalloc(r->pool, 2 * NGX_HTTP_PRIVACY_CAT_NAMES_LEN);
    if (p == NULL) {
        return NGX_ERROR;
    }

    grant = (ctx->d->granted | denied) & ~PRIVACY_CAT_NECESSARY;

    ph.category.data = p;
    p = ngx_http_privacy_mask_names(pmcf, denied, ',', 0, p);
    ph.category.len = p - ph.category.data;
    ph.grant.data = p;
    p = ngx_http_privacy_mask_names(pmcf, grant, ',', 0, p);
    ph.grant.len = p - ph.grant.data;

    v = ngx_http_privacy_decoded(ctx, privacy_html_attr(ev, "width"));
    ngx_http_privacy_placeholder_length(v.data, v.len, "300px", wbuf,
                                        &ph.width);
    v = ngx_http_privacy_decoded(ctx, privacy_html_attr(ev, "height"));
    ngx_http_privacy_placeholder_length(v.data, v.len, "150px", hbuf,
                                        &ph.height);

    if (ngx_http_privacy_placeholder(r, ctx->conf, &ph, &html) != NGX_OK) {
        return NGX_ERROR;
    }

    ctx->ph_used = 1;

    return ngx_http_privacy_emit_copy(r, ctx, html.data, html.len);
}


/* more than one banner: the choice follows Accept-Language */
static ngx_uint_t
ngx_http_privacy_banner_choice(ngx_http_privacy_loc_conf_t *plcf)
{
    return plcf->banner_langs
           && (plcf->banner_langs->nelts > 1 || plcf->banner_default);
}


/*
 * The banner in the visitor's language: the Accept-Language lines (joined
 * with ",") against the languages of privacy_banner; the first banner
 * when none is acceptable
 */
static ngx_int_t
ngx_http_privacy_banner_text(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_str_t *text)
{
    int                              k;
    u_char                          *p;
    size_t                           len;
    ngx_str_t                        al, *texts;
    ngx_table_elt_t                 *h;
    ngx_http_privacy_header_iter_t   it;

    *text = plcf->banner;

    if (!ngx_http_privacy_banner_choice(plcf)) {
        return NGX_OK;
    }

    ngx_str_null(&al);
    len = 0;

    for (h = ngx_http_privacy_header_first(&r->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->key.len == 15
            && ngx_strncasecmp(h->key.data, (u_char *) "accept-language", 15)
               == 0)
        {
            len += h->value.len + 1;
            al = h->value;
        }
    }

    if (len > al.len + 1) {
        /* several lines: one list */
        p = ngx_pnalloc(r->pool, len);
        if (p == NULL) {
            return NGX_ERROR;
        }

        al.data = p;

        for (h = ngx_http_privacy_header_first(&r->headers_in.headers, &it);
             h;
             h = ngx_http_privacy_header_next(&it))
        {
            if (h->key.len == 15
                && ngx_strncasecmp(h->key.data,
                                   (u_char *) "accept-language", 15) == 0)
            {
                if (p != al.data) {
                    *p++ = ',';
                }

                p = ngx_cpymem(p, h->value.data, h->value.len);
            }
        }

        al.len = p - al.data;
    }

    k = privacy_lang_choose(al.data, al.len, plcf->banner_langs->elts,
                            plcf->banner_langs->nelts);

    if (k >= 0) {
        texts = plcf->banner_texts->elts;
        *text = texts[k];
    }

    return NGX_OK;
}


/*
 * privacy_banner: the fragment goes in before the first </body> of a page
 * while the visitor has no decision and the regime asks for one.
 */
static ngx_int_t
ngx_http_privacy_banner_insert(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out)
{
    u_char                       *p;
    ngx_str_t                     text;
    ngx_http_privacy_decision_t  *d;

    ctx->banner_done = 1;
    d = ctx->d;

    if ((d->sources & NGX_HTTP_PRIVACY_SRC_COOKIE)
        || d->regime == NGX_HTTP_PRIVACY_REGIME_NONE)
    {
        return NGX_HTTP_PRIVACY_KEEP;
    }

    if (ngx_http_privacy_banner_text(r, ctx->conf, &text) != NGX_OK) {
        return NGX_ERROR;
    }

    p = ngx_pnalloc(r->pool, text.len + ev->tag_len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    out->data = p;
    p = ngx_cpymem(p, text.data, text.len);
    p = ngx_cpymem(p, ev->tag, ev->tag_len);
    out->len = p - out->data;

    return NGX_HTTP_PRIVACY_REWRITE;
}

/*
 * <meta http-equiv="refresh" content="5; url='https://...'">: the URL the
 * browser goes to, read as HTML's declarative refresh does: a time, a ";"
 * or ",", then "url=" (optional, any case), then the URL, quoted or not.
 */
static privacy_mask_t
ngx_http_privacy_refresh(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a)
{
    u_char     *p, *end, q;
    ngx_str_t   v;

#define ws(c)  ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r'      \
                || (c) == '\f')

    v = ngx_http_privacy_decoded(ctx, a);
    p = v.data;
    end = p + v.len;

    while (p < end && ws(*p)) { p++; }
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '.')) { p++; }
    while (p < end && ws(*p)) { p++; }

    if (p < end && (*p == ';' || *p == ',')) {
        p++;
    }

    while (p < end && ws(*p)) { p++; }

    if (end - p >= 3 && ngx_strncasecmp(p, (u_char *) "url", 3) == 0) {
        u_char  *u = p + 3;

        while (u < end && ws(*u)) { u++; }

        if (u < end && *u == '=') {
            u++;
            while (u < end && ws(*u)) { u++; }
            p = u;
        }
    }

    if (p < end && (*p == '"' || *p == '\'')) {
        q = *p++;
        end = ngx_strlchr(p, end, q) ? ngx_strlchr(p, end, q) : end;
    }

#undef ws

    if (p == end) {
        return 0;               /* a reload of the page itself */
    }

    /* the URL is in scratch; normalise() copies it out before matching */
    return ngx_http_privacy_url(r, ctx, p, end - p, NULL);
}


/*
 * <iframe srcdoc="...">: an HTML document in an attribute.  It is decoded
 * and scanned as a page of its own: its elements and inline scripts are
 * classified, and the iframe needs all their categories.  A srcdoc inside
 * a srcdoc is looked at too, to a depth of 3.
 */
static privacy_mask_t
ngx_http_privacy_srcdoc(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a)
{
    u_char                *doc, *buf;
    size_t                 len, text;
    uint64_t               bad;
    ngx_str_t              v;
    size_t                 n;
    ngx_uint_t             url_attr, third, in_script, in_style;
    privacy_mask_t         cat, style;
    privacy_html_t        *sc;
    privacy_html_event_t   ev;
    privacy_html_event_e   e;

    if (ctx->srcdoc_depth >= 3) {
        return 0;
    }

    v = ngx_http_privacy_decoded(ctx, a);
    len = v.len;

    sc = ngx_palloc(r->pool, sizeof(privacy_html_t));
    doc = ngx_pnalloc(r->pool, len + 1);
    buf = ngx_pnalloc(r->pool, ctx->conf->html_max_tag);

    if (sc == NULL || doc == NULL || buf == NULL
        || privacy_html_init(sc, buf, ctx->conf->html_max_tag) != 0)
    {
        return NGX_HTTP_PRIVACY_DENY_BIT;   /* cannot look: not granted */
    }

    privacy_html_report(sc, NGX_HTTP_PRIVACY_REPORT);

    ngx_memcpy(doc, v.data, len);

    ctx->srcdoc_depth++;

    cat = 0;
    text = 0;
    in_script = 0;
    in_style = 0;

    (void) privacy_html_feed(sc, doc, len, 1);

    while ((e = privacy_html_next(sc, &ev)) != PRIVACY_HTML_DONE) {

        if (e == PRIVACY_HTML_OVERFLOW) {
            cat |= NGX_HTTP_PRIVACY_DENY_BIT;
            break;
        }

        if (e != PRIVACY_HTML_TAG) {
            continue;
        }

        if (ev.el == PRIVACY_HTML_SCRIPT) {
            if (!ev.is_end && privacy_html_attr(&ev, "src") == NULL
                && ngx_http_privacy_inline_runs(ctx, &ev))
            {
                in_script = 1;
                text = ev.off + ev.len;
                continue;
            }

            if (ev.is_end && in_script) {
                in_script = 0;
                cat |= ngx_http_privacy_inline_category(r, ctx, doc + text,
                                                        ev.off - text);
                continue;
            }
        }

        if (ev.el == PRIVACY_HTML_STYLE && !ev.foreign) {
            if (!ev.is_end && ngx_http_privacy_style_runs(ctx, &ev)) {
                in_style = 1;
                text = ev.off + ev.len;
                continue;
            }

            if (ev.is_end && in_style) {
                in_style = 0;
                n = ev.off - text;
                cat |= ngx_http_privacy_css(r, ctx, doc + text, &n);
                continue;
            }
        }

        if (ev.is_end || ev.truncated) {
            cat |= ev.truncated ? NGX_HTTP_PRIVACY_DENY_BIT : 0;
            continue;
        }

        url_attr = 0;
        third = 0;
        cat |= ngx_http_privacy_fetches(r, ctx, &ev, &bad, &url_attr, &third,
                                        &style);
        cat |= style;
    }

    if (in_script) {
        cat |= ngx_http_privacy_inline_category(r, ctx, doc + text,
                                                len - text);
    }

    if (in_style) {
        n = len - text;
        cat |= ngx_http_privacy_css(r, ctx, doc + text, &n);
    }

    ctx->srcdoc_depth--;

    return cat;
}


/* --- CSS: style attributes and <style> text ----------------------------- */

typedef struct {
    ngx_http_request_t           *r;
    ngx_http_privacy_html_ctx_t  *ctx;
    privacy_mask_t                cat;      /* of every URL */
} ngx_http_privacy_css_judge_t;


static int
ngx_http_privacy_css_judge(void *data, const unsigned char *url, size_t len)
{
    privacy_mask_t                 c;
    ngx_http_privacy_css_judge_t  *j;

    j = data;
    c = ngx_http_privacy_url(j->r, j->ctx, (u_char *) url, len, NULL);
    j->cat |= c;

    return (c & ~j->ctx->d->granted) != 0;
}


/*
 * Whether CSS can fetch at all: url( and image-set( need a "(" and
 * @import an "@" (escapes cannot make either), and a character reference
 * could hide them in an attribute.  Most style attributes have none.
 */
static ngx_uint_t
ngx_http_privacy_css_may_fetch(const u_char *p, size_t len)
{
    const u_char  *end;

    for (end = p + len; p < end; p++) {
        if (*p == '(' || *p == '@' || *p == '&') {
            return 1;
        }
    }

    return 0;
}


/*
 * The categories the CSS text[0 .. *len) fetches (url(), @import,
 * image-set(), each resolved against the document's base); in place, the
 * URLs that are not granted are made inert (lib/privacy_css.c) and *len
 * is the new length.
 */
static privacy_mask_t
ngx_http_privacy_css(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    u_char *text, size_t *len)
{
    size_t                        n;
    ngx_http_privacy_css_judge_t  j;

    if (!ngx_http_privacy_css_may_fetch(text, *len)) {
        return 0;
    }

    if (ctx->css_url == NULL) {
        ctx->css_url = ngx_pnalloc(r->pool, NGX_HTTP_PRIVACY_INLINE_URL);
        if (ctx->css_url == NULL) {
            return NGX_HTTP_PRIVACY_DENY_BIT;   /* cannot look: not granted */
        }
    }

    j.r = r;
    j.ctx = ctx;
    j.cat = 0;

    *len = privacy_css_inert(text, text, *len, ctx->css_url,
                             NGX_HTTP_PRIVACY_INLINE_URL,
                             ngx_http_privacy_css_judge, &j, &n);

    return j.cat;
}


/*
 * A style attribute with the URLs that are not granted made inert, quoted
 * anew ("&" and the quote as references); renamed to data-privacy-style
 * when it would pass end.
 */
static u_char *
ngx_http_privacy_put_style(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *p, u_char *end,
    const privacy_html_attr_t *a)
{
    u_char     *q;
    size_t      i, need;
    ngx_str_t   v;

    v = ngx_http_privacy_decoded(ctx, a);
    (void) ngx_http_privacy_css(r, ctx, v.data, &v.len);

    need = sizeof(" style=\"\"") - 1 + a->name_len;

    for (i = 0; i < v.len; i++) {
        need += (v.data[i] == '&') ? 5 : (v.data[i] == '"') ? 6 : 1;
    }

    if (p + need > end) {
        return ngx_http_privacy_put_attr(p, a, "data-privacy-", NULL);
    }

    *p++ = ' ';
    p = ngx_cpymem(p, a->name, a->name_len);
    *p++ = '=';
    *p++ = '"';

    for (q = v.data; q < v.data + v.len; q++) {
        if (*q == '&') {
            p = ngx_cpymem(p, "&amp;", 5);

        } else if (*q == '"') {
            p = ngx_cpymem(p, "&quot;", 6);

        } else {
            *p++ = *q;
        }
    }

    *p++ = '"';

    return p;
}


/* an SVG element whose href loads: script, feImage, use */
static ngx_uint_t
ngx_http_privacy_svg_href(privacy_html_event_t *ev)
{
    return ev->foreign && (ev->el == PRIVACY_HTML_SCRIPT
                           || ev->el == PRIVACY_HTML_FEIMAGE
                           || ev->el == PRIVACY_HTML_USE);
}


/*
 * What kind of fetch an attribute of this element makes the browser do,
 * if any: one URL, a list (srcset), a ping list, a refresh, an HTML
 * document (srcdoc).
 */

static ngx_uint_t
ngx_http_privacy_fetch_kind(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, const privacy_html_attr_t *a)
{
    ngx_str_t                   v;
    privacy_html_el_e           el;
    const privacy_html_attr_t  *t;

    el = ev->el;

    switch (a->name_len) {

    case 3:
        if (ngx_http_privacy_attr_is(a, "src")) {
            if (el == PRIVACY_HTML_INPUT) {
                /* only an image button loads its src */
                t = privacy_html_attr(ev, "type");
                if (t == NULL || t->value == NULL) {
                    return NGX_HTTP_PRIVACY_FETCH_NONE;
                }

                v = ngx_http_privacy_decoded(ctx, t);

                return (v.len == 5
                        && ngx_strncasecmp(v.data, (u_char *) "image", 5)
                           == 0)
                       ? NGX_HTTP_PRIVACY_FETCH_URL
                       : NGX_HTTP_PRIVACY_FETCH_NONE;
            }

            return (el == PRIVACY_HTML_IMG || el == PRIVACY_HTML_IMAGE
                    || el == PRIVACY_HTML_SCRIPT || el == PRIVACY_HTML_IFRAME
                    || el == PRIVACY_HTML_FRAME || el == PRIVACY_HTML_EMBED
                    || el == PRIVACY_HTML_SOURCE || el == PRIVACY_HTML_AUDIO
                    || el == PRIVACY_HTML_VIDEO || el == PRIVACY_HTML_TRACK)
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 4:
        if (ngx_http_privacy_attr_is(a, "href")) {
            return (el == PRIVACY_HTML_LINK || el == PRIVACY_HTML_IMAGE
                    || ngx_http_privacy_svg_href(ev))
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (ngx_http_privacy_attr_is(a, "data")) {
            return el == PRIVACY_HTML_OBJECT ? NGX_HTTP_PRIVACY_FETCH_URL
                                             : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (ngx_http_privacy_attr_is(a, "ping")) {
            return (el == PRIVACY_HTML_A || el == PRIVACY_HTML_AREA)
                   ? NGX_HTTP_PRIVACY_FETCH_PING : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 5:
        /* on any element: backgrounds, list images, generated content */
        if (ngx_http_privacy_attr_is(a, "style")) {
            return NGX_HTTP_PRIVACY_FETCH_STYLE;
        }

        break;

    case 6:
        if (ngx_http_privacy_attr_is(a, "srcset")) {
            return (el == PRIVACY_HTML_IMG || el == PRIVACY_HTML_IMAGE
                    || el == PRIVACY_HTML_SOURCE)
                   ? NGX_HTTP_PRIVACY_FETCH_LIST : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (ngx_http_privacy_attr_is(a, "poster")) {
            return el == PRIVACY_HTML_VIDEO ? NGX_HTTP_PRIVACY_FETCH_URL
                                            : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (ngx_http_privacy_attr_is(a, "srcdoc")) {
            return el == PRIVACY_HTML_IFRAME ? NGX_HTTP_PRIVACY_FETCH_SRCDOC
                                             : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 7:
        if (el == PRIVACY_HTML_META && ngx_http_privacy_attr_is(a, "content"))
        {
            t = privacy_html_attr(ev, "http-equiv");
            if (t == NULL || t->value == NULL) {
                return NGX_HTTP_PRIVACY_FETCH_NONE;
            }

            v = ngx_http_privacy_decoded(ctx, t);

            return (v.len == 7
                    && ngx_strncasecmp(v.data, (u_char *) "refresh", 7) == 0)
                   ? NGX_HTTP_PRIVACY_FETCH_REFRESH
                   : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 10:
        if (ngx_http_privacy_attr_is(a, "background")) {
            return (el == PRIVACY_HTML_BODY || el == PRIVACY_HTML_TABLE
                    || el == PRIVACY_HTML_TD || el == PRIVACY_HTML_TH)
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (ngx_http_privacy_attr_is(a, "xlink:href")) {
            return (el == PRIVACY_HTML_IMAGE || ngx_http_privacy_svg_href(ev))
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 11:
        if (ngx_http_privacy_attr_is(a, "imagesrcset")) {
            return el == PRIVACY_HTML_LINK ? NGX_HTTP_PRIVACY_FETCH_LIST
                                           : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;
    }

    return NGX_HTTP_PRIVACY_FETCH_NONE;
}


/*
 * The categories of what the element's attributes fetch; *bad gets a bit
 * per attribute (of the first 64) that fetches something not granted.
 * What its style attribute fetches goes to *style instead: the element
 * can stay with only those URLs made inert.
 */
static privacy_mask_t
ngx_http_privacy_fetches(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    uint64_t *bad, ngx_uint_t *url_attr, ngx_uint_t *third_party,
    privacy_mask_t *style)
{
    size_t                      i;
    ngx_str_t                   v;
    ngx_uint_t                  kind;
    privacy_mask_t              cat, c;
    const privacy_html_attr_t  *a;

    cat = 0;
    *bad = 0;
    *style = 0;

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        if (a->dup || a->value == NULL) {
            continue;
        }

        kind = ngx_http_privacy_fetch_kind(ctx, ev, a);

        switch (kind) {

        case NGX_HTTP_PRIVACY_FETCH_URL:
            v = ngx_http_privacy_decoded(ctx, a);
            c = ngx_http_privacy_url(r, ctx, v.data, v.len, third_party);
            *url_attr = 1;
            break;

        case NGX_HTTP_PRIVACY_FETCH_LIST:
            c = ngx_http_privacy_url_list(r, ctx, a, 1);
            break;

        case NGX_HTTP_PRIVACY_FETCH_PING:
            c = ngx_http_privacy_url_list(r, ctx, a, 0);
            break;

        case NGX_HTTP_PRIVACY_FETCH_REFRESH:
            c = ngx_http_privacy_refresh(r, ctx, a);
            break;

        case NGX_HTTP_PRIVACY_FETCH_SRCDOC:
            c = ngx_http_privacy_srcdoc(r, ctx, a);
            break;

        case NGX_HTTP_PRIVACY_FETCH_STYLE:
            if (!ngx_http_privacy_css_may_fetch(a->value, a->value_len)) {
                continue;
            }

            v = ngx_http_privacy_decoded(ctx, a);
            c = ngx_http_privacy_css(r, ctx, v.data, &v.len);

            if (i < 64 && (c & ~ctx->d->granted)) {
                *bad |= (uint64_t) 1 << i;
            }

            *style |= c;
            continue;

        default:
            continue;
        }

        if (i < 64 && (c & ~ctx->d->granted)) {
            *bad |= (uint64_t) 1 << i;
        }

        cat |= c;
    }

    return cat;
}


/*
 * Elements that stay when what they fetch is not granted: only the
 * attributes that fetch it go (a ping) or are made inert (a video's
 * poster, a table's background, an image button's src).
 */
static ngx_uint_t
ngx_http_privacy_keeps_element(privacy_html_el_e el)
{
    return el == PRIVACY_HTML_A || el == PRIVACY_HTML_AREA
           || el == PRIVACY_HTML_VIDEO || el == PRIVACY_HTML_AUDIO
           || el == PRIVACY_HTML_INPUT || el == PRIVACY_HTML_BODY
           || el == PRIVACY_HTML_TABLE || el == PRIVACY_HTML_TD
           || el == PRIVACY_HTML_TH;
}


/*
 * privacy_consent_mode: the defaults script from the decision, made the
 * rewrite of a <head> start tag (the tag, then the script), or emitted
 * before any other first tag, which is decided as usual
 */
static ngx_int_t
ngx_http_privacy_consent_mode_first(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out)
{
    u_char     *p;
    ngx_str_t   script;

    if (ngx_http_privacy_consent_mode_script(r, ctx->conf, ctx->d->granted,
                                             &script)
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    if (ev->el != PRIVACY_HTML_HEAD) {
        return ngx_http_privacy_emit_copy(r, ctx, script.data, script.len);
    }

    p = ngx_pnalloc(r->pool, ev->tag_len + script.len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    out->data = p;
    p = ngx_cpymem(p, ev->tag, ev->tag_len);
    p = ngx_cpymem(p, script.data, script.len);
    out->len = p - out->data;

    return NGX_OK;
}


/*
 * An attribute value holds "</noscript" (any case) followed by a blank,
 * "/", ">" or the end of the value: the end tag a browser with JavaScript
 * reads there
 */
static ngx_uint_t
ngx_http_privacy_noscript_ends(privacy_html_event_t *ev)
{
    size_t                      i;
    u_char                      c;
    const u_char               *p, *end, *last;
    const privacy_html_attr_t  *a;

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        if (a->value == NULL || a->value_len < 10) {
            continue;
        }

        last = a->value + a->value_len;
        end = last - 10;

        for (p = a->value; p <= end; p++) {
            p = ngx_strlchr((u_char *) p, (u_char *) end + 1, '<');

            if (p == NULL) {
                break;
            }

            if (p[1] != '/'
                || ngx_strncasecmp((u_char *) p + 2, (u_char *) "noscript", 8)
                   != 0)
            {
                continue;
            }

            c = (p + 10 < last) ? p[10] : '>';

            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                || c == '/' || c == '>')
            {
                return 1;
            }
        }
    }

    return 0;
}


static ngx_int_t
ngx_http_privacy_tag(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, ngx_str_t *out)
{
    uint64_t                    bad;
    ngx_uint_t                  explicit, third_party, url_attr;
    privacy_mask_t              cat, granted, style;
    privacy_html_event_t        full;

    if (!ctx->cm_done && ctx->conf->consent_mode && !ev->is_end
        && !ev->foreign && r == r->main)
    {
        /* the consent defaults go first: after <head>, or before the
         * first element that could load a tag when the head is implied */

        ctx->cm_done = 1;

        if (ngx_http_privacy_consent_mode_first(r, ctx, ev, out) != NGX_OK) {
            return NGX_ERROR;
        }

        if (ev->el == PRIVACY_HTML_HEAD) {
            return NGX_HTTP_PRIVACY_REWRITE;
        }
    }

    if (ev->el == PRIVACY_HTML_NOSCRIPT || ev->el == PRIVACY_HTML_HEAD) {
        return NGX_HTTP_PRIVACY_KEEP;
    }

    if (ev->in_noscript && !ev->is_end && ngx_http_privacy_noscript_ends(ev)) {
        /*
         * With JavaScript the noscript ends inside this tag's value and
         * the rest of the value is markup that the scanner read as text:
         * the tag goes
         */
        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "privacy: <%*s> in <noscript> with \"</noscript\" "
                      "in a value removed", ev->name_len, ev->name);
        ctx->removed++;
        ngx_http_privacy_status_element(r, 0);
        return NGX_HTTP_PRIVACY_REMOVE;
    }

    if (ev->is_end) {
        if (ev->el == PRIVACY_HTML_BODY && ctx->ph_used && !ctx->ph_form) {
            /* the form the placeholders' buttons name, outside any form */
            ctx->ph_form = 1;

            if (ngx_http_privacy_emit_copy(r, ctx,
                                           (u_char *) NGX_HTTP_PRIVACY_PH_FORM,
                                           sizeof(NGX_HTTP_PRIVACY_PH_FORM) - 1)
                != NGX_OK)
            {
                return NGX_ERROR;
            }
        }

        if (ev->el == PRIVACY_HTML_BODY && ctx->conf->banner.len
            && !ctx->banner_done && r == r->main)
        {
            return ngx_http_privacy_banner_insert(r, ctx, ev, out);
        }

        return NGX_HTTP_PRIVACY_KEEP;
    }

    if (ev->el == PRIVACY_HTML_BASE) {
        return ngx_http_privacy_base(r, ctx, ev) == NGX_OK
               ? NGX_HTTP_PRIVACY_KEEP : NGX_ERROR;
    }

    if (ev->el == PRIVACY_HTML_STYLE && !ev->foreign) {
        return ngx_http_privacy_style_runs(ctx, ev) ? NGX_HTTP_PRIVACY_HOLD
                                                    : NGX_HTTP_PRIVACY_KEEP;
    }

    if (ev->truncated) {
        /*
         * More attributes than the scanner records: a URL could hide
         * behind them, so the whole tag is parsed again with more room.
         */

        if (ctx->many == NULL) {
            ctx->many = ngx_palloc(r->pool, NGX_HTTP_PRIVACY_MANY_ATTRS
                                            * sizeof(privacy_html_attr_t));
            if (ctx->many == NULL) {
                return NGX_ERROR;
            }
        }

        full = *ev;

        if (privacy_html_parse(ev->tag, ev->tag_len, &full, ctx->many,
                               NGX_HTTP_PRIVACY_MANY_ATTRS)
            != 0
            || full.truncated)
        {
            /*
             * Past the limit the element cannot be examined: a tracker
             * could hide in it, so it goes whatever privacy_fail says
             */
            ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                          "privacy: <%*s> with more than %ui attributes "
                          "removed unexamined",
                          ev->name_len, ev->name,
                          (ngx_uint_t) NGX_HTTP_PRIVACY_MANY_ATTRS);
            ctx->removed++;
            ngx_http_privacy_status_element(r, 0);
            return NGX_HTTP_PRIVACY_REMOVE;
        }

        full.foreign = ev->foreign;
        ev = &full;
    }

    granted = ctx->d->granted;

    if (ev->el == PRIVACY_HTML_LINK && !ngx_http_privacy_link_loads(ctx, ev)) {
        return NGX_HTTP_PRIVACY_KEEP;
    }

    /*
     * CMP markup names the category of embeds and scripts, not of links,
     * of backgrounds or of elements reported for their style
     */
    cat = (ev->el == PRIVACY_HTML_A || ev->el == PRIVACY_HTML_AREA
           || ev->el == PRIVACY_HTML_BODY || ev->el == PRIVACY_HTML_TABLE
           || ev->el == PRIVACY_HTML_TD || ev->el == PRIVACY_HTML_TH
           || ev->el == PRIVACY_HTML_OTHER || ev->el >= PRIVACY_HTML_NOEMBED)
          ? 0 : ngx_http_privacy_markup(r, ctx, ev);
    explicit = (cat != 0);
    third_party = 0;
    url_attr = 0;
    bad = 0;
    style = 0;

    if (!explicit) {
        ctx->unknown = NULL;

        cat = ngx_http_privacy_fetches(r, ctx, ev, &bad, &url_attr,
                                       &third_party, &style);

        if (cat == 0 && ctx->unknown
            && (ev->el == PRIVACY_HTML_SCRIPT || ev->el == PRIVACY_HTML_IMG
                || ev->el == PRIVACY_HTML_IFRAME))
        {
            /* discovery: which third-party hosts the rules miss */
            ctx->unknown->listed = 1;
            ngx_http_privacy_status_unknown_host(r,
                                    ctx->unknown->host + ctx->unknown->plain_off,
                                    ctx->unknown->plain_len);
        }

        ctx->unknown = NULL;

        if (cat == 0 && ev->el == PRIVACY_HTML_IMG && url_attr && third_party
            && ctx->conf->unknown_pixel
            && ngx_http_privacy_pixel_shape(ctx, ev))
        {
            cat = ctx->conf->unknown_pixel;
            bad = ~(uint64_t) 0;
        }
    }

    if ((cat & ~granted) == 0 && (style & ~granted)) {
        /* the element stays; the URLs of its style that are not granted
         * are made inert */
        ngx_http_privacy_status_element(r, style & ~granted);
        ctx->removed++;
        return ngx_http_privacy_rebuild(r, ctx, ev, NGX_HTTP_PRIVACY_INERT,
                                        bad, out);
    }

    if (cat == 0 || (cat & ~granted) == 0) {

        if (explicit && ctx->conf->html_activate
            && ngx_http_privacy_page_blocked(ctx, ev))
        {
            return ngx_http_privacy_rebuild(r, ctx, ev,
                                            NGX_HTTP_PRIVACY_ACTIVATE, 0, out);
        }

        if (!explicit && ev->el == PRIVACY_HTML_SCRIPT
            && ngx_http_privacy_inline_runs(ctx, ev))
        {
            return NGX_HTTP_PRIVACY_HOLD;
        }

        return NGX_HTTP_PRIVACY_KEEP;
    }

    ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "privacy html: <%*s> not granted", ev->name_len, ev->name);

    ngx_http_privacy_status_element(r, cat & ~granted);

    if (!explicit && ngx_http_privacy_keeps_element(ev->el)) {
        /* the element stays; what it fetches does not */
        ctx->removed++;
        return ngx_http_privacy_rebuild(r, ctx, ev, NGX_HTTP_PRIVACY_INERT,
                                        bad, out);
    }

    if (ctx->conf->html_action == NGX_HTTP_PRIVACY_ACTION_REMOVE) {
        if (ev->el == PRIVACY_HTML_IFRAME && ctx->conf->placeholder
            && ngx_http_privacy_iframe_placeholder(r, ctx, ev, cat & ~granted)
               != NGX_OK)
        {
            return NGX_ERROR;
        }

        return NGX_HTTP_PRIVACY_REMOVE;
    }

    ctx->removed++;

    if (explicit && ngx_http_privacy_page_blocked(ctx, ev)) {
        /* inert already: the page blocked it itself */
        return NGX_HTTP_PRIVACY_KEEP;
    }

    return ngx_http_privacy_rebuild(r, ctx, ev, NGX_HTTP_PRIVACY_NEUTRALIZE, 0,
                                    out);
}


/* --- gzip from the upstream ------------------------------------------- */

static ngx_int_t
ngx_http_privacy_inflate(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t **out)
{
    int          rc;
    ngx_buf_t   *zb, *in;
    ngx_uint_t   i;

    for ( ;; ) {

        if (ctx->zin == NULL) {
            if (ctx->in == NULL) {
                return NGX_DONE;
            }

            ctx->zin = ctx->in->buf;
            ctx->in = ctx->in->next;
        }

        in = ctx->zin;

        if (ctx->zdone || !ngx_buf_in_memory(in) || in->pos == in->last) {
            /* no data (or data after the gzip member): pass the flags on */

            if (ngx_buf_size(in) && ctx->zdone) {
                ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                              "privacy: bytes after the end of the gzip "
                              "body ignored");
            }

            in->pos = in->last;

            if (in->last_buf && !ctx->zdone) {
                ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                              "privacy: the upstream's gzip body is "
                              "truncated");
            }

            ctx->zin = NULL;
            *out = in;
            return NGX_OK;
        }

        /* a free inflate buf: everything pointing into it was sent */

        zb = NULL;

        for (i = 0; i < NGX_HTTP_PRIVACY_INFLATE_BUFS; i++) {
            if (ctx->zbufs[i] == NULL) {
                ctx->zbufs[i] = ngx_create_temp_buf(r->pool,
                                                NGX_HTTP_PRIVACY_INFLATE_SIZE);
                if (ctx->zbufs[i] == NULL) {
                    return NGX_ERROR;
                }

                ctx->zbufs[i]->pos = ctx->zbufs[i]->last;
            }

            if (ctx->zbufs[i]->pos == ctx->zbufs[i]->last) {
                zb = ctx->zbufs[i];
                break;
            }
        }

        if (zb == NULL) {
            return NGX_AGAIN;
        }

        if (!ctx->zstarted) {
            ctx->zstream.zalloc = Z_NULL;
            ctx->zstream.zfree = Z_NULL;
            ctx->zstream.opaque = Z_NULL;

            /* 16 + MAX_WBITS: gzip wrapper only */
            if (inflateInit2(&ctx->zstream, MAX_WBITS + 16) != Z_OK) {
                return NGX_ERROR;
            }

            ctx->zstarted = 1;
        }

        zb->pos = zb->start;
        zb->last = zb->start;
        zb->last_buf = 0;
        zb->last_in_chain = 0;
        zb->flush = 0;
        zb->recycled = 1;        /* ask for a flush: these bufs are few */
        zb->shadow = NULL;

        ctx->zstream.next_in = in->pos;
        ctx->zstream.avail_in = in->last - in->pos;
        ctx->zstream.next_out = zb->start;
        ctx->zstream.avail_out = zb->end - zb->start;

        rc = inflate(&ctx->zstream, Z_NO_FLUSH);

        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                          "privacy: the upstream's gzip body is corrupt "
                          "(inflate: %i), response ended", (ngx_int_t) rc);
            return NGX_ERROR;
        }

        in->pos = ctx->zstream.next_in;
        zb->last = ctx->zstream.next_out;

        if (rc == Z_STREAM_END) {
            ctx->zdone = 1;
        }

        if (in->pos == in->last) {
            if (in->last_buf && !ctx->zdone) {
                ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                              "privacy: the upstream's gzip body is "
                              "truncated");
            }

            zb->last_buf = in->last_buf;
            zb->last_in_chain = in->last_in_chain;
            zb->flush = in->flush;
            ctx->zin = NULL;
        }

        if (zb->last == zb->pos && !zb->last_buf && !zb->last_in_chain
            && !zb->flush)
        {
            /* nothing came out yet: read on */
            zb->pos = zb->last;
            continue;
        }

        *out = zb;
        return NGX_OK;
    }
}


/* whether an inflate buf is free (or not yet allocated) */
static ngx_uint_t
ngx_http_privacy_inflate_room(ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_uint_t  i;

    for (i = 0; i < NGX_HTTP_PRIVACY_INFLATE_BUFS; i++) {
        if (ctx->zbufs[i] == NULL || ctx->zbufs[i]->pos == ctx->zbufs[i]->last)
        {
            return 1;
        }
    }

    return 0;
}


static void
ngx_http_privacy_inflate_end(void *data)
{
    ngx_http_privacy_html_ctx_t  *ctx = data;

    if (ctx->zstarted) {
        inflateEnd(&ctx->zstream);
        ctx->zstarted = 0;
    }
}


/*
 * Link response headers that make the browser contact a tracker host
 * (preconnect, preload, ...): each non-granted entry is removed.
 */
ngx_int_t
ngx_http_privacy_link_headers(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf)
{
    u_char                         *p, *end, *s, *e, *u, *ue, *q, *value;
    privacy_mask_t                  cat;
    ngx_table_elt_t                *h;
    ngx_http_privacy_decision_t    *d;
    ngx_http_privacy_html_ctx_t     tmp;
    ngx_http_privacy_header_iter_t  it;

    d = NULL;

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->hash == 0 || h->key.len != 4
            || ngx_strncasecmp(h->key.data, (u_char *) "link", 4) != 0
            || h->value.len > 4096)
        {
            continue;
        }

        if (d == NULL) {
            d = ngx_http_privacy_decide(r);
            if (d == NULL) {
                return NGX_ERROR;
            }

            ngx_memzero(&tmp, sizeof(tmp));
            tmp.conf = plcf;

            if (ngx_http_privacy_url_init(r, &tmp, 4096) != NGX_OK) {
                return NGX_ERROR;
            }
        }

        value = ngx_pnalloc(r->pool, 2 * h->value.len);
        if (value == NULL) {
            return NGX_ERROR;
        }

        q = value;
        p = h->value.data;
        end = p + h->value.len;

        /* entries: <url>; params, <url>; params */

        while (p < end) {
            while (p < end && (*p == ' ' || *p == '\t' || *p == ',')) {
                p++;
            }

            if (p == end) {
                break;
            }

            s = p;
            u = ngx_strlchr(p, end, '<');
            ue = u ? ngx_strlchr(u, end, '>') : NULL;
            e = ue ? ngx_strlchr(ue, end, ',') : NULL;

            if (e == NULL) {
                e = end;
            }

            p = e;

            if (ue) {
                cat = ngx_http_privacy_url(r, &tmp, u + 1, ue - u - 1, NULL);

                if (cat && (cat & ~d->granted)) {
                    continue;
                }
            }

            while (e > s && (e[-1] == ' ' || e[-1] == '\t')) {
                e--;
            }

            if (q != value) {
                *q++ = ',';
                *q++ = ' ';
            }

            q = ngx_cpymem(q, s, e - s);
        }

        if (q == value) {
            h->hash = 0;

        } else {
            h->value.data = value;
            h->value.len = q - value;
        }
    }

    return NGX_OK;
}


/* $privacy_elements_removed */
ngx_uint_t
ngx_http_privacy_elements_removed(ngx_http_request_t *r)
{
    ngx_http_privacy_ctx_t       *ctx;
    ngx_http_privacy_html_ctx_t  *hc;

    ctx = ngx_http_get_module_ctx(r, ngx_http_privacy_module);

    if (ctx == NULL || ctx->html == NULL) {
        return 0;
    }

    hc = ctx->html;

    return hc->removed;
}
