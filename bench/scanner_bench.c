/*
 * scanner_bench.c: in-process throughput of the streaming HTML tag scanner.
 *
 * Generates pages of 15 KB, 100 KB and 1 MB shaped like real ones (head
 * with tag-manager snippets, product cards full of links and images,
 * inline JSON and scripts, noscript pixels, iframes, comments) and reports
 * MB/s for:
 *   memchr   a memchr('<') loop over the page: the floor for any scanner
 *   scan     the scanner, one chunk, every event consumed, tags kept
 *   scan/4k  the same in 4 KiB chunks, as proxy buffers deliver them
 *   policy   4 KiB chunks plus a typical decision per tag (attribute
 *            lookups and entity decoding of URLs)
 *
 * With the argument "constructs", the same pages are measured again with
 * what the scanner reads with more care mixed into the cards (rows
 * "15K+" ...): a price table per card (table, th, td, some with
 * attributes), an inline SVG icon (foreign content) and a noscript
 * fallback with a comment.  bench/run measures the plain pages only.
 *
 * With the argument "style", the scanner is asked for what the body filter
 * asks (REPORT_ALL | REPORT_STYLE | REPORT_STYLE_ATTR) instead of the
 * default set; with "sattr", REPORT_ALL | REPORT_STYLE_ATTR; with "glue",
 * the body filter's whole set (style plus REPORT_STYLE_FETCH,
 * REPORT_PAINT_ATTR, REPORT_BACKGROUND_ANY and REPORT_NOSCRIPT_END).  With
 * "file PATH", the page is that file (e.g. build/bench/corpus/page-100k.html,
 * the page of bench/run's callgrind section) instead of the generated ones.
 * With "ir", each page is scanned once per mode (scan,
 * scan/4k, policy) instead of timed, for instruction counts:
 *
 *   valgrind --tool=callgrind --toggle-collect=scan --dump-after=scan \
 *       build/scanner_bench ir [style] [constructs]
 *
 * gives one dump per page and mode, in that order (Ir / page bytes).
 *
 *   cc -O2 -std=c99 -I ngx_privacy_module/lib bench/scanner_bench.c \
 *       ngx_privacy_module/lib/privacy_html*.c -o build/scanner_bench
 */

#define _POSIX_C_SOURCE  199309L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "privacy_html.h"


typedef struct {
    char    *p;
    size_t   len;
    size_t   cap;
} page_t;

static unsigned char  tagbuf[PRIVACY_HTML_MAX_TAG_DEFAULT];
static unsigned char  dec[PRIVACY_HTML_MAX_TAG_DEFAULT];
static uint32_t       rng = 2463534242u;
static uint64_t       mask = PRIVACY_HTML_REPORT_ALL;


static uint32_t
rnd(uint32_t n)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng % n;
}

static void
put(page_t *pg, const char *s)
{
    size_t  n = strlen(s);

    if (pg->len + n + 1 > pg->cap) {
        pg->cap = (pg->len + n + 1) * 2;
        pg->p = realloc(pg->p, pg->cap);
        if (pg->p == NULL) {
            abort();
        }
    }
    memcpy(pg->p + pg->len, s, n + 1);
    pg->len += n;
}

