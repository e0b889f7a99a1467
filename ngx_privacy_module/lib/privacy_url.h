/*
 * privacy_url.h: the host of a URL, lowercased on the way, for the rules.
 *
 * Every URL of a page (a few hundred per page, most of them first-party)
 * is copied into a work buffer with its host lowercased before the host
 * rules and URL regexes look at it.  A byte loop with three compares and a
 * table lookup per byte cost more than the lookups that follow; this does
 * 16 bytes per step where SSE2 is there.  No nginx.
 */

#ifndef PRIVACY_URL_H
#define PRIVACY_URL_H

#include <stddef.h>
#include <string.h>

#include "privacy_find.h"


/*
 * Copies src[0 .. len) to dst, the host part (up to the first "/", "?" or
 * "#", or the end) in ASCII lowercase and, when rest is set, the rest as it
 * is; returns the host's length.  dst has room for len bytes and does not
 * overlap src; without rest, what follows the host in dst is undefined.
 */
PRIVACY_INLINE size_t
privacy_url_host_copy(const unsigned char *src, size_t len,
    unsigned char *dst, int rest)
{
    size_t         i;
    unsigned char  c;

    i = 0;

#if defined(PRIVACY_FIND_SSE2)
    {
        unsigned  m;
        __m128i   v, upper;

        for ( /* void */ ; len - i >= 16; i += 16) {
            v = _mm_loadu_si128((const __m128i *) (const void *) (src + i));

            m = (unsigned) _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
                    _mm_cmpeq_epi8(v, _mm_set1_epi8('/')),
                    _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))),
                    _mm_cmpeq_epi8(v, _mm_set1_epi8('#'))));

            /* signed compares: bytes from 0x80 are negative, never upper */
            upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                  _mm_cmpgt_epi8(_mm_set1_epi8('Z' + 1), v));
            v = _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));

            _mm_storeu_si128((__m128i *) (void *) (dst + i), v);

            if (m) {
                /* the bytes after the host were lowercased too: recopy */
                i += (size_t) __builtin_ctz(m);

                if (rest) {
                    memcpy(dst + i, src + i, len - i);
                }

                return i;
            }
        }
    }
#endif

    for ( /* void */ ; i < len; i++) {
        c = src[i];

        if (c == '/' || c == '?' || c == '#') {
            if (rest) {
                memcpy(dst + i, src + i, len - i);
            }

            return i;
        }

        dst[i] = (c >= 'A' && c <= 'Z') ? (unsigned char) (c | 0x20) : c;
    }

    return len;
}


PRIVACY_INLINE size_t
privacy_url_host_lower(const unsigned char *src, size_t len,
    unsigned char *dst)
{
    return privacy_url_host_copy(src, len, dst, 1);
}

#endif /* PRIVACY_URL_H */
