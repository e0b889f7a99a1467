/*
 * The consent endpoint (privacy_consent_endpoint); the cookie's signature
 * is ngx_http_privacy_sign.c's.
 *
 * GET ?grant=analytics,marketing or a form POST of the same records the
 * visitor's choice in the native cookie, 1:<cats>:<time>:<rev>[:<sig>]
 * (DESIGN.md), and answers 303 back to a same-site page, or JSON when the
 * client asks for it.  The choice is absolute: the categories granted are
 * those of every "grant" ("all" for all) minus those of every "deny";
 * "necessary" is always granted.  The cookies the browser sent that the
 * new choice does not grant are expired at once.
 *
 * A request that records something must come from the site itself: a
 * cross-site Sec-Fetch-Site, an Origin other than the request's own scheme
 * and host, or (without Origin) a Referer from another host is refused.
 * The answer never redirects elsewhere: the target is a path on this host.
 */
#include "ngx_http_privacy_endpoint.h"
#include "ngx_http_privacy_cookie.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_sign.h"
#include "ngx_http_privacy_status.h"
#include "ngx_http_privacy_util.h"
#include "privacy_form.h"
#include "privacy_native.h"



#define NGX_HTTP_PRIVACY_ENDPOINT_MAX_BODY  4096
#define NGX_HTTP_PRIVACY_RETURN_MAX         2048
#define NGX_HTTP_PRIVACY_MAX_AGE_LIMIT      (400 * 86400)


typedef struct {
    privacy_mask_t               grant;
    privacy_mask_t               deny;
    ngx_str_t                    ret;
    ngx_str_t                    error;     /* the message of a 400 */
    unsigned                     has_grant:1;
    unsigned                     has_deny:1;
    unsigned                     has_return:1;
} ngx_http_privacy_form_t;


static ngx_int_t ngx_http_privacy_endpoint_handler(ngx_http_request_t *r);
static void ngx_http_privacy_endpoint_body(ngx_http_request_t *r);
static ngx_int_t ngx_http_privacy_endpoint(ngx_http_request_t *r,
    ngx_str_t *body);
static ngx_int_t ngx_http_privacy_endpoint_parse(ngx_http_request_t *r,
    ngx_str_t *body, ngx_http_privacy_form_t *f);
static ngx_int_t ngx_http_privacy_endpoint_invalid(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_uint_t json, ngx_str_t *msg);
static size_t ngx_http_privacy_native_value_len(
    ngx_http_privacy_main_conf_t *pmcf);
static u_char *ngx_http_privacy_native_value(ngx_http_request_t *r,
    privacy_mask_t mask, u_char *p);
static ngx_int_t ngx_http_privacy_endpoint_cookie(ngx_http_request_t *r,
    privacy_mask_t mask);
static void ngx_http_privacy_endpoint_decided(ngx_http_request_t *r,
    ngx_http_privacy_decision_t *d, privacy_mask_t mask);
static ngx_int_t ngx_http_privacy_endpoint_event(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, privacy_mask_t mask);
static ngx_int_t ngx_http_privacy_endpoint_expire(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_decision_t *d);
static ngx_int_t ngx_http_privacy_endpoint_redirect(ngx_http_request_t *r,
    ngx_http_privacy_form_t *f);
static ngx_int_t ngx_http_privacy_endpoint_answer(ngx_http_request_t *r,
    ngx_uint_t json, privacy_mask_t mask);
static ngx_int_t ngx_http_privacy_form_parse(ngx_http_request_t *r,
    u_char *p, size_t len, ngx_http_privacy_form_t *f);
static ngx_int_t ngx_http_privacy_same_origin(ngx_http_request_t *r,
    const char **why);
static ngx_int_t ngx_http_privacy_return_path(ngx_http_request_t *r,
    ngx_str_t *in, ngx_str_t *out);
static ngx_int_t ngx_http_privacy_endpoint_send(ngx_http_request_t *r,
    ngx_uint_t status, ngx_uint_t json, ngx_str_t *body);
static ngx_int_t ngx_http_privacy_endpoint_error(ngx_http_request_t *r,
    ngx_uint_t status, ngx_uint_t json, ngx_str_t *msg);


/* privacy_consent_endpoint */
char *
ngx_http_privacy_consent_endpoint(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_http_core_loc_conf_t  *clcf;

    if (plcf->endpoint_file) {
        return "is duplicate";
    }

    clcf = ngx_http_conf_get_module_loc_conf(cf, ngx_http_core_module);

    if (clcf->handler) {
        return "is duplicate: the location already has a content handler";
    }

    clcf->handler = ngx_http_privacy_endpoint_handler;

    plcf->endpoint_file = cf->conf_file->file.name.data;
    plcf->endpoint_line = cf->conf_file->line;

    return NGX_CONF_OK;
}


