/*
 * $privacy_* variables, for access logs, cache keys and conditions: one
 * getter each, as in nginx's userid module.  All of them depend on the
 * request's decision, so none is cacheable.
 */
#include "ngx_http_privacy_variables.h"
#include "ngx_http_privacy_consent.h"
#include "ngx_http_privacy_cookie.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_endpoint.h"
#include "ngx_http_privacy_geo.h"
#include "ngx_http_privacy_html.h"
#include "ngx_http_privacy_rules.h"


static ngx_int_t ngx_http_privacy_consent_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_mask_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_source_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_regime_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_country_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_consent_id_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_dnt_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_gpc_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_stripped_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_elements_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data);
static ngx_int_t ngx_http_privacy_request_cookie_variable(
    ngx_http_request_t *r, ngx_http_variable_value_t *v, uintptr_t data);
static ngx_http_privacy_decision_t *ngx_http_privacy_var_decision(
    ngx_http_request_t *r, ngx_http_variable_value_t *v);


static ngx_http_variable_t  ngx_http_privacy_vars[] = {

    { ngx_string("privacy_consent"), NULL,
      ngx_http_privacy_consent_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_consent_mask"), NULL,
      ngx_http_privacy_mask_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_decision_source"), NULL,
      ngx_http_privacy_source_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_regime"), NULL,
      ngx_http_privacy_regime_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_country"), NULL,
      ngx_http_privacy_country_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_consent_id"), NULL,
      ngx_http_privacy_consent_id_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_dnt"), NULL,
      ngx_http_privacy_dnt_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_gpc"), NULL,
      ngx_http_privacy_gpc_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_cookies_stripped"), NULL,
      ngx_http_privacy_stripped_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_elements_removed"), NULL,
      ngx_http_privacy_elements_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

    { ngx_string("privacy_request_cookie"), NULL,
      ngx_http_privacy_request_cookie_variable, 0,
      NGX_HTTP_VAR_NOCACHEABLE, 0 },

    /* ngx_http_privacy_endpoint.c */
    { ngx_string("privacy_consent_event"), NULL,
      ngx_http_privacy_event_variable, 0, NGX_HTTP_VAR_NOCACHEABLE, 0 },

      ngx_http_null_variable
};


ngx_int_t
ngx_http_privacy_add_variables(ngx_conf_t *cf)
{
    ngx_http_variable_t  *var, *v;

    for (v = ngx_http_privacy_vars; v->name.len; v++) {
        var = ngx_http_add_variable(cf, &v->name, v->flags);
        if (var == NULL) {
            return NGX_ERROR;
        }

        var->get_handler = v->get_handler;
        var->data = v->data;
    }

    return NGX_OK;
}


static u_char *
ngx_http_privacy_append(u_char *p, u_char *start, const char *s, size_t len)
{
    if (p != start) {
        *p++ = ',';
    }

    return ngx_cpymem(p, s, len);
}


/* the request's decision; v is set as every variable here sets it */
static ngx_http_privacy_decision_t *
ngx_http_privacy_var_decision(ngx_http_request_t *r,
    ngx_http_variable_value_t *v)
{
    v->valid = 1;
    v->no_cacheable = 1;
    v->not_found = 0;

    return ngx_http_privacy_decide(r);
}


/* $privacy_consent: the granted names, "necessary" included */
static ngx_int_t
ngx_http_privacy_consent_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    u_char                        *start;
    size_t                         len;
    ngx_uint_t                     i;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_decision_t   *d;
    ngx_http_privacy_main_conf_t  *pmcf;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);
    cat = pmcf->categories.elts;
    len = 0;

    for (i = 0; i < pmcf->categories.nelts; i++) {
        len += cat[i].name.len + 1;
    }

    start = ngx_pnalloc(r->pool, len);
    if (start == NULL) {
        return NGX_ERROR;
    }

    v->data = start;
    v->len = ngx_http_privacy_mask_names(pmcf, d->granted, ',',
                                         NGX_HTTP_PRIVACY_NAMES_NECESSARY,
                                         start)
             - start;

    return NGX_OK;
}


/* $privacy_consent_mask: hex, for cache keys */
static ngx_int_t
ngx_http_privacy_mask_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_http_privacy_decision_t  *d;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    v->data = ngx_pnalloc(r->pool, NGX_INT32_LEN);
    if (v->data == NULL) {
        return NGX_ERROR;
    }

    v->len = ngx_sprintf(v->data, "%xD", d->granted) - v->data;

    return NGX_OK;
}


