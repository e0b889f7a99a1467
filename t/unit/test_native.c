/*
 * Unit tests of lib/privacy_native.c: the native consent cookie parser must
 * accept exactly the DESIGN.md grammar and nothing else.
 */
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
    test_malformed();

    return unit_summary("native");
}
