/*
 * test_lang.c: the banner language from Accept-Language
 * (lib/privacy_lang.c): q-values, basic filtering, the truncation
 * fallback, ties, malformed elements and hostile sizes.
 */

#include "unit.h"
#include "privacy_lang.h"


#define T(s)  { (const unsigned char *) (s), sizeof(s) - 1 }

static const privacy_lang_tag_t  site[] = {
    T("en"), T("zh"), T("de"), T("fr"), T("zh-TW")
};

#define NSITE  (sizeof(site) / sizeof(site[0]))


static int
choose(const char *h, const privacy_lang_tag_t *tags, size_t n)
{
    return privacy_lang_choose((const unsigned char *) h, strlen(h), tags, n);
}


static const struct {
    const char  *header;
    int          want;
} cases[] = {
    { "", -1 },
    { "   ", -1 },
    { ",, ,\t,", -1 },
    { "de", 2 },
    { "ja", -1 },
    { "ja, *;q=0.1", 0 },
    { "*", 0 },
    { "*;q=0", -1 },
    { "*, en;q=0", 1 },                         /* en excluded, then order */
    { "de;q=0.5, *", 0 },
    { "zh-CN,zh;q=0.9,en;q=0.8", 1 },
    { "zh-TW,zh;q=0.9", 4 },
    { "zh-CN", 1 },                             /* truncated to zh */
    { "zh-HK", 1 },                             /* zh, never zh-TW */
    { "zh-Hans-CN, en;q=0.5", 1 },
    { "zh-HK, *;q=0.5", 1 },
    { "zh", 1 },                                /* exact before zh-TW */
    { "zh;q=0, zh-TW", 4 },                     /* most specific decides */
    { "zh-TW;q=0, zh", 1 },
    { "zh-TW;q=0", -1 },
    { "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", 3 },
    { "fr-CH, en;q=0.9, fr;q=0.8", 0 },         /* fr said, below en */
    { "EN-us", 0 },
    { "ZH-tw", 4 },
    { "de;q=0.5, fr;q=0.5", 2 },                /* ties: header order */
    { "fr;q=0.5, de;q=0.5", 3 },
    { "de;q=0.5, fr;q=0.501", 3 },
    { "fr;q=0.001, ja", 3 },
    { "fr;q=0.000, de;q=0.001", 2 },
    { "fr;q=0., de;q=0.001", 2 },
    { "fr;q=1., de", 3 },
    { "fr;q=1.000, de", 3 },
    { "fr;Q=0.5, de;q=0.4", 3 },
    { "fr ; q=0.5 , de;q=0.4", 3 },
    { "fr\t;\tq=0.5,de;q=0.4", 3 },
    /* malformed elements are ignored as if absent */
    { "fr;q=0.5000, de;q=0.1", 2 },
    { "fr;q=1.5, de;q=0.1", 2 },
    { "fr;q=1.001, de;q=0.1", 2 },
    { "fr;q=2, de;q=0.1", 2 },
    { "fr;q=.5, de;q=0.1", 2 },
    { "fr;q= 0.5, de;q=0.1", 2 },
    { "fr;q =0.5, de;q=0.1", 2 },
    { "fr;q=-1, de;q=0.1", 2 },
    { "fr;q=x, de;q=0.1", 2 },
    { "fr;q=, de;q=0.1", 2 },
    { "fr;q, de;q=0.1", 2 },
    { "fr;, de;q=0.1", 2 },
    { "fr;level=1, de;q=0.1", 2 },
    { "fr;q=0.5;q=0.6, de;q=0.1", 2 },
    { "fr q=0.5, de;q=0.1", 2 },
    { "en_US, de;q=0.5", 2 },
    { "en-, de;q=0.5", 2 },
    { "-en, de;q=0.5", 2 },
    { "en--us, de;q=0.5", 2 },
    { "f1, de;q=0.5", 2 },
    { "abcdefghi, de;q=0.5", 2 },
    { "en-abcdefghi, de;q=0.5", 2 },
    { "**, de;q=0.5", 2 },
    { "*-en, de;q=0.5", 2 },
    { "\"en\", de;q=0.5", 2 },
    { "en\x80, de;q=0.5", 2 },
};


static void
test_cases(void)
{
    size_t  i;
    int     got;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        got = choose(cases[i].header, site, NSITE);
        UNIT_CHECK(got == cases[i].want, "\"%s\": %d, want %d",
                   cases[i].header, got, cases[i].want);
    }
}


