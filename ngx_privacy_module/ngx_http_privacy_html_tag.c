/*
 * What becomes of one element of a page, and what the decision (html.c)
 * asks of it: a start tag rebuilt (neutralised, activated, or only its
 * attributes that fetch what is not granted made inert), the placeholder a
 * removed iframe leaves, an inline script or style held to its end tag and
 * decided then; whether an <img> has the shape of a web beacon, whether a
 * <link> loads, whether the page blocked the element itself, a tag of many
 * attributes parsed again.
 */
#include "ngx_http_privacy_html_tag.h"
#include "ngx_http_privacy_html_out.h"
#include "ngx_http_privacy_html_url.h"
#include "ngx_http_privacy_placeholder.h"
#include "ngx_http_privacy_rules.h"
#include "ngx_http_privacy_status.h"
#include "privacy_inline.h"
#include "privacy_foreign.h"


/* attributes of a tag parsed again when the scanner's 32 were not enough */
#define NGX_HTTP_PRIVACY_MANY_ATTRS         512

/* a rewritten tag: the tag, renamed attributes, the inline marks */
#define NGX_HTTP_PRIVACY_REWRITE_SIZE(conf)                                  \
    ((conf)->html_max_tag + 32 * NGX_HTTP_PRIVACY_MANY_ATTRS + 64             \
     + NGX_HTTP_PRIVACY_CAT_NAMES_LEN)


static ngx_int_t ngx_http_privacy_inert_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t len);
static u_char *ngx_http_privacy_put_style(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *p, u_char *end,
    const privacy_html_attr_t *a);


/* --- inline scripts and styles, held to their end tag ----------------- */


/*
 * A tag while a script or style is held.  Its end tag decides it: what
 * becomes of the end tag (KEEP or REMOVE) is returned.  Any other tag is
 * in the text of an SVG <style> or <script> (markup there): the element is
 * decided by its text so far, what follows is read as it comes, and
 * NGX_DECLINED says the tag is to be handled as any other.
 */
ngx_int_t
ngx_http_privacy_inline_tag(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev)
{
    if (ev->is_end && ev->el == ctx->inl_el) {
        return ngx_http_privacy_inline_end(r, ctx, 1);
    }

    if (ngx_http_privacy_inline_end(r, ctx, 0) == NGX_ERROR) {
        return NGX_ERROR;
    }

    ctx->inl_state = NGX_HTTP_PRIVACY_INLINE_NONE;

    return NGX_DECLINED;
}


/*
 * Decides the held script (whole: its end tag came), emits it as it was,
 * neutralised, or not at all, and says what becomes of the end tag (KEEP
 * or REMOVE).  Not whole: what follows is kept (inl_state NONE) or dropped
 * up to the end tag (DROP).
 */