/* $privacy_consent_event: what the consent endpoint recorded or refused */
ngx_int_t
ngx_http_privacy_event_variable(ngx_http_request_t *r,
    ngx_http_variable_value_t *v, uintptr_t data)
{
    ngx_http_privacy_ctx_t  *ctx;

    ctx = ngx_http_get_module_ctx(r->main, ngx_http_privacy_module);

    v->valid = 1;
    v->no_cacheable = 1;
    v->not_found = 0;

    if (ctx == NULL || ctx->consent_event.len == 0) {
        v->len = 0;
        v->data = (u_char *) "";
        return NGX_OK;
    }

    v->len = ctx->consent_event.len;
    v->data = ctx->consent_event.data;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_endpoint_handler(ngx_http_request_t *r)
{
    ngx_int_t         rc;
    ngx_table_elt_t  *ct;

    if (r->method & NGX_HTTP_POST) {
        ct = r->headers_in.content_type;

        if (ct == NULL
            || ct->value.len < sizeof("application/x-www-form-urlencoded") - 1
            || ngx_strncasecmp(ct->value.data,
                               (u_char *) "application/x-www-form-urlencoded",
                               sizeof("application/x-www-form-urlencoded") - 1)
               != 0
            || (ct->value.len > sizeof("application/x-www-form-urlencoded") - 1
                && ct->value.data[sizeof("application/x-www-form-urlencoded")
                                  - 1] != ';'
                && ct->value.data[sizeof("application/x-www-form-urlencoded")
                                  - 1] != ' '))
        {
            return NGX_HTTP_UNSUPPORTED_MEDIA_TYPE;
        }

        if (r->headers_in.content_length_n
            > NGX_HTTP_PRIVACY_ENDPOINT_MAX_BODY)
        {
            return NGX_HTTP_REQUEST_ENTITY_TOO_LARGE;
        }

        r->request_body_in_single_buf = 1;

        rc = ngx_http_read_client_request_body(r,
                                            ngx_http_privacy_endpoint_body);

        if (rc >= NGX_HTTP_SPECIAL_RESPONSE) {
            return rc;
        }

        return NGX_DONE;
    }

    if (!(r->method & NGX_HTTP_GET)) {
        if (ngx_http_privacy_push_header(r, "Allow", (u_char *) "GET, POST",
                                         sizeof("GET, POST") - 1)
            != NGX_OK)
        {
            return NGX_HTTP_INTERNAL_SERVER_ERROR;
        }

        return NGX_HTTP_NOT_ALLOWED;
    }

    rc = ngx_http_discard_request_body(r);
    if (rc != NGX_OK) {
        return rc;
    }

    return ngx_http_privacy_endpoint(r, NULL);
}


/* the request body has been read: one bounded copy of it */
static void
ngx_http_privacy_endpoint_body(ngx_http_request_t *r)
{
    u_char       *p;
    size_t        len, size;
    ssize_t       n;
    ngx_buf_t    *b;
    ngx_str_t     body;
    ngx_chain_t  *cl;

    len = 0;

    if (r->request_body) {
        for (cl = r->request_body->bufs; cl; cl = cl->next) {
            len += ngx_buf_size(cl->buf);
        }
    }

    if (len > NGX_HTTP_PRIVACY_ENDPOINT_MAX_BODY) {
        ngx_http_finalize_request(r, NGX_HTTP_REQUEST_ENTITY_TOO_LARGE);
        return;
    }

    body.data = ngx_pnalloc(r->pool, len + 1);
    if (body.data == NULL) {
        ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
        return;
    }

    p = body.data;

    for (cl = len ? r->request_body->bufs : NULL; cl; cl = cl->next) {
        b = cl->buf;
        size = ngx_buf_size(b);

        if (ngx_buf_in_memory(b)) {
            p = ngx_cpymem(p, b->pos, size);
            continue;
        }

        if (b->in_file) {
            n = ngx_read_file(b->file, p, size, b->file_pos);

            if (n != (ssize_t) size) {
                ngx_http_finalize_request(r, NGX_HTTP_INTERNAL_SERVER_ERROR);
                return;
            }

            p += size;
        }
    }

    body.len = p - body.data;

    ngx_http_finalize_request(r, ngx_http_privacy_endpoint(r, &body));
}


/*
 * The endpoint's steps: parse the request (query string and form body),
 * check that it comes from this site, set the native cookie, record the
 * new decision on this request (the decision, the event and counters, the
 * cookies it does not grant), then answer: 303 back to a page, or the
 * decision as JSON or text.
 */
static ngx_int_t
ngx_http_privacy_endpoint(ngx_http_request_t *r, ngx_str_t *body)
{
    ngx_int_t                      rc;
    ngx_str_t                      msg;
    ngx_uint_t                     json;
    const char                    *why;
    privacy_mask_t                 mask, all;
    ngx_table_elt_t               *h;
    ngx_http_privacy_ctx_t        *ctx;
    ngx_http_privacy_form_t        f;
    ngx_http_privacy_decision_t   *d;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    ctx = ngx_http_privacy_get_ctx(r);
    if (ctx == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    d = ngx_http_privacy_decide(r);
    if (d == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    json = 0;
    h = ngx_http_privacy_header_in(r, "accept", 6, NULL);

    if (h) {
        json = (ngx_strlcasestrn(h->value.data,
                                 h->value.data + h->value.len,
                                 (u_char *) "application/json",
                                 sizeof("application/json") - 2)
                != NULL);
    }

    /* parse */

    rc = ngx_http_privacy_endpoint_parse(r, body, &f);

    if (rc == NGX_ERROR) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    if (rc == NGX_DECLINED) {
        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "privacy: consent endpoint: %V", &f.error);

        return ngx_http_privacy_endpoint_invalid(r, ctx, json, &f.error);
    }

    if (!f.has_grant && !f.has_deny) {
        if (body) {
            ngx_str_set(&msg, "nothing to record: give \"grant\" or "
                              "\"deny\"");
            return ngx_http_privacy_endpoint_invalid(r, ctx, json, &msg);
        }

        /* a GET that records nothing: the current decision, read-only */
        return ngx_http_privacy_endpoint_answer(r, json, d->granted);
    }

    /* origin check */

    if (ngx_http_privacy_same_origin(r, &why) != NGX_OK) {
        ngx_str_set(&ctx->consent_event, "refused");
        ngx_http_privacy_status_endpoint(r, NGX_HTTP_PRIVACY_EVENT_REFUSED, 0);

        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "privacy: consent endpoint refused a request from "
                      "another site: %s", why);

        msg.data = (u_char *) why;
        msg.len = ngx_strlen(why);

        return ngx_http_privacy_endpoint_error(r, NGX_HTTP_FORBIDDEN, json,
                                               &msg);
    }

    /* the new decision: the cookie, then this request */

    all = (privacy_mask_t) ((1u << pmcf->categories.nelts) - 1);
    mask = ((f.grant & ~f.deny) & all) | PRIVACY_CAT_NECESSARY;

    if (ngx_http_privacy_endpoint_cookie(r, mask) != NGX_OK) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    ngx_http_privacy_endpoint_decided(r, d, mask);

    if (ngx_http_privacy_endpoint_event(r, ctx, mask) != NGX_OK
        || ngx_http_privacy_endpoint_expire(r, ctx, d) != NGX_OK)
    {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    ctx->vary = 1;

    /* the answer */

    if (!json) {
        return ngx_http_privacy_endpoint_redirect(r, &f);
    }

    return ngx_http_privacy_endpoint_answer(r, json, d->granted);
}


/*
 * The query string, then the body: NGX_OK; NGX_DECLINED when they are
 * invalid (f->error says why); NGX_ERROR
 */
static ngx_int_t
ngx_http_privacy_endpoint_parse(ngx_http_request_t *r, ngx_str_t *body,
    ngx_http_privacy_form_t *f)
{
    ngx_memzero(f, sizeof(ngx_http_privacy_form_t));

    if ((r->args.len
         && ngx_http_privacy_form_parse(r, r->args.data, r->args.len, f)
            != NGX_OK)
        || (body
            && ngx_http_privacy_form_parse(r, body->data, body->len, f)
               != NGX_OK))
    {
        return f->error.len ? NGX_DECLINED : NGX_ERROR;
    }

    return NGX_OK;
}


/* a request that records nothing valid: 400 */
static ngx_int_t
ngx_http_privacy_endpoint_invalid(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_uint_t json, ngx_str_t *msg)
{
    ngx_str_set(&ctx->consent_event, "invalid");
    ngx_http_privacy_status_endpoint(r, NGX_HTTP_PRIVACY_EVENT_INVALID, 0);

    return ngx_http_privacy_endpoint_error(r, NGX_HTTP_BAD_REQUEST, json, msg);
}


/* the most ngx_http_privacy_native_value() writes */
static size_t
ngx_http_privacy_native_value_len(ngx_http_privacy_main_conf_t *pmcf)
{
    size_t                        len;
    ngx_uint_t                    i;
    ngx_http_privacy_category_t  *cat;

    cat = pmcf->categories.elts;
    len = sizeof("1:::::") - 1 + NGX_TIME_T_LEN + NGX_INT_T_LEN
          + PRIVACY_NATIVE_ID_LEN + PRIVACY_NATIVE_SIG_LEN;

    for (i = 0; i < pmcf->categories.nelts; i++) {
        len += cat[i].name.len + 1;
    }

    return len;
}


/*
 * The value of the native consent cookie for mask (DESIGN.md), written at
 * p: 1:<cats>:<time>:<rev>:<id>, then :<sig> with privacy_consent_secret,
 * the HMAC of all before it.  The one place the value is built: what is
 * added to it goes here, before the signature, and into
 * ngx_http_privacy_native_value_len().  Returns the end, or NULL when the
 * ID or the signature failed (logged).
 */
static u_char *
ngx_http_privacy_native_value(ngx_http_request_t *r, privacy_mask_t mask,
    u_char *p)
{
    u_char                        *start;
    ngx_http_privacy_ctx_t        *ctx;
    ngx_http_privacy_loc_conf_t   *plcf;
    ngx_http_privacy_main_conf_t  *pmcf;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);
    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    start = p;
    *p++ = '1';
    *p++ = ':';
    p = ngx_http_privacy_mask_names(pmcf, mask, '.', 0, p);

    p = ngx_sprintf(p, ":%T:%ui:", ngx_time(), plcf->policy_revision);

    /*
     * a new consent record: its ID, covered by the signature, and
     * $privacy_consent_id of this request
     */

    if (ngx_http_privacy_consent_id(p) != NGX_OK) {
        ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                      "privacy: no random bytes for a consent ID");
        return NULL;
    }

    ctx = ngx_http_privacy_get_ctx(r);
    if (ctx == NULL) {
        return NULL;
    }

    ctx->decision.consent_id.data = p;
    ctx->decision.consent_id.len = PRIVACY_NATIVE_ID_LEN;
    p += PRIVACY_NATIVE_ID_LEN;

#if (NGX_OPENSSL)
    if (plcf->consent_secrets) {
        *p = ':';

        if (ngx_http_privacy_sign(plcf->consent_secrets->elts, start,
                                  p - start, p + 1)
            != NGX_OK)
        {
            ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                          "privacy: HMAC-SHA256 failed");
            return NULL;
        }

        p += 1 + PRIVACY_NATIVE_SIG_LEN;
    }
