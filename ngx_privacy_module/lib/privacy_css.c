/*
 * privacy_css.c: URL references in CSS text (see the header).
 *
 * Follows the tokenizer of CSS Syntax Level 3 where it matters for URLs:
 * comments, strings (with escapes and line continuations), identifiers
 * and function names with escapes, url() with a quoted or an unquoted
 * argument (an unquoted one broken by a quote, a "(" or a blank before
 * its end is a bad-url token: the browser fetches nothing), @import, and
 * image-set() whose string arguments are URLs.
 */

#include <string.h>

#include "privacy_css.h"


#define NAME_MAX_LEN  24            /* longest name we compare with */

#define IS_WS(c)      ((c) == ' ' || (c) == '\t' || (c) == '\n'            \
                       || (c) == '\r' || (c) == '\f')
#define IS_HEX(c)     (((c) >= '0' && (c) <= '9')                          \
                       || (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'f'))
#define IS_NAME(c)    ((((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z')        \
                       || ((c) >= '0' && (c) <= '9') || (c) == '-'         \
                       || (c) == '_' || (c) >= 0x80)


void
privacy_css_init(privacy_css_t *css, const unsigned char *text, size_t len)
{
    memset(css, 0, sizeof(privacy_css_t));
    css->text = text;
    css->len = len;
}


/* a backslash at t[i] that starts an escape (not before a newline) */
static int
valid_escape(const unsigned char *t, size_t len, size_t i)
{
    return t[i] == '\\' && (i + 1 == len || !(t[i + 1] == '\n'
                                              || t[i + 1] == '\r'
                                              || t[i + 1] == '\f'));
}


/*
 * The escape at t[i] ("\" then 1-6 hex digits and one optional blank, or
 * any other character): its code point in *cp; returns the bytes taken.
 */