ngx_int_t
ngx_http_privacy_inline_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, ngx_uint_t whole)
{
    u_char                *text;
    size_t                 len;
    ngx_str_t              rw;
    ngx_uint_t             state;
    privacy_mask_t         cat, denied;
    privacy_html_event_t   ev;

    state = ctx->inl_state;
    ctx->inl_state = NGX_HTTP_PRIVACY_INLINE_NONE;

    if (state == NGX_HTTP_PRIVACY_INLINE_DROP) {
        return NGX_HTTP_PRIVACY_REMOVE;
    }

    text = ctx->inl + ctx->inl_tag;
    len = ctx->inl_len - ctx->inl_tag;

    if (ctx->inl_el == PRIVACY_HTML_STYLE
        || ctx->inl_kind == PRIVACY_INLINE_IMPORTMAP)
    {
        return ngx_http_privacy_inert_end(r, ctx, text, len);
    }

    if (ctx->inl_foreign && !privacy_foreign_plain(text, len)) {
        cat = ngx_http_privacy_foreign_category(r, ctx, text, len, 0,
                                                ctx->inl_kind);
    } else {
        cat = ngx_http_privacy_inline_category(r, ctx, text, len,
                                               ctx->inl_kind);
    }

    denied = cat & ~ctx->d->granted;

    if (denied == 0) {
        if (ctx->inl_kind == PRIVACY_INLINE_RULES
            && ngx_http_privacy_rules_eager(r, ctx, text, &len))
        {
            ngx_log_debug0(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                           "privacy html: speculation rules: document "
                           "rules before a click made invalid");
            ctx->inl_len = ctx->inl_tag + len;
        }

        if (ngx_http_privacy_emit_hold(r, ctx) != NGX_OK) {
            return NGX_ERROR;
        }

        return NGX_HTTP_PRIVACY_KEEP;
    }

    ngx_log_debug1(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                   "privacy html: inline script of %uz bytes not granted",
                   len);

    ngx_http_privacy_status_element(r, denied);
    ctx->removed++;

    if (ctx->conf->html_action == NGX_HTTP_PRIVACY_ACTION_REMOVE) {
        if (!whole) {
            ctx->inl_state = NGX_HTTP_PRIVACY_INLINE_DROP;
        }

        return NGX_HTTP_PRIVACY_REMOVE;
    }

    /* neutralised: the start tag made inert, the text unchanged */

    if (ctx->many == NULL) {
        ctx->many = ngx_palloc(r->pool, NGX_HTTP_PRIVACY_MANY_ATTRS
                                        * sizeof(privacy_html_attr_t));
        if (ctx->many == NULL) {
            return NGX_ERROR;
        }
    }

    if (privacy_html_parse(ctx->inl, ctx->inl_tag, &ev, ctx->many,
                           NGX_HTTP_PRIVACY_MANY_ATTRS)
        != 0
        || ev.truncated)
    {
        /* not reached: the tag was parsed like this when it was held */
        ngx_log_error(NGX_LOG_ALERT, r->connection->log, 0,
                      "privacy: held <script> tag does not parse");
        return NGX_ERROR;
    }

    ctx->inline_cat = cat;

    if (ngx_http_privacy_rebuild(r, ctx, &ev,
                                 NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE, 0, &rw)
        == NGX_ERROR
        || ngx_http_privacy_emit_copy(r, ctx, rw.data, rw.len) != NGX_OK
        || ngx_http_privacy_emit_copy(r, ctx, text, len) != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_HTTP_PRIVACY_KEEP;
}


/*
 * A held <style> or import map: the URLs of its text that are not granted
 * made inert, the rest as it came.  An import map past html_max_inline
 * bytes: what came after is not examined (counted as over the bound); a
 * <style> is read in parts up to here (html.c, style_text): text is its
 * last part, after the start tag the first time only.  An SVG <style> with
 * markup or references in its text is read as its text (not in place):
 * its text goes whole if a URL of it is not granted.
 */
static ngx_int_t
ngx_http_privacy_inert_end(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *text, size_t len)
{
    size_t          n;
    ngx_uint_t      style;
    privacy_mask_t  cat, denied;

    n = len;
    style = (ctx->inl_el == PRIVACY_HTML_STYLE);

    if (ctx->inl_foreign && !privacy_foreign_plain(text, len)) {
        cat = ngx_http_privacy_foreign_category(r, ctx, text, len, style,
                                                ctx->inl_kind);
        if (cat & ~ctx->d->granted) {
            n = 0;
        }

    } else {
        cat = style ? ngx_http_privacy_css(r, ctx, text, &n)
                    : ngx_http_privacy_importmap(r, ctx, text, &n);
    }

    denied = cat & ~ctx->d->granted;

    if (denied) {
        ngx_log_debug2(NGX_LOG_DEBUG_HTTP, r->connection->log, 0,
                       "privacy html: <%s> of %uz bytes, URLs not "
                       "granted made inert",
                       style ? "style" : "script type=importmap", len);

        ngx_http_privacy_inert_count(r, ctx, denied);
    }

    if (ngx_http_privacy_emit_copy(r, ctx, ctx->inl, ctx->inl_tag + n)
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_HTTP_PRIVACY_KEEP;
}


/*
 * CSS changed for denied categories (a <style>, an import map, a
 * stylesheet file; the first two read in parts): the element counts once
 * as changed, and once in each category, whichever part names it first
 * (css_denied is reset for each element)
 */
void
ngx_http_privacy_inert_count(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_mask_t denied)
{
    if (ctx->css_denied == 0) {
        ctx->removed++;
    }

    if (denied & ~ctx->css_denied) {
        ngx_http_privacy_status_element(r, denied & ~ctx->css_denied);
        ctx->css_denied |= denied;
    }
}


/* --- what the decision asks of an element ----------------------------- */


/* a small number from "1", "0", "1px" */
static ngx_int_t
ngx_http_privacy_tiny(const u_char *p, size_t len)
{
    while (len && (*p == ' ' || *p == '\t')) {
        p++;
        len--;
    }

    if (len == 0 || (*p != '0' && *p != '1')) {
        return 0;
    }

    p++;
    len--;

    return len == 0 || (len == 2 && ngx_strncasecmp((u_char *) p,
                                                    (u_char *) "px", 2)
                                    == 0);
}


/* the same of an attribute's value, decoded only if it has a reference */
static ngx_int_t
ngx_http_privacy_tiny_attr(ngx_http_privacy_html_ctx_t *ctx,
    const privacy_html_attr_t *a)
{
    ngx_str_t  v;

    if (a->value_len <= ctx->conf->html_max_tag
        && ngx_strlchr((u_char *) a->value,
                       (u_char *) a->value + a->value_len, '&')
           == NULL)
    {
        return ngx_http_privacy_tiny(a->value, a->value_len);
    }

    v = ngx_http_privacy_decoded(ctx, a);

    return ngx_http_privacy_tiny(v.data, v.len);
}


/* an <img> of at most 1x1 pixel, or hidden: the shape of a web beacon */
ngx_int_t
ngx_http_privacy_pixel_shape(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    u_char                     *p, *q, *end;
    size_t                      i;
    uint64_t                    k;
    ngx_str_t                   v;
    ngx_uint_t                  w, h;
    const privacy_html_attr_t  *a, *width, *height, *style;

    /* the first of each name, as privacy_html_attr() finds it, in one pass */
    width = NULL;
    height = NULL;
    style = NULL;

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        if (a->dup) {
            continue;
        }

        if (a->name_len == 5) {
            k = ngx_http_privacy_name_key(a->name, 5);

            if (k == ngx_http_privacy_key("width")) {
                width = width ? width : a;

            } else if (k == ngx_http_privacy_key("style")) {
                style = style ? style : a;
            }

        } else if (a->name_len == 6
                   && ngx_http_privacy_name_key(a->name, 6)
                      == ngx_http_privacy_key("height"))
        {
            height = height ? height : a;
        }
    }

    w = 0;
    h = 0;

    if (width && width->value) {
        w = ngx_http_privacy_tiny_attr(ctx, width);
    }

    if (height && height->value) {
        h = ngx_http_privacy_tiny_attr(ctx, height);
    }

    if (w && h) {
        return 1;
    }

    a = style;
    if (a == NULL || a->value == NULL) {
        return 0;
    }

    v = ngx_http_privacy_decoded(ctx, a);

    /* lowercase without blanks: "display: none" is "display:none" */

    for (p = v.data, q = v.data, end = v.data + v.len; p < end; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
            *q++ = ngx_tolower(*p);
        }
    }

    end = q;

    if (ngx_strlcasestrn(v.data, end, (u_char *) "display:none", 12 - 1)
        || ngx_strlcasestrn(v.data, end, (u_char *) "visibility:hidden",
                            17 - 1))
    {
        return 1;
    }

    p = ngx_strlcasestrn(v.data, end, (u_char *) "width:", 6 - 1);
    q = ngx_strlcasestrn(v.data, end, (u_char *) "height:", 7 - 1);

    if (p && q) {
        p += 6;
        q += 7;
        w = (p < end && (*p == '0' || *p == '1')
             && (p + 1 == end || p[1] == ';' || p[1] == 'p'));
        h = (q < end && (*q == '0' || *q == '1')
             && (q + 1 == end || q[1] == ';' || q[1] == 'p'));

        return w && h;
    }

    return 0;
}


