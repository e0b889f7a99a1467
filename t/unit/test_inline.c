/*
 * test_inline.c: the URL references of inline script text (every spelling
 * vendors use, and the things that are not references), the "fetches"
 * test, the JavaScript type test, and the whole path the HTML filter takes:
 * a page cut at every split point through the tag scanner, the text
 * between <script> and </script> collected from its PASS events, then the
 * references found in it, which must be the same for every split.
 */

#include <stdint.h>
#include <stdlib.h>

#include "unit.h"
#include "privacy_html.h"
#include "privacy_inline.h"


/* all references of t[0 .. tlen), each followed by "\n", into out */
static size_t
refs_into(const unsigned char *t, size_t tlen, char *out, size_t size)
{
    size_t            n, len;
    privacy_inline_t  it;
    unsigned char     u[256];

    len = 0;
    out[0] = '\0';
    privacy_inline_init(&it, t, tlen);

    while ((n = privacy_inline_next(&it, u, sizeof(u))) != 0) {
        if (len + n + 2 > size) {
            break;
        }
        memcpy(out + len, u, n);
        len += n;
        out[len++] = '\n';
        out[len] = '\0';
    }

    return len;
}


static size_t
refs(const char *s, char *out, size_t size)
{
    return refs_into((const unsigned char *) s, strlen(s), out, size);
}


#define REFS(text, expect, what)                                              \
    do {                                                                      \
        char  got_[2048];                                                     \
        refs(text, got_, sizeof(got_));                                       \
        UNIT_CHECK(strcmp(got_, expect) == 0, "%s: got [%s]", what, got_);    \
    } while (0)


