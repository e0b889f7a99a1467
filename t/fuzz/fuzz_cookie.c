/*
 * libFuzzer target for lib/privacy_cookie.c: Cookie iteration and Set-Cookie
 * parsing must stay inside the input, make progress, and return views that
 * satisfy their documented shape.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>
#include "privacy_cookie.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                   rc;
    size_t                pos, last, i, elen;
    const uint8_t        *exp;
    privacy_cookie_t      c;
    privacy_set_cookie_t  sc;

    pos = 0;
    last = 0;

    while (privacy_cookie_next(data, size, &pos, &c)) {
        assert(pos > last || pos == size);
        last = pos;

        assert(c.name >= data && c.name + c.name_len <= data + size);
        assert(c.value >= data && c.value + c.value_len <= data + size);
        assert(c.name_len > 0);
        assert(memchr(c.name, ';', c.name_len) == NULL);
        assert(memchr(c.name, '=', c.name_len) == NULL);
        assert(memchr(c.value, ';', c.value_len) == NULL);
        assert(c.name[0] != ' ' && c.name[c.name_len - 1] != ' ');
        assert(c.start <= c.name && c.end >= c.value + c.value_len);
    }

    assert(pos == size);

    /* the name alone, as the whole parse finds it */
    rc = privacy_set_cookie_name(data, size, &exp, &elen);

    if (privacy_set_cookie_parse(data, size, &sc)) {
        assert(rc && exp == sc.name && elen == sc.name_len);

    } else {
        assert(!rc);
    }

    if (privacy_set_cookie_parse(data, size, &sc)) {
        assert(sc.name_len > 0);
        assert(sc.name >= data && sc.name + sc.name_len <= data + size);
        assert(sc.value >= data && sc.value + sc.value_len <= data + size);

        if (sc.has_expires) {
            assert(sc.expires >= data
                   && sc.expires + sc.expires_len <= data + size);
        }
    }

    /* from any offset, as the header filter calls it after the name */
    privacy_set_cookie_expiry(data + size / 2, size - size / 2, &sc);

    if (sc.has_expires) {
        assert(sc.expires >= data + size / 2
               && sc.expires + sc.expires_len <= data + size);
    }

    /* the lifetime, read backwards, answers as the expiry read forwards */
    rc = privacy_set_cookie_lifetime(data + size / 2, size - size / 2,
                                     &exp, &elen);

    if (sc.has_max_age) {
        assert(rc == (sc.max_age <= 0 ? PRIVACY_SC_DELETES
                                      : PRIVACY_SC_KEEPS));

    } else if (sc.has_expires) {
        assert(rc == PRIVACY_SC_EXPIRES && exp == sc.expires
               && elen == sc.expires_len);

    } else {
        assert(rc == PRIVACY_SC_KEEPS);
    }

    if (privacy_cookie_name_is_token(data, size)) {
        for (i = 0; i < size; i++) {
            assert(data[i] > 0x20 && data[i] < 0x7f && data[i] != ';'
                   && data[i] != '\r' && data[i] != '\n');
        }
    }

    return 0;
}
