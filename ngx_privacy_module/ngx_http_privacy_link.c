/*
 * Response headers that make the browser fetch: Link (each entry whose URL,
 * read as URLs in pages are, html_url.c, is of a category not granted is
 * removed; a header left empty goes), Refresh (read as a meta refresh's
 * content, lib/privacy_refresh.h) and Speculation-Rules (a list of rule
 * set URLs): either goes when a URL it names is not granted.
 */
#include "ngx_http_privacy_link.h"
#include "ngx_http_privacy_decision.h"
#include "ngx_http_privacy_html_url.h"
#include "ngx_http_privacy_util.h"
#include "privacy_csp.h"
#include "privacy_importmap.h"
#include "privacy_json.h"
#include "privacy_refresh.h"


/* the longest header read; a longer one is removed */
#define NGX_HTTP_PRIVACY_HEADER_MAX  4096


static ngx_uint_t ngx_http_privacy_header_to_read(ngx_http_request_t *r,
    ngx_table_elt_t *h, const char *name, size_t len);
static ngx_int_t ngx_http_privacy_header_urls(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_decision_t **d,
    ngx_http_privacy_html_ctx_t *tmp);


/*
 * Whether h is a header of that name to read: one over HEADER_MAX bytes is
 * removed unread, with a warning (a Link header carries only hints, and no
 * refresh is that long)
 */
static ngx_uint_t
ngx_http_privacy_header_to_read(ngx_http_request_t *r, ngx_table_elt_t *h,
    const char *name, size_t len)
{
    if (h->hash == 0 || h->key.len != len
        || ngx_strncasecmp(h->key.data, (u_char *) name, len) != 0)
    {
        return 0;
    }

    if (h->value.len > NGX_HTTP_PRIVACY_HEADER_MAX) {
        ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                      "privacy: a %s header of %uz bytes removed unread",
                      name, h->value.len);
        h->hash = 0;
        return 0;
    }

    return 1;
}


/*
 * The decision and a context to classify URLs with, once a header needs
 * them (*d NULL until then)
 */
static ngx_int_t
ngx_http_privacy_header_urls(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_decision_t **d,
    ngx_http_privacy_html_ctx_t *tmp)
{
    if (*d) {
        return NGX_OK;
    }

    *d = ngx_http_privacy_decide(r);
    if (*d == NULL) {
        return NGX_ERROR;
    }

    ngx_memzero(tmp, sizeof(ngx_http_privacy_html_ctx_t));
    tmp->conf = plcf;

    return ngx_http_privacy_url_init(r, tmp, NGX_HTTP_PRIVACY_HEADER_MAX);
}


/*
 * Link response headers that make the browser contact a tracker host
 * (preconnect, preload, ...): each non-granted entry is removed.
 */
ngx_int_t
ngx_http_privacy_link_headers(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf)
{
    u_char                         *p, *end, *s, *e, *u, *ue, *q, *value;
    privacy_mask_t                  cat;
    ngx_table_elt_t                *h;
    ngx_http_privacy_decision_t    *d;
    ngx_http_privacy_html_ctx_t     tmp;
    ngx_http_privacy_header_iter_t  it;

    d = NULL;

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (!ngx_http_privacy_header_to_read(r, h, "Link", 4)) {
            continue;
        }

        if (ngx_http_privacy_header_urls(r, plcf, &d, &tmp) != NGX_OK) {
            return NGX_ERROR;
        }

        value = ngx_pnalloc(r->pool, 2 * h->value.len);
        if (value == NULL) {
            return NGX_ERROR;
        }

        q = value;
        p = h->value.data;
        end = p + h->value.len;

        /* entries: <url>; params, <url>; params */

        while (p < end) {
            while (p < end && (*p == ' ' || *p == '\t' || *p == ',')) {
                p++;
            }

            if (p == end) {
                break;
            }

            s = p;
            u = ngx_strlchr(p, end, '<');
            ue = u ? ngx_strlchr(u, end, '>') : NULL;
            e = ue ? ngx_strlchr(ue, end, ',') : NULL;

            if (e == NULL) {
                e = end;
            }

            p = e;

            if (ue) {
                cat = ngx_http_privacy_url(r, &tmp, u + 1, ue - u - 1, NULL);

                if (cat && (cat & ~d->granted)) {
                    continue;
                }
            }

            while (e > s && (e[-1] == ' ' || e[-1] == '\t')) {
                e--;
            }

            if (q != value) {
                *q++ = ',';
                *q++ = ' ';
            }

            q = ngx_cpymem(q, s, e - s);
        }

        if (q == value) {
            h->hash = 0;

        } else {
            h->value.data = value;
            h->value.len = q - value;
        }
    }

    return NGX_OK;
}


