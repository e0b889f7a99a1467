/*
 * libFuzzer target for lib/privacy_native.c: whatever it accepts must
 * re-serialise to exactly the input (the grammar has one spelling per value),
 * so nothing but the DESIGN.md format can ever become a decision.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "privacy_native.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char                  buf[PRIVACY_NATIVE_MAX_LEN + 128];
    int                   n;
    size_t                pos, len, names;
    privacy_native_t      v;
    const unsigned char  *name;

    if (privacy_native_parse(data, size, &v) != 0) {
        return 0;
    }

    n = snprintf(buf, sizeof(buf), "1:%.*s:%lld:%lu", (int) v.cats_len,
                 (const char *) v.cats, v.time, v.rev);
    assert(n > 0 && (size_t) n == v.signed_len);

    if (v.sig) {
        assert(v.sig_len == PRIVACY_NATIVE_SIG_LEN);
        n += snprintf(buf + n, sizeof(buf) - (size_t) n, ":%.*s",
                      (int) v.sig_len, (const char *) v.sig);
    }

    assert((size_t) n == size && memcmp(buf, data, size) == 0);

    pos = 0;
    names = 0;

    while (privacy_native_next_category(&v, &pos, &name, &len)) {
        assert(privacy_native_name_valid(name, len));
        names++;
    }

    assert(names > 0 || v.cats_len == 0);

    return 0;
}
