/*
 * Cookies both ways: non-granted cookies are removed from the Cookie header
 * sent upstream (PREACCESS) and from $privacy_request_cookie; non-granted
 * Set-Cookie headers are removed from the response, the non-granted cookies
 * the browser still sends may be expired, and Vary is added for caches (the
 * last three for ngx_http_privacy_header_filter.c and the endpoint).
 */
#include "ngx_http_privacy_cookie.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_status.h"
#include "ngx_http_privacy_util.h"
#include "privacy_cookie.h"


#define NGX_HTTP_PRIVACY_MAX_NOTED  64

/* deleting Set-Cookie headers of one response, at most */
#define NGX_HTTP_PRIVACY_MAX_EXPIRE_LINES  256


static ngx_int_t ngx_http_privacy_setting(ngx_http_request_t *r,
    u_char *name, size_t len);
static ngx_int_t ngx_http_privacy_expire_name(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_str_t *name);
static char *ngx_http_privacy_cookie_scopes(ngx_conf_t *cf,
    ngx_command_t *cmd, void *conf, ngx_int_t (*valid)(ngx_str_t *v));
static ngx_int_t ngx_http_privacy_valid_domain(ngx_str_t *v);
static ngx_int_t ngx_http_privacy_valid_path(ngx_str_t *v);


/*
 * Remembers a removed cookie name for $privacy_cookies_stripped.  Names are
 * appended as they come; the duplicates go, and the bound applies, only when
 * the list is read (ngx_http_privacy_stripped) or has grown long: the same
 * list as if each name had been checked when noted, without a walk of the
 * list for each stripped cookie.
 */
ngx_int_t
ngx_http_privacy_note_stripped(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, u_char *name, size_t len)
{
    ngx_str_t  *s;

    if (ctx->stripped == NULL) {
        ctx->stripped = ngx_array_create(r->pool, 8, sizeof(ngx_str_t));
        if (ctx->stripped == NULL) {
            return NGX_ERROR;
        }

    } else if (ctx->stripped->nelts == 2 * NGX_HTTP_PRIVACY_MAX_NOTED) {
        (void) ngx_http_privacy_stripped(ctx);
    }

    s = ngx_array_push(ctx->stripped);
    if (s == NULL) {
        return NGX_ERROR;
    }

    s->data = name;
    s->len = len;

    return NGX_OK;
}


/* ngx_http_privacy_note_stripped() without a call while the list has room */
static ngx_inline ngx_int_t
ngx_http_privacy_note(ngx_http_request_t *r, ngx_http_privacy_ctx_t *ctx,
    u_char *name, size_t len)
{
    ngx_str_t    *s;
    ngx_array_t  *a;

    a = ctx->stripped;

    if (a == NULL || a->nelts == a->nalloc
        || a->nelts == 2 * NGX_HTTP_PRIVACY_MAX_NOTED)
    {
        return ngx_http_privacy_note_stripped(r, ctx, name, len);
    }

    s = (ngx_str_t *) a->elts + a->nelts++;
    s->data = name;
    s->len = len;

    return NGX_OK;
}


/*
 * The names noted, each once, in the order first noted, at most
 * NGX_HTTP_PRIVACY_MAX_NOTED of them (the list is compacted in place);
 * NULL when none was.
 */
ngx_array_t *
ngx_http_privacy_stripped(ngx_http_privacy_ctx_t *ctx)
{
    ngx_str_t   *s;
    ngx_uint_t   i, j, n;

    if (ctx->stripped == NULL) {
        return NULL;
    }

    s = ctx->stripped->elts;
    n = 0;

    for (i = 0; i < ctx->stripped->nelts; i++) {

        for (j = 0; j < n; j++) {
            if (s[j].len == s[i].len
                && ngx_memcmp(s[j].data, s[i].data, s[i].len) == 0)
            {
                break;
            }
        }

        if (j == n && n < NGX_HTTP_PRIVACY_MAX_NOTED) {
            s[n++] = s[i];
        }
    }

    ctx->stripped->nelts = n;

    return ctx->stripped;
}


/*
 * Rewrites one Cookie value without the non-granted cookies: kept pieces are
 * joined with "; ".  Returns NGX_DECLINED when nothing is removed, so that
 * the common case allocates nothing.
 */