/* rel="preconnect dns-prefetch preload prefetch stylesheet ..." */
ngx_int_t
ngx_http_privacy_link_loads(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    u_char                     *p, *end, *s;
    size_t                      k;
    ngx_str_t                   v;
    ngx_uint_t                  i;
    const privacy_html_attr_t  *a;

    static ngx_str_t  rels[] = {
        ngx_string("preconnect"), ngx_string("dns-prefetch"),
        ngx_string("preload"), ngx_string("prefetch"),
        ngx_string("modulepreload"), ngx_string("prerender"),
        ngx_string("stylesheet"), ngx_string("icon"),
        ngx_string("manifest"),
        /* Chromium fetches the dictionary (its earlier name: "dictionary") */
        ngx_string("compression-dictionary"), ngx_string("dictionary"),
        ngx_null_string
    };

    static const u_char  space[256] = {
        [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1
    };

    /*
     * Every rel attribute, repeated ones too: the DOM keeps the first, but
     * Chromium's preload scanner fetches for a later one as well
     */

    for (k = 0; k < ev->nattrs; k++) {
        a = &ev->attrs[k];

        if (a->value == NULL || !ngx_http_privacy_attr_is(a, "rel")) {
            continue;
        }

        /* rel is a set of tokens split on ASCII whitespace */

        v = ngx_http_privacy_decoded(ctx, a);
        p = v.data;
        end = p + v.len;

        while (p < end) {
            while (p < end && space[*p]) {
                p++;
            }

            s = p;

            while (p < end && !space[*p]) {
                p++;
            }

            for (i = 0; rels[i].len; i++) {
                if ((size_t) (p - s) == rels[i].len
                    && ngx_strncasecmp(s, rels[i].data, rels[i].len) == 0)
                {
                    return 1;
                }
            }
        }
    }

    return 0;
}


/* the page blocked the element itself, CMP-style: type="text/plain" */
ngx_int_t
ngx_http_privacy_page_blocked(ngx_http_privacy_html_ctx_t *ctx,
    privacy_html_event_t *ev)
{
    ngx_str_t                   v;
    const privacy_html_attr_t  *a;

    a = privacy_html_attr(ev, "type");

    if (a && a->value) {
        v = ngx_http_privacy_decoded(ctx, a);

        if (v.len == 10 && ngx_strncasecmp(v.data, (u_char *) "text/plain",
                                           10) == 0)
        {
            return 1;
        }
    }

    /* <iframe data-src> / <img data-src> without src */
    return ev->el != PRIVACY_HTML_SCRIPT
           && privacy_html_attr(ev, "data-src") != NULL
           && privacy_html_attr(ev, "src") == NULL;
}


/*
 * Elements that stay when what they fetch is not granted: only the
 * attributes that fetch it go (a ping) or are made inert (a video's
 * poster, a table's background, an image button's src).
 */
ngx_uint_t
ngx_http_privacy_keeps_element(privacy_html_el_e el)
{
    /* OTHER: an SVG animation that sets an href (its values go) */
    return el == PRIVACY_HTML_A || el == PRIVACY_HTML_AREA
           || el == PRIVACY_HTML_OTHER
           || el == PRIVACY_HTML_VIDEO || el == PRIVACY_HTML_AUDIO
           || el == PRIVACY_HTML_INPUT || el == PRIVACY_HTML_BODY
           || el == PRIVACY_HTML_TABLE || el == PRIVACY_HTML_TD
           || el == PRIVACY_HTML_TH;
}


/*
 * An attribute value holds "</noscript" (any case) followed by a blank,
 * "/", ">" or the end of the value: the end tag a browser with JavaScript
 * reads there
 */
ngx_uint_t
ngx_http_privacy_noscript_ends(privacy_html_event_t *ev)
{
    size_t                      i;
    u_char                      c;
    const u_char               *p, *end, *last;
    const privacy_html_attr_t  *a;

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        if (a->value == NULL || a->value_len < 10) {
            continue;
        }

        last = a->value + a->value_len;
        end = last - 10;

        for (p = a->value; p <= end; p++) {
            p = ngx_strlchr((u_char *) p, (u_char *) end + 1, '<');

            if (p == NULL) {
                break;
            }

            if (p[1] != '/'
                || ngx_strncasecmp((u_char *) p + 2, (u_char *) "noscript", 8)
                   != 0)
            {
                continue;
            }

            c = (p + 10 < last) ? p[10] : '>';

            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                || c == '/' || c == '>')
            {
                return 1;
            }
        }
    }

    return 0;
}