static void
test_forms(void)
{
    /* the vendors' own spellings */

    REFS("(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':"
         "new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTag"
         "Name(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';"
         "j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='"
         "+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script',"
         "'dataLayer','GTM-XXXX');",
         "//www.googletagmanager.com/gtm.js?id=\n", "GTM");

    REFS("!function(f,b,e,v,n,t,s){if(f.fbq)return;}(window, document,"
         "'script','https://connect.facebook.net/en_US/fbevents.js');",
         "//connect.facebook.net/en_US/fbevents.js\n", "Meta pixel");

    REFS("n.src=\"//bat.bing.com/bat.js\"", "//bat.bing.com/bat.js\n",
         "scheme-relative in double quotes");

    REFS("var u = `//cdn.example-tracker.com/t.js`;",
         "//cdn.example-tracker.com/t.js\n", "backtick");

    REFS("{\"src\":\"https:\\/\\/static.hotjar.com\\/c\\/hotjar-1.js\"}",
         "//static.hotjar.com/c/hotjar-1.js\n", "JSON-escaped");

    REFS("document.write(unescape(\"%3Cscript src='https://s9.cnzz.com/"
         "z_stat.php%3Fid%3D1234' type='text/javascript'%3E%3C/script%3E\"));",
         "//s9.cnzz.com/z_stat.php?id=1234\n", "inside unescape()");

    REFS("x=unescape('https%3A%2F%2Fhm.baidu.com%2Fhm.js%3Fabc')",
         "//hm.baidu.com/hm.js?abc\n", "percent-encoded scheme and slashes");

    REFS("document.write('<iframe src=\"https://1234.fls.doubleclick.net/"
         "activityi;src=1;type=x;ord=' + a + '?\" width=\"1\"></iframe>');",
         "//1234.fls.doubleclick.net/activityi;src=1;type=x;ord=\n",
         "markup written by document.write");

    REFS("document.write('<img src=//px.example.net/p.gif>')",
         "//px.example.net/p.gif\n", "unquoted attribute in markup");

    REFS("a='HTTPS://WWW.Example.COM/A.js'", "//WWW.Example.COM/A.js\n",
         "scheme in capitals, host as written");

    REFS("'https:\\x2f\\x2fa.example.com\\u002fx.js'", "",
         "\\x2f slashes are not looked for (no vendor writes them)");

    REFS("'https:\\/\\/a.example.com\\u002fx\\x2ejs'",
         "//a.example.com/x.js\n", "\\u00HH and \\xHH inside the URL");

    REFS("u='https://user:pw@tracker.example.com/p'",
         "//tracker.example.com/p\n", "userinfo cut");

    REFS("u='https://www.facebook.com:443/tr?id=1'",
         "//www.facebook.com:443/tr?id=1\n", "port kept for the rules");

    REFS("a='https://a.example.com/1.js';b=\"http://b.example.org/2\"",
         "//a.example.com/1.js\n//b.example.org/2\n", "two references");

    REFS("u='https://a.example.com/x#frag'", "//a.example.com/x\n",
         "fragment dropped");

    REFS("s=\"{\\\"u\\\":\\\"https://a.example.com/p.js\\\"}\"",
         "//a.example.com/p.js\n", "escaped quote ends the URL");

    REFS("unescape('%3Cscript%20src%3D%22https%3A%2F%2Fa.example.com%2Fa.js"
         "%22%3E%3C%2Fscript%3E')", "//a.example.com/a.js\n",
         "fully percent-encoded markup");

    REFS("s.src=(p?'https:':'http:')+'//a.example.com/x.js'",
         "//a.example.com/x.js\n", "scheme chosen apart");

    REFS("fetch(\"https://a.example.com/c\")", "//a.example.com/c\n",
         "after a parenthesis and a quote");

    REFS("window['_fs_script'] = 'edge.fullstory.com/s/fs.js';",
         "//edge.fullstory.com/s/fs.js\n", "a host without a scheme");

    REFS("{\"u\":\"cdn.example.com\\/a\\/b.js\"}",
         "//cdn.example.com/a/b.js\n", "a host without a scheme, escaped");

    /* not references */

    REFS("x = '1.5/2'; y = 'a.b/c'; z = 'v1.2/x'; p = '/static/a.js';", "",
         "paths and numbers are not hosts");
    REFS("s = 'host.example.com'; t = \"text edge.fullstory.com/s\";", "",
         "a host without a path, a host inside a sentence");

    REFS("var s=1; // see https://www.googletagmanager.com in the docs\n", "",
         "in a comment");
    REFS("t='Load it from https://a.example.com/x.js today'", "",
         "in the middle of a sentence");
    REFS("/* https://a.example.com/x.js */", "", "in a block comment");

    REFS("// comment about www.example.com\nvar a = 1;", "", "comment");
    REFS("x = a // b.c.d\n", "", "comment after code");
    REFS("var h = '//' + location.host + '/x.js';", "", "no host");
    REFS("var m = \"//{$MATOMO_URL}/\";", "", "template placeholder");
    REFS("var r = /^https?:\\/\\//;", "", "regex literal");
    REFS("var p = 'https://localhost/x';", "", "host without a dot");
    REFS("var p = 'https://.example.com/x';", "", "host starting with a dot");
    REFS("y = a / b / c; z = 100 % 7;", "", "division and modulo");
    REFS("x = 'a//b.com'", "", "// inside a word is not a URL start");
    REFS("", "", "empty");
    REFS("'", "", "one quote");
    REFS("'//", "", "quote and slashes at the end");
    REFS("'https:", "", "scheme at the end");
    REFS("%2F%2", "", "truncated escape");
}


static privacy_multilit_t  constructs;


static void
test_fetches(void)
{
    static const char  *yes[] = {
        "j=d.createElement(s)", "a.src=g", "s.src = 'https://x.y/e.js'",
        "document.write('<img>')",
        "new Image().src=u", "navigator.sendBeacon(u)", "fetch(u)",
        "var x=new XMLHttpRequest()", "import('https://x.y/m.js')",
        "el.innerHTML='<img src=x>'", NULL
    };

    static const char  *no[] = {
        "self.__next_f.push([1,\"https://www.youtube.com/watch?v=1\"])",
        "var settings = {\"share\":\"https:\\/\\/twitter.com\\/intent\\/"
        "tweet\"};",
        "window.dataLayer = window.dataLayer || []; gtag('js', new Date());",
        "", NULL
    };

    size_t  i;

    for (i = 0; yes[i]; i++) {
        UNIT_CHECK(privacy_inline_fetches(&constructs,
                                          (const unsigned char *) yes[i],
                                          strlen(yes[i])) == 1,
                   "fetches: %s", yes[i]);
    }

    for (i = 0; no[i]; i++) {
        UNIT_CHECK(privacy_inline_fetches(&constructs,
                                          (const unsigned char *) no[i],
                                          strlen(no[i])) == 0,
                   "does not fetch: %s", no[i]);
    }
}


