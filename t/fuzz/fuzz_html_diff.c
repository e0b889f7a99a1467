/*
 * fuzz_html_diff.c: differential libFuzzer target, the scanner against its
 * previous version (t/fuzz/html_v1, frozen at commit 788ba3a).
 *
 * On a body without the constructs whose reading changed on purpose (svg
 * and math; a "</noscript" that the old scanner does not read as an end
 * tag, which the noscript rule may; a body start tag with a background
 * attribute) and with the report mask of the old
 * scanner (a .. source), both must give the same tags (offsets, element,
 * attributes, flags) and OVERFLOWs, in the same order, and the same output
 * under the same decisions, for one chunk and for chunks cut at points
 * derived from the input.  Where no body start tag is held either (no
 * "<body"), no tag name is 10 bytes or longer (see long_names()) and no
 * noscript is open (inside one, a "<" in a comment or raw text may start
 * "</noscript": it is held until known not to), every event must be the
 * same, PASS and HOLD spans included.
 * The first two input bytes pick max_tag and the decisions, as in
 * fuzz_html.c.  Run on a corpus, it is also a regression check:
 *
 *   ./build/fuzz/fuzz_html_diff t/fuzz/corpus/html/
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_html.h"
#include "html_v1/privacy_html_v1.c"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)

/* the report mask of the old scanner: a .. source */
#define OLD_MASK  0x0ffe

typedef struct {
    unsigned char  *out;
    size_t          olen;
    uint64_t        tags;       /* FNV-1a over TAG and OVERFLOW events */
    uint64_t        all;        /* FNV-1a over every event */
    size_t          ntags;
} run_t;

static unsigned char  tagbuf[4096];


static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char  *s = p;

    while (n--) {
        h = (h ^ *s++) * 0x100000001b3ULL;
    }
    return h;
}

static uint64_t
fnv_u(uint64_t h, uint64_t v)
{
    return fnv(h, &v, sizeof(v));
}

static void
emit(run_t *r, const unsigned char *p, size_t n)
{
    if (n) {
        memcpy(r->out + r->olen, p, n);
        r->olen += n;
    }
}

static int
lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

/* occurrences of s (lowercase) in p[0 .. n), ASCII case-insensitively */
static size_t
count_ci(const unsigned char *p, size_t n, const char *s)
{
    size_t  i, k, m = strlen(s), c = 0;

    for (i = 0; i + m <= n; i++) {
        for (k = 0; k < m && lower(p[i + k]) == s[k]; k++) {
            /* void */
        }
        c += (k == m);
    }
    return c;
}

/* "</noscript" followed by whitespace, "/" or ">" */
static size_t
ns_ends(const unsigned char *p, size_t n)
{
    size_t  i, k, c = 0;

    for (i = 0; i + 11 <= n; i++) {
        for (k = 0; k < 10 && lower(p[i + k]) == "</noscript"[k]; k++) {
            /* void */
        }
        c += k == 10 && strchr("\t\n\f\r />", p[i + 10]) && p[i + 10];
    }
    return c;
}

/* </noscript> end tags as the old scanner reads them */
static size_t
ns_end_tags(const unsigned char *p, size_t n)
{
    size_t                   c = 0;
    privacy_html_v1_t        sc;
    privacy_html_v1_event_t  ev;

    CHECK(privacy_html_v1_init(&sc, tagbuf, sizeof(tagbuf)) == 0);
    privacy_html_v1_report(&sc, PRIVACY_HTML_V1_BIT(PRIVACY_HTML_V1_NOSCRIPT));
    CHECK(privacy_html_v1_feed(&sc, n ? p : NULL, n, 1) == 0);

    while (privacy_html_v1_next(&sc, &ev) != PRIVACY_HTML_V1_DONE) {
        c += ev.type == PRIVACY_HTML_V1_TAG && ev.is_end;
    }
    return c;
}

/* body start tags the new scanner reports (background, or truncated) */
static size_t
body_starts(const unsigned char *p, size_t n, size_t max_tag)
{
    size_t                c = 0;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    CHECK(privacy_html_init(&sc, tagbuf, max_tag) == 0);
    privacy_html_report(&sc, PRIVACY_HTML_BIT(PRIVACY_HTML_BODY));
    CHECK(privacy_html_feed(&sc, n ? p : NULL, n, 1) == 0);

    while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
        c += (ev.type == PRIVACY_HTML_TAG && !ev.is_end)
             || ev.type == PRIVACY_HTML_OVERFLOW;
    }
    return c;
}

