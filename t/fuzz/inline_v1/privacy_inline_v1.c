/*
 * A frozen copy of the reference search of privacy_inline.c as of commit
 * 7947d97 (a decode_char() call per byte of a reference, no SIMD reading of
 * hosts or paths), its two entry points renamed privacy_inline_v1_init()
 * and privacy_inline_v1_next() and made static.  Used only by
 * t/fuzz/fuzz_inline_diff.c, which checks that the current search finds
 * exactly the same references.  Do not fix or change it: it is the
 * reference.
 */

/*
 * privacy_inline.c: URL references in inline script text (see the header).
 *
 * The search looks for the bytes "/" and "%" only (16 at a time with
 * SSE2), which every spelling of "//" starts with, and checks the few
 * bytes around each: a script of tens of KB costs about one compare per
 * byte plus a little per slash.
 */

#include <string.h>

#include "privacy_find.h"
#include "privacy_inline.h"


#define LC(c)        ((unsigned char) ((c) | 0x20))
#define IS_ALNUM(c)  (((c) >= '0' && (c) <= '9') || (LC(c) >= 'a'             \
                                                     && LC(c) <= 'z'))


static void
privacy_inline_v1_init(privacy_inline_t *it, const unsigned char *text,
    size_t len)
{
    it->text = text;
    it->len = len;
    it->pos = 0;
}


static int
hex(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }

    c = LC(c);

    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}


/* p[0 .. len) is s in ASCII, any case (s lowercase) */
static int
caseeq(const unsigned char *p, size_t len, const char *s)
{
    size_t  i;

    for (i = 0; i < len; i++) {
        if (LC(p[i]) != (unsigned char) s[i]) {
            return 0;
        }
    }

    return 1;
}


/*
 * One character of a URL inside script text, decoding the escapes of JS
 * strings and of percent-encoding: \/ \xHH \u00HH %HH.  Returns the number
 * of bytes it took (0 at a character that ends the URL) and the character.
 */
static size_t
decode_char(const unsigned char *p, size_t len, unsigned char *c)
{
    int  h, l;

    if (len == 0) {
        return 0;
    }

    switch (p[0]) {

    case '\\':
        if (len >= 2 && p[1] == '/') {
            *c = '/';
            return 2;
        }

        if (len >= 4 && p[1] == 'x' && (h = hex(p[2])) >= 0
            && (l = hex(p[3])) >= 0)
        {
            *c = (unsigned char) (h << 4 | l);
            return 4;
        }

        if (len >= 6 && p[1] == 'u' && p[2] == '0' && p[3] == '0'
            && (h = hex(p[4])) >= 0 && (l = hex(p[5])) >= 0)
        {
            *c = (unsigned char) (h << 4 | l);
            return 6;
        }

        /* \" \' \n ...: the string (and the URL) ends here */
        return 0;

    case '%':
        if (len >= 3 && (h = hex(p[1])) >= 0 && (l = hex(p[2])) >= 0) {
            *c = (unsigned char) (h << 4 | l);
            return 3;
        }

        *c = '%';
        return 1;

    case '"': case '\'': case '`': case '<': case '>':
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\0':
        return 0;

    default:
        *c = p[0];
        return 1;
    }
}


/* the character decoded ends the URL too (an escaped quote, a space) */
static int
url_end(unsigned char c)
{
    return c == '"' || c == '\'' || c == '`' || c == '<' || c == '>'
           || c <= ' ';
}


/*
 * Is there a "//" at i, in one of the spellings?  Sets *start to its first
 * byte and returns the offset after it, or 0.
 */
static size_t
slashes_at(const unsigned char *t, size_t len, size_t i, size_t *start)
{
    if (t[i] == '/') {
        if (i + 1 < len && t[i + 1] == '/') {
            *start = i;
            return i + 2;
        }

        /* \/\/ seen at its first "/" */
        if (i >= 1 && t[i - 1] == '\\' && i + 2 < len && t[i + 1] == '\\'
            && t[i + 2] == '/')
        {
            *start = i - 1;
            return i + 3;
        }

        return 0;
    }

    /* "%": %2F%2F */
    if (i + 5 < len && t[i + 1] == '2' && LC(t[i + 2]) == 'f'
        && t[i + 3] == '%' && t[i + 4] == '2' && LC(t[i + 5]) == 'f')
    {
        *start = i;
        return i + 6;
    }

    return 0;
}


/*
 * Whether the URL starting at t[i] starts a string or an attribute value:
 * right after a quote, a backtick, "=" or "(", also percent-encoded (%22
 * %27 %3D %28) inside unescape("...").  A URL in the middle of a sentence
 * or of a comment ("// see https://...") is not loaded from.
 */
static int
value_start(const unsigned char *t, size_t i)
{
    unsigned char  c;

    if (i == 0) {
        return 0;
    }

    c = t[i - 1];

    if (c == '"' || c == '\'' || c == '`' || c == '=' || c == '(') {
        return 1;
    }

    if (i >= 3 && t[i - 3] == '%') {
        c = LC(t[i - 1]);

        return (t[i - 2] == '2' && (c == '2' || c == '7' || c == '8'))
               || (t[i - 2] == '3' && c == 'd');
    }

    return 0;
}


/*
 * What precedes the "//" at start makes it a URL: "http:" or "https:" (any
 * case, also "http%3A") at the start of a value, or the start of a value
 * itself (scheme-relative).
 */