static ngx_int_t
ngx_http_privacy_filter_cookie_value(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf,
    ngx_http_privacy_decision_t *d, ngx_str_t *value, ngx_str_t *out)
{
    u_char            *p;
    size_t             pos;
    ngx_str_t         *removed;
    ngx_uint_t         remove;
    const u_char      *e;
    privacy_cookie_t   c;

    pos = 0;
    remove = 0;

    while (privacy_cookie_next(value->data, value->len, &pos, &c)) {
        if (!(ngx_http_privacy_classify_cookie(r, plcf, (u_char *) c.name,
                                               c.name_len)
              & d->granted))
        {
            remove = 1;
            break;
        }
    }

    if (!remove) {
        return NGX_DECLINED;
    }

    out->data = ngx_pnalloc(r->pool, value->len);
    if (out->data == NULL) {
        return NGX_ERROR;
    }

    p = out->data;
    pos = 0;

    while (privacy_cookie_next(value->data, value->len, &pos, &c)) {

        if (ngx_http_privacy_classify_cookie(r, plcf, (u_char *) c.name,
                                             c.name_len)
            & d->granted)
        {
            if (p != out->data) {
                *p++ = ';';
                *p++ = ' ';
            }

            /* name=value as sent, without the surrounding blanks */
            e = c.end;
            while (e > c.name && (e[-1] == ' ' || e[-1] == '\t')) {
                e--;
            }

            p = ngx_cpymem(p, c.name, e - c.name);
            continue;
        }

        if (ngx_http_privacy_note_stripped(r, ctx, (u_char *) c.name,
                                           c.name_len)
            != NGX_OK)
        {
            return NGX_ERROR;
        }

        if (ctx->request_removed == NULL) {
            ctx->request_removed = ngx_array_create(r->pool, 4,
                                                    sizeof(ngx_str_t));
            if (ctx->request_removed == NULL) {
                return NGX_ERROR;
            }
        }

        if (ctx->request_removed->nelts < NGX_HTTP_PRIVACY_MAX_EXPIRE) {
            removed = ngx_array_push(ctx->request_removed);
            if (removed == NULL) {
                return NGX_ERROR;
            }

            removed->data = (u_char *) c.name;
            removed->len = c.name_len;
        }
    }

    out->len = p - out->data;

    return NGX_OK;
}