/*
 * Whether the new scanner may read the body differently on purpose: svg
 * or math; a body start tag that may have a background, or that has more
 * than PRIVACY_HTML_MAX_ATTRS attributes (reported, truncated); a
 * "</noscript" that the old scanner does not read as an end tag (in a
 * comment, a bogus comment, raw text...: where the noscript rule may end
 * it).
 */
static int
changed(const unsigned char *p, size_t n, size_t max_tag)
{
    if (count_ci(p, n, "<svg") || count_ci(p, n, "<math")
        || (count_ci(p, n, "<body")
            && (count_ci(p, n, "background") || body_starts(p, n, max_tag))))
    {
        return 1;
    }

    return ns_ends(p, n) != ns_end_tags(p, n);
}


/*
 * A tag name of 10 bytes or more: cut by a chunk end, its first bytes
 * are held while they may be a name the scanner looks up, one byte
 * longer since PRIVACY_HTML_NAME_MAX went from 9 to 10 (PASS and HOLD
 * spans differ, not tags nor output).
 */
static int
long_names(const unsigned char *p, size_t n)
{
    size_t  i, k;

    for (i = 0; i + 1 < n; i++) {
        if (p[i] != '<') {
            continue;
        }
        k = i + 1 + (p[i + 1] == '/');
        if (k >= n || !((p[k] | 0x20) >= 'a' && (p[k] | 0x20) <= 'z')) {
            continue;
        }
        for (i = k; k < n && (p[k] == 0 || !strchr("\t\n\f\r />", p[k]));
             k++)
        {
            /* NUL too is a name byte */
        }
        if (k - i >= 10) {
            return 1;
        }
        i = k - 1;
    }
    return 0;
}


/*
 * One run of either scanner (T: its prefix), decisions from the tag's
 * bytes: remove, replace with "[R]", or keep.
 */
