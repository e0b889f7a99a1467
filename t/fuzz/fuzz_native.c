/*
 * libFuzzer target for lib/privacy_native.c: whatever it accepts must
 * re-serialise to exactly the input (the grammar has one spelling per value),
 * so nothing but the DESIGN.md format can ever become a decision.  The
 * signature covers the consent ID when there is one.  The first 16 bytes,
 * encoded as a consent ID, parse back to the same 22 characters in a
 * cookie with and without a signature.
 */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "privacy_native.h"

static void
id_round_trip(const uint8_t *data)
{
    int                   n;
    char                  buf[128];
    unsigned char         id[PRIVACY_NATIVE_ID_LEN];
    privacy_native_t      v;

    privacy_native_id_encode(data, id);

    n = snprintf(buf, sizeof(buf), "1:a.b:%u:%u:%.22s", data[0], data[1],
                 (const char *) id);
    assert(privacy_native_parse((const unsigned char *) buf, (size_t) n, &v)
           == 0);
    assert(v.id == (const unsigned char *) buf + n - PRIVACY_NATIVE_ID_LEN);
    assert(v.sig == NULL && v.signed_len == (size_t) n);

    n += snprintf(buf + n, sizeof(buf) - (size_t) n, ":%s",
                  "0123456789abcdefghijklmnopqrstuvwxyz-_ABCDE");
    assert(privacy_native_parse((const unsigned char *) buf, (size_t) n, &v)
           == 0);
    assert(memcmp(v.id, id, PRIVACY_NATIVE_ID_LEN) == 0 && v.sig != NULL);
    assert(v.signed_len == (size_t) n - 1 - PRIVACY_NATIVE_SIG_LEN);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char                  buf[PRIVACY_NATIVE_MAX_LEN + 128];
    int                   n;
    size_t                pos, len, names;
    privacy_native_t      v;
    const unsigned char  *name;

    if (size >= PRIVACY_NATIVE_ID_RAW) {
        id_round_trip(data);
    }

    if (privacy_native_parse(data, size, &v) != 0) {
        return 0;
    }

    n = snprintf(buf, sizeof(buf), "1:%.*s:%lld:%lu", (int) v.cats_len,
                 (const char *) v.cats, v.time, v.rev);
    assert(n > 0);

    if (v.id) {
        assert(v.id_len == PRIVACY_NATIVE_ID_LEN);
        n += snprintf(buf + n, sizeof(buf) - (size_t) n, ":%.*s",
                      (int) v.id_len, (const char *) v.id);
    }

    assert((size_t) n == v.signed_len);

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
