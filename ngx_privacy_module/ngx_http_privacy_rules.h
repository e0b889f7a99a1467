/*
 * Foundations: privacy_category blocks, privacy_exempt, and the lookups
 * that classify a cookie name, a URL and an inline script.
 */
#ifndef NGX_HTTP_PRIVACY_RULES_H
#define NGX_HTTP_PRIVACY_RULES_H

#include "ngx_http_privacy_common.h"
#include "ngx_http_privacy_util.h"


char *ngx_http_privacy_category_block(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
char *ngx_http_privacy_exempt(ngx_conf_t *cf, ngx_command_t *cmd, void *conf);
ngx_int_t ngx_http_privacy_categories_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf);
ngx_int_t ngx_http_privacy_rules_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf);

ngx_http_privacy_category_t *ngx_http_privacy_category_find(
    ngx_http_privacy_main_conf_t *pmcf, u_char *name, size_t len);
#define NGX_HTTP_PRIVACY_NAMES_NECESSARY  1
#define NGX_HTTP_PRIVACY_NAMES_QUOTED     2

u_char *ngx_http_privacy_mask_names(ngx_http_privacy_main_conf_t *pmcf,
    privacy_mask_t mask, u_char sep, ngx_uint_t flags, u_char *p);
ngx_int_t ngx_http_privacy_cookie_class(ngx_http_privacy_main_conf_t *pmcf,
    u_char *name, size_t len, privacy_mask_t *cat);
size_t ngx_http_privacy_url_host_len(u_char *p, size_t len);
/* ngx_http_privacy_url_category()'s host_len of a host not yet lowercased */
#define NGX_HTTP_PRIVACY_HOST_UNKNOWN  ((size_t) -1)
ngx_http_privacy_host_entry_t *ngx_http_privacy_host_cached(
    ngx_http_privacy_main_conf_t *pmcf, u_char *host, size_t hlen,
    ngx_http_privacy_host_cache_t *cache);
ngx_int_t ngx_http_privacy_url_category(ngx_http_privacy_main_conf_t *pmcf,
    u_char *url, size_t len, size_t host_len, u_char *work,
    ngx_http_privacy_host_cache_t *cache,
    ngx_http_privacy_host_entry_t **entry, privacy_mask_t *cat);
privacy_mask_t ngx_http_privacy_script_category(
    ngx_http_privacy_main_conf_t *pmcf, const u_char *text, size_t len);

#endif
