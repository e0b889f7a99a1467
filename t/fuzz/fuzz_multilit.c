/*
 * fuzz_multilit.c: libFuzzer target, differential: privacy_multilit_scan()
 * must find exactly the literals a naive search finds, privacy_multilit_any()
 * whether there is one.  The input's first
 * bytes choose up to 8 literals (lengths 4 to 19, cut from the input
 * itself, so that they occur); the rest is the text, a separate allocation
 * of exactly its size.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_multilit.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


static privacy_multilit_t  set;


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t                 lens[8], len, p, i, n, off;
    uint64_t               a, b;
    unsigned char         *text;
    const unsigned char   *lits[8];

    if (size < 2) {
        return 0;
    }

    n = 1 + data[0] % 8;
    off = 1;
    len = size - 1;

    text = malloc(len);
    CHECK(text);
    memcpy(text, data + 1, len);

    for (i = 0; i < n; i++) {
        lens[i] = 4 + (data[(off + i) % size] % 16);
        p = (data[(off + i * 3) % size] * 31u + i * 7) % size;

        if (p + lens[i] > size) {
            lens[i] = 4;
            p = 0;
            if (size < 4) {
                free(text);
                return 0;
            }
        }

        lits[i] = data + p;
    }

    CHECK(privacy_multilit_init(&set, lits, lens, (unsigned) n) == 0);

    a = privacy_multilit_scan(&set, text, len);
    b = 0;

    for (i = 0; i < n; i++) {
        for (p = 0; p + lens[i] <= len; p++) {
            if (memcmp(text + p, lits[i], lens[i]) == 0) {
                b |= (uint64_t) 1 << i;
                break;
            }
        }
    }

    CHECK(a == b);
    CHECK(privacy_multilit_any(&set, text, len) == (b != 0));

    /* the sampled scan too, where the CPU has AVX2 (all positions) */
    if (set.avx2) {
        set.avx2 = 0;
        CHECK(privacy_multilit_scan(&set, text, len) == b);
        CHECK(privacy_multilit_any(&set, text, len) == (b != 0));
    }

    free(text);
    return 0;
}