static const char  head[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>Shop &mdash; Widgets</title>\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<link rel=\"stylesheet\" href=\"/assets/site.css?v=42\">\n"
    "<link rel=\"preconnect\" href=\"https://www.googletagmanager.com\">\n"
    "<link rel=\"dns-prefetch\" href=\"//connect.facebook.net\">\n"
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){"
    "dataLayer.push(arguments);}gtag('consent','default',{ad_storage:"
    "'denied',analytics_storage:'denied'});</script>\n"
    "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':\n"
    "new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)"
    "[0],\nj=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;"
    "j.src=\n'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode"
    ".insertBefore(j,f);\n})(window,document,'script','dataLayer',"
    "'GTM-XXXX00');</script>\n"
    "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-ABC123"
    "\"></script>\n"
    "<script>!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){"
    "n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};"
    "if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];"
    "t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];"
    "s.parentNode.insertBefore(t,s)}(window,document,'script',"
    "'https://connect.facebook.net/en_US/fbevents.js');fbq('init',"
    "'000000000000000');fbq('track','PageView');</script>\n"
    "<noscript><img height=\"1\" width=\"1\" style=\"display:none\" src=\""
    "https://www.facebook.com/tr?id=000000000000000&amp;ev=PageView&amp;"
    "noscript=1\"/></noscript>\n"
    "<style>body{font-family:system-ui,sans-serif;margin:0}.card{display:"
    "inline-block;width:300px;margin:8px}.card>img{max-width:100%}.price{"
    "font-weight:700}</style>\n</head>\n<body class=\"shop\">\n"
    "<noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-"
    "XXXX00\" height=\"0\" width=\"0\" style=\"display:none;visibility:hidden"
    "\"></iframe></noscript>\n"
    "<header><nav><a href=\"/\">Home</a> <a href=\"/products/\">Products</a>"
    " <a href=\"/about/\">About</a> <a href=\"/contact/\">Contact</a></nav>"
    "</header>\n<main>\n";

static void
card(page_t *pg, unsigned id)
{
    char  s[2048];

    snprintf(s, sizeof(s),
        "<div class=\"card product\" data-id=\"%u\" data-category=\"widgets\">"
        "\n  <a href=\"/p/%u?utm_source=shop&amp;utm_medium=grid\" "
        "class=\"card-link\"><img src=\"https://cdn.example.org/img/%u.jpg\" "
        "srcset=\"https://cdn.example.org/img/%u.jpg 1x, https://cdn.example"
        ".org/img/%u@2x.jpg 2x\" alt=\"Widget number %u\" width=\"300\" "
        "height=\"200\" loading=\"lazy\"></a>\n"
        "  <h3 class=\"card-title\">Widget %u &ndash; the sturdy one</h3>\n"
        "  <p class=\"card-text\">Hand made from recycled aluminium, this "
        "widget survives <em>anything</em>. Rated %u.%u of 5 by %u buyers; "
        "ships in 2&ndash;3 days.</p>\n"
        "  <span class=\"price\">$%u.99</span> <button class=\"btn\" "
        "onclick=\"gtag('event','add_to_cart',{items:[%u]})\">Add to cart"
        "</button>\n</div>\n",
        id, id, id, id, id, id, id, 3 + id % 2, id % 10, 10 + id % 90,
        5 + id % 50, id);
    put(pg, s);
}

static void
extra(page_t *pg, unsigned id)
{
    char  s[2048];

    switch (rnd(6)) {
    case 0:
        snprintf(s, sizeof(s),
            "<script type=\"application/ld+json\">{\"@context\":\"https://"
            "schema.org\",\"@type\":\"Product\",\"name\":\"Widget %u\","
            "\"image\":\"https://cdn.example.org/img/%u.jpg\",\"offers\":{"
            "\"@type\":\"Offer\",\"price\":\"%u.99\",\"priceCurrency\":"
            "\"USD\"},\"description\":\"A sturdy widget; 1 < 2 && 3 > 2\"}"
            "</script>\n", id, id, 5 + id % 50);
        break;
    case 1:
        snprintf(s, sizeof(s),
            "<img src=\"https://px.ads.linkedin.com/collect/?pid=%u&amp;fmt="
            "gif\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">"
            "\n", id);
        break;
    case 2:
        snprintf(s, sizeof(s),
            "<!-- card %u: recommended items, see <a href=\"/r\"> -->\n"
            "<section class=\"recs\"><ul><li><a href=\"/p/%u\">More</a></li>"
            "<li><a href=\"/p/%u\" ping=\"https://collector.example.net/c?i="
            "%u\">Similar</a></li></ul></section>\n", id, id + 1, id + 2, id);
        break;
    case 3:
        snprintf(s, sizeof(s),
            "<script>document.querySelectorAll('.card-link').forEach(function"
            "(a){a.addEventListener('click',function(){fbq('trackCustom',"
            "'Card',{id:%u});if(window.innerWidth<600&&a.href){console.log("
            "'<img>');}});});</script>\n", id);
        break;
    case 4:
        snprintf(s, sizeof(s),
            "<iframe src=\"https://www.youtube.com/embed/v%u\" width=\"560\" "
            "height=\"315\" title=\"Widget video\" frameborder=\"0\" allow=\""
            "accelerometer; autoplay; encrypted-media\" allowfullscreen>"
            "</iframe>\n", id);
        break;
    default:
        snprintf(s, sizeof(s),
            "<p>Customers who bought this also read our <a href=\"/blog/%u\">"
            "care guide</a>. Long product description paragraph with plain "
            "prose: the widget is machined, anodised and tested before it "
            "leaves the workshop; every unit carries a serial number (%u) "
            "and a lifetime warranty.</p>\n", id, id);
        break;
    }
    put(pg, s);
}

/* tables, an inline SVG icon and a noscript fallback for a card */
static void
constructs(page_t *pg, unsigned id)
{
    char  s[2048];

    snprintf(s, sizeof(s),
        "<table class=\"specs\"><tr><th>Size</th><th scope=\"col\">Weight"
        "</th></tr><tr><td>%u mm</td><td style=\"text-align:right\">%u g"
        "</td></tr></table>\n"
        "<button class=\"fav\" aria-label=\"Save\"><svg width=\"16\" "
        "height=\"16\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path "
        "d=\"M12 21l-1.5-1.3C5.4 15 2 12 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 "
        "4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.5-3.4 6.5-8.5"
        " 11.2L12 21z\"/></svg></button>\n"
        "<noscript><!-- no JavaScript --><img src=\"/img/%u-static.png\" "
        "alt=\"\"></noscript>\n",
        10 * id % 997, id % 500, id);
    put(pg, s);
}

static page_t
make_page(size_t size, int more)
{
    unsigned  id = 1000;
    page_t    pg = { NULL, 0, 0 };

    put(&pg, head);
    while (pg.len < size - 200) {
        card(&pg, id++);
        if (more) {
            constructs(&pg, id);
        }
        if (rnd(3) == 0) {
            extra(&pg, id);
        }
    }
    put(&pg, "</main>\n<script src=\"/assets/app.js\" defer></script>\n"
             "</body>\n</html>\n");
    return pg;
}

static page_t
read_page(const char *path)
{
    long     n;
    FILE    *f;
    page_t   pg = { NULL, 0, 0 };

    f = fopen(path, "rb");
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) <= 0
        || fseek(f, 0, SEEK_SET) != 0)
    {
        fprintf(stderr, "cannot read %s\n", path);
        exit(1);
    }
    pg.len = (size_t) n;
    pg.cap = pg.len + 1;
    pg.p = malloc(pg.cap);
    if (pg.p == NULL || fread(pg.p, 1, pg.len, f) != pg.len) {
        exit(1);
    }
    fclose(f);
    return pg;
}