static void
test_module_imports(void)
{
    size_t       i;
    const char  *yes[] = {
        "import \"https://t.example/a.js\";",
        "import * as m from 'https://t.example/a.js'",
        "import{a}from\"//t.example/a.js\"",
        "export * from \"https://t.example/a.js\";",
        "export { a } from 'https://t.example/a.js'",
        NULL
    };
    const char  *no[] = {
        "const u = 'https://t.example/a.js';",
        "Import \"https://t.example/a.js\"",
        "EXPORT * FROM 'x'",
        "impor",
        "",
        NULL
    };

    for (i = 0; yes[i]; i++) {
        UNIT_CHECK(privacy_inline_module_imports((const unsigned char *) yes[i],
                                                 strlen(yes[i])) == 1,
                   "imports: %s", yes[i]);
    }

    for (i = 0; no[i]; i++) {
        UNIT_CHECK(privacy_inline_module_imports((const unsigned char *) no[i],
                                                 strlen(no[i])) == 0,
                   "no import: %s", no[i]);
    }
}


static int
js(const char *type, const char *language)
{
    return privacy_inline_js_type((const unsigned char *) type,
                                  type ? strlen(type) : 0,
                                  (const unsigned char *) language,
                                  language ? strlen(language) : 0);
}


static void
test_types(void)
{
    UNIT_CHECK(js(NULL, NULL) == 1, "no type");
    UNIT_CHECK(js("", NULL) == 1, "empty type");
    UNIT_CHECK(js("  \t", NULL) == 1, "blank type");
    UNIT_CHECK(js("text/javascript", NULL) == 1, "text/javascript");
    UNIT_CHECK(js(" TEXT/JavaScript\n", NULL) == 1, "any case, trimmed");
    UNIT_CHECK(js("application/x-javascript", NULL) == 1, "legacy");
    UNIT_CHECK(js("text/javascript1.5", NULL) == 1, "javascript1.5");
    UNIT_CHECK(js("module", NULL) == PRIVACY_INLINE_MODULE, "module");
    UNIT_CHECK(js(" Module\t", NULL) == PRIVACY_INLINE_MODULE,
               "module: any case, trimmed");
    UNIT_CHECK(js("modules", NULL) == 0, "modules");
    UNIT_CHECK(js(NULL, "module") == 0,
               "language=module: no type text/module");
    UNIT_CHECK(js("text/javascript; charset=utf-8", NULL) == 0,
               "parameters: the browser does not run it");
    UNIT_CHECK(js("application/json", NULL) == 0, "json");
    UNIT_CHECK(js("application/ld+json", NULL) == 0, "ld+json");
    UNIT_CHECK(js("importmap", NULL) == PRIVACY_INLINE_IMPORTMAP,
               "importmap: its addresses are fetched");
    UNIT_CHECK(js("\nIMPORTMAP ", NULL) == PRIVACY_INLINE_IMPORTMAP,
               "importmap: any case, trimmed");
    UNIT_CHECK(js("importmaps", NULL) == 0, "importmaps");
    UNIT_CHECK(js("application/importmap+json", NULL) == 0,
               "importmap+json: not a script type");
    UNIT_CHECK(js("speculationrules", NULL) == PRIVACY_INLINE_RULES,
               "speculationrules: fetches what it lists");
    UNIT_CHECK(js(" SpeculationRules\t", NULL) == PRIVACY_INLINE_RULES,
               "speculationrules: any case, trimmed");
    UNIT_CHECK(js("speculationrules2", NULL) == 0, "speculationrules2");
    UNIT_CHECK(js("speculationrule", NULL) == 0, "speculationrule");
    UNIT_CHECK(js(NULL, "speculationrules") == 0,
               "language=speculationrules: no type text/speculationrules");
    UNIT_CHECK(js("text/template", NULL) == 0, "template");
    UNIT_CHECK(js("text/plain", NULL) == 0, "text/plain (blocked by a CMP)");
    UNIT_CHECK(js(NULL, "JavaScript") == 1, "language=JavaScript");
    UNIT_CHECK(js(NULL, "") == 1, "empty language");
    UNIT_CHECK(js(NULL, "vbscript") == 0, "language=vbscript");
    UNIT_CHECK(js("", "vbscript") == 1, "type wins over language");
}


/* --- the filter's path: scanner events, the script text, references -- */

#define PAGE_MAX  8192

