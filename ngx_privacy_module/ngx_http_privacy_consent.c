/*
 * Consent cookies: the privacy_consent_cookie and privacy_klaro_service
 * directives, and reading the cookies of consent platforms (lib/privacy_cmp)
 * for the decision.  The native cookie is parsed in the decision itself.
 */
#include "ngx_http_privacy_consent.h"
#include "ngx_http_privacy_rules.h"
#include "privacy_cookie.h"


const char  *ngx_http_privacy_format_names[] = {
    "native", "cookiebot", "onetrust", "klaro", "cookieconsent", "cookieyes",
    "complianz", "tcf", "usprivacy", "gpp"
};


static char *ngx_http_privacy_consent_param(ngx_conf_t *cf,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_consent_cookie_t *cc,
    ngx_str_t *param);
static char *ngx_http_privacy_map_parse(ngx_conf_t *cf, ngx_str_t *map,
    ngx_array_t **entries, ngx_http_privacy_format_e format);
static char *ngx_http_privacy_map_add(ngx_conf_t *cf, ngx_array_t **entries,
    ngx_str_t *name, ngx_str_t *cats, ngx_http_privacy_format_e format);
static ngx_int_t ngx_http_privacy_cmp_add(ngx_conf_t *cf,
    ngx_http_privacy_loc_conf_t *conf, ngx_http_privacy_consent_cookie_t *cc,
    privacy_cmp_conf_t *cmp, privacy_cmp_str_t *tcf, privacy_cmp_str_t *usp);
static char *ngx_http_privacy_cmp_build(ngx_conf_t *cf,
    ngx_http_privacy_loc_conf_t *conf);


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

        /* the decoders read one cookie name per platform */

        if (cc[i].format == f
            && f != NGX_HTTP_PRIVACY_FMT_NATIVE
            && f != NGX_HTTP_PRIVACY_FMT_TCF
            && f != NGX_HTTP_PRIVACY_FMT_USPRIVACY)
        {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "duplicate consent cookie format \"%V\": "
                               "already read from \"%V\"",
                               &value[2], &cc[i].name);
            return NGX_CONF_ERROR;
        }
    }

    cc = ngx_array_push(plcf->consent_cookies);
    if (cc == NULL) {
        return NGX_CONF_ERROR;
    }

    ngx_memzero(cc, sizeof(ngx_http_privacy_consent_cookie_t));

    cc->name = value[1];
    cc->format = (ngx_http_privacy_format_e) f;
    cc->file = cf->conf_file->file.name.data;
    cc->line = cf->conf_file->line;

    for (i = 3; i < cf->args->nelts; i++) {
        if (ngx_http_privacy_consent_param(cf, plcf, cc, &value[i])
            != NGX_CONF_OK)
        {
            return NGX_CONF_ERROR;
        }
    }

    return NGX_CONF_OK;
}


