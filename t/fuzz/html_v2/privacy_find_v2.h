/*
 * A frozen copy of the scanner as of commit c939bf8 (every report flag:
 * REPORT_HEAD, STYLE, STYLE_ATTR, NOSCRIPT_END; svg/math; the noscript
 * rule), symbols renamed privacy_html_v2_* (privacy_find_v2_*).  Used only
 * by t/fuzz/fuzz_html_diff.c, which checks that the current scanner gives
 * exactly the same events.  Do not fix or change it: it is the reference.
 */

/*
 * privacy_find_v2.h: the first occurrence of a byte in a short span.
 *
 * The spans searched by the HTML scanner and the Set-Cookie parser are
 * mostly short (">\n  <", "/p/17", "; Path=/"), where a libc call costs
 * more than the search: look at up to 64 bytes, 16 at a time (SSE2,
 * baseline on x86-64), or 16 bytes as two words (SWAR, other little-endian
 * GCC/clang targets) first, then memchr().
 */

#ifndef PRIVACY_FIND_V2_H
#define PRIVACY_FIND_V2_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && defined(__SSE2__)
#include <emmintrin.h>
#define PRIVACY_FIND_V2_SSE2  1
#elif defined(__GNUC__) && defined(__BYTE_ORDER__)                           \
      && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define PRIVACY_FIND_V2_SWAR  1
#endif

#if defined(__GNUC__)
#define PRIVACY_V2_INLINE  static inline __attribute__((always_inline))
#else
#define PRIVACY_V2_INLINE  static inline
#endif


/* the index of the first c in p[i .. lim), or lim */
PRIVACY_V2_INLINE size_t
privacy_find_v2_byte(const unsigned char *p, size_t i, size_t lim,
    unsigned char c)
{
    const unsigned char  *q;

#if defined(PRIVACY_FIND_V2_SSE2)
    unsigned  m, n;
    __m128i   v, k;

    k = _mm_set1_epi8((char) c);

    for (n = 0; n < 4 && lim - i >= 16; n++, i += 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) (p + i));
        m = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, k));
        if (m) {
            return i + (size_t) __builtin_ctz(m);
        }
    }

#elif defined(PRIVACY_FIND_V2_SWAR)
    /* the lowest flagged byte is exact; higher ones may be false */
    uint64_t  x, m;

    if (lim - i >= 16) {
        memcpy(&x, p + i, 8);
        x ^= 0x0101010101010101ULL * c;
        m = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
        if (m) {
            return i + ((size_t) __builtin_ctzll(m) >> 3);
        }
        memcpy(&x, p + i + 8, 8);
        x ^= 0x0101010101010101ULL * c;
        m = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
        if (m) {
            return i + 8 + ((size_t) __builtin_ctzll(m) >> 3);
        }
        i += 16;
    }
#endif

    q = memchr(p + i, c, lim - i);

    return q ? (size_t) (q - p) : lim;
}


/* whether s[0 .. n), n >= 1, occurs in p[0 .. len) (memmem is not C99) */
static inline int
privacy_find_v2_str(const unsigned char *p, size_t len, const unsigned char *s,
    size_t n)
{
    const unsigned char  *q, *end;

    if (n == 0 || len < n) {
        return n == 0;
    }

    end = p + len - n + 1;

    while (p < end) {
        q = memchr(p, s[0], (size_t) (end - p));
        if (q == NULL) {
            return 0;
        }

        if (memcmp(q + 1, s + 1, n - 1) == 0) {
            return 1;
        }

        p = q + 1;
    }

    return 0;
}

#endif /* PRIVACY_FIND_V2_H */
