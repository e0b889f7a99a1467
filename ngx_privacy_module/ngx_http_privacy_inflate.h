/*
 * Foundations of the HTML filter: gzip from the upstream, inflated into a
 * few bufs of the filter's own, so that nothing passes unscanned.
 */
#ifndef NGX_HTTP_PRIVACY_INFLATE_H
#define NGX_HTTP_PRIVACY_INFLATE_H

#include "ngx_http_privacy_html_types.h"


/* the next inflated buf (or a flag buf) into *out: NGX_OK, NGX_AGAIN when
 * every inflate buf is still on its way, NGX_DONE, NGX_ERROR */
ngx_int_t ngx_http_privacy_inflate(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_buf_t **out);
ngx_uint_t ngx_http_privacy_inflate_room(ngx_http_privacy_html_ctx_t *ctx);
/* a pool cleanup handler, data is the HTML ctx */
void ngx_http_privacy_inflate_end(void *data);

#endif
