/*
 * privacy_urlparse.c: the URL Standard's basic URL parser, for http(s)
 * URLs and what the HTML filter needs of them (privacy_urlparse.h).
 *
 * Two readings.  privacy_url_fast() takes the common URL - "http(s)://",
 * "//", "/path" or "dir/file" (after "./" or "../"), an ASCII host of
 * letters, digits, "-" and ".", a path and query the browser sends as they
 * are but for "%XX" in capitals, a fragment dropped - in one pass with SSE2:
 * the host lowercased and vetted 16 bytes a step, the path and query
 * copied in runs that stop only at a byte needing a decision (a "." only
 * where a segment starts).  Anything else, and every URL where SSE2 is
 * missing, goes to privacy_url_general(), which follows the Standard's
 * states (userinfo, ports, escapes, tabs, dot segments, IPv4 and IPv6,
 * "%" and non-ASCII hosts: only this code calls ICU).  The fast reading
 * gives up rather than decide anything the general one would decide
 * otherwise; fuzz_urlparse compares the two on every input.
 *
 * The path is kept as its serialization, "/" segment "/" segment ...: a
 * dot segment is recognised where it starts (a "." or "%2e" just after a
 * "/" of the output) and never written, and ".." pops the output back to
 * the previous "/", which is the Standard's "shorten the path".
 */

#include <stdint.h>
#include <string.h>

#include "privacy_find.h"
#include "privacy_urlparse.h"
#include "privacy_pct.h"

#if defined(PRIVACY_URL_ICU)
#include <unicode/uidna.h>
#endif


/* privacy_url_class[] bits */
#define U_PATH     0x01    /* not copied as it is in a path */
#define U_QUERY    0x02    /* not copied as it is in a query */
#define U_PENC     0x04    /* percent-encoded in a path */
#define U_QENC     0x08    /* percent-encoded in a query */
#define U_UNRES    0x10    /* unreserved: "%XX" of it is decoded in a path */
#define U_TAB      0x20    /* tab, LF, CR: removed wherever they are */

#define PRIVACY_URL_SCHEME_OTHER  3


typedef struct {
    unsigned char  *out;
    size_t          cap;
    size_t          o;          /* bytes written */
    size_t          path;       /* offset of the path's "/" */
    size_t          query;      /* offset of "?", 0 while there is none */
    size_t          host_len;
    unsigned        port;
    unsigned        scheme;
    unsigned        flags;
} privacy_urlp_t;


/*
 * The host of a URL without "%", non-ASCII or anything forbidden: for each
 * byte its lowercase, 0 where the authority ends ("/", "\", "?", "#"), 1
 * for anything else (forbidden domain code points, "%", ":", "@", "[",
 * tab, non-ASCII).  So a byte is a forbidden domain code point exactly
 * when its entry is 0 or 1.
 */
static const unsigned char  privacy_url_host_map[256] = {
    /* 00 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* 08 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* 10 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* 18 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* 20 */ 0x01, 0x21, 0x22, 0x00, 0x24, 0x01, 0x26, 0x27,
    /* 28 */ 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e, 0x00,
    /* 30 */ 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37,
    /* 38 */ 0x38, 0x39, 0x01, 0x3b, 0x01, 0x3d, 0x01, 0x00,
    /* 40 */ 0x01, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    /* 48 */ 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    /* 50 */ 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    /* 58 */ 0x78, 0x79, 0x7a, 0x01, 0x00, 0x01, 0x01, 0x5f,
    /* 60 */ 0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67,
    /* 68 */ 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f,
    /* 70 */ 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77,
    /* 78 */ 0x78, 0x79, 0x7a, 0x7b, 0x01, 0x7d, 0x7e, 0x01,
    /* 80 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* 88 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* 90 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* 98 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* a0 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* a8 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* b0 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* b8 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* c0 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* c8 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* d0 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* d8 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* e0 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* e8 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* f0 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
    /* f8 */ 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01
};

/*
 * The U_* bits of each byte.  A path copies a byte as it is unless U_PATH,
 * a query unless U_QUERY; non-ASCII bytes have both, never U_PENC/U_QENC.
 */
static const unsigned char  privacy_url_class[256] = {
    /* 00 */ 15, 15, 15, 15, 15, 15, 15, 15, 15, 47, 47, 15, 15, 47, 15, 15,
    /* 10 */ 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15,
    /* 20 */ 15,  0, 15, 15,  0,  1,  0, 10,  0,  0,  0,  0,  0, 16, 17,  0,
    /* 30 */ 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,  0,  0, 15,  0, 15,  5,
    /* 40 */  0, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    /* 50 */ 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,  0,  1,  0,  0, 16,
    /* 60 */  5, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    /* 70 */ 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,  5,  0,  5, 16, 15,
    /* 80 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,
    /* 90 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,
    /* a0 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,
    /* b0 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,
    /* c0 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,
    /* d0 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,
    /* e0 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,
    /* f0 */  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3
};

static const char  privacy_url_hexdig[] = "0123456789ABCDEF";



/* the first byte from i on that is not a tab, LF or CR, or end */
static size_t
privacy_url_skip(const unsigned char *in, size_t i, size_t end)
{
    while (i < end && (privacy_url_class[in[i]] & U_TAB)) {
        i++;
    }

    return i;
}


/*
 * The byte of the escape "%XX" at in[i] (tabs, LF and CR between its
 * characters are removed, as everywhere), *next set after it; -1 when the
 * "%" starts no escape.
 */
static int
privacy_url_escape(const unsigned char *in, size_t i, size_t end,
    size_t *next)
{
    int     hi, lo;
    size_t  a, b;

    a = privacy_url_skip(in, i + 1, end);
    if (a == end || (hi = privacy_hex_value(in[a])) < 0) {
        return -1;
    }

    b = privacy_url_skip(in, a + 1, end);
    if (b == end || (lo = privacy_hex_value(in[b])) < 0) {
        return -1;
    }

    *next = b + 1;

    return hi << 4 | lo;
}


#if defined(PRIVACY_FIND_SSE2)

/* the bytes of v in [lo, hi] (lo > 0, hi - lo < 127) */
#define PRIVACY_URL_RANGE(v, lo, hi)                                          \
    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - (lo)))),     \
                   _mm_set1_epi8((char) (-128 + (hi) - (lo) + 1)))

#define PRIVACY_URL_EQ(v, c)  _mm_cmpeq_epi8(v, _mm_set1_epi8(c))


