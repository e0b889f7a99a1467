/*
 * test_refresh.c: the URL of a declarative refresh (privacy_refresh.h);
 * the cases marked Chromium were checked there (the URL it requested).
 */

#include "unit.h"
#include "privacy_refresh.h"


/* want: "" for none, "U" for one reading, "U|V" for two */
static void
check(const char *content, const char *want)
{
    int     n;
    char    got[256];
    size_t  s, e, e2, len;

    len = strlen(content);
    s = e = e2 = 0;
    n = privacy_refresh_url((const unsigned char *) content, len, &s, &e,
                            &e2);
    got[0] = '\0';

    if (n >= 1) {
        UNIT_CHECK(s <= e && e <= len, "\"%s\": bounds", content);
        snprintf(got, sizeof(got), "%.*s", (int) (e - s), content + s);
    }

    if (n == 2) {
        UNIT_CHECK(e < e2 && e2 <= len, "\"%s\": bounds 2", content);
        snprintf(got + strlen(got), sizeof(got) - strlen(got), "|%.*s",
                 (int) (e2 - s), content + s);

    } else if (n == 1) {
        UNIT_CHECK(e2 == e, "\"%s\": one reading", content);
    }

    UNIT_CHECK(strcmp(got, want) == 0, "\"%s\": got \"%s\" (%d), want \"%s\"",
               content, got, n, want);
}


int
main(void)
{
    check("", "");
    check("5", "");
    check("5;", "");
    check(" 5 ; ", "");
    check("0;url=/a", "/a");
    check("0; URL = /a ", "/a ");
    check("0,url=/a", "/a");
    check("0 /a", "/a");
    check("0;/a", "/a");
    check(".5;url=/a", "/a");
    check("0;URL  =/T7", "/T7");                          /* Chromium */
    check("0;ur=/T9", "ur=/T9");                          /* Chromium */
    check("0;urx=/a", "urx=/a");
    check("0;url /a", "url /a");
    check("0;url", "url");
    check("0;url=", "");
    check("0;url=''", "");
    check("0;url='/a'", "/a");
    check("0;url=\"/a\"", "/a");
    check("0;url='/T5", "/T5");                           /* Chromium */
    check("0;url=/T4'x'", "/T4'x'");                      /* Chromium */
    check("0;url='/first'/second'", "/first|/first'/second");  /* Chromium */
    check(" 0 , URL = \"/T6\"x\"", "/T6|/T6\"x");         /* Chromium */
    check("0;url='http://a.example'@t.example/x'",
          "http://a.example|http://a.example'@t.example/x");  /* Chromium */
    check("0;url='/a'b'c'", "/a|/a'b'c");
    check("0;url='/a\"b'", "/a\"b");
    check("0;url=''x'", "|'x");
    check("0;'/a'", "/a");
    check("0\t\n\f\r;\t\n\f\rurl\t=\t'/a'", "/a");
    check("0;\x01url=/a", "\x01url=/a");

    return unit_summary("refresh");
}
