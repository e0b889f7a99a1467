/*
 * The HTML filter's own output bufs: taken from ctx->free, grown in powers
 * of two, tagged as ours and queued on ctx->out; the zero-copy spans and
 * the flag bufs are html.c's (ngx_http_privacy_emit_span, _emit_flags).
 */
#include "ngx_http_privacy_html_out.h"


/* a buf of ours, from the free list, with room for size bytes, queued */
ngx_chain_t *
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