/*
 * The bytes that end a run of a path: every U_PATH byte but "." ("< 0x21"
 * as a signed compare takes the non-ASCII bytes too), and "$", "=", "|",
 * "~", which share ranges with them and are cheaper to stop at than to
 * exclude.  A "." matters only where a segment starts: *slash and *dot
 * get the bits of "/" and ".".
 */
PRIVACY_INLINE unsigned
privacy_url_path_stop(__m128i v, unsigned *slash, unsigned *dot)
{
    __m128i  m;

    m = _mm_cmplt_epi8(v, _mm_set1_epi8(0x21));
    m = _mm_or_si128(m, PRIVACY_URL_RANGE(v, 0x22, 0x25));     /* " # $ % */
    m = _mm_or_si128(m, PRIVACY_URL_RANGE(v, 0x3c, 0x3f));     /* < = > ? */
    m = _mm_or_si128(m, PRIVACY_URL_EQ(v, '\\'));
    m = _mm_or_si128(m, PRIVACY_URL_EQ(v, '`'));
    m = _mm_or_si128(m, PRIVACY_URL_RANGE(v, 0x7b, 0x7f));     /* { | } ~ */

    *slash = (unsigned) _mm_movemask_epi8(PRIVACY_URL_EQ(v, '/'));
    *dot = (unsigned) _mm_movemask_epi8(PRIVACY_URL_EQ(v, '.'));

    return (unsigned) _mm_movemask_epi8(m);
}


/* the bytes that end a run of a query: exactly the U_QUERY ones */
PRIVACY_INLINE unsigned
privacy_url_query_stop(__m128i v)
{
    __m128i  m;

    m = _mm_cmplt_epi8(v, _mm_set1_epi8(0x21));
    m = _mm_or_si128(m, PRIVACY_URL_RANGE(v, 0x22, 0x23));     /* " # */
    m = _mm_or_si128(m, PRIVACY_URL_EQ(v, '\''));
    m = _mm_or_si128(m, PRIVACY_URL_EQ(v, '<'));
    m = _mm_or_si128(m, PRIVACY_URL_EQ(v, '>'));
    m = _mm_or_si128(m, PRIVACY_URL_EQ(v, 0x7f));

    return (unsigned) _mm_movemask_epi8(m);
}


/* n < 16 bytes, in at most four moves */
PRIVACY_INLINE void
privacy_url_copy_short(unsigned char *d, const unsigned char *s, size_t n)
{
    uint64_t  a, b;
    uint32_t  x, y;

    if (n >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);

    } else if (n >= 4) {
        memcpy(&x, s, 4);
        memcpy(&y, s + n - 4, 4);
        memcpy(d, &x, 4);
        memcpy(d + n - 4, &y, 4);

    } else if (n) {
        d[0] = s[0];
        d[n / 2] = s[n / 2];
        d[n - 1] = s[n - 1];
    }
}

#endif


/*
 * Copies in[i .. lim) of a path to out as it is, up to the first byte that
 * may end the run: a U_PATH byte, or a "." that starts a segment (just
 * after a "/", out[-1] for the first byte); returns its index, or lim.
 * lim - i must be at most the room left in out.  With SSE2 16 bytes a step
 * (the last step loads the 16 bytes that end at lim, which are in the
 * input when lim >= 16), else a table lookup a byte.
 */
PRIVACY_INLINE size_t
privacy_url_path_run(const unsigned char *in, size_t i, size_t lim,
    unsigned char *out)
{
#if defined(PRIVACY_FIND_SSE2)
    size_t    r, k;
    unsigned  m, sl, dt, prev;
    __m128i   v;

    prev = (out[-1] == '/');

    while (lim - i >= 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) (in + i));
        m = privacy_url_path_stop(v, &sl, &dt);
        m |= dt & ((sl << 1) | prev);
        _mm_storeu_si128((__m128i *) (void *) out, v);

        if (m) {
            return i + (size_t) __builtin_ctz(m);
        }

        prev = sl >> 15;
        i += 16;
        out += 16;
    }

    r = lim - i;

    if (r && lim >= 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) (in + lim - 16));
        m = privacy_url_path_stop(v, &sl, &dt) >> (16 - r);
        m |= (dt >> (16 - r)) & (((sl >> (16 - r)) << 1) | prev);
        k = m ? (size_t) __builtin_ctz(m) : r;
        privacy_url_copy_short(out, in + i, k);

        return i + k;
    }
#endif

    while (i < lim && !(privacy_url_class[in[i]] & U_PATH)) {
        *out++ = in[i++];
    }

    return i;
}


/* the same for a query: up to the first U_QUERY byte */
PRIVACY_INLINE size_t
privacy_url_query_run(const unsigned char *in, size_t i, size_t lim,
    unsigned char *out)
{
#if defined(PRIVACY_FIND_SSE2)
    size_t    r, k;
    unsigned  m;
    __m128i   v;

    while (lim - i >= 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) (in + i));
        m = privacy_url_query_stop(v);
        _mm_storeu_si128((__m128i *) (void *) out, v);

        if (m) {
            return i + (size_t) __builtin_ctz(m);
        }

        i += 16;
        out += 16;
    }

    r = lim - i;

    if (r && lim >= 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) (in + lim - 16));
        m = privacy_url_query_stop(v) >> (16 - r);
        k = m ? (size_t) __builtin_ctz(m) : r;
        privacy_url_copy_short(out, in + i, k);

        return i + k;
    }
#endif

    while (i < lim && !(privacy_url_class[in[i]] & U_QUERY)) {
        *out++ = in[i++];
    }

    return i;
}


static void
privacy_url_put_pct(privacy_urlp_t *u, unsigned c)
{
    u->out[u->o] = '%';
    u->out[u->o + 1] = (unsigned char) privacy_url_hexdig[c >> 4];
    u->out[u->o + 2] = (unsigned char) privacy_url_hexdig[c & 0x0f];
    u->o += 3;
}


static size_t
privacy_url_put_dec(unsigned char *p, unsigned v)
{
    size_t         n, k;
    unsigned char  t[10];

    n = 0;

    do {
        t[n++] = (unsigned char) ('0' + v % 10);
        v /= 10;
    } while (v);

    for (k = 0; k < n; k++) {
        p[k] = t[n - 1 - k];
    }

    return n;
}


/*
 * The URL Standard's IPv4 number: decimal, "0x" hex or "0" octal; an empty
 * number after "0x" is 0.  Values past 2^32 saturate (they fail anyway).
 */