#else
    (void) start;
#endif

    return p;
}


/* Set-Cookie: name=<the native value>; Path=/; Max-Age=N; SameSite=Lax... */
static ngx_int_t
ngx_http_privacy_endpoint_cookie(ngx_http_request_t *r, privacy_mask_t mask)
{
    u_char                             *p, *v;
    time_t                              max_age;
    ngx_str_t                           name;
    ngx_uint_t                          i;
    ngx_http_privacy_loc_conf_t        *plcf;
    ngx_http_privacy_main_conf_t       *pmcf;
    ngx_http_privacy_consent_cookie_t  *cc;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);
    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    cc = plcf->consent_cookies->elts;
    ngx_str_null(&name);

    for (i = 0; i < plcf->consent_cookies->nelts; i++) {
        if (cc[i].format == NGX_HTTP_PRIVACY_FMT_NATIVE) {
            name = cc[i].name;
            break;
        }
    }

    if (name.len == 0) {
        ngx_log_error(NGX_LOG_ERR, r->connection->log, 0,
                      "privacy: consent endpoint without a native consent "
                      "cookie");
        return NGX_ERROR;
    }

    v = ngx_pnalloc(r->pool, name.len + ngx_http_privacy_native_value_len(pmcf)
                             + NGX_TIME_T_LEN
                             + sizeof("=; Path=/; Max-Age=; SameSite=Lax"
                                      "; Secure; HttpOnly"));
    if (v == NULL) {
        return NGX_ERROR;
    }

    p = ngx_cpymem(v, name.data, name.len);
    *p++ = '=';

    p = ngx_http_privacy_native_value(r, mask, p);
    if (p == NULL) {
        return NGX_ERROR;
    }

    max_age = plcf->max_age ? plcf->max_age : NGX_HTTP_PRIVACY_MAX_AGE_LIMIT;

    p = ngx_sprintf(p, "; Path=/; Max-Age=%T; SameSite=Lax", max_age);

