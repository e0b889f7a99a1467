/*
 * privacy_find.h: the first occurrence of a byte in a short span.
 *
 * The spans searched by the HTML scanner and the Set-Cookie parser are
 * mostly short (">\n  <", "/p/17", "; Path=/"), where a libc call costs
 * more than the search: look at up to 64 bytes, 16 at a time (SSE2,
 * baseline on x86-64), or 16 bytes as two words (SWAR, other little-endian
 * GCC/clang targets) first, then memchr().
 */

#ifndef PRIVACY_FIND_H
#define PRIVACY_FIND_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__) && defined(__SSE2__)
#include <emmintrin.h>
#define PRIVACY_FIND_SSE2  1
#elif defined(__GNUC__) && defined(__BYTE_ORDER__)                           \
      && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define PRIVACY_FIND_SWAR  1
#endif

#if defined(__GNUC__)
#define PRIVACY_INLINE  static inline __attribute__((always_inline))
#else
#define PRIVACY_INLINE  static inline
#endif


/* ASCII whitespace as HTML and the URL Standard count it */
PRIVACY_INLINE int
privacy_ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}


/* the index of the first c in p[i .. lim), or lim */
PRIVACY_INLINE size_t
privacy_find_byte(const unsigned char *p, size_t i, size_t lim,
    unsigned char c)
{
    const unsigned char  *q;

#if defined(PRIVACY_FIND_SSE2)
    unsigned  m;
    __m128i   k;

    k = _mm_set1_epi8((char) c);

#define PRIVACY_FIND_16(o)                                                    \
    m = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(                          \
            _mm_loadu_si128((const __m128i *) (const void *) (p + i + (o))), \
            k));                                                              \
    if (m) {                                                                  \
        return i + (o) + (size_t) __builtin_ctz(m);                           \
    }

    if (lim - i >= 64) {
        /* unrolled: no loop counter, one bound check */
        PRIVACY_FIND_16(0)
        PRIVACY_FIND_16(16)
        PRIVACY_FIND_16(32)
        PRIVACY_FIND_16(48)
        i += 64;

    } else {
        while (lim - i >= 16) {
            PRIVACY_FIND_16(0)
            i += 16;
        }
    }

#undef PRIVACY_FIND_16

#elif defined(PRIVACY_FIND_SWAR)
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
privacy_find_str(const unsigned char *p, size_t len, const unsigned char *s,
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

#endif /* PRIVACY_FIND_H */
