/*
 * The response header filter: the concerns of a response's headers in
 * their order, each written in the file of its feature.
 *
 *   1. Set-Cookie of categories not granted stripped  (_cookie.c)
 *   2. Link headers of trackers, the body's fate (_link.c, _html.c)
 *   3. withdrawn cookies expired in the browser        (_cookie.c)
 *   4. Vary for caches                                 (_cookie.c)
 *
 * A subrequest's headers never reach the client: only its body is decided.
 */
#include "ngx_http_privacy_header_filter.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_cookie.h"
#include "ngx_http_privacy_html.h"
#include "ngx_http_privacy_link.h"


ngx_http_output_header_filter_pt  ngx_http_privacy_next_header_filter;


static ngx_int_t ngx_http_privacy_html_headers(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf);


ngx_int_t
ngx_http_privacy_header_filter(ngx_http_request_t *r)
{
    ngx_int_t                       rc;
    ngx_http_privacy_ctx_t         *ctx;
    ngx_http_privacy_decision_t    *d;
    ngx_http_privacy_loc_conf_t    *plcf;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    if (!plcf->enable) {
        return ngx_http_privacy_next_header_filter(r);
    }

    ctx = ngx_http_privacy_get_ctx(r);
    if (ctx == NULL) {
        return NGX_ERROR;
    }

    if (r != r->main) {
        /* a subrequest's headers never reach the client; its body does */

        if (plcf->html) {
            rc = ngx_http_privacy_html_headers(r, ctx, plcf);
            if (rc != NGX_OK) {
                return rc;
            }
        }

        return ngx_http_privacy_next_header_filter(r);
    }

    d = NULL;

    if (ngx_http_privacy_set_cookies(r, ctx, plcf, &d) != NGX_OK) {
        return NGX_ERROR;
    }

    if (plcf->html) {
        if (ngx_http_privacy_link_headers(r, plcf) != NGX_OK
            || ngx_http_privacy_fetch_headers(r, plcf) != NGX_OK)
        {
            return NGX_ERROR;
        }

        rc = ngx_http_privacy_html_headers(r, ctx, plcf);
        if (rc != NGX_OK) {
            return rc;
        }
    }

    if (plcf->expire_cookies) {
        if (d == NULL) {
            d = ngx_http_privacy_decide(r);
            if (d == NULL) {
                return NGX_ERROR;
            }
        }

        if (ngx_http_privacy_expire(r, ctx, plcf, d) != NGX_OK) {
            return NGX_ERROR;
        }
    }

    if (ctx->vary && ngx_http_privacy_add_vary(r, plcf) != NGX_OK) {
        return NGX_ERROR;
    }

    return ngx_http_privacy_next_header_filter(r);
}


/* the HTML filter's decision; a refusal (privacy_fail closed) ends here */
static ngx_int_t
ngx_http_privacy_html_headers(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf)
{
    ngx_int_t  rc;

    rc = ngx_http_privacy_html_header(r, ctx, plcf);

    if (rc == NGX_ERROR) {
        return NGX_ERROR;
    }

    if (rc > NGX_OK) {
        return ngx_http_filter_finalize_request(r, &ngx_http_privacy_module,
                                                rc);
    }

    return NGX_OK;
}