/* references of every inline script of the page, fed in pieces at cuts */
static size_t
page_refs(const unsigned char *in, size_t len, const size_t *cuts,
    size_t ncuts, char *out, size_t size)
{
    size_t                 c, pos, end, olen, tlen;
    int                    in_script;
    privacy_html_t         sc;
    privacy_html_event_t   ev;
    privacy_html_event_e   e;
    static unsigned char   buf[PRIVACY_HTML_MAX_TAG_DEFAULT];
    static unsigned char   text[PAGE_MAX];

    privacy_html_init(&sc, buf, sizeof(buf));
    pos = 0;
    olen = 0;
    tlen = 0;
    in_script = 0;
    out[0] = '\0';

    for (c = 0; c <= ncuts; c++) {
        end = (c < ncuts) ? cuts[c] : len;

        if (privacy_html_feed(&sc, in + pos, end - pos, c == ncuts) != 0) {
            return (size_t) -1;
        }

        while ((e = privacy_html_next(&sc, &ev)) != PRIVACY_HTML_DONE) {
            if (e == PRIVACY_HTML_TAG && ev.el == PRIVACY_HTML_SCRIPT) {
                if (!ev.is_end && privacy_html_attr(&ev, "src") == NULL) {
                    in_script = 1;
                    tlen = 0;

                } else if (ev.is_end && in_script) {
                    in_script = 0;
                    olen += refs_into(text, tlen, out + olen, size - olen);
                }

                continue;
            }

            if (e == PRIVACY_HTML_PASS && in_script) {
                memcpy(text + tlen, ev.held, ev.held_len);
                tlen += ev.held_len;
                memcpy(text + tlen, in + pos + ev.off, ev.len);
                tlen += ev.len;
            }
        }

        pos = end;
    }

    return olen;
}


static const char  page[] =
    "<!DOCTYPE html><html><head>\n"
    "<script>(function(w,d,s,l,i){var j=d.createElement(s);"
    "j.src='https://www.googletagmanager.com/gtm.js?id='+i;})"
    "(window,document,'script','dataLayer','GTM-X');</script>\n"
    "<script type=\"application/ld+json\">{\"url\":"
    "\"https://schema.example.org/x\"}</script>\n"
    "<script src=\"/app.js\"></script>\n"
    "<script>if (a < b && c > d) { x = '<!--'; }"
    " y = \"https:\\/\\/static.hotjar.com\\/c\\/hotjar-1.js\";</script>\n"
    "<p>text with https://not.in.a.script.example.com/</p>\n"
    "<script>document.write(unescape(\"%3Cscript src='https://s4.cnzz.com/"
    "z_stat.php%3Fid%3D9'%3E%3C/script%3E\"));</script>\n"
    "</head><body></body></html>\n";


int
main(void)
{
    size_t          len, i, j, n, bad;
    size_t          cuts[2];
    static char     whole[4096], got[4096];

    UNIT_CHECK(privacy_inline_constructs(&constructs) == 0, "constructs");

    test_forms();
    test_fetches();
    test_types();
    test_module_imports();

    len = strlen(page);
    cuts[0] = 0;
    n = page_refs((const unsigned char *) page, len, cuts, 0, whole,
                  sizeof(whole));

    UNIT_CHECK(n != (size_t) -1
               && strcmp(whole, "//www.googletagmanager.com/gtm.js?id=\n"
                         "//schema.example.org/x\n"
                         "//static.hotjar.com/c/hotjar-1.js\n"
                         "//s4.cnzz.com/z_stat.php?id=9\n") == 0,
               "references of the page's scripts: [%s]", whole);

    /* every single split point, then every pair of split points */

    bad = 0;

    for (i = 1; i < len; i++) {
        cuts[0] = i;
        page_refs((const unsigned char *) page, len, cuts, 1, got,
                  sizeof(got));
        if (strcmp(got, whole) != 0) {
            bad++;
            fprintf(stderr, "split at %zu: [%s]\n", i, got);
        }
    }

    UNIT_CHECK(bad == 0, "%zu single splits differ", bad);

    bad = 0;

    for (i = 1; i < len; i++) {
        for (j = i + 1; j < len; j += 7) {
            cuts[0] = i;
            cuts[1] = j;
            page_refs((const unsigned char *) page, len, cuts, 2, got,
                      sizeof(got));
            bad += (strcmp(got, whole) != 0);
        }
    }

    UNIT_CHECK(bad == 0, "%zu double splits differ", bad);

    return unit_summary("inline");
}
