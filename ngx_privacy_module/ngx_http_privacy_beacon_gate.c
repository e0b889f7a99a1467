/*
 * Beacons and gates, answered before the upstream is ever contacted, and the
 * debug header for auditors.
 *
 *   privacy_beacon CATEGORY [gif | 204];   a location that is a beacon: when
 *                                         CATEGORY is not granted it answers
 *                                         itself (a 1x1 transparent GIF or
 *                                         204, never stored by caches)
 *   privacy_gate CATEGORY ...;             403 (privacy_gate_status) unless
 *   privacy_gate_status CODE;              every CATEGORY is granted
 *   privacy_debug_header on | off;         X-Privacy-Decision on responses
 *
 * Beacons and gates run in the PREACCESS phase, registered only when some
 * location uses them: before access checks that could make subrequests
 * (auth_request), before try_files and mirror, and before the content
 * handler (proxy_pass).  They are explicit, so they work whether or not
 * "privacy on" is set for the location.
 */
#include "ngx_http_privacy_beacon_gate.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_status.h"
#include "ngx_http_privacy_util.h"


#define NGX_HTTP_PRIVACY_HEADER  "X-Privacy-Decision"


static ngx_int_t ngx_http_privacy_beacon_answer(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf);
static ngx_int_t ngx_http_privacy_no_store(ngx_http_request_t *r);


ngx_http_output_header_filter_pt  ngx_http_privacy_debug_next_header_filter;


/* a transparent 1x1 GIF, 43 bytes (the one of ngx_http_empty_gif_module) */
static u_char  ngx_http_privacy_gif[] = {

    'G', 'I', 'F', '8', '9', 'a',  /* header                                 */

                                   /* logical screen descriptor              */
    0x01, 0x00,                    /* logical screen width                   */
    0x01, 0x00,                    /* logical screen height                  */
    0x80,                          /* global 1-bit color table               */
    0x01,                          /* background color #1                    */
    0x00,                          /* no aspect ratio                        */

                                   /* global color table                     */
    0x00, 0x00, 0x00,              /* #0: black                              */
    0xff, 0xff, 0xff,              /* #1: white                              */

                                   /* graphic control extension              */
    0x21,                          /* extension introducer                   */
    0xf9,                          /* graphic control label                  */
    0x04,                          /* block size                             */
    0x01,                          /* transparent color is given,            */
                                   /*     no disposal specified,             */
                                   /*     user input is not expected         */
    0x00, 0x00,                    /* delay time                             */
    0x01,                          /* transparent color #1                   */
    0x00,                          /* block terminator                       */

                                   /* image descriptor                       */
    0x2c,                          /* image separator                        */
    0x00, 0x00,                    /* image left position                    */
    0x00, 0x00,                    /* image top position                     */
    0x01, 0x00,                    /* image width                            */
    0x01, 0x00,                    /* image height                           */
    0x00,                          /* no local color table, no interlaced    */

                                   /* table based image data                 */
    0x02,                          /* LZW minimum code size,                 */
                                   /*     must be at least 2-bit             */
    0x02,                          /* block size                             */
    0x4c, 0x01,
    0x00,                          /* block terminator                       */

    0x3b                           /* trailer                                */
};


void
ngx_http_privacy_gate_create_conf(ngx_http_privacy_loc_conf_t *plcf)
{
    /*
     * set by ngx_pcalloc():
     *
     *     plcf->endpoint_file = NULL;
     *     plcf->status_format = 0;
     */

    plcf->consent_secrets = NGX_CONF_UNSET_PTR;
    plcf->consent_httponly = NGX_CONF_UNSET;
    plcf->debug_header = NGX_CONF_UNSET;
    plcf->beacon = NGX_CONF_UNSET_UINT;
    plcf->beacon_204 = NGX_CONF_UNSET_UINT;
    plcf->gate = NGX_CONF_UNSET_UINT;
    plcf->gate_status = NGX_CONF_UNSET_UINT;
}


