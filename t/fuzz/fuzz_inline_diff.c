/*
 * fuzz_inline_diff.c: differential libFuzzer target, the inline-script
 * reference search against its frozen previous version (t/fuzz/inline_v1:
 * a decode_char() call per byte, no SIMD).
 *
 * Both searches run over the same text with the same output size, picked
 * from the first input byte (8 to 71 bytes, where references are cut, or
 * 64 to 2,096, where the 16-byte reading of hosts and paths has room):
 * every reference must be the same bytes, and so must the position each
 * search goes on from.  Run on a corpus, it is also a regression check:
 *
 *   ./build/fuzz/fuzz_inline_diff t/fuzz/corpus/inline_diff/
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_inline.h"
#include "inline_v1/privacy_inline_v1.c"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)
#define OUT_MAX   2096


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t            n, m, out_size;
    unsigned char    *text, *a, *b;
    privacy_inline_t  cur, old;

    if (size == 0) {
        return 0;
    }

    out_size = data[0] < 0x80 ? 8 + (data[0] & 0x3f)
                              : 64 + (size_t) (data[0] & 0x7f) * 16;
    data++;
    size--;

    /* separate allocations of exactly their sizes: ASan sees overruns */
    text = malloc(size ? size : 1);
    a = malloc(out_size);
    b = malloc(out_size);
    CHECK(text && a && b);

    if (size) {
        memcpy(text, data, size);
    }

    privacy_inline_init(&cur, text, size);
    privacy_inline_v1_init(&old, text, size);

    for ( ;; ) {
        n = privacy_inline_next(&cur, a, out_size);
        m = privacy_inline_v1_next(&old, b, out_size);

        CHECK(n == m);
        CHECK(n <= out_size);
        CHECK(memcmp(a, b, n) == 0);
        CHECK(cur.pos == old.pos);

        if (n == 0) {
            break;
        }
    }

    free(text);
    free(a);
    free(b);

    return 0;
}
