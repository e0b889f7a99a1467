/*
 * Consent-cookie configuration and reading: privacy_consent_cookie,
 * privacy_klaro_service, which cookie names are consent cookies.
 */
#ifndef NGX_HTTP_PRIVACY_CONSENT_H
#define NGX_HTTP_PRIVACY_CONSENT_H

#include "ngx_http_privacy_common.h"


extern const char  *ngx_http_privacy_format_names[];

char *ngx_http_privacy_consent_cookie(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
char *ngx_http_privacy_klaro_service(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
char *ngx_http_privacy_consent_merge(ngx_conf_t *cf,
    ngx_http_privacy_loc_conf_t *prev, ngx_http_privacy_loc_conf_t *conf);
ngx_int_t ngx_http_privacy_is_consent_cookie(ngx_http_privacy_loc_conf_t *plcf,
    u_char *name, size_t len);

#endif
