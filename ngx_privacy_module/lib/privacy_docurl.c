/*
 * privacy_docurl.c: the document of a data: or javascript: URL
 * (privacy_docurl.h), after the URL Standard's parsing of the string, the
 * Fetch Standard's data: URL processor and forgiving-base64 decode.
 */

#include <string.h>

#include "privacy_docurl.h"
#include "privacy_tcf.h"


static int
docurl_hex(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }

    c |= 0x20;

    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}


/* percent-decodes p[0 .. len) in place; returns the new length */
static size_t
docurl_pct(unsigned char *p, size_t len)
{
    int     h, l;
    size_t  i, o;

    for (i = 0, o = 0; i < len; i++) {
        if (p[i] == '%' && i + 2 < len
            && (h = docurl_hex(p[i + 1])) >= 0
            && (l = docurl_hex(p[i + 2])) >= 0)
        {
            p[o++] = (unsigned char) (h << 4 | l);
            i += 2;
            continue;
        }

        p[o++] = p[i];
    }

    return o;
}


/* a base64 digit's value, or -1 (the URL-safe alphabet's, but for two) */
static int
docurl_b64(unsigned char c)
{
    if (c == '-' || c == '_') {
        return -1;
    }

    return (c == '+') ? 62 : (c == '/') ? 63 : privacy_b64url_value(c);
}


/* forgiving-base64 decode of p[0 .. len) in place: the length, or -1 */
static long
docurl_base64(unsigned char *p, size_t len)
{
    int       v;
    size_t    i, n, o;
    unsigned  acc, bits;

    /* ASCII whitespace removed */
    for (i = 0, n = 0; i < len; i++) {
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\f'
            && p[i] != '\r')
        {
            p[n++] = p[i];
        }
    }

    if (n % 4 == 0 && n >= 1 && p[n - 1] == '=') {
        n--;

        if (n >= 1 && p[n - 1] == '=') {
            n--;
        }
    }

    if (n % 4 == 1) {
        return -1;
    }

    acc = 0;
    bits = 0;

    for (i = 0, o = 0; i < n; i++) {
        v = docurl_b64(p[i]);

        if (v < 0) {
            return -1;
        }

        acc = (acc << 6 | (unsigned) v) & 0xffffff;
        bits += 6;

        if (bits >= 8) {
            bits -= 8;
            p[o++] = (unsigned char) (acc >> bits);
        }
    }

    return (long) o;
}


int
privacy_docurl(const unsigned char *p, size_t len, unsigned char *out,
    size_t *n)
{
    long    b;
    size_t  i, m, colon, comma, t;

    *n = 0;

    /* C0 controls and spaces around, tabs and newlines within: gone */

    while (len && p[0] <= 0x20) {
        p++;
        len--;
    }

    while (len && p[len - 1] <= 0x20) {
        len--;
    }

    for (i = 0, m = 0; i < len; i++) {
        if (p[i] != '\t' && p[i] != '\n' && p[i] != '\r') {
            out[m++] = p[i];
        }
    }

    for (colon = 0; colon < m && colon < 11 && out[colon] != ':'; colon++) {
        out[colon] |= (out[colon] >= 'A' && out[colon] <= 'Z') ? 0x20 : 0;
    }

    if (colon == 10 && m > 10 && out[10] == ':'
        && memcmp(out, "javascript", 10) == 0)
    {
        *n = docurl_pct(out + 11, m - 11);
        memmove(out, out + 11, *n);
        return PRIVACY_DOCURL_JAVASCRIPT;
    }

    if (!(colon == 4 && m > 4 && out[4] == ':'
          && memcmp(out, "data", 4) == 0))
    {
        return PRIVACY_DOCURL_NONE;
    }

    for (comma = 5; comma < m && out[comma] != ','; comma++) { /* void */ }

    if (comma == m) {
        return PRIVACY_DOCURL_NONE;     /* no ",": a network error */
    }

    /* the type: ";" then spaces then "base64", any case, at its end
       (after its own trailing spaces) */

    for (t = comma; t > 5 && out[t - 1] == ' '; t--) { /* void */ }

    b = 0;

    if (t >= 5 + 7) {
        for (i = 0; i < 6; i++) {
            if ((out[t - 6 + i] | 0x20) != (unsigned char) "base64"[i]) {
                break;
            }
        }

        if (i == 6) {
            for (i = t - 6; i > 5 && out[i - 1] == ' '; i--) { /* void */ }
            b = (i > 5 && out[i - 1] == ';');
        }
    }

    m = docurl_pct(out + comma + 1, m - comma - 1);
    memmove(out, out + comma + 1, m);

    if (b) {
        b = docurl_base64(out, m);

        if (b < 0) {
            return PRIVACY_DOCURL_NONE;     /* the browser loads nothing */
        }

        m = (size_t) b;
    }

    *n = m;

    return PRIVACY_DOCURL_DATA;
}