/* map=..., revision=N (cookieconsent), policy_id=N (complianz) */
static char *
ngx_http_privacy_consent_param(ngx_conf_t *cf,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_consent_cookie_t *cc,
    ngx_str_t *param)
{
    ngx_int_t   n;
    ngx_str_t   v, *value;

    value = cf->args->elts;

    if (ngx_strncmp(param->data, "map=", 4) == 0
        && ngx_http_privacy_fmt_is_family(cc->format)
        && cc->format != NGX_HTTP_PRIVACY_FMT_TCF)
    {
        if (cc->map != NULL) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "duplicate \"map=\" parameter in \"%V\"",
                               &value[0]);
            return NGX_CONF_ERROR;
        }

        v.data = param->data + 4;
        v.len = param->len - 4;

        /* Klaro: the services of privacy_klaro_service at this level */

        if (cc->format == NGX_HTTP_PRIVACY_FMT_KLARO) {
            if (ngx_http_privacy_map_parse(cf, &v, &plcf->klaro_services,
                                           cc->format)
                != NGX_CONF_OK)
            {
                return NGX_CONF_ERROR;
            }

            cc->map = plcf->klaro_services;
            return NGX_CONF_OK;
        }

        return ngx_http_privacy_map_parse(cf, &v, &cc->map, cc->format);
    }

    if (ngx_strncmp(param->data, "revision=", 9) == 0
        && cc->format == NGX_HTTP_PRIVACY_FMT_COOKIECONSENT
        && !cc->has_revision)
    {
        n = ngx_atoi(param->data + 9, param->len - 9);
        if (n == NGX_ERROR || n > 999999999) {
            goto invalid;
        }

        cc->revision = n;
        cc->has_revision = 1;
        return NGX_CONF_OK;
    }

    if (ngx_strncmp(param->data, "policy_id=", 10) == 0
        && cc->format == NGX_HTTP_PRIVACY_FMT_COMPLIANZ
        && !cc->has_policy_id)
    {
        n = ngx_atoi(param->data + 10, param->len - 10);
        if (n == NGX_ERROR || n > 999999999) {
            goto invalid;
        }

        cc->policy_id = n;
        cc->has_policy_id = 1;
        return NGX_CONF_OK;
    }

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "format \"%V\" takes no \"%V\" parameter",
                       &value[2], param);
    return NGX_CONF_ERROR;

invalid:

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "invalid parameter \"%V\" in \"%V\"",
                       param, &value[0]);
    return NGX_CONF_ERROR;
}


/* "cmp_name:category[+category],..." */
static char *
ngx_http_privacy_map_parse(ngx_conf_t *cf, ngx_str_t *map,
    ngx_array_t **entries, ngx_http_privacy_format_e format)
{
    u_char     *p, *end, *item, *colon;
    ngx_str_t   name, cats, entry;

    p = map->data;
    end = map->data + map->len;

    if (p == end) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0, "empty \"map=\" parameter");
        return NGX_CONF_ERROR;
    }

    while (p <= end) {
        item = p;

        while (p < end && *p != ',') {
            p++;
        }

        entry.data = item;
        entry.len = p - item;
        p++;

        colon = NULL;

        for (name.data = item; name.data < item + entry.len; name.data++) {
            if (*name.data == ':') {
                colon = name.data;
            }
        }

        if (colon == NULL || colon == item || colon == item + entry.len - 1) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "invalid map entry \"%V\": expected "
                               "\"cmp_name:category\"", &entry);
            return NGX_CONF_ERROR;
        }

        name.data = item;
        name.len = colon - item;
        cats.data = colon + 1;
        cats.len = item + entry.len - cats.data;

        if (ngx_http_privacy_map_add(cf, entries, &name, &cats, format)
            != NGX_CONF_OK)
        {
            return NGX_CONF_ERROR;
        }
    }

    return NGX_CONF_OK;
}


static const privacy_cmp_map_t *
ngx_http_privacy_default_map(ngx_http_privacy_format_e format)
{
    switch (format) {

    case NGX_HTTP_PRIVACY_FMT_COOKIEBOT:
        return &privacy_cookiebot_default_map;

    case NGX_HTTP_PRIVACY_FMT_ONETRUST:
        return &privacy_onetrust_default_map;

    case NGX_HTTP_PRIVACY_FMT_COOKIECONSENT:
        return &privacy_cookieconsent_default_map;

    case NGX_HTTP_PRIVACY_FMT_COOKIEYES:
        return &privacy_cookieyes_default_map;

    case NGX_HTTP_PRIVACY_FMT_COMPLIANZ:
        return &privacy_complianz_default_map;

    default:
        return NULL;
    }
}