/* PREACCESS: the Cookie header sent upstream keeps only granted cookies */
ngx_int_t
ngx_http_privacy_request_cookie_handler(ngx_http_request_t *r)
{
    ngx_int_t                       rc;
    ngx_str_t                       out;
    ngx_table_elt_t                *h;
    ngx_http_privacy_ctx_t         *ctx;
    ngx_http_privacy_decision_t    *d;
    ngx_http_privacy_loc_conf_t    *plcf;
    ngx_http_privacy_header_iter_t  it;

    if (r != r->main) {
        return NGX_DECLINED;
    }

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    if (!plcf->enable || !plcf->strip_request_cookies) {
        return NGX_DECLINED;
    }

    ctx = ngx_http_privacy_get_ctx(r);
    if (ctx == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    ctx->vary = 1;

    /* an internal redirect runs the phases again: rewrite once */
    if (ctx->request_rewritten) {
        return NGX_DECLINED;
    }

    ctx->request_rewritten = 1;

    d = ngx_http_privacy_decide(r);
    if (d == NULL) {
        return NGX_HTTP_INTERNAL_SERVER_ERROR;
    }

    for (h = ngx_http_privacy_header_first(&r->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (!ngx_http_privacy_is_cookie(h)) {
            continue;
        }

        rc = ngx_http_privacy_filter_cookie_value(r, ctx, plcf, d,
                                                  &h->value, &out);

        if (rc == NGX_ERROR) {
            return NGX_HTTP_INTERNAL_SERVER_ERROR;
        }

        if (rc == NGX_OK) {
            ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                           "privacy cookie: \"%V\" -> \"%V\"",
                           &h->value, &out);

            /*
             * proxy and the other upstream modules send every header of
             * the list (even with hash 0), so the value is replaced; an
             * emptied header goes out as "Cookie: ", which upstreams read
             * as no cookies ($privacy_request_cookie avoids even that).
             */
            h->value = out;
        }
    }

    return NGX_DECLINED;
}


/*
 * $privacy_request_cookie: all Cookie lines joined with "; ", without the
 * non-granted cookies, for "proxy_set_header Cookie $privacy_request_cookie".
 */
ngx_int_t
ngx_http_privacy_request_cookie(ngx_http_request_t *r, ngx_str_t *result)
{
    u_char                         *p;
    size_t                          len;
    ngx_int_t                       rc;
    ngx_str_t                       out, *v;
    ngx_uint_t                      i, n;
    ngx_table_elt_t                *h;
    ngx_http_privacy_ctx_t         *ctx;
    ngx_http_privacy_decision_t    *d;
    ngx_http_privacy_loc_conf_t    *plcf;
    ngx_str_t                       vals[16];
    ngx_http_privacy_header_iter_t  it;

    plcf = ngx_http_get_module_loc_conf(r, ngx_http_privacy_module);

    ctx = ngx_http_privacy_get_ctx(r);
    d = ngx_http_privacy_decide(r);

    if (ctx == NULL || d == NULL) {
        return NGX_ERROR;
    }

    n = 0;
    len = 0;

    for (h = ngx_http_privacy_header_first(&r->main->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (!ngx_http_privacy_is_cookie(h)) {
            continue;
        }

        if (n == sizeof(vals) / sizeof(vals[0])) {
            break;
        }

        v = &vals[n];
        *v = h->value;

        if (plcf->enable) {
            rc = ngx_http_privacy_filter_cookie_value(r, ctx, plcf, d,
                                                      &h->value, &out);
            if (rc == NGX_ERROR) {
                return NGX_ERROR;
            }

            if (rc == NGX_OK) {
                *v = out;
            }
        }

        if (v->len) {
            len += v->len + 2;
            n++;
        }
    }

    if (n == 0) {
        ngx_str_null(result);
        return NGX_OK;
    }

    p = ngx_pnalloc(r->pool, len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    result->data = p;

    for (i = 0; i < n; i++) {
        if (i) {
            *p++ = ';';
            *p++ = ' ';
        }

        p = ngx_cpymem(p, vals[i].data, vals[i].len);
    }

    result->len = p - result->data;

    return NGX_OK;
}


/*
 * A Set-Cookie that deletes its cookie: Max-Age <= 0, or Expires past.
 * name: where its name starts (the attributes are after it).
 */
static ngx_inline ngx_int_t
ngx_http_privacy_deletes(ngx_table_elt_t *h, const u_char *name,
    size_t name_len)
{
    size_t         off, len;
    time_t         t;
    const u_char  *expires;

    if (name_len == 0) {
        return 0;               /* no "name=": browsers ignore it */
    }

    off = name - h->value.data;

    switch (privacy_set_cookie_lifetime(name, h->value.len - off, &expires,
                                        &len))
    {
    case PRIVACY_SC_DELETES:
        return 1;

    case PRIVACY_SC_EXPIRES:
        t = ngx_parse_http_time((u_char *) expires, len);
        return t != NGX_ERROR && t <= ngx_time();

    default: /* PRIVACY_SC_KEEPS */
        return 0;
    }
}


/*
 * The Set-Cookie headers of a main response: those of categories not
 * granted are stripped (hash 0), counted and noted.  The decision is made
 * only when a cookie that is not necessary asks for it; *dp keeps it.
 */
ngx_int_t
ngx_http_privacy_set_cookies(ngx_http_request_t *r,
    ngx_http_privacy_ctx_t *ctx, ngx_http_privacy_loc_conf_t *plcf,
    ngx_http_privacy_decision_t **dp)
{
    size_t                          name_len;
    const u_char                   *name;
    privacy_mask_t                  cat, granted;
    ngx_table_elt_t                *h;
    ngx_http_privacy_main_conf_t   *pmcf;
    ngx_http_privacy_header_iter_t  it;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (!ngx_http_privacy_is_set_cookie(h)) {
            continue;
        }

        /* the name decides; the attributes matter only for a strip */

        if (!privacy_set_cookie_name(h->value.data, h->value.len,
                                     &name, &name_len))
        {
            /* no "name=": browsers take it as a nameless cookie */
            name = h->value.data;
            name_len = 0;
        }

        cat = ngx_http_privacy_classify_cookie(r, plcf, (u_char *) name,
                                               name_len);

        if (cat == PRIVACY_CAT_NECESSARY) {
            if (pmcf->status_zone
                && !ngx_http_privacy_deletes(h, name, name_len))
            {
                ngx_http_privacy_status_set_cookie(r, (u_char *) name,
                                                   name_len, cat);
            }

            continue;
        }

        ctx->vary = 1;

        if (*dp == NULL) {
            *dp = ngx_http_privacy_decide(r);
            if (*dp == NULL) {
                return NGX_ERROR;
            }
        }

        granted = cat & (*dp)->granted;

        if (granted && pmcf->status_zone == NULL) {
            continue;
        }

        /* deletions always pass: removing a cookie needs no consent */

        if (ngx_http_privacy_deletes(h, name, name_len)) {
            continue;
        }

        if (pmcf->status_zone) {
            ngx_http_privacy_status_set_cookie(r, (u_char *) name, name_len,
                                               cat);
        }

        if (granted) {
            continue;
        }

        ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy: strip Set-Cookie \"%V\"", &h->value);

        h->hash = 0;

        if (pmcf->status_zone) {
            ngx_http_privacy_status_stripped(r, cat);
        }

        if (ngx_http_privacy_note(r, ctx, (u_char *) name, name_len)
            != NGX_OK)
        {
            return NGX_ERROR;
        }
    }

    return NGX_OK;
}


/*
 * The Set-Cookie headers that delete one cookie wherever it may have been
 * set: on the request host and on each privacy_cookie_domain, at Path=/
 * and at each privacy_cookie_path (a cookie is only replaced by one of the
 * same name, domain and path).  A __Secure- name needs Secure to be
 * accepted; a __Host- name only exists host-only at Path=/.
 */
static ngx_int_t
ngx_http_privacy_expire_name(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_str_t *name)
{
    u_char      *p, *start;
    size_t       len;
    ngx_str_t    path, domain, *domains, *paths;
    ngx_uint_t   d, nd, k, np, secure, host;

    static ngx_str_t  root = ngx_string("/");

    secure = (name->len >= 9
              && ngx_strncasecmp(name->data, (u_char *) "__Secure-", 9) == 0);
    host = (name->len >= 7
            && ngx_strncasecmp(name->data, (u_char *) "__Host-", 7) == 0);

    domains = plcf->cookie_domains ? plcf->cookie_domains->elts : NULL;
    paths = plcf->cookie_paths ? plcf->cookie_paths->elts : NULL;
    nd = (plcf->cookie_domains && !host) ? plcf->cookie_domains->nelts : 0;
    np = (plcf->cookie_paths && !host) ? plcf->cookie_paths->nelts : 0;

    for (d = 0; d <= nd; d++) {
        domain = d ? domains[d - 1] : (ngx_str_t) ngx_null_string;

        for (k = 0; k <= np; k++) {
            path = k ? paths[k - 1] : root;

            len = name->len + sizeof("=; Max-Age=0; Path=") - 1 + path.len
                  + (domain.len ? sizeof("; Domain=") - 1 + domain.len : 0)
                  + ((secure || host) ? sizeof("; Secure") - 1 : 0);

            start = ngx_pnalloc(r->pool, len);
            if (start == NULL) {
                return NGX_ERROR;
            }

            p = ngx_cpymem(start, name->data, name->len);
            p = ngx_cpymem(p, "=; Max-Age=0; Path=",
                           sizeof("=; Max-Age=0; Path=") - 1);
            p = ngx_cpymem(p, path.data, path.len);

            if (domain.len) {
                p = ngx_cpymem(p, "; Domain=", sizeof("; Domain=") - 1);
                p = ngx_cpymem(p, domain.data, domain.len);
            }

            if (secure || host) {
                p = ngx_cpymem(p, "; Secure", sizeof("; Secure") - 1);
            }

            if (ngx_http_privacy_push_header(r, "Set-Cookie", start, p - start)
                != NGX_OK)
            {
                return NGX_ERROR;
            }
        }
    }

    return NGX_OK;
}


/*
 * Expires, in the browser, the non-granted cookies it sent: a withdrawal
 * takes effect at once.  Only RFC 6265 token names are ever echoed into a
 * header, and at most NGX_HTTP_PRIVACY_MAX_EXPIRE of them.  The consent
 * endpoint calls it too, with the decision it has just recorded.
 */
ngx_int_t
ngx_http_privacy_expire(ngx_http_request_t *r, ngx_http_privacy_ctx_t *ctx,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_decision_t *d)
{
    size_t             pos;
    ngx_str_t          name;
    ngx_uint_t         i, n, max, scopes;
    ngx_list_part_t   *part;
    ngx_table_elt_t   *h;
    privacy_cookie_t   c;
    ngx_str_t         *removed;

    /* every name is deleted once per domain and path */

    scopes = (plcf->cookie_domains ? plcf->cookie_domains->nelts + 1 : 1)
             * (plcf->cookie_paths ? plcf->cookie_paths->nelts + 1 : 1);
    max = ngx_min(NGX_HTTP_PRIVACY_MAX_EXPIRE,
                  NGX_HTTP_PRIVACY_MAX_EXPIRE_LINES / scopes);

    n = 0;
    removed = ctx->request_removed ? ctx->request_removed->elts : NULL;
    i = 0;
    pos = 0;

    /* the names are those removed from the Cookie header, or, when the
     * header was not rewritten, those in it that are not granted */

    part = &r->headers_in.headers.part;
    h = part->elts;

    for ( ;; ) {

        if (ctx->request_rewritten) {
            if (removed == NULL || i == ctx->request_removed->nelts) {
                break;
            }

            name = removed[i++];

        } else {
            if (i >= part->nelts) {
                if (part->next == NULL) {
                    break;
                }

                part = part->next;
                h = part->elts;
                i = 0;
                continue;
            }

            if (!ngx_http_privacy_is_cookie(&h[i])
                || !privacy_cookie_next(h[i].value.data, h[i].value.len, &pos,
                                        &c))
            {
                i++;
                pos = 0;
                continue;
            }

            name.data = (u_char *) c.name;
            name.len = c.name_len;

            if (ngx_http_privacy_classify_cookie(r, plcf, name.data, name.len)
                & d->granted)
            {
                continue;
            }

            if (ngx_http_privacy_note_stripped(r, ctx, name.data, name.len)
                != NGX_OK)
            {
                return NGX_ERROR;
            }
        }

        if (n == max) {
            break;
        }

        if (!privacy_cookie_name_is_token(name.data, name.len)
            || ngx_http_privacy_setting(r, name.data, name.len))
        {
            continue;
        }

        if (ngx_http_privacy_expire_name(r, plcf, &name) != NGX_OK) {
            return NGX_ERROR;
        }

        ctx->vary = 1;
        n++;
    }

    return NGX_OK;
}


/* 1 when the response already sets (or deletes) the cookie itself */
static ngx_int_t
ngx_http_privacy_setting(ngx_http_request_t *r, u_char *name, size_t len)
{
    ngx_table_elt_t                *h;
    privacy_set_cookie_t            sc;
    ngx_http_privacy_header_iter_t  it;

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (!ngx_http_privacy_is_set_cookie(h)) {
            continue;
        }

        if (privacy_set_cookie_parse(h->value.data, h->value.len, &sc)
            && sc.name_len == len && ngx_strncmp(sc.name, name, len) == 0)
        {
            return 1;
        }
    }

    return 0;
}