static int
url_prefix(const unsigned char *t, size_t start)
{
    unsigned char  c;

    if (start == 0) {
        return 0;
    }

    if (value_start(t, start)) {
        return 1;
    }

    c = t[start - 1];

    if (c == ':') {
        return (start >= 5 && caseeq(t + start - 5, 4, "http")
                && value_start(t, start - 5))
               || (start >= 6 && caseeq(t + start - 6, 5, "https")
                   && value_start(t, start - 6));
    }

    if (start >= 7 && t[start - 3] == '%' && t[start - 2] == '3'
        && LC(c) == 'a')
    {
        return (caseeq(t + start - 7, 4, "http") && value_start(t, start - 7))
               || (start >= 8 && caseeq(t + start - 8, 5, "https")
                   && value_start(t, start - 8));
    }

    return 0;
}


#define IS_HOSTCHAR(c)  (IS_ALNUM(c) || (c) == '-' || (c) == '.' || (c) == '_')

/*
 * A host name written without a scheme at the start of a string, right
 * before the "/" at i ('edge.fullstory.com/s/fs.js', "a.example.com\/x"):
 * returns where it starts, or i.  It needs a dot and a last label of two
 * letters or more, so that '1.5/2' and 'a.b/c' paths are not hosts.
 */
static size_t
bare_host(const unsigned char *t, size_t i)
{
    size_t  end, h, k;

    end = (i > 0 && t[i - 1] == '\\') ? i - 1 : i;
    h = end;

    while (h > 0 && IS_HOSTCHAR(t[h - 1])) {
        h--;
    }

    if (h == end || h == 0
        || !(t[h - 1] == '"' || t[h - 1] == '\'' || t[h - 1] == '`')
        || t[h] == '.' || t[end - 1] == '.')
    {
        return i;
    }

    for (k = end; k > h && t[k - 1] != '.'; k--) {
        if (LC(t[k - 1]) < 'a' || LC(t[k - 1]) > 'z') {
            return i;
        }
    }

    return (k > h && end - k >= 2) ? h : i;
}


/*
 * Reads the host and the rest of the URL after "//" at t[i ..] into out;
 * returns the length written, or 0 when what follows is not a host.
 */
static size_t
read_url(const unsigned char *t, size_t len, size_t i, unsigned char *out,
    size_t size)
{
    size_t         n, k, host, dots;
    unsigned char  c;

    out[0] = '/';
    out[1] = '/';
    n = 2;
    host = 2;
    dots = 0;

    /* the authority: host characters, userinfo "@", a port */

    for ( ;; ) {
        k = decode_char(t + i, len - i, &c);

        if (k == 0 || url_end(c) || c == '/' || c == '?' || c == '#'
            || c == '\\')
        {
            break;
        }

        if (c == '@') {
            /* userinfo: the host starts after the last "@" */
            n = 2;
            host = 2;
            dots = 0;
            i += k;
            continue;
        }

        if (!(IS_ALNUM(c) || c == '-' || c == '.' || c == '_' || c == ':'
              || c >= 0x80))
        {
            return 0;
        }

        if (c == '.') {
            dots++;
        }

        if (n < size) {
            out[n++] = c;
        }

        i += k;
    }

    /* at least "a.b", neither starting nor ending with a dot */
    if (dots == 0 || n - host < 3 || out[host] == '.' || out[n - 1] == '.') {
        return 0;
    }

    /* the path and query, decoded, up to the end of the string */

    for ( ;; ) {
        k = decode_char(t + i, len - i, &c);

        if (k == 0 || url_end(c) || c == '#') {
            break;
        }

        if (n < size) {
            out[n++] = (c == '\\') ? '/' : c;
        }

        i += k;
    }

    return n;
}


static size_t
privacy_inline_v1_next(privacy_inline_t *it, unsigned char *out, size_t size)
{
    size_t                i, start, after, n;
    const unsigned char  *t;

    t = it->text;
    i = it->pos;

    while (i < it->len) {

#if defined(PRIVACY_FIND_SSE2)
        {
            unsigned  m;
            __m128i   v;

            /* skip 16 bytes at a time without "/" or "%" */

            while (it->len - i >= 16) {
                v = _mm_loadu_si128((const __m128i *) (const void *) (t + i));
                m = (unsigned) _mm_movemask_epi8(_mm_or_si128(
                        _mm_cmpeq_epi8(v, _mm_set1_epi8('/')),
                        _mm_cmpeq_epi8(v, _mm_set1_epi8('%'))));
                if (m) {
                    i += (size_t) __builtin_ctz(m);
                    goto found;
                }
                i += 16;
            }
        }
#endif

        while (i < it->len && t[i] != '/' && t[i] != '%') {
            i++;
        }

        if (i == it->len) {
            break;
        }

#if defined(PRIVACY_FIND_SSE2)
    found:
#endif

        after = slashes_at(t, it->len, i, &start);

        if (after == 0) {
            /* a host without a scheme: 'edge.fullstory.com/s/fs.js' */

            start = (t[i] == '/') ? bare_host(t, i) : i;

            if (start == i || (n = read_url(t, it->len, start, out, size))
                              == 0)
            {
                i++;
                continue;
            }

            it->pos = i + 1;
            return n;
        }

        if (!url_prefix(t, start)) {
            i++;
            continue;
        }

        n = read_url(t, it->len, after, out, size);

        /* go on after the "//" whatever it was: URLs do not nest */
        i = after;

        if (n) {
            it->pos = i;
            return n;
        }
    }

    it->pos = it->len;

    return 0;
}
