/*
 * Foundations: HMAC-SHA256 of the native consent cookie
 * (privacy_consent_secret).
 */
#ifndef NGX_HTTP_PRIVACY_SIGN_H
#define NGX_HTTP_PRIVACY_SIGN_H

#include "ngx_http_privacy_common.h"


char *ngx_http_privacy_consent_secret(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
ngx_int_t ngx_http_privacy_signature_ok(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *data, size_t len,
    const u_char *sig, size_t sig_len);

/* a fresh consent ID, PRIVACY_NATIVE_ID_LEN base64url characters */
ngx_int_t ngx_http_privacy_consent_id(u_char *out);

#if (NGX_OPENSSL)
ngx_int_t ngx_http_privacy_sign(ngx_str_t *key, u_char *data, size_t len,
    u_char *out);
#endif

#endif