/* one map entry; cats is "category[+category...]" */
static char *
ngx_http_privacy_map_add(ngx_conf_t *cf, ngx_array_t **entries,
    ngx_str_t *name, ngx_str_t *cats, ngx_http_privacy_format_e format)
{
    u_char                        *p, *end;
    ngx_str_t                      cat;
    ngx_uint_t                     i;
    privacy_mask_t                 mask;
    const privacy_cmp_map_t       *def;
    privacy_cmp_map_entry_t       *e;
    ngx_http_privacy_category_t   *c;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);

    mask = 0;
    p = cats->data;
    end = cats->data + cats->len;

    while (p <= end) {
        cat.data = p;

        while (p < end && *p != '+') {
            p++;
        }

        cat.len = p - cat.data;
        p++;

        c = ngx_http_privacy_category_find(pmcf, cat.data, cat.len);

        if (c == NULL) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "unknown privacy category \"%V\" in map "
                               "entry \"%V:%V\" (declare it with "
                               "privacy_category before use)",
                               &cat, name, cats);
            return NGX_CONF_ERROR;
        }

        mask |= c->bit;
    }

    /* "necessary" means "known, ignored": it cannot feed anything else */

    if ((mask & PRIVACY_CAT_NECESSARY) && mask != PRIVACY_CAT_NECESSARY) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"necessary\" cannot be combined with other "
                           "categories in map entry \"%V:%V\"", name, cats);
        return NGX_CONF_ERROR;
    }

    if (*entries == NULL) {
        *entries = ngx_array_create(cf->pool, 8,
                                    sizeof(privacy_cmp_map_entry_t));
        if (*entries == NULL) {
            return NGX_CONF_ERROR;
        }
    }

    e = (*entries)->elts;

    for (i = 0; i < (*entries)->nelts; i++) {
        if (e[i].len == name->len
            && ngx_strncmp(e[i].name, name->data, name->len) == 0)
        {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "duplicate map entry \"%V\" (join "
                               "categories with \"+\")", name);
            return NGX_CONF_ERROR;
        }
    }

    if ((*entries)->nelts == PRIVACY_CMP_MAP_MAX) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "too many map entries, at most %ui",
                           (ngx_uint_t) PRIVACY_CMP_MAP_MAX);
        return NGX_CONF_ERROR;
    }

    e = ngx_array_push(*entries);
    if (e == NULL) {
        return NGX_CONF_ERROR;
    }

    e->name = (const char *) name->data;
    e->len = name->len;
    e->mask = mask;

    /*
     * "required" (a missing name turns its categories off): as in the
     * format's default map; other names are required where the platform
     * always writes every category it has (Cookiebot, CookieYes,
     * Complianz, whose missing cookie means "denied")
     */

    e->flags = (format == NGX_HTTP_PRIVACY_FMT_COOKIEBOT
                || format == NGX_HTTP_PRIVACY_FMT_COOKIEYES
                || format == NGX_HTTP_PRIVACY_FMT_COMPLIANZ)
               ? PRIVACY_CMP_MAP_REQUIRED : 0;

    def = ngx_http_privacy_default_map(format);

    for (i = 0; def && i < def->n; i++) {
        if (def->entries[i].len == name->len
            && ngx_strncmp(def->entries[i].name, name->data, name->len) == 0)
        {
            e->flags = def->entries[i].flags;
            break;
        }
    }

    return NGX_CONF_OK;
}


char *
ngx_http_privacy_klaro_service(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t  *value;

    value = cf->args->elts;

    return ngx_http_privacy_map_add(cf, &plcf->klaro_services, &value[1],
                                    &value[2], NGX_HTTP_PRIVACY_FMT_KLARO);
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

            ngx_memzero(cc, sizeof(ngx_http_privacy_consent_cookie_t));
            ngx_str_set(&cc->name, "privacy_consent");
            cc->format = NGX_HTTP_PRIVACY_FMT_NATIVE;
        }

        conf->consent_cookies = prev->consent_cookies;
    }

    if (conf->klaro_services == NULL) {
        conf->klaro_services = prev->klaro_services;
    }

    /* a level that sets nothing shares its parent's decoder configuration */

    if (conf->consent_cookies == prev->consent_cookies
        && conf->klaro_services == prev->klaro_services)
    {
        if (!prev->cmp_built
            && ngx_http_privacy_cmp_build(cf, prev) != NGX_CONF_OK)
        {
            return NGX_CONF_ERROR;
        }

        conf->cmp = prev->cmp;
        conf->cmp_built = 1;

        return NGX_CONF_OK;
    }

    return ngx_http_privacy_cmp_build(cf, conf);
}


