/*
 * Features: privacy_consent_mode, privacy_consent_mode_map, and the
 * consent defaults script (lib/privacy_consent_mode.c writes its body,
 * lib/privacy_csp.c finds the nonce it needs).
 */

#include "ngx_http_privacy_consent_mode.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_util.h"
#include "privacy_csp.h"



/* the categories each type needs by default (docs/directives.md) */
static const privacy_mask_t  ngx_http_privacy_cm_default[PRIVACY_CM_TYPES] = {
    PRIVACY_CAT_MARKETING,
    PRIVACY_CAT_MARKETING,
    PRIVACY_CAT_MARKETING,
    PRIVACY_CAT_ANALYTICS,
    PRIVACY_CAT_PREFERENCES,
    PRIVACY_CAT_PREFERENCES,
    PRIVACY_CAT_NECESSARY
};


/* privacy_consent_mode google | bing | clarity ... [advanced] | off */
char *
ngx_http_privacy_consent_mode(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    unsigned     v;
    ngx_str_t   *value;
    ngx_uint_t   i, vendors, advanced;

    if (plcf->consent_mode != NGX_CONF_UNSET_UINT) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (cf->args->nelts == 2 && ngx_strcmp(value[1].data, "off") == 0) {
        plcf->consent_mode = 0;
        plcf->consent_mode_advanced = 0;
        return NGX_CONF_OK;
    }

    vendors = 0;
    advanced = 0;

    for (i = 1; i < cf->args->nelts; i++) {

        if (ngx_strcmp(value[i].data, "advanced") == 0 && !advanced) {
            advanced = 1;
            continue;
        }

        v = privacy_consent_mode_vendor(value[i].data, value[i].len);

        if (v == 0 || (vendors & v)) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "invalid value \"%V\" in \"%V\": google, "
                               "bing or clarity, each once, then "
                               "\"advanced\", or \"off\" alone",
                               &value[i], &value[0]);
            return NGX_CONF_ERROR;
        }

        vendors |= v;
    }

    if (vendors == 0) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" needs google, bing or clarity", &value[0]);
        return NGX_CONF_ERROR;
    }

    if (advanced && !(vendors & PRIVACY_CM_GOOGLE)) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"advanced\" in \"%V\" is Google's mode and "
                           "needs google", &value[0]);
        return NGX_CONF_ERROR;
    }

    plcf->consent_mode = vendors;
    plcf->consent_mode_advanced = advanced;

    return NGX_CONF_OK;
}


/* privacy_consent_mode_map TYPE CATEGORY ...: the categories TYPE needs */
char *
ngx_http_privacy_consent_mode_map(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    unsigned                       bit;
    ngx_str_t                     *value;
    ngx_uint_t                     i, t;
    privacy_mask_t                 mask;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    value = cf->args->elts;
    bit = privacy_consent_mode_type(value[1].data, value[1].len);

    if (bit == 0) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "unknown consent type \"%V\" in \"%V\": "
                           "ad_storage, ad_user_data, ad_personalization, "
                           "analytics_storage, functionality_storage, "
                           "personalization_storage or security_storage",
                           &value[1], &value[0]);
        return NGX_CONF_ERROR;
    }

    if (plcf->consent_mode_map_set & bit) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" for \"%V\" is duplicate",
                           &value[0], &value[1]);
        return NGX_CONF_ERROR;
    }

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);
    mask = 0;

    for (i = 2; i < cf->args->nelts; i++) {
        cat = ngx_http_privacy_category_find(pmcf, value[i].data,
                                             value[i].len);
        if (cat == NULL) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "unknown privacy category \"%V\" in \"%V\" "
                               "(declare it with privacy_category before "
                               "use)", &value[i], &value[0]);
            return NGX_CONF_ERROR;
        }

        mask |= cat->bit;
    }

    for (t = 0; !(bit & (1u << t)); t++) { /* void */ }

    plcf->consent_mode_map[t] = mask;
    plcf->consent_mode_map_set |= bit;

    return NGX_CONF_OK;
}


void
ngx_http_privacy_consent_mode_create(ngx_http_privacy_loc_conf_t *plcf)
{
    plcf->consent_mode = NGX_CONF_UNSET_UINT;
    plcf->consent_mode_advanced = NGX_CONF_UNSET;
}


void
ngx_http_privacy_consent_mode_merge(ngx_http_privacy_loc_conf_t *conf,
    ngx_http_privacy_loc_conf_t *prev)
{
    ngx_uint_t  t;

    ngx_conf_merge_uint_value(conf->consent_mode, prev->consent_mode, 0);
    ngx_conf_merge_value(conf->consent_mode_advanced,
                         prev->consent_mode_advanced, 0);

    /* each type inherited on its own, then the default */

    for (t = 0; t < PRIVACY_CM_TYPES; t++) {
        if (conf->consent_mode_map_set & (1u << t)) {
            continue;
        }

        if (prev->consent_mode_map_set & (1u << t)) {
            conf->consent_mode_map[t] = prev->consent_mode_map[t];
            conf->consent_mode_map_set |= 1u << t;

        } else {
            conf->consent_mode_map[t] = ngx_http_privacy_cm_default[t];
        }
    }
}


