/*
 * Streaming HTML enforcement: the body filter pushes the response through
 * the nginx-free tag scanner (lib/privacy_html) and removes or neutralises
 * the tracker elements of categories that are not granted.  Bytes outside
 * changed elements go out zero-copy, as bufs pointing into the input; the
 * memory of a request is bounded by privacy_html_max_tag, never by the body.
 * Upstream gzip is inflated first, so that nothing passes unscanned.
 *
 * This file: the request rewrite, the header decision, the body filter and
 * its event loop, what a page gets inserted, and the decision for each
 * element, which asks html_url.c what the element fetches and html_tag.c
 * what becomes of it; gzip is inflate.c's, the filter's own bufs are
 * html_out.c's, Link headers link.c's.
 */
#include "ngx_http_privacy_html.h"
#include "ngx_http_privacy_html_types.h"
#include "ngx_http_privacy_inflate.h"
#include "ngx_http_privacy_html_out.h"
#include "ngx_http_privacy_html_url.h"
#include "ngx_http_privacy_html_tag.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_status.h"
#include "ngx_http_privacy_util.h"
#include "ngx_http_privacy_consent_mode.h"
#include "privacy_css.h"
#include "privacy_inline.h"
#include "ngx_http_privacy_placeholder.h"
#include "privacy_html.h"


/*
 * r->buffered has four bits and all are taken (SSI 1, SUB 2, COPY 4,
 * IMAGE 8).  The image filter never sees HTML, so its bit is safe to reuse
 * while we wait for our inflate buffers to drain.
 */
#define NGX_HTTP_PRIVACY_BUFFERED     0x08


ngx_http_output_body_filter_pt  ngx_http_privacy_next_body_filter;


static ngx_inline ngx_uint_t ngx_http_privacy_end_follows(
    ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx);
