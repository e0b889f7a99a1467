/*
 * Consent cookies: the privacy_consent_cookie and privacy_klaro_service
 * directives, and reading the cookies of consent platforms (lib/privacy_cmp)
 * for the decision.  The native cookie is parsed in the decision itself.
 */
#include "ngx_http_privacy_module.h"
#include "privacy_cookie.h"


const char  *ngx_http_privacy_format_names[] = {
    "native"
};


char *
ngx_http_privacy_consent_cookie(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t                          *value;
    ngx_uint_t                          i, f;
    ngx_http_privacy_consent_cookie_t  *cc;

    value = cf->args->elts;

    if (!privacy_cookie_name_is_token(value[1].data, value[1].len)) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid cookie name \"%V\" in \"%V\"",
                           &value[1], &value[0]);
        return NGX_CONF_ERROR;
    }

    for (f = 0; f < NGX_HTTP_PRIVACY_FMT_COUNT; f++) {
        if (ngx_strcmp(value[2].data, ngx_http_privacy_format_names[f]) == 0) {
            break;
        }
    }

    if (f == NGX_HTTP_PRIVACY_FMT_COUNT) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "unknown consent cookie format \"%V\" in \"%V\"",
                           &value[2], &value[0]);
        return NGX_CONF_ERROR;
    }

    if (cf->args->nelts == 4) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "format \"%V\" takes no \"%V\" parameter",
                           &value[2], &value[3]);
        return NGX_CONF_ERROR;
    }

    if (plcf->consent_cookies == NGX_CONF_UNSET_PTR) {
        plcf->consent_cookies = ngx_array_create(cf->pool, 2,
                                    sizeof(ngx_http_privacy_consent_cookie_t));
        if (plcf->consent_cookies == NULL) {
            return NGX_CONF_ERROR;
        }
    }

    cc = plcf->consent_cookies->elts;
    for (i = 0; i < plcf->consent_cookies->nelts; i++) {
        if (cc[i].name.len == value[1].len
            && ngx_strncmp(cc[i].name.data, value[1].data, value[1].len) == 0)
        {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "duplicate consent cookie \"%V\"", &value[1]);
            return NGX_CONF_ERROR;
        }
    }

    cc = ngx_array_push(plcf->consent_cookies);
    if (cc == NULL) {
        return NGX_CONF_ERROR;
    }

    cc->name = value[1];
    cc->format = (ngx_http_privacy_format_e) f;

    return NGX_CONF_OK;
}



char *
ngx_http_privacy_klaro_service(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    return "is not supported yet";
}


char *
ngx_http_privacy_consent_merge(ngx_conf_t *cf,
    ngx_http_privacy_loc_conf_t *prev, ngx_http_privacy_loc_conf_t *conf)
{
    ngx_http_privacy_consent_cookie_t  *cc;

    if (conf->consent_cookies == NGX_CONF_UNSET_PTR) {

        if (prev->consent_cookies == NGX_CONF_UNSET_PTR) {
            /* by default the module reads its own cookie */

            prev->consent_cookies = ngx_array_create(cf->pool, 1,
                                    sizeof(ngx_http_privacy_consent_cookie_t));
            if (prev->consent_cookies == NULL) {
                return NGX_CONF_ERROR;
            }

            cc = ngx_array_push(prev->consent_cookies);
            if (cc == NULL) {
                return NGX_CONF_ERROR;
            }

            ngx_str_set(&cc->name, "privacy_consent");
            cc->format = NGX_HTTP_PRIVACY_FMT_NATIVE;
        }

        conf->consent_cookies = prev->consent_cookies;
    }

    return NGX_CONF_OK;
}
