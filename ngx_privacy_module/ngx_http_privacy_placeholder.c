/*
 * Features: privacy_html_placeholder.  The template is parsed once, at
 * configuration: literal text and {{name}} slots; every value is
 * HTML-escaped when substituted (values come from the page).
 */

#include "ngx_http_privacy_placeholder.h"
#include "ngx_http_privacy_placeholder_default.h"
#include "ngx_http_privacy_util.h"


/* the names of the template, in the order of the slots */
enum {
    NGX_HTTP_PRIVACY_PH_TEXT = 0,
    NGX_HTTP_PRIVACY_PH_SERVICE,
    NGX_HTTP_PRIVACY_PH_HOST,
    NGX_HTTP_PRIVACY_PH_CATEGORY,
    NGX_HTTP_PRIVACY_PH_GRANT,
    NGX_HTTP_PRIVACY_PH_RETURN,
    NGX_HTTP_PRIVACY_PH_WIDTH,
    NGX_HTTP_PRIVACY_PH_HEIGHT
};


typedef struct {
    ngx_uint_t                   slot;      /* NGX_HTTP_PRIVACY_PH_* */
    ngx_str_t                    text;      /* for NGX_HTTP_PRIVACY_PH_TEXT */
} ngx_http_privacy_ph_seg_t;


static ngx_str_t  ngx_http_privacy_ph_names[] = {
    ngx_null_string,
    ngx_string("service"),
    ngx_string("host"),
    ngx_string("category"),
    ngx_string("grant"),
    ngx_string("return"),
    ngx_string("width"),
    ngx_string("height")
};


static char *ngx_http_privacy_placeholder_parse(ngx_conf_t *cf,
    ngx_str_t *file, u_char *p, size_t len, ngx_array_t **segs);
static size_t ngx_http_privacy_ph_escaped_len(ngx_str_t *v);
static u_char *ngx_http_privacy_ph_escape(u_char *p, ngx_str_t *v);
static ngx_int_t ngx_http_privacy_ph_return(ngx_http_request_t *r,
    ngx_str_t *out);


/* privacy_html_placeholder on | off | PATH */
char *
ngx_http_privacy_placeholder_conf(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf)
{
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t  *value, path, text;

    if (plcf->placeholder != NGX_CONF_UNSET_PTR) {
        return "is duplicate";
    }

    value = cf->args->elts;

    if (ngx_strcmp(value[1].data, "off") == 0) {
        plcf->placeholder = NULL;
        return NGX_CONF_OK;
    }

    if (ngx_strcmp(value[1].data, "on") == 0) {
        ngx_str_set(&path, "the default template");
        return ngx_http_privacy_placeholder_parse(cf, &path,
                   (u_char *) ngx_http_privacy_placeholder_default,
                   sizeof(ngx_http_privacy_placeholder_default) - 1,
                   &plcf->placeholder);
    }

    path = value[1];

    if (ngx_http_privacy_conf_read_file(cf, &path, 1, 64 * 1024, &text)
        != NGX_CONF_OK)
    {
        return NGX_CONF_ERROR;
    }

    return ngx_http_privacy_placeholder_parse(cf, &path, text.data, text.len,
                                              &plcf->placeholder);
}


/*
 * The leading comment and the white space around the rest dropped; then
 * text and {{name}} slots.  An unknown name or a "{{" without "}}" is an
 * error naming the file.
 */
static char *
ngx_http_privacy_placeholder_parse(ngx_conf_t *cf, ngx_str_t *file, u_char *p,
    size_t len, ngx_array_t **segs)
{
    u_char                     *end, *open, *close, *c;
    ngx_uint_t                  k;
    ngx_http_privacy_ph_seg_t  *s;

    end = p + len;

    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
        p++;
    }

    if (end - p >= 4 && ngx_strncmp(p, "<!--", 4) == 0) {
        c = ngx_strlcasestrn(p + 4, end, (u_char *) "-->", 3 - 1);
        if (c == NULL) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "privacy_html_placeholder: the leading "
                               "comment of %V does not end", file);
            return NGX_CONF_ERROR;
        }

        p = c + 3;
    }

    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
        p++;
    }

    while (end > p
           && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'
               || end[-1] == '\n'))
    {
        end--;
    }

    *segs = ngx_array_create(cf->pool, 32, sizeof(ngx_http_privacy_ph_seg_t));
    if (*segs == NULL) {
        return NGX_CONF_ERROR;
    }

    while (p < end) {
        open = ngx_strlcasestrn(p, end, (u_char *) "{{", 2 - 1);
        c = open ? open : end;

        if (c > p) {
            s = ngx_array_push(*segs);
            if (s == NULL) {
                return NGX_CONF_ERROR;
            }

            s->slot = NGX_HTTP_PRIVACY_PH_TEXT;
            s->text.data = p;
            s->text.len = c - p;
        }

        if (open == NULL) {
            break;
        }

        close = ngx_strlcasestrn(open + 2, end, (u_char *) "}}", 2 - 1);

        for (k = 1; close && k <= NGX_HTTP_PRIVACY_PH_HEIGHT; k++) {
            if ((size_t) (close - open - 2) == ngx_http_privacy_ph_names[k].len
                && ngx_strncmp(open + 2, ngx_http_privacy_ph_names[k].data,
                               ngx_http_privacy_ph_names[k].len) == 0)
            {
                break;
            }
        }

        if (close == NULL || k > NGX_HTTP_PRIVACY_PH_HEIGHT) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "privacy_html_placeholder: \"%*s\" in %V is "
                               "not one of {{service}} {{host}} "
                               "{{category}} {{grant}} {{return}} "
                               "{{width}} {{height}} (write a literal \"{{\" "
                               "as &#123;&#123;)",
                               close ? (size_t) (close + 2 - open)
                                     : ngx_min((size_t) (end - open), 32),
                               open, file);
            return NGX_CONF_ERROR;
        }

        s = ngx_array_push(*segs);
        if (s == NULL) {
            return NGX_CONF_ERROR;
        }

        s->slot = k;
        ngx_str_null(&s->text);
        p = close + 2;
    }

    return NGX_CONF_OK;
}


