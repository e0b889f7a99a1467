/*
 * Foundations of the HTML filter: its output bufs.  A buf of its own from
 * the free list, queued on ctx->out, and bytes of its own (a held tag, a
 * rewritten tag, an inserted fragment) copied into one.
 */
#ifndef NGX_HTTP_PRIVACY_HTML_OUT_H
#define NGX_HTTP_PRIVACY_HTML_OUT_H

#include "ngx_http_privacy_html_types.h"


ngx_chain_t *ngx_http_privacy_own_buf(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t size);
ngx_int_t ngx_http_privacy_emit_copy(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len);

/*
 * Our bufs on their way to the client (ctx->own_busy) up to twice
 * privacy_html_max_inline, or 64 KB: past that, the input waits unread
 * (NGX_AGAIN), as nginx's gzip filter waits for its gzip_buffers.  A
 * client that does not read holds then that much of ours, not a copy of
 * all it has not read (a long stylesheet is copied part by part).
 */
#define NGX_HTTP_PRIVACY_OWN_MIN  65536

#define ngx_http_privacy_own_room(ctx)                                        \
    ((ctx)->own_busy < ngx_max(2 * (ctx)->conf->html_max_inline,              \
                               NGX_HTTP_PRIVACY_OWN_MIN))

/*
 * Hold buffers of inline scripts: at most NGX_HTTP_PRIVACY_HOLDS per
 * request.  A kept script goes out in its hold buffer itself (no copy)
 * while another one is free or may still be allocated; a hold buffer sent
 * comes back to ctx->hold_free (ngx_http_privacy_hold_sent()).
 */
#define NGX_HTTP_PRIVACY_HOLDS  2

ngx_int_t ngx_http_privacy_hold_get(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
ngx_int_t ngx_http_privacy_emit_hold(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx);
ngx_uint_t ngx_http_privacy_hold_sent(ngx_http_privacy_html_ctx_t *ctx,
    ngx_chain_t *cl);

#endif