/*
 * The decoders' configuration (lib/privacy_cmp.h) from the consent cookies
 * of one level: only the configured platforms run, under the configured
 * names.  DNT and GPC stay with the module's own privacy_dnt/privacy_gpc.
 */
static char *
ngx_http_privacy_cmp_build(ngx_conf_t *cf, ngx_http_privacy_loc_conf_t *conf)
{
    const char                         *msg;
    ngx_uint_t                          i, ntcf, nusp, ncmp;
    privacy_cmp_str_t                  *tcf, *usp;
    privacy_cmp_conf_t                 *cmp;
    ngx_http_privacy_main_conf_t       *pmcf;
    ngx_http_privacy_consent_cookie_t  *cc;

    conf->cmp_built = 1;
    conf->cmp = NULL;

    cc = conf->consent_cookies->elts;
    ntcf = 0;
    nusp = 0;
    ncmp = 0;

    for (i = 0; i < conf->consent_cookies->nelts; i++) {
        if (cc[i].format == NGX_HTTP_PRIVACY_FMT_TCF) {
            ntcf++;

        } else if (cc[i].format == NGX_HTTP_PRIVACY_FMT_USPRIVACY) {
            nusp++;
        }

        if (cc[i].format != NGX_HTTP_PRIVACY_FMT_NATIVE) {
            ncmp++;
        }
    }

    if (ncmp == 0) {
        return NGX_CONF_OK;
    }

    cmp = ngx_palloc(cf->pool, sizeof(privacy_cmp_conf_t));
    tcf = ngx_palloc(cf->pool, (ntcf + 1) * sizeof(privacy_cmp_str_t));
    usp = ngx_palloc(cf->pool, (nusp + 1) * sizeof(privacy_cmp_str_t));

    if (cmp == NULL || tcf == NULL || usp == NULL) {
        return NGX_CONF_ERROR;
    }

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);

    privacy_cmp_conf_init(cmp);

    cmp->families = 0;
    cmp->all = (privacy_mask_t) ((1u << pmcf->categories.nelts) - 1)
               & ~PRIVACY_CAT_NECESSARY;
    cmp->gpc_removes = 0;
    cmp->dnt_removes = 0;

    cmp->tcf.cookies = tcf;
    cmp->tcf.ncookies = 0;
    cmp->usp_cookies = usp;
    cmp->nusp_cookies = 0;
    cmp->gpp_cookie.data = NULL;
    cmp->gpp_cookie.len = 0;

    for (i = 0; i < conf->consent_cookies->nelts; i++) {
        if (ngx_http_privacy_cmp_add(cf, conf, &cc[i], cmp, tcf, usp)
            != NGX_OK)
        {
            return NGX_CONF_ERROR;
        }
    }

    msg = privacy_cmp_conf_check(cmp);

    if (msg != NULL) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid consent cookie configuration: %s", msg);
        return NGX_CONF_ERROR;
    }

    conf->cmp = cmp;

    return NGX_CONF_OK;
}