static void ngx_http_privacy_release_sent(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_scan(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_next_buf(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_inline ngx_uint_t ngx_http_privacy_buf_is_last(
    ngx_http_request_t *r, ngx_buf_t *b);
static ngx_int_t ngx_http_privacy_scan_tag(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static ngx_inline ngx_int_t ngx_http_privacy_keep(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static ngx_int_t ngx_http_privacy_drop(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static ngx_int_t ngx_http_privacy_lost(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_overflow(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static ngx_int_t ngx_http_privacy_buf_done(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_css_buf(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_css_out(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t len);
static void ngx_http_privacy_css_over(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const char *what);
static ngx_uint_t ngx_http_privacy_is_css(ngx_http_request_t *r);
static ngx_int_t ngx_http_privacy_tag(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out);
static ngx_inline ngx_int_t ngx_http_privacy_emit_span(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t *src, size_t off,
    size_t len);
static ngx_int_t ngx_http_privacy_emit_flags(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t *src);
static ngx_int_t ngx_http_privacy_inline_hold(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
static ngx_int_t ngx_http_privacy_inline_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *held, size_t held_len,
    const u_char *p, size_t len);
static ngx_int_t ngx_http_privacy_style_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len);
static ngx_int_t ngx_http_privacy_style_part(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t len);
static ngx_int_t ngx_http_privacy_style_over(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
static ngx_int_t ngx_http_privacy_element(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out);
static ngx_int_t ngx_http_privacy_banner_text(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_str_t *text);
static ngx_uint_t ngx_http_privacy_banner_choice(
    ngx_http_privacy_loc_conf_t *plcf);
static ngx_int_t ngx_http_privacy_banner_insert(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out);
static ngx_int_t ngx_http_privacy_consent_mode_first(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out);


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


/* the response is a stylesheet: Content-Type text/css, any case */
static ngx_uint_t
ngx_http_privacy_is_css(ngx_http_request_t *r)
{
    return r->headers_out.content_type_len == sizeof("text/css") - 1
           && ngx_strncasecmp(r->headers_out.content_type.data,
                              (u_char *) "text/css", sizeof("text/css") - 1)
              == 0;
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
    size_t                         size;
    u_char                        *buf;
    ngx_uint_t                     css;
    ngx_table_elt_t               *ce;
    ngx_pool_cleanup_t            *cln;
    ngx_http_privacy_html_ctx_t   *hc;

    if (!plcf->html
        || r->headers_out.status != NGX_HTTP_OK
        || (r->method & NGX_HTTP_HEAD)
        || r->headers_out.content_length_n == 0)
    {
        return NGX_OK;
    }

    /*
     * A stylesheet is read as CSS, whatever privacy_html_types says: the
     * site's own /site.css can @import or url() a tracker (Chromium
     * fetched both through the gateway when it passed unread)
     */
    css = ngx_http_privacy_is_css(r);

    if (css ? plcf->html_max_inline == 0
            : ngx_http_test_content_type(r, &plcf->html_types) == NULL)
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

    /*
     * Zeroed but for the scanner's state, which privacy_html_init()
     * clears itself: more than half of the ctx
     */
    hc = ngx_palloc(r->pool, sizeof(ngx_http_privacy_html_ctx_t));
    if (hc == NULL) {
        return NGX_ERROR;
    }

    ngx_memzero(hc, offsetof(ngx_http_privacy_html_ctx_t, sc));
    ngx_memzero((u_char *) hc + offsetof(ngx_http_privacy_html_ctx_t, sc)
                + sizeof(privacy_html_t),
                sizeof(ngx_http_privacy_html_ctx_t)
                - offsetof(ngx_http_privacy_html_ctx_t, sc)
                - sizeof(privacy_html_t));

    hc->conf = plcf;
    hc->d = ngx_http_privacy_decide(r);
    if (hc->d == NULL) {
        return NGX_ERROR;
    }

    /*
     * Decoded values; the parsed URL and the one the rules look at.  A
     * stylesheet is never scanned as markup: no values to decode, and the
     * scanner (kept valid) gets the smallest buffer it takes.
     */

    if (ngx_http_privacy_url_init(r, hc, plcf->html_max_tag) != NGX_OK) {
        return NGX_ERROR;
    }

    size = css ? PRIVACY_HTML_MIN_TAG : plcf->html_max_tag;

    /* the scanner's buffer, then scratch: one allocation, one malloc() */
    buf = ngx_pnalloc(r->pool, css ? size : size + plcf->html_max_tag + 1024);
    if (buf == NULL) {
        return NGX_ERROR;
    }

    if (!css) {
        hc->scratch = buf + size;
    }

    if (privacy_html_init(&hc->sc, buf, size) != 0) {
        return NGX_ERROR;
    }

    privacy_html_report(&hc->sc, NGX_HTTP_PRIVACY_REPORT
                                 | (plcf->consent_mode
                                    ? PRIVACY_HTML_REPORT_HEAD : 0));

    hc->last_out = &hc->out;
    hc->css_file = css;

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

    if (!css && ngx_http_privacy_banner_choice(plcf) && r == r->main
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

        if (scan == NGX_OK && ngx_http_privacy_end_follows(r, ctx)) {
            rc = NGX_OK;
            break;
        }

        rc = ngx_http_privacy_next_body_filter(r, ctx->out);

        if (rc == NGX_ERROR) {
            return NGX_ERROR;
        }

        ngx_http_privacy_release_sent(r, ctx);

        if (scan != NGX_AGAIN || !ngx_http_privacy_own_room(ctx)
            || !ngx_http_privacy_inflate_room(ctx))
        {
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


/*
 * All the upstream sent is scanned and its last buf follows in this same
 * event: with buffering, ngx_http_upstream_process_request() finalizes the
 * request as soon as the pipe has passed everything on, when the response
 * is complete (its length read, or the end of one delimited by the close,
 * as an HTTP/1.0 upstream sends a page without Content-Length).  What we
 * have waits for it, so that the end of the page and the chunked
 * encoding's last chunk (HTTP/2: END_STREAM) leave in one write, not in
 * two.  Not without buffering: nginx then finalizes only once every input
 * buf is sent (u->busy_bufs), which waiting would prevent; not while
 * earlier output still waits for the client, nor for a subrequest.
 */
static ngx_inline ngx_uint_t
ngx_http_privacy_end_follows(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_http_upstream_t  *u;

    u = r->upstream;

    return ctx->in == NULL && ctx->zin == NULL && ctx->busy == NULL
           && !ctx->ended && r == r->main
           && u != NULL && u->buffering && u->pipe != NULL
           && (u->pipe->upstream_done
               || (u->pipe->upstream_eof && u->pipe->length == -1));
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
            ctx->own_busy -= b->end - b->start;
            cl->next = ctx->free;
            ctx->free = cl;

        } else if (!ngx_http_privacy_hold_sent(ctx, cl)) {
            ngx_free_chain(r->pool, cl);
        }
    }
}


/*
 * Scans what input there is.  With gzip, the compressed bufs are inflated
 * into a few bufs of our own, which are scanned like input; when all of them
 * are still on their way to the client, scanning waits (NGX_AGAIN), as it
 * does when our output bufs on their way reach ngx_http_privacy_own_room().
 */
static ngx_int_t
ngx_http_privacy_scan(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_int_t              rc;
    privacy_html_event_t   ev;
    privacy_html_event_e   e;

    for ( ;; ) {

        if (ctx->buf == NULL) {
            rc = ngx_http_privacy_next_buf(r, ctx);

            if (rc != NGX_OK || ctx->buf == NULL) {
                return rc;      /* NGX_AGAIN, NGX_DONE, NGX_ERROR; or all in */
            }
        }

        if (ctx->css_file) {
            if (ngx_http_privacy_css_buf(r, ctx) != NGX_OK) {
                return NGX_ERROR;
            }

            continue;
        }

        if (!ctx->fed) {
            if (privacy_html_feed(&ctx->sc, ctx->buf->pos,
                                  ngx_buf_in_memory(ctx->buf)
                                  ? ctx->buf->last - ctx->buf->pos : 0,
                                  ngx_http_privacy_buf_is_last(r, ctx->buf))
                != 0)
            {
                return NGX_ERROR;
            }

            ctx->fed = 1;
        }

        while ((e = privacy_html_next(&ctx->sc, &ev)) != PRIVACY_HTML_DONE) {

            switch (e) {

            case PRIVACY_HTML_TAG:
                rc = ngx_http_privacy_scan_tag(r, ctx, &ev);
                break;

            case PRIVACY_HTML_PASS:
                if (ctx->inl_state == NGX_HTTP_PRIVACY_INLINE_NONE) {
                    rc = ngx_http_privacy_keep(r, ctx, &ev);

                } else if (ctx->inl_state == NGX_HTTP_PRIVACY_INLINE_HOLD) {
                    /* the text of a held script or style */
                    rc = ngx_http_privacy_inline_text(r, ctx, ev.held,
                                                      ev.held_len,
                                                      ctx->buf->pos + ev.off,
                                                      ev.len);

                } else {
                    /* the rest of one decided past privacy_html_max_inline
                       and dropped */
                    rc = NGX_OK;
                }

                break;

            case PRIVACY_HTML_OVERFLOW:
                rc = ngx_http_privacy_overflow(r, ctx, &ev);
                break;

            case PRIVACY_HTML_SKIP:
                rc = ctx->sc.lost && !ctx->lost
                     ? ngx_http_privacy_lost(r, ctx) : NGX_OK;
                break;

            default: /* PRIVACY_HTML_HOLD */
                rc = NGX_OK;
                break;
            }

            if (rc != NGX_OK) {
                return NGX_ERROR;
            }
        }

        if (ngx_http_privacy_buf_done(r, ctx) != NGX_OK) {
            return NGX_ERROR;
        }
    }
}


/* the next buf to scan into ctx->buf (NULL: none yet), or why not */
static ngx_int_t
ngx_http_privacy_next_buf(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_int_t  rc;

    if (!ngx_http_privacy_own_room(ctx) && (ctx->in || ctx->zin)) {
        /* a client that does not read: until it takes some of ours */
        ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy html: %uz bytes of ours on their way, "
                       "input waits", ctx->own_busy);
        return NGX_AGAIN;
    }

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

    return NGX_OK;
}


/* the last buf of this (sub)request's body */
static ngx_inline ngx_uint_t
ngx_http_privacy_buf_is_last(ngx_http_request_t *r, ngx_buf_t *b)
{
    return (r == r->main) ? b->last_buf : b->last_in_chain;
}


/* a tag: the end of a held script, or an element to decide */
static ngx_int_t
ngx_http_privacy_scan_tag(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev)
{
    ngx_int_t  action;
    ngx_str_t  rw;

    if (ctx->inl_state != NGX_HTTP_PRIVACY_INLINE_NONE) {
        action = ngx_http_privacy_inline_tag(r, ctx, ev);

        if (action == NGX_ERROR) {
            return NGX_ERROR;
        }

        if (action == NGX_HTTP_PRIVACY_REMOVE) {
            return NGX_OK;          /* the end tag goes with it */
        }

        if (action == NGX_HTTP_PRIVACY_KEEP) {
            return ngx_http_privacy_keep(r, ctx, ev);
        }

        /* NGX_DECLINED: not its end tag, a tag as any other */
    }

    action = ngx_http_privacy_tag(r, ctx, ev, &rw);

    switch (action) {

    case NGX_ERROR:
        return NGX_ERROR;

    case NGX_HTTP_PRIVACY_HOLD:
        return ngx_http_privacy_inline_hold(r, ctx, ev);

    case NGX_HTTP_PRIVACY_REMOVE:
        return ngx_http_privacy_drop(r, ctx, ev);

    case NGX_HTTP_PRIVACY_REWRITE:
        return ngx_http_privacy_emit_copy(r, ctx, rw.data, rw.len);

    default:
        return ngx_http_privacy_keep(r, ctx, ev);
    }
}


/*
 * An event's bytes kept as they are: held ones copied, the rest zero-copy
 * (inline: most events of a page are this)
 */
static ngx_inline ngx_int_t
ngx_http_privacy_keep(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    if (ev->held_len
        && ngx_http_privacy_emit_copy(r, ctx, ev->held, ev->held_len)
           != NGX_OK)
    {
        return NGX_ERROR;
    }

    if (ev->len
        && ngx_http_privacy_emit_span(r, ctx, ctx->buf, ev->off, ev->len)
           != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_OK;
}


/*
 * Markup no reading of which is sure to be the browser's (svg/math
 * integration points nested too deep, a CDATA section or bogus comment
 * holding markup inside one, an svg inside math that may be svg's,
 * elements nested too deep in svg, a tag read two ways after an end tag
 * whose effect depends on elements not known: see privacy_html.h and
 * privacy_html_open.h): the scanner skips the rest of the body
 */
static ngx_int_t
ngx_http_privacy_lost(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    u_char  why[96];

    ctx->lost = 1;

    if (ctx->sc.lost == PRIVACY_HTML_LOST_DEPTH) {
        ngx_snprintf(why, sizeof(why), "svg or math integration points "
                     "nested more than %d deep%Z", PRIVACY_HTML_IP_MAX);
    } else if (ctx->sc.lost == PRIVACY_HTML_LOST_CDATA) {
        ngx_snprintf(why, sizeof(why), "markup in a \"<![CDATA[\" that "
                     "browsers read two ways%Z");

    } else if (ctx->sc.lost == PRIVACY_HTML_LOST_STACK) {
        ngx_snprintf(why, sizeof(why), "elements in svg or math nested "
                     "more than %d deep or named longer than %d bytes%Z",
                     PRIVACY_HTML_OPEN_MAX, PRIVACY_HTML_OPEN_NAME);

    } else if (ctx->sc.lost == PRIVACY_HTML_LOST_TREE) {
        ngx_snprintf(why, sizeof(why), "a tag in svg or math that browsers "
                     "read two ways (open elements not known)%Z");

    } else if (ctx->sc.lost == PRIVACY_HTML_LOST_PRELOAD) {
        ngx_snprintf(why, sizeof(why), "the end of an svg or math <%s> "
                     "that browsers read two ways (preload scanner)%Z",
                     privacy_html_el_name(ctx->sc.lost_el));

    } else {
        ngx_snprintf(why, sizeof(why), "an <svg> in <math> that browsers "
                     "read as svg's or math's%Z");
    }

    if (ctx->conf->fail == NGX_HTTP_PRIVACY_FAIL_CLOSED) {
        ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                      "privacy: %s, response ended (privacy_fail closed)",
                      why);
        return NGX_ERROR;
    }

    ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                  "privacy: %s, the rest of the response removed "
                  "unexamined (privacy_fail open)", why);
    ngx_http_privacy_status_fail_open(r);

    return NGX_OK;
}


/* a tag longer than privacy_html_max_tag: see privacy_fail */
static ngx_int_t
ngx_http_privacy_overflow(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev)
{
    if (ctx->inl_state != NGX_HTTP_PRIVACY_INLINE_NONE
        && ngx_http_privacy_inline_end(r, ctx, 0) == NGX_ERROR)
    {
        return NGX_ERROR;
    }

    if (ctx->conf->fail == NGX_HTTP_PRIVACY_FAIL_CLOSED) {
        ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                      "privacy: a tag longer than privacy_html_max_tag (%uz), "
                      "response ended (privacy_fail closed)",
                      ctx->conf->html_max_tag);
        return NGX_ERROR;
    }

    /*
     * The tag cannot be examined: a tracker could hide in it, so the
     * element goes and the scan goes on
     */
    ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                  "privacy: <%s> longer than privacy_html_max_tag (%uz) "
                  "removed unexamined (privacy_fail open)",
                  ev->el ? privacy_html_el_name(ev->el) : "tag",
                  ctx->conf->html_max_tag);
    ngx_http_privacy_status_fail_open(r);
    ngx_http_privacy_status_element(r, 0);

    return ngx_http_privacy_drop(r, ctx, ev);
}


/*
 * The tag of a TAG or OVERFLOW event removed (with its content, for the
 * elements whose content goes too).  A start tag that ended svg or math
 * (<svg><img src=...>) leaves its bare name in its place: without it the
 * browser would read what follows as svg, which the scanner did not.
 */
static ngx_int_t
ngx_http_privacy_drop(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    size_t          n;
    const u_char   *b;

    if (ev->breakout) {
        b = privacy_html_breakout_tag(&ctx->sc, &n);

        if (ngx_http_privacy_emit_copy(r, ctx, b, n) != NGX_OK) {
            return NGX_ERROR;
        }
    }

    privacy_html_remove(&ctx->sc);
    ctx->removed++;

    return NGX_OK;
}


/*
 * ctx->buf is scanned: at the end of the body what a held script and the
 * placeholders still need, then the buf is released unless a span points
 * into it
 */
static ngx_int_t
ngx_http_privacy_buf_done(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_buf_t  *b;

    b = ctx->buf;

    if (ngx_http_privacy_buf_is_last(r, b)) {

        /* the stream ended inside a held script: decide what there is */
        if (ctx->inl_state != NGX_HTTP_PRIVACY_INLINE_NONE
            && ngx_http_privacy_inline_end(r, ctx, 0) == NGX_ERROR)
        {
            return NGX_ERROR;
        }

        if (ctx->ph_used && !ctx->ph_form) {
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
    }

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

    return NGX_OK;
}


/*
 * A stylesheet's buf: held, and read in parts, each its URLs not granted
 * made inert (lib/privacy_css.c, relative ones resolved against the
 * stylesheet's own URL) and sent on.  A part ends where the held text
 * fills privacy_html_max_inline: at the last place the CSS tokenizer can
 * be cut (privacy_css_cut()), and what follows is kept for the next part;
 * or inside a data: url() (a font inline), whose bytes then pass unheld
 * up to its end (privacy_css_data_tail()).  Only a stretch longer than
 * the bound with neither (a comment) stops the reading: what is held goes
 * out read, the rest unread (counted as inline_over_bound).
 */
static ngx_int_t
ngx_http_privacy_css_buf(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    size_t      n, room, take, k, cut;
    u_char     *p;
    ngx_buf_t  *b;

    b = ctx->buf;
    n = ngx_buf_in_memory(b) ? (size_t) (b->last - b->pos) : 0;
    take = 0;

    if (!ctx->css_over && ctx->css_text == NULL) {
        ctx->css_text = ngx_pnalloc(r->pool, ctx->conf->html_max_inline);
        if (ctx->css_text == NULL) {
            return NGX_ERROR;
        }
    }

    while (!ctx->css_over && take < n) {

        if (ctx->css_skip) {
            /* the rest of a data: URL, to its end byte: out as it is */

            p = b->pos;

            for (k = take; k < n && privacy_css_data_byte(p[k]); k++) {
                /* void */
            }

            if (k < n) {
                if (p[k] == ctx->css_skip) {
                    k++;
                    ctx->css_skip = 0;

                } else {
                    ctx->css_over = 1;      /* not a plain one: unread */
                    ngx_http_privacy_css_over(r, ctx, "a stylesheet");
                }
            }

            if (k > take
                && ngx_http_privacy_emit_span(r, ctx, b, take, k - take)
                   != NGX_OK)
            {
                return NGX_ERROR;
            }

            take = k;
            continue;
        }

        room = ctx->conf->html_max_inline - ctx->css_len;

        if (room) {
            k = ngx_min(n - take, room);
            ngx_memcpy(ctx->css_text + ctx->css_len, b->pos + take, k);
            ctx->css_len += k;
            take += k;
            continue;
        }

        cut = privacy_css_cut(ctx->css_text, ctx->css_len);

        if (cut == 0) {
            if (privacy_css_data_tail(ctx->css_text, ctx->css_len, &cut,
                                      &ctx->css_skip))
            {
                /* the text before the url(), then the url() as it is */

                if (ngx_http_privacy_css_out(r, ctx, cut) != NGX_OK
                    || ngx_http_privacy_emit_copy(r, ctx,
                                                  ctx->css_text + cut,
                                                  ctx->css_len - cut)
                       != NGX_OK)
                {
                    return NGX_ERROR;
                }

                ctx->css_len = 0;
                continue;
            }

            ctx->css_over = 1;
            ngx_http_privacy_css_over(r, ctx, "a stylesheet");
            cut = ctx->css_len;
        }

        if (ngx_http_privacy_css_out(r, ctx, cut) != NGX_OK) {
            return NGX_ERROR;
        }

        ngx_memmove(ctx->css_text, ctx->css_text + cut, ctx->css_len - cut);
        ctx->css_len -= cut;
    }

    if (!ctx->css_over && ngx_http_privacy_buf_is_last(r, b)) {
        if (ngx_http_privacy_css_out(r, ctx, ctx->css_len) != NGX_OK) {
            return NGX_ERROR;
        }

        ctx->css_len = 0;
    }

    if (take < n && ngx_http_privacy_emit_span(r, ctx, b, take, n - take)
                    != NGX_OK)
    {
        return NGX_ERROR;
    }

    return ngx_http_privacy_buf_done(r, ctx);
}


/* the reading of CSS ("a stylesheet", "a <style>") stops: said, counted */
static void
ngx_http_privacy_css_over(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const char *what)
{
    ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                  "privacy: %s with more than "
                  "privacy_html_max_inline (%uz) bytes in a row that cannot "
                  "be read apart: what is held is read, the rest passed "
                  "unread", what, ctx->conf->html_max_inline);

    ngx_http_privacy_status_inline_over(r);
}


/*
 * The first len bytes of the stylesheet held, their URLs not granted made
 * inert, to the output; the stylesheet counts once as an element changed,
 * and once in each category it was changed for
 */
static ngx_int_t
ngx_http_privacy_css_out(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t len)
{
    size_t          n;
    privacy_mask_t  denied;

    n = len;
    denied = ngx_http_privacy_css(r, ctx, ctx->css_text, &n)
             & ~ctx->d->granted;

    if (denied) {
        ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy html: stylesheet part of %uz bytes, URLs "
                       "not granted made inert", len);

        ngx_http_privacy_inert_count(r, ctx, denied);
    }

    return n ? ngx_http_privacy_emit_copy(r, ctx, ctx->css_text, n) : NGX_OK;
}


/*
 * Bytes of the input, zero-copy (inline: most events of a page end here,
 * and as a call, once the stylesheet path used it too, it cost 4.7k Ir
 * per 100 KB page)
 */
static ngx_inline ngx_int_t
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
    ctx->ended |= (b->last_buf || b->last_in_chain);
    b->sync = !(b->flush || b->last_buf || b->last_in_chain);

    return NGX_OK;
}





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
    if (ctx->inl == NULL && ngx_http_privacy_hold_get(r, ctx) != NGX_OK) {
        return NGX_ERROR;
    }

    /* the scanner holds a reported tag whole: it fits html_max_tag */

    ngx_memcpy(ctx->inl, ev->tag, ev->tag_len);
    ctx->inl_tag = ev->tag_len;
    ctx->inl_len = ev->tag_len;
    ctx->inl_state = NGX_HTTP_PRIVACY_INLINE_HOLD;
    ctx->inl_el = ev->el;
    ctx->inl_foreign = ev->foreign;
    ctx->css_denied = 0;
    ctx->css_skip = 0;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_inline_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *held, size_t held_len,
    const u_char *p, size_t len)
{
    size_t  room, n;

    if (ctx->inl_el == PRIVACY_HTML_STYLE && !ctx->inl_foreign) {
        /* read in parts, as a stylesheet file is */
        if (ngx_http_privacy_style_text(r, ctx, held, held_len) != NGX_OK
            || ngx_http_privacy_style_text(r, ctx, p, len) != NGX_OK)
        {
            return NGX_ERROR;
        }

        return NGX_OK;
    }

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
 * The text of a held <style>, as a stylesheet file's bytes (see
 * ngx_http_privacy_css_buf()): when it fills html_max_inline, the part up
 * to the last place the CSS tokenizer can be cut is made inert and sent
 * (the start tag with the first one) and the rest is kept; a data: url()
 * filling it passes as it is to its end.  A stretch with neither stops the
 * reading: the <style> is decided on what is held, the rest goes as it
 * came (counted as inline_over_bound).
 */
static ngx_int_t
ngx_http_privacy_style_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len)
{
    size_t      k, room, cut, tlen;
    u_char     *text;
    ngx_uint_t  stop;

    while (len) {

        if (ctx->inl_state != NGX_HTTP_PRIVACY_INLINE_HOLD) {
            /* past the bound: the rest as it came */
            return ngx_http_privacy_emit_copy(r, ctx, p, len);
        }

        if (ctx->css_skip) {
            /* the rest of a data: URL, to its end byte: out as it is */

            for (k = 0; k < len && privacy_css_data_byte(p[k]); k++) {
                /* void */
            }

            stop = 0;

            if (k < len) {
                if (p[k] == ctx->css_skip) {
                    k++;
                    ctx->css_skip = 0;

                } else {
                    stop = 1;       /* not a plain one: unread */
                }
            }

            if (k && ngx_http_privacy_emit_copy(r, ctx, p, k) != NGX_OK) {
                return NGX_ERROR;
            }

            p += k;
            len -= k;

            if (stop && ngx_http_privacy_style_over(r, ctx) != NGX_OK) {
                return NGX_ERROR;
            }

            continue;
        }

        room = ctx->inl_tag + ctx->conf->html_max_inline - ctx->inl_len;

        if (room) {
            k = ngx_min(len, room);
            ngx_memcpy(ctx->inl + ctx->inl_len, p, k);
            ctx->inl_len += k;
            p += k;
            len -= k;
            continue;
        }

        text = ctx->inl + ctx->inl_tag;
        tlen = ctx->inl_len - ctx->inl_tag;
        cut = privacy_css_cut(text, tlen);

        if (cut) {
            if (ngx_http_privacy_style_part(r, ctx, cut) != NGX_OK) {
                return NGX_ERROR;
            }

        } else if (privacy_css_data_tail(text, tlen, &cut, &ctx->css_skip)) {
            /* the text before the url(), then the url() as it is */

            if (ngx_http_privacy_style_part(r, ctx, cut) != NGX_OK
                || ngx_http_privacy_emit_copy(r, ctx, ctx->inl, ctx->inl_len)
                   != NGX_OK)
            {
                return NGX_ERROR;
            }

            ctx->inl_len = 0;

        } else if (ngx_http_privacy_style_over(r, ctx) != NGX_OK) {
            return NGX_ERROR;
        }
    }

    return NGX_OK;
}


/*
 * The first len bytes of a held <style>'s text, their URLs not granted
 * made inert, out after what is held before them (its start tag, the first
 * time); the rest of the text moves to the start of the buffer
 */
static ngx_int_t
ngx_http_privacy_style_part(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t len)
{
    size_t          n, rest;
    u_char         *text;
    privacy_mask_t  denied;

    text = ctx->inl + ctx->inl_tag;
    rest = ctx->inl_len - ctx->inl_tag - len;
    n = len;

    denied = ngx_http_privacy_css(r, ctx, text, &n) & ~ctx->d->granted;

    if (denied) {
        ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy html: <style> part of %uz bytes, URLs not "
                       "granted made inert", len);

        ngx_http_privacy_inert_count(r, ctx, denied);
    }

    if (ngx_http_privacy_emit_copy(r, ctx, ctx->inl, ctx->inl_tag + n)
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    ngx_memmove(ctx->inl, text + len, rest);
    ctx->inl_tag = 0;
    ctx->inl_len = rest;

    return NGX_OK;
}


/* a <style> that cannot be read apart: decided on what is held */
static ngx_int_t
ngx_http_privacy_style_over(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_http_privacy_css_over(r, ctx, "a <style>");

    return ngx_http_privacy_inline_end(r, ctx, 0) == NGX_ERROR
           ? NGX_ERROR : NGX_OK;
}


/* --- what the page gets ----------------------------------------------- */


/*
 * A reported tag, for what the page gets: the Consent Mode defaults first,
 * the placeholders' form and the banner at </body>.  Every other start tag
 * is an element to decide (html_tag.c).
 */
static ngx_int_t
ngx_http_privacy_tag(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, ngx_str_t *out)
{
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

    return ngx_http_privacy_element(r, ctx, ev, out);
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


/* --- the decision for one element ------------------------------------- */


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

        /* "-" | 0x20 is "-" and CR, the other byte that gives it, ends
         * a name */
        if (a->name_len >= sizeof("data-category") - 1
            && ngx_http_privacy_name_key(a->name, 5)
               == ngx_http_privacy_key("data-"))
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
 * What the element needs: the categories its CMP markup names (then
 * *explicit), else those of what its attributes fetch (*bad and *style as
 * ngx_http_privacy_fetches() sets them), third-party hosts no rule knows
 * listed, a third-party pixel of no category given privacy_unknown_pixel.
 */
static privacy_mask_t
ngx_http_privacy_classify(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    uint64_t *bad, privacy_mask_t *style, ngx_uint_t *explicit)
{
    ngx_uint_t                      third_party, url_attr;
    privacy_mask_t                  cat;
    ngx_http_privacy_host_entry_t  *e;

    /*
     * CMP markup names the category of embeds and scripts, not of links,
     * of backgrounds or of elements reported for their style
     */
    cat = (ev->el == PRIVACY_HTML_A || ev->el == PRIVACY_HTML_AREA
           || ev->el == PRIVACY_HTML_BODY || ev->el == PRIVACY_HTML_TABLE
           || ev->el == PRIVACY_HTML_TD || ev->el == PRIVACY_HTML_TH
           || ev->el == PRIVACY_HTML_OTHER || ev->el >= PRIVACY_HTML_NOEMBED)
          ? 0 : ngx_http_privacy_markup(r, ctx, ev);
    *explicit = (cat != 0);
    third_party = 0;
    url_attr = 0;
    *bad = 0;
    *style = 0;

    if (!*explicit) {
        ctx->unknown = NULL;

        cat = ngx_http_privacy_fetches(r, ctx, ev, bad, &url_attr,
                                       &third_party, style);

        if (cat == 0 && ctx->unknown
            && (ev->el == PRIVACY_HTML_SCRIPT || ev->el == PRIVACY_HTML_IMG
                || ev->el == PRIVACY_HTML_IFRAME))
        {
            /* discovery: which third-party hosts the rules miss */
            e = ctx->unknown;

            if (e->plain_len == ctx->unknown_len
                && ngx_memcmp(e->host + e->plain_off, ctx->unknown_host,
                              ctx->unknown_len) == 0)
            {
                e->listed = 1;      /* its entry holds it still */
            }

            ngx_http_privacy_status_unknown_host(r, ctx->unknown_host,
                                                 ctx->unknown_len);
        }

        ctx->unknown = NULL;

        if (cat == 0 && ev->el == PRIVACY_HTML_IMG && url_attr && third_party
            && ctx->conf->unknown_pixel
            && ngx_http_privacy_pixel_shape(ctx, ev))
        {
            cat = ctx->conf->unknown_pixel;
            *bad = ~(uint64_t) 0;
        }
    }

    return cat;
}


/* the decision for one reported start tag */
static ngx_int_t
ngx_http_privacy_element(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out)
{
    uint64_t                    bad;
    ngx_int_t                   rc;
    ngx_uint_t                  explicit, runs;
    privacy_mask_t              cat, granted, style;
    privacy_html_event_t        full;

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

    if (ev->el == PRIVACY_HTML_BASE) {
        return ngx_http_privacy_base(r, ctx, ev) == NGX_OK
               ? NGX_HTTP_PRIVACY_KEEP : NGX_ERROR;
    }

    if (ev->el == PRIVACY_HTML_STYLE) {
        return ngx_http_privacy_style_runs(ctx, ev) ? NGX_HTTP_PRIVACY_HOLD
                                                    : NGX_HTTP_PRIVACY_KEEP;
    }

    if (ev->truncated) {
        rc = ngx_http_privacy_reparse(r, ctx, ev, &full);

        if (rc != NGX_OK) {
            return rc;
        }

        ev = &full;
    }

    granted = ctx->d->granted;

    if (ev->el == PRIVACY_HTML_LINK && !ngx_http_privacy_link_loads(ctx, ev)) {
        return NGX_HTTP_PRIVACY_KEEP;
    }

    cat = ngx_http_privacy_classify(r, ctx, ev, &bad, &style, &explicit);

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
            && (runs = ngx_http_privacy_inline_runs(ctx, ev)))
        {
            ctx->inl_kind = runs;
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