/* the categories of a Refresh header's URL, either reading of a quoted one */
static privacy_mask_t
ngx_http_privacy_refresh_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *tmp, ngx_str_t *v)
{
    int             n;
    size_t          s, e, e2;
    privacy_mask_t  cat;

    n = privacy_refresh_url(v->data, v->len, &s, &e, &e2);
    cat = 0;

    if (n && e > s) {
        cat = ngx_http_privacy_url(r, tmp, v->data + s, e - s, NULL);
    }

    if (n == 2) {
        cat |= ngx_http_privacy_url(r, tmp, v->data + s, e2 - s, NULL);
    }

    return cat;
}


/*
 * The categories of the URLs of a Speculation-Rules header, a structured
 * field list of quoted URLs ("/rules.json", "https://..."), or of a
 * Reporting-Endpoints (a dictionary: name="https://...") or Report-To
 * header (JSON objects: {"endpoints":[{"url":"https://..."}]}): a string is
 * quoted and escaped as in JSON (\" and \\ only; any other escape makes
 * the header invalid, and the browser ignores it), so lib's import map
 * reader finds them.  Parameters' strings are read too: strict.
 */
static privacy_mask_t
ngx_http_privacy_quoted_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *tmp, ngx_str_t *v)
{
    size_t               s, e, n;
    u_char              *url;
    privacy_mask_t       cat;
    privacy_importmap_t  it;

    url = ngx_pnalloc(r->pool, v->len + 1);
    if (url == NULL) {
        return NGX_HTTP_PRIVACY_DENY_BIT;       /* cannot look: not granted */
    }

    cat = 0;
    privacy_importmap_init(&it, v->data, v->len);

    while (privacy_importmap_next(&it, &s, &e)) {
        n = privacy_json_unescape(v->data + s + 1, it.close - s - 1, url,
                                  v->len);
        cat |= ngx_http_privacy_url(r, tmp, url, n, NULL);
    }

    return cat;
}


/* the judge of lib's privacy_csp_reports_inert() */
typedef struct {
    ngx_http_request_t           *r;
    ngx_http_privacy_html_ctx_t  *tmp;
    privacy_mask_t                granted;
} ngx_http_privacy_report_judge_t;


static int
ngx_http_privacy_report_judge(void *data, const unsigned char *url,
    size_t len)
{
    ngx_http_privacy_report_judge_t  *j;

    j = data;

    return (ngx_http_privacy_url(j->r, j->tmp, (u_char *) url, len, NULL)
            & ~j->granted)
           != 0;
}


/*
 * A Content-Security-Policy(-Report-Only) header: its report-uri
 * directives with a URL not granted are taken out (lib/privacy_csp.h),
 * into a copy (the value may be the configuration's, add_header's); the
 * policy itself stays whatever its length.
 */
