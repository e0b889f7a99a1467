/*
 * Features: Google Consent Mode v2, Microsoft UET and Clarity consent
 * defaults from the server's decision (privacy_consent_mode): the
 * directives, and the inline script the HTML filter puts first in <head>.
 */
#ifndef NGX_HTTP_PRIVACY_CONSENT_MODE_H
#define NGX_HTTP_PRIVACY_CONSENT_MODE_H

#include "ngx_http_privacy_common.h"


char *ngx_http_privacy_consent_mode(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
char *ngx_http_privacy_consent_mode_map(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
void ngx_http_privacy_consent_mode_create(ngx_http_privacy_loc_conf_t *plcf);
void ngx_http_privacy_consent_mode_merge(ngx_http_privacy_loc_conf_t *conf,
    ngx_http_privacy_loc_conf_t *prev);

/*
 * "<script[ nonce="N"]>...</script>" with the defaults for the categories
 * granted, the nonce taken from the response's Content-Security-Policy
 */
ngx_int_t ngx_http_privacy_consent_mode_script(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, privacy_mask_t granted,
    ngx_str_t *out);

/* an element the advanced mode keeps: a Google tag loaded from its host */
ngx_uint_t ngx_http_privacy_consent_mode_keeps(
    ngx_http_privacy_loc_conf_t *plcf, u_char *host, size_t len);

#endif
