/*
 * fuzz_inline.c: libFuzzer target for the inline-script reference finder.
 *
 * The text is a separate allocation of exactly its size (ASan sees any read
 * past it).  Every reference must start with "//", fit the output (a
 * separate allocation of exactly its size), have a host of host characters
 * with a dot inside, and the search must move forward and end.  The
 * "fetches" and JavaScript-type tests run on the same bytes.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_inline.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)
#define OUT_MAX   64


static privacy_multilit_t  constructs;
static int                 built;


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t            n, i, pos, refs, dots;
    unsigned char    *text, *out, c;
    privacy_inline_t  it;

    text = malloc(size ? size : 1);
    out = malloc(OUT_MAX);
    CHECK(text && out);

    if (size) {
        memcpy(text, data, size);
    }

    privacy_inline_init(&it, text, size);
    pos = 0;
    refs = 0;

    while ((n = privacy_inline_next(&it, out, OUT_MAX)) != 0) {
        CHECK(n >= 5 && n <= OUT_MAX);
        CHECK(out[0] == '/' && out[1] == '/');
        CHECK(it.pos > pos && it.pos <= size);
        pos = it.pos;

        /* the host: up to "/", "?" or the end (or the output's end) */
        dots = 0;

        for (i = 2; i < n && out[i] != '/' && out[i] != '?'; i++) {
            c = out[i];
            CHECK((c >= '0' && c <= '9') || ((c | 0x20) >= 'a'
                                             && (c | 0x20) <= 'z')
                  || c == '-' || c == '.' || c == '_' || c == ':'
                  || c >= 0x80);
            dots += (c == '.');
        }

        CHECK(dots > 0 || i == OUT_MAX);
        CHECK(++refs <= size);
    }

    CHECK(it.pos == size);

    if (!built) {
        CHECK(privacy_inline_constructs(&constructs) == 0);
        built = 1;
    }

    (void) privacy_inline_fetches(&constructs, text, size);
    (void) privacy_inline_js_type(size ? text : NULL, size, text, size);

    free(text);
    free(out);

    return 0;
}
