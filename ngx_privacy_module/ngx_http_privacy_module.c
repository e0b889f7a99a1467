/*
 * ngx_http_privacy_module: the top of the layers (docs/hacking.md).  The
 * directives, create/merge of the configuration, and the single
 * postconfiguration that registers every handler and filter.
 */
#include "ngx_http_privacy_common.h"
#include "ngx_http_privacy_beacon_gate.h"
#include "ngx_http_privacy_consent.h"
#include "ngx_http_privacy_consent_mode.h"
#include "ngx_http_privacy_placeholder.h"
#include "ngx_http_privacy_cookie.h"
#include "ngx_http_privacy_endpoint.h"
#include "ngx_http_privacy_header_filter.h"
#include "ngx_http_privacy_geo.h"
#include "ngx_http_privacy_html.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_sign.h"
#include "ngx_http_privacy_status.h"
#include "ngx_http_privacy_variables.h"
#include "ngx_http_privacy_util.h"
#include "privacy_urlparse.h"
#include "privacy_cookie.h"


static ngx_int_t ngx_http_privacy_preconfiguration(ngx_conf_t *cf);
static ngx_int_t ngx_http_privacy_postconfiguration(ngx_conf_t *cf);
static ngx_int_t ngx_http_privacy_add_handler(ngx_conf_t *cf,
    ngx_http_phases phase, ngx_http_handler_pt handler);
static void *ngx_http_privacy_create_main_conf(ngx_conf_t *cf);
static char *ngx_http_privacy_init_main_conf(ngx_conf_t *cf, void *conf);
static void *ngx_http_privacy_create_loc_conf(ngx_conf_t *cf);
static char *ngx_http_privacy_merge_loc_conf(ngx_conf_t *cf, void *parent,
    void *child);
static char *ngx_http_privacy_unknown_cookie(ngx_conf_t *cf,
    ngx_command_t *cmd, void *conf);
