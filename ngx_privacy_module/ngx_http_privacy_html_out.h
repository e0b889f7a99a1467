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

#endif
