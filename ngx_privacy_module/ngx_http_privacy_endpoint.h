/*
 * Features: the consent endpoint (privacy_consent_endpoint) and
 * $privacy_consent_event.
 */
#ifndef NGX_HTTP_PRIVACY_ENDPOINT_H
#define NGX_HTTP_PRIVACY_ENDPOINT_H

#include "ngx_http_privacy_common.h"


char *ngx_http_privacy_consent_endpoint(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
ngx_int_t ngx_http_privacy_event_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);

#endif