static char *ngx_http_privacy_denies(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_privacy_strip_request(ngx_conf_t *cf,
    ngx_command_t *cmd, void *conf);
static char *ngx_http_privacy_html_flag(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);
static char *ngx_http_privacy_unknown_pixel(ngx_conf_t *cf,
    ngx_command_t *cmd, void *conf);
static char *ngx_http_privacy_banner(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf);


static ngx_conf_enum_t  ngx_http_privacy_html_actions[] = {
    { ngx_string("remove"), NGX_HTTP_PRIVACY_ACTION_REMOVE },
    { ngx_string("neutralize"), NGX_HTTP_PRIVACY_ACTION_NEUTRALIZE },
    { ngx_null_string, 0 }
};


static ngx_conf_enum_t  ngx_http_privacy_fail_modes[] = {
    { ngx_string("open"), NGX_HTTP_PRIVACY_FAIL_OPEN },
    { ngx_string("closed"), NGX_HTTP_PRIVACY_FAIL_CLOSED },
    { ngx_null_string, 0 }
};


static ngx_conf_enum_t  ngx_http_privacy_regimes[] = {
    { ngx_string("opt-in"), NGX_HTTP_PRIVACY_REGIME_OPT_IN },
    { ngx_string("opt-out"), NGX_HTTP_PRIVACY_REGIME_OPT_OUT },
    { ngx_string("none"), NGX_HTTP_PRIVACY_REGIME_NONE },
    { ngx_null_string, 0 }
};


static ngx_conf_num_bounds_t  ngx_http_privacy_revision_bounds = {
    ngx_conf_check_num_bounds, 0, 999999999
};


static ngx_command_t  ngx_http_privacy_commands[] = {

    { ngx_string("privacy"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, enable),
      NULL },

    { ngx_string("privacy_category"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_BLOCK|NGX_CONF_TAKE1,
      ngx_http_privacy_category_block,
      NGX_HTTP_MAIN_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_exempt"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_2MORE,
      ngx_http_privacy_exempt,
      NGX_HTTP_MAIN_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_unknown_cookie"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_privacy_unknown_cookie,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_consent_cookie"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_CONF_2MORE,
      ngx_http_privacy_consent_cookie,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_klaro_service"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_CONF_TAKE2,
      ngx_http_privacy_klaro_service,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_policy_revision"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, policy_revision),
      &ngx_http_privacy_revision_bounds },

    { ngx_string("privacy_consent_max_age"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_sec_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, max_age),
      NULL },

    { ngx_string("privacy_default_regime"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_enum_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, default_regime),
      &ngx_http_privacy_regimes },

    { ngx_string("privacy_dnt"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, dnt),
      NULL },

    { ngx_string("privacy_gpc"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, gpc),
      NULL },

    { ngx_string("privacy_dnt_denies"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_privacy_denies,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, dnt_denies),
      NULL },

    { ngx_string("privacy_gpc_denies"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_privacy_denies,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, gpc_denies),
      NULL },

    { ngx_string("privacy_strip_request_cookies"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_http_privacy_strip_request,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, strip_request_cookies),
      NULL },

    { ngx_string("privacy_expire_cookies"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, expire_cookies),
      NULL },

    { ngx_string("privacy_html_placeholder"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_privacy_placeholder_conf,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_consent_mode"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_privacy_consent_mode,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_consent_mode_map"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_2MORE,
      ngx_http_privacy_consent_mode_map,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_cookie_domain"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_privacy_cookie_domain,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, cookie_domains),
      NULL },

    { ngx_string("privacy_cookie_path"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_privacy_cookie_path,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, cookie_paths),
      NULL },

    { ngx_string("privacy_html"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_http_privacy_html_flag,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, html),
      NULL },

    { ngx_string("privacy_html_types"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_types_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, html_types_keys),
      &ngx_http_html_default_types[0] },

    { ngx_string("privacy_html_action"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_enum_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, html_action),
      &ngx_http_privacy_html_actions },

    { ngx_string("privacy_html_activate"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, html_activate),
      NULL },

    { ngx_string("privacy_html_max_tag"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, html_max_tag),
      NULL },

    { ngx_string("privacy_html_max_inline"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_size_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, html_max_inline),
      NULL },

    { ngx_string("privacy_unknown_pixel"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_privacy_unknown_pixel,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_banner"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE12,
      ngx_http_privacy_banner,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_fail"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_enum_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, fail),
      &ngx_http_privacy_fail_modes },

    { ngx_string("privacy_geoip2"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_http_privacy_geoip2,
      NGX_HTTP_MAIN_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_country"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_CONF_TAKE1,
      ngx_http_privacy_country,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_regime"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_2MORE,
      ngx_http_privacy_regime,
      NGX_HTTP_MAIN_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_hash_max_size"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_privacy_main_conf_t, hash_max_size),
      NULL },

    { ngx_string("privacy_hash_bucket_size"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE1,
      ngx_conf_set_num_slot,
      NGX_HTTP_MAIN_CONF_OFFSET,
      offsetof(ngx_http_privacy_main_conf_t, hash_bucket_size),
      NULL },

    /* the consent flow: ngx_http_privacy_endpoint.c, _flow.c, _status.c */

    { ngx_string("privacy_consent_endpoint"),
      NGX_HTTP_LOC_CONF|NGX_CONF_NOARGS,
      ngx_http_privacy_consent_endpoint,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_consent_secret"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_CONF_1MORE,
      ngx_http_privacy_consent_secret,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_consent_httponly"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, consent_httponly),
      NULL },

    { ngx_string("privacy_beacon"),
      NGX_HTTP_LOC_CONF|NGX_CONF_TAKE12,
      ngx_http_privacy_beacon,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_gate"),
      NGX_HTTP_LOC_CONF|NGX_CONF_1MORE,
      ngx_http_privacy_gate,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_gate_status"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_TAKE1,
      ngx_http_privacy_gate_status,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_status_zone"),
      NGX_HTTP_MAIN_CONF|NGX_CONF_TAKE2,
      ngx_http_privacy_status_zone,
      NGX_HTTP_MAIN_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_status"),
      NGX_HTTP_LOC_CONF|NGX_CONF_NOARGS|NGX_CONF_TAKE1,
      ngx_http_privacy_status,
      NGX_HTTP_LOC_CONF_OFFSET,
      0,
      NULL },

    { ngx_string("privacy_debug_header"),
      NGX_HTTP_MAIN_CONF|NGX_HTTP_SRV_CONF|NGX_HTTP_LOC_CONF|NGX_CONF_FLAG,
      ngx_conf_set_flag_slot,
      NGX_HTTP_LOC_CONF_OFFSET,
      offsetof(ngx_http_privacy_loc_conf_t, debug_header),
      NULL },

      ngx_null_command
};


static ngx_http_module_t  ngx_http_privacy_module_ctx = {
    ngx_http_privacy_preconfiguration,     /* preconfiguration */
    ngx_http_privacy_postconfiguration,    /* postconfiguration */

    ngx_http_privacy_create_main_conf,     /* create main configuration */
    ngx_http_privacy_init_main_conf,       /* init main configuration */

    NULL,                                  /* create server configuration */
    NULL,                                  /* merge server configuration */

    ngx_http_privacy_create_loc_conf,      /* create location configuration */
    ngx_http_privacy_merge_loc_conf        /* merge location configuration */
};


ngx_module_t  ngx_http_privacy_module = {
    NGX_MODULE_V1,
    &ngx_http_privacy_module_ctx,          /* module context */
    ngx_http_privacy_commands,             /* module directives */
    NGX_HTTP_MODULE,                       /* module type */
    NULL,                                  /* init master */
    NULL,                                  /* init module */
    NULL,                                  /* init process */
    NULL,                                  /* init thread */
    NULL,                                  /* exit thread */
    NULL,                                  /* exit process */
    NULL,                                  /* exit master */
    NGX_MODULE_V1_PADDING
};


static ngx_int_t
ngx_http_privacy_preconfiguration(ngx_conf_t *cf)
{
    return ngx_http_privacy_add_variables(cf);
}


/*
 * The one place where the module's handlers and filters are registered.
 *
 * PREACCESS handlers, each only where some location uses it; nginx runs a
 * phase's handlers in the reverse order of registration, so: beacons and
 * gates, then the HTML request rewrite, then the Cookie rewrite.  (ACCESS
 * would apply "satisfy" semantics.)  The LOG handler counts, with a zone.
 *
 * Filters: the one registered last runs first.  The call order is
 *
 *   header: ngx_http_privacy_header_filter (Set-Cookie, Link, the HTML
 *           decision, expiry, Vary) -> the debug header (which sees the
 *           stripped cookies) -> the next module's
 *   body:   ngx_http_privacy_body_filter -> the next module's
 *
 * and, among nginx's filters (config, ngx_module_order): copy ->
 * headers/userid -> gunzip -> privacy -> addition, sub, ... -> gzip.
 */
static ngx_int_t
ngx_http_privacy_postconfiguration(ngx_conf_t *cf)
{
    ngx_int_t                      rc;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);

    if ((pmcf->strip_request_used
         && ngx_http_privacy_add_handler(cf, NGX_HTTP_PREACCESS_PHASE,
                                   ngx_http_privacy_request_cookie_handler)
            != NGX_OK)
        || (pmcf->html_used
            && ngx_http_privacy_add_handler(cf, NGX_HTTP_PREACCESS_PHASE,
                                            ngx_http_privacy_html_request)
               != NGX_OK)
        || (pmcf->access_used
            && ngx_http_privacy_add_handler(cf, NGX_HTTP_PREACCESS_PHASE,
                                            ngx_http_privacy_access_handler)
               != NGX_OK))
    {
        return NGX_ERROR;
    }

    ngx_http_privacy_debug_next_header_filter = ngx_http_top_header_filter;
    ngx_http_top_header_filter = ngx_http_privacy_debug_header_filter;

    rc = ngx_http_privacy_status_check(cf);

    if (rc == NGX_ERROR
        || (rc == NGX_OK
            && ngx_http_privacy_add_handler(cf, NGX_HTTP_LOG_PHASE,
                                            ngx_http_privacy_status_log)
               != NGX_OK))
    {
        return NGX_ERROR;
    }

    ngx_http_privacy_next_body_filter = ngx_http_top_body_filter;
    ngx_http_top_body_filter = ngx_http_privacy_body_filter;

    ngx_http_privacy_next_header_filter = ngx_http_top_header_filter;
    ngx_http_top_header_filter = ngx_http_privacy_header_filter;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_add_handler(ngx_conf_t *cf, ngx_http_phases phase,
    ngx_http_handler_pt handler)
{
    ngx_http_handler_pt        *h;
    ngx_http_core_main_conf_t  *cmcf;

    cmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_core_module);

    h = ngx_array_push(&cmcf->phases[phase].handlers);
    if (h == NULL) {
        return NGX_ERROR;
    }

    *h = handler;

    return NGX_OK;
}


static void *
ngx_http_privacy_create_main_conf(ngx_conf_t *cf)
{
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_pcalloc(cf->pool, sizeof(ngx_http_privacy_main_conf_t));
    if (pmcf == NULL) {
        return NULL;
    }

    pmcf->hash_max_size = NGX_CONF_UNSET_UINT;
    pmcf->hash_bucket_size = NGX_CONF_UNSET_UINT;

    if (ngx_http_privacy_categories_init(cf, pmcf) != NGX_OK) {
        return NULL;
    }

    return pmcf;
}


static char *
ngx_http_privacy_init_main_conf(ngx_conf_t *cf, void *conf)
{
    ngx_http_privacy_main_conf_t  *pmcf = conf;

    ngx_conf_init_uint_value(pmcf->hash_max_size, 8192);
    ngx_conf_init_uint_value(pmcf->hash_bucket_size, 128);

    /* IDNA tables are loaded now, not on the first request */
    (void) privacy_url_idna_init();

    if (ngx_http_privacy_rules_init(cf, pmcf) != NGX_OK
        || ngx_http_privacy_regimes_init(cf, pmcf) != NGX_OK)
    {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}


static void *
ngx_http_privacy_create_loc_conf(ngx_conf_t *cf)
{
    ngx_http_privacy_loc_conf_t  *plcf;

    plcf = ngx_pcalloc(cf->pool, sizeof(ngx_http_privacy_loc_conf_t));
    if (plcf == NULL) {
        return NULL;
    }

    /*
     * set by ngx_pcalloc():
     *
     *     plcf->dnt_denies = 0;
     *     plcf->gpc_denies = 0;
     *     plcf->unknown_cookie = 0;
     *     plcf->*_set = 0;
     */

    plcf->enable = NGX_CONF_UNSET;
    plcf->dnt = NGX_CONF_UNSET;
    plcf->gpc = NGX_CONF_UNSET;
    plcf->strip_request_cookies = NGX_CONF_UNSET;
    plcf->expire_cookies = NGX_CONF_UNSET;
    plcf->cookie_domains = NGX_CONF_UNSET_PTR;
    ngx_http_privacy_consent_mode_create(plcf);
    plcf->placeholder = NGX_CONF_UNSET_PTR;
    plcf->cookie_paths = NGX_CONF_UNSET_PTR;
    plcf->consent_cookies = NGX_CONF_UNSET_PTR;
    plcf->policy_revision = NGX_CONF_UNSET_UINT;
    plcf->max_age = NGX_CONF_UNSET;
    plcf->default_regime = NGX_CONF_UNSET_UINT;
    plcf->country_index = NGX_CONF_UNSET;
    plcf->html = NGX_CONF_UNSET;
    plcf->html_action = NGX_CONF_UNSET_UINT;
    plcf->html_activate = NGX_CONF_UNSET;
    plcf->html_max_tag = NGX_CONF_UNSET_SIZE;
    plcf->html_max_inline = NGX_CONF_UNSET_SIZE;
    plcf->fail = NGX_CONF_UNSET_UINT;

    ngx_http_privacy_gate_create_conf(plcf);

    return plcf;
}


static char *
ngx_http_privacy_merge_loc_conf(ngx_conf_t *cf, void *parent, void *child)
{
    ngx_http_privacy_loc_conf_t *prev = parent;
    ngx_http_privacy_loc_conf_t *conf = child;

    ngx_conf_merge_value(conf->enable, prev->enable, 0);
    ngx_conf_merge_value(conf->dnt, prev->dnt, 1);
    ngx_conf_merge_value(conf->gpc, prev->gpc, 1);
    ngx_conf_merge_value(conf->strip_request_cookies,
                         prev->strip_request_cookies, 0);
    ngx_conf_merge_value(conf->expire_cookies, prev->expire_cookies, 0);
    ngx_conf_merge_ptr_value(conf->cookie_domains, prev->cookie_domains,
                             NULL);
    ngx_conf_merge_ptr_value(conf->cookie_paths, prev->cookie_paths, NULL);
    ngx_http_privacy_consent_mode_merge(conf, prev);
    ngx_conf_merge_ptr_value(conf->placeholder, prev->placeholder, NULL);
    ngx_conf_merge_uint_value(conf->policy_revision, prev->policy_revision, 0);
    ngx_conf_merge_sec_value(conf->max_age, prev->max_age, 395 * 86400);
    ngx_conf_merge_uint_value(conf->default_regime, prev->default_regime,
                              NGX_HTTP_PRIVACY_REGIME_OPT_IN);
    ngx_conf_merge_value(conf->country_index, prev->country_index,
                         NGX_CONF_UNSET);

    ngx_conf_merge_value(conf->html, prev->html, 0);
    ngx_conf_merge_uint_value(conf->html_action, prev->html_action,
                              NGX_HTTP_PRIVACY_ACTION_REMOVE);
    ngx_conf_merge_value(conf->html_activate, prev->html_activate, 0);
    ngx_conf_merge_size_value(conf->html_max_tag, prev->html_max_tag,
                              16 * 1024);
    ngx_conf_merge_size_value(conf->html_max_inline, prev->html_max_inline,
                              32 * 1024);
    ngx_conf_merge_uint_value(conf->fail, prev->fail,
                              NGX_HTTP_PRIVACY_FAIL_OPEN);

    if (conf->html_max_tag < 256 || conf->html_max_tag > 1024 * 1024) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"privacy_html_max_tag\" must be between 256 "
                           "and 1m, not %uz", conf->html_max_tag);
        return NGX_CONF_ERROR;
    }

    if (conf->html_max_inline != 0
        && (conf->html_max_inline < 1024
            || conf->html_max_inline > 1024 * 1024))
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"privacy_html_max_inline\" must be 0 (off) or "
                           "between 1k and 1m, not %uz",
                           conf->html_max_inline);
        return NGX_CONF_ERROR;
    }

    if (conf->banner.data == NULL) {
        conf->banner = prev->banner;
        conf->banner_texts = prev->banner_texts;
        conf->banner_langs = prev->banner_langs;
        conf->banner_default = prev->banner_default;
    }

    if (!conf->unknown_pixel_set) {
        conf->unknown_pixel_set = prev->unknown_pixel_set;
        conf->unknown_pixel = prev->unknown_pixel_set ? prev->unknown_pixel
                                                      : PRIVACY_CAT_MARKETING;
    }

    if (ngx_http_merge_types(cf, &conf->html_types_keys, &conf->html_types,
                             &prev->html_types_keys, &prev->html_types,
                             ngx_http_html_default_types)
        != NGX_OK)
    {
        return NGX_CONF_ERROR;
    }

    if (!conf->dnt_denies_set) {
        conf->dnt_denies_set = prev->dnt_denies_set;
        conf->dnt_denies = prev->dnt_denies_set
                           ? prev->dnt_denies
                           : PRIVACY_CAT_ANALYTICS|PRIVACY_CAT_MARKETING;
    }

    if (!conf->gpc_denies_set) {
        conf->gpc_denies_set = prev->gpc_denies_set;
        conf->gpc_denies = prev->gpc_denies_set ? prev->gpc_denies
                                                : PRIVACY_CAT_MARKETING;
    }

    if (!conf->unknown_cookie_set) {
        conf->unknown_cookie_set = prev->unknown_cookie_set;
        conf->unknown_cookie = prev->unknown_cookie;
    }

    if (ngx_http_privacy_consent_merge(cf, prev, conf) != NGX_CONF_OK) {
        return NGX_CONF_ERROR;
    }

    /*
     * A cookie name's class depends on these and on the main conf only:
     * levels that share them share the memo (see classify_cookie).
     */
    if (prev->cookie_cache
        && conf->consent_cookies == prev->consent_cookies
        && conf->cmp == prev->cmp
        && conf->unknown_cookie == prev->unknown_cookie)
    {
        conf->cookie_cache = prev->cookie_cache;

    } else {
        conf->cookie_cache = ngx_pcalloc(cf->pool,
                                         sizeof(privacy_namecache_t));
        if (conf->cookie_cache == NULL) {
            return NGX_CONF_ERROR;
        }
    }

    if (ngx_http_privacy_gate_merge(cf, prev, conf) != NGX_CONF_OK) {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}


/* resolves a category name given in a directive, with a precise error */
static ngx_http_privacy_category_t *
ngx_http_privacy_conf_category(ngx_conf_t *cf, ngx_str_t *name)
{
    ngx_str_t                     *value;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);

    cat = ngx_http_privacy_category_find(pmcf, name->data, name->len);

    if (cat == NULL) {
        value = cf->args->elts;
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "unknown privacy category \"%V\" in \"%V\" "
                           "(declare it with privacy_category before use)",
                           name, &value[0]);
    }

    return cat;
}


static char *
ngx_http_privacy_unknown_cookie(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t                    *value;
    ngx_http_privacy_category_t  *cat;

    if (plcf->unknown_cookie_set) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (ngx_strcmp(value[1].data, "allow") == 0) {
        plcf->unknown_cookie = 0;

    } else if (ngx_strcmp(value[1].data, "deny") == 0) {
        plcf->unknown_cookie = NGX_HTTP_PRIVACY_DENY_BIT;

    } else {
        cat = ngx_http_privacy_conf_category(cf, &value[1]);
        if (cat == NULL) {
            return NGX_CONF_ERROR;
        }

        plcf->unknown_cookie = (cat->bit == PRIVACY_CAT_NECESSARY)
                               ? 0 : cat->bit;
    }

    plcf->unknown_cookie_set = 1;

    return NGX_CONF_OK;
}


static char *
ngx_http_privacy_denies(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t                    *value;
    ngx_uint_t                    i, *set;
    privacy_mask_t               *mask;
    ngx_http_privacy_category_t  *cat;

    mask = (privacy_mask_t *) ((char *) plcf + cmd->offset);
    set = (mask == &plcf->dnt_denies) ? &plcf->dnt_denies_set
                                      : &plcf->gpc_denies_set;

    if (*set) {
        return "is duplicate";
    }

    value = cf->args->elts;
    *mask = 0;

    for (i = 1; i < cf->args->nelts; i++) {

        if (cf->args->nelts == 2 && ngx_strcmp(value[i].data, "none") == 0) {
            break;
        }

        cat = ngx_http_privacy_conf_category(cf, &value[i]);
        if (cat == NULL) {
            return NGX_CONF_ERROR;
        }

        if (cat->bit == PRIVACY_CAT_NECESSARY) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "\"%V\" cannot withdraw the \"necessary\" "
                               "category", &value[0]);
            return NGX_CONF_ERROR;
        }

        *mask |= cat->bit;
    }

    *set = 1;

    return NGX_CONF_OK;
}


