/*
 * The legal regime by visitor location: the country (and, for City
 * databases, the first subdivision) comes from a variable such as a CDN
 * header, or from a MaxMind DB looked up with the client address after the
 * realip module has done its work.  privacy_regime maps country codes,
 * subdivision codes ("US-CA", which take precedence over their country) and
 * the built-in groups EU and EEA onto opt-in / opt-out / none.
 */
#include "ngx_http_privacy_geo.h"

#if (NGX_HTTP_PRIVACY_MMDB)
#include <maxminddb.h>
#endif


const char  *ngx_http_privacy_regime_names[] = {
    "opt-in", "opt-out", "none"
};


typedef struct {
    u_char                       code[NGX_HTTP_PRIVACY_COUNTRY_LEN];
    size_t                       len;
    ngx_uint_t                   regime;
    ngx_uint_t                   from_group;
    ngx_uint_t                   line;
    u_char                      *file;
} ngx_http_privacy_regime_entry_t;


typedef struct {
    const char                  *name;
    const char                  *members;
} ngx_http_privacy_group_t;


/*
 * The member states, ISO 3166-1 alpha-2 as MaxMind writes them (Greece is
 * GR).  EU: the 27 member states since 1 February 2020; EEA: the EU plus
 * Iceland, Liechtenstein and Norway.  docs/geo.md lists them too.
 */
#define NGX_HTTP_PRIVACY_EU_MEMBERS                                           \
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO "   \
    "SK SI ES SE"

static ngx_http_privacy_group_t  ngx_http_privacy_groups[] = {
    { "EU", NGX_HTTP_PRIVACY_EU_MEMBERS },
    { "EEA", NGX_HTTP_PRIVACY_EU_MEMBERS " IS LI NO" },
    { NULL, NULL }
};


#if (NGX_HTTP_PRIVACY_MMDB)
static void ngx_http_privacy_mmdb_cleanup(void *data);
#endif


/* "FR", "us-ca": two letters, optionally "-" and 1 to 3 letters or digits */
static size_t
ngx_http_privacy_country_code(u_char *dst, u_char *src, size_t len)
{
    size_t  i;

    if (len != 2 && (len < 4 || len > 6 || src[2] != '-')) {
        return 0;
    }

    for (i = 0; i < len; i++) {
        if (i == 2) {
            dst[i] = '-';
            continue;
        }

        if (src[i] >= 'a' && src[i] <= 'z') {
            dst[i] = src[i] - 'a' + 'A';

        } else if ((src[i] >= 'A' && src[i] <= 'Z')
                   || (i > 2 && src[i] >= '0' && src[i] <= '9'))
        {
            dst[i] = src[i];

        } else {
            return 0;
        }
    }

    return len;
}


char *
ngx_http_privacy_geoip2(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
#if (NGX_HTTP_PRIVACY_MMDB)
    ngx_http_privacy_main_conf_t  *pmcf = conf;

    int                  rc;
    ngx_str_t           *value, path;
    ngx_pool_cleanup_t  *cln;

    if (pmcf->mmdb) {
        return "is duplicate";
    }

    value = cf->args->elts;
    path = value[1];

    if (ngx_conf_full_name(cf->cycle, &path, 0) != NGX_OK) {
        return NGX_CONF_ERROR;
    }

    pmcf->mmdb = ngx_pcalloc(cf->pool, sizeof(MMDB_s));
    if (pmcf->mmdb == NULL) {
        return NGX_CONF_ERROR;
    }

    /* opened here, so that "nginx -t" and a reload catch a bad file */
    rc = MMDB_open((char *) path.data, MMDB_MODE_MMAP, pmcf->mmdb);

    if (rc != MMDB_SUCCESS) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf,
                           rc == MMDB_IO_ERROR ? ngx_errno : 0,
                           "privacy_geoip2 cannot open \"%V\": %s",
                           &path, MMDB_strerror(rc));
        pmcf->mmdb = NULL;
        return NGX_CONF_ERROR;
    }

    cln = ngx_pool_cleanup_add(cf->pool, 0);
    if (cln == NULL) {
        MMDB_close(pmcf->mmdb);
        return NGX_CONF_ERROR;
    }

    cln->handler = ngx_http_privacy_mmdb_cleanup;
    cln->data = pmcf->mmdb;

    return NGX_CONF_OK;

#else

    return "requires libmaxminddb: rebuild the module where its headers "
           "(libmaxminddb-dev) are installed";

#endif
}


#if (NGX_HTTP_PRIVACY_MMDB)

