/*
 * URLs in pages, and what an element fetches: the document's base (the
 * request's URL, then the first <base href>), the category of a URL read
 * as the browser reads it (lib/privacy_urlparse.c), the kind of fetch of
 * each attribute and the categories of all of them (srcset and ping lists,
 * meta refresh, srcdoc documents scanned as pages of their own), inline
 * scripts (lib/privacy_inline.c) and CSS (lib/privacy_css.c).
 */
#include "ngx_http_privacy_html_url.h"
#include "ngx_http_privacy_consent_mode.h"
#include "ngx_http_privacy_rules.h"
#include "privacy_inline.h"
#include "privacy_css.h"
#include "privacy_importmap.h"
#include "privacy_foreign.h"
#include "privacy_docurl.h"
#include "privacy_srcset.h"
#include "privacy_refresh.h"

#if (defined(__GNUC__) && defined(__SSE2__))
#include <emmintrin.h>
#endif

/* for the few steps of every attribute that must not be a call */
#if (defined(__GNUC__))
#define ngx_http_privacy_always_inline  __attribute__((always_inline))
#else
#define ngx_http_privacy_always_inline
#endif


/* longest reference of an inline script kept for the URL rules */
#define NGX_HTTP_PRIVACY_INLINE_URL         2048


static ngx_int_t ngx_http_privacy_url_room(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max);
static privacy_mask_t ngx_http_privacy_url_read(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len,
    uint64_t hash, ngx_uint_t *third_party, ngx_http_privacy_url_memo_t *m);
static ngx_http_privacy_worker_url_t *ngx_http_privacy_worker_url(
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_html_ctx_t *ctx,
    const u_char *p, size_t len, uint64_t hash, ngx_uint_t *hit);
static void ngx_http_privacy_url_forget(ngx_http_privacy_html_ctx_t *ctx,
    ngx_http_privacy_host_entry_t *e);
static privacy_mask_t ngx_http_privacy_url_list(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a,
    ngx_uint_t srcset);
static privacy_mask_t ngx_http_privacy_url_values(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a);
static privacy_mask_t ngx_http_privacy_refresh(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a);
static privacy_mask_t ngx_http_privacy_srcdoc(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a);
static privacy_mask_t ngx_http_privacy_docurl(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len);
static privacy_mask_t ngx_http_privacy_document(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len);


/*
 * The document's URL, which relative URLs resolve against (then its first
 * <base href>), and room to parse a URL of up to max bytes against it.
 */
ngx_int_t
ngx_http_privacy_url_init(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max)
{
    size_t      cap;
    u_char     *buf;
    ngx_str_t   host, uri;

    host = r->headers_in.host ? r->headers_in.host->value
                              : r->headers_in.server;
    uri = r->unparsed_uri;

    cap = PRIVACY_URL_CAP(host.len + uri.len, 0);

    buf = ngx_pnalloc(r->pool, cap);
    if (buf == NULL) {
        return NGX_ERROR;
    }

    if (privacy_url_document(
#if (NGX_HTTP_SSL)
            r->connection->ssl ? PRIVACY_URL_HTTPS : PRIVACY_URL_HTTP,
#else
            PRIVACY_URL_HTTP,
#endif
            host.data, host.len, uri.data, uri.len, buf, cap, &ctx->doc)
        != PRIVACY_URL_OK)
    {
        /* no usable Host: relative URLs are not resolved */
        ngx_memzero(&ctx->doc, sizeof(privacy_url_t));
    }

    return ngx_http_privacy_url_room(r, ctx, max);
}


/* norm and work for URLs of up to max bytes against the current base */
static ngx_int_t
ngx_http_privacy_url_room(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max)
{
    size_t   cap;
    u_char  *p;

    cap = PRIVACY_URL_CAP(max, ctx->doc.len);

    if (cap <= ctx->norm_cap) {
        return NGX_OK;
    }

    /* work holds "https:" and the URL */

    p = ngx_pnalloc(r->pool, 2 * cap + 8);
    if (p == NULL) {
        return NGX_ERROR;
    }

    ctx->norm = p;
    ctx->work = p + cap;
    ctx->norm_cap = cap;

    return NGX_OK;
}


/* <base href>: the first one is where later relative URLs resolve */
ngx_int_t
ngx_http_privacy_base(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    size_t                      cap;
    u_char                     *buf;
    ngx_str_t                   v;
    privacy_url_t               base;
    const privacy_html_attr_t  *a;

    a = privacy_html_attr(ev, "href");

    if (ctx->base_seen || a == NULL || a->value == NULL) {
        return NGX_OK;
    }

    ctx->base_seen = 1;

    v = ngx_http_privacy_decoded(ctx, a);
    cap = PRIVACY_URL_CAP(v.len, ctx->doc.len);

    buf = ngx_pnalloc(r->pool, cap);
    if (buf == NULL) {
        return NGX_ERROR;
    }

    if (privacy_url_parse(v.data, v.len, ctx->doc.len ? &ctx->doc : NULL,
                          buf, cap, &base)
        != PRIVACY_URL_OK)
    {
        return NGX_OK;      /* the browser ignores an unusable base too */
    }

    ctx->doc = base;
    ctx->memo_live = 0;     /* relative URLs mean other ones now */

    return ngx_http_privacy_url_room(r, ctx, ctx->conf->html_max_tag);
}


/*
 * An unclassified third-party host of the element, for the status tables:
 * its name is copied, for a later URL of the element may take its entry
 */
static ngx_inline void
ngx_http_privacy_url_unknown(ngx_http_privacy_html_ctx_t *ctx,
    ngx_http_privacy_host_entry_t *e)
{
    ctx->unknown = e;
    ctx->unknown_len = e->plain_len;
    ngx_memcpy(ctx->unknown_host, e->host + e->plain_off, e->plain_len);
}


/*
 * The category of one URL (entity-decoded already), read as the browser
 * reads it (lib/privacy_urlparse.c) against the document's base; 0 when no
 * rule classifies it, or it is not fetched over http(s).  *third_party
 * (if asked): its host is not the document's.
 */
