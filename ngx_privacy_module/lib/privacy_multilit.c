/*
 * privacy_multilit.c: which literals occur in a text (see the header).
 */

#include <string.h>

#include "privacy_multilit.h"


static uint32_t
window(const unsigned char *p)
{
    uint32_t  w;

    memcpy(&w, p, 4);           /* any alignment; one load where allowed */
    return w;
}


static unsigned
hash(uint32_t w)
{
    return (unsigned) ((w * 0x9e3779b1u) >> (32 - PRIVACY_MULTILIT_BITS));
}


int
privacy_multilit_init(privacy_multilit_t *set,
    const unsigned char *const *lits, const size_t *lens, unsigned n)
{
    size_t    min;
    uint32_t  w;
    unsigned  i, j, h;

    memset(set, 0, sizeof(privacy_multilit_t));

    if (n > PRIVACY_MULTILIT_MAX) {
        return -1;
    }

    min = PRIVACY_MULTILIT_LEN;

    for (i = 0; i < n; i++) {
        if (lens[i] < PRIVACY_MULTILIT_MIN || lens[i] > PRIVACY_MULTILIT_LEN) {
            return -1;
        }

        if (lens[i] < min) {
            min = lens[i];
        }
    }

    /* every occurrence covers a sampled window at an offset < stride */
    set->stride = (min - 3 < 4) ? (unsigned) (min - 3) : 4;
    set->n = n;

    for (i = 0; i < n; i++) {
        set->lit[i] = lits[i];
        set->len[i] = (uint16_t) lens[i];
        set->all |= (uint64_t) 1 << i;

        for (j = 0; j < set->stride; j++) {
            w = window(lits[i] + j);
            h = hash(w);

            if (set->mask[h] && set->win[h] != w) {
                set->multi[h / 64] |= (uint64_t) 1 << (h % 64);
            }

            set->mask[h] |= (uint64_t) 1 << i;
            set->win[h] = w;
        }
    }

    return 0;
}


/*
 * The literals of m that occur with a window of theirs at text[q] (hash
 * hits: most are other text, so the literal's own window is compared in a
 * register before memcmp()), added to found.
 */
static uint64_t
privacy_multilit_confirm(const privacy_multilit_t *set,
    const unsigned char *text, size_t len, size_t q, uint32_t w, uint64_t m,
    uint64_t found)
{
    size_t    p;
    unsigned  i, j;

    while (m) {
        i = (unsigned) __builtin_ctzll(m);
        m &= m - 1;

        /* the literal starts j bytes before q, j < stride */
        for (j = 0; j < set->stride && j <= q; j++) {
            p = q - j;

            if (w == window(set->lit[i] + j)
                && p + set->len[i] <= len
                && memcmp(text + p, set->lit[i], set->len[i]) == 0)
            {
                found |= (uint64_t) 1 << i;
                break;
            }
        }
    }

    return found;
}


/* whether the window w may be one of slot h's literal windows */
static int
privacy_multilit_own(const privacy_multilit_t *set, unsigned h, uint32_t w)
{
    return set->win[h] == w || ((set->multi[h / 64] >> (h % 64)) & 1);
}


/*
 * The windows at q and q + stride with their hash hits m0, m1 (found
 * masked out of m0): out of line, so that the loop keeps nothing of them
 * in registers for the common case of no hit.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint64_t
privacy_multilit_pair(const privacy_multilit_t *set, const unsigned char *text,
    size_t len, size_t q, uint32_t w0, uint32_t w1, uint64_t m0, uint64_t m1,
    uint64_t found)
{
    if (m0 && privacy_multilit_own(set, hash(w0), w0)) {
        found = privacy_multilit_confirm(set, text, len, q, w0, m0, found);
    }

    m1 &= ~found;

    if (m1 && privacy_multilit_own(set, hash(w1), w1)) {
        found = privacy_multilit_confirm(set, text, len, q + set->stride, w1,
                                         m1, found);
    }

    return found;
}


/*
 * The literals found, up to the end of the text or until one in stop is
 * (or all are) found.  Windows are sampled two at a time (q, q + s): one
 * test of both masks for the common case, no hit.
 */
static uint64_t
privacy_multilit_run(const privacy_multilit_t *set, const unsigned char *text,
    size_t len, uint64_t stop)
{
    size_t    q, s;
    unsigned  h0;
    uint32_t  w0, w1;
    uint64_t  found, m0, m1;

    found = 0;
    s = set->stride;

    if (set->n == 0 || len < 4) {
        return 0;
    }

    for (q = 0; len - q >= 4 + s; q += 2 * s) {
        w0 = window(text + q);
        w1 = window(text + q + s);
        m0 = set->mask[hash(w0)] & ~found;
        m1 = set->mask[hash(w1)] & ~found;

        if ((m0 | m1) == 0) {
            continue;
        }

        found = privacy_multilit_pair(set, text, len, q, w0, w1, m0, m1,
                                      found);

        if (found == set->all || (found & stop)) {
            return found;
        }
    }

    /* the last window, when one is left */
    if (len - q >= 4) {
        w0 = window(text + q);
        h0 = hash(w0);
        m0 = set->mask[h0] & ~found;

        if (m0 && privacy_multilit_own(set, h0, w0)) {
            found = privacy_multilit_confirm(set, text, len, q, w0, m0,
                                             found);
        }
    }

    return found;
}


uint64_t
privacy_multilit_scan(const privacy_multilit_t *set,
    const unsigned char *text, size_t len)
{
    return privacy_multilit_run(set, text, len, 0);
}


int
privacy_multilit_any(const privacy_multilit_t *set,
    const unsigned char *text, size_t len)
{
    return privacy_multilit_run(set, text, len, set->all) != 0;
}
