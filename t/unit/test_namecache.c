/*
 * test_namecache.c: the per-location memo of cookie classifications.
 * A hit must always return what was stored for exactly that name (bytes
 * and length); collisions and limits only ever cause misses.
 */

#include <stdint.h>
#include <stdlib.h>

#include "unit.h"
#include "privacy_namecache.h"

#define S(s)  (const unsigned char *) (s), sizeof(s) - 1


static void
test_basics(void)
{
    uint32_t             v;
    privacy_namecache_t  c;
    unsigned char        n[64];

    memset(&c, 0, sizeof(c));

    UNIT_CHECK(!privacy_namecache_get(&c, S("_ga"), &v), "empty: miss");

    privacy_namecache_put(&c, S("_ga"), 8);
    UNIT_CHECK(privacy_namecache_get(&c, S("_ga"), &v) && v == 8, "hit");
    UNIT_CHECK(!privacy_namecache_get(&c, S("_GA"), &v), "case: miss");
    UNIT_CHECK(!privacy_namecache_get(&c, S("_g"), &v), "prefix: miss");
    UNIT_CHECK(!privacy_namecache_get(&c, S("_gaX"), &v), "longer: miss");

    privacy_namecache_put(&c, S("_ga"), 4);
    UNIT_CHECK(privacy_namecache_get(&c, S("_ga"), &v) && v == 4,
               "put again replaces");

    memset(n, 'a', sizeof(n));
    privacy_namecache_put(&c, n, PRIVACY_NAMECACHE_NAME, 2);
    UNIT_CHECK(privacy_namecache_get(&c, n, PRIVACY_NAMECACHE_NAME, &v)
               && v == 2, "longest cached name");
    privacy_namecache_put(&c, n, PRIVACY_NAMECACHE_NAME + 1, 2);
    UNIT_CHECK(!privacy_namecache_get(&c, n, PRIVACY_NAMECACHE_NAME + 1, &v),
               "too long: never cached");
    privacy_namecache_put(&c, n, 0, 2);
    UNIT_CHECK(!privacy_namecache_get(&c, n, 0, &v), "empty name: never");
}


/* two names in one slot: the later one evicts the earlier */
static void
test_collision(void)
{
    int                  found;
    uint32_t             v;
    unsigned             i;
    privacy_namecache_t  c;
    unsigned char        a[8], b[8];

    memset(&c, 0, sizeof(c));
    memcpy(a, "c0000", 5);
    memcpy(b, "c0000", 5);

    found = 0;
    for (i = 1; i < 10000 && !found; i++) {
        b[1] = '0' + i / 1000 % 10;
        b[2] = '0' + i / 100 % 10;
        b[3] = '0' + i / 10 % 10;
        b[4] = '0' + i % 10;
        found = privacy_namecache_slot(&c, a, 5)
                == privacy_namecache_slot(&c, b, 5);
    }

    UNIT_CHECK(found, "a colliding name exists");

    privacy_namecache_put(&c, a, 5, 1);
    privacy_namecache_put(&c, b, 5, 2);
    UNIT_CHECK(!privacy_namecache_get(&c, a, 5, &v), "evicted: miss");
    UNIT_CHECK(privacy_namecache_get(&c, b, 5, &v) && v == 2, "evictor hits");
}


/* random traffic over 400 names against a full table */
static void
test_reference(void)
{
    size_t               k, len, bad, hits;
    uint32_t             rng, v, ref[400];
    unsigned             i, op;
    privacy_namecache_t  c;
    unsigned char        names[400][32];
    size_t               lens[400];

    memset(&c, 0, sizeof(c));
    rng = 88172645u;

    for (i = 0; i < 400; i++) {
        rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5;
        len = 1 + rng % 30;             /* some longer than the limit */
        for (k = 0; k < len; k++) {
            /* a tiny alphabet: many names share prefixes */
            names[i][k] = "_gaGA1"[(rng >> (k % 24)) % 6];
        }
        /* distinct: the index in the last two bytes */
        names[i][len] = (unsigned char) ('A' + i % 26);
        names[i][len + 1] = (unsigned char) ('a' + i / 26);
        lens[i] = len + 2;
        ref[i] = 0;
    }

    bad = 0;
    hits = 0;

    for (op = 0; op < 200000; op++) {
        rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5;
        i = rng % 400;

        if (rng & 0x80000000u) {
            ref[i] = rng & 0xffff;
            privacy_namecache_put(&c, names[i], lens[i], ref[i]);

        } else if (privacy_namecache_get(&c, names[i], lens[i], &v)) {
            hits++;
            bad += v != ref[i];
        }
    }

    UNIT_CHECK(bad == 0, "every hit returns the name's last value "
               "(%zu wrong of %zu hits)", bad, hits);
    UNIT_CHECK(hits > 1000, "the cache does hit (%zu)", hits);
}


int
main(void)
{
    test_basics();
    test_collision();
    test_reference();

    return unit_summary("namecache");
}