static size_t
escape(const unsigned char *t, size_t len, size_t i, unsigned long *cp)
{
    size_t         j, n;
    unsigned long  v;
    unsigned char  c;

    j = i + 1;

    if (j == len) {
        *cp = 0xfffd;
        return 1;
    }

    if (!IS_HEX(t[j])) {
        *cp = t[j];
        return 2;
    }

    v = 0;

    for (n = 0; n < 6 && j < len && IS_HEX(t[j]); n++, j++) {
        c = t[j];
        v = v * 16 + (unsigned long) ((c <= '9') ? c - '0'
                                                 : (c | 0x20) - 'a' + 10);
    }

    if (j < len && IS_WS(t[j])) {
        j += (t[j] == '\r' && j + 1 < len && t[j + 1] == '\n') ? 2 : 1;
    }

    if (v == 0 || (v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) {
        v = 0xfffd;
    }

    *cp = v;

    return j - i;
}


/* appends a code point as UTF-8 to out, within size */
static void
put(unsigned char *out, size_t size, size_t *n, unsigned long cp)
{
    unsigned char  b[4];
    size_t         k, m;

    if (cp < 0x80) {
        b[0] = (unsigned char) cp;
        m = 1;

    } else if (cp < 0x800) {
        b[0] = (unsigned char) (0xc0 | (cp >> 6));
        b[1] = (unsigned char) (0x80 | (cp & 0x3f));
        m = 2;

    } else if (cp < 0x10000) {
        b[0] = (unsigned char) (0xe0 | (cp >> 12));
        b[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
        b[2] = (unsigned char) (0x80 | (cp & 0x3f));
        m = 3;

    } else {
        b[0] = (unsigned char) (0xf0 | (cp >> 18));
        b[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3f));
        b[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
        b[3] = (unsigned char) (0x80 | (cp & 0x3f));
        m = 4;
    }

    for (k = 0; k < m && *n < size; k++) {
        out[(*n)++] = b[k];
    }
}


/*
 * A string token at t[i] (a quote): decoded into out when out is not NULL.
 * Returns the offset after it (after the closing quote, or at the newline
 * or the end that ended it).
 */
static size_t
string(const unsigned char *t, size_t len, size_t i, unsigned char *out,
    size_t size, size_t *n)
{
    unsigned char  q, c;
    unsigned long  cp;

    q = t[i++];

    while (i < len) {
        c = t[i];

        if (c == q) {
            return i + 1;
        }

        if (c == '\n' || c == '\r' || c == '\f') {
            return i;                   /* a bad string: the line ends it */
        }

        if (c == '\\') {
            if (i + 1 < len && (t[i + 1] == '\n' || t[i + 1] == '\r'
                                || t[i + 1] == '\f'))
            {
                /* a line continuation: nothing */
                i += (t[i + 1] == '\r' && i + 2 < len && t[i + 2] == '\n')
                     ? 3 : 2;
                continue;
            }

            i += escape(t, len, i, &cp);

            if (out) {
                put(out, size, n, cp);
            }

            continue;
        }

        if (out && *n < size) {
            out[(*n)++] = c;
        }

        i++;
    }

    return i;
}


/*
 * A name (identifier) at t[i], escapes resolved, ASCII lowercased into
 * name (NAME_MAX_LEN + 1 bytes, enough to compare; *nlen says the real
 * length).  Returns the offset after it.
 */
static size_t
ident(const unsigned char *t, size_t len, size_t i, unsigned char *name,
    size_t *nlen)
{
    size_t         n;
    unsigned long  cp;

    n = 0;

    while (i < len) {
        if (IS_NAME(t[i])) {
            cp = t[i++];

        } else if (valid_escape(t, len, i)) {
            i += escape(t, len, i, &cp);

        } else {
            break;
        }

        if (n < NAME_MAX_LEN) {
            name[n] = (cp >= 'A' && cp <= 'Z') ? (unsigned char) (cp | 0x20)
                                               : (cp < 0x80
                                                  ? (unsigned char) cp
                                                  : 0x80);
        }

        n++;
    }

    *nlen = n;

    return i;
}


static int
is(const unsigned char *name, size_t n, const char *s)
{
    return n == strlen(s) && memcmp(name, s, n) == 0;
}


/* the start of a name: a letter, "_", non-ASCII, "-", or an escape */
static int
name_start(const unsigned char *t, size_t len, size_t i)
{
    unsigned char  c;

    c = t[i];

    if ((((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) || c == '_' || c >= 0x80
        || valid_escape(t, len, i))
    {
        return 1;
    }

    if (c == '-' && i + 1 < len) {
        c = t[i + 1];
        return (((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) || c == '_'
               || c == '-' || c >= 0x80 || valid_escape(t, len, i + 1);
    }

    return 0;
}


/*
 * The argument of url( at t[i] (just after the "("): a quoted one is a
 * string (and the function ends at its ")"), an unquoted one runs to ")".
 * Returns the offset after the ")" (or the end), or 0 for a bad url.
 */
static size_t
url_arg(const unsigned char *t, size_t len, size_t i, unsigned char *out,
    size_t size, size_t *n, unsigned *quoted)
{
    unsigned char  c;
    unsigned long  cp;

    while (i < len && IS_WS(t[i])) {
        i++;
    }

    if (i < len && (t[i] == '"' || t[i] == '\'')) {
        *quoted = 1;
        i = string(t, len, i, out, size, n);

        while (i < len && IS_WS(t[i])) {
            i++;
        }

        /* the browser fetches url("x") however the function ends */
        return (i < len && t[i] == ')') ? i + 1 : i;
    }

    *quoted = 0;

    while (i < len) {
        c = t[i];

        if (c == ')') {
            return i + 1;
        }

        if (IS_WS(c)) {
            while (i < len && IS_WS(t[i])) {
                i++;
            }

            if (i == len || t[i] == ')') {
                return (i < len) ? i + 1 : i;
            }

            return 0;                   /* url(a b): a bad url */
        }

        if (c == '"' || c == '\'' || c == '(' || c < 0x20 || c == 0x7f) {
            return 0;
        }

        if (c == '\\') {
            if (!valid_escape(t, len, i)) {
                return 0;
            }

            i += escape(t, len, i, &cp);
            put(out, size, n, cp);
            continue;
        }

        if (*n < size) {
            out[(*n)++] = c;
        }

        i++;
    }

    return i;                           /* the end closes it */
}


/* skip the rest of a bad url: up to its ")" */
static size_t
bad_url(const unsigned char *t, size_t len, size_t i)
{
    while (i < len && t[i] != ')') {
        i += (valid_escape(t, len, i) && i + 1 < len) ? 2 : 1;
    }

    return (i < len) ? i + 1 : i;
}


int
privacy_css_next(privacy_css_t *css, privacy_css_ref_t *ref,
    unsigned char *out, size_t size)
{
    size_t                j, k, n, nlen;
    unsigned              quoted;
    unsigned char         c, name[NAME_MAX_LEN + 1];
    const unsigned char  *t;

    t = css->text;

    while (css->pos < css->len) {
        j = css->pos;
        c = t[j];

        if (c == '/' && j + 1 < css->len && t[j + 1] == '*') {
            const unsigned char  *e;

            e = NULL;

            for (k = j + 2; k + 1 < css->len; k++) {
                if (t[k] == '*' && t[k + 1] == '/') {
                    e = t + k;
                    break;
                }
            }

            css->pos = e ? (size_t) (e - t) + 2 : css->len;
            continue;
        }

        if (c == '"' || c == '\'') {
            if (css->import || css->set_depth) {
                n = 0;
                ref->start = j;
                css->pos = string(t, css->len, j, out, size, &n);
                ref->end = css->pos;
                ref->len = n;
                ref->quoted = 1;
                css->import = 0;
                return 1;
            }

            css->pos = string(t, css->len, j, NULL, 0, &n);
            continue;
        }

        if (c == '@') {
            css->pos = ident(t, css->len, j + 1, name, &nlen);
            css->import = is(name, nlen, "import");
            continue;
        }

        if (c == '(') {
            css->depth++;
            css->pos++;
            continue;
        }

        if (c == ')') {
            if (css->set_depth && css->depth == css->set_depth) {
                css->set_depth = 0;
            }

            if (css->depth) {
                css->depth--;
            }

            css->pos++;
            continue;
        }

        if (c == ';' || c == '{' || c == '}') {
            css->import = 0;
            css->pos++;

            if (css->depth == 0 && css->set_depth == 0) {
                css->cut = css->pos;
            }

            continue;
        }

        if (!name_start(t, css->len, j)) {
            css->pos++;
            continue;
        }

        k = ident(t, css->len, j, name, &nlen);

        if (k == css->len || t[k] != '(') {
            css->pos = k;
            continue;
        }

        if (is(name, nlen, "url")) {
            n = 0;
            quoted = 0;
            css->pos = url_arg(t, css->len, k + 1, out, size, &n, &quoted);

            if (css->pos == 0) {
                css->pos = bad_url(t, css->len, k + 1);
                continue;
            }

            css->import = 0;

            /* leading and trailing blanks are no part of the URL */
            while (n && IS_WS(out[n - 1])) {
                n--;
            }

            ref->start = j;
            ref->end = css->pos;
            ref->len = n;
            ref->quoted = 0;
            return 1;
        }

        if (is(name, nlen, "image-set") || is(name, nlen, "-webkit-image-set"))
        {
            css->depth++;
            css->set_depth = css->depth;
            css->pos = k + 1;
            continue;
        }

        css->pos = k;           /* another function: its "(" comes next */
    }

    return 0;
}


size_t
privacy_css_inert(unsigned char *out, const unsigned char *text, size_t len,
    unsigned char *url, size_t url_size, privacy_css_judge_pt judge,
    void *data, size_t *condemned)
{
    size_t             o, from;
    privacy_css_t      css;
    privacy_css_ref_t  ref;

    o = 0;
    from = 0;
    *condemned = 0;
    privacy_css_init(&css, text, len);

    while (privacy_css_next(&css, &ref, url, url_size)) {

        /*
         * "url(" or a quote cut by the end of the text is shorter than
         * its replacement and holds no URL: nothing to make inert
         */

        if (ref.end - ref.start < (ref.quoted ? 2 : 5)
            || !judge(data, url, ref.len))
        {
            continue;
        }

        /* out never overtakes the text: memmove when they are one */

        memmove(out + o, text + from, ref.start - from);
        o += ref.start - from;

        if (ref.quoted) {
            memcpy(out + o, "\"\"", 2);
            o += 2;

        } else {
            memcpy(out + o, "url()", 5);
            o += 5;
        }

        from = ref.end;
        (*condemned)++;
    }

    memmove(out + o, text + from, len - from);

    return o + (len - from);
}


size_t
privacy_css_cut(const unsigned char *text, size_t len)
{
    privacy_css_t      css;
    privacy_css_ref_t  ref;

    privacy_css_init(&css, text, len);

    while (privacy_css_next(&css, &ref, NULL, 0)) {
        /* void */
    }

    return css.cut;
}


int
privacy_css_data_byte(unsigned char c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')
           || c == '+' || c == '/' || c == '=' || c == '%' || c == ','
           || c == ';' || c == ':' || c == '.' || c == '_' || c == '-';
}


int
privacy_css_data_tail(const unsigned char *text, size_t len, size_t *at,
    unsigned char *end)
{
    size_t             i;
    unsigned           top;
    unsigned char      url[5];
    privacy_css_t      css;
    privacy_css_ref_t  ref, last;

    if (len == 0 || !privacy_css_data_byte(text[len - 1])) {
        return 0;
    }

    privacy_css_init(&css, text, len);
    top = 0;
    memset(&last, 0, sizeof(privacy_css_ref_t));

    while (privacy_css_next(&css, &ref, url, sizeof(url))) {
        last = ref;
        top = (css.depth == 0 && css.set_depth == 0);
    }

    /* a url() token (not an @import string) that the end of text cut */

    if (last.end != len || !top || last.len < 5
        || text[last.start] == '"' || text[last.start] == '\''
        || (url[0] | 0x20) != 'd' || (url[1] | 0x20) != 'a'
        || (url[2] | 0x20) != 't' || (url[3] | 0x20) != 'a' || url[4] != ':')
    {
        return 0;
    }

    /* after "url(" and blanks: a quote, or the URL itself */

    for (i = last.start; text[i] != '('; i++) { /* void */ }

    for (i++; IS_WS(text[i]); i++) { /* void */ }

    *at = last.start;
    *end = (text[i] == '"' || text[i] == '\'') ? text[i] : ')';

    return 1;
}