/*
 * The response's Content-Security-Policy lines as one list (", ");
 * empty when there is none
 */
static ngx_int_t
ngx_http_privacy_csp_header(ngx_http_request_t *r, ngx_str_t *csp)
{
    u_char                          *p;
    size_t                           len;
    ngx_uint_t                       n;
    ngx_table_elt_t                 *h, *one;
    ngx_http_privacy_header_iter_t   it;

    static const char  name[] = "content-security-policy";

    len = 0;
    n = 0;
    one = NULL;

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->hash && h->key.len == sizeof(name) - 1
            && ngx_strncasecmp(h->key.data, (u_char *) name, h->key.len) == 0)
        {
            len += h->value.len + 2;
            one = h;
            n++;
        }
    }

    if (n <= 1) {
        *csp = one ? one->value : (ngx_str_t) ngx_null_string;
        return NGX_OK;
    }

    p = ngx_pnalloc(r->pool, len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    csp->data = p;

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->hash && h->key.len == sizeof(name) - 1
            && ngx_strncasecmp(h->key.data, (u_char *) name, h->key.len) == 0)
        {
            if (p != csp->data) {
                *p++ = ',';
                *p++ = ' ';
            }

            p = ngx_cpymem(p, h->value.data, h->value.len);
        }
    }

    csp->len = p - csp->data;

    return NGX_OK;
}


ngx_int_t
ngx_http_privacy_consent_mode_script(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, privacy_mask_t granted,
    ngx_str_t *out)
{
    u_char         *p;
    size_t          n;
    unsigned        types;
    ngx_str_t       hdr;
    ngx_uint_t      t;
    privacy_csp_t   csp;

    /* a type is granted when every category it needs is */

    types = 0;

    for (t = 0; t < PRIVACY_CM_TYPES; t++) {
        if ((plcf->consent_mode_map[t] & ~granted) == 0) {
            types |= 1u << t;
        }
    }

    if (ngx_http_privacy_csp_header(r, &hdr) != NGX_OK) {
        return NGX_ERROR;
    }

    privacy_csp_script(hdr.data, hdr.len, &csp);

    if (csp.restricted && csp.nonce == NULL) {
        ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy consent mode: the page's CSP has no nonce "
                       "for every policy: the script needs its hash there");
    }

    p = ngx_pnalloc(r->pool, sizeof("<script nonce=\"\">") - 1
                             + PRIVACY_CSP_NONCE_MAX
                             + privacy_consent_mode_max(plcf->consent_mode)
                             + sizeof("</script>") - 1);
    if (p == NULL) {
        return NGX_ERROR;
    }

    out->data = p;

    if (csp.nonce) {
        p = ngx_cpymem(p, "<script nonce=\"", sizeof("<script nonce=\"") - 1);
        p = ngx_cpymem(p, csp.nonce, csp.nonce_len);
        p = ngx_cpymem(p, "\">", 2);

    } else {
        p = ngx_cpymem(p, "<script>", sizeof("<script>") - 1);
    }

    n = privacy_consent_mode_script(plcf->consent_mode, types, p,
                                    privacy_consent_mode_max(
                                        plcf->consent_mode));
    if (n == 0) {
        return NGX_ERROR;       /* not reached: the size is the maximum */
    }

    p = ngx_cpymem(p + n, "</script>", sizeof("</script>") - 1);
    out->len = p - out->data;

    return NGX_OK;
}


/*
 * The hosts of Google's tag (gtag.js, gtm.js) and of its measurement: in
 * advanced mode they load, with every type denied by default, and send
 * Google's cookieless pings
 */
ngx_uint_t
ngx_http_privacy_consent_mode_keeps(ngx_http_privacy_loc_conf_t *plcf,
    u_char *host, size_t len)
{
    ngx_uint_t  i;
    ngx_str_t  *h;

    static ngx_str_t  google[] = {
        ngx_string("googletagmanager.com"),
        ngx_string("google-analytics.com")
    };

    if (!plcf->consent_mode_advanced) {
        return 0;
    }

    for (i = 0; i < sizeof(google) / sizeof(google[0]); i++) {
        h = &google[i];

        if ((len == h->len || (len > h->len && host[len - h->len - 1] == '.'))
            && ngx_strncmp(host + len - h->len, h->data, h->len) == 0)
        {
            return 1;
        }
    }

    return 0;
}
