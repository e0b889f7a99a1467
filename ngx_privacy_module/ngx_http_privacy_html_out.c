/*
 * The HTML filter's own output bufs: taken from ctx->free, grown in powers
 * of two, tagged as ours and queued on ctx->out; the zero-copy spans and
 * the flag bufs are html.c's (ngx_http_privacy_emit_span, _emit_flags).
 */
#include "ngx_http_privacy_html_out.h"


/* cl's buf emptied but for its memory, tagged, and queued on ctx->out */
static void
ngx_http_privacy_queue_buf(ngx_http_privacy_html_ctx_t *ctx, ngx_chain_t *cl,
    ngx_buf_tag_t tag)
{
    u_char     *start, *end;
    ngx_buf_t  *b;

    b = cl->buf;
    start = b->start;
    end = b->end;
    ngx_memzero(b, sizeof(ngx_buf_t));

    b->start = start;
    b->end = end;
    b->pos = start;
    b->last = start;
    b->tag = tag;

    cl->next = NULL;
    *ctx->last_out = cl;
    ctx->last_out = &cl->next;
}


/* a buf of ours, from the free list, with room for size bytes, queued */
ngx_chain_t *
ngx_http_privacy_own_buf(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t size)
{
    size_t        n;
    u_char       *start;
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

    /* back with ctx->free, in ngx_http_privacy_release_sent() */
    ctx->own_busy += b->end - b->start;

    ngx_http_privacy_queue_buf(ctx, cl,
                               (ngx_buf_tag_t) &ngx_http_privacy_module);

    return cl;
}


/* ctx->inl for the next held script: one sent and back, or a new one */
ngx_int_t
ngx_http_privacy_hold_get(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    size_t        size;
    ngx_buf_t    *b;
    ngx_chain_t  *cl;

    cl = ctx->hold_free;

    if (cl) {
        ctx->hold_free = cl->next;

    } else {
        size = ctx->conf->html_max_tag + ctx->conf->html_max_inline;

        cl = ngx_alloc_chain_link(r->pool);
        b = ngx_calloc_buf(r->pool);
        if (cl == NULL || b == NULL) {
            return NGX_ERROR;
        }

        b->start = ngx_pnalloc(r->pool, size);
        if (b->start == NULL) {
            return NGX_ERROR;
        }

        b->end = b->start + size;
        cl->buf = b;
        ctx->holds++;
    }

    cl->next = NULL;
    ctx->inl_cl = cl;
    ctx->inl = cl->buf->start;

    return NGX_OK;
}


/*
 * A kept script, ctx->inl[0 .. inl_len), out: in its hold buffer while the
 * next script can have another one, else copied as before
 */
ngx_int_t
ngx_http_privacy_emit_hold(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx)
{
    ngx_buf_t  *b;

    if (ctx->hold_free == NULL && ctx->holds >= NGX_HTTP_PRIVACY_HOLDS) {
        return ngx_http_privacy_emit_copy(r, ctx, ctx->inl, ctx->inl_len);
    }

    /* not the module's tag: it comes back to hold_free, not to free */
    ngx_http_privacy_queue_buf(ctx, ctx->inl_cl,
                               (ngx_buf_tag_t) &ctx->hold_free);

    b = ctx->inl_cl->buf;
    b->last += ctx->inl_len;
    b->memory = 1;

    ctx->inl = NULL;
    ctx->inl_cl = NULL;

    return NGX_OK;
}


/* a sent link of a hold buffer goes back to hold_free: 1; others 0 */
ngx_uint_t
ngx_http_privacy_hold_sent(ngx_http_privacy_html_ctx_t *ctx, ngx_chain_t *cl)
{
    if (cl->buf->tag != (ngx_buf_tag_t) &ctx->hold_free) {
        return 0;
    }

    cl->next = ctx->hold_free;
    ctx->hold_free = cl;

    return 1;
}


/* bytes of ours: a held tag start, or a rewritten tag */
ngx_int_t
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