static int
privacy_url_ipv4_number(const unsigned char *p, size_t n, uint64_t *v)
{
    size_t    i;
    unsigned  radix;
    int       d;

    if (n == 0) {
        return -1;
    }

    radix = 10;

    if (n >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        radix = 16;
        p += 2;
        n -= 2;

    } else if (n >= 2 && p[0] == '0') {
        radix = 8;
        p++;
        n--;
    }

    *v = 0;

    for (i = 0; i < n; i++) {
        d = privacy_hex_value(p[i]);

        if (d < 0 || (unsigned) d >= radix) {
            return -1;
        }

        *v = *v * radix + (unsigned) d;

        if (*v > 0xffffffffULL) {
            *v = 0x100000000ULL;
        }
    }

    return 0;
}


/*
 * The host h[0 .. n) (ASCII, lowercase) as the URL Standard reads IPv4:
 * 0 when it does not end in a number (a domain), 1 with *addr when it is
 * an IPv4 address, -1 when it ends in a number but is no address.
 */
static int
privacy_url_ipv4(const unsigned char *h, size_t n, uint32_t *addr)
{
    size_t    e, s, k, parts;
    uint64_t  v, num[4];

    /* "ends in a number": the last label, after one empty one */

    e = n;

    if (e && h[e - 1] == '.') {
        e--;

        if (e == 0) {
            return 0;
        }
    }

    for (s = e; s > 0 && h[s - 1] != '.'; s--) { /* void */ }

    if (s == e) {
        return 0;
    }

    for (k = s; k < e && h[k] >= '0' && h[k] <= '9'; k++) { /* void */ }

    if (k < e && privacy_url_ipv4_number(h + s, e - s, &v) != 0) {
        return 0;
    }

    /* the IPv4 parser */

    parts = 0;
    s = 0;

    for (k = 0; k <= e; k++) {
        if (k < e && h[k] != '.') {
            continue;
        }

        if (parts == 4 || privacy_url_ipv4_number(h + s, k - s, &num[parts])
                          != 0)
        {
            return -1;
        }

        parts++;
        s = k + 1;
    }

    for (k = 0; k + 1 < parts; k++) {
        if (num[k] > 255) {
            return -1;
        }
    }

    if (num[parts - 1] >= (1ULL << (8 * (5 - parts)))) {
        return -1;
    }

    v = num[parts - 1];

    for (k = 0; k + 1 < parts; k++) {
        v += num[k] << (8 * (3 - k));
    }

    *addr = (uint32_t) v;

    return 1;
}


/* the URL Standard's IPv6 parser over p[0 .. n), the text in brackets */
static int
privacy_url_ipv6(const unsigned char *p, size_t n, unsigned a[8])
{
    int       compress, v4, d;
    size_t    i, len;
    unsigned  piece, value, seen, swaps, t;

    memset(a, 0, 8 * sizeof(unsigned));
    piece = 0;
    compress = -1;
    i = 0;

    if (n && p[0] == ':') {
        if (n < 2 || p[1] != ':') {
            return -1;
        }

        i = 2;
        piece = 1;
        compress = 1;
    }

    while (i < n) {
        if (piece == 8) {
            return -1;
        }

        if (p[i] == ':') {
            if (compress >= 0) {
                return -1;
            }

            i++;
            piece++;
            compress = (int) piece;
            continue;
        }

        value = 0;
        len = 0;

        while (len < 4 && i < n && (d = privacy_hex_value(p[i])) >= 0) {
            value = value * 16 + (unsigned) d;
            i++;
            len++;
        }

        if (i < n && p[i] == '.') {
            if (len == 0 || piece > 6) {
                return -1;
            }

            i -= len;
            seen = 0;

            while (i < n) {
                v4 = -1;

                if (seen > 0) {
                    if (p[i] != '.' || seen >= 4) {
                        return -1;
                    }

                    i++;
                }

                if (i == n || p[i] < '0' || p[i] > '9') {
                    return -1;
                }

                while (i < n && p[i] >= '0' && p[i] <= '9') {
                    if (v4 == 0) {
                        return -1;
                    }

                    v4 = (v4 < 0 ? 0 : v4 * 10) + (p[i] - '0');

                    if (v4 > 255) {
                        return -1;
                    }

                    i++;
                }

                a[piece] = a[piece] * 0x100 + (unsigned) v4;
                seen++;

                if (seen == 2 || seen == 4) {
                    piece++;
                }
            }

            if (seen != 4) {
                return -1;
            }

            break;
        }

        if (i < n && p[i] == ':') {
            i++;

            if (i == n) {
                return -1;
            }

        } else if (i < n) {
            return -1;
        }

        a[piece++] = value;
    }

    if (compress >= 0) {
        swaps = piece - (unsigned) compress;
        piece = 7;

        while (piece != 0 && swaps > 0) {
            t = a[piece];
            a[piece] = a[compress + swaps - 1];
            a[compress + swaps - 1] = t;
            piece--;
            swaps--;
        }

    } else if (piece != 8) {
        return -1;
    }

    return 0;
}


/* "[" IPv6 "]" as the URL Standard serializes it; at most 41 bytes */
static size_t
privacy_url_ipv6_put(unsigned char *p, const unsigned a[8])
{
    size_t        n;
    unsigned      i, k, best, bestlen, run;
    int           ignore0;
    unsigned char t[4];

    /* the first longest run of two or more zero pieces */

    best = 8;
    bestlen = 1;

    for (i = 0; i < 8; i = k) {
        for (k = i; k < 8 && a[k] == 0; k++) { /* void */ }

        run = k - i;

        if (run > bestlen) {
            best = i;
            bestlen = run;
        }

        if (k == i) {
            k++;
        }
    }

    n = 0;
    p[n++] = '[';
    ignore0 = 0;

    for (i = 0; i < 8; i++) {
        if (ignore0 && a[i] == 0) {
            continue;
        }

        ignore0 = 0;

        if (i == best) {
            if (i == 0) {
                p[n++] = ':';
            }

            p[n++] = ':';
            ignore0 = 1;
            continue;
        }

        k = 0;

        do {
            t[k] = (unsigned char) "0123456789abcdef"[a[i] >> (4 * k) & 0x0f];
            k++;
        } while (k < 4 && (a[i] >> (4 * k)) != 0);

        while (k) {
            p[n++] = t[--k];
        }

        if (i != 7) {
            p[n++] = ':';
        }
    }

    p[n++] = ']';

    return n;
}


#if defined(PRIVACY_URL_ICU)