#if (NGX_HTTP_SSL)
    if (r->connection->ssl) {
        p = ngx_cpymem(p, "; Secure", sizeof("; Secure") - 1);
    }
#endif

    if (plcf->consent_httponly) {
        p = ngx_cpymem(p, "; HttpOnly", sizeof("; HttpOnly") - 1);
    }

    return ngx_http_privacy_push_header(r, "Set-Cookie", v, p - v);
}


/*
 * This response already follows the new decision: the variables, the
 * debug header and the filters see it; the overlays (DNT, GPC, opt-out
 * strings) still narrow it, as they will on the next request.
 */
static void
ngx_http_privacy_endpoint_decided(ngx_http_request_t *r,
    ngx_http_privacy_decision_t *d, privacy_mask_t mask)
{
    privacy_mask_t                overlays;
    ngx_http_privacy_loc_conf_t  *plcf;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    overlays = ngx_http_privacy_overlays(plcf, d->sources);

    d->granted = (mask & ~overlays) | PRIVACY_CAT_NECESSARY;
    d->sources = NGX_HTTP_PRIVACY_SRC_COOKIE
                 | (d->sources & (NGX_HTTP_PRIVACY_SRC_DNT
                                  |NGX_HTTP_PRIVACY_SRC_GPC
                                  |NGX_HTTP_PRIVACY_SRC_USP
                                  |NGX_HTTP_PRIVACY_SRC_GPP));
    d->formats = (ngx_uint_t) 1 << NGX_HTTP_PRIVACY_FMT_NATIVE;
    d->fmt_decided = d->formats;
    d->fmt_invalid = 0;
    d->fmt_stale = 0;
    d->fmt_undecided = 0;
}


