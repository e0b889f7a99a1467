/*
 * Counters in shared memory (privacy_status_zone), their log-phase
 * handler and the status page (privacy_status).
 */
#ifndef NGX_HTTP_PRIVACY_STATUS_H
#define NGX_HTTP_PRIVACY_STATUS_H

#include "ngx_http_privacy_common.h"


#define NGX_HTTP_PRIVACY_EVENT_GRANT    0
#define NGX_HTTP_PRIVACY_EVENT_DENY     1
#define NGX_HTTP_PRIVACY_EVENT_INVALID  2
#define NGX_HTTP_PRIVACY_EVENT_REFUSED  3


char *ngx_http_privacy_status_zone(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
char *ngx_http_privacy_status(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
ngx_int_t ngx_http_privacy_status_check(ngx_conf_t *cf);
ngx_int_t ngx_http_privacy_status_log(ngx_http_request_t *r);

void ngx_http_privacy_status_stripped(ngx_http_request_t *r,
    privacy_mask_t cat);
void ngx_http_privacy_status_set_cookie(ngx_http_request_t *r,
    u_char *name, size_t len, privacy_mask_t cat);
void ngx_http_privacy_status_element(ngx_http_request_t *r,
    privacy_mask_t cats);
void ngx_http_privacy_status_fail_open(ngx_http_request_t *r);
void ngx_http_privacy_status_inline_over(ngx_http_request_t *r);
void ngx_http_privacy_status_unknown_host(ngx_http_request_t *r,
    u_char *host, size_t len);
void ngx_http_privacy_status_beacon(ngx_http_request_t *r,
    privacy_mask_t cat);
void ngx_http_privacy_status_gate(ngx_http_request_t *r,
    privacy_mask_t missing);
void ngx_http_privacy_status_endpoint(ngx_http_request_t *r,
    ngx_uint_t event, privacy_mask_t granted);

#endif
