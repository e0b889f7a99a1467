/*
 * Features of the HTML filter: URLs in pages and what an element fetches.
 * The document's base, the category of a URL as the browser reads it, the
 * kinds of fetch of attributes (src, srcset, ping, refresh, srcdoc, style),
 * the categories of inline scripts and of CSS.
 */
#ifndef NGX_HTTP_PRIVACY_HTML_URL_H
#define NGX_HTTP_PRIVACY_HTML_URL_H

#include "ngx_http_privacy_html_types.h"


ngx_int_t ngx_http_privacy_url_init(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, size_t max);
ngx_int_t ngx_http_privacy_base(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev);
privacy_mask_t ngx_http_privacy_url(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *p, size_t len,
    ngx_uint_t *third_party);
ngx_uint_t ngx_http_privacy_fetch_kind(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev, const privacy_html_attr_t *a);
privacy_mask_t ngx_http_privacy_fetches(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    uint64_t *bad, ngx_uint_t *url_attr, ngx_uint_t *third_party,
    privacy_mask_t *style);
ngx_uint_t ngx_http_privacy_style_runs(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev);
ngx_uint_t ngx_http_privacy_inline_runs(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev);
privacy_mask_t ngx_http_privacy_inline_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *text, size_t len,
    ngx_uint_t kind);
privacy_mask_t ngx_http_privacy_held_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t len,
    ngx_uint_t kind);
privacy_mask_t ngx_http_privacy_css(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t *len);
privacy_mask_t ngx_http_privacy_importmap(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t *len);
ngx_uint_t ngx_http_privacy_rules_eager(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t *len);
privacy_mask_t ngx_http_privacy_foreign_category(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, const u_char *text, size_t len,
    ngx_uint_t style, ngx_uint_t kind);


/* small and on every path: inline here, for html_url.c and html_tag.c */

static ngx_inline ngx_int_t
ngx_http_privacy_attr_is(const privacy_html_attr_t *a, const char *name)
{
    u_char  c, e;
    size_t  i, n;

    n = ngx_strlen(name);       /* a literal: known when inlined */

    if (a->name_len != n) {
        return 0;
    }

    /* the case bit only for letters, so "-" and ":" match themselves;
     * unrolled for a literal, unlike a call to ngx_strncasecmp */
    for (i = 0; i < n; i++) {
        c = a->name[i];
        e = (u_char) name[i];

        if (e >= 'a' && e <= 'z') {
            c |= 0x20;
        }

        if (c != e) {
            return 0;
        }
    }

    return 1;
}


/*
 * The first n (<= 8) bytes of an attribute name as one word, the case bit
 * set in every byte: equal to the key of a literal of n letters exactly
 * when the name is that literal in any case ('A' | 0x20 is 'a', and only
 * 'A' and 'a' give it).  For names of length n, known at the call.
 */
static ngx_inline uint64_t
ngx_http_privacy_name_key(const u_char *name, size_t n)
{
    uint64_t  k;

    k = 0;
    ngx_memcpy(&k, name, n);

    return k | 0x2020202020202020ULL;
}

/* the key of a literal of letters only, folded by the compiler */
#define ngx_http_privacy_key(s)                                               \
    ngx_http_privacy_name_key((const u_char *) s, sizeof(s) - 1)


/* an attribute value with character references decoded, into scratch */
static ngx_inline ngx_str_t
ngx_http_privacy_decoded(ngx_http_privacy_html_ctx_t *ctx,
    const privacy_html_attr_t *a)
{
    ngx_str_t  v;

    v.data = ctx->scratch;
    v.len = 0;

    if (a && a->value && a->value_len <= ctx->conf->html_max_tag) {
        v.len = privacy_html_decode(a->value, a->value_len, ctx->scratch);
    }

    return v;
}


/*
 * The same for a reader that writes nothing through it: the value itself
 * when it holds no "&" (privacy_html_decode() would copy it unchanged)
 */
static ngx_inline ngx_str_t
ngx_http_privacy_value(ngx_http_privacy_html_ctx_t *ctx,
    const privacy_html_attr_t *a)
{
    ngx_str_t  v;

    if (a && a->value && a->value_len <= ctx->conf->html_max_tag
        && memchr(a->value, '&', a->value_len) == NULL)
    {
        v.data = (u_char *) a->value;
        v.len = a->value_len;
        return v;
    }

    return ngx_http_privacy_decoded(ctx, a);
}

#endif
