/*
 * Foundations: the legal regime of the visitor's location (privacy_geoip2,
 * privacy_country, privacy_regime).
 */
#ifndef NGX_HTTP_PRIVACY_GEO_H
#define NGX_HTTP_PRIVACY_GEO_H

#include "ngx_http_privacy_common.h"


extern const char  *ngx_http_privacy_regime_names[];

char *ngx_http_privacy_geoip2(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
char *ngx_http_privacy_country(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
char *ngx_http_privacy_regime(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
ngx_int_t ngx_http_privacy_regimes_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf);
void ngx_http_privacy_resolve_regime(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_decision_t *d);

#endif
