/*
 * Strict parser of the native consent cookie; see privacy_native.h.
 */
#include <string.h>
#include "privacy_native.h"

static int
name_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
           || c == '_' || c == '-';
}

int
privacy_native_name_valid(const unsigned char *p, size_t len)
{
    size_t  i;

    if (len == 0 || len > PRIVACY_NATIVE_NAME_MAX) {
        return 0;
    }

    for (i = 0; i < len; i++) {
        if (!name_char(p[i])) {
            return 0;
        }
    }

    return 1;
}

/* a decimal without sign or leading zeros, at most max_digits long */
static const unsigned char *
parse_decimal(const unsigned char *p, const unsigned char *end,
    size_t max_digits, unsigned long long *out)
{
    const unsigned char  *s;
    unsigned long long    v;

    s = p;
    v = 0;

    while (p < end && *p >= '0' && *p <= '9') {
        if ((size_t) (p - s) == max_digits) {
            return NULL;
        }

        v = v * 10 + (unsigned long long) (*p - '0');
        p++;
    }

    if (p == s || (p - s > 1 && *s == '0')) {
        return NULL;
    }

    *out = v;

    return p;
}

static const char  privacy_native_b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";


static int
privacy_native_b64url_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
           || (c >= '0' && c <= '9') || c == '-' || c == '_';
}


/*
 * len base64url characters whose last one is in last (those with the
 * spare low bits zero)
 */
static int
privacy_native_b64url(const unsigned char *s, size_t len, const char *last)
{
    size_t  i;

    for (i = 0; i < len; i++) {
        if (!privacy_native_b64url_char(s[i])) {
            return 0;
        }
    }

    return strchr(last, s[len - 1]) != NULL;
}


void
privacy_native_id_encode(const unsigned char raw[PRIVACY_NATIVE_ID_RAW],
    unsigned char out[PRIVACY_NATIVE_ID_LEN])
{
    size_t    i, o;
    unsigned  v;

    o = 0;

    for (i = 0; i + 3 <= PRIVACY_NATIVE_ID_RAW; i += 3) {
        v = (unsigned) raw[i] << 16 | (unsigned) raw[i + 1] << 8 | raw[i + 2];

        out[o++] = (unsigned char) privacy_native_b64[v >> 18];
        out[o++] = (unsigned char) privacy_native_b64[(v >> 12) & 63];
        out[o++] = (unsigned char) privacy_native_b64[(v >> 6) & 63];
        out[o++] = (unsigned char) privacy_native_b64[v & 63];
    }

    /* the 16th byte: 6 bits, then 2 bits and 4 zero bits */
    out[o++] = (unsigned char) privacy_native_b64[raw[15] >> 2];
    out[o] = (unsigned char) privacy_native_b64[(raw[15] & 3) << 4];
}


int
privacy_native_parse(const unsigned char *p, size_t len, privacy_native_t *n)
{
    const unsigned char  *end, *s, *name;
    unsigned long long    v;

    memset(n, 0, sizeof(*n));

    if (len > PRIVACY_NATIVE_MAX_LEN || len < 2) {
        return -1;
    }

    end = p + len;

    if (p[0] != '1' || p[1] != ':') {
        return -1;
    }

    /* categories: names joined by single dots, possibly none */

    s = p + 2;
    name = s;

    while (s < end && *s != ':') {
        if (*s == '.') {
            if (s == name) {
                return -1;              /* empty name: "..", ".a", "a." */
            }

            name = s + 1;

        } else if (!name_char(*s)) {
            return -1;

        } else if (s - name == PRIVACY_NATIVE_NAME_MAX) {
            return -1;
        }

        s++;
    }

    if (s == end || (s > p + 2 && s == name)) {
        return -1;
    }

    n->cats = p + 2;
    n->cats_len = (size_t) (s - (p + 2));

    /* time: unix seconds, at most 11 digits (year 5138) */

    s = parse_decimal(s + 1, end, 11, &v);
    if (s == NULL || s == end || *s != ':') {
        return -1;
    }

    n->time = (long long) v;

    /* revision */

    s = parse_decimal(s + 1, end, 9, &v);
    if (s == NULL) {
        return -1;
    }

    n->rev = (unsigned long) v;
    n->signed_len = (size_t) (s - p);

    if (s == end) {
        return 0;
    }

    /* ":<id>", ":<sig>" or ":<id>:<sig>", told apart by length */

    if (*s != ':') {
        return -1;
    }

    s++;

    if ((size_t) (end - s) == PRIVACY_NATIVE_ID_LEN
        || ((size_t) (end - s) == PRIVACY_NATIVE_ID_LEN + 1
                                  + PRIVACY_NATIVE_SIG_LEN
            && s[PRIVACY_NATIVE_ID_LEN] == ':'))
    {
        /* 128 bits leave 4 spare bits in the last character */
        if (!privacy_native_b64url(s, PRIVACY_NATIVE_ID_LEN, "AQgw")) {
            return -1;
        }

        n->id = s;
        n->id_len = PRIVACY_NATIVE_ID_LEN;

        s += PRIVACY_NATIVE_ID_LEN;
        n->signed_len = (size_t) (s - p);

        if (s == end) {
            return 0;
        }

        s++;
    }

    if ((size_t) (end - s) != PRIVACY_NATIVE_SIG_LEN) {
        return -1;
    }

    /* 256 bits leave 2 spare bits in the last character */
    if (!privacy_native_b64url(s, PRIVACY_NATIVE_SIG_LEN,
                               "AEIMQUYcgkosw048"))
    {
        return -1;
    }

    n->sig = s;
    n->sig_len = PRIVACY_NATIVE_SIG_LEN;

    return 0;
}


int
privacy_native_next_category(const privacy_native_t *n, size_t *pos,
    const unsigned char **name, size_t *name_len)
{
    const unsigned char  *s, *e;

    if (*pos >= n->cats_len) {
        return 0;
    }

    s = n->cats + *pos;
    e = memchr(s, '.', n->cats_len - *pos);
    if (e == NULL) {
        e = n->cats + n->cats_len;
    }

    *name = s;
    *name_len = (size_t) (e - s);
    *pos = (size_t) (e - n->cats) + 1;

    return 1;
}
