/*
 * The streaming HTML filter: the request rewrite, the header decision, the
 * body filter (its event loop, what a page gets inserted, the decision for
 * each element).
 */
#ifndef NGX_HTTP_PRIVACY_HTML_H
#define NGX_HTTP_PRIVACY_HTML_H

#include "ngx_http_privacy_common.h"


extern ngx_http_output_body_filter_pt  ngx_http_privacy_next_body_filter;

ngx_int_t ngx_http_privacy_html_request(ngx_http_request_t *r);
ngx_int_t ngx_http_privacy_html_header(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf);
ngx_int_t ngx_http_privacy_body_filter(ngx_http_request_t *r,
    ngx_chain_t *in);
ngx_int_t ngx_http_privacy_fail(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, const char *why);
ngx_uint_t ngx_http_privacy_elements_removed(ngx_http_request_t *r);

#endif
