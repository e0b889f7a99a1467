/*
 * Features: cookies both ways (the Cookie header sent upstream, the
 * Set-Cookie headers of the response, expiry on withdrawal, Vary).
 */
#ifndef NGX_HTTP_PRIVACY_COOKIE_H
#define NGX_HTTP_PRIVACY_COOKIE_H

#include "ngx_http_privacy_common.h"


ngx_int_t ngx_http_privacy_request_cookie_handler(ngx_http_request_t *r);
ngx_int_t ngx_http_privacy_request_cookie(ngx_http_request_t *r,
    ngx_str_t *result);
ngx_int_t ngx_http_privacy_note_stripped(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, u_char *name, size_t len);
ngx_array_t *ngx_http_privacy_stripped(ngx_http_privacy_ctx_t *ctx);
ngx_int_t ngx_http_privacy_set_cookies(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf,
    ngx_http_privacy_decision_t **dp);
ngx_int_t ngx_http_privacy_expire(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf,
    ngx_http_privacy_decision_t *d);
ngx_int_t ngx_http_privacy_add_vary(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf);
char *ngx_http_privacy_cookie_domain(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
char *ngx_http_privacy_cookie_path(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);

#endif