char *
ngx_http_privacy_gate_merge(ngx_conf_t *cf, ngx_http_privacy_loc_conf_t *prev,
    ngx_http_privacy_loc_conf_t *conf)
{
    ngx_uint_t                          i;
    ngx_http_privacy_consent_cookie_t  *cc;

    ngx_conf_merge_ptr_value(conf->consent_secrets, prev->consent_secrets,
                             NULL);
    ngx_conf_merge_value(conf->consent_httponly, prev->consent_httponly, 0);
    ngx_conf_merge_value(conf->debug_header, prev->debug_header, 0);
    ngx_conf_merge_uint_value(conf->beacon, prev->beacon, 0);
    ngx_conf_merge_uint_value(conf->beacon_204, prev->beacon_204, 0);
    ngx_conf_merge_uint_value(conf->gate, prev->gate, 0);
    ngx_conf_merge_uint_value(conf->gate_status, prev->gate_status,
                              NGX_HTTP_FORBIDDEN);

    if (conf->endpoint_file == NULL) {
        return NGX_CONF_OK;
    }

    /* the endpoint writes the native cookie: one must be read here */

    cc = conf->consent_cookies->elts;

    for (i = 0; i < conf->consent_cookies->nelts; i++) {
        if (cc[i].format == NGX_HTTP_PRIVACY_FMT_NATIVE) {
            return NGX_CONF_OK;
        }
    }

    ngx_log_error(NGX_LOG_EMERG, cf->log, 0,
                  "\"privacy_consent_endpoint\" needs a native consent "
                  "cookie (privacy_consent_cookie NAME native) in %s:%ui",
                  conf->endpoint_file, conf->endpoint_line);

    return NGX_CONF_ERROR;
}


/* a category name of a directive: known, and not "necessary" */
static char *
ngx_http_privacy_gate_category(ngx_conf_t *cf, ngx_str_t *name,
    privacy_mask_t *bit)
{
    ngx_str_t                     *value;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    value = cf->args->elts;
    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);

    cat = ngx_http_privacy_category_find(pmcf, name->data, name->len);

    if (cat == NULL) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "unknown privacy category \"%V\" in \"%V\" "
                           "(declare it with privacy_category before use)",
                           name, &value[0]);
        return NGX_CONF_ERROR;
    }

    if (cat->bit == PRIVACY_CAT_NECESSARY) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" with the \"necessary\" category does "
                           "nothing: it is always granted", &value[0]);
        return NGX_CONF_ERROR;
    }

    *bit = cat->bit;

    return NGX_CONF_OK;
}


/* privacy_beacon CATEGORY [gif | 204] */
char *
ngx_http_privacy_beacon(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t                     *value;
    privacy_mask_t                 bit;
    ngx_http_privacy_main_conf_t  *pmcf;

    if (plcf->beacon != NGX_CONF_UNSET_UINT) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (ngx_http_privacy_gate_category(cf, &value[1], &bit) != NGX_CONF_OK) {
        return NGX_CONF_ERROR;
    }

    plcf->beacon_204 = 0;

    if (cf->args->nelts == 3) {
        if (ngx_strcmp(value[2].data, "204") == 0) {
            plcf->beacon_204 = 1;

        } else if (ngx_strcmp(value[2].data, "gif") != 0) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "invalid privacy_beacon answer \"%V\" "
                               "(gif or 204)", &value[2]);
            return NGX_CONF_ERROR;
        }
    }

    plcf->beacon = bit;

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);
    pmcf->access_used = 1;

    return NGX_CONF_OK;
}


/* privacy_gate CATEGORY ... */
char *
ngx_http_privacy_gate(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t                     *value;
    ngx_uint_t                     i;
    privacy_mask_t                 bit;
    ngx_http_privacy_main_conf_t  *pmcf;

    if (plcf->gate != NGX_CONF_UNSET_UINT) {
        return "is duplicate";
    }

    value = cf->args->elts;
    plcf->gate = 0;

    for (i = 1; i < cf->args->nelts; i++) {
        if (ngx_http_privacy_gate_category(cf, &value[i], &bit)
            != NGX_CONF_OK)
        {
            return NGX_CONF_ERROR;
        }

        plcf->gate |= bit;
    }

    pmcf = ngx_http_conf_get_module_main_conf(cf, ngx_http_privacy_module);
    pmcf->access_used = 1;

    return NGX_CONF_OK;
}


/* privacy_gate_status CODE: 204, or 400 to 599 */
char *
ngx_http_privacy_gate_status(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_int_t   n;
    ngx_str_t  *value;

    if (plcf->gate_status != NGX_CONF_UNSET_UINT) {
        return "is duplicate";
    }

    value = cf->args->elts;
    n = ngx_atoi(value[1].data, value[1].len);

    if (n != NGX_HTTP_NO_CONTENT && (n < 400 || n > 599)) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid privacy_gate_status \"%V\" (204, or "
                           "400 to 599)", &value[1]);
        return NGX_CONF_ERROR;
    }

    plcf->gate_status = (ngx_uint_t) n;

    return NGX_CONF_OK;
}