/* $privacy_decision_source: a token per format seen, then the signals */
static ngx_int_t
ngx_http_privacy_source_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    u_char                       *p, *start;
    ngx_uint_t                    i, bit;
    const char                   *name;
    ngx_http_privacy_decision_t  *d;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    start = ngx_pnalloc(r->pool, 512);
    if (start == NULL) {
        return NGX_ERROR;
    }

    p = start;

    /* one token per consent cookie format seen, with its status */

    for (i = 0; i < NGX_HTTP_PRIVACY_FMT_COUNT; i++) {
        bit = (ngx_uint_t) 1 << i;

        if (!(d->formats & bit)) {
            continue;
        }

        if (d->fmt_invalid & bit) {
            p = ngx_http_privacy_append(p, start, "invalid:", 8);

        } else if (d->fmt_stale & bit) {
            p = ngx_http_privacy_append(p, start, "stale:", 6);

        } else if (d->fmt_undecided & bit) {
            p = ngx_http_privacy_append(p, start, "undecided:", 10);

        } else if (d->fmt_decided & bit) {
            p = ngx_http_privacy_append(p, start, "cookie:", 7);

        } else {
            /* absent, or an overlay (below) */
            continue;
        }

        p = ngx_cpymem(p, ngx_http_privacy_format_names[i],
                       ngx_strlen(ngx_http_privacy_format_names[i]));
    }

    if (d->sources & NGX_HTTP_PRIVACY_SRC_DEFAULT) {
        p = ngx_http_privacy_append(p, start, "default:", 8);
        name = ngx_http_privacy_regime_names[d->regime];
        p = ngx_cpymem(p, name, ngx_strlen(name));
    }

    if (d->sources & NGX_HTTP_PRIVACY_SRC_DNT) {
        p = ngx_http_privacy_append(p, start, "dnt", 3);
    }

    if (d->sources & NGX_HTTP_PRIVACY_SRC_GPC) {
        p = ngx_http_privacy_append(p, start, "gpc", 3);
    }

    if (d->sources & NGX_HTTP_PRIVACY_SRC_USP) {
        p = ngx_http_privacy_append(p, start, "usprivacy", 9);
    }

    if (d->sources & NGX_HTTP_PRIVACY_SRC_GPP) {
        p = ngx_http_privacy_append(p, start, "gpp", 3);
    }

    v->data = start;
    v->len = p - start;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_regime_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_http_privacy_decision_t  *d;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    v->data = (u_char *) ngx_http_privacy_regime_names[d->regime];
    v->len = ngx_strlen(v->data);

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_country_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_http_privacy_decision_t  *d;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    v->data = d->country;
    v->len = d->country_len;

    return NGX_OK;
}


/*
 * $privacy_consent_id: the ID of the consent record in force (the native
 * cookie's), or the one the consent endpoint has just minted; empty
 * without one
 */
static ngx_int_t
ngx_http_privacy_consent_id_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_http_privacy_decision_t  *d;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    v->data = d->consent_id.data;
    v->len = d->consent_id.len;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_dnt_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_http_privacy_decision_t  *d;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    v->data = (u_char *) (d->dnt == 1 ? "1" : d->dnt == 0 ? "0" : "");
    v->len = d->dnt == -1 ? 0 : 1;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_gpc_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_http_privacy_decision_t  *d;

    d = ngx_http_privacy_var_decision(r, v);
    if (d == NULL) {
        return NGX_ERROR;
    }

    v->data = (u_char *) (d->gpc == 1 ? "1" : "");
    v->len = d->gpc == 1 ? 1 : 0;

    return NGX_OK;
}


/* $privacy_cookies_stripped: the names removed, both ways */
static ngx_int_t
ngx_http_privacy_stripped_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    u_char                  *p, *start;
    size_t                   len;
    ngx_str_t               *names;
    ngx_uint_t               i;
    ngx_array_t             *stripped;
    ngx_http_privacy_ctx_t  *ctx;

    v->valid = 1;
    v->no_cacheable = 1;
    v->not_found = 0;

    ctx = ngx_http_get_module_ctx(r->main, ngx_http_privacy_module);
    stripped = ctx ? ngx_http_privacy_stripped(ctx) : NULL;

    if (stripped == NULL) {
        v->len = 0;
        v->data = (u_char *) "";
        return NGX_OK;
    }

    names = stripped->elts;
    len = 0;

    for (i = 0; i < stripped->nelts; i++) {
        len += names[i].len + 1;
    }

    start = ngx_pnalloc(r->pool, len);
    if (start == NULL) {
        return NGX_ERROR;
    }

    p = start;

    for (i = 0; i < stripped->nelts; i++) {
        p = ngx_http_privacy_append(p, start, (char *) names[i].data,
                                    names[i].len);
    }

    v->data = start;
    v->len = p - start;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_elements_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    v->valid = 1;
    v->no_cacheable = 1;
    v->not_found = 0;

    v->data = ngx_pnalloc(r->pool, NGX_INT_T_LEN);
    if (v->data == NULL) {
        return NGX_ERROR;
    }

    v->len = ngx_sprintf(v->data, "%ui", ngx_http_privacy_elements_removed(r))
             - v->data;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_request_cookie_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_str_t  s;

    v->valid = 1;
    v->no_cacheable = 1;
    v->not_found = 0;

    if (ngx_http_privacy_request_cookie(r, &s) != NGX_OK) {
        return NGX_ERROR;
    }

    v->data = s.data;
    v->len = s.len;

    return NGX_OK;
}