/* Vary: Cookie, and DNT / Sec-GPC when those signals are honoured */
ngx_int_t
ngx_http_privacy_add_vary(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf)
{
    ngx_uint_t                      j, have;
    ngx_table_elt_t                *h;
    ngx_http_privacy_header_iter_t  it;

    static ngx_str_t  tokens[] = {
        ngx_string("Cookie"), ngx_string("DNT"), ngx_string("Sec-GPC")
    };

    /* the tokens missing, by the bits of those already there */
    static ngx_str_t  missing[] = {
        ngx_string("Cookie, DNT, Sec-GPC"),
        ngx_string("DNT, Sec-GPC"),
        ngx_string("Cookie, Sec-GPC"),
        ngx_string("Sec-GPC"),
        ngx_string("Cookie, DNT"),
        ngx_string("DNT"),
        ngx_string("Cookie")
    };

    have = 0;

    if (!plcf->dnt) {
        have |= 2;
    }

    if (!plcf->gpc) {
        have |= 4;
    }

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->hash == 0 || h->key.len != 4
            || ngx_strncasecmp(h->key.data, (u_char *) "vary", 4) != 0)
        {
            continue;
        }

        for (j = 0; j < 3; j++) {
            if (ngx_strlcasestrn(h->value.data,
                                 h->value.data + h->value.len,
                                 tokens[j].data, tokens[j].len - 1)
                != NULL)
            {
                have |= 1 << j;
            }
        }

        if (h->value.len == 1 && h->value.data[0] == '*') {
            return NGX_OK;
        }
    }

    if (have == 7) {
        return NGX_OK;
    }

    return ngx_http_privacy_push_header(r, "Vary", missing[have].data,
                                        missing[have].len);
}


