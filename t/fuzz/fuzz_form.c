/*
 * fuzz_form.c: libFuzzer target for lib/privacy_form.c.  The input is a
 * separate allocation of exactly its size; every pair must lie inside it
 * with "=" between key and value and no "&" in either; decoding never
 * grows; a name list's names are never empty and hold no separator.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_form.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t                kl, vl, n, i;
    unsigned char        *in, *out;
    privacy_form_t        f;
    const unsigned char  *k, *v, *p, *name;

    in = malloc(size ? size : 1);
    out = malloc(size ? size : 1);
    CHECK(in && out);
    if (size) {
        memcpy(in, data, size);
    }

    privacy_form_init(&f, in, size);

    while (privacy_form_next(&f, &k, &kl, &v, &vl)) {
        CHECK(k >= in && v + vl <= in + size && v == k + kl + 1);
        CHECK(memchr(k, '&', kl) == NULL && memchr(v, '&', vl) == NULL);
        CHECK(memchr(k, '=', kl) == NULL);

        n = privacy_form_decode(out, v, vl);
        CHECK(n <= vl);

        p = out;

        while (privacy_form_token(&p, out + n, &name, &kl)) {
            CHECK(kl > 0 && name >= out && name + kl <= out + n);

            for (i = 0; i < kl; i++) {
                CHECK(name[i] != ',' && name[i] != ' ');
            }
        }
    }

    n = privacy_form_decode(in, in, size);     /* in place */
    CHECK(n <= size);

    free(in);
    free(out);
    return 0;
}