/*
 * The UTS #46 errors ignored: those the URL Standard and Chromium ignore
 * (CheckHyphens and VerifyDnsLength are false), and the BiDi rule.  A host
 * some browser rejects is one it does not contact, so reading it anyway
 * costs nothing, while rejecting one that some browser does contact lets
 * it load: where browsers differ, the module reads the host.  Chromium
 * (ICU, CheckBidi) rejects "a.\u0661" and "a\u05d0.com", Ada (Node)
 * accepts them.
 */
#define PRIVACY_URL_IDNA_IGNORED                                              \
    (UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG                     \
     | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN          \
     | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4                   \
     | UIDNA_ERROR_BIDI)

static UIDNA  *privacy_url_uts46;
static int     privacy_url_uts46_failed;


int
privacy_url_idna_init(void)
{
    UErrorCode  err;

    if (privacy_url_uts46 != NULL) {
        return 0;
    }

    if (privacy_url_uts46_failed) {
        return -1;
    }

    /*
     * Nontransitional ("faß" is not "fass"), no STD3 rules, as in the URL
     * Standard and Chromium.  No CheckJoiners (the Standard sets it,
     * Chromium does not: "a\u200db.com" and emoji ZWJ sequences are
     * fetched by Chromium) and the BiDi rule's errors ignored (see
     * PRIVACY_URL_IDNA_IGNORED): the union of what browsers fetch.
     */
    err = U_ZERO_ERROR;
    privacy_url_uts46 = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII
                                        | UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                        &err);

    if (U_FAILURE(err) || privacy_url_uts46 == NULL) {
        privacy_url_uts46 = NULL;
        privacy_url_uts46_failed = 1;
        return -1;
    }

    return 0;
}


/*
 * UTS #46 ToASCII of out[h .. h + n) (UTF-8), written back at h; the new
 * length in *m.
 */
static int
privacy_url_idna(privacy_urlp_t *u, size_t h, size_t n, size_t *m)
{
    size_t      room;
    int32_t     len;
    uint32_t    errors;
    UIDNAInfo   info = UIDNA_INFO_INITIALIZER;
    UErrorCode  err;

    if (privacy_url_uts46 == NULL && privacy_url_idna_init() != 0) {
        return PRIVACY_URL_NOIDNA;
    }

    if (n > INT32_MAX) {
        return PRIVACY_URL_NOSPACE;
    }

    room = u->cap - (h + n);

    if (room > INT32_MAX) {
        room = INT32_MAX;
    }

    err = U_ZERO_ERROR;
    len = uidna_nameToASCII_UTF8(privacy_url_uts46,
                                 (const char *) u->out + h, (int32_t) n,
                                 (char *) u->out + h + n, (int32_t) room,
                                 &info, &err);

    errors = info.errors & ~(uint32_t) PRIVACY_URL_IDNA_IGNORED;

    if (err == U_BUFFER_OVERFLOW_ERROR && errors == 0) {
        return PRIVACY_URL_NOSPACE;
    }

    if (U_FAILURE(err) || errors != 0 || len <= 0) {
        return PRIVACY_URL_INVALID;
    }

    memmove(u->out + h, u->out + h + n, (size_t) len);
    *m = (size_t) len;

    return PRIVACY_URL_OK;
}

#else

int
privacy_url_idna_init(void)
{
    return -1;
}

#endif


/*
 * The end of every host: trailing dots off, IPv4 forms rewritten;
 * out[h .. u->o) is the lowercase ASCII domain.
 */
static int
privacy_url_host_end(privacy_urlp_t *u, size_t h)
{
    int            rc;
    size_t         n;
    uint32_t       a;
    unsigned char  c, t[16];

    n = u->o - h;

    if (n == 0) {
        return PRIVACY_URL_INVALID;
    }

    /*
     * "tracker.example." is the host "tracker.example" to DNS, and a name
     * with more trailing dots resolves to nothing: the rules see the name
     * without them.  They go before the IPv4 test, so that the output
     * reads back to itself.
     */
    while (n > 1 && u->out[h + n - 1] == '.') {
        n--;
        u->flags |= PRIVACY_URL_TRAILING_DOT;
    }

    c = u->out[h + n - 1];

    /* only a last label in digits, or "0x" and hex digits, is a number */
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == 'x') {
        rc = privacy_url_ipv4(u->out + h, n, &a);

        if (rc < 0) {
            return PRIVACY_URL_INVALID;
        }

        if (rc > 0) {
            n = privacy_url_put_dec(t, a >> 24);
            t[n++] = '.';
            n += privacy_url_put_dec(t + n, (a >> 16) & 0xff);
            t[n++] = '.';
            n += privacy_url_put_dec(t + n, (a >> 8) & 0xff);
            t[n++] = '.';
            n += privacy_url_put_dec(t + n, a & 0xff);

            if (u->cap - h < n) {
                return PRIVACY_URL_NOSPACE;
            }

            memcpy(u->out + h, t, n);
            u->flags |= PRIVACY_URL_IPV4;
        }
    }

    u->o = h + n;
    u->host_len = n;

    return PRIVACY_URL_OK;
}


/*
 * The URL Standard's host parser for a special URL, on in[s .. e) (tabs,
 * LF and CR still in it), written at u->o: IPv6 in brackets, else
 * percent-decoded, mapped by UTS #46 if not ASCII, checked for forbidden
 * domain code points and read as IPv4 if it ends in a number.
 */
static int
privacy_url_host(privacy_urlp_t *u, const unsigned char *in, size_t s,
    size_t e)
{
    int            d;
    size_t         h, n, k, next;
    unsigned       a[8], ascii;
    unsigned char  c, v6[48];

    h = u->o;
    s = privacy_url_skip(in, s, e);

    if (s < e && in[s] == '[') {
        /* at most 45 characters spell an IPv6 address */
        n = 0;

        for (k = s + 1; k < e; k++) {
            if (privacy_url_class[in[k]] & U_TAB) {
                continue;
            }

            if (n == sizeof(v6)) {
                return PRIVACY_URL_INVALID;
            }

            v6[n++] = in[k];
        }

        if (n == 0 || v6[n - 1] != ']'
            || privacy_url_ipv6(v6, n - 1, a) != 0)
        {
            return PRIVACY_URL_INVALID;
        }

        n = privacy_url_ipv6_put(v6, a);

        if (u->cap - h < n) {
            return PRIVACY_URL_NOSPACE;
        }

        memcpy(u->out + h, v6, n);
        u->host_len = n;
        u->o = h + n;
        u->flags |= PRIVACY_URL_IPV6;

        return PRIVACY_URL_OK;
    }

    /* percent-decoded, without tabs */

    n = 0;
    ascii = 1;

    for (k = s; k < e; k++) {
        c = in[k];

        if (privacy_url_class[c] & U_TAB) {
            continue;
        }

        if (c == '%') {
            d = privacy_url_escape(in, k, e, &next);

            if (d >= 0) {
                c = (unsigned char) d;
                k = next - 1;
                u->flags |= PRIVACY_URL_IDNA;
            }
        }

        if (u->cap - h == n) {
            return PRIVACY_URL_NOSPACE;
        }

        u->out[h + n++] = c;

        if (c >= 0x80) {
            ascii = 0;
        }
    }

    if (!ascii) {
        u->flags |= PRIVACY_URL_IDNA;

#if defined(PRIVACY_URL_ICU)
        {
            int     rc;
            size_t  m;

            rc = privacy_url_idna(u, h, n, &m);

            if (rc != PRIVACY_URL_OK) {
                return rc;
            }

            n = m;
        }
#else
        return PRIVACY_URL_NOIDNA;
#endif
    }

    /* ToASCII of ASCII is lowercasing; then the forbidden code points */

    for (k = 0; k < n; k++) {
        c = privacy_url_host_map[u->out[h + k]];

        if (c <= 1) {
            return PRIVACY_URL_INVALID;
        }

        u->out[h + k] = c;
    }

    u->o = h + n;

    return privacy_url_host_end(u, h);
}


