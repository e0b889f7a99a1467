/*
 * Unit tests for lib/privacy_literal.c: the factors found in the catalog's
 * URL regexes and in tricky patterns, the patterns refused, and the litset
 * scan.  Soundness against PCRE2 itself is fuzzed (t/fuzz/fuzz_literal.c).
 */
#include "unit.h"
#include "privacy_literal.h"

#define S(s)  (const unsigned char *) (s), sizeof(s) - 1
#define R(s, from)  (const unsigned char *) (s), (from), sizeof(s) - 1

/* the factor as "a|b|c" (and "i:" in front when caseless), or "-" */
static const char *
factor(const char *re, int caseless)
{
    static char       out[512];
    unsigned          k;
    size_t            n;
    privacy_factor_t  f;

    if (!privacy_regex_factor((const unsigned char *) re, strlen(re),
                              caseless, &f))
    {
        return "-";
    }

    n = 0;

    if (f.caseless) {
        n += (size_t) snprintf(out + n, sizeof(out) - n, "i:");
    }

    for (k = 0; k < f.nalts; k++) {
        n += (size_t) snprintf(out + n, sizeof(out) - n, "%s%.*s",
                               k ? "|" : "", (int) f.len[k], f.alt[k]);
    }

    return out;
}

static void
check_factor(const char *re, int caseless, const char *want)
{
    const char  *got = factor(re, caseless);

    UNIT_CHECK(strcmp(got, want) == 0, "%s: got \"%s\", want \"%s\"", re, got,
               want);
}

static void
test_catalog(void)
{
    check_factor("^https?://[^/]+/_vercel/insights/", 0, "/_vercel/insights/");
    check_factor("^https?://[^/]+/b/ss/[^/]+/", 0, "/b/ss/");
    check_factor("^https?://[^?]*/(matomo|piwik)\\.(js|php)(\\?|$)", 0,
                 "matomo|piwik");
    check_factor("^https?://[^?]*/com\\.snowplowanalytics\\.snowplow/tp2", 0,
                 "/com.snowplowanalytics.snowplow/");   /* 32 bytes kept */
    check_factor("^https?://(www\\.)?facebook\\.com/tr(/|\\?|$)", 0,
                 "facebook.com/tr");
    check_factor("^https?://[a-z0-9]+\\.ct\\.sendgrid\\.net/(ls/click|wf/open)",
                 0, ".ct.sendgrid.net/");
    check_factor("^https?://adservice\\.google\\.[a-z.]+/", 0,
                 "://adservice.google.");
    check_factor("^https?://www\\.google\\.[a-z.]+/(pagead/|ads/ga-audiences)",
                 0, "://www.google.");
}

