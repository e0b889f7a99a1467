/*
 * gzip from the upstream: the compressed bufs are inflated into
 * NGX_HTTP_PRIVACY_INFLATE_BUFS bufs of our own, which the body filter
 * scans like input and reuses once everything pointing into them was sent.
 */
#include "ngx_http_privacy_inflate.h"


#define NGX_HTTP_PRIVACY_INFLATE_SIZE  16384


ngx_int_t
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
ngx_uint_t
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


void
ngx_http_privacy_inflate_end(void *data)
{
    ngx_http_privacy_html_ctx_t  *ctx = data;

    if (ctx->zstarted) {
        inflateEnd(&ctx->zstream);
        ctx->zstarted = 0;
    }
}
