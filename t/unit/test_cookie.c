/*
 * Unit tests of lib/privacy_cookie.c: Cookie iteration (spec/consent-signals
 * section 1), Set-Cookie parsing and token names.
 */
#include "unit.h"
#include "privacy_cookie.h"

#define S(s)  (const unsigned char *) (s), sizeof(s) - 1

/* joins "name=value" pairs as "name=value|" to compare whole iterations */
static const char *
iterate(const char *header)
{
    static char       out[512];
    size_t            pos, n;
    privacy_cookie_t  c;

    pos = 0;
    n = 0;
    out[0] = '\0';

    while (privacy_cookie_next((const unsigned char *) header, strlen(header),
                               &pos, &c))
    {
        n += (size_t) snprintf(out + n, sizeof(out) - n, "%.*s=%.*s|",
                               (int) c.name_len, (const char *) c.name,
                               (int) c.value_len, (const char *) c.value);
    }

    return out;
}

static void
test_iteration(void)
{
    static const struct {
        const char  *in;
        const char  *out;
    } cases[] = {
        { "", "" },
        { "a=1", "a=1|" },
        { "a=1; b=2", "a=1|b=2|" },
        { "a=1;b=2;;  ;c=3", "a=1|b=2|c=3|" },
        { " \ta = 1 \t; b=", "a=1|b=|" },
        { "noequals; a=1", "a=1|" },
        { "=novalue; a=1", "a=1|" },
        { "q=\"quoted\"", "q=quoted|" },
        { "q=\"", "q=\"|" },
        { "q=\"\"", "q=|" },
        { "a=x=y", "a=x=y|" },
        { "a=1, b=2", "a=1, b=2|" },          /* never split on ',' */
        { "A=1; a=2", "A=1|a=2|" },            /* case kept */
        { ";;;", "" },
        { "a=1;", "a=1|" },
    };
    size_t  i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        UNIT_CHECK(strcmp(iterate(cases[i].in), cases[i].out) == 0,
                   "\"%s\" gave \"%s\", want \"%s\"", cases[i].in,
                   iterate(cases[i].in), cases[i].out);
    }
}

static void
test_piece_bounds(void)
{
    const char        *h = " a=1 ; b=2";
    size_t             pos = 0;
    privacy_cookie_t   c;

    UNIT_CHECK(privacy_cookie_next((const unsigned char *) h, strlen(h), &pos,
                                   &c) == 1, "first piece");
    UNIT_CHECK(c.start == (const unsigned char *) h, "start at 0");
    UNIT_CHECK(c.end == (const unsigned char *) h + 5, "end at ';'");
    UNIT_CHECK(pos == 6, "pos past ';': %zu", pos);
}

static void
test_token(void)
{
    UNIT_CHECK(privacy_cookie_name_is_token(S("_ga")), "_ga");
    UNIT_CHECK(privacy_cookie_name_is_token(S("ASP.NET_SessionId")), "dots");
    UNIT_CHECK(privacy_cookie_name_is_token(S("a!#$%&'*+-.^_`|~")), "tchars");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("")), "empty");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("a b")), "space");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("a\r\nX-Injected: 1")), "CRLF");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("a;b")), ";");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("a=b")), "=");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("\"a\"")), "quotes");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("caf\xc3\xa9")), "non-ASCII");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("a\x7f")), "DEL");
    UNIT_CHECK(!privacy_cookie_name_is_token(S("a\0b")), "NUL");
}