static void
ngx_http_privacy_mmdb_cleanup(void *data)
{
    MMDB_close(data);
}

#endif


char *
ngx_http_privacy_country(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t  *value, name;

    if (plcf->country_index != NGX_CONF_UNSET) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (value[1].len < 2 || value[1].data[0] != '$') {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid variable name \"%V\" in \"%V\"",
                           &value[1], &value[0]);
        return NGX_CONF_ERROR;
    }

    name.data = value[1].data + 1;
    name.len = value[1].len - 1;

    plcf->country_index = ngx_http_get_variable_index(cf, &name);
    if (plcf->country_index == NGX_ERROR) {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}


static char *
ngx_http_privacy_regime_add(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, u_char *code, size_t len,
    ngx_uint_t regime, ngx_uint_t from_group)
{
    ngx_uint_t                        i;
    ngx_http_privacy_regime_entry_t  *e;

    e = pmcf->regime_entries->elts;

    for (i = 0; i < pmcf->regime_entries->nelts; i++) {
        if (e[i].len != len || ngx_strncmp(e[i].code, code, len) != 0) {
            continue;
        }

        if (e[i].regime == regime) {
            e[i].from_group &= from_group;
            return NGX_CONF_OK;
        }

        /* a code named on its own beats the same code inside a group */

        if (e[i].from_group != from_group) {
            if (e[i].from_group) {
                e[i].regime = regime;
                e[i].from_group = 0;
            }

            return NGX_CONF_OK;
        }

        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%*s\" is already in regime \"%s\" (%s:%ui)",
                           len, code,
                           ngx_http_privacy_regime_names[e[i].regime],
                           e[i].file, e[i].line);
        return NGX_CONF_ERROR;
    }

    e = ngx_array_push(pmcf->regime_entries);
    if (e == NULL) {
        return NGX_CONF_ERROR;
    }

    ngx_memcpy(e->code, code, len);
    e->len = len;
    e->regime = regime;
    e->from_group = from_group;
    e->file = cf->conf_file->file.name.data;
    e->line = cf->conf_file->line;

    return NGX_CONF_OK;
}


char *
ngx_http_privacy_regime(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_main_conf_t  *pmcf = conf;

    u_char                    *p, *s, code[NGX_HTTP_PRIVACY_COUNTRY_LEN];
    size_t                     len;
    ngx_str_t                 *value;
    ngx_uint_t                 i, regime;
    ngx_http_privacy_group_t  *g;

    value = cf->args->elts;

    for (regime = 0; regime < 3; regime++) {
        if (ngx_strcmp(value[1].data, ngx_http_privacy_regime_names[regime])
            == 0)
        {
            break;
        }
    }

    if (regime == 3) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid regime \"%V\" in \"%V\", it must be "
                           "\"opt-in\", \"opt-out\" or \"none\"",
                           &value[1], &value[0]);
        return NGX_CONF_ERROR;
    }

    if (pmcf->regime_entries == NULL) {
        pmcf->regime_entries = ngx_array_create(cf->pool, 64,
                                    sizeof(ngx_http_privacy_regime_entry_t));
        if (pmcf->regime_entries == NULL) {
            return NGX_CONF_ERROR;
        }
    }

    for (i = 2; i < cf->args->nelts; i++) {

        for (g = ngx_http_privacy_groups; g->name; g++) {
            if (ngx_strcasecmp(value[i].data, (u_char *) g->name) == 0) {
                break;
            }
        }

        if (g->name) {
            for (p = (u_char *) g->members; *p; p = s) {
                s = p;
                while (*s && *s != ' ') {
                    s++;
                }

                if (ngx_http_privacy_regime_add(cf, pmcf, p, s - p, regime, 1)
                    != NGX_CONF_OK)
                {
                    return NGX_CONF_ERROR;
                }

                while (*s == ' ') {
                    s++;
                }
            }

            continue;
        }

        len = ngx_http_privacy_country_code(code, value[i].data, value[i].len);

        if (len == 0) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "invalid country code \"%V\" in \"%V\": use "
                               "ISO 3166 codes such as \"FR\" or \"US-CA\", "
                               "or a group: \"EU\", \"EEA\"",
                               &value[i], &value[0]);
            return NGX_CONF_ERROR;
        }

        if (ngx_http_privacy_regime_add(cf, pmcf, code, len, regime, 0)
            != NGX_CONF_OK)
        {
            return NGX_CONF_ERROR;
        }
    }

    return NGX_CONF_OK;
}


