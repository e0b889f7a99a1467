/*
 * fuzz_html_diff.c: differential libFuzzer target, the scanner against its
 * frozen previous version (t/fuzz/html_v2).  REPORT_PAINT_ATTR, newer
 * than v2, is not asked for here: fuzz_html.c checks it.
 *
 * Both scanners are driven in lockstep over the same chunks, with the same
 * report mask and the same decisions (keep, rewrite, remove; OVERFLOWs
 * removed too; privacy_html_remove() also called where it is a no-op):
 * every event must be the same, field by field (type, spans, held bytes,
 * stream offsets; for a TAG the tag, element, flags, name and every
 * attribute; el and is_end of an OVERFLOW; breakout of both, and where
 * such a tag is removed the bytes of privacy_html_breakout_tag(), which
 * a caller writes in its place), and so must
 * privacy_html_held() after each event, and so must the reason where the
 * rest of the stream was lost (sc->lost; for LOST_PRELOAD, sc->lost_el).
 * privacy_html_parse() of every reported tag (with a bound on attributes
 * picked from the input) and of the whole body wrapped in "<" ">" must
 * agree too.  The body is run in
 * one chunk and cut at points derived from the input (a byte at a time
 * for short bodies, as fuzz_html.c does).
 *
 * The first two input bytes pick max_tag, the decisions and the report
 * mask (the flags, and sometimes a subset of the elements).  Run on a
 * corpus, it is also a regression check:
 *
 *   ./build/fuzz/fuzz_html_diff t/fuzz/corpus/html/
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_html.h"
#include "html_v2/privacy_html_v2.c"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)

static unsigned char  tagbuf_new[4096];
static unsigned char  tagbuf_old[4096];


static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char  *s = p;

    while (n--) {
        h = (h ^ *s++) * 0x100000001b3ULL;
    }
    return h;
}


/* a pointer as an offset from base, or (size_t) -1 for NULL */
static size_t
rel(const unsigned char *p, const unsigned char *base)
{
    return p ? (size_t) (p - base) : (size_t) -1;
}


static void
same_attrs(const privacy_html_attr_t *a, const unsigned char *ta,
    const privacy_html_v2_attr_t *b, const unsigned char *tb, size_t n)
{
    size_t  k;

    for (k = 0; k < n; k++) {
        CHECK(rel(a[k].name, ta) == rel(b[k].name, tb));
        CHECK(a[k].name_len == b[k].name_len);
        CHECK(rel(a[k].value, ta) == rel(b[k].value, tb));
        CHECK(a[k].value_len == b[k].value_len);
        CHECK(a[k].quote == b[k].quote && a[k].dup == b[k].dup);
    }
}


/* the standalone parser of both on the same bytes */
static void
same_parse(const unsigned char *t, size_t len, size_t n)
{
    int                      ra, rb;
    privacy_html_event_t     a;
    privacy_html_v2_event_t  b;
    privacy_html_attr_t      aa[PRIVACY_HTML_MAX_ATTRS];
    privacy_html_v2_attr_t   ba[PRIVACY_HTML_MAX_ATTRS];

    ra = privacy_html_parse(t, len, &a, aa, n);
    rb = privacy_html_v2_parse(t, len, &b, ba, n);
    CHECK(ra == rb);
    if (ra != 0) {
        return;
    }

    CHECK(a.tag == b.tag && a.tag_len == b.tag_len);
    CHECK((unsigned) a.el == (unsigned) b.el);
    CHECK(a.is_end == b.is_end && a.self_closing == b.self_closing);
    CHECK(a.truncated == b.truncated && a.foreign == b.foreign);
    CHECK(a.in_noscript == b.in_noscript);
    CHECK(a.name == b.name && a.name_len == b.name_len);
    CHECK(a.nattrs == b.nattrs && a.nattrs <= n);
    same_attrs(a.attrs, t, b.attrs, t, a.nattrs);
}


