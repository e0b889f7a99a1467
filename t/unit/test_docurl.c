/*
 * test_docurl.c: the document of a data: or javascript: URL
 * (privacy_docurl.h); the cases marked Chromium were checked there (a frame
 * with that URL fetched what its markup named).
 */

#include "unit.h"
#include "privacy_docurl.h"


static void
check(const char *url, int kind, const char *doc)
{
    int             k;
    size_t          n, len;
    unsigned char   out[512];

    len = strlen(url);
    memset(out, 0xee, sizeof(out));
    k = privacy_docurl((const unsigned char *) url, len, out, &n);

    UNIT_CHECK(k == kind, "\"%s\": kind %d, want %d", url, k, kind);
    UNIT_CHECK(out[len] == 0xee, "\"%s\": written past", url);

    if (kind != PRIVACY_DOCURL_NONE) {
        UNIT_CHECK(n <= len && n == strlen(doc) && memcmp(out, doc, n) == 0,
                   "\"%s\": got \"%.*s\", want \"%s\"", url, (int) n,
                   (const char *) out, doc);
    }
}


int
main(void)
{
    /* data: */
    check("data:text/html,<img src=\"https://t.test/p\">",
          PRIVACY_DOCURL_DATA, "<img src=\"https://t.test/p\">"); /* Chromium */
    check("data:,x", PRIVACY_DOCURL_DATA, "x");
    check("DATA:text/html,%3Cimg%20src=x%3E", PRIVACY_DOCURL_DATA,
          "<img src=x>");
    check(" \x01" "data:,a%zz%4", PRIVACY_DOCURL_DATA, "a%zz%4");
    check("da\tt\na:,x\ry", PRIVACY_DOCURL_DATA, "xy");
    check("data:text/html;base64,PGltZyBzcmM9eD4=", PRIVACY_DOCURL_DATA,
          "<img src=x>");
    check("data:text/html;BASE64,PGltZyBzcmM9eD4", PRIVACY_DOCURL_DATA,
          "<img src=x>");
    check("data:text/html; base64 ,PG ltZyBz\ncmM9eD4=", PRIVACY_DOCURL_DATA,
          "<img src=x>");
    check("data:text/html;base64,PGltZyBzcmM9eD4%3D", PRIVACY_DOCURL_DATA,
          "<img src=x>");
    check("data:text/html;base64,P", PRIVACY_DOCURL_NONE, "");
    check("data:text/html;base64,P*==", PRIVACY_DOCURL_NONE, "");
    check("data:text/html;base64x,PGltZz4=", PRIVACY_DOCURL_DATA, "PGltZz4=");
    check("data:base64,PGltZz4=", PRIVACY_DOCURL_DATA, "PGltZz4=");
    check("data:text/xbase64,PGltZz4=", PRIVACY_DOCURL_DATA, "PGltZz4=");
    check("data:text/x base64,PGltZz4=", PRIVACY_DOCURL_DATA, "PGltZz4=");
    check("data:;base64,Pz8/Pz8+", PRIVACY_DOCURL_DATA, "?" "?" "?" "?" "?>");
    check("data:;base64,PGltZz4=", PRIVACY_DOCURL_DATA, "<img>");
    check("data:text/html", PRIVACY_DOCURL_NONE, "");
    check("data:", PRIVACY_DOCURL_NONE, "");

    /* javascript: */
    check("javascript:'<img src=\"https://t.test/p\">'",
          PRIVACY_DOCURL_JAVASCRIPT,
          "'<img src=\"https://t.test/p\">'");                      /* Chromium */
    check("JavaScript:new%20Image().src='x'", PRIVACY_DOCURL_JAVASCRIPT,
          "new Image().src='x'");
    check("java\tscript:a", PRIVACY_DOCURL_JAVASCRIPT, "a");
    check("javascript:", PRIVACY_DOCURL_JAVASCRIPT, "");

    /* others */
    check("", PRIVACY_DOCURL_NONE, "");
    check("https://t.test/", PRIVACY_DOCURL_NONE, "");
    check("/data:,x", PRIVACY_DOCURL_NONE, "");
    check("datas:,x", PRIVACY_DOCURL_NONE, "");
    check("javascripts:x", PRIVACY_DOCURL_NONE, "");
    check("vbscript:x", PRIVACY_DOCURL_NONE, "");

    return unit_summary("docurl");
}
