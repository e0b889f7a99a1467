/*
 * fuzz_foreign.c: libFuzzer target for privacy_foreign_text().
 *
 * Both readings of any content: never longer than it, written only within
 * an output of exactly its size and read only within the input (separate
 * allocations, under ASan); content without "<" is its decoded self
 * (privacy_html_decode()), in both readings; the reading without child
 * elements never keeps more raw bytes than the one with them (checked on
 * content without references, where decoding changes nothing).
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_foreign.h"
#include "privacy_html.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t          n_own, n_all, n_ref;
    unsigned char  *in, *own, *all, *ref;

    in = malloc(size ? size : 1);
    own = malloc(size ? size : 1);
    all = malloc(size ? size : 1);
    ref = malloc(size ? size : 1);

    CHECK(in && own && all && ref);

    memcpy(in, data, size);

    n_own = privacy_foreign_text(in, size, own, 0);
    n_all = privacy_foreign_text(in, size, all, 1);

    CHECK(n_own <= size && n_all <= size);

    if (memchr(in, '<', size) == NULL) {
        n_ref = privacy_html_decode(in, size, ref);
        CHECK(n_own == n_ref && memcmp(own, ref, n_ref) == 0);
        CHECK(n_all == n_ref && memcmp(all, ref, n_ref) == 0);
    }

    if (memchr(in, '&', size) == NULL) {
        CHECK(n_own <= n_all);
    }

    CHECK(privacy_foreign_plain(in, size)
          == (memchr(in, '<', size) == NULL && memchr(in, '&', size) == NULL));

    free(in);
    free(own);
    free(all);
    free(ref);

    return 0;
}