privacy_mask_t
ngx_http_privacy_url(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    const u_char *p, size_t len, ngx_uint_t *third_party)
{
    uint64_t                      tail, mid, hash;
    ngx_uint_t                    slot, party, fills;
    privacy_mask_t                cat;
    ngx_http_privacy_url_memo_t  *m, one;

    /*
     * No length limit here: a URL longer than norm holds (a header's, an
     * inline script's) is read TRUNCATED, its host whole, and classified
     * by that host and the start of its path
     */

    m = NULL;
    tail = 0;
    mid = 0;
    slot = 0;
    hash = 0;       /* 0: not remembered, by the request or the worker */

    if (len >= 8 && len <= NGX_HTTP_PRIVACY_URL_MEMO_LEN) {
        /* the last bytes tell a page's URLs apart best ("30001/w480.jpg") */
        ngx_memcpy(&tail, p + len - 8, 8);
        ngx_memcpy(&mid, p + (len >= 16 ? len - 16 : 0), 8);
        hash = ((tail ^ (mid * 0xff51afd7ed558ccdULL) ^ len)
                * 0x9e3779b97f4a7c15ULL) | 1;
        slot = (ngx_uint_t) (hash >> (64 - NGX_HTTP_PRIVACY_URL_MEMO_BITS));

        if (ctx->memo == NULL) {
            ctx->memo = ngx_palloc(r->pool,
                                   NGX_HTTP_PRIVACY_URL_MEMO
                                   * sizeof(ngx_http_privacy_url_memo_t));
        }

        m = ctx->memo ? &ctx->memo[slot] : NULL;   /* NULL: only slower */
    }

    if (m && ((ctx->memo_live >> slot) & 1) && m->tail == tail
        && m->mid == mid && m->len == len && (third_party == NULL || m->party)
        && ngx_memcmp(m->url, p, len - 8) == 0)
    {
        if (third_party) {
            party = m->party;

            /* what the first reading did to the host entry, again */
            if (m->e) {
                m->e->party = party;

                if (!m->found && party == 2 && !m->e->listed) {
                    ngx_http_privacy_url_unknown(ctx, m->e);
                }
            }

            *third_party = (party == 2);
        }

        return m->cat;
    }

    fills = ctx->hosts.fills;

    cat = ngx_http_privacy_url_read(r, ctx, p, len, hash, third_party, &one);

    if (ctx->hosts.fills != fills && ctx->memo_live) {
        /*
         * A host entry was replaced (whatever the length of this URL): the
         * URLs remembered with it must not reach the entry of another host
         */
        ngx_http_privacy_url_forget(ctx, &ctx->hosts.e[ctx->hosts.filled]);
    }

    if (m == NULL || one.len == 0) {
        return cat;     /* not remembered, or not a fetch over http(s) */
    }

    m->tail = tail;
    m->mid = mid;
    m->e = one.e;
    m->cat = one.cat;
    m->len = len;
    m->found = one.found;
    m->party = one.party;
    ngx_memcpy(m->url, p, len - 8);
    ctx->memo_live |= (ngx_uint_t) 1 << slot;

    if (one.e) {
        ctx->memo_of[one.e - ctx->hosts.e] |= (ngx_uint_t) 1 << slot;
    }

    return cat;
}


/*
 * The URLs whose host entry is e are read again next time: the slots
 * stored with it, by their bits (a slot stored since with another host is
 * read again too, which costs a reading, never a wrong answer)
 */
static void
ngx_http_privacy_url_forget(ngx_http_privacy_html_ctx_t *ctx,
    ngx_http_privacy_host_entry_t *e)
{
    ngx_uint_t  k;

    k = e - ctx->hosts.e;

    ctx->memo_live &= ~ctx->memo_of[k];
    ctx->memo_of[k] = 0;
}


/*
 * The worker's entry of the URL p[0 .. len) (hash: ngx_http_privacy_url()'s,
 * not 0), when its reading depends on nothing but its bytes and the base's
 * scheme or origin: "https://..." or "http://..."; "//..." (the default
 * port depends on the base's scheme, compared too); a path from the root,
 * "/..." (its entry holds the base's "//host[:port]", compared too).  *hit
 * when it is that URL's, else the one to replace; NULL for other URLs.
 */
static ngx_http_privacy_worker_url_t *
ngx_http_privacy_worker_url(ngx_http_privacy_main_conf_t *pmcf,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len,
    uint64_t hash, ngx_uint_t *hit)
{
    uint8_t                         scheme;
    uint64_t                        tail;
    ngx_uint_t                      i, root;
    ngx_http_privacy_worker_url_t  *w;

    *hit = 0;

    if (pmcf->worker_urls == NULL || len > NGX_HTTP_PRIVACY_WORKER_URL_LEN) {
        return NULL;
    }

    /*
     * len >= 8, compared in line.  From the root: not "/\\" (a host), nor
     * a slash after a tab or newline, which the reading drops.
     */
    root = 0;
    scheme = 0;

    if (p[0] == '/') {
        if (ctx->doc.len == 0 || p[1] == '\\' || p[1] == '\t' || p[1] == '\n'
            || p[1] == '\r')
        {
            return NULL;
        }

        if (p[1] == '/') {
            scheme = (uint8_t) ctx->doc.scheme;

        } else {
            root = 1;
        }

    } else if (p[0] != 'h' || p[1] != 't' || p[2] != 't' || p[3] != 'p'
               || (p[4] == 's' ? p[5] != ':' || p[6] != '/' || p[7] != '/'
                               : p[4] != ':' || p[5] != '/' || p[6] != '/'))
    {
        return NULL;
    }

    /*
     * a pair, by the 8 bits below the request memo's slot: a product's top
     * bits are those that every byte of the URL reaches
     */
    w = &pmcf->worker_urls[((hash >> (64 - NGX_HTTP_PRIVACY_URL_MEMO_BITS - 8))
                            % (NGX_HTTP_PRIVACY_WORKER_URLS / 2)) * 2];

    ngx_memcpy(&tail, p + len - 8, 8);

    for (i = 0; i < 2; i++) {
        if (w[i].len == len && w[i].tail == tail
            && ngx_memcmp(w[i].url, p, len - 8) == 0
            && w[i].scheme == scheme
            && (!root || (w[i].path == ctx->doc.path
                          && ngx_memcmp(w[i].canon, ctx->doc.data, w[i].path)
                             == 0)))
        {
            *hit = 1;
            return &w[i];
        }
    }

    /* a new one goes first, the first one moves second */
    w[1] = w[0];
    w[0].len = 0;
    w[0].scheme = scheme;

    return &w[0];
}


