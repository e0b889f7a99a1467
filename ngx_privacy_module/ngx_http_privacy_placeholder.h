/*
 * Features: privacy_html_placeholder, the box a removed <iframe> leaves,
 * with a no-JavaScript button that grants what it needs (docs/html.md,
 * "Placeholders for blocked embeds").
 */
#ifndef NGX_HTTP_PRIVACY_PLACEHOLDER_H
#define NGX_HTTP_PRIVACY_PLACEHOLDER_H

#include "ngx_http_privacy_common.h"


/* the values of one placeholder, raw: escaped when substituted */
typedef struct {
    ngx_str_t                    service;
    ngx_str_t                    host;
    ngx_str_t                    category;
    ngx_str_t                    grant;
    ngx_str_t                    width;
    ngx_str_t                    height;
} ngx_http_privacy_ph_values_t;

/* the form the placeholders' buttons post with, before </body> */
#define NGX_HTTP_PRIVACY_PH_FORM                                              \
    "<form id=\"privacy-embed-consent\" method=\"post\" hidden></form>"

char *ngx_http_privacy_placeholder_conf(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);

/* the template filled in, into out (pool memory) */
ngx_int_t ngx_http_privacy_placeholder(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_ph_values_t *v,
    ngx_str_t *out);

/* an iframe's width or height as a CSS length: NNNpx, NNN% or dflt */
void ngx_http_privacy_placeholder_length(u_char *p, size_t len,
    const char *dflt, u_char *buf, ngx_str_t *out);

#endif