#define RUN(fn, T, P)                                                       \
static void                                                                   \
fn(const unsigned char *in, size_t len, const size_t *cuts, size_t ncuts,     \
    size_t max_tag, unsigned seed, run_t *r)                                  \
{                                                                             \
    size_t          c, prev, to, n, k;                                        \
    uint64_t        h;                                                        \
    unsigned char  *chunk;                                                    \
    T ## _t         sc;                                                       \
    T ## _event_t   ev;                                                       \
                                                                              \
    r->olen = 0;                                                              \
    r->tags = 0xcbf29ce484222325ULL;                                          \
    r->all = 0xcbf29ce484222325ULL;                                           \
    r->ntags = 0;                                                             \
                                                                              \
    CHECK(T ## _init(&sc, tagbuf, max_tag) == 0);                             \
    T ## _report(&sc, OLD_MASK);                                              \
                                                                              \
    prev = 0;                                                                 \
                                                                              \
    for (c = 0; c <= ncuts; c++) {                                            \
        to = c < ncuts ? cuts[c] : len;                                       \
        n = to - prev;                                                        \
        chunk = malloc(n ? n : 1);                                            \
        CHECK(chunk != NULL);                                                 \
        if (n) {                                                              \
            memcpy(chunk, in + prev, n);                                      \
        }                                                                     \
        CHECK(T ## _feed(&sc, n ? chunk : NULL, n, c == ncuts) == 0);         \
                                                                              \
        while (T ## _next(&sc, &ev) != P ## _DONE) {                          \
            r->all = fnv_u(r->all, (uint64_t) ev.type);                       \
            r->all = fnv_u(r->all, ev.held_len);                              \
            r->all = fnv_u(r->all, ev.off);                                   \
            r->all = fnv_u(r->all, ev.len);                                   \
                                                                              \
            switch (ev.type) {                                                \
            case P ## _PASS:                                                  \
                emit(r, ev.held, ev.held_len);                                \
                emit(r, chunk + ev.off, ev.len);                              \
                break;                                                        \
            case P ## _OVERFLOW:                                              \
                r->tags = fnv_u(r->tags, 0xffff);                             \
                r->tags = fnv_u(r->tags, ev.start);                           \
                r->tags = fnv_u(r->tags, ev.end);                             \
                emit(r, ev.held, ev.held_len);                                \
                emit(r, chunk + ev.off, ev.len);                              \
                break;                                                        \
            case P ## _TAG:                                                   \
                r->ntags++;                                                   \
                r->tags = fnv_u(r->tags, ev.start);                           \
                r->tags = fnv_u(r->tags, ev.end);                             \
                r->tags = fnv_u(r->tags, (uint64_t) ev.el);                   \
                r->tags = fnv_u(r->tags, ev.is_end);                          \
                r->tags = fnv_u(r->tags, ev.self_closing);                    \
                r->tags = fnv_u(r->tags, ev.truncated);                       \
                r->tags = fnv_u(r->tags, ev.nattrs);                          \
                r->tags = fnv(r->tags, ev.tag, ev.tag_len);                   \
                for (k = 0; k < ev.nattrs; k++) {                             \
                    r->tags = fnv_u(r->tags, ev.attrs[k].name - ev.tag);      \
                    r->tags = fnv_u(r->tags, ev.attrs[k].name_len);           \
                    r->tags = fnv_u(r->tags, ev.attrs[k].value                \
                                    ? (uint64_t) (ev.attrs[k].value - ev.tag) \
                                    : 0xffffffff);                            \
                    r->tags = fnv_u(r->tags, ev.attrs[k].value_len);          \
                    r->tags = fnv_u(r->tags, ev.attrs[k].quote);              \
                    r->tags = fnv_u(r->tags, ev.attrs[k].dup);                \
                }                                                             \
                h = fnv(0xcbf29ce484222325ULL, ev.tag, ev.tag_len);           \
                switch ((h ^ seed) % 4) {                                     \
                case 0:                                                       \
                    T ## _remove(&sc);                                        \
                    break;                                                    \
                case 1:                                                       \
                    emit(r, (const unsigned char *) "[R]", 3);                \
                    break;                                                    \
                default:                                                      \
                    emit(r, ev.held, ev.held_len);                            \
                    emit(r, chunk + ev.off, ev.len);                          \
                    break;                                                    \
                }                                                             \
                break;                                                        \
            default: /* SKIP, HOLD */                                         \
                break;                                                        \
            }                                                                 \
        }                                                                     \
                                                                              \
        free(chunk);                                                          \
        prev = to;                                                            \
    }                                                                         \
}

RUN(run_new, privacy_html, PRIVACY_HTML)
RUN(run_old, privacy_html_v1, PRIVACY_HTML_V1)


static void
compare(const unsigned char *in, size_t len, const size_t *cuts,
    size_t ncuts, size_t max_tag, unsigned seed, int all)
{
    run_t  a, b;

    a.out = malloc(len + 4 * len + 1);
    b.out = malloc(len + 4 * len + 1);
    CHECK(a.out != NULL && b.out != NULL);

    run_new(in, len, cuts, ncuts, max_tag, seed, &a);
    run_old(in, len, cuts, ncuts, max_tag, seed, &b);

    CHECK(a.ntags == b.ntags && a.tags == b.tags);
    CHECK(a.olen == b.olen && (a.olen == 0 || !memcmp(a.out, b.out, a.olen)));
    if (all) {
        CHECK(a.all == b.all);
    }

    free(a.out);
    free(b.out);
}


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t          i, len, ncuts, max_tag, cuts[64];
    uint32_t        x;
    const uint8_t  *in;
    int             all;

    if (size < 2) {
        return 0;
    }

    max_tag = PRIVACY_HTML_MIN_TAG + (size_t) data[0] * 15;
    in = data + 2;
    len = size - 2;

    if (changed(in, len, max_tag)) {
        return 0;
    }

    all = count_ci(in, len, "<body") == 0 && !long_names(in, len)
          && count_ci(in, len, "noscript") == 0;

    x = (uint32_t) fnv(0xcbf29ce484222325ULL, data, size) | 1;
    ncuts = 0;

    if (len) {
        size_t  want = 1 + x % 32;

        for (i = 0; i < want; i++) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            cuts[ncuts++] = x % (len + 1);
        }
        for (i = 1; i < ncuts; i++) {
            size_t  j, v = cuts[i];

            for (j = i; j > 0 && cuts[j - 1] > v; j--) {
                cuts[j] = cuts[j - 1];
            }
            cuts[j] = v;
        }
    }

    compare(in, len, NULL, 0, max_tag, data[1], all);
    compare(in, len, cuts, ncuts, max_tag, data[1], all);

    return 0;
}
