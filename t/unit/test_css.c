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


/* condemns every URL on the host px.example */
static int
judge_px(void *data, const unsigned char *url, size_t len)
{
    (void) data;

    return len >= 10 && (memcmp(url, "https://px", 10) == 0
                         || memcmp(url, "//px.examp", 10) == 0);
}


#define INERT(css, expect, n, what)                                          \
    do {                                                                     \
        size_t         len_, got_n_;                                         \
        unsigned char  out_[1024], url_[256];                                \
        len_ = privacy_css_inert(out_, (const unsigned char *) (css),        \
                                 strlen(css), url_, sizeof(url_), judge_px,  \
                                 NULL, &got_n_);                             \
        UNIT_CHECK(len_ == strlen(expect)                                    \
                   && memcmp(out_, expect, len_) == 0 && got_n_ == (n),      \
                   "%s: got [%.*s] %zu", what, (int) len_, out_, got_n_);    \
    } while (0)


static void
test_inert(void)
{
    char    in_place[64];
    size_t  len, n;
    unsigned char url[64];

    INERT("p{background:url(https://px.example/p.gif) no-repeat;color:red}",
          "p{background:url() no-repeat;color:red}", 1,
          "a tracker's url() emptied, the rest kept");
    INERT("a{b:url(/local.png)}", "a{b:url(/local.png)}", 0,
          "a first-party url() kept");
    INERT("@import \"https://px.example/a.css\";@import url(/b.css);",
          "@import \"\";@import url(/b.css);", 1, "@import string emptied");
    INERT("a{b:image-set('https://px.example/1.png' 1x,url(//px.example/2) 2x)}",
          "a{b:image-set(\"\" 1x,url() 2x)}", 2, "both image-set forms");
    INERT("a{b:u\\72l(https:\\2f\\2fpx.example/e)}", "a{b:url()}", 1,
          "escaped name and URL");
    INERT("a{b:url(", "a{b:url(", 0, "url( at the end holds no URL");
    INERT("@import \"", "@import \"", 0, "a quote at the end holds no URL");
    INERT("", "", 0, "empty");

    /* out may be the text itself */

    strcpy(in_place, "x{a:url(https://px.example/1)}y{b:url(https://px.example/2)}");
    len = privacy_css_inert((unsigned char *) in_place,
                            (const unsigned char *) in_place, strlen(in_place),
                            url, sizeof(url), judge_px, NULL, &n);
    UNIT_CHECK(len == strlen("x{a:url()}y{b:url()}")
               && memcmp(in_place, "x{a:url()}y{b:url()}", len) == 0 && n == 2,
               "in place: got [%.*s]", (int) len, in_place);
}


#define CUT(css, expect, what)                                               \
    do {                                                                     \
        size_t  got_;                                                        \
        got_ = privacy_css_cut((const unsigned char *) (css), strlen(css));  \
        UNIT_CHECK(got_ == (size_t) (expect), "%s: got %zu", what, got_);    \
    } while (0)


/* where a stylesheet read in parts may be cut */
static void
test_cut(void)
{
    CUT("a{b:c}d{e:f;g:h", 12, "after the last top-level \";\"");
    CUT("a{b:c}d", 6, "after a \"}\"");
    CUT("a{b", 2, "after a \"{\"");
    CUT("abc", 0, "none");
    CUT("", 0, "empty");
    CUT("a{b:c}/* x; y } */d", 6, "not in a comment");
    CUT("a{b:c}d{content:\"x;y}\"", 8, "not in a string");
    CUT("a{b:c;}d{e:url(data:x;base64,AAA}", 9, "not in url()");
    CUT("a{b:c;}d{e:f(g;h", 9, "not in parentheses");
    CUT("a{b:c;}d{e:image-set(\"x\" 1x;", 9, "not in image-set(");
    CUT("a{b:c;}@import", 7, "not with an @import waiting");
    CUT("a{b:c;}@import \"x\";", 19, "after the @import's \";\"");
    CUT("a{b:c;}@media print{", 20, "an at-rule's block");
}


#define DATA_TAIL(css, expect, at, end, what)                               \
    do {                                                                     \
        int            got_;                                                 \
        size_t         at_;                                                  \
        unsigned char  end_;                                                 \
        at_ = 0;                                                             \
        end_ = 0;                                                            \
        got_ = privacy_css_data_tail((const unsigned char *) (css),          \
                                     strlen(css), &at_, &end_);              \
        UNIT_CHECK(got_ == (expect) && (!got_ || (at_ == (size_t) (at)       \
                                                  && end_ == (end))),        \
                   "%s: got %d at %zu end %c", what, got_, at_, end_);       \
    } while (0)


/* where a stylesheet ends inside a data: url() */
static void
test_data_tail(void)
{
    DATA_TAIL("a{b:c}x{src:url(data:font/woff2;base64,AAAA", 1, 12, ')',
              "an unquoted data: URL cut");
    DATA_TAIL("x{src:url( \"data:image/png;base64,AA", 1, 6, '"',
              "a quoted one");
    DATA_TAIL("x{src:url('DATA:image/png;base64,AA", 1, 6, '\'',
              "any case, single quotes");
    DATA_TAIL("x{src:u\\72l(data:AAAA", 1, 6, ')', "an escaped name");
    DATA_TAIL("x{b:url(https://px.example/a", 0, 0, 0, "not data:");
    DATA_TAIL("@import \"data:text/css,AAAA", 0, 0, 0, "an @import string");
    DATA_TAIL("x{b:image-set(url(data:AAAA", 0, 0, 0, "in image-set(");
    DATA_TAIL("x{b:f(url(data:AAAA", 0, 0, 0, "in parentheses");
    DATA_TAIL("x{b:url(data:AAAA)", 0, 0, 0, "ended");
    DATA_TAIL("x{b:url(data:AAAA ", 0, 0, 0, "a blank last");
    DATA_TAIL("x{b:url(data:AA\\", 0, 0, 0, "an escape last");
    DATA_TAIL("/* url(data:AAAA", 0, 0, 0, "in a comment");
    DATA_TAIL("", 0, 0, 0, "empty");
}


int
main(void)
{
    test_inert();
    test_cut();
    test_data_tail();

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
