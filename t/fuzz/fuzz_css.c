/*
 * fuzz_css.c: libFuzzer target for lib/privacy_css.c.  The text is a
 * separate allocation of exactly its size; every reference's span lies
 * inside it, spans come in order without overlapping, the decoded URL fits
 * its buffer, and the search ends.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_css.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)
#define OUT_MAX   32


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t             last, refs;
    unsigned char     *text, *out;
    privacy_css_t      css;
    privacy_css_ref_t  ref;

    text = malloc(size ? size : 1);
    out = malloc(OUT_MAX);
    CHECK(text && out);
    if (size) {
        memcpy(text, data, size);
    }

    privacy_css_init(&css, text, size);
    last = 0;
    refs = 0;

    while (privacy_css_next(&css, &ref, out, OUT_MAX)) {
        CHECK(ref.start >= last && ref.start < ref.end && ref.end <= size);
        CHECK(ref.len <= OUT_MAX);
        CHECK(css.pos == ref.end);
        last = ref.end;
        CHECK(++refs <= size);
    }

    CHECK(css.pos >= size);

    free(text);
    free(out);
    return 0;
}
