/*
 * Unit tests of lib/privacy_cookie.c: Cookie iteration (spec/consent-signals
 * section 1), Set-Cookie parsing and token names.
 */
#include <stdint.h>

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

/*
 * The reference: RFC 6265 5.2 as written, one attribute at a time, split at
 * every ";", names trimmed and compared without case; the last one wins.
 */
static void
ref_expiry(const unsigned char *p, size_t len, privacy_set_cookie_t *sc)
{
    size_t               s, e, eq, ns, ne, vs, ve, k;
    long long            v;
    int                  neg, ok;
    static const char   *ma = "max-age", *ex = "expires";

    sc->has_max_age = 0;
    sc->has_expires = 0;

    for (s = 0; s < len && p[s] != ';'; s++) { /* the name=value part */ }

    while (s < len) {
        s++;
        for (e = s; e < len && p[e] != ';'; e++) { }
        for (eq = s; eq < e && p[eq] != '='; eq++) { }

        if (eq < e) {
            ns = s; ne = eq; vs = eq + 1; ve = e;
            while (ns < ne && (p[ns] == ' ' || p[ns] == '\t')) { ns++; }
            while (ne > ns && (p[ne - 1] == ' ' || p[ne - 1] == '\t')) { ne--; }
            while (vs < ve && (p[vs] == ' ' || p[vs] == '\t')) { vs++; }
            while (ve > vs && (p[ve - 1] == ' ' || p[ve - 1] == '\t')) { ve--; }

            if (ne - ns == 7) {
                for (k = 0; k < 7 && (p[ns + k] | 0x20) == ma[k]; k++) { }
                if (k == 7) {
                    neg = vs < ve && p[vs] == '-';
                    ok = vs + neg < ve;
                    v = 0;
                    for (k = vs + neg; k < ve; k++) {
                        if (p[k] < '0' || p[k] > '9') {
                            ok = 0;
                        } else if (v < 100000000000LL) {
                            v = v * 10 + (p[k] - '0');
                        }
                    }
                    if (ok) {
                        sc->max_age = neg ? -v : v;
                        sc->has_max_age = 1;
                    }
                }
                for (k = 0; k < 7 && (p[ns + k] | 0x20) == ex[k]; k++) { }
                if (k == 7) {
                    sc->expires = p + vs;
                    sc->expires_len = ve - vs;
                    sc->has_expires = 1;
                }
            }
        }

        s = e;
    }
}

/* random values of every length 0..96 from pieces that matter */
static void
test_set_cookie_expiry_reference(void)
{
    size_t                 len, n, i, k, bad, npieces;
    uint32_t               rng;
    unsigned char          buf[128];
    privacy_set_cookie_t   a, b;
    static const char     *pieces[] = {
        ";", "; ", " ", "\t", "=", "Max-Age=", "max-age=0", "MAX-AGE = -5",
        "Expires=Thu, 01 Jan 1970 00:00:00 GMT", "expires=x", "Path=/",
        "mx", "e", "m", "-", "1", "12345678901234", "x", "SameSite=Lax",
        "Domain=expires.io", ";Max-Age=7;"
    };

    rng = 2463534242u;
    bad = 0;
    npieces = sizeof(pieces) / sizeof(pieces[0]);

    for (n = 0; n < 200000; n++) {

        /* 1 to 8 pieces, then every cut: each length meets the blocks */
        len = 0;
        for (i = 0; i == 0 || (i < 8 && len < 80); i++) {
            rng ^= rng << 13;
            rng ^= rng >> 17;
            rng ^= rng << 5;
            k = strlen(pieces[rng % npieces]);
            memcpy(buf + len, pieces[rng % npieces], k);
            len += k;
            if (rng % 5 == 0) {
                break;
            }
        }

        k = n % 97 < len ? n % 97 : len;

        memset(&a, 0, sizeof(a));
        memset(&b, 0, sizeof(b));

        privacy_set_cookie_expiry(buf, k, &a);
        ref_expiry(buf, k, &b);

        if (a.has_max_age != b.has_max_age || a.has_expires != b.has_expires
            || (a.has_max_age && a.max_age != b.max_age)
            || (a.has_expires && (a.expires != b.expires
                                  || a.expires_len != b.expires_len)))
        {
            if (bad++ < 5) {
                fprintf(stderr, "expiry differs on \"%.*s\"\n", (int) k, buf);
            }
        }
    }

    UNIT_CHECK(bad == 0, "expiry equals the reference on 200000 values "
               "(%zu differ)", bad);
}