static void
test_other_sites(void)
{
    static const privacy_lang_tag_t  zh_tw[] = { T("zh-TW") };
    static const privacy_lang_tag_t  two[] = { T("zh"), T("zh-TW") };
    static const privacy_lang_tag_t  rev[] = { T("zh-TW"), T("zh") };
    static const privacy_lang_tag_t  hant[] = { T("zh"), T("zh-Hant") };
    static const privacy_lang_tag_t  hant_tw[] = { T("zh"), T("zh-Hant-TW") };
    static const privacy_lang_tag_t  en_zh[] = { T("en"), T("zh") };
    static const privacy_lang_tag_t  lower[] = { T("en"), T("zh-tw") };
    static const privacy_lang_tag_t  empty[] = { { NULL, 0 }, T("de") };

    UNIT_CHECK(choose("zh-CN", zh_tw, 1) == -1, "zh-CN never zh-TW");
    UNIT_CHECK(choose("zh", zh_tw, 1) == 0, "zh filters zh-TW");
    UNIT_CHECK(choose("zh", rev, 2) == 1, "exact before prefix");
    UNIT_CHECK(choose("zh-CN, zh-TW;q=0.9", two, 2) == 0,
               "truncation keeps the range's q");
    UNIT_CHECK(choose("zh-Hant-TW", hant, 2) == 1, "longer truncation");
    UNIT_CHECK(choose("zh-Hant", hant_tw, 2) == 1,
               "filtering before truncation for one range");
    UNIT_CHECK(choose("zh-TW;q=0.2, zh-HK;q=0.8, en;q=0.5", en_zh, 2) == 1,
               "truncation takes the best q");
    UNIT_CHECK(choose("en;q=0.9, zh-TW;q=0.2, zh-HK;q=0.8", en_zh, 2) == 0,
               "truncation below a better range");
    UNIT_CHECK(choose("zh-CN;q=0", en_zh, 2) == -1, "truncated q=0");
    UNIT_CHECK(choose("zh-CN, *;q=0.1", en_zh, 2) == 1,
               "truncation before \"*\"");
    UNIT_CHECK(choose("zh-CN;q=0, *", en_zh, 2) == 0,
               "a truncated q=0 leaves \"*\"");
    UNIT_CHECK(choose("zh-CN;q=0, *;q=0.5, en;q=0.4", en_zh, 2) == 1,
               "a truncated q=0 excludes only zh-CN");
    UNIT_CHECK(choose("*;q=0.5, *;q=0.9", en_zh, 2) == 0
               && choose("*;q=0, *", en_zh, 2) == -1, "the first \"*\"");
    UNIT_CHECK(choose("ZH-TW", lower, 2) == 1, "tags any case");
    UNIT_CHECK(choose("*", empty, 2) == 1, "empty tag skipped");
    UNIT_CHECK(choose("de", site, 0) == -1, "no tags");
    UNIT_CHECK(privacy_lang_choose(NULL, 0, site, NSITE) == -1, "no header");
    UNIT_CHECK(privacy_lang_choose((const unsigned char *) "de\0, fr", 7,
                                   site, NSITE) == 3, "NUL in a range");
}


static void
test_valid(void)
{
    static const char  *good[] = {
        "en", "zh-TW", "zh-Hant-TW", "es-419", "de-CH-1996", "abcdefgh",
        "x-private",
    };
    static const char  *bad[] = {
        "", "*", "en-", "-en", "en_US", "1en", "abcdefghi", "en-abcdefghi",
        "en us", "en;q=1", "zh--TW",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-a-b-c-d-e-f-g",
    };
    size_t  i;

    for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        UNIT_CHECK(privacy_lang_tag_valid((const unsigned char *) good[i],
                                          strlen(good[i])), "%s", good[i]);
    }

    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        UNIT_CHECK(!privacy_lang_tag_valid((const unsigned char *) bad[i],
                                           strlen(bad[i])), "%s", bad[i]);
    }
}


static void
test_hostile(void)
{
    static char  h[16384];
    size_t       n, i;

    /* 8 KB of commas, then a language: empty elements do not count */
    memset(h, ',', 8192);
    memcpy(h + 8192, "de", 3);
    UNIT_CHECK(choose(h, site, NSITE) == 2, "commas");

    /* 1000 ranges: only the first PRIVACY_LANG_MAX_RANGES are read */
    n = 0;
    for (i = 0; i < 1000; i++) {
        n += (size_t) snprintf(h + n, sizeof(h) - n, "xx-%03zu,", i);
    }
    memcpy(h + n, "de", 3);
    UNIT_CHECK(choose(h, site, NSITE) == -1, "1000 ranges");

    n = 0;
    for (i = 0; i < PRIVACY_LANG_MAX_RANGES - 1; i++) {
        n += (size_t) snprintf(h + n, sizeof(h) - n, "%s,",
                               (i & 1) ? "xx" : "bad_range");
    }
    memcpy(h + n, "de", 3);
    UNIT_CHECK(choose(h, site, NSITE) == 2, "the last range read");

    memcpy(h + n, "ja,de", 6);
    UNIT_CHECK(choose(h, site, NSITE) == -1, "one past the last");

    /* a range longer than PRIVACY_LANG_MAX_RANGE is ignored */
    n = 0;
    n += (size_t) snprintf(h + n, sizeof(h) - n, "de");
    while (n <= PRIVACY_LANG_MAX_RANGE) {
        n += (size_t) snprintf(h + n, sizeof(h) - n, "-abc");
    }
    snprintf(h + n, sizeof(h) - n, ", fr;q=0.1");
    UNIT_CHECK(choose(h, site, NSITE) == 3, "long range ignored");

    /* a long run of subtags of the right form, and one long subtag */
    memset(h, 'a', 8192);
    h[8192] = '\0';
    UNIT_CHECK(choose(h, site, NSITE) == -1, "8 KB of letters");

    for (i = 0; i < 8192; i += 2) {
        h[i] = 'd';
        h[i + 1] = '-';
    }
    h[8191] = 'e';
    UNIT_CHECK(choose(h, site, NSITE) == -1, "8 KB of subtags");
}


int
main(void)
{
    test_cases();
    test_other_sites();
    test_valid();
    test_hostile();

    return unit_summary("lang");
}