static void
test_tricky(void)
{
    /* quantifiers take the literal before them away */
    check_factor("abcd?", 0, "abc");
    check_factor("abcd*efg", 0, "abc");
    check_factor("abcd+efg", 0, "abc");
    check_factor("xabcd{2}efghi", 0, "efghi");
    check_factor("abcd{0,3}", 0, "abc");
    check_factor("abcd{,3}", 0, "abc");
    check_factor("abc\\.?", 0, "abc");
    check_factor("a{x}bcd", 0, "bcd");     /* "{" and "}" literal: opaque */

    /* groups */
    check_factor("(abcd)?xyz", 0, "xyz");
    check_factor("(abcd)*", 0, "-");
    check_factor("(abcd){1}", 0, "-");
    check_factor("(?:abcd|efgh)", 0, "abcd|efgh");
    check_factor("(abcd|)", 0, "-");
    check_factor("(|abcd)", 0, "-");
    check_factor("(abcd|ef)ghi", 0, "ghi");
    check_factor("(?=abcd)x", 0, "-");
    check_factor("(?<n>abcd)", 0, "-");
    check_factor("(a(bcd))", 0, "-");
    check_factor("(a.cd|efgh)", 0, "-");
    check_factor("(abc\\|d|efg)", 0, "abc|d|efg");
    check_factor("(a|b|c|d|e|f|g|h|i)xyz", 0, "xyz");

    /* top-level alternation: nothing is certain */
    check_factor("abcdef|ghijkl", 0, "-");
    check_factor("\\|abcdef", 0, "|abcdef");

    /* classes, including "]" and POSIX classes inside */
    check_factor("[]abc]defg", 0, "defg");
    check_factor("[^]abc]defg", 0, "defg");
    check_factor("[[:alpha:]]defg", 0, "defg");
    check_factor("[a\\]bcd]efgh", 0, "efgh");
    check_factor("[abc", 0, "-");

    /* escapes */
    check_factor("abc\\d+efgh", 0, "efgh");
    check_factor("\\x41bcdef", 0, "-");
    check_factor("ab\\Qc|d\\E", 0, "-");
    check_factor("abc\\Edef", 0, "-");
    check_factor("\\cabcdef", 0, "-");
    check_factor("\\1abcdef", 0, "-");
    check_factor("\\p{L}abcdef", 0, "-");
    check_factor("\\N{U+41}abc", 0, "-");
    check_factor("\\Nabcd", 0, "abcd");
    check_factor("abc\\", 0, "-");

    /* options and verbs */
    check_factor("(*UTF)abcdef", 0, "-");
    check_factor("(?x)ab cd ef", 0, "-");
    check_factor("(?i)abcdef", 0, "i:abcdef");
    check_factor("ab(?i:cdefg)", 0, "-");
    check_factor("abcdef", 1, "i:abcdef");
    check_factor("(?#c)abcdef", 0, "-");

    /* the best factor: longest shortest branch */
    check_factor("ab.cdef.(ghijk|lmnop)", 0, "ghijk|lmnop");
    check_factor("ab.cdefgh.(ghijk|lmnop)", 0, "cdefgh");
    check_factor("^.*$", 0, "-");
    check_factor("", 0, "-");
    check_factor("ab", 0, "-");
    /* non-ASCII bytes: opaque */
    check_factor("\xc3\xa9" "t" "\xc3\xa9" "abc", 0, "abc");
    check_factor("abcdefghijklmnopqrstuvwxyz0123456789", 0,
                 "abcdefghijklmnopqrstuvwxyz012345");
}

static void
test_scan(void)
{
    uint64_t           m;
    privacy_factor_t   f;
    privacy_litset_t   set;

    privacy_litset_init(&set);

    UNIT_CHECK(privacy_regex_factor(S("^https?://[^?]*/(matomo|piwik)\\.js"),
                                    0, &f), "matomo");
    UNIT_CHECK(privacy_litset_add(&set, &f, 0) == 0, "add 0");
    UNIT_CHECK(privacy_regex_factor(S("facebook\\.com/tr"), 0, &f), "fb");
    UNIT_CHECK(privacy_litset_add(&set, &f, 5) == 0, "add 5");
    UNIT_CHECK(privacy_regex_factor(S("(?i)/PIXEL/"), 0, &f), "pixel");
    UNIT_CHECK(privacy_litset_add(&set, &f, 63) == 0, "add 63");
    UNIT_CHECK(privacy_litset_add(&set, &f, 64) == -1, "64 is too many");

    m = privacy_litset_scan(&set, S("https://x.org/js/piwik.js"));
    UNIT_CHECK(m == 1, "piwik: %llx", (unsigned long long) m);

    m = privacy_litset_scan(&set, S("https://www.facebook.com/tr?id=1"));
    UNIT_CHECK(m == (uint64_t) 1 << 5, "fb: %llx", (unsigned long long) m);

    m = privacy_litset_scan(&set, S("https://facebook.com/t"));
    UNIT_CHECK(m == 0, "fb cut: %llx", (unsigned long long) m);

    m = privacy_litset_scan(&set, S("//a/Pixel/matomo/facebook.com/tr"));
    UNIT_CHECK(m == ((uint64_t) 1 << 63 | (uint64_t) 1 << 5 | 1),
               "all three: %llx", (unsigned long long) m);

    m = privacy_litset_scan(&set, S("//a/pIxEl/"));
    UNIT_CHECK(m == (uint64_t) 1 << 63, "caseless: %llx",
               (unsigned long long) m);

    m = privacy_litset_scan(&set, S("matom"));
    UNIT_CHECK(m == 0, "at the end: %llx", (unsigned long long) m);

    m = privacy_litset_scan(&set, S(""));
    UNIT_CHECK(m == 0, "empty");
}