/*
 * The authority from in[i] up to its end (the first "/", "\", "?", "#",
 * or end), which goes to *next: the host after the last "@", then the
 * port after the first ":" outside brackets.
 */
static int
privacy_url_authority(privacy_urlp_t *u, const unsigned char *in, size_t i,
    size_t end, size_t *next)
{
    int            rc, brackets;
    size_t         j, k, hs, colon;
    unsigned       v, digits;
    unsigned char  c, t[8];

    hs = i;

    for (j = i; j < end; j++) {
        c = in[j];

        if (c == '/' || c == '\\' || c == '?' || c == '#') {
            break;
        }

        if (c == '@') {
            hs = j + 1;
        }
    }

    *next = j;

    brackets = 0;
    colon = j;

    for (k = hs; k < j; k++) {
        if (in[k] == '[') {
            brackets = 1;

        } else if (in[k] == ']') {
            brackets = 0;

        } else if (in[k] == ':' && !brackets) {
            colon = k;
            break;
        }
    }

    if (privacy_url_skip(in, hs, colon) == colon) {
        return PRIVACY_URL_INVALID;
    }

    rc = privacy_url_host(u, in, hs, colon);

    if (rc != PRIVACY_URL_OK || colon == j) {
        return rc;
    }

    v = 0;
    digits = 0;

    for (k = colon + 1; k < j; k++) {
        c = in[k];

        if (privacy_url_class[c] & U_TAB) {
            continue;
        }

        if (c < '0' || c > '9') {
            return PRIVACY_URL_INVALID;
        }

        v = v * 10 + (c - '0');

        if (v > 65535) {
            return PRIVACY_URL_INVALID;
        }

        digits = 1;
    }

    if (digits && v != (u->scheme == PRIVACY_URL_HTTPS ? 443 : 80)) {
        t[0] = ':';
        k = 1 + privacy_url_put_dec(t + 1, v);

        if (u->cap - u->o < k) {
            return PRIVACY_URL_NOSPACE;
        }

        memcpy(u->out + u->o, t, k);
        u->o += k;
        u->port = v;
        u->flags |= PRIVACY_URL_PORT;
    }

    return PRIVACY_URL_OK;
}


/*
 * A dot segment at in[i] ("." or "%2e", tabs ignored): 1 for ".", 2 for
 * "..", 0 when the segment is something else; *term is where it ends ("/",
 * "\", "?", "#" or end).
 */
static unsigned
privacy_url_dots(const unsigned char *in, size_t i, size_t end, size_t *term)
{
    size_t    next;
    unsigned  n;

    n = 0;

    for ( ;; ) {
        i = privacy_url_skip(in, i, end);

        if (i == end || in[i] == '/' || in[i] == '\\' || in[i] == '?'
            || in[i] == '#')
        {
            break;
        }

        if (in[i] == '.') {
            i++;

        } else if (in[i] == '%' && privacy_url_escape(in, i, end, &next)
                                   == '.')
        {
            i = next;

        } else {
            return 0;
        }

        if (++n > 2) {
            return 0;
        }
    }

    *term = i;

    return n;
}


/*
 * The path from in[i], whose "/" is written (out[u->o - 1] is "/"), up to
 * "?", "#" or end (*next).  PRIVACY_URL_TRUNCATED when out is full.
 */
static int
privacy_url_path(privacy_urlp_t *u, const unsigned char *in, size_t i,
    size_t end, size_t *next)
{
    int            d;
    size_t         j, k, lim;
    unsigned       dots;
    unsigned char  c;

    for ( ;; ) {
        /* a run of bytes copied as they are */

        lim = (end - i <= u->cap - u->o) ? end : i + (u->cap - u->o);
        j = privacy_url_path_run(in, i, lim, u->out + u->o);

        u->o += j - i;
        i = j;

        if (i == end) {
            break;
        }

        if (i == lim) {
            *next = i;
            return PRIVACY_URL_TRUNCATED;
        }

        c = in[i];

        if (!(privacy_url_class[c] & U_PATH)) {
            /* "$", "=", "|", "~" end a run but are copied as they are */
            u->out[u->o++] = c;
            i++;
            continue;
        }

        if (c == '?' || c == '#') {
            break;
        }

        if (privacy_url_class[c] & U_TAB) {
            i++;
            continue;
        }

        if (c == '\\') {
            u->out[u->o++] = '/';
            i++;
            continue;
        }

        d = c;
        k = i + 1;

        if (c == '%') {
            d = privacy_url_escape(in, i, end, &k);

            if (d < 0 || !(privacy_url_class[d] & U_UNRES)) {
                if (u->cap - u->o < 3) {
                    *next = i;
                    return PRIVACY_URL_TRUNCATED;
                }

                /* "%" alone is "%25": decoding never makes an escape */
                privacy_url_put_pct(u, d < 0 ? '%' : (unsigned) d);
                i = (d < 0) ? i + 1 : k;
                continue;
            }
        }

        if (d == '.' && u->out[u->o - 1] == '/') {
            dots = privacy_url_dots(in, i, end, &j);

            if (dots) {
                if (dots == 2 && u->o - 1 > u->path) {
                    /* the previous segment goes, up to its "/" */
                    for (u->o -= 2; u->out[u->o] != '/'; u->o--) {
                        /* void */
                    }

                    u->o++;
                }

                /* the "/" after the segment is written already */
                i = (j < end && (in[j] == '/' || in[j] == '\\')) ? j + 1 : j;
                continue;
            }
        }

        if (privacy_url_class[d] & U_UNRES) {
            u->out[u->o++] = (unsigned char) d;
            i = k;
            continue;
        }

        /* the path percent-encode set, and every non-ASCII byte */

        if (u->cap - u->o < 3) {
            *next = i;
            return PRIVACY_URL_TRUNCATED;
        }

        privacy_url_put_pct(u, c);
        i++;
    }

    *next = i;

    return PRIVACY_URL_OK;
}