/* privacy_cookie_domain DOMAIN ...: also expire with Domain=DOMAIN */
char *
ngx_http_privacy_cookie_domain(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    return ngx_http_privacy_cookie_scopes(cf, cmd, conf,
                                          ngx_http_privacy_valid_domain);
}


/* privacy_cookie_path PATH ...: also expire with Path=PATH */
char *
ngx_http_privacy_cookie_path(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    return ngx_http_privacy_cookie_scopes(cf, cmd, conf,
                                          ngx_http_privacy_valid_path);
}


static char *
ngx_http_privacy_cookie_scopes(ngx_conf_t *cf, ngx_command_t *cmd, void *conf,
    ngx_int_t (*valid)(ngx_str_t *v))
{
    char  *p = conf;

    ngx_str_t     *value, *s;
    ngx_uint_t     i;
    ngx_array_t  **a;

    a = (ngx_array_t **) (p + cmd->offset);

    if (*a != NGX_CONF_UNSET_PTR) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (cf->args->nelts - 1 > NGX_HTTP_PRIVACY_MAX_SCOPES) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" takes at most %ui values",
                           &cmd->name,
                           (ngx_uint_t) NGX_HTTP_PRIVACY_MAX_SCOPES);
        return NGX_CONF_ERROR;
    }

    *a = ngx_array_create(cf->pool, cf->args->nelts - 1, sizeof(ngx_str_t));
    if (*a == NULL) {
        return NGX_CONF_ERROR;
    }

    for (i = 1; i < cf->args->nelts; i++) {

        if (valid(&value[i]) != NGX_OK) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "invalid \"%V\" value \"%V\": %s", &cmd->name,
                               &value[i],
                               (valid == ngx_http_privacy_valid_domain)
                               ? "a domain name such as example.com"
                               : "a path starting with \"/\", without "
                                 "\";\", blanks or control characters");
            return NGX_CONF_ERROR;
        }

        if (value[i].len == 1 && value[i].data[0] == '/') {
            continue;       /* Path=/ is always expired */
        }

        s = ngx_array_push(*a);
        if (s == NULL) {
            return NGX_CONF_ERROR;
        }

        *s = value[i];
    }

    return NGX_CONF_OK;
}


