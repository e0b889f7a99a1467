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
    unsigned  i, j;

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
            set->mask[hash(window(lits[i] + j))] |= (uint64_t) 1 << i;
        }
    }

    return 0;
}


uint64_t
privacy_multilit_scan(const privacy_multilit_t *set,
    const unsigned char *text, size_t len)
{
    size_t    q, p, s;
    unsigned  i, j;
    uint64_t  found, m;

    found = 0;
    s = set->stride;

    if (set->n == 0 || len < 4) {
        return 0;
    }

    for (q = 0; q <= len - 4; q += s) {
        m = set->mask[hash(window(text + q))] & ~found;

        while (m) {
            i = (unsigned) __builtin_ctzll(m);
            m &= m - 1;

            /* the literal starts j bytes before q, j < stride */
            for (j = 0; j < s && j <= q; j++) {
                p = q - j;

                if (p + set->len[i] <= len
                    && memcmp(text + p, set->lit[i], set->len[i]) == 0)
                {
                    found |= (uint64_t) 1 << i;

                    if (found == set->all) {
                        return found;
                    }

                    break;
                }
            }
        }
    }

    return found;
}