/* $privacy_consent_event, grant:analytics,marketing or deny:all; counters */
static ngx_int_t
ngx_http_privacy_endpoint_event(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, privacy_mask_t mask)
{
    u_char                        *p;
    size_t                         len;
    ngx_uint_t                     i, event;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    event = (mask & ~PRIVACY_CAT_NECESSARY) ? NGX_HTTP_PRIVACY_EVENT_GRANT
                                            : NGX_HTTP_PRIVACY_EVENT_DENY;

    if (event == NGX_HTTP_PRIVACY_EVENT_DENY) {
        ngx_str_set(&ctx->consent_event, "deny:all");

    } else {
        cat = pmcf->categories.elts;
        len = 0;

        for (i = 0; i < pmcf->categories.nelts; i++) {
            len += cat[i].name.len + 1;
        }

        ctx->consent_event.data = ngx_pnalloc(r->pool, sizeof("grant:") + len);
        if (ctx->consent_event.data == NULL) {
            return NGX_ERROR;
        }

        p = ngx_cpymem(ctx->consent_event.data, "grant:", 6);
        p = ngx_http_privacy_mask_names(pmcf, mask, ',', 0, p);

        ctx->consent_event.len = p - ctx->consent_event.data;
    }

    ngx_http_privacy_status_endpoint(r, event, mask & ~PRIVACY_CAT_NECESSARY);

    return NGX_OK;
}


/*
 * The cookies the new decision does not grant are expired now.  When
 * privacy_strip_request_cookies has rewritten the Cookie header for the
 * old decision, the names it took out count too: those of them the new
 * decision does not grant first, then what is left in the header.
 */
static ngx_int_t
ngx_http_privacy_endpoint_expire(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_decision_t *d)
{
    ngx_str_t                    *removed;
    ngx_uint_t                    i, n, rewritten;
    ngx_http_privacy_loc_conf_t  *plcf;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    rewritten = ctx->request_rewritten;

    if (rewritten && ctx->request_removed) {
        removed = ctx->request_removed->elts;
        n = 0;

        for (i = 0; i < ctx->request_removed->nelts; i++) {
            if (!(ngx_http_privacy_classify_cookie(r, plcf, removed[i].data,
                                                   removed[i].len)
                  & d->granted))
            {
                removed[n++] = removed[i];
            }
        }

        ctx->request_removed->nelts = n;

        if (ngx_http_privacy_expire(r, ctx, plcf, d) != NGX_OK) {
            return NGX_ERROR;
        }
    }

    ctx->request_rewritten = 0;

    if (ngx_http_privacy_expire(r, ctx, plcf, d) != NGX_OK) {
        return NGX_ERROR;
    }

    ctx->request_rewritten = rewritten;

    return NGX_OK;
}