/*
 * A domain name of two labels or more: letters, digits and inner hyphens,
 * labels of 1-63, 253 in all; one leading dot dropped (browsers ignore
 * it), lowercased in place
 */
static ngx_int_t
ngx_http_privacy_valid_domain(ngx_str_t *v)
{
    u_char      c, *p, *end;
    ngx_uint_t  label, labels;

    if (v->len && v->data[0] == '.') {
        v->data++;
        v->len--;
    }

    if (v->len == 0 || v->len > 253) {
        return NGX_ERROR;
    }

    label = 0;
    labels = 1;
    end = v->data + v->len;

    for (p = v->data; p < end; p++) {
        c = ngx_tolower(*p);
        *p = c;

        if (c == '.') {
            if (label == 0 || p[-1] == '-') {
                return NGX_ERROR;
            }

            label = 0;
            labels++;
            continue;
        }

        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
              || (c == '-' && label > 0))
            || ++label > 63)
        {
            return NGX_ERROR;
        }
    }

    return (label == 0 || end[-1] == '-' || labels < 2) ? NGX_ERROR : NGX_OK;
}


/* RFC 6265 path-value: "/" then visible ASCII but ";", at most 256 */
static ngx_int_t
ngx_http_privacy_valid_path(ngx_str_t *v)
{
    u_char  *p, *end;

    if (v->len == 0 || v->len > 256 || v->data[0] != '/') {
        return NGX_ERROR;
    }

    end = v->data + v->len;

    for (p = v->data; p < end; p++) {
        if (*p <= 0x20 || *p >= 0x7f || *p == ';') {
            return NGX_ERROR;
        }
    }

    return NGX_OK;
}