static double
now(void)
{
    struct timespec  ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static size_t
floor_memchr(const unsigned char *p, size_t len)
{
    size_t                n = 0;
    const unsigned char  *q, *end = p + len;

    while ((q = memchr(p, '<', end - p)) != NULL) {
        n++;
        p = q + 1;
    }
    return n;
}

/* a decision of the kind the body filter makes */
static int
policy(const privacy_html_event_t *ev)
{
    const privacy_html_attr_t  *a;

    a = privacy_html_attr(ev, ev->el == PRIVACY_HTML_A
                              || ev->el == PRIVACY_HTML_LINK ? "href" : "src");
    if (a == NULL || a->value == NULL) {
        return 0;
    }
    return privacy_html_decode(a->value, a->value_len, dec) > 40
           && dec[8] == 'p';
}

static size_t
scan(const unsigned char *p, size_t len, size_t chunk, int decide)
{
    size_t                pos, n, out = 0;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    privacy_html_init(&sc, tagbuf, sizeof(tagbuf));
    privacy_html_report(&sc, mask);

    for (pos = 0; pos < len; pos += n) {
        n = len - pos < chunk ? len - pos : chunk;
        privacy_html_feed(&sc, p + pos, n, pos + n == len);
        while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
            if (ev.type == PRIVACY_HTML_TAG && decide && policy(&ev)) {
                out += 1;
                continue;
            }
            out += ev.held_len + ev.len;
        }
    }
    return out;
}

