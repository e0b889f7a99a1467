/*
 * The response header filter: Set-Cookie, Link, the HTML decision,
 * expiry and Vary, in that order.
 */
#ifndef NGX_HTTP_PRIVACY_HEADER_FILTER_H
#define NGX_HTTP_PRIVACY_HEADER_FILTER_H

#include "ngx_http_privacy_common.h"


extern ngx_http_output_header_filter_pt  ngx_http_privacy_next_header_filter;

ngx_int_t ngx_http_privacy_header_filter(ngx_http_request_t *r);

#endif