/* what privacy_set_cookie_lifetime() must answer, from the full expiry */
static int
expected_lifetime(const privacy_set_cookie_t *sc)
{
    if (sc->has_max_age) {
        return sc->max_age <= 0 ? PRIVACY_SC_DELETES : PRIVACY_SC_KEEPS;
    }

    return sc->has_expires ? PRIVACY_SC_EXPIRES : PRIVACY_SC_KEEPS;
}

/*
 * The lifetime read backwards against the expiry read forwards: random
 * values of pieces heavy in numbers of every length around 8 digits
 */
static void
test_set_cookie_lifetime(void)
{
    int                    rc, want;
    size_t                 len, n, i, k, bad, npieces, elen;
    uint32_t               rng;
    unsigned char          buf[160];
    const unsigned char   *exp;
    privacy_set_cookie_t   a;
    static const char     *pieces[] = {
        ";", "; ", " ", "\t", "=", "Max-Age=", "max-age=0", "MAX-AGE = -5",
        "Expires=Thu, 01 Jan 1970 00:00:00 GMT", "expires=x", "Path=/",
        "mx", "e", "-", "0", "00000000", "000000000", "1", "9", "12345678",
        "123456789", "63072000", "0000001", "/", ":", "\x80", "Max-Age=-",
        "max-age=-0", "Max-Age= 1 2", "SameSite=Lax", ";Max-Age=7;",
        "Expires=", "_ga=GA1.2.1234567890.1732300000"
    };

    rc = privacy_set_cookie_lifetime(S("_ga=1; Path=/; Max-Age=0; Secure"),
                                     &exp, &elen);
    UNIT_CHECK(rc == PRIVACY_SC_DELETES, "lifetime: max-age 0");
    rc = privacy_set_cookie_lifetime(
             S("a=b;Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=x"),
             &exp, &elen);
    UNIT_CHECK(rc == PRIVACY_SC_EXPIRES && elen == 29, "lifetime: expires");
    rc = privacy_set_cookie_lifetime(S("a=b; Max-Age=-1; max-age=60"),
                                     &exp, &elen);
    UNIT_CHECK(rc == PRIVACY_SC_KEEPS, "lifetime: the last max-age");
    rc = privacy_set_cookie_lifetime(S("a;Max-Age=0"), &exp, &elen);
    UNIT_CHECK(rc == PRIVACY_SC_DELETES, "lifetime: short value");

    rng = 88675123u;
    bad = 0;
    npieces = sizeof(pieces) / sizeof(pieces[0]);

    for (n = 0; n < 300000; n++) {

        len = 0;
        for (i = 0; i == 0 || (i < 10 && len < 100); i++) {
            rng ^= rng << 13;
            rng ^= rng >> 17;
            rng ^= rng << 5;
            k = strlen(pieces[rng % npieces]);
            memcpy(buf + len, pieces[rng % npieces], k);
            len += k;
            if (rng % 7 == 0) {
                break;
            }
        }

        k = n % 131 < len ? n % 131 : len;

        /* the name alone, as the whole parse finds it */
        if (privacy_set_cookie_parse(buf, k, &a)
            != privacy_set_cookie_name(buf, k, &exp, &elen)
            || (a.name_len && (exp != a.name || elen != a.name_len)))
        {
            if (bad++ < 5) {
                fprintf(stderr, "name differs on \"%.*s\"\n", (int) k, buf);
            }
        }

        memset(&a, 0, sizeof(a));
        privacy_set_cookie_expiry(buf, k, &a);
        want = expected_lifetime(&a);

        exp = NULL;
        elen = 0;
        rc = privacy_set_cookie_lifetime(buf, k, &exp, &elen);

        if (rc != want
            || (rc == PRIVACY_SC_EXPIRES
                && (exp != a.expires || elen != a.expires_len)))
        {
            if (bad++ < 5) {
                fprintf(stderr, "lifetime %d, expected %d on \"%.*s\"\n",
                        rc, want, (int) k, buf);
            }
        }
    }

    UNIT_CHECK(bad == 0, "lifetime and name equal the full parse's on "
               "300000 values (%zu differ)", bad);
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
    test_set_cookie_expiry_reference();
    test_set_cookie_lifetime();

    return unit_summary("cookie");
}