/* the query from the "?" at in[i] up to "#" or end */
static int
privacy_url_query(privacy_urlp_t *u, const unsigned char *in, size_t i,
    size_t end)
{
    size_t         j, lim;
    unsigned char  c;

    if (u->o == u->cap) {
        return PRIVACY_URL_TRUNCATED;
    }

    u->query = u->o;
    u->out[u->o++] = '?';
    i++;

    for ( ;; ) {
        lim = (end - i <= u->cap - u->o) ? end : i + (u->cap - u->o);
        j = privacy_url_query_run(in, i, lim, u->out + u->o);

        u->o += j - i;
        i = j;

        if (i == end) {
            return PRIVACY_URL_OK;
        }

        if (i == lim) {
            return PRIVACY_URL_TRUNCATED;
        }

        c = in[i];

        if (c == '#') {
            return PRIVACY_URL_OK;
        }

        if (privacy_url_class[c] & U_TAB) {
            i++;
            continue;
        }

        if (u->cap - u->o < 3) {
            return PRIVACY_URL_TRUNCATED;
        }

        privacy_url_put_pct(u, c);
        i++;
    }
}


/* the path from in[i] (after the authority or its first "/"), the query */
static int
privacy_url_rest(privacy_urlp_t *u, const unsigned char *in, size_t i,
    size_t end)
{
    int  rc;

    rc = privacy_url_path(u, in, i, end, &i);

    if (rc == PRIVACY_URL_OK && i < end && in[i] == '?') {
        rc = privacy_url_query(u, in, i, end);
    }

    return rc;
}


/*
 * n bytes of the base: its "//host[:port]" must fit, the rest is cut at
 * cap (never inside an escape).
 */
static int
privacy_url_copy_base(privacy_urlp_t *u, const privacy_url_t *base, size_t n)
{
    u->scheme = base->scheme;
    u->host_len = base->host_len;
    u->port = base->port;
    u->flags = base->flags & ~(unsigned) PRIVACY_URL_CUT;
    u->path = base->path;

    if (u->cap < base->path + 1) {
        return PRIVACY_URL_NOSPACE;
    }

    if (n > base->query) {
        u->query = base->query;
    }

    if (n > u->cap) {
        n = u->cap;

        if (u->query >= n) {
            u->query = 0;
        }

        if (base->data[n - 1] == '%') {
            n--;

        } else if (base->data[n - 2] == '%') {
            n -= 2;
        }

        memcpy(u->out, base->data, n);
        u->o = n;

        return PRIVACY_URL_TRUNCATED;
    }

    memcpy(u->out, base->data, n);
    u->o = n;

    return PRIVACY_URL_OK;
}


static void
privacy_url_result(privacy_urlp_t *u, int rc, privacy_url_t *url)
{
    url->data = u->out;
    url->len = u->o;
    url->host_len = u->host_len;
    url->path = u->path;
    url->query = u->query ? u->query : u->o;
    url->port = u->port;
    url->scheme = u->scheme;
    url->flags = u->flags | (rc == PRIVACY_URL_TRUNCATED ? PRIVACY_URL_CUT
                                                          : 0);
}


/* a byte of a scheme: letters, digits, "+", "-", "." (the first a letter) */
PRIVACY_INLINE int
privacy_url_scheme_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
           || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}


/*
 * The scheme at in[*pi]: 0 when there is none (a relative URL), else
 * PRIVACY_URL_HTTP, PRIVACY_URL_HTTPS or PRIVACY_URL_SCHEME_OTHER, with *pi
 * after its ":".
 */
static unsigned
privacy_url_scheme(const unsigned char *in, size_t *pi, size_t end)
{
    size_t         i, n;
    unsigned char  c, s[6];

    i = *pi;

    if (i == end || (unsigned) ((in[i] | 0x20) - 'a') > 'z' - 'a') {
        return 0;
    }

    n = 0;

    for ( /* void */ ; i < end; i++) {
        c = in[i];

        if (privacy_url_scheme_byte(c)) {
            /* "| 0x20" keeps digits, "+", "-", "." as they are */
            if (n < sizeof(s)) {
                s[n] = c | 0x20;
            }

            n++;
            continue;
        }

        if (c == ':') {
            break;
        }

        if (!(privacy_url_class[c] & U_TAB)) {
            return 0;
        }
    }

    if (i == end) {
        return 0;
    }

    *pi = i + 1;

    if (n == 4 && memcmp(s, "http", 4) == 0) {
        return PRIVACY_URL_HTTP;
    }

    if (n == 5 && memcmp(s, "https", 5) == 0) {
        return PRIVACY_URL_HTTPS;
    }

    return PRIVACY_URL_SCHEME_OTHER;
}

#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int privacy_url_general(const unsigned char *in, size_t i, size_t end,
    const privacy_url_t *base, unsigned char *out, size_t cap,
    privacy_url_t *url);


#if defined(PRIVACY_FIND_SSE2)

#define PRIVACY_URL_SLOW  -100

/*
 * The common URL in one pass, in locals: "http(s)://host/path?query",
 * "//host/path?query", "/path?query" (base's host) or "dir/file?query"
 * (base's directory, leading "./" and "../" applied), ASCII, with a host
 * of plain lowercase-able bytes that is no IPv4 form and has no trailing
 * dot, no port or userinfo, and a path and query the browser sends as
 * they are (no escape to decode, dot segment, backslash, tab or byte to
 * encode; an escape that stays is written in capitals), up to a "#".
 * Anything else is PRIVACY_URL_SLOW: the general code starts over, so the
 * two must agree, which the tests check by making the general code read
 * each URL too (a tab inserted after its first byte).
 */