/*
 * ngx_http_privacy_url() without the memo; *m: what to remember of it
 * (m->len 0: nothing, not a fetch over http(s)).  A URL that the worker
 * read before (hash not 0; see ngx_http_privacy_worker_url()) is not
 * parsed or looked up again: only its host's entry is taken for the
 * request, when the party is asked.
 */
static privacy_mask_t
ngx_http_privacy_url_read(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len,
    uint64_t hash, ngx_uint_t *third_party, ngx_http_privacy_url_memo_t *m)
{
    int                             rc;
    ngx_int_t                       found;
    ngx_uint_t                      party, hit;
    privacy_url_t                   u;
    privacy_mask_t                  cat;
    ngx_http_privacy_host_entry_t  *e;
    ngx_http_privacy_main_conf_t   *pmcf;
    ngx_http_privacy_worker_url_t  *w;

    m->len = 0;
    m->e = NULL;        /* not read with len 0; set for the compiler */
    m->cat = 0;
    m->found = 0;
    m->party = 0;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    /*
     * Remembered readings are those of an ASCII host with room enough here
     * (see privacy_url_parse()): the same in any location, never truncated
     */
    w = NULL;
    hit = 0;

    if (hash && ctx->norm_cap >= PRIVACY_URL_CAP(len, ctx->doc.len)) {
        w = ngx_http_privacy_worker_url(pmcf, ctx, p, len, hash, &hit);
    }

    if (w && hit) {
        u.data = w->canon;
        u.host_len = w->host_len;
        found = w->found ? NGX_OK : NGX_DECLINED;
        cat = w->cat;

        /* the host's entry serves the party alone (a srcset's URLs: not) */
        e = third_party ? ngx_http_privacy_host_cached(pmcf, w->canon + 2,
                                                        w->path - 2,
                                                        &ctx->hosts)
                        : NULL;

        goto classified;
    }

    rc = privacy_url_parse(p, len, ctx->doc.len ? &ctx->doc : NULL,
                           ctx->norm, ctx->norm_cap, &u);

    if (rc != PRIVACY_URL_OK && rc != PRIVACY_URL_TRUNCATED) {
        if (rc == PRIVACY_URL_NOIDNA) {
            ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                           "privacy html: host not mapped (no IDNA): %*s",
                           ngx_min(len, 256), p);
        }

        return 0;   /* no http(s) fetch, or one the browser does not make */
    }

    /* canonical: "//host[:port]" lowercase, its length u.path (the
       host of a truncated one is found again) */
    found = ngx_http_privacy_url_category(pmcf, u.data, u.len,
                                          rc == PRIVACY_URL_OK
                                          ? u.path - 2
                                          : NGX_HTTP_PRIVACY_HOST_UNKNOWN,
                                          ctx->work, &ctx->hosts, &e, &cat);

    if (w && rc == PRIVACY_URL_OK && !(u.flags & PRIVACY_URL_IDNA)
        && u.path - 2 <= NGX_HTTP_PRIVACY_HOST_CACHE_LEN
        && (p[0] != '/' || p[1] == '/'
            || (u.path == ctx->doc.path
                && ngx_memcmp(u.data, ctx->doc.data, u.path) == 0)))
    {
        /*
         * e is the request's entry of the host (it fits the cache); from
         * the root, the host is the base's, which the entry is compared to
         */
        ngx_memcpy(&w->tail, p + len - 8, 8);
        ngx_memcpy(w->url, p, len - 8);
        ngx_memcpy(w->canon, u.data, u.path);
        w->path = (uint8_t) u.path;
        w->host_len = (uint8_t) u.host_len;
        w->found = (found == NGX_OK);
        w->cat = (found == NGX_OK) ? cat : 0;
        w->len = (uint8_t) len;
    }

classified:

    party = e ? e->party : 0;

    if (third_party) {
        if (party == 0) {
            /* both hosts canonical: lowercase, mapped, no trailing dot */
            party = (u.host_len == ctx->doc.host_len
                     && ngx_memcmp(u.data + 2, ctx->doc.data + 2, u.host_len)
                        == 0)
                    ? 1 : 2;
        }

        if (e) {
            e->party = party;

            /* an unclassified third-party host, for the status tables */
            if (found != NGX_OK && party == 2 && !e->listed) {
                ngx_http_privacy_url_unknown(ctx, e);
            }
        }

        *third_party = (party == 2);
    }

    if (found != NGX_OK) {
        cat = 0;

    } else if (ctx->conf->consent_mode_advanced
               && ngx_http_privacy_consent_mode_keeps(ctx->conf, u.data + 2,
                                                      u.host_len))
    {
        cat = 0;    /* Google's tag runs with the denied defaults */
    }

    m->e = e;
    m->cat = cat;
    m->found = (found == NGX_OK);
    m->party = party;
    m->len = 1;

    return cat;
}


/* every URL of a srcset or ping list (lib/privacy_srcset.h) */
static privacy_mask_t
ngx_http_privacy_url_list(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a,
    ngx_uint_t srcset)
{
    size_t               len;
    ngx_str_t            v;
    const u_char        *url;
    privacy_mask_t       cat;
    privacy_url_list_t   list;

    v = ngx_http_privacy_value(ctx, a);
    privacy_url_list_init(&list, v.data, v.len, srcset);
    cat = 0;

    while ((len = privacy_url_list_next(&list, &url)) != 0) {
        cat |= ngx_http_privacy_url(r, ctx, url, len, NULL);
    }

    return cat;
}


/* every URL of an SVG animation's values, "a; b; c" */
static privacy_mask_t
ngx_http_privacy_url_values(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a)
{
    u_char          *p, *end, *s, *e;
    ngx_str_t        v;
    privacy_mask_t   cat;

    v = ngx_http_privacy_value(ctx, a);
    p = v.data;
    end = v.data + v.len;
    cat = 0;

    while (p < end) {
        s = p;
        e = ngx_strlchr(p, end, ';');
        e = e ? e : end;
        p = e + 1;

        /* the URL reader takes blanks off as browsers do */
        if (e > s) {
            cat |= ngx_http_privacy_url(r, ctx, s, e - s, NULL);
        }
    }

    return cat;
}


/*
 * <meta http-equiv="refresh" content="5; url='https://...'">: the URL the
 * browser goes to (lib/privacy_refresh.h)
 */