static void
test_set_cookie(void)
{
    privacy_set_cookie_t  sc;

    UNIT_CHECK(privacy_set_cookie_parse(S("_ga=GA1.2; Path=/; Secure"), &sc),
               "plain");
    UNIT_CHECK_MEM(sc.name, sc.name_len, "_ga", "name");
    UNIT_CHECK_MEM(sc.value, sc.value_len, "GA1.2", "value");
    UNIT_CHECK(!sc.has_max_age && !sc.has_expires, "no lifetime");

    UNIT_CHECK(privacy_set_cookie_parse(S("  x = y ;max-age=0"), &sc), "ws");
    UNIT_CHECK_MEM(sc.name, sc.name_len, "x", "trimmed name");
    UNIT_CHECK(sc.has_max_age && sc.max_age == 0, "max-age 0");

    UNIT_CHECK(privacy_set_cookie_parse(S("x=1; MAX-AGE=-5"), &sc), "neg");
    UNIT_CHECK(sc.has_max_age && sc.max_age == -5, "negative max-age");

    UNIT_CHECK(privacy_set_cookie_parse(S("x=1; Max-Age=0; Max-Age=60"), &sc),
               "last wins");
    UNIT_CHECK(sc.max_age == 60, "last max-age wins: %lld", sc.max_age);

    UNIT_CHECK(privacy_set_cookie_parse(S("x=1; Max-Age=abc"), &sc), "junk");
    UNIT_CHECK(!sc.has_max_age, "non-numeric max-age ignored");

    UNIT_CHECK(privacy_set_cookie_parse(S("x=1; Max-Age=-"), &sc), "minus");
    UNIT_CHECK(!sc.has_max_age, "lone minus ignored");

    UNIT_CHECK(privacy_set_cookie_parse(
                   S("x=1; Max-Age=99999999999999999999999"), &sc), "huge");
    UNIT_CHECK(sc.has_max_age && sc.max_age > 0, "huge max-age saturates");

    UNIT_CHECK(privacy_set_cookie_parse(
                   S("id=a; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"),
                   &sc), "expires");
    UNIT_CHECK(sc.has_expires, "has expires");
    UNIT_CHECK_MEM(sc.expires, sc.expires_len,
                   "Thu, 01 Jan 1970 00:00:00 GMT", "expires value");

    UNIT_CHECK(privacy_set_cookie_parse(S("x=; Secure; HttpOnly; Max-Age"),
                                        &sc), "flags");
    UNIT_CHECK(sc.value_len == 0 && !sc.has_max_age, "empty value, flags");

    UNIT_CHECK(!privacy_set_cookie_parse(S("novalue"), &sc), "no '='");
    UNIT_CHECK(!privacy_set_cookie_parse(S("=v"), &sc), "empty name");
    UNIT_CHECK(!privacy_set_cookie_parse(S(""), &sc), "empty");
    UNIT_CHECK(!privacy_set_cookie_parse(S("a; b=c"), &sc),
               "'=' only in an attribute");

    /* the expiry alone, from the name on (what the header filter does) */
    privacy_set_cookie_expiry(S("_ga=1; Path=/; Max-Age=0; Secure"), &sc);
    UNIT_CHECK(sc.has_max_age && sc.max_age == 0 && !sc.has_expires,
               "expiry: max-age");
    privacy_set_cookie_expiry(S("a=b;Expires=Thu, 01 Jan 1970 00:00:00 GMT"),
                              &sc);
    UNIT_CHECK(!sc.has_max_age && sc.has_expires
               && sc.expires_len == 29, "expiry: expires");
    privacy_set_cookie_expiry(S("a=b; Max-Age; mAx-aGe = -1 ;expires"), &sc);
    UNIT_CHECK(sc.has_max_age && sc.max_age == -1 && !sc.has_expires,
               "expiry: any case, blanks, valueless");
    privacy_set_cookie_expiry(S("a=b"), &sc);
    UNIT_CHECK(!sc.has_max_age && !sc.has_expires, "expiry: none");
    privacy_set_cookie_expiry(S("a=b; Secure; HttpOnly; Domain=max-age.io"),
                              &sc);
    UNIT_CHECK(!sc.has_max_age && !sc.has_expires, "expiry: others only");
}

static void
test_set_cookie_name(void)
{
    size_t                n;
    const unsigned char  *name;

    UNIT_CHECK(privacy_set_cookie_name(S(" _ga = x; Path=/"), &name, &n),
               "name");
    UNIT_CHECK_MEM(name, n, "_ga", "trimmed name");
    UNIT_CHECK(!privacy_set_cookie_name(S("novalue; a=b"), &name, &n),
               "no '=' before the first ';'");
    UNIT_CHECK(!privacy_set_cookie_name(S(" =v"), &name, &n), "empty name");
    UNIT_CHECK(privacy_set_cookie_name(S("a=b=c"), &name, &n) && n == 1,
               "first '='");
}

int
main(void)
{
    test_iteration();
    test_piece_bounds();
    test_token();
    test_set_cookie();
    test_set_cookie_name();

    return unit_summary("cookie");
}