static int
privacy_url_fast(const unsigned char *in, size_t i, size_t end,
    const privacy_url_t *base, unsigned char *out, size_t cap,
    privacy_url_t *url)
{
    int            hi, lo;
    size_t         o, h, k, path, query;
    uint64_t       w;
    unsigned       m, scheme, flags, port;
    unsigned char  c;
    __m128i        v, a;

    /* room for everything and for 16-byte stores, whatever comes */
    if (end - i < 2 || cap < end - i + (base ? base->len : 0) + 32) {
        return PRIVACY_URL_SLOW;
    }

    /* under 8 bytes no scheme fits: "/a.js", "//a.b/c" */
    w = 0;

    if (end - i >= 8) {
        memcpy(&w, in + i, 8);
    }

    if ((w | 0x0000002020202020ULL) == 0x2f2f3a7370747468ULL) {
        scheme = PRIVACY_URL_HTTPS;
        i += 8;

    } else if (((w | 0x20202020ULL) & 0x00ffffffffffffffULL)
               == 0x002f2f3a70747468ULL)
    {
        scheme = PRIVACY_URL_HTTP;
        i += 7;

    } else if (base == NULL || in[i] == '\\'
               || (in[i] == '/' && in[i + 1] == '\\'))
    {
        return PRIVACY_URL_SLOW;

    } else if (in[i] != '/') {
        /*
         * "dir/file": the base's directory, then the path; not a scheme
         * ("mailto:"), a query or fragment alone, or a base cut short
         */
        if (in[i] == '?' || in[i] == '#' || (base->flags & PRIVACY_URL_CUT)) {
            return PRIVACY_URL_SLOW;
        }

        for (k = i; k < end && privacy_url_scheme_byte(in[k]); k++) {
            /* void */
        }

        if (k < end && (in[k] == ':' || (privacy_url_class[in[k]] & U_TAB))) {
            return PRIVACY_URL_SLOW;
        }

        for (o = base->query; base->data[o - 1] != '/'; o--) { /* void */ }

        /* leading "./" and "../": the directory, or its parent */
        while (end - i >= 2 && in[i] == '.') {
            if (in[i + 1] == '/') {
                i += 2;

            } else if (end - i >= 3 && in[i + 1] == '.' && in[i + 2] == '/') {
                if (o - 1 > base->path) {
                    for (o--; base->data[o - 1] != '/'; o--) { /* void */ }
                }

                i += 3;

            } else {
                break;
            }
        }

        memcpy(out, base->data, o);
        path = base->path;
        scheme = base->scheme;
        port = base->port;
        flags = base->flags;
        h = base->host_len;
        goto path;

    } else if (in[i + 1] == '/') {
        scheme = base->scheme;
        i += 2;

    } else {
        /* "/path": the base's "//host[:port]" */
        memcpy(out, base->data, base->path);
        o = base->path;
        path = o;
        scheme = base->scheme;
        port = base->port;
        flags = base->flags & ~(unsigned) PRIVACY_URL_CUT;
        h = base->host_len;
        out[o++] = '/';
        i++;
        goto path;
    }

    /* the host, lowercased 16 bytes a step */

    out[0] = '/';
    out[1] = '/';
    o = 2;
    k = i;

    while (end - k >= 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) (in + k));

        /* letters (either case), digits, "-", ".": all else ends it */
        a = PRIVACY_URL_RANGE(_mm_or_si128(v, _mm_set1_epi8(0x20)),
                              'a', 'z');
        m = (unsigned) _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a,
                            PRIVACY_URL_RANGE(v, '0', '9')),
                            _mm_or_si128(PRIVACY_URL_EQ(v, '-'),
                                         PRIVACY_URL_EQ(v, '.'))))
            ^ 0xffff;
        v = _mm_or_si128(v, _mm_and_si128(a, _mm_set1_epi8(0x20)));
        _mm_storeu_si128((__m128i *) (void *) (out + o), v);

        if (m) {
            k += (size_t) __builtin_ctz(m);
            goto host;
        }

        k += 16;
        o += 16;
    }

    for ( /* void */ ; k < end; k++) {
        c = privacy_url_host_map[in[k]];

        if (c <= 1) {
            break;
        }

        out[o++] = c;
    }

host:

    h = k - i;
    o = 2 + h;
    i = k;

    if (h == 0 || (i < end && in[i] != '/' && in[i] != '?')) {
        return PRIVACY_URL_SLOW;
    }

    /* a trailing dot, or a last label that may be a number */
    c = out[o - 1];

    if (c == '.' || (c >= '0' && c <= '9')) {
        return PRIVACY_URL_SLOW;
    }

    if ((c >= 'a' && c <= 'f') || c == 'x') {
        for (k = o; k > 2 && out[k - 1] != '.'; k--) { /* void */ }

        if (out[k] == '0') {
            return PRIVACY_URL_SLOW;
        }
    }

    port = 0;
    flags = 0;
    path = o;
    out[o++] = '/';

    if (i < end && in[i] == '/') {
        i++;
    }

path:

    /* runs of the path; "$", "=", "|", "~" end a run but are plain */

    for ( ;; ) {
        k = privacy_url_path_run(in, i, end, out + o);
        o += k - i;
        i = k;

        if (i == end || in[i] == '?' || in[i] == '#') {
            break;
        }

        if (in[i] == '%') {
            /* an escape of a byte that is not unreserved stays, in
               capitals; one to decode is the general reading's */
            if (end - i < 3 || (hi = privacy_hex_value(in[i + 1])) < 0
                || (lo = privacy_hex_value(in[i + 2])) < 0
                || (privacy_url_class[hi << 4 | lo] & U_UNRES))
            {
                return PRIVACY_URL_SLOW;
            }

            out[o++] = '%';
            out[o++] = (unsigned char) privacy_url_hexdig[hi];
            out[o++] = (unsigned char) privacy_url_hexdig[lo];
            i += 3;
            continue;
        }

        /* a "." is plain but where a segment starts (a short run stops
           at every one) */
        if ((privacy_url_class[in[i]] & U_PATH)
            && (in[i] != '.' || out[o - 1] == '/'))
        {
            return PRIVACY_URL_SLOW;
        }

        out[o++] = in[i++];
    }

    query = 0;

    if (i < end && in[i] == '?') {
        query = o;
        out[o++] = '?';
        i++;

        k = privacy_url_query_run(in, i, end, out + o);
        o += k - i;

        if (k < end && in[k] != '#') {
            return PRIVACY_URL_SLOW;
        }
    }

    url->data = out;
    url->len = o;
    url->host_len = h;
    url->path = path;
    url->query = query ? query : o;
    url->port = port;
    url->scheme = scheme;
    url->flags = flags;

    return PRIVACY_URL_OK;
}

#endif


