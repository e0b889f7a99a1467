/*
 * Unit tests of lib/privacy_native.c: the native consent cookie parser must
 * accept exactly the DESIGN.md grammar and nothing else; the consent ID
 * (":<id>" before the signature) leaves every older value as it parsed.
 */
#include <stdint.h>

#include "unit.h"
#include "privacy_native.h"

static int
parse(const char *s, privacy_native_t *n)
{
    return privacy_native_parse((const unsigned char *) s, strlen(s), n);
}

/* values that must be rejected; the Test::Nginx suite sends them too */
static const char  *malformed[] = {
    "", "1", "1:", "1::", "1:::", "2:analytics:1732300000:3",
    "01:analytics:1732300000:3", "1:analytics:1732300000",
    "1:analytics:1732300000:", "1:analytics::3", "1:analytics:x:3",
    "1:analytics:1732300000:x", "1:analytics:-1:3", "1:analytics:1732300000:-3",
    "1:analytics:+1732300000:3", "1:analytics:01732300000:3",
    "1:analytics:1732300000:03", "1:Analytics:1732300000:3",
    "1:analytics.:1732300000:3", "1:.analytics:1732300000:3",
    "1:analytics..marketing:1732300000:3", "1:analytics,marketing:1732300000:3",
    "1:analytics marketing:1732300000:3", "1:analytics:1732300000:3:",
    "1:analytics:1732300000:3:short", "1:analytics:1732300000:3:x:y",
    "1:analytics:1732300000:3 ", " 1:analytics:1732300000:3",
    "1:analytics:173230000000:3", "1:analytics:1732300000:1234567890",
    "1:analytics:1732300000:3:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB",
    "1:analytics:1732300000:3:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
    "1:analytics:1732300000:3:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "1:analytics%3A1732300000:3", "1:analytics:1732300000:3\n",
    "1:anal\x01ytics:1732300000:3", "1:analytic\xc3\xa9:1732300000:3",
    "1:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:1732300000:3",
    "1;analytics;1732300000;3", "true", "{\"analytics\":true}",
    /* the consent ID: 22 base64url characters, spare bits zero */
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAB",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAA_",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAA=",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAA+A",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAA/A",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAA.A",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA:",
    "1:a:1:2::AAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAB:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAAxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA",
    ("1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA:"
     "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA::AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:AAAAAAAAAAAAAAAAAAAAAA",
    "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAA ",
};

static void
test_valid(void)
{
    privacy_native_t  n;
    size_t            pos;
    const unsigned char *name;
    size_t            len;
    int               count;

    UNIT_CHECK(parse("1:analytics:1732300000:3", &n) == 0, "DESIGN example");
    UNIT_CHECK_MEM(n.cats, n.cats_len, "analytics", "cats");
    UNIT_CHECK(n.time == 1732300000LL && n.rev == 3, "time and rev");
    UNIT_CHECK(n.sig == NULL && n.signed_len == 24, "unsigned: %zu",
               n.signed_len);

    UNIT_CHECK(parse("1::0:0", &n) == 0, "only necessary");
    UNIT_CHECK(n.cats_len == 0, "no categories");

    pos = 0;
    count = 0;
    UNIT_CHECK(parse("1:analytics.marketing.my-cat_2:5:12", &n) == 0, "many");
    while (privacy_native_next_category(&n, &pos, &name, &len)) {
        count++;
        UNIT_CHECK(len > 0, "non-empty name");
    }
    UNIT_CHECK(count == 3, "three names, got %d", count);

    UNIT_CHECK(parse("1:a:1:2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", &n)
               == 0, "signed");
    UNIT_CHECK(n.sig != NULL && n.sig_len == 43 && n.signed_len == 7,
               "signature view");

    UNIT_CHECK(parse("1:a:1:2:abcdefghijklmnopqrstuvwxyz-_0123456789ABCDw",
                     &n) == 0, "base64url alphabet");

    UNIT_CHECK(privacy_native_name_valid((const unsigned char *) "analytics",
                                         9), "name ok");
    UNIT_CHECK(!privacy_native_name_valid((const unsigned char *) "A", 1),
               "upper case");
}

/* the values of the DESIGN.md grammar before the ID: fields as before */
static const struct {
    const char  *value;
    const char  *cats;
    long long    time;
    unsigned long rev;
    size_t       signed_len;
    int          sig;
} old[] = {
    { "1:analytics:1732300000:3", "analytics", 1732300000LL, 3, 24, 0 },
    { "1::0:0", "", 0, 0, 6, 0 },
    { "1:analytics.marketing.my-cat_2:5:12", "analytics.marketing.my-cat_2",
      5, 12, 35, 0 },
    { "1:a:1:2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "a", 1, 2, 7, 1 },
    { "1:a:1:2:abcdefghijklmnopqrstuvwxyz-_0123456789ABCDw", "a", 1, 2, 7, 1 },
    { "1:analytics.marketing:99999999999:999999999", "analytics.marketing",
      99999999999LL, 999999999UL, 43, 0 },
    { "1:x:1:2:Ab_-012345678901234567890123456789abcdefghQ", "x", 1, 2, 7, 1 },
};


static void
test_old(void)
{
    privacy_native_t  n;
    size_t            i;

    for (i = 0; i < sizeof(old) / sizeof(old[0]); i++) {
        UNIT_CHECK(parse(old[i].value, &n) == 0, "old \"%s\"", old[i].value);
        UNIT_CHECK_MEM(n.cats, n.cats_len, old[i].cats, "cats %zu", i);
        UNIT_CHECK(n.time == old[i].time && n.rev == old[i].rev,
                   "time, rev %zu", i);
        UNIT_CHECK(n.id == NULL && n.id_len == 0, "no id %zu", i);
        UNIT_CHECK(n.signed_len == old[i].signed_len, "signed_len %zu: %zu",
                   i, n.signed_len);
        UNIT_CHECK((n.sig != NULL) == old[i].sig
                   && n.sig_len == (old[i].sig ? 43u : 0u), "sig %zu", i);
    }
}


static void
test_id(void)
{
    static const unsigned char  zero[16], ones[16] = {
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
    };
    /* RFC 4648 test: "any carnal pleas" is 16 bytes */
    static const unsigned char  text[16] = "any carnal pleas";
    static const char  sig[] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    char              v[256];
    size_t            i, k, len;
    uint32_t          rng;
    privacy_native_t  n;
    unsigned char     raw[16], id[PRIVACY_NATIVE_ID_LEN];

    privacy_native_id_encode(zero, id);
    UNIT_CHECK_MEM(id, 22, "AAAAAAAAAAAAAAAAAAAAAA", "zero id");
    privacy_native_id_encode(ones, id);
    UNIT_CHECK_MEM(id, 22, "_____________________w", "ones id");
    privacy_native_id_encode(text, id);
    UNIT_CHECK_MEM(id, 22, "YW55IGNhcm5hbCBwbGVhcw", "RFC 4648 text");

    /* unsigned with an id */
    UNIT_CHECK(parse("1:analytics:1732300000:3:YW55IGNhcm5hbCBwbGVhcw", &n)
               == 0, "id");
    UNIT_CHECK_MEM(n.id, n.id_len, "YW55IGNhcm5hbCBwbGVhcw", "id view");
    UNIT_CHECK(n.sig == NULL && n.signed_len == 47, "id covered: %zu",
               n.signed_len);
    UNIT_CHECK_MEM(n.cats, n.cats_len, "analytics", "cats with id");
    UNIT_CHECK(n.time == 1732300000LL && n.rev == 3, "time, rev with id");

    /* signed with an id: the signature covers it */
    snprintf(v, sizeof(v), "1::0:0:_____________________w:%s", sig);
    UNIT_CHECK(parse(v, &n) == 0, "id and sig");
    UNIT_CHECK_MEM(n.id, n.id_len, "_____________________w", "id of signed");
    UNIT_CHECK(n.sig == (const unsigned char *) v + 30 && n.sig_len == 43,
               "sig of signed");
    UNIT_CHECK(n.signed_len == 29, "signed_len: %zu", n.signed_len);
    UNIT_CHECK(n.cats_len == 0, "only necessary with id");

    /* the spare bits: exactly A Q g w end an id */
    for (k = 0; k < 64; k++) {
        const char *b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                          "0123456789-_";

        snprintf(v, sizeof(v), "1:a:1:2:AAAAAAAAAAAAAAAAAAAAA%c", b64[k]);
        UNIT_CHECK((parse(v, &n) == 0) == ((k & 15) == 0), "last %c",
                   b64[k]);
    }

    /* random ids: encode, then parse, alone and signed */
    rng = 2463534242u;

    for (i = 0; i < 1000; i++) {
        for (k = 0; k < 16; k++) {
            rng ^= rng << 13;
            rng ^= rng >> 17;
            rng ^= rng << 5;
            raw[k] = (unsigned char) rng;
        }

        privacy_native_id_encode(raw, id);
        len = (size_t) snprintf(v, sizeof(v), "1:analytics.ads:%zu:%zu:%.22s",
                                i * 1000, i, (const char *) id);

        if (parse(v, &n) != 0 || n.id != (const unsigned char *) v + len - 22
            || n.signed_len != len || n.sig != NULL)
        {
            UNIT_CHECK(0, "round trip %s", v);
            continue;
        }

        snprintf(v + len, sizeof(v) - len, ":%s", sig);

        if (parse(v, &n) != 0 || n.signed_len != len
            || memcmp(n.id, id, 22) != 0 || n.sig == NULL)
        {
            UNIT_CHECK(0, "signed round trip %s", v);
        }
    }

    UNIT_CHECK(1, "1000 round trips");
}


static void
test_malformed(void)
{
    privacy_native_t  n;
    size_t            i;
    char              big[PRIVACY_NATIVE_MAX_LEN + 64];

    for (i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++) {
        UNIT_CHECK(parse(malformed[i], &n) == -1, "accepted \"%s\"",
                   malformed[i]);
    }

    UNIT_CHECK(sizeof(malformed) / sizeof(malformed[0]) >= 30,
               "at least 30 malformed values");

    /* embedded NUL: the length counts, not the C string */
    UNIT_CHECK(privacy_native_parse((const unsigned char *) "1:a\0:1:2", 8, &n)
               == -1, "NUL");

    memset(big, 'a', sizeof(big));
    memcpy(big, "1:", 2);
    memcpy(big + sizeof(big) - 6, ":1:2", 4);
    UNIT_CHECK(privacy_native_parse((const unsigned char *) big,
                                    sizeof(big) - 2, &n) == -1, "oversize");
}

int
main(void)
{
    test_valid();
    test_old();
    test_id();
    test_malformed();

    return unit_summary("native");
}
