/*
 * privacy_srcset.h: the URLs of a srcset or ping list, split as the
 * browser splits them.  No nginx.
 *
 * srcset (img, source, link imagesrcset: HTML's "parse a srcset
 * attribute"): ASCII whitespace and commas before a candidate are skipped;
 * its URL is the run of bytes up to ASCII whitespace; a URL that ends in
 * commas loses all of them and has no descriptors ("/x.gif,," fetches
 * /x.gif); otherwise its descriptors run to the first comma outside
 * parentheses ("/a.png (,q),/t.gif 1x" fetches /t.gif: the first comma is
 * a descriptor's).  Both checked in Chromium.  The browser drops a
 * candidate whose descriptors are invalid; its URL is returned here all the
 * same: one URL too many costs a classification, never a tracker.
 *
 * ping (a, area): URLs separated by ASCII whitespace only (",https://x" is
 * one URL).
 */

#ifndef PRIVACY_SRCSET_H
#define PRIVACY_SRCSET_H

#include <stddef.h>

#include "privacy_find.h"


typedef struct {
    const unsigned char  *p;
    const unsigned char  *end;
    int                   srcset;    /* 1 srcset, 0 ping */
} privacy_url_list_t;


/* the first ASCII whitespace in p[0 .. end), or end */
PRIVACY_INLINE const unsigned char *
privacy_url_list_word_end(const unsigned char *p, const unsigned char *end)
{
#if defined(PRIVACY_FIND_SSE2)
    unsigned  m, b;
    __m128i   v, sp;

    /* URLs are long: 16 bytes a step, a closer look at bytes <= 0x20 */
    sp = _mm_set1_epi8(0x20);

    for ( /* void */ ; end - p >= 16; p += 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) p);
        m = (unsigned) _mm_movemask_epi8(
                           _mm_cmpeq_epi8(_mm_max_epu8(v, sp), sp));

        for ( /* void */ ; m; m &= m - 1) {
            b = (unsigned) __builtin_ctz(m);

            if (privacy_ascii_space(p[b])) {
                return p + b;
            }
        }
    }
#endif

    while (p < end && !privacy_ascii_space(*p)) {
        p++;
    }

    return p;
}


PRIVACY_INLINE void
privacy_url_list_init(privacy_url_list_t *l, const unsigned char *p,
    size_t len, int srcset)
{
    l->p = p;
    l->end = p + len;
    l->srcset = srcset;
}


/* the next URL: its length (never 0) and *url, or 0 at the list's end */
PRIVACY_INLINE size_t
privacy_url_list_next(privacy_url_list_t *l, const unsigned char **url)
{
    int                   parens;
    const unsigned char  *p, *s, *e, *end;

    p = l->p;
    end = l->end;

    while (p < end
           && (privacy_ascii_space(*p) || (l->srcset && *p == ',')))
    {
        p++;
    }

    if (p == end) {
        l->p = p;
        return 0;
    }

    /* s[0] is neither a space nor (in a srcset) a comma: e > s below */

    s = p;
    p = privacy_url_list_word_end(p, end);
    e = p;

    if (l->srcset && e[-1] == ',') {
        do {
            e--;
        } while (e[-1] == ',');

    } else if (l->srcset) {
        /* the descriptors, up to a comma outside parentheses */
        for (parens = 0; p < end; p++) {
            if (parens) {
                parens = (*p != ')');

            } else if (*p == ',') {
                break;

            } else {
                parens = (*p == '(');
            }
        }
    }

    l->p = p;
    *url = s;

    return (size_t) (e - s);
}

#endif /* PRIVACY_SRCSET_H */