int
privacy_url_parse(const unsigned char *in, size_t len,
    const privacy_url_t *base, unsigned char *out, size_t cap,
    privacy_url_t *url)
{
    size_t  i, end;

    if (base != NULL && base->scheme == 0) {
        base = NULL;
    }

    i = 0;
    end = len;

    while (i < end && in[i] <= 0x20) {
        i++;
    }

    while (end > i && in[end - 1] <= 0x20) {
        end--;
    }

#if defined(PRIVACY_FIND_SSE2)
    {
        int  rc;

        rc = privacy_url_fast(in, i, end, base, out, cap, url);

        if (rc != PRIVACY_URL_SLOW) {
            return rc;
        }
    }
#endif

    return privacy_url_general(in, i, end, base, out, cap, url);
}


/* the URL Standard's states, for in[i .. end), trimmed */
static int
privacy_url_general(const unsigned char *in, size_t i, size_t end,
    const privacy_url_t *base, unsigned char *out, size_t cap,
    privacy_url_t *url)
{
    int             rc;
    size_t          j, k, lim;
    unsigned        scheme;
    unsigned char   c;
    privacy_urlp_t  u;

    memset(&u, 0, sizeof(privacy_urlp_t));
    u.out = out;
    u.cap = cap;

    scheme = privacy_url_scheme(in, &i, end);

    if (scheme == PRIVACY_URL_SCHEME_OTHER) {
        return PRIVACY_URL_OTHER;
    }

    if (scheme == 0 || (base && base->scheme == scheme)) {
        /* relative, or "http:" with an http base: "//" still makes a host */

        if (base == NULL || base->scheme == 0) {
            return scheme ? PRIVACY_URL_INVALID : PRIVACY_URL_OTHER;
        }

        k = privacy_url_skip(in, i, end);
        c = (k < end) ? in[k] : 0;

        if (c == '/' || c == '\\') {
            /* a second slash, "/" or "\\", makes it scheme-relative */
            j = privacy_url_skip(in, k + 1, end);

            if (j < end && (in[j] == '/' || in[j] == '\\')) {
                goto authority;
            }

            rc = privacy_url_copy_base(&u, base, base->path);
            if (rc != PRIVACY_URL_OK) {
                return rc;
            }

            goto path;
        }

        if (k == end || c == '#') {
            rc = privacy_url_copy_base(&u, base, base->len);
            privacy_url_result(&u, rc, url);
            return rc;
        }

        if (c == '?') {
            rc = privacy_url_copy_base(&u, base, base->query);
            if (rc == PRIVACY_URL_OK) {
                rc = privacy_url_query(&u, in, k, end);
            }

            if (rc == PRIVACY_URL_OK || rc == PRIVACY_URL_TRUNCATED) {
                privacy_url_result(&u, rc, url);
            }

            return rc;
        }

        /* a path relative to the base's directory */

        for (j = base->query; base->data[j - 1] != '/'; j--) { /* void */ }

        rc = privacy_url_copy_base(&u, base, j);
        if (rc == PRIVACY_URL_OK) {
            rc = privacy_url_rest(&u, in, k, end);
        }

        if (rc == PRIVACY_URL_OK || rc == PRIVACY_URL_TRUNCATED) {
            privacy_url_result(&u, rc, url);
        }

        return rc;
    }

    u.scheme = scheme;

authority:

    /* any number of "/" and "\" before the host */

    while (i < end && (in[i] == '/' || in[i] == '\\'
                       || (privacy_url_class[in[i]] & U_TAB)))
    {
        i++;
    }

    if (u.scheme == 0) {
        u.scheme = base->scheme;
    }

    if (cap < 3) {
        return PRIVACY_URL_NOSPACE;
    }

    out[0] = '/';
    out[1] = '/';
    u.o = 2;

    /* the common host: lowercase, no "@", ":", "%", tab or non-ASCII */

    lim = (end - i <= cap - 2) ? end : i + (cap - 2);

    for (j = i; j < lim; j++) {
        c = privacy_url_host_map[in[j]];

        if (c <= 1) {
            break;
        }

        out[2 + j - i] = c;
    }

    if (j < lim ? privacy_url_host_map[in[j]] == 0 : j == end) {
        u.o = 2 + j - i;
        rc = privacy_url_host_end(&u, 2);
        i = j;

    } else {
        u.o = 2;
        rc = privacy_url_authority(&u, in, i, end, &i);
    }

    if (rc != PRIVACY_URL_OK) {
        return rc;
    }

    u.path = u.o;

    if (u.o == cap) {
        privacy_url_result(&u, PRIVACY_URL_TRUNCATED, url);
        return PRIVACY_URL_TRUNCATED;
    }

    out[u.o++] = '/';

    if (i < end && (in[i] == '/' || in[i] == '\\')) {
        i++;
    }

    rc = privacy_url_rest(&u, in, i, end);
    privacy_url_result(&u, rc, url);

    return rc;

path:

    /* "/x" (or "http:/x" with an http base): the base's host, this path */

    if (u.o == cap) {
        privacy_url_result(&u, PRIVACY_URL_TRUNCATED, url);
        return PRIVACY_URL_TRUNCATED;
    }

    out[u.o++] = '/';

    rc = privacy_url_rest(&u, in, k + 1, end);
    privacy_url_result(&u, rc, url);

    return rc;
}


int
privacy_url_document(unsigned scheme, const unsigned char *host,
    size_t host_len, const unsigned char *uri, size_t uri_len,
    unsigned char *out, size_t cap, privacy_url_t *doc)
{
    int             rc;
    size_t          i;
    privacy_urlp_t  u;

    if (scheme != PRIVACY_URL_HTTP && scheme != PRIVACY_URL_HTTPS) {
        return PRIVACY_URL_OTHER;
    }

    memset(&u, 0, sizeof(privacy_urlp_t));
    u.out = out;
    u.cap = cap;
    u.scheme = scheme;

    if (cap < 3) {
        return PRIVACY_URL_NOSPACE;
    }

    out[0] = '/';
    out[1] = '/';
    u.o = 2;

    rc = privacy_url_authority(&u, host, 0, host_len, &i);

    if (rc != PRIVACY_URL_OK) {
        return rc;
    }

    u.path = u.o;

    if (u.o == cap) {
        privacy_url_result(&u, PRIVACY_URL_TRUNCATED, doc);
        return PRIVACY_URL_TRUNCATED;
    }

    out[u.o++] = '/';
    i = (uri_len && (uri[0] == '/' || uri[0] == '\\')) ? 1 : 0;

    rc = privacy_url_rest(&u, uri, i, uri_len);
    privacy_url_result(&u, rc, doc);

    return rc;
}
