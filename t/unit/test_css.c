/*
 * test_css.c: the URL references of CSS text (lib/privacy_css.c) in every
 * spelling the browser accepts, the things that are not references, and
 * their spans (what a caller replaces to make one URL inert).
 */

#include <stdint.h>
#include <stdlib.h>

#include "unit.h"
#include "privacy_css.h"


/* "url|span" per reference */
static void
refs(const char *s, char *got, size_t size)
{
    size_t             n;
    privacy_css_t      css;
    privacy_css_ref_t  ref;
    unsigned char      u[256];

    n = 0;
    got[0] = '\0';
    privacy_css_init(&css, (const unsigned char *) s, strlen(s));

    while (privacy_css_next(&css, &ref, u, sizeof(u))) {
        n += (size_t) snprintf(got + n, size - n, "%.*s|%.*s\n",
                               (int) ref.len, (const char *) u,
                               (int) (ref.end - ref.start), s + ref.start);
    }
}


#define REFS(css, expect, what)                                              \
    do {                                                                     \
        char  got_[2048];                                                    \
        refs(css, got_, sizeof(got_));                                       \
        UNIT_CHECK(strcmp(got_, expect) == 0, "%s: got [%s]", what, got_);   \
    } while (0)


int
main(void)
{
    REFS("p{background:url(https://px.example/p.gif)}",
         "https://px.example/p.gif|url(https://px.example/p.gif)\n",
         "unquoted url()");
    REFS("a{b:url( \"https://px.example/a\" )}",
         "https://px.example/a|url( \"https://px.example/a\" )\n",
         "quoted url() with blanks");
    REFS("a{b:URL('//px.example/b')}", "//px.example/b|URL('//px.example/b')\n",
         "URL( in capitals, single quotes");
    REFS("a{b:u\\72l(https://px.example/c)}",
         "https://px.example/c|u\\72l(https://px.example/c)\n",
         "an escape in the function name");
    REFS("a{b:\\75 rl(https://px.example/d)}",
         "https://px.example/d|\\75 rl(https://px.example/d)\n",
         "an escape with its blank");
    REFS("a{b:url(https:\\2f\\2fpx.example/e)}",
         "https://px.example/e|url(https:\\2f\\2fpx.example/e)\n",
         "escapes in an unquoted URL");
    REFS("a{b:url(\"https:\\2f\\2f px.example/f\")}",
         "https://px.example/f|url(\"https:\\2f\\2f px.example/f\")\n",
         "escapes in a quoted URL");
    REFS("@import \"https://px.example/g.css\";",
         "https://px.example/g.css|\"https://px.example/g.css\"\n",
         "@import string");
    REFS("@IMPORT url(https://px.example/h.css) screen;",
         "https://px.example/h.css|url(https://px.example/h.css)\n",
         "@import url()");
    REFS("a{b:image-set(\"https://px.example/i1.png\" 1x, url(https://px.example/i2.png) 2x)}",
         "https://px.example/i1.png|\"https://px.example/i1.png\"\n"
         "https://px.example/i2.png|url(https://px.example/i2.png)\n",
         "image-set strings and url()");
    REFS("a{b:-webkit-image-set('https://px.example/j.png' 1x)}",
         "https://px.example/j.png|'https://px.example/j.png'\n",
         "-webkit-image-set");
    REFS("@font-face{font-family:x;src:url(https://px.example/k.woff2) format(\"woff2\")}",
         "https://px.example/k.woff2|url(https://px.example/k.woff2)\n",
         "@font-face src");
    REFS("a::after{content:url(https://px.example/l.gif)}",
         "https://px.example/l.gif|url(https://px.example/l.gif)\n",
         "content");
    REFS("li{list-style:url(https://px.example/m.gif)}",
         "https://px.example/m.gif|url(https://px.example/m.gif)\n",
         "list-style");
    REFS("a{b:url(https://px.example/n.gif", "https://px.example/n.gif|url(https://px.example/n.gif\n",
         "an unterminated url() at the end is fetched");

    /* not references */

    REFS("/* url(https://px.example/x.gif) */ p{}", "", "in a comment");
    REFS("p{content:\"url(https://px.example/x.gif)\"}", "", "in a string");
    REFS("p{b:url(https://px.example/x y)}", "", "a bad url (a blank inside)");
    REFS("p{b:url(https://px.example/x\"y)}", "", "a bad url (a quote inside)");
    REFS("p{b:myurl(x)}", "", "another function");
    REFS("p{font-family:\"a\", 'b'}", "", "strings outside @import and image-set");
    REFS("@import \"a.css\"; p{content:\"b\"}", "a.css|\"a.css\"\n",
         "@import takes only its first string");
    REFS("", "", "empty");
    REFS("url(", "|url(\n", "url( alone at the end");
    REFS("\\", "", "a lone backslash");

    return unit_summary("css");
}