/* one consent cookie of a level into the decoders' configuration */
static ngx_int_t
ngx_http_privacy_cmp_add(ngx_conf_t *cf, ngx_http_privacy_loc_conf_t *conf,
    ngx_http_privacy_consent_cookie_t *cc, privacy_cmp_conf_t *cmp,
    privacy_cmp_str_t *tcf, privacy_cmp_str_t *usp)
{
    privacy_cmp_map_t  map;
    privacy_cmp_str_t  name;

    name.data = (const char *) cc->name.data;
    name.len = cc->name.len;

    map.entries = cc->map ? cc->map->elts : NULL;
    map.n = cc->map ? cc->map->nelts : 0;

    if (ngx_http_privacy_fmt_is_family(cc->format)) {
        cmp->families |= PRIVACY_CMP_FAMILY_BIT(
                             ngx_http_privacy_fmt_family(cc->format));
    }

    switch (cc->format) {

    case NGX_HTTP_PRIVACY_FMT_COOKIEBOT:
        cmp->cookiebot.cookie = name;
        if (cc->map) {
            cmp->cookiebot.map = map;
        }
        break;

    case NGX_HTTP_PRIVACY_FMT_ONETRUST:
        cmp->onetrust.cookie = name;
        if (cc->map) {
            cmp->onetrust.map = map;
        }
        break;

    case NGX_HTTP_PRIVACY_FMT_KLARO:
        cmp->klaro.cookie = name;

        if (conf->klaro_services == NULL) {
            ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                          "the Klaro cookie \"%V\" needs its services "
                          "(\"privacy_klaro_service\" or \"map=\") in "
                          "%s:%ui", &cc->name, cc->file, cc->line);
            return NGX_ERROR;
        }

        cmp->klaro.services.entries = conf->klaro_services->elts;
        cmp->klaro.services.n = conf->klaro_services->nelts;
        break;

    case NGX_HTTP_PRIVACY_FMT_COOKIECONSENT:
        cmp->cookieconsent.cookie = name;
        if (cc->map) {
            cmp->cookieconsent.map = map;
        }
        cmp->cookieconsent.revision = cc->revision;
        cmp->cookieconsent.has_revision = cc->has_revision;
        break;

    case NGX_HTTP_PRIVACY_FMT_COOKIEYES:
        cmp->cookieyes.cookie = name;
        if (cc->map) {
            cmp->cookieyes.map = map;
        }
        break;

    case NGX_HTTP_PRIVACY_FMT_COMPLIANZ:
        cmp->complianz.prefix = name;
        if (cc->map) {
            cmp->complianz.map = map;
        }
        cmp->complianz.policy_id = cc->policy_id;
        cmp->complianz.has_policy_id = cc->has_policy_id;
        break;

    case NGX_HTTP_PRIVACY_FMT_TCF:
        tcf[cmp->tcf.ncookies++] = name;
        break;

    case NGX_HTTP_PRIVACY_FMT_USPRIVACY:
        usp[cmp->nusp_cookies++] = name;
        break;

    case NGX_HTTP_PRIVACY_FMT_GPP:
        cmp->gpp_cookie = name;
        break;

    default: /* NGX_HTTP_PRIVACY_FMT_NATIVE */
        break;
    }

    return NGX_OK;
}


/*
 * The index of the consent cookie a name belongs to: a configured name,
 * a cookie under the Complianz prefix, or OneTrust's banner-closed cookie.
 */
ngx_int_t
ngx_http_privacy_is_consent_cookie(ngx_http_privacy_loc_conf_t *plcf,
    u_char *name, size_t len)
{
    ngx_uint_t                          i;
    ngx_http_privacy_consent_cookie_t  *cc;

    cc = plcf->consent_cookies->elts;

    for (i = 0; i < plcf->consent_cookies->nelts; i++) {
        if (cc[i].name.len == len
            && ngx_strncmp(cc[i].name.data, name, len) == 0)
        {
            return (ngx_int_t) i;
        }
    }

    if (plcf->cmp == NULL) {
        return NGX_DECLINED;
    }

    for (i = 0; i < plcf->consent_cookies->nelts; i++) {

        switch (cc[i].format) {

        case NGX_HTTP_PRIVACY_FMT_COMPLIANZ:
            if (len > cc[i].name.len
                && ngx_strncmp(cc[i].name.data, name, cc[i].name.len) == 0)
            {
                return (ngx_int_t) i;
            }

            break;

        case NGX_HTTP_PRIVACY_FMT_ONETRUST:
            if (len == plcf->cmp->onetrust.closed_cookie.len
                && ngx_strncmp(plcf->cmp->onetrust.closed_cookie.data, name,
                               len) == 0)
            {
                return (ngx_int_t) i;
            }

            break;

        default:
            break;
        }
    }

    return NGX_DECLINED;
}
