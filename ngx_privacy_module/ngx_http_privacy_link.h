/*
 * Features of the HTML filter: Link, Refresh and Speculation-Rules
 * response headers that make the browser contact a tracker host
 * (preconnect, preload, ...; a refresh; a rule set's fetch).
 */
#ifndef NGX_HTTP_PRIVACY_LINK_H
#define NGX_HTTP_PRIVACY_LINK_H

#include "ngx_http_privacy_common.h"


ngx_int_t ngx_http_privacy_link_headers(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf);
ngx_int_t ngx_http_privacy_fetch_headers(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf);

#endif
