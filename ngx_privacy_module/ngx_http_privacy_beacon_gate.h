/*
 * Features: beacons and gates answered before the upstream (PREACCESS),
 * and the debug header for auditors.
 */
#ifndef NGX_HTTP_PRIVACY_BEACON_GATE_H
#define NGX_HTTP_PRIVACY_BEACON_GATE_H

#include "ngx_http_privacy_common.h"


extern ngx_http_output_header_filter_pt
    ngx_http_privacy_debug_next_header_filter;

void ngx_http_privacy_gate_create_conf(ngx_http_privacy_loc_conf_t *plcf);
char *ngx_http_privacy_gate_merge(ngx_conf_t *cf,
    ngx_http_privacy_loc_conf_t *prev, ngx_http_privacy_loc_conf_t *conf);
char *ngx_http_privacy_beacon(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
char *ngx_http_privacy_gate(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
char *ngx_http_privacy_gate_status(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
ngx_int_t ngx_http_privacy_access_handler(ngx_http_request_t *r);
ngx_int_t ngx_http_privacy_debug_header_filter(ngx_http_request_t *r);

#endif
