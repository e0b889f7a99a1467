/*
 * Features of the HTML filter: the decision for one element and its
 * rebuild.  A start tag is kept, removed, rebuilt (neutralised, activated,
 * its fetching attributes made inert) or held (an inline script or style,
 * decided at its end tag).
 */
#ifndef NGX_HTTP_PRIVACY_HTML_TAG_H
#define NGX_HTTP_PRIVACY_HTML_TAG_H

#include "ngx_http_privacy_html_types.h"


/* a start tag: NGX_HTTP_PRIVACY_KEEP, _REMOVE, _REWRITE (into *out),
 * _HOLD or NGX_ERROR */
ngx_int_t ngx_http_privacy_element(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_str_t *out);

ngx_int_t ngx_http_privacy_inline_hold(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
ngx_int_t ngx_http_privacy_inline_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *held, size_t held_len,
    const u_char *p, size_t len);
ngx_int_t ngx_http_privacy_inline_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_uint_t whole);

#endif