static privacy_mask_t
ngx_http_privacy_refresh(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a)
{
    int             n;
    size_t          s, e, e2;
    ngx_str_t       v;
    privacy_mask_t  cat;

    v = ngx_http_privacy_decoded(ctx, a);

    /* both readings of a quoted URL that holds its quote again */
    n = privacy_refresh_url(v.data, v.len, &s, &e, &e2);

    cat = 0;

    /* an empty URL: the page itself, which Chromium reloads */

    if (n && e > s) {
        cat = ngx_http_privacy_url(r, ctx, v.data + s, e - s, NULL);
    }

    if (n == 2) {
        cat |= ngx_http_privacy_url(r, ctx, v.data + s, e2 - s, NULL);
    }

    return cat;
}


/* the categories of a script's (of that kind) or style's text in srcdoc */
static privacy_mask_t
ngx_http_privacy_srcdoc_text(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t len,
    ngx_uint_t style, ngx_uint_t kind, ngx_uint_t foreign)
{
    if (foreign && !privacy_foreign_plain(text, len)) {
        return ngx_http_privacy_foreign_category(r, ctx, text, len, style,
                                                 kind);
    }

    if (style) {
        return ngx_http_privacy_css(r, ctx, text, &len);
    }

    return ngx_http_privacy_held_category(r, ctx, text, len, kind);
}


/*
 * <iframe srcdoc="...">: an HTML document in an attribute.  It is decoded
 * and scanned as a page of its own: its elements and inline scripts are
 * classified, and the iframe needs all their categories.  A srcdoc inside
 * a srcdoc is looked at too, to a depth of 3.
 */
static privacy_mask_t
ngx_http_privacy_srcdoc(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const privacy_html_attr_t *a)
{
    ngx_str_t  v;

    v = ngx_http_privacy_decoded(ctx, a);

    return ngx_http_privacy_document(r, ctx, v.data, v.len);
}


/*
 * A frame's data: or javascript: URL is a document too
 * (lib/privacy_docurl.h): scanned as a srcdoc is, and the source of a
 * javascript: URL classified as an inline script's text
 */
static privacy_mask_t
ngx_http_privacy_docurl(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len)
{
    int             kind;
    size_t          i, n;
    u_char         *doc;
    privacy_mask_t  cat;

    for (i = 0; i < len && p[i] <= 0x20; i++) { /* void */ }

    if (i == len || ((p[i] | 0x20) != 'd' && (p[i] | 0x20) != 'j')) {
        return 0;
    }

    doc = ngx_pnalloc(r->pool, len + 1);
    if (doc == NULL) {
        return NGX_HTTP_PRIVACY_DENY_BIT;   /* cannot look: not granted */
    }

    kind = privacy_docurl(p, len, doc, &n);

    if (kind == PRIVACY_DOCURL_NONE) {
        return 0;
    }

    cat = ngx_http_privacy_document(r, ctx, doc, n);

    if (kind == PRIVACY_DOCURL_JAVASCRIPT) {
        /* a URL it only returns as the page's text is not fetched */
        cat |= ngx_http_privacy_inline_category(r, ctx, doc, n, 1);
    }

    return cat;
}


/* the categories of an HTML document p[0 .. len), scanned as a page */
static privacy_mask_t
ngx_http_privacy_document(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len)
{
    u_char                *doc, *buf;
    size_t                 text;
    uint64_t               bad;
    ngx_uint_t             url_attr, third, in_script, in_style, foreign;
    privacy_mask_t         cat, style;
    privacy_html_t        *sc;
    privacy_html_event_t   ev;
    privacy_html_event_e   e;

    if (ctx->srcdoc_depth >= 3) {
        return 0;
    }

    sc = ngx_palloc(r->pool, sizeof(privacy_html_t));
    doc = ngx_pnalloc(r->pool, len + 1);
    buf = ngx_pnalloc(r->pool, ctx->conf->html_max_tag);

    if (sc == NULL || doc == NULL || buf == NULL
        || privacy_html_init(sc, buf, ctx->conf->html_max_tag) != 0)
    {
        return NGX_HTTP_PRIVACY_DENY_BIT;   /* cannot look: not granted */
    }

    privacy_html_report(sc, NGX_HTTP_PRIVACY_REPORT);

    ngx_memcpy(doc, p, len);

    ctx->srcdoc_depth++;

    cat = 0;
    text = 0;
    in_script = 0;
    in_style = 0;
    foreign = 0;

    (void) privacy_html_feed(sc, doc, len, 1);

    while ((e = privacy_html_next(sc, &ev)) != PRIVACY_HTML_DONE) {

        if (e == PRIVACY_HTML_OVERFLOW) {
            cat |= NGX_HTTP_PRIVACY_DENY_BIT;
            break;
        }

        if (e != PRIVACY_HTML_TAG) {
            continue;
        }

        if (ev.el == PRIVACY_HTML_SCRIPT) {
            if (!ev.is_end && privacy_html_attr(&ev, "src") == NULL
                && (in_script = ngx_http_privacy_inline_runs(ctx, &ev)))
            {
                foreign = ev.foreign;
                text = ev.off + ev.len;
                continue;
            }

            if (ev.is_end && in_script) {
                cat |= ngx_http_privacy_srcdoc_text(r, ctx, doc + text,
                                                    ev.off - text, 0,
                                                    in_script, foreign);
                in_script = 0;
                continue;
            }
        }

        if (ev.el == PRIVACY_HTML_STYLE) {
            if (!ev.is_end && ngx_http_privacy_style_runs(ctx, &ev)) {
                in_style = 1;
                foreign = ev.foreign;
                text = ev.off + ev.len;
                continue;
            }

            if (ev.is_end && in_style) {
                in_style = 0;
                cat |= ngx_http_privacy_srcdoc_text(r, ctx, doc + text,
                                                    ev.off - text, 1, 0,
                                                    foreign);
                continue;
            }
        }

        if (ev.is_end || ev.truncated) {
            cat |= ev.truncated ? NGX_HTTP_PRIVACY_DENY_BIT : 0;
            continue;
        }

        url_attr = 0;
        third = 0;
        cat |= ngx_http_privacy_fetches(r, ctx, &ev, &bad, &url_attr, &third,
                                        &style);
        cat |= style;
    }

    if (in_script || in_style) {
        cat |= ngx_http_privacy_srcdoc_text(r, ctx, doc + text, len - text,
                                            in_style, in_script, foreign);
    }

    ctx->srcdoc_depth--;

    return cat;
}