/* a prefix scanned once, then rests: the same bits as whole subjects */
static void
test_memo(void)
{
    size_t                  i, n;
    uint64_t                m, w;
    privacy_factor_t        f;
    privacy_litset_t        set;
    privacy_litset_memo_t   memo;

    static const char  *res[] = {
        "^https?://(www\\.)?facebook\\.com/tr(/|\\?|$)",
        "^https?://[^/]+/b/ss/[^/]+/",
        "^https?://www\\.google\\.[a-z.]+/(pagead/|ads/ga-audiences)",
        "(?i)/PIXEL/",
    };

    static const char  *urls[] = {
        "https://www.facebook.com/tr?id=1",
        "https://www.facebook.com/t",
        "https://www.facebook.com/x/facebook.com/tr",
        "https://www.google.com/pagead/x",
        "https://a.org/b/ss/x/",
        "https://a.org/a/pIxEl/",
        "https://a.org/",
        "https://a.org",
    };

    privacy_litset_init(&set);

    for (i = 0; i < sizeof(res) / sizeof(res[0]); i++) {
        UNIT_CHECK(privacy_regex_factor((const unsigned char *) res[i],
                                        strlen(res[i]), 0, &f), "%s", res[i]);
        UNIT_CHECK(privacy_litset_add(&set, &f, (unsigned) i) == 0, "add");
    }

    for (i = 0; i < sizeof(urls) / sizeof(urls[0]); i++) {
        w = privacy_litset_scan(&set, (const unsigned char *) urls[i],
                                strlen(urls[i]));

        /* every split, the host's end among them */
        for (n = 0; n <= strlen(urls[i]); n++) {
            if (privacy_litset_prefix(&set, (const unsigned char *) urls[i],
                                      n, &memo)
                != 0)
            {
                continue;
            }

            m = privacy_litset_rest(&set, &memo,
                                    (const unsigned char *) urls[i], n,
                                    strlen(urls[i]));
            UNIT_CHECK(m == w, "%s split at %zu: %llx, want %llx", urls[i],
                       n, (unsigned long long) m, (unsigned long long) w);
        }
    }

    /* the literal across the host's end */
    UNIT_CHECK(privacy_litset_prefix(&set, S("https://www.facebook.com"),
                                     &memo) == 0, "fb prefix");
    UNIT_CHECK(memo.found == 0 && memo.npending >= 1, "fb pending: %u",
               memo.npending);
    m = privacy_litset_rest(&set, &memo, R("/tr?id=1", 0));
    UNIT_CHECK(m == 1, "fb rest: %llx", (unsigned long long) m);
    m = privacy_litset_rest(&set, &memo, R("/t", 0));
    UNIT_CHECK(m == 0, "fb cut: %llx", (unsigned long long) m);

    /* what comes before the rest is read, not matched */
    m = privacy_litset_rest(&set, &memo,
                            R("//x.org/b/ss/PIXEL/facebook.com/tr/z", 33));
    UNIT_CHECK(m == 0, "before the rest: %llx", (unsigned long long) m);
    m = privacy_litset_rest(&set, &memo,
                            R("//x.org/b/ss/PIXEL/facebook.com/tr/z", 7));
    UNIT_CHECK(m == 0xb, "from the rest: %llx", (unsigned long long) m);
}

