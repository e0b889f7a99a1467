/*
 * fuzz_url.c: libFuzzer target for privacy_url_host_lower().
 *
 * Checks the contract byte by byte: the returned length is the first "/",
 * "?" or "#" (or the end), bytes before it are ASCII-lowercased, bytes from
 * it on are copied as they are, and nothing is written past len (the
 * output is a separate allocation of exactly len bytes, under ASan).
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_url.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t          i, h;
    unsigned char  *src, *dst, c;

    src = malloc(size ? size : 1);
    dst = malloc(size ? size : 1);
    CHECK(src && dst);

    if (size) {
        memcpy(src, data, size);
    }

    h = privacy_url_host_lower(src, size, dst);

    CHECK(h <= size);

    for (i = 0; i < size; i++) {
        c = src[i];

        if (i < h) {
            CHECK(c != '/' && c != '?' && c != '#');
            CHECK(dst[i] == ((c >= 'A' && c <= 'Z') ? (c | 0x20) : c));

        } else {
            CHECK(dst[i] == c);
        }
    }

    CHECK(h == size || src[h] == '/' || src[h] == '?' || src[h] == '#');

    free(src);
    free(dst);

    return 0;
}