static void
same_event(const privacy_html_event_t *a, const privacy_html_v2_event_t *b,
    size_t max_tag)
{
    CHECK((unsigned) a->type == (unsigned) b->type);
    CHECK(a->held_len == b->held_len && a->off == b->off && a->len == b->len);
    CHECK(a->held_len == 0 || !memcmp(a->held, b->held, a->held_len));
    CHECK(a->start == b->start && a->end == b->end);

    if (a->type == PRIVACY_HTML_OVERFLOW || a->type == PRIVACY_HTML_TAG) {
        CHECK(a->breakout == b->breakout);
    }

    if (a->type == PRIVACY_HTML_OVERFLOW) {
        CHECK((unsigned) a->el == (unsigned) b->el && a->is_end == b->is_end);
        CHECK(a->held_len + a->len == max_tag);
    }

    if (a->type != PRIVACY_HTML_TAG) {
        return;
    }

    CHECK(a->tag_len == b->tag_len && !memcmp(a->tag, b->tag, a->tag_len));
    /* in the tag buffer (straddled chunks) or in the chunk, for both */
    CHECK((a->tag == tagbuf_new) == (b->tag == tagbuf_old));
    CHECK((unsigned) a->el == (unsigned) b->el);
    CHECK(a->is_end == b->is_end && a->self_closing == b->self_closing);
    CHECK(a->truncated == b->truncated && a->foreign == b->foreign);
    CHECK(a->in_noscript == b->in_noscript);
    CHECK(rel(a->name, a->tag) == rel(b->name, b->tag));
    CHECK(a->name_len == b->name_len && a->nattrs == b->nattrs);
    same_attrs(a->attrs, a->tag, b->attrs, b->tag, a->nattrs);
}


