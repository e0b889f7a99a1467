/*
 * test_multilit.c: privacy_multilit_scan() and privacy_multilit_any()
 * against a naive search, on random texts over a small alphabet (so that
 * literals occur, and nearly occur, often), for every stride (shortest literals of 4 to 8 bytes) and
 * at both ends of the text.
 */

#include <stdint.h>
#include <stdlib.h>

#include "unit.h"
#include "privacy_multilit.h"


static uint32_t  rng = 2463534242u;

static uint32_t
rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng % n;
}


static uint64_t
naive(unsigned char lits[][40], const size_t *lens, unsigned n,
    const unsigned char *t, size_t len)
{
    size_t    p;
    unsigned  i;
    uint64_t  found;

    found = 0;

    for (i = 0; i < n; i++) {
        for (p = 0; p + lens[i] <= len; p++) {
            if (memcmp(t + p, lits[i], lens[i]) == 0) {
                found |= (uint64_t) 1 << i;
                break;
            }
        }
    }

    return found;
}


int
main(void)
{
    size_t                 lens[64], len, k, bad, round;
    unsigned               n, i;
    uint64_t               a, b;
    unsigned char          lits[64][40], text[600];
    const unsigned char   *ptrs[64];
    static privacy_multilit_t  set;
    static const unsigned char  alpha[] = "ab.(sRc=q";  /* anchors vary */

    /* the contract's edges */

    ptrs[0] = (const unsigned char *) "abc";
    lens[0] = 3;
    UNIT_CHECK(privacy_multilit_init(&set, ptrs, lens, 1) == -1,
               "a literal of 3 bytes is refused");
    UNIT_CHECK(privacy_multilit_init(&set, ptrs, lens, 65) == -1,
               "65 literals are refused");
    UNIT_CHECK(privacy_multilit_init(&set, ptrs, lens, 0) == 0
               && privacy_multilit_scan(&set, (const unsigned char *) "abcd",
                                        4) == 0, "an empty set finds nothing");

    ptrs[0] = (const unsigned char *) "createElement";
    lens[0] = 13;
    ptrs[1] = (const unsigned char *) ".src=";
    lens[1] = 5;
    UNIT_CHECK(privacy_multilit_init(&set, ptrs, lens, 2) == 0
               && set.stride == 2, "stride of a 5-byte literal");
    UNIT_CHECK(privacy_multilit_scan(&set, (const unsigned char *)
                                     "x.src=1;d.createElement(s)", 26) == 3,
               "both found");
    UNIT_CHECK(privacy_multilit_scan(&set, (const unsigned char *) ".src=", 5)
               == 2, "the whole text is the literal");
    UNIT_CHECK(privacy_multilit_scan(&set, (const unsigned char *) ".src", 4)
               == 0, "a prefix is not the literal");
    UNIT_CHECK(privacy_multilit_any(&set, (const unsigned char *)
                                    "a.createElement(b); c.src=d", 27)
               && !privacy_multilit_any(&set, (const unsigned char *)
                                        "a.createElemen(b); c.src =d", 27),
               "any: one found, none found");

    /* random sets against the naive search */

    bad = 0;

    for (round = 0; round < 20000; round++) {
        n = 1 + rnd(64);

        for (i = 0; i < n; i++) {
            lens[i] = 4 + rnd(round % 5 == 0 ? 36 : 6);

            for (k = 0; k < lens[i]; k++) {
                lits[i][k] = alpha[rnd(sizeof(alpha) - 1)];
            }

            ptrs[i] = lits[i];
        }

        if (privacy_multilit_init(&set, ptrs, lens, n) != 0) {
            bad++;
            continue;
        }

        len = rnd(sizeof(text));

        for (k = 0; k < len; k++) {
            text[k] = alpha[rnd(sizeof(alpha) - 1)];
        }

        /* plant a literal at the very start or end now and then */
        if (len >= 40 && rnd(4) == 0) {
            i = rnd(n);
            memcpy(rnd(2) ? text : text + len - lens[i], lits[i], lens[i]);
        }

        b = naive(lits, lens, n, text, len);
        a = b;

        /* every scan the CPU has: all positions (AVX2), sampled */
        for (k = set.avx2 + 1; k-- > 0; /* void */) {
            set.avx2 = (unsigned) k;

            if (privacy_multilit_scan(&set, text, len) != b
                || privacy_multilit_any(&set, text, len) != (b != 0))
            {
                a = ~b;     /* counted below */
            }
        }

        if (a != b) {
            if (bad++ < 5) {
                fprintf(stderr, "round %zu: %llx, naive %llx\n", round,
                        (unsigned long long) a, (unsigned long long) b);
            }
        }
    }

    UNIT_CHECK(bad == 0, "%zu of 20000 random rounds differ", bad);

    return unit_summary("multilit");
}