/* PREACCESS: gates refuse, beacons answer, the upstream never sees them */
ngx_int_t
ngx_http_privacy_access_handler(ngx_http_request_t *r)
{
    privacy_mask_t                missing;
    ngx_http_privacy_ctx_t       *ctx;
    ngx_http_privacy_decision_t  *d;
    ngx_http_privacy_loc_conf_t  *plcf;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    if (plcf->gate == 0 && plcf->beacon == 0) {
        return NGX_DECLINED;
    }

    ctx = ngx_http_privacy_get_ctx(r);
    if (ctx == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    d = ngx_http_privacy_decide(r);
    if (d == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    /* whatever comes out depends on the decision */
    ctx->vary = 1;

    missing = (privacy_mask_t) plcf->gate & ~d->granted;

    if (missing) {
        ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy gate: missing %xD, status %ui",
                       missing, plcf->gate_status);

        ngx_http_privacy_status_gate(r, missing);

        if (ngx_http_privacy_no_store(r) != NGX_OK) {
            return NGX_HTTP_INTERNAL_SERVER_ERROR;
        }

        return plcf->gate_status;
    }

    if (plcf->beacon == 0 || ((privacy_mask_t) plcf->beacon & d->granted)) {
        return NGX_DECLINED;
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "privacy beacon: %xD not granted, answered locally",
                   (privacy_mask_t) plcf->beacon);

    ngx_http_privacy_status_beacon(r, (privacy_mask_t) plcf->beacon);

    ngx_http_finalize_request(r, ngx_http_privacy_beacon_answer(r, plcf));

    return NGX_DONE;
}


static ngx_int_t
ngx_http_privacy_beacon_answer(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf)
{
    ngx_int_t                  rc;
    ngx_http_complex_value_t   cv;

    static ngx_str_t  gif_type = ngx_string("image/gif");

    r->write_event_handler = ngx_http_request_empty_handler;

    if (ngx_http_privacy_no_store(r) != NGX_OK) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    if (plcf->beacon_204) {
        rc = ngx_http_discard_request_body(r);
        if (rc != NGX_OK) {
            return rc;
        }

        r->headers_out.status = NGX_HTTP_NO_CONTENT;
        r->headers_out.content_length_n = -1;
        r->header_only = 1;

        return ngx_http_send_header(r);
    }

    ngx_memzero(&cv, sizeof(ngx_http_complex_value_t));

    cv.value.len = sizeof(ngx_http_privacy_gif);
    cv.value.data = ngx_http_privacy_gif;

    return ngx_http_send_response(r, NGX_HTTP_OK, &gif_type, &cv);
}


/* Cache-Control: no-store on answers that depend on the decision */
static ngx_int_t
ngx_http_privacy_no_store(ngx_http_request_t *r)
{
    return ngx_http_privacy_push_header(r, "Cache-Control",
                                        (u_char *) "no-store", 8);
}


/*
 * X-Privacy-Decision: consent=necessary,analytics; source=cookie:native;
 * regime=opt-in; country=FR; stripped=_fbp; event=grant:analytics
 * (empty parts left out).  For auditors testing in a browser: it shows
 * what the gateway decided for this response.
 */
ngx_int_t
ngx_http_privacy_debug_header_filter(ngx_http_request_t *r)
{
    u_char                       *p, *start;
    size_t                        len;
    ngx_uint_t                    i, key;
    ngx_http_variable_value_t    *vv[6];
    ngx_http_privacy_loc_conf_t  *plcf;

    static ngx_str_t  names[] = {
        ngx_string("privacy_consent"),
        ngx_string("privacy_decision_source"),
        ngx_string("privacy_regime"),
        ngx_string("privacy_country"),
        ngx_string("privacy_cookies_stripped"),
        ngx_string("privacy_consent_event")
    };

    static const char  *labels[] = {
        "consent", "source", "regime", "country", "stripped", "event"
    };

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    if (!plcf->debug_header || r != r->main) {
        return ngx_http_privacy_debug_next_header_filter(r);
    }

    len = 0;

    for (i = 0; i < 6; i++) {
        key = ngx_hash_key(names[i].data, names[i].len);

        vv[i] = ngx_http_get_variable(r, &names[i], key);
        if (vv[i] == NULL) {
            return NGX_ERROR;
        }

        if (!vv[i]->not_found && vv[i]->len) {
            len += ngx_strlen(labels[i]) + 1 + vv[i]->len + 2;
        }
    }

    start = ngx_pnalloc(r->pool, len + 1);
    if (start == NULL) {
        return NGX_ERROR;
    }

    p = start;

    for (i = 0; i < 6; i++) {
        if (vv[i]->not_found || vv[i]->len == 0) {
            continue;
        }

        if (p != start) {
            *p++ = ';';
            *p++ = ' ';
        }

        p = ngx_sprintf(p, "%s=%*s", labels[i], (size_t) vv[i]->len,
                        vv[i]->data);
    }

    if (ngx_http_privacy_push_header(r, NGX_HTTP_PRIVACY_HEADER, start,
                                     p - start)
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    return ngx_http_privacy_debug_next_header_filter(r);
}