/* 303 to the "return" parameter, else the Referer; anything else: "/" */
static ngx_int_t
ngx_http_privacy_endpoint_redirect(ngx_http_request_t *r,
    ngx_http_privacy_form_t *f)
{
    ngx_str_t         location;
    ngx_table_elt_t  *h;

    h = f->has_return ? NULL
                      : ngx_http_privacy_header_in(r, "referer", 7, NULL);

    if (!((f->has_return
           && ngx_http_privacy_return_path(r, &f->ret, &location) == NGX_OK)
          || (h && ngx_http_privacy_return_path(r, &h->value, &location)
                   == NGX_OK)))
    {
        ngx_str_set(&location, "/");
    }

    if (ngx_http_privacy_push_header(r, "Location", location.data,
                                     location.len)
        != NGX_OK
        || ngx_http_privacy_push_header(r, "Cache-Control",
                                        (u_char *) "no-store", 8)
           != NGX_OK)
    {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    r->headers_out.status = NGX_HTTP_SEE_OTHER;
    r->headers_out.content_length_n = 0;
    r->header_only = 1;

    return ngx_http_send_header(r);
}


/* {"consent":["necessary",...],"revision":N}, or the names as text */
static ngx_int_t
ngx_http_privacy_endpoint_answer(ngx_http_request_t *r, ngx_uint_t json,
    privacy_mask_t mask)
{
    u_char                        *p;
    size_t                         len;
    ngx_str_t                      msg;
    ngx_uint_t                     i;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_loc_conf_t   *plcf;
    ngx_http_privacy_main_conf_t  *pmcf;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);
    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    cat = pmcf->categories.elts;
    len = sizeof("{\"consent\":[],\"revision\":}\n") + NGX_INT_T_LEN;

    for (i = 0; i < pmcf->categories.nelts; i++) {
        len += cat[i].name.len + 3;
    }

    msg.data = ngx_pnalloc(r->pool, len);
    if (msg.data == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    p = msg.data;

    if (json) {
        p = ngx_cpymem(p, "{\"consent\":[", 12);
    }

    p = ngx_http_privacy_mask_names(pmcf, mask, ',',
                                    NGX_HTTP_PRIVACY_NAMES_NECESSARY
                                    | (json ? NGX_HTTP_PRIVACY_NAMES_QUOTED
                                            : 0),
                                    p);

    if (json) {
        p = ngx_sprintf(p, "],\"revision\":%ui}", plcf->policy_revision);
    }

    *p++ = LF;
    msg.len = p - msg.data;

    return ngx_http_privacy_endpoint_send(r, NGX_HTTP_OK, json, &msg);
}


/* one "grant" or "deny" value: names separated by commas or blanks */
static ngx_int_t
ngx_http_privacy_form_list(ngx_http_request_t *r, u_char *p, size_t len,
    ngx_uint_t deny, privacy_mask_t *mask, ngx_http_privacy_form_t *f)
{
    size_t                         n;
    const u_char                  *q, *end, *s;
    ngx_http_privacy_category_t   *cat;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);
    q = p;
    end = p + len;

    while (privacy_form_token(&q, end, &s, &n)) {

        if (n == 3 && ngx_strncmp(s, "all", 3) == 0) {
            *mask |= NGX_HTTP_PRIVACY_ALL_CATS;
            continue;
        }

        cat = ngx_http_privacy_category_find(pmcf, (u_char *) s, n);

        if (cat == NULL) {
            f->error.data = ngx_pnalloc(r->pool, 64 + n);
            if (f->error.data == NULL) {
                return NGX_ERROR;
            }

            /* only a well-formed name is echoed back */

            f->error.len = privacy_native_name_valid(s, n)
                ? ngx_sprintf(f->error.data, "unknown consent category "
                              "\"%*s\"", n, s) - f->error.data
                : ngx_sprintf(f->error.data, "unknown consent category "
                              "(not a category name)") - f->error.data;

            return NGX_ERROR;
        }

        if (deny && cat->bit == PRIVACY_CAT_NECESSARY) {
            ngx_str_set(&f->error, "the \"necessary\" category cannot be "
                                   "denied");
            return NGX_ERROR;
        }

        *mask |= cat->bit;
    }

    return NGX_OK;
}


