/*
 * The decision of one request: computed once, lazily, kept in the
 * request context; the category of a cookie name.
 */
#ifndef NGX_HTTP_PRIVACY_DECISION_H
#define NGX_HTTP_PRIVACY_DECISION_H

#include "ngx_http_privacy_common.h"


ngx_http_privacy_ctx_t *ngx_http_privacy_get_ctx(ngx_http_request_t *r);
ngx_http_privacy_decision_t *ngx_http_privacy_decide(ngx_http_request_t *r);
privacy_mask_t ngx_http_privacy_overlays(ngx_http_privacy_loc_conf_t *plcf,
    ngx_uint_t sources);
privacy_mask_t ngx_http_privacy_classify_name(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *name, size_t len);


/*
 * The category bit of a cookie name.  It depends on the configuration
 * only, so the location's memo answers for the names seen before (by this
 * worker, in this configuration), inline: one hash, one compare per
 * Set-Cookie.
 */
static ngx_inline privacy_mask_t
ngx_http_privacy_classify_cookie(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *name, size_t len)
{
    uint32_t  cat;

    if (plcf->cookie_cache
        && privacy_namecache_get(plcf->cookie_cache, name, len, &cat))
    {
        return (privacy_mask_t) cat;
    }

    return ngx_http_privacy_classify_name(r, plcf, name, len);
}

#endif