static char *
ngx_http_privacy_strip_request(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    char                          *rv;
    ngx_http_privacy_loc_conf_t   *plcf = conf;
    ngx_http_privacy_main_conf_t  *pmcf;

    rv = ngx_conf_set_flag_slot(cf, cmd, conf);

    if (rv == NGX_CONF_OK && plcf->strip_request_cookies) {
        pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);
        pmcf->strip_request_used = 1;
    }

    return rv;
}


static char *
ngx_http_privacy_html_flag(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    char                          *rv;
    ngx_http_privacy_loc_conf_t   *plcf = conf;
    ngx_http_privacy_main_conf_t  *pmcf;

    rv = ngx_conf_set_flag_slot(cf, cmd, conf);

    if (rv == NGX_CONF_OK && plcf->html) {
        pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);
        pmcf->html_used = 1;
    }

    return rv;
}


static char *
ngx_http_privacy_unknown_pixel(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t                    *value;
    ngx_http_privacy_category_t  *cat;

    if (plcf->unknown_pixel_set) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (ngx_strcmp(value[1].data, "allow") == 0) {
        plcf->unknown_pixel = 0;

    } else {
        cat = ngx_http_privacy_conf_category(cf, &value[1]);
        if (cat == NULL) {
            return NGX_CONF_ERROR;
        }

        plcf->unknown_pixel = (cat->bit == PRIVACY_CAT_NECESSARY)
                              ? 0 : cat->bit;
    }

    plcf->unknown_pixel_set = 1;

    return NGX_CONF_OK;
}