/* best of 5 rounds of at least 0.2 s each */
static double
measure(const unsigned char *p, size_t len, int what, size_t *sink)
{
    int       round;
    size_t    iters;
    double    t0, t, best = 0;

    for (round = 0; round < 5; round++) {
        iters = 0;
        t0 = now();
        do {
            switch (what) {
            case 0: *sink += floor_memchr(p, len); break;
            case 1: *sink += scan(p, len, len, 0); break;
            case 2: *sink += scan(p, len, 4096, 0); break;
            default: *sink += scan(p, len, 4096, 1); break;
            }
            iters++;
            t = now() - t0;
        } while (t < 0.2);
        t = (double) len * iters / t / 1e6;
        if (t > best) {
            best = t;
        }
    }
    return best;
}

int
main(int argc, char **argv)
{
    static const size_t  sizes[] = { 15 * 1024, 100 * 1024, 1024 * 1024 };
    static const char   *names[] = { "15K", "100K", "1M", "15K+", "100K+",
                                     "1M+" };

    int                   w, a, ir = 0, more = 0;
    const char           *file = NULL;
    size_t                i, n, sink = 0, tags, lt;
    uint32_t              seeds[3];
    page_t                pg;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    for (a = 1; a < argc; a++) {
        if (strcmp(argv[a], "constructs") == 0) {
            more = 1;
        } else if (strcmp(argv[a], "style") == 0) {
            mask = PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE
                   | PRIVACY_HTML_REPORT_STYLE_ATTR;
        } else if (strcmp(argv[a], "sattr") == 0) {
            mask = PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE_ATTR;
        } else if (strcmp(argv[a], "glue") == 0) {
            mask = PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE
                   | PRIVACY_HTML_REPORT_STYLE_ATTR
                   | PRIVACY_HTML_REPORT_STYLE_FETCH
                   | PRIVACY_HTML_REPORT_PAINT_ATTR
                   | PRIVACY_HTML_REPORT_BACKGROUND_ANY
                   | PRIVACY_HTML_REPORT_NOSCRIPT_END;
        } else if (strcmp(argv[a], "ir") == 0) {
            ir = 1;
        } else if (strcmp(argv[a], "file") == 0 && a + 1 < argc) {
            file = argv[++a];
        }
    }

    n = file ? 1 : more ? 6 : 3;

    printf("%-8s %7s %6s %6s %10s %10s %10s %10s\n", "page", "bytes", "'<'",
           "events", "memchr", "scan", "scan/4k", "policy");

    for (i = 0; i < n; i++) {
        /* the plain pages as always; each "+" page from its plain one's
           generator state */
        if (i < 3) {
            seeds[i] = rng;
        } else {
            rng = seeds[i - 3];
        }
        pg = file ? read_page(file) : make_page(sizes[i % 3], i >= 3);

        lt = floor_memchr((unsigned char *) pg.p, pg.len);
        tags = 0;
        privacy_html_init(&sc, tagbuf, sizeof(tagbuf));
        privacy_html_report(&sc, mask);
        privacy_html_feed(&sc, (unsigned char *) pg.p, pg.len, 1);
        while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
            tags += ev.type == PRIVACY_HTML_TAG;
        }

        printf("%-8s %7zu %6zu %6zu", file ? "file" : names[i], pg.len, lt,
               tags);
        fflush(stdout);
        if (ir) {
            /* once per mode: scan, scan/4k, policy */
            sink += scan((unsigned char *) pg.p, pg.len, pg.len, 0);
            sink += scan((unsigned char *) pg.p, pg.len, 4096, 0);
            sink += scan((unsigned char *) pg.p, pg.len, 4096, 1);
            printf("\n");
            free(pg.p);
            continue;
        }
        for (w = 0; w < 4; w++) {
            printf(w ? " %5.0f MB/s" : " %8.0f MB/s",
                   measure((unsigned char *) pg.p, pg.len, w, &sink));
            fflush(stdout);
        }
        printf("\n");
        free(pg.p);
    }

    /* keep the work observable */
    fprintf(stderr, "(checksum %zu)\n", sink);
    return 0;
}