/* --- what the attributes of an element fetch -------------------------- */


/* elements an attribute of that name makes fetch (bits of el) */
#define NGX_HTTP_PRIVACY_SRC_ELS                                              \
    (PRIVACY_HTML_BIT(PRIVACY_HTML_IMG) | PRIVACY_HTML_BIT(PRIVACY_HTML_IMAGE) \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_SCRIPT)                                  \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_IFRAME)                                  \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_FRAME)                                   \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_EMBED)                                   \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_SOURCE)                                  \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_AUDIO)                                   \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_VIDEO)                                   \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_TRACK))

/* elements whose URL is a document: a data: or javascript: one too */
#define NGX_HTTP_PRIVACY_FRAME_ELS                                            \
    (PRIVACY_HTML_BIT(PRIVACY_HTML_IFRAME)                                    \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_FRAME)                                   \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_OBJECT)                                  \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_EMBED))

#define NGX_HTTP_PRIVACY_HREF_ELS                                             \
    (PRIVACY_HTML_BIT(PRIVACY_HTML_LINK) | PRIVACY_HTML_BIT(PRIVACY_HTML_IMAGE))

/* SVG elements whose href loads, read inside svg or math: script,
 * feImage, use */
#define NGX_HTTP_PRIVACY_SVG_HREF_ELS                                         \
    (PRIVACY_HTML_BIT(PRIVACY_HTML_SCRIPT)                                    \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_FEIMAGE)                                 \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_USE))

#define NGX_HTTP_PRIVACY_PING_ELS                                             \
    (PRIVACY_HTML_BIT(PRIVACY_HTML_A) | PRIVACY_HTML_BIT(PRIVACY_HTML_AREA))

#define NGX_HTTP_PRIVACY_SRCSET_ELS                                           \
    (PRIVACY_HTML_BIT(PRIVACY_HTML_IMG) | PRIVACY_HTML_BIT(PRIVACY_HTML_IMAGE) \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_SOURCE))

#define NGX_HTTP_PRIVACY_BACKGROUND_ELS                                       \
    (PRIVACY_HTML_BIT(PRIVACY_HTML_BODY)                                      \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_TABLE)                                   \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_TD) | PRIVACY_HTML_BIT(PRIVACY_HTML_TH))


/* the elements whose href (or, of image alone in HTML, xlink:href)
 * loads, where the tag was read */
static ngx_inline uint64_t
ngx_http_privacy_href_els(privacy_html_event_t *ev, uint64_t els)
{
    return ev->foreign ? els | NGX_HTTP_PRIVACY_SVG_HREF_ELS : els;
}


/*
 * The attributes whose fetch depends on another attribute: an input's
 * src (only an image button loads it), a meta's content (a refresh)
 */
static ngx_uint_t
ngx_http_privacy_fetch_other(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    ngx_str_t                   v;
    const privacy_html_attr_t  *t;

    if (ev->el == PRIVACY_HTML_INPUT) {
        t = privacy_html_attr(ev, "type");
        if (t == NULL || t->value == NULL) {
            return NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        v = ngx_http_privacy_decoded(ctx, t);

        return (v.len == 5
                && ngx_strncasecmp(v.data, (u_char *) "image", 5) == 0)
               ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
    }

    /* PRIVACY_HTML_META */

    t = privacy_html_attr(ev, "http-equiv");
    if (t == NULL || t->value == NULL) {
        return NGX_HTTP_PRIVACY_FETCH_NONE;
    }

    v = ngx_http_privacy_decoded(ctx, t);

    return (v.len == 7
            && ngx_strncasecmp(v.data, (u_char *) "refresh", 7) == 0)
           ? NGX_HTTP_PRIVACY_FETCH_REFRESH : NGX_HTTP_PRIVACY_FETCH_NONE;
}


/*
 * tr, tbody, thead, tfoot, col and colgroup in HTML content: Chromium
 * fetches their background (difftest), and they are no element of the
 * scanner's enum
 */
static ngx_uint_t
ngx_http_privacy_table_part(privacy_html_event_t *ev)
{
    ngx_uint_t  i;

    static const ngx_str_t  parts[] = {
        ngx_string("tr"), ngx_string("tbody"), ngx_string("thead"),
        ngx_string("tfoot"), ngx_string("col"), ngx_string("colgroup")
    };

    if (ev->el != PRIVACY_HTML_OTHER || ev->foreign) {
        return 0;
    }

    for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
        if (ev->name_len == parts[i].len
            && ngx_strncasecmp((u_char *) ev->name, parts[i].data,
                               parts[i].len)
               == 0)
        {
            return 1;
        }
    }

    return 0;
}


/*
 * In svg, the values of an animation that sets an href: <set
 * attributeName="href" to="https://tracker/p.png"> in an <image> or a
 * <use> made Chromium fetch it, and so did <animate values="...">.  to,
 * from and by hold one URL, values a list separated by ";".  The
 * animation's attributeName is read as written, up to its "href" (so
 * xlink:href too).
 */
static ngx_uint_t
ngx_http_privacy_animation(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, const privacy_html_attr_t *a)
{
    size_t                      n;
    ngx_str_t                   v;
    ngx_uint_t                  kind;
    const privacy_html_attr_t  *target;

    if (ngx_http_privacy_attr_is(a, "values")) {
        kind = NGX_HTTP_PRIVACY_FETCH_VALUES;

    } else if (ngx_http_privacy_attr_is(a, "to")
               || ngx_http_privacy_attr_is(a, "from")
               || ngx_http_privacy_attr_is(a, "by"))
    {
        kind = NGX_HTTP_PRIVACY_FETCH_URL;

    } else {
        return NGX_HTTP_PRIVACY_FETCH_NONE;
    }

    target = privacy_html_attr(ev, "attributename");
    v = ngx_http_privacy_value(ctx, target);

    for (n = v.len; n && (v.data[n - 1] == ' ' || v.data[n - 1] == '\t'
                          || v.data[n - 1] == '\n' || v.data[n - 1] == '\r'
                          || v.data[n - 1] == '\f');
         n--)
    {
        /* trailing blanks */
    }

    return (n >= 4 && ngx_strncasecmp(v.data + n - 4, (u_char *) "href", 4)
                      == 0)
           ? kind : NGX_HTTP_PRIVACY_FETCH_NONE;
}