/*
 * More attributes than the scanner records: a URL could hide behind them,
 * so the whole tag is parsed again with more room, into *full.  NGX_OK,
 * NGX_HTTP_PRIVACY_REMOVE when even that is not enough, or NGX_ERROR.
 */
ngx_int_t
ngx_http_privacy_reparse(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    privacy_html_event_t *full)
{
    if (ctx->many == NULL) {
        ctx->many = ngx_palloc(r->pool, NGX_HTTP_PRIVACY_MANY_ATTRS
                                        * sizeof(privacy_html_attr_t));
        if (ctx->many == NULL) {
            return NGX_ERROR;
        }
    }

    *full = *ev;

    if (privacy_html_parse(ev->tag, ev->tag_len, full, ctx->many,
                           NGX_HTTP_PRIVACY_MANY_ATTRS)
        != 0
        || full->truncated)
    {
        /*
         * Past the limit the element cannot be examined: a tracker
         * could hide in it, so it goes whatever privacy_fail says
         */
        ngx_log_error(NGX_LOG_WARN, r->connection->log, 0,
                      "privacy: <%*s> with more than %ui attributes "
                      "removed unexamined",
                      ev->name_len, ev->name,
                      (ngx_uint_t) NGX_HTTP_PRIVACY_MANY_ATTRS);
        ctx->removed++;
        ngx_http_privacy_status_element(r, 0);
        return NGX_HTTP_PRIVACY_REMOVE;
    }

    full->foreign = ev->foreign;

    return NGX_OK;
}


