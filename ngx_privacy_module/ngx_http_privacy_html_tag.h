/*
 * Features of the HTML filter: what becomes of one element, and what the
 * decision (html.c) asks of it.  The rebuild of a start tag (neutralised,
 * activated, its fetching attributes made inert), the placeholder of a
 * removed iframe, held inline scripts and styles decided at their end tag;
 * the shape of a web beacon, which <link> loads, a tag parsed again.
 */
#ifndef NGX_HTTP_PRIVACY_HTML_TAG_H
#define NGX_HTTP_PRIVACY_HTML_TAG_H

#include "ngx_http_privacy_html_types.h"


ngx_int_t ngx_http_privacy_inline_tag(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
ngx_int_t ngx_http_privacy_inline_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_uint_t whole);
void ngx_http_privacy_inert_count(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_mask_t denied);

ngx_uint_t ngx_http_privacy_noscript_ends(privacy_html_event_t *ev);
ngx_int_t ngx_http_privacy_reparse(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    privacy_html_event_t *full);
ngx_int_t ngx_http_privacy_pixel_shape(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev);
ngx_int_t ngx_http_privacy_link_loads(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev);
ngx_int_t ngx_http_privacy_page_blocked(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev);
ngx_uint_t ngx_http_privacy_keeps_element(privacy_html_el_e el);

/* how: NGX_HTTP_PRIVACY_NEUTRALIZE, _ACTIVATE, _INERT, _NEUTRALIZE_INLINE;
 * returns NGX_HTTP_PRIVACY_REWRITE with the tag in *out, or NGX_ERROR */
ngx_int_t ngx_http_privacy_rebuild(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_uint_t how, uint64_t bad, ngx_str_t *out);
ngx_int_t ngx_http_privacy_iframe_placeholder(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    privacy_mask_t denied);

#endif