ngx_int_t
ngx_http_privacy_placeholder(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, ngx_http_privacy_ph_values_t *v,
    ngx_str_t *out)
{
    u_char                     *p;
    size_t                      len;
    ngx_str_t                  *val[NGX_HTTP_PRIVACY_PH_HEIGHT + 1], ret;
    ngx_uint_t                  i;
    ngx_http_privacy_ph_seg_t  *s;

    if (ngx_http_privacy_ph_return(r, &ret) != NGX_OK) {
        return NGX_ERROR;
    }

    val[NGX_HTTP_PRIVACY_PH_TEXT] = NULL;
    val[NGX_HTTP_PRIVACY_PH_SERVICE] = &v->service;
    val[NGX_HTTP_PRIVACY_PH_HOST] = &v->host;
    val[NGX_HTTP_PRIVACY_PH_CATEGORY] = &v->category;
    val[NGX_HTTP_PRIVACY_PH_GRANT] = &v->grant;
    val[NGX_HTTP_PRIVACY_PH_RETURN] = &ret;
    val[NGX_HTTP_PRIVACY_PH_WIDTH] = &v->width;
    val[NGX_HTTP_PRIVACY_PH_HEIGHT] = &v->height;

    s = plcf->placeholder->elts;
    len = 0;

    for (i = 0; i < plcf->placeholder->nelts; i++) {
        len += s[i].slot ? ngx_http_privacy_ph_escaped_len(val[s[i].slot])
                         : s[i].text.len;
    }

    p = ngx_pnalloc(r->pool, len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    out->data = p;

    for (i = 0; i < plcf->placeholder->nelts; i++) {
        p = s[i].slot ? ngx_http_privacy_ph_escape(p, val[s[i].slot])
                      : ngx_cpymem(p, s[i].text.data, s[i].text.len);
    }

    out->len = p - out->data;

    return NGX_OK;
}


static size_t
ngx_http_privacy_ph_escaped_len(ngx_str_t *v)
{
    size_t  i, len;

    len = v->len;

    for (i = 0; i < v->len; i++) {
        switch (v->data[i]) {
        case '&':
            len += sizeof("&amp;") - 2;
            break;
        case '<':
        case '>':
            len += sizeof("&lt;") - 2;
            break;
        case '"':
            len += sizeof("&quot;") - 2;
            break;
        case '\'':
            len += sizeof("&#39;") - 2;
            break;
        }
    }

    return len;
}


/* & < > " ' as references: the values come from the page */
static u_char *
ngx_http_privacy_ph_escape(u_char *p, ngx_str_t *v)
{
    size_t  i;

    for (i = 0; i < v->len; i++) {
        switch (v->data[i]) {
        case '&':
            p = ngx_cpymem(p, "&amp;", 5);
            break;
        case '<':
            p = ngx_cpymem(p, "&lt;", 4);
            break;
        case '>':
            p = ngx_cpymem(p, "&gt;", 4);
            break;
        case '"':
            p = ngx_cpymem(p, "&quot;", 6);
            break;
        case '\'':
            p = ngx_cpymem(p, "&#39;", 5);
            break;
        default:
            *p++ = v->data[i];
        }
    }

    return p;
}


/*
 * {{return}}: $request_uri as a query value: every byte but A-Z a-z 0-9
 * - . _ ~ / as %XX
 */
static ngx_int_t
ngx_http_privacy_ph_return(ngx_http_request_t *r, ngx_str_t *out)
{
    u_char      *p, c;
    size_t       i;
    ngx_str_t   *uri;

    static u_char  hex[] = "0123456789ABCDEF";

    uri = &r->main->unparsed_uri;

    p = ngx_pnalloc(r->pool, uri->len * 3);
    if (p == NULL && uri->len) {
        return NGX_ERROR;
    }

    out->data = p;

    for (i = 0; i < uri->len; i++) {
        c = uri->data[i];

        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
            || c == '~' || c == '/')
        {
            *p++ = c;

        } else {
            *p++ = '%';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 0x0f];
        }
    }

    out->len = p - out->data;

    return NGX_OK;
}


/*
 * A width or height attribute as a CSS length: "560" or "560px" -> 560px,
 * "100%" -> 100%, anything else dflt; buf holds at least 16 bytes
 */
void
ngx_http_privacy_placeholder_length(u_char *p, size_t len, const char *dflt,
    u_char *buf, ngx_str_t *out)
{
    size_t  n;

    while (len && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
        p++;
        len--;
    }

    for (n = 0; n < len && n < 6 && p[n] >= '0' && p[n] <= '9'; n++) {
        /* void */
    }

    if (n > 0 && n < 6
        && (n == len
            || (len - n == 2 && (p[n] | 0x20) == 'p'
                && (p[n + 1] | 0x20) == 'x')
            || (len - n == 1 && p[n] == '%')))
    {
        out->data = buf;
        out->len = ngx_cpymem(ngx_cpymem(buf, p, n),
                              (len - n == 1) ? "%" : "px",
                              (len - n == 1) ? 1 : 2)
                   - buf;
        return;
    }

    out->data = (u_char *) dflt;
    out->len = ngx_strlen(dflt);
}