/* the country looked up per request: a variable wins, then the database */
static size_t
ngx_http_privacy_lookup_country(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *code)
{
    size_t                         len;
    ngx_http_variable_value_t     *vv;
#if (NGX_HTTP_PRIVACY_MMDB)
    int                            err, rc;
    MMDB_entry_data_s              data;
    MMDB_lookup_result_s           res;
    ngx_http_privacy_main_conf_t  *pmcf;
#endif

    if (plcf->country_index != NGX_CONF_UNSET) {
        vv = ngx_http_get_indexed_variable(r, plcf->country_index);

        if (vv && !vv->not_found && vv->len) {
            return ngx_http_privacy_country_code(code, vv->data, vv->len);
        }
    }

#if (NGX_HTTP_PRIVACY_MMDB)

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    if (pmcf->mmdb == NULL) {
        return 0;
    }

    res = MMDB_lookup_sockaddr(pmcf->mmdb, r->connection->sockaddr, &err);

    if (err != MMDB_SUCCESS || !res.found_entry) {
        return 0;
    }

    rc = MMDB_get_value(&res.entry, &data, "country", "iso_code", NULL);

    if (rc != MMDB_SUCCESS || !data.has_data
        || data.type != MMDB_DATA_TYPE_UTF8_STRING || data.data_size != 2)
    {
        return 0;
    }

    len = ngx_http_privacy_country_code(code, (u_char *) data.utf8_string, 2);
    if (len == 0) {
        return 0;
    }

    rc = MMDB_get_value(&res.entry, &data, "subdivisions", "0", "iso_code",
                        NULL);

    if (rc == MMDB_SUCCESS && data.has_data
        && data.type == MMDB_DATA_TYPE_UTF8_STRING
        && data.data_size >= 1 && data.data_size <= 3)
    {
        code[2] = '-';
        ngx_memcpy(code + 3, data.utf8_string, data.data_size);

        if (ngx_http_privacy_country_code(code, code, 3 + data.data_size)) {
            len = 3 + data.data_size;
        }
    }

    return len;

#else

    (void) len;
    return 0;

#endif
}


static ngx_http_privacy_regime_entry_t *
ngx_http_privacy_regime_find(ngx_http_privacy_main_conf_t *pmcf, u_char *code,
    size_t len)
{
    u_char                            low[NGX_HTTP_PRIVACY_COUNTRY_LEN];
    ngx_uint_t                        key;

    key = ngx_hash_strlow(low, code, len);

    return ngx_hash_find(&pmcf->regimes, key, low, len);
}


/* sets d->regime and d->country */
void
ngx_http_privacy_resolve_regime(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_decision_t *d)
{
    ngx_http_privacy_main_conf_t     *pmcf;
    ngx_http_privacy_regime_entry_t  *e;

    d->regime = plcf->default_regime;
    d->country_len = ngx_http_privacy_lookup_country(r, plcf, d->country);

    if (d->country_len == 0) {
        return;
    }

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    if (pmcf->regimes.size == 0) {
        return;
    }

    e = NULL;

    if (d->country_len > 2) {
        e = ngx_http_privacy_regime_find(pmcf, d->country, d->country_len);
    }

    if (e == NULL) {
        e = ngx_http_privacy_regime_find(pmcf, d->country, 2);
    }

    if (e) {
        d->regime = e->regime;
    }
}


ngx_int_t
ngx_http_privacy_regimes_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf)
{
    ngx_uint_t                        i;
    ngx_hash_key_t                   *hk;
    ngx_hash_init_t                   hash;
    ngx_array_t                       keys;
    ngx_http_privacy_regime_entry_t  *e;

    if (pmcf->regime_entries == NULL || pmcf->regime_entries->nelts == 0) {
        return NGX_OK;
    }

    if (ngx_array_init(&keys, cf->temp_pool, pmcf->regime_entries->nelts,
                       sizeof(ngx_hash_key_t))
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    e = pmcf->regime_entries->elts;

    for (i = 0; i < pmcf->regime_entries->nelts; i++) {
        hk = ngx_array_push(&keys);
        if (hk == NULL) {
            return NGX_ERROR;
        }

        hk->key.data = e[i].code;
        hk->key.len = e[i].len;
        hk->key_hash = ngx_hash_key_lc(e[i].code, e[i].len);
        hk->value = &e[i];
    }

    hash.hash = &pmcf->regimes;
    hash.key = ngx_hash_key_lc;
    hash.max_size = 1024;
    hash.bucket_size = ngx_cacheline_size;
    hash.name = "privacy_regime_hash";
    hash.pool = cf->pool;
    hash.temp_pool = NULL;

    return ngx_hash_init(&hash, keys.elts, keys.nelts);
}