/* --- the rebuild of a start tag --------------------------------------- */


static u_char *
ngx_http_privacy_put_attr(u_char *p, const privacy_html_attr_t *a,
    const char *prefix, const char *rename)
{
    *p++ = ' ';

    if (prefix) {
        p = ngx_cpymem(p, prefix, ngx_strlen(prefix));
    }

    if (rename) {
        p = ngx_cpymem(p, rename, ngx_strlen(rename));

    } else {
        p = ngx_cpymem(p, a->name, a->name_len);
    }

    if (a->value) {
        *p++ = '=';

        if (a->quote) {
            *p++ = a->quote;
        }

        p = ngx_cpymem(p, a->value, a->value_len);

        if (a->quote) {
            *p++ = a->quote;
        }
    }

    return p;
}


/*
 * Rebuilds a start tag.  neutralize: URL attributes become data-privacy-*,
 * a script gets type="text/plain".  activate: the reverse of what a CMP
 * page does (data-src becomes src, the text/plain type goes, data-type
 * comes back).  drop_ping: the same tag without its ping attribute.
 */

ngx_int_t
ngx_http_privacy_rebuild(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    ngx_uint_t how, uint64_t bad, ngx_str_t *out)
{
    u_char                     *p;
    size_t                      i;
    ngx_uint_t                  script, has_src, kind;
    const privacy_html_attr_t  *a, *dtype;

    if (ctx->rewrite == NULL) {
        ctx->rewrite = ngx_pnalloc(r->pool,
                                   NGX_HTTP_PRIVACY_REWRITE_SIZE(ctx->conf));
        if (ctx->rewrite == NULL) {
            return NGX_ERROR;
        }
    }

    script = (ev->el == PRIVACY_HTML_SCRIPT);
    has_src = (privacy_html_attr(ev, "src") != NULL);
    dtype = privacy_html_attr(ev, "data-type");

    p = ctx->rewrite;
    *p++ = '<';
    p = ngx_cpymem(p, ev->name, ev->name_len);

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];

        switch (how) {

        case NGX_HTTP_PRIVACY_NEUTRALIZE:
            if (script && ngx_http_privacy_attr_is(a, "type")) {
                continue;
            }

            /* every attribute that fetches: renamed, so it does not */
            if (ngx_http_privacy_fetch_kind(ctx, ev, a)
                != NGX_HTTP_PRIVACY_FETCH_NONE)
            {
                p = ngx_http_privacy_put_attr(p, a, "data-privacy-", NULL);
                continue;
            }

            break;

        case NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE:
            /* the type survives as data-type, which activation restores */
            if (ngx_http_privacy_attr_is(a, "type")) {
                if (a->value && a->value_len && dtype == NULL) {
                    p = ngx_http_privacy_put_attr(p, a, "data-", NULL);
                }

                continue;
            }

            break;

        case NGX_HTTP_PRIVACY_ACTIVATE:
            if (ngx_http_privacy_attr_is(a, "type")) {
                if (dtype && dtype->value) {
                    p = ngx_http_privacy_put_attr(p, dtype, NULL, "type");
                }

                continue;
            }

            if (ngx_http_privacy_attr_is(a, "data-type")) {
                continue;
            }

            if (!has_src && ngx_http_privacy_attr_is(a, "data-src")) {
                p = ngx_http_privacy_put_attr(p, a, NULL, "src");
                continue;
            }

            break;

        default: /* NGX_HTTP_PRIVACY_INERT: the element keeps the rest */
            if (i < 64 ? !(bad & ((uint64_t) 1 << i)) : a->dup) {
                break;
            }

            kind = ngx_http_privacy_fetch_kind(ctx, ev, a);

            if (kind == NGX_HTTP_PRIVACY_FETCH_PING) {
                continue;       /* hyperlink auditing off, the link stays */
            }

            if (kind == NGX_HTTP_PRIVACY_FETCH_STYLE) {
                /* the styles stay, the URLs not granted go */
                p = ngx_http_privacy_put_style(r, ctx, p,
                        ctx->rewrite + NGX_HTTP_PRIVACY_REWRITE_SIZE(ctx->conf)
                        - (ev->tag_len + 32 * (ev->nattrs - i) + 64
                           + NGX_HTTP_PRIVACY_CAT_NAMES_LEN),
                        a);
                continue;
            }

            if (kind != NGX_HTTP_PRIVACY_FETCH_NONE) {
                p = ngx_http_privacy_put_attr(p, a, "data-privacy-", NULL);
                continue;
            }
        }

        p = ngx_http_privacy_put_attr(p, a, NULL, NULL);
    }

    if (how == NGX_HTTP_PRIVACY_NEUTRALIZE && script) {
        p = ngx_cpymem(p, " type=\"text/plain\"", 18);
    }

    if (how == NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE) {
        p = ngx_cpymem(p, " type=\"text/plain\" data-privacy-category=\"",
                       sizeof(" type=\"text/plain\" data-privacy-category=\"")
                       - 1);
        p = ngx_http_privacy_mask_names(
                ngx_http_get_module_main_conf(r, ngx_http_privacy_module),
                ctx->inline_cat, ' ', 0, p);
        *p++ = '"';
    }

    if (ev->self_closing) {
        *p++ = ' ';
        *p++ = '/';
    }

    *p++ = '>';

    out->data = ctx->rewrite;
    out->len = p - ctx->rewrite;

    return NGX_HTTP_PRIVACY_REWRITE;
}


