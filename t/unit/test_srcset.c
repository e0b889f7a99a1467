/*
 * test_srcset.c: the URLs of srcset and ping lists (privacy_srcset.h), as
 * the browser splits them; the srcset cases marked so were checked in
 * Chromium (which URLs it requested).
 */

#include "unit.h"
#include "privacy_srcset.h"


/* the URLs of list, joined by "|" */
static const char *
urls(const char *list, int srcset)
{
    size_t                len, o;
    const unsigned char  *u;
    privacy_url_list_t    l;
    static char           out[1024];

    privacy_url_list_init(&l, (const unsigned char *) list, strlen(list),
                          srcset);
    o = 0;
    out[0] = '\0';

    while ((len = privacy_url_list_next(&l, &u)) != 0) {
        if (o + len + 2 > sizeof(out)) {
            return "(too long)";
        }

        if (o) {
            out[o++] = '|';
        }

        memcpy(out + o, u, len);
        o += len;
        out[o] = '\0';
    }

    return out;
}


static void
check(const char *list, int srcset, const char *want)
{
    const char  *got;

    got = urls(list, srcset);
    UNIT_CHECK(strcmp(got, want) == 0, "%s \"%s\": got \"%s\", want \"%s\"",
               srcset ? "srcset" : "ping", list, got, want);
}


int
main(void)
{
    int    i;
    char   list[256], want[256];

    /* srcset */
    check("", 1, "");
    check(" \t\n\f\r,, ,", 1, "");
    check("/a.png", 1, "/a.png");
    check("/a.png 1x, /b.png 2x", 1, "/a.png|/b.png");
    check("/a.png 1x,/b.png 2x", 1, "/a.png|/b.png");
    check("/a.png,/b.png", 1, "/a.png,/b.png");    /* up to a space */
    check(" ,/a.png 480w ,, /b.png 800w,", 1, "/a.png|/b.png");
    check("/a.png\t1x,\n/b.png\f2x\r", 1, "/a.png|/b.png");
    check("/x.gif,, /b.png 2x", 1, "/x.gif|/b.png");          /* Chromium */
    check("/x.gif,,", 1, "/x.gif");                           /* Chromium */
    check("/x.gif, /b.png", 1, "/x.gif|/b.png");
    check("/a.png (,q),/t.gif 1x", 1, "/a.png|/t.gif");       /* Chromium */
    check("/a.png 1x (x,y) /t.gif", 1, "/a.png");             /* Chromium */
    check("/a.png (x, y), /b.png 2x", 1, "/a.png|/b.png");
    check("/a.png ((,),/b.png", 1, "/a.png|/b.png");  /* no nesting */
    check("/a.png (,", 1, "/a.png");
    check("/a.png 1x, data:image/gif;base64,R0lG 2x", 1,
          "/a.png|data:image/gif;base64,R0lG");
    check("/a\x01,b.png 1x", 1, "/a\x01,b.png");    /* C0 is no space */
    check("/\xc3\xa9.png 1x", 1, "/\xc3\xa9.png");

    /* ping: spaces only */
    check("/p1 /p2", 0, "/p1|/p2");
    check(",https://t.example/p", 0, ",https://t.example/p");
    check("/p1,/p2 (x) /p3,", 0, "/p1,/p2|(x)|/p3,");
    check("\t/p1\n\n/p2\f", 0, "/p1|/p2");

    /* URLs around the 16-byte steps, the space at every place */
    for (i = 1; i < 70; i++) {
        memset(list, 'a', (size_t) i);
        memcpy(list + i, " 2x, /b.png\x01\x20", 14);
        list[i + 14] = '\0';
        list[0] = '/';

        memset(want, 'a', (size_t) i);
        want[0] = '/';
        memcpy(want + i, "|/b.png\x01", 9);

        check(list, 1, want);

        list[i + 2] = ',';          /* "/aaa 2,, /b.png": the same */
        check(list, 1, want);
    }

    return unit_summary("srcset");
}