/*
 * What kind of fetch an attribute of this element makes the browser do,
 * if any: one URL, a list (srcset), a ping list, a refresh, an HTML
 * document (srcdoc), CSS (a style; in svg or math, and on <svg>, the
 * presentation attributes that take a url()).  el is ev->el as a bit.
 * Inlined in the loop of ngx_http_privacy_fetches(): most attributes are
 * decided by their length and one word compare, cheaper than a call.
 */
static ngx_inline ngx_http_privacy_always_inline ngx_uint_t
ngx_http_privacy_kind(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, uint64_t el, const privacy_html_attr_t *a)
{
    uint64_t  k;

    switch (a->name_len) {

    case 3:
        if (ngx_http_privacy_name_key(a->name, 3)
            != ngx_http_privacy_key("src"))
        {
            break;
        }

        if (el & NGX_HTTP_PRIVACY_SRC_ELS) {
            return NGX_HTTP_PRIVACY_FETCH_URL;
        }

        if (el & PRIVACY_HTML_BIT(PRIVACY_HTML_INPUT)) {
            return ngx_http_privacy_fetch_other(ctx, ev);
        }

        break;

    case 4:
        k = ngx_http_privacy_name_key(a->name, 4);

        if (k == ngx_http_privacy_key("href")) {
            return (el & ngx_http_privacy_href_els(ev,
                                                   NGX_HTTP_PRIVACY_HREF_ELS))
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (k == ngx_http_privacy_key("ping")) {
            return (el & NGX_HTTP_PRIVACY_PING_ELS)
                   ? NGX_HTTP_PRIVACY_FETCH_PING : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (k == ngx_http_privacy_key("data")) {
            return (el & PRIVACY_HTML_BIT(PRIVACY_HTML_OBJECT))
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 5:
        /* on any element: backgrounds, list images, generated content */
        if (ngx_http_privacy_name_key(a->name, 5)
            == ngx_http_privacy_key("style"))
        {
            return NGX_HTTP_PRIVACY_FETCH_STYLE;
        }

        break;

    case 6:
        k = ngx_http_privacy_name_key(a->name, 6);

        if (k == ngx_http_privacy_key("srcset")) {
            return (el & NGX_HTTP_PRIVACY_SRCSET_ELS)
                   ? NGX_HTTP_PRIVACY_FETCH_LIST : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (k == ngx_http_privacy_key("poster")) {
            return (el & PRIVACY_HTML_BIT(PRIVACY_HTML_VIDEO))
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (k == ngx_http_privacy_key("srcdoc")) {
            return (el & PRIVACY_HTML_BIT(PRIVACY_HTML_IFRAME))
                   ? NGX_HTTP_PRIVACY_FETCH_SRCDOC
                   : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 7:
        if ((el & PRIVACY_HTML_BIT(PRIVACY_HTML_META))
            && ngx_http_privacy_name_key(a->name, 7)
               == ngx_http_privacy_key("content"))
        {
            return ngx_http_privacy_fetch_other(ctx, ev);
        }

        break;

    case 10:
        if (ngx_http_privacy_attr_is(a, "background")) {
            return ((el & NGX_HTTP_PRIVACY_BACKGROUND_ELS)
                    || ngx_http_privacy_table_part(ev))
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        if (ngx_http_privacy_attr_is(a, "xlink:href")) {
            return (el & ngx_http_privacy_href_els(ev,
                                     PRIVACY_HTML_BIT(PRIVACY_HTML_IMAGE)))
                   ? NGX_HTTP_PRIVACY_FETCH_URL : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;

    case 11:
        if (ngx_http_privacy_attr_is(a, "imagesrcset")) {
            return (el & PRIVACY_HTML_BIT(PRIVACY_HTML_LINK))
                   ? NGX_HTTP_PRIVACY_FETCH_LIST : NGX_HTTP_PRIVACY_FETCH_NONE;
        }

        break;
    }

    /* the names above that match return: the rest may be a paint */
    if (ev->foreign || ev->el == PRIVACY_HTML_SVG) {
        /* fill="url(https://tracker/p.svg#g)" was fetched by Chromium */
        return privacy_html_paint_name(a->name, a->name_len)
               ? NGX_HTTP_PRIVACY_FETCH_STYLE
               : ngx_http_privacy_animation(ctx, ev, a);
    }

    return NGX_HTTP_PRIVACY_FETCH_NONE;
}


/* the same, for the rebuild of a tag (html_tag.c) */
ngx_uint_t
ngx_http_privacy_fetch_kind(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, const privacy_html_attr_t *a)
{
    return ngx_http_privacy_kind(ctx, ev, PRIVACY_HTML_BIT(ev->el), a);
}


/*
 * The categories of what the element's attributes fetch; *bad gets a bit
 * per attribute (of the first 64) that fetches something not granted.
 * What its style attribute fetches goes to *style instead: the element
 * can stay with only those URLs made inert.
 */
privacy_mask_t
ngx_http_privacy_fetches(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    uint64_t *bad, ngx_uint_t *url_attr, ngx_uint_t *third_party,
    privacy_mask_t *style)
{
    size_t                      i, n;
    uint64_t                    el, b;
    ngx_str_t                   v;
    privacy_mask_t              cat, c, css;
    const privacy_html_attr_t  *a;

    cat = 0;
    css = 0;
    b = 0;
    el = PRIVACY_HTML_BIT(ev->el);
    n = ev->nattrs;
    a = ev->attrs;

    for (i = 0; i < n; i++, a++) {

        if (a->dup || a->value == NULL) {
            continue;
        }

        switch (ngx_http_privacy_kind(ctx, ev, el, a)) {

        case NGX_HTTP_PRIVACY_FETCH_NONE:
            continue;

        case NGX_HTTP_PRIVACY_FETCH_URL:
            v = ngx_http_privacy_value(ctx, a);
            c = ngx_http_privacy_url(r, ctx, v.data, v.len, third_party);
            *url_attr = 1;

            if (c == 0 && (el & NGX_HTTP_PRIVACY_FRAME_ELS)) {
                c = ngx_http_privacy_docurl(r, ctx, v.data, v.len);
            }

            break;

        case NGX_HTTP_PRIVACY_FETCH_LIST:
            c = ngx_http_privacy_url_list(r, ctx, a, 1);
            break;

        case NGX_HTTP_PRIVACY_FETCH_PING:
            c = ngx_http_privacy_url_list(r, ctx, a, 0);
            break;

        case NGX_HTTP_PRIVACY_FETCH_REFRESH:
            c = ngx_http_privacy_refresh(r, ctx, a);
            break;

        case NGX_HTTP_PRIVACY_FETCH_SRCDOC:
            c = ngx_http_privacy_srcdoc(r, ctx, a);
            break;

        case NGX_HTTP_PRIVACY_FETCH_VALUES:
            c = ngx_http_privacy_url_values(r, ctx, a);
            break;

        default: /* NGX_HTTP_PRIVACY_FETCH_STYLE */
            if (!privacy_html_css_may_fetch(a->value, a->value_len)) {
                continue;
            }

            v = ngx_http_privacy_decoded(ctx, a);
            c = ngx_http_privacy_css(r, ctx, v.data, &v.len);

            if (i < 64 && (c & ~ctx->d->granted)) {
                b |= (uint64_t) 1 << i;
            }

            css |= c;
            continue;
        }

        if (i < 64 && (c & ~ctx->d->granted)) {
            b |= (uint64_t) 1 << i;
        }

        cat |= c;
    }

    *bad = b;
    *style = css;

    return cat;
}


/* --- inline scripts and styles ---------------------------------------- */


/* a <style> start tag whose text is CSS and is held */
ngx_uint_t
ngx_http_privacy_style_runs(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    /* in svg, the text of a style is markup: read as such when decided */
    return ev->el == PRIVACY_HTML_STYLE && !ev->is_end
           && ctx->conf->html_max_inline;
}


/* a <script> start tag whose text runs as JavaScript and may be held */
ngx_uint_t
ngx_http_privacy_inline_runs(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    size_t                      i;
    ngx_str_t                   t;
    const privacy_html_attr_t  *a, *type, *lang;

    /* an SVG script's content is markup: held too, read as such */
    if (ev->is_end || ctx->conf->html_max_inline == 0) {
        return 0;
    }

    /* src, type and language as privacy_html_attr() finds them (the
     * first of each name), in one pass over the attributes */

    type = NULL;
    lang = NULL;

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        if (a->dup) {
            continue;
        }

        switch (a->name_len) {

        case 3:
            if (ngx_http_privacy_name_key(a->name, 3)
                == ngx_http_privacy_key("src"))
            {
                return 0;
            }

            break;

        case 4:
            if (type == NULL
                && ngx_http_privacy_name_key(a->name, 4)
                   == ngx_http_privacy_key("type"))
            {
                type = a;
            }

            break;

        case 8:
            if (lang == NULL
                && ngx_http_privacy_name_key(a->name, 8)
                   == ngx_http_privacy_key("language"))
            {
                lang = a;
            }

            break;
        }
    }

    a = type;

    if (a == NULL) {
        a = lang;

        if (a == NULL) {
            return 1;
        }

        t = (a->value) ? ngx_http_privacy_decoded(ctx, a)
                       : (ngx_str_t) ngx_null_string;

        return privacy_inline_js_type(NULL, 0, t.data, t.len);
    }

    if (a->value == NULL) {
        return 1;
    }

    t = ngx_http_privacy_decoded(ctx, a);

    return privacy_inline_js_type(t.data, t.len, NULL, 0);
}


/*
 * The categories an inline script loads: those of its script signatures,
 * and, if it has a construct that fetches at all, those of the URLs it
 * references, classified like src attributes.  A script that only mentions
 * URLs (a framework's data, a settings object) gets nothing from them, so
 * once it has a first reference the constructs are looked for (the search
 * stops at the first construct of a loader): without one, its references
 * are neither read nor classified.  Speculation rules need no construct:
 * the browser prefetches or prerenders every URL they list.  In a module
 * (kind: privacy_inline_js_type()), a static import is a construct.
 */
privacy_mask_t
ngx_http_privacy_inline_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *text, size_t len,
    ngx_uint_t kind)
{
    size_t                         n, size;
    privacy_mask_t                 cat, c;
    privacy_inline_t               it;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    cat = ngx_http_privacy_script_category(pmcf, text, len);

    /* references are decoded into scratch; normalise() copies to norm */

    size = ngx_min(ctx->conf->html_max_tag, NGX_HTTP_PRIVACY_INLINE_URL);

    privacy_inline_init(&it, text, len);

    n = privacy_inline_next(&it, ctx->scratch, size);

    if (n == 0
        || (kind != PRIVACY_INLINE_RULES
            && !(kind == PRIVACY_INLINE_MODULE
                 && privacy_inline_module_imports(text, len))
            && !privacy_inline_fetches(pmcf->inline_constructs, text, len)))
    {
        return cat;
    }

    do {
        c = ngx_http_privacy_url(r, ctx, ctx->scratch, n, NULL);

        if (c & ~PRIVACY_CAT_NECESSARY) {
            cat |= c;
        }

        n = privacy_inline_next(&it, ctx->scratch, size);

    } while (n);

    return cat;
}


/* --- CSS and import maps: URLs made inert in place --------------------- */

/* the judge of lib's inert(): classifies a URL, condemns it if denied */
typedef struct {
    ngx_http_request_t           *r;
    ngx_http_privacy_html_ctx_t  *ctx;
    privacy_mask_t                cat;      /* of every URL */
} ngx_http_privacy_judge_t;


static int
ngx_http_privacy_judge(void *data, const unsigned char *url, size_t len)
{
    size_t                     i;
    privacy_mask_t             c;
    ngx_http_privacy_judge_t  *j;

    j = data;

    if (len >= NGX_HTTP_PRIVACY_INLINE_URL) {
        /*
         * Cut at the buffer: its host may lie past the cut (2 KB of
         * userinfo or slashes; checked: Chromium fetched the tracker of
         * such a url()), so it is not granted, unless it is data:
         * (what the browser strips first: C0 controls and spaces)
         */
        for (i = 0; i < len && url[i] <= 0x20; i++) { /* void */ }

        if (len - i < 5 || ngx_strncasecmp((u_char *) url + i,
                                           (u_char *) "data:", 5) != 0)
        {
            j->cat |= NGX_HTTP_PRIVACY_DENY_BIT;
            return 1;
        }
    }

    c = ngx_http_privacy_url(j->r, j->ctx, (u_char *) url, len, NULL);
    j->cat |= c;

    return (c & ~j->ctx->d->granted) != 0;
}


/* lib's privacy_css_inert() or privacy_importmap_inert() (one signature) */
typedef size_t (*ngx_http_privacy_inert_pt)(u_char *out, const u_char *text,
    size_t len, u_char *url, size_t url_size, privacy_css_judge_pt judge,
    void *data, size_t *condemned);


/* text[0 .. *len) with the URLs not granted made inert, in place */
static privacy_mask_t
ngx_http_privacy_inert(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t *len,
    ngx_http_privacy_inert_pt inert)
{
    size_t                    n;
    ngx_http_privacy_judge_t  j;

    if (ctx->css_url == NULL) {
        ctx->css_url = ngx_pnalloc(r->pool, NGX_HTTP_PRIVACY_INLINE_URL);
        if (ctx->css_url == NULL) {
            return NGX_HTTP_PRIVACY_DENY_BIT;   /* cannot look: not granted */
        }
    }

    j.r = r;
    j.ctx = ctx;
    j.cat = 0;

    *len = inert(text, text, *len, ctx->css_url, NGX_HTTP_PRIVACY_INLINE_URL,
                 ngx_http_privacy_judge, &j, &n);

    return j.cat;
}


/*
 * The categories the CSS text[0 .. *len) fetches (url(), @import,
 * image-set(), each resolved against the document's base); in place, the
 * URLs that are not granted are made inert (lib/privacy_css.c) and *len
 * is the new length.
 */
privacy_mask_t
ngx_http_privacy_css(ngx_http_request_t *r, ngx_http_privacy_html_ctx_t *ctx,
    u_char *text, size_t *len)
{
    if (!privacy_html_css_may_fetch(text, *len)) {
        return 0;
    }

    return ngx_http_privacy_inert(r, ctx, text, len, privacy_css_inert);
}


/*
 * The categories the addresses of an import map text[0 .. *len) load,
 * each resolved against the document's base; in place, those not granted
 * become "" (lib/privacy_importmap.h) and *len is the new length.
 */
privacy_mask_t
ngx_http_privacy_importmap(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t *len)
{
    return ngx_http_privacy_inert(r, ctx, text, len, privacy_importmap_inert);
}


/* what a held script's text loads, kind from privacy_inline_js_type() */
privacy_mask_t
ngx_http_privacy_held_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t len,
    ngx_uint_t kind)
{
    if (kind == PRIVACY_INLINE_IMPORTMAP) {
        return ngx_http_privacy_importmap(r, ctx, text, &len);
    }

    return ngx_http_privacy_inline_category(r, ctx, text, len, kind);
}


/*
 * The categories of the text of an SVG <style> (style) or <script> of that
 * kind whose content has markup or references: those of both readings of
 * its text (lib/privacy_foreign.h), each made in ctx->foreign.
 */
privacy_mask_t
ngx_http_privacy_foreign_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *text, size_t len,
    ngx_uint_t style, ngx_uint_t kind)
{
    int             all;
    size_t          n;
    privacy_mask_t  cat;

    if (ctx->foreign_cap < len + 1) {
        ctx->foreign = ngx_pnalloc(r->pool, len + 1);
        if (ctx->foreign == NULL) {
            ctx->foreign_cap = 0;
            return NGX_HTTP_PRIVACY_DENY_BIT;   /* cannot look: not granted */
        }

        ctx->foreign_cap = len + 1;
    }

    cat = 0;

    for (all = 0; all < 2; all++) {
        n = privacy_foreign_text(text, len, ctx->foreign, all);

        cat |= style ? ngx_http_privacy_css(r, ctx, ctx->foreign, &n)
                     : ngx_http_privacy_held_category(r, ctx, ctx->foreign,
                                                      n, kind);
    }

    return cat;
}


/* condemns the eagerness values that prefetch before a click */
static int
ngx_http_privacy_eager_judge(void *data, const unsigned char *v, size_t len)
{
    ngx_uint_t  *document;

    document = data;

    if (len == 8 && ngx_strncmp(v, "document", 8) == 0) {
        *document = 1;
    }

    return (len == 9 && ngx_strncmp(v, "immediate", 9) == 0)
           || (len == 5 && ngx_strncmp(v, "eager", 5) == 0)
           || (len == 8 && ngx_strncmp(v, "moderate", 8) == 0);
}


/* notes a document rule ("source": "document"), condemns nothing */
static int
ngx_http_privacy_document_judge(void *data, const unsigned char *v,
    size_t len)
{
    (void) ngx_http_privacy_eager_judge(data, v, len);

    return 0;
}


/*
 * Speculation rules kept (every URL they list granted) whose document
 * rules prefetch or prerender the page's links, a tracker's too, before a
 * click: eagerness "immediate" at once (checked: headless Chromium
 * prefetched a cross-site link so), "eager" and "moderate" on hover.  For
 * a visitor who has not granted every category, such values become "":
 * the rule is invalid and the browser skips it; "conservative" (pointer
 * down, a click) and list rules stay.  A document rule is one with
 * "source": "document" or a "where" (any text with a JSON escape counts
 * as one: strict).  In place; returns 1 when the text changed.
 */
ngx_uint_t
ngx_http_privacy_rules_eager(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t *len)
{
    size_t                         n, changed;
    u_char                         v[16];
    ngx_uint_t                     document;
    privacy_mask_t                 all;
    ngx_http_privacy_main_conf_t  *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);
    all = (privacy_mask_t) ((1u << pmcf->categories.nelts) - 1)
          & ~PRIVACY_CAT_NECESSARY;

    if ((all & ~ctx->d->granted) == 0) {
        return 0;
    }

    document = (ngx_strlcasestrn(text, text + *len, (u_char *) "where", 5 - 1)
                != NULL
                || ngx_strlchr(text, text + *len, '\\') != NULL);

    if (!document) {
        n = *len;
        (void) privacy_importmap_inert(text, text, n, v, sizeof(v),
                                       ngx_http_privacy_document_judge,
                                       &document, &changed);
    }

    if (!document) {
        return 0;
    }

    *len = privacy_importmap_inert(text, text, *len, v, sizeof(v),
                                   ngx_http_privacy_eager_judge, &document,
                                   &changed);

    return changed != 0;
}
