/*
 * test_foreign.c: the text of an SVG <style> or <script> (privacy_foreign.h);
 * the cases marked Chromium were checked there (an SVG <style> or <script>
 * with that text fetched tracker.test).
 */

#include "unit.h"
#include "privacy_foreign.h"


/* want_all: with the text of child elements; want_own: without */
static void
check(const char *content, const char *want_all, const char *want_own)
{
    size_t          len, n;
    unsigned char   out[512];
    int             all;
    const char     *want;

    len = strlen(content);

    for (all = 0; all < 2; all++) {
        want = all ? want_all : want_own;
        memset(out, 0xee, sizeof(out));
        n = privacy_foreign_text((const unsigned char *) content, len, out,
                                 all);

        UNIT_CHECK(n <= len, "\"%s\" (%d): %zu bytes from %zu", content, all,
                   n, len);
        UNIT_CHECK(out[len] == 0xee, "\"%s\" (%d): written past", content,
                   all);
        UNIT_CHECK(n == strlen(want) && memcmp(out, want, n) == 0,
                   "\"%s\" (%d): got \"%.*s\", want \"%s\"", content, all,
                   (int) n, (const char *) out, want);
    }

    UNIT_CHECK(privacy_foreign_plain((const unsigned char *) content, len)
               == (strchr(content, '<') == NULL && strchr(content, '&') == NULL),
               "\"%s\": plain", content);
}


int
main(void)
{
    /* text as it is */
    check("", "", "");
    check("a{b:c}", "a{b:c}", "a{b:c}");
    check("a < b", "a < b", "a < b");
    check("a<", "a<", "a<");
    check("a<1", "a<1", "a<1");

    /* references decoded, as in an attribute (privacy_html_decode()) */
    check("tr&#97;cker", "tracker", "tracker");                 /* Chromium */
    check("a&amp;b&lt;c", "a&b<c", "a&b<c");
    check("https:&sol;&sol;t", "https://t", "https://t");
    check("&bogus;", "&bogus;", "&bogus;");

    /* comments dropped: all their ends */
    check("tr<!-- x -->acker", "tracker", "tracker");            /* Chromium */
    check("a<!-->b", "ab", "ab");
    check("a<!--->b", "ab", "ab");
    check("a<!---->b", "ab", "ab");
    check("a<!-- x --!>b", "ab", "ab");
    check("a<!-- - -- x -->b", "ab", "ab");
    check("a<!-- --x -->b", "ab", "ab");
    check("a<!-- unclosed", "a", "a");
    check("a<!--", "a", "a");

    /* bogus comments dropped */
    check("a<?x>b", "ab", "ab");
    check("a<!doctype x>b", "ab", "ab");
    check("a</>b", "ab", "ab");
    check("a</ x>b", "ab", "ab");
    check("a</1>b", "ab", "ab");
    check("a<?x", "a", "a");

    /* CDATA unwrapped, joined */
    check("<![CDATA[x=\"https://tr]]><![CDATA[acker.test/\"]]>",
          "x=\"https://tracker.test/\"",
          "x=\"https://tracker.test/\"");                        /* Chromium */
    check("<![CDATA[a<b>c]]>d", "a<b>cd", "a<b>cd");
    check("<![CDATA[unclosed", "unclosed", "unclosed");
    check("<![CDATA[]]>", "", "");
    check("<![cdata[x]]>", "", "");

    /* tags dropped; a child's text only in the first reading */
    check("tr<g>x</g>acker", "trxacker", "tracker");             /* Chromium */
    check("a<g/>b", "ab", "ab");
    check("a<g><h>b</h>c</g>d", "abcd", "ad");
    check("a</g>b<g>c", "abc", "ab");
    check("a<g x=\">\" y='>'>b</g>c", "abc", "ac");
    check("a<g x = \">\">b</g>c", "abc", "ac");
    check("a<g x=>b</g>c", "abc", "ac");
    check("a<g x=\"unclosed", "a", "a");
    check("a<G>b</G>c", "abc", "ac");

    /* references after markup is dropped */
    check("tr<!-- -->&#97;cker", "tracker", "tracker");

    return unit_summary("foreign");
}