/*
 * privacy_banner PATH [LANG]: the fragment is read once, here.  Given
 * with a language tag, the directive may repeat, a tag each time; the
 * banner is then chosen by Accept-Language.  The fallback is the one
 * given without a tag (at most one), else the first.
 */
static char *
ngx_http_privacy_banner(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t           *value, path, text, *t;
    ngx_uint_t           i;
    privacy_lang_tag_t  *lang;

    value = cf->args->elts;

    if (cf->args->nelts == 2 && plcf->banner_default) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"privacy_banner\" is duplicate: give it again "
                           "only with a language tag each time");
        return NGX_CONF_ERROR;
    }

    if (cf->args->nelts == 2 && ngx_strcmp(value[1].data, "off") == 0) {
        if (plcf->banner.data) {
            return "is duplicate";
        }

        ngx_str_set(&plcf->banner, "");
        return NGX_CONF_OK;
    }

    if (cf->args->nelts == 3) {
        if (!privacy_lang_tag_valid(value[2].data, value[2].len)) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "invalid language tag \"%V\" in "
                               "\"privacy_banner\": such as en, zh, "
                               "zh-TW, de", &value[2]);
            return NGX_CONF_ERROR;
        }

        if (plcf->banner_langs == NULL) {
            plcf->banner_langs = ngx_array_create(cf->pool, 4,
                                                  sizeof(privacy_lang_tag_t));
            plcf->banner_texts = ngx_array_create(cf->pool, 4,
                                                  sizeof(ngx_str_t));
            if (plcf->banner_langs == NULL || plcf->banner_texts == NULL) {
                return NGX_CONF_ERROR;
            }
        }

        lang = plcf->banner_langs->elts;

        for (i = 0; i < plcf->banner_langs->nelts; i++) {
            if (lang[i].len == value[2].len
                && ngx_strncasecmp((u_char *) lang[i].data, value[2].data,
                                   value[2].len) == 0)
            {
                ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                                   "\"privacy_banner\" for \"%V\" is "
                                   "duplicate", &value[2]);
                return NGX_CONF_ERROR;
            }
        }
    }

    path = value[1];

    if (ngx_http_privacy_conf_read_file(cf, &path, 1, 64 * 1024, &text)
        != NGX_CONF_OK)
    {
        return NGX_CONF_ERROR;
    }

    if (cf->args->nelts == 2) {
        plcf->banner = text;        /* the only one, or the fallback */
        plcf->banner_default = 1;

    } else if (plcf->banner.data == NULL) {
        plcf->banner = text;        /* the fallback, unless one without */
    }

    if (cf->args->nelts == 3) {
        lang = ngx_array_push(plcf->banner_langs);
        t = ngx_array_push(plcf->banner_texts);
        if (lang == NULL || t == NULL) {
            return NGX_CONF_ERROR;
        }

        lang->data = value[2].data;
        lang->len = value[2].len;
        *t = text;
    }

    return NGX_CONF_OK;
}