static ngx_int_t
ngx_http_privacy_csp_reports(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *tmp, privacy_mask_t granted,
    ngx_table_elt_t *h)
{
    size_t                           n, dropped;
    u_char                          *out;
    ngx_http_privacy_report_judge_t  j;

    if (ngx_strlcasestrn(h->value.data, h->value.data + h->value.len,
                         (u_char *) "report-uri", 10 - 1)
        == NULL)
    {
        return NGX_OK;
    }

    out = ngx_pnalloc(r->pool, h->value.len);
    if (out == NULL) {
        return NGX_ERROR;
    }

    j.r = r;
    j.tmp = tmp;
    j.granted = granted;

    n = privacy_csp_reports_inert(out, h->value.data, h->value.len,
                                  ngx_http_privacy_report_judge, &j,
                                  &dropped);

    if (dropped) {
        ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy: %V header: %uz report-uri taken out",
                       &h->key, dropped);
        h->value.data = out;
        h->value.len = n;
    }

    return NGX_OK;
}


/* what a response header is to this file: 0, not read */
#define NGX_HTTP_PRIVACY_HDR_REFRESH  1
#define NGX_HTTP_PRIVACY_HDR_QUOTED   2     /* a list of quoted URLs */
#define NGX_HTTP_PRIVACY_HDR_CSP      3

static ngx_uint_t
ngx_http_privacy_fetch_header_kind(ngx_http_request_t *r, ngx_table_elt_t *h)
{
    if (h->hash == 0) {
        return 0;
    }

    if ((h->key.len == 23 || h->key.len == 35)
        && ngx_strncasecmp(h->key.data,
                           (u_char *) "Content-Security-Policy-Report-Only",
                           h->key.len)
           == 0)
    {
        return NGX_HTTP_PRIVACY_HDR_CSP;
    }

    if (ngx_http_privacy_header_to_read(r, h, "Refresh", 7)) {
        return NGX_HTTP_PRIVACY_HDR_REFRESH;
    }

    if (ngx_http_privacy_header_to_read(r, h, "Speculation-Rules", 17)
        || ngx_http_privacy_header_to_read(r, h, "Reporting-Endpoints", 19)
        || ngx_http_privacy_header_to_read(r, h, "Report-To", 9))
    {
        return NGX_HTTP_PRIVACY_HDR_QUOTED;
    }

    return 0;
}


/*
 * Response headers that make the browser fetch one URL or go there:
 * Refresh ("0; url=https://...", followed as a meta refresh is),
 * Speculation-Rules (the browser fetches each rule set it names: checked,
 * headless Chromium requested a tracker host's rules.json), and where
 * reports go: Reporting-Endpoints and Report-To (CSP violations, NEL,
 * deprecations, crashes are sent there).  One naming a URL of a category
 * not granted is removed, as is one too long to read (4 KB; Link headers
 * likewise), so that none goes unread.  The rule sets of a first-party
 * file are not read: the file is the site's own, as an external script
 * is.  A Content-Security-Policy keeps its policy: only its report-uri
 * directives to URLs not granted go.
 */
ngx_int_t
ngx_http_privacy_fetch_headers(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf)
{
    ngx_uint_t                      kind;
    privacy_mask_t                  cat;
    ngx_table_elt_t                *h;
    ngx_http_privacy_decision_t    *d;
    ngx_http_privacy_html_ctx_t     tmp;
    ngx_http_privacy_header_iter_t  it;

    d = NULL;

    for (h = ngx_http_privacy_header_first(&r->headers_out.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        kind = ngx_http_privacy_fetch_header_kind(r, h);

        if (kind == 0) {
            continue;
        }

        if (ngx_http_privacy_header_urls(r, plcf, &d, &tmp) != NGX_OK) {
            return NGX_ERROR;
        }

        if (kind == NGX_HTTP_PRIVACY_HDR_CSP) {
            if (ngx_http_privacy_csp_reports(r, &tmp, d->granted, h)
                != NGX_OK)
            {
                return NGX_ERROR;
            }

            continue;
        }

        cat = (kind == NGX_HTTP_PRIVACY_HDR_REFRESH)
              ? ngx_http_privacy_refresh_category(r, &tmp, &h->value)
              : ngx_http_privacy_quoted_category(r, &tmp, &h->value);

        if (cat & ~d->granted) {
            ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                           "privacy: %V header removed: \"%V\"",
                           &h->key, &h->value);
            h->hash = 0;
        }
    }

    return NGX_OK;
}