static void
run(const unsigned char *in, size_t len, const size_t *cuts, size_t ncuts,
    size_t max_tag, unsigned seed, uint64_t mask)
{
    size_t                   c, prev, to, n, ha, hb, na;
    uint64_t                 h;
    unsigned char           *chunk;
    const unsigned char     *pa, *pb;
    privacy_html_t           sa;
    privacy_html_v2_t        sb;
    privacy_html_event_e     ta;
    privacy_html_v2_event_e  tb;
    privacy_html_event_t     ea;
    privacy_html_v2_event_t  eb;

    CHECK(privacy_html_init(&sa, tagbuf_new, max_tag) == 0);
    CHECK(privacy_html_v2_init(&sb, tagbuf_old, max_tag) == 0);
    privacy_html_report(&sa, mask);
    privacy_html_v2_report(&sb, mask);

    prev = 0;

    for (c = 0; c <= ncuts; c++) {
        to = c < ncuts ? cuts[c] : len;
        n = to - prev;
        /* a separate allocation: ASan catches a pointer into an old one */
        chunk = malloc(n ? n : 1);
        CHECK(chunk != NULL);
        if (n) {
            memcpy(chunk, in + prev, n);
        }

        CHECK(privacy_html_feed(&sa, n ? chunk : NULL, n, c == ncuts) == 0);
        CHECK(privacy_html_v2_feed(&sb, n ? chunk : NULL, n, c == ncuts)
              == 0);

        for ( ;; ) {
            ta = privacy_html_next(&sa, &ea);
            tb = privacy_html_v2_next(&sb, &eb);
            CHECK((unsigned) ta == (unsigned) tb);
            if (ta == PRIVACY_HTML_DONE) {
                break;
            }

            same_event(&ea, &eb, max_tag);

            pa = privacy_html_held(&sa, &ha);
            pb = privacy_html_v2_held(&sb, &hb);
            CHECK(ha == hb && (ha == 0 || !memcmp(pa, pb, ha)));

            h = fnv(0xcbf29ce484222325ULL, ea.held, ea.held_len);
            h = fnv(h, chunk + ea.off, ea.len);
            h ^= seed * 0x9e3779b97f4a7c15ULL;

            if (ta == PRIVACY_HTML_TAG) {
                na = (h >> 8) % 4 == 0 ? (size_t) (h >> 16) % 4
                                       : PRIVACY_HTML_MAX_ATTRS;
                same_parse(ea.tag, ea.tag_len, na);
            }

            /* remove a third of TAGs and OVERFLOWs, and call it where
               it must be a no-op too */
            if (h % 3 == 0) {
                if ((ta == PRIVACY_HTML_TAG || ta == PRIVACY_HTML_OVERFLOW)
                    && ea.breakout)
                {
                    /* what a caller writes in the removed tag's place
                       (ngx_http_privacy_drop()) */
                    pa = privacy_html_breakout_tag(&sa, &ha);
                    pb = privacy_html_v2_breakout_tag(&sb, &hb);
                    CHECK(ha == hb && ha >= 3 && !memcmp(pa, pb, ha));
                }
                privacy_html_remove(&sa);
                privacy_html_v2_remove(&sb);
            }
        }

        free(chunk);
        prev = to;
    }

    CHECK(privacy_html_feed(&sa, in, 0, 1) == -1);
    CHECK(privacy_html_v2_feed(&sb, in, 0, 1) == -1);

    /* the same reason where the rest was lost (for LOST_PRELOAD, the
       same element) */
    CHECK(sa.lost == sb.lost);
    CHECK(sa.lost != PRIVACY_HTML_LOST_PRELOAD || sa.lost_el == sb.lost_el);
}


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t          i, len, ncuts, max_tag, cuts[64];
    uint32_t        x;
    uint64_t        mask;
    unsigned char  *w;
    const uint8_t  *in;

    if (size < 2) {
        return 0;
    }

    max_tag = PRIVACY_HTML_MIN_TAG + (size_t) data[0] * 15;
    in = data + 2;
    len = size - 2;

    x = (uint32_t) fnv(0xcbf29ce484222325ULL, data, size) | 1;

    mask = PRIVACY_HTML_REPORT_ALL
           | (data[1] & 0x04 ? PRIVACY_HTML_REPORT_HEAD : 0)
           | (data[1] & 0x10 ? PRIVACY_HTML_REPORT_STYLE : 0)
           | (data[1] & 0x20 ? PRIVACY_HTML_REPORT_STYLE_ATTR : 0)
           | (data[1] & 0x08 ? PRIVACY_HTML_REPORT_NOSCRIPT_END : 0);

    if ((data[1] & 0x03) == 0x03) {
        /* a subset of the elements (bits of unreportable ones too) */
        mask &= ((uint64_t) x << 32 | x) | (0x3ULL << 62);
    }

    ncuts = 0;

    if (len && (data[1] & 0xc0) == 0xc0 && len < 64) {
        /* byte at a time */
        for (i = 1; i < len; i++) {
            cuts[ncuts++] = i;
        }

    } else if (len) {
        size_t  want = 1 + x % 32;

        for (i = 0; i < want; i++) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            cuts[ncuts++] = x % (len + 1);
        }
        /* sorted; equal cuts make empty chunks, which must work too */
        for (i = 1; i < ncuts; i++) {
            size_t  j, v = cuts[i];

            for (j = i; j > 0 && cuts[j - 1] > v; j--) {
                cuts[j] = cuts[j - 1];
            }
            cuts[j] = v;
        }
    }

    run(in, len, NULL, 0, max_tag, data[1], mask);
    run(in, len, cuts, ncuts, max_tag, data[1], mask);

    /* the standalone parser on the whole body as one tag */
    w = malloc(len + 2);
    CHECK(w != NULL);
    w[0] = '<';
    if (len) {
        memcpy(w + 1, in, len);
    }
    w[len + 1] = '>';
    same_parse(w, len + 2, data[0] % 8 ? PRIVACY_HTML_MAX_ATTRS
                                      : (size_t) data[0] % 5);
    free(w);

    return 0;
}