/* grant=..., deny=..., return=...; other keys (buttons) are ignored */
static ngx_int_t
ngx_http_privacy_form_parse(ngx_http_request_t *r, u_char *p, size_t len,
    ngx_http_privacy_form_t *f)
{
    u_char          *val;
    size_t           klen, vlen, rk, rv;
    ngx_int_t        rc;
    const u_char    *k, *v;
    privacy_form_t   form;
    u_char           key[48];

    privacy_form_init(&form, p, len);

    while (privacy_form_next(&form, &k, &rk, &v, &rv)) {

        /*
         * Our keys have at most 6 characters, 18 when %-encoded; a longer
         * one is skipped before it is decoded (the buffer is its bound)
         */
        if (rk > sizeof(key)) {
            continue;
        }

        klen = privacy_form_decode(key, k, rk);

        val = ngx_pnalloc(r->pool, rv + 1);
        if (val == NULL) {
            return NGX_ERROR;
        }

        vlen = privacy_form_decode(val, v, rv);

        rc = NGX_OK;

        if (klen == 5 && ngx_strncmp(key, "grant", 5) == 0) {
            f->has_grant = 1;
            rc = ngx_http_privacy_form_list(r, val, vlen, 0, &f->grant, f);

        } else if (klen == 4 && ngx_strncmp(key, "deny", 4) == 0) {
            f->has_deny = 1;
            rc = ngx_http_privacy_form_list(r, val, vlen, 1, &f->deny, f);

        } else if (klen == 6 && ngx_strncmp(key, "return", 6) == 0
                   && !f->has_return)
        {
            f->has_return = 1;
            f->ret.data = val;
            f->ret.len = vlen;
        }

        if (rc != NGX_OK) {
            return rc;
        }
    }

    return NGX_OK;
}


/*
 * The request comes from this site: Sec-Fetch-Site is not "cross-site";
 * Origin, when sent, is the request's own scheme://host[:port]; without
 * Origin, a Referer names the request's own host.  Without any of them
 * (tools, old browsers that sent no Referer) the request is accepted.
 */
static ngx_int_t
ngx_http_privacy_same_origin(ngx_http_request_t *r, const char **why)
{
    u_char           *p, *end, *s;
    size_t            n;
    ngx_str_t         host, scheme;
    ngx_uint_t        count;
    ngx_table_elt_t  *h;

    ngx_str_set(&scheme, "http");

#if (NGX_HTTP_SSL)
    if (r->connection->ssl) {
        ngx_str_set(&scheme, "https");
    }
#endif

    if (r->headers_in.host) {
        host = r->headers_in.host->value;

    } else {
        ngx_str_null(&host);
    }

    h = ngx_http_privacy_header_in(r, "sec-fetch-site", 14, NULL);

    if (h && h->value.len == 10
        && ngx_strncasecmp(h->value.data, (u_char *) "cross-site", 10) == 0)
    {
        *why = "Sec-Fetch-Site: cross-site";
        return NGX_DECLINED;
    }

    h = ngx_http_privacy_header_in(r, "origin", 6, &count);

    if (h) {
        p = h->value.data;
        n = h->value.len;

        if (count != 1 || host.len == 0
            || n != scheme.len + 3 + host.len
            || ngx_strncasecmp(p, scheme.data, scheme.len) != 0
            || ngx_strncmp(p + scheme.len, "://", 3) != 0
            || ngx_strncasecmp(p + scheme.len + 3, host.data, host.len) != 0)
        {
            *why = "the Origin is not this site";
            return NGX_DECLINED;
        }

        return NGX_OK;
    }

    h = ngx_http_privacy_header_in(r, "referer", 7, &count);

    if (h == NULL) {
        return NGX_OK;
    }

    p = h->value.data;
    end = p + h->value.len;

    if (h->value.len > 7 && ngx_strncasecmp(p, (u_char *) "http://", 7) == 0) {
        p += 7;

    } else if (h->value.len > 8
               && ngx_strncasecmp(p, (u_char *) "https://", 8) == 0)
    {
        p += 8;

    } else {
        *why = "the Referer is not a URL of this site";
        return NGX_DECLINED;
    }

    for (s = p; s < end && *s != '/' && *s != '?' && *s != '#'; s++) {
        /* void */
    }

    if (count != 1 || host.len == 0 || (size_t) (s - p) != host.len
        || ngx_strncasecmp(p, host.data, host.len) != 0)
    {
        *why = "the Referer is not this site";
        return NGX_DECLINED;
    }

    return NGX_OK;
}