/*
 * A style attribute with the URLs that are not granted made inert, quoted
 * anew ("&" and the quote as references); renamed to data-privacy-style
 * when it would pass end.
 */
static u_char *
ngx_http_privacy_put_style(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, u_char *p, u_char *end,
    const privacy_html_attr_t *a)
{
    u_char     *q;
    size_t      i, need;
    ngx_str_t   v;

    v = ngx_http_privacy_decoded(ctx, a);
    (void) ngx_http_privacy_css(r, ctx, v.data, &v.len);

    need = sizeof(" style=\"\"") - 1 + a->name_len;

    for (i = 0; i < v.len; i++) {
        need += (v.data[i] == '&') ? 5 : (v.data[i] == '"') ? 6 : 1;
    }

    if (p + need > end) {
        return ngx_http_privacy_put_attr(p, a, "data-privacy-", NULL);
    }

    *p++ = ' ';
    p = ngx_cpymem(p, a->name, a->name_len);
    *p++ = '=';
    *p++ = '"';

    for (q = v.data; q < v.data + v.len; q++) {
        if (*q == '&') {
            p = ngx_cpymem(p, "&amp;", 5);

        } else if (*q == '"') {
            p = ngx_cpymem(p, "&quot;", 6);

        } else {
            *p++ = *q;
        }
    }

    *p++ = '"';

    return p;
}