/* alt k of f in s[from .. len) (whole), as the browser's bytes are read */
static int
naive_in(const privacy_factor_t *f, unsigned k, const unsigned char *s,
    size_t from, size_t len)
{
    size_t         i, j;
    unsigned char  a, b;

    for (i = from; i + f->len[k] <= len; i++) {
        for (j = 0; j < f->len[k]; j++) {
            a = f->alt[k][j];
            b = s[i + j];

            if (f->caseless) {
                a = (a >= 'A' && a <= 'Z') ? a | 0x20 : a;
                b = (b >= 'A' && b <= 'Z') ? b | 0x20 : b;
            }

            if (a != b) {
                break;
            }
        }

        if (j == f->len[k]) {
            return 1;
        }
    }

    return 0;
}


/*
 * Random sets of 1 to 60 regexes' literals (up to 8 alternatives each, so
 * past the 8 buckets and the 16 pairs of the vector scans) over a small
 * alphabet with both cases and the 0x20 twins of punctuation, against the
 * naive search: every scan the CPU has (SSSE3 buckets, SSE2, bytes).
 */
static void
test_random_sets(void)
{
    size_t             i, len, from, bad, rounds;
    uint32_t           x;
    uint64_t           want, got;
    unsigned           n, k, j, nre, ssse3;
    privacy_factor_t   f[60];
    unsigned char      s[80];

    static privacy_litset_t  set;
    static const char        abc[] = "abAB/_\x7f.\x0e-0";

    x = 2463534242u;
    bad = 0;
    rounds = 0;

#define NEXT()  (x ^= x << 13, x ^= x >> 17, x ^= x << 5, x)

    for (i = 0; i < 4000; i++) {
        privacy_litset_init(&set);
        ssse3 = set.ssse3;
        nre = 1 + NEXT() % 60;

        for (n = 0; n < nre; n++) {
            memset(&f[n], 0, sizeof(privacy_factor_t));
            f[n].caseless = NEXT() & 1;
            f[n].nalts = 1 + NEXT() % 3;

            for (k = 0; k < f[n].nalts; k++) {
                f[n].len[k] = (unsigned char) (2 + NEXT() % 4);

                for (j = 0; j < f[n].len[k]; j++) {
                    f[n].alt[k][j] = (unsigned char) abc[NEXT()
                                                         % (sizeof(abc) - 1)];
                }
            }

            if (privacy_litset_add(&set, &f[n], n) != 0) {
                break;
            }
        }

        nre = n;

        len = NEXT() % sizeof(s);
        from = len ? NEXT() % (len + 1) : 0;

        for (j = 0; j < len; j++) {
            s[j] = (unsigned char) abc[NEXT() % (sizeof(abc) - 1)];
        }

        want = 0;

        for (n = 0; n < nre; n++) {
            for (k = 0; k < f[n].nalts; k++) {
                if (naive_in(&f[n], k, s, from, len)) {
                    want |= (uint64_t) 1 << n;
                }
            }
        }

        for (k = 0; k <= ssse3; k++) {
            set.ssse3 = k;
            got = privacy_litset_scan(&set, s + from, len - from);
            rounds++;

            /* the first few differences shown, all counted */
            if (got != want && bad++ < 10) {
                printf("set %zu (%u regexes, %u pairs, ssse3 %u) on %zu "
                       "bytes: %llx, want %llx\n", i, nre, set.npairs, k,
                       len - from, (unsigned long long) got,
                       (unsigned long long) want);
            }
        }
    }

#undef NEXT

    UNIT_CHECK(bad == 0, "%zu of %zu random scans differ", bad, rounds);
}


int
main(void)
{
    test_catalog();
    test_tricky();
    test_scan();
    test_memo();
    test_random_sets();

    return unit_summary("literal");
}