/*
 * Where to send the visitor back: a path on this host.  Accepted: "/path"
 * (not "//" or "/\", which browsers read as another host), or an absolute
 * http(s) URL of the request's own host, reduced to its path.  Controls,
 * blanks, backslashes and non-ASCII bytes are refused (browsers drop tabs
 * and newlines, which could turn "/\t/evil" into "//evil").
 */
static ngx_int_t
ngx_http_privacy_return_path(ngx_http_request_t *r, ngx_str_t *in,
    ngx_str_t *out)
{
    u_char     *p, *end, *s;
    size_t      i;
    ngx_str_t   host;

    p = in->data;
    end = p + in->len;

    if (in->len == 0 || in->len > NGX_HTTP_PRIVACY_RETURN_MAX) {
        return NGX_DECLINED;
    }

    if (*p != '/') {
        if (in->len > 7 && ngx_strncasecmp(p, (u_char *) "http://", 7) == 0) {
            p += 7;

        } else if (in->len > 8
                   && ngx_strncasecmp(p, (u_char *) "https://", 8) == 0)
        {
            p += 8;

        } else {
            return NGX_DECLINED;
        }

        if (r->headers_in.host == NULL) {
            return NGX_DECLINED;
        }

        host = r->headers_in.host->value;

        for (s = p; s < end && *s != '/' && *s != '?' && *s != '#'; s++) {
            /* void */
        }

        if ((size_t) (s - p) != host.len
            || ngx_strncasecmp(p, host.data, host.len) != 0)
        {
            return NGX_DECLINED;
        }

        p = s;

        if (p == end || *p != '/') {
            /* "https://host", "https://host?x": the root */
            ngx_str_set(out, "/");
            return NGX_OK;
        }
    }

    if (end - p > 1 && (p[1] == '/' || p[1] == '\\')) {
        return NGX_DECLINED;
    }

    for (i = 0; i < (size_t) (end - p); i++) {
        if (p[i] <= 0x20 || p[i] >= 0x7f || p[i] == '\\') {
            return NGX_DECLINED;
        }
    }

    out->data = p;
    out->len = end - p;

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_endpoint_error(ngx_http_request_t *r, ngx_uint_t status,
    ngx_uint_t json, ngx_str_t *msg)
{
    u_char     *p;
    size_t      i;
    ngx_str_t   body;

    body.data = ngx_pnalloc(r->pool, 2 * msg->len + sizeof("{\"error\":\"\"}"));
    if (body.data == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    p = body.data;

    if (json) {
        p = ngx_cpymem(p, "{\"error\":\"", 10);

        for (i = 0; i < msg->len; i++) {
            if (msg->data[i] == '"' || msg->data[i] == '\\') {
                *p++ = '\\';
            }

            *p++ = msg->data[i];
        }

        p = ngx_cpymem(p, "\"}", 2);

    } else {
        p = ngx_cpymem(p, msg->data, msg->len);
    }

    *p++ = LF;
    body.len = p - body.data;

    return ngx_http_privacy_endpoint_send(r, status, json, &body);
}


static ngx_int_t
ngx_http_privacy_endpoint_send(ngx_http_request_t *r, ngx_uint_t status,
    ngx_uint_t json, ngx_str_t *body)
{
    ngx_int_t     rc;
    ngx_buf_t    *b;
    ngx_chain_t   out;

    if (ngx_http_privacy_push_header(r, "Cache-Control",
                                     (u_char *) "no-store", 8)
        != NGX_OK
        || ngx_http_privacy_push_header(r, "X-Content-Type-Options",
                                        (u_char *) "nosniff", 7)
           != NGX_OK)
    {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    if (json) {
        ngx_str_set(&r->headers_out.content_type, "application/json");

    } else {
        ngx_str_set(&r->headers_out.content_type, "text/plain");
    }

    r->headers_out.content_type_len = r->headers_out.content_type.len;
    r->headers_out.content_type_lowcase = NULL;
    r->headers_out.status = status;
    r->headers_out.content_length_n = body->len;

    rc = ngx_http_send_header(r);

    if (rc == NGX_ERROR || rc > NGX_OK || r->header_only) {
        return rc;
    }

    b = ngx_calloc_buf(r->pool);
    if (b == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    b->pos = body->data;
    b->last = body->data + body->len;
    b->memory = 1;
    b->last_buf = (r == r->main) ? 1 : 0;
    b->last_in_chain = 1;

    out.buf = b;
    out.next = NULL;

    return ngx_http_output_filter(r, &out);
}