/*
 * privacy_html_placeholder: a removed iframe leaves the template, filled
 * with the service, what it needs and its size (emitted where the iframe
 * was: the element is then removed as usual)
 */
ngx_int_t
ngx_http_privacy_iframe_placeholder(ngx_http_request_t *r,
    ngx_http_privacy_html_ctx_t *ctx, privacy_html_event_t *ev,
    privacy_mask_t denied)
{
    u_char                         *p, wbuf[16], hbuf[16];
    ngx_str_t                       v, html;
    privacy_url_t                   u;
    privacy_mask_t                  grant;
    const privacy_html_attr_t      *a;
    ngx_http_privacy_ph_values_t    ph;
    ngx_http_privacy_main_conf_t   *pmcf;

    pmcf = ngx_http_get_module_main_conf(r, ngx_http_privacy_module);

    ngx_memzero(&ph, sizeof(ngx_http_privacy_ph_values_t));

    /* the host the iframe would load from, as the browser reads it */

    a = privacy_html_attr(ev, "src");
    v = ngx_http_privacy_decoded(ctx, a);

    if (v.len
        && privacy_url_parse(v.data, v.len, ctx->doc.len ? &ctx->doc : NULL,
                             ctx->norm, ctx->norm_cap, &u)
           == PRIVACY_URL_OK)
    {
        ph.host.data = ngx_pstrdup(r->pool,
                                   &(ngx_str_t) { u.host_len, u.data + 2 });
        if (ph.host.data == NULL) {
            return NGX_ERROR;
        }

        ph.host.len = u.host_len;
    }

    ph.service = ph.host;

    if (ph.service.len > 4 && ngx_strncmp(ph.service.data, "www.", 4) == 0) {
        ph.service.data += 4;
        ph.service.len -= 4;
    }

    p = ngx_pnalloc(r->pool, 2 * NGX_HTTP_PRIVACY_CAT_NAMES_LEN);
    if (p == NULL) {
        return NGX_ERROR;
    }

    grant = (ctx->d->granted | denied) & ~PRIVACY_CAT_NECESSARY;

    ph.category.data = p;
    p = ngx_http_privacy_mask_names(pmcf, denied, ',', 0, p);
    ph.category.len = p - ph.category.data;
    ph.grant.data = p;
    p = ngx_http_privacy_mask_names(pmcf, grant, ',', 0, p);
    ph.grant.len = p - ph.grant.data;

    v = ngx_http_privacy_decoded(ctx, privacy_html_attr(ev, "width"));
    ngx_http_privacy_placeholder_length(v.data, v.len, "300px", wbuf,
                                        &ph.width);
    v = ngx_http_privacy_decoded(ctx, privacy_html_attr(ev, "height"));
    ngx_http_privacy_placeholder_length(v.data, v.len, "150px", hbuf,
                                        &ph.height);

    if (ngx_http_privacy_placeholder(r, ctx->conf, &ph, &html) != NGX_OK) {
        return NGX_ERROR;
    }

    ctx->ph_used = 1;

    return ngx_http_privacy_emit_copy(r, ctx, html.data, html.len);
}
