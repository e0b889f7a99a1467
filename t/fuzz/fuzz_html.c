/*
 * fuzz_html.c: libFuzzer target for the streaming HTML tag scanner.
 *
 * The first two input bytes pick max_tag and a decision seed (six of its
 * bits also the opt-in reports: <style>, style attributes, only styles that
 * may fetch, SVG presentation attributes and backgrounds as styles, and
 * "</noscript" in values inside a noscript); the rest
 * is the body.  Decisions remove tags, OVERFLOWs included; a removed
 * start tag that broke out of svg or math (ev.breakout) leaves
 * privacy_html_breakout_tag() in its place, as ngx_http_privacy_drop()
 * writes it, which must be "<" + that tag's own name, lowercase, + ">".  The body is scanned in one chunk and again cut at points
 * derived from the input; both runs must give the same tags, the same
 * output and sound events (spans tiling each chunk, held bytes equal to
 * the stream's).  With REPORT_STYLE_FETCH the tags are also compared with
 * those reported without it: the same but for start tags whose only
 * reason was a style, none of whose values may fetch.  Every chunk is a separate allocation freed once done, so
 * ASan catches a pointer kept into an old chunk.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_html.h"


typedef struct {
    unsigned char  *out;
    size_t          olen;
    uint64_t        log;        /* FNV-1a over the tag events */
    size_t          tags;
    size_t          skipped;
    unsigned        lost;       /* the scanner skipped the rest itself */
} run_t;

static unsigned char  tagbuf[4096];
static unsigned char  dec[4096];
static uint64_t       mask = PRIVACY_HTML_REPORT_ALL;


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


static uint64_t
fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char  *s = p;

    while (n--) {
        h = (h ^ *s++) * 0x100000001b3ULL;
    }
    return h;
}

static void
emit(run_t *r, const unsigned char *p, size_t n)
{
    if (n) {
        memcpy(r->out + r->olen, p, n);
        r->olen += n;
    }
}

/* an attribute called name (ASCII, any case), repeated ones too */
static const privacy_html_attr_t *
has_name(const privacy_html_event_t *ev, const char *name)
{
    size_t  i, k, n;

    n = strlen(name);

    for (i = 0; i < ev->nattrs; i++) {
        if (ev->attrs[i].name_len != n) {
            continue;
        }
        for (k = 0; k < n; k++) {
            unsigned char  c = ev->attrs[i].name[k];

            if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != name[k]) {
                break;
            }
        }
        if (k == n) {
            return &ev->attrs[i];
        }
    }
    return NULL;
}

/* the SVG presentation attributes of REPORT_PAINT_ATTR */
static const char  *paints[] = {
    "fill", "stroke", "filter", "mask", "clip-path", "marker-start",
    "marker-mid", "marker-end", "cursor", "attributename", NULL
};

/*
 * Whether a is a style attribute, or with paint (REPORT_PAINT_ATTR, the
 * tag in svg or math or an <svg>) a presentation attribute taking a url()
 * or attributeName (2: it counts whatever its value)
 */
static int
css_attr(const privacy_html_attr_t *a, int paint)
{
    size_t  p, k, n;

    for (p = 0; p == 0 || (paint && paints[p - 1] != NULL); p++) {
        const char  *name = p ? paints[p - 1] : "style";

        n = strlen(name);
        if (a->name_len != n) {
            continue;
        }
        for (k = 0; k < n; k++) {
            unsigned char  c = a->name[k];

            if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != name[k]) {
                break;
            }
        }
        if (k == n) {
            return n == 13 ? 2 : 1;
        }
    }
    return 0;
}

/* whether REPORT_PAINT_ATTR concerns a tag read in foreign content or not */
static int
paint_for(int foreign, privacy_html_el_e el)
{
    return (mask & PRIVACY_HTML_REPORT_PAINT_ATTR)
           && (mask & PRIVACY_HTML_REPORT_STYLE_ATTR)
           && (foreign || el == PRIVACY_HTML_SVG);
}

/* REPORT_BACKGROUND_ANY: a background in HTML content counts as a style */
static int
bg_attr(const privacy_html_attr_t *a, int foreign)
{
    size_t  k;

    if (!(mask & PRIVACY_HTML_REPORT_BACKGROUND_ANY)
        || !(mask & PRIVACY_HTML_REPORT_STYLE_ATTR) || foreign
        || a->name_len != 10)
    {
        return 0;
    }
    for (k = 0; k < 10; k++) {
        unsigned char  c = a->name[k];

        if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != "background"[k]) {
            return 0;
        }
    }
    return 1;
}

/* whether the tag has a style (or paint, or background) attribute */
static int
style_named(const privacy_html_event_t *ev, int paint, int foreign)
{
    size_t  i;

    for (i = 0; i < ev->nattrs; i++) {
        if (css_attr(&ev->attrs[i], paint)
            || bg_attr(&ev->attrs[i], foreign))
        {
            return 1;
        }
    }
    return 0;
}

/*
 * a style (or paint) attribute, repeated ones too, holds "(", "@" or "&",
 * or with paint the tag has an attributeName
 */
static int
style_fetches(const privacy_html_event_t *ev, int paint, int foreign)
{
    size_t                      i, k;
    const privacy_html_attr_t  *a;

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];
        if (css_attr(a, paint) == 2 || bg_attr(a, foreign)) {
            return 1;
        }
        if (a->value == NULL || !css_attr(a, paint)) {
            continue;
        }
        for (k = 0; k < a->value_len; k++) {
            if (a->value[k] == '(' || a->value[k] == '@'
                || a->value[k] == '&')
            {
                return 1;
            }
        }
    }
    return 0;
}

/* the scanner's view of a tag equals the standalone parser's */
static void
check_parse(const privacy_html_event_t *ev)
{
    size_t                      k;
    privacy_html_event_t        pe;
    privacy_html_attr_t         pa[PRIVACY_HTML_MAX_ATTRS];
    const privacy_html_attr_t  *a, *b;

    CHECK(privacy_html_parse(ev->tag, ev->tag_len, &pe, pa,
                             PRIVACY_HTML_MAX_ATTRS) == 0);
    CHECK(pe.el == ev->el && pe.is_end == ev->is_end);
    CHECK(pe.name == ev->name && pe.name_len == ev->name_len);
    CHECK(pe.self_closing == ev->self_closing);
    CHECK(pe.truncated == ev->truncated && pe.nattrs == ev->nattrs);

    for (k = 0; k < ev->nattrs; k++) {
        a = &ev->attrs[k];
        b = &pa[k];
        CHECK(a->name == b->name && a->name_len == b->name_len);
        CHECK(a->value == b->value && a->value_len == b->value_len);
        CHECK(a->quote == b->quote && a->dup == b->dup);
    }
}

/*
 * REPORT_NOSCRIPT_END: a start tag in a noscript with "</noscript" (any
 * case) then whitespace, "/", ">" or the end of the value, in a value
 */
static int
ns_end(const privacy_html_event_t *ev)
{
    size_t                      i, o, j;
    unsigned char               c;
    const privacy_html_attr_t  *a;

    if (!(mask & PRIVACY_HTML_REPORT_NOSCRIPT_END) || !ev->in_noscript) {
        return 0;
    }
    if (ev->truncated) {
        return 1;
    }
    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];
        for (o = 0; a->value && o + 10 <= a->value_len; o++) {
            for (j = 0; j < 10; j++) {
                c = a->value[o + j];
                if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != "</noscript"[j]) {
                    break;
                }
            }
            if (j == 10
                && (o + 10 == a->value_len
                    || (a->value[o + 10] != 0
                        && strchr("\t\n\f\r />", a->value[o + 10]) != NULL)))
            {
                return 1;
            }
        }
    }
    return 0;
}

/*
 * A TAG or OVERFLOW event to be removed: with ev.breakout, the bytes
 * privacy_html_breakout_tag() gives to write in its place are "<" + the
 * name of that start tag (lowercase) + ">", for a font "<font color>"
 * (ngx_http_privacy_drop())
 */
static void
drop(privacy_html_t *sc, const privacy_html_event_t *ev,
    const unsigned char *chunk, run_t *r)
{
    size_t                k, n, nlen;
    unsigned char         c, name[16];
    const unsigned char  *b;

    if (ev->breakout) {
        CHECK(!ev->is_end);
        b = privacy_html_breakout_tag(sc, &n);

        /* the name in the event's own bytes (an OVERFLOW's too) */
        nlen = 0;
        for (k = 1; k < ev->held_len + ev->len && nlen < sizeof(name); k++) {
            c = k < ev->held_len ? ev->held[k]
                                 : chunk[ev->off + k - ev->held_len];
            if (c != 0 && strchr("\t\n\f\r />", c) != NULL) {
                break;
            }
            name[nlen++] = c >= 'A' && c <= 'Z' ? c | 0x20 : c;
        }

        if (ev->type == PRIVACY_HTML_TAG) {
            CHECK(!ev->foreign && ev->name_len == nlen);
        }
        if (nlen == 4 && memcmp(name, "font", 4) == 0) {
            /* a font breaks out only with color, face or size */
            CHECK(n == 12 && memcmp(b, "<font color>", 12) == 0);
        } else {
            CHECK(n == nlen + 2 && b[0] == '<' && b[n - 1] == '>');
            CHECK(memcmp(b + 1, name, nlen) == 0);
        }
        emit(r, b, n);
    }

    privacy_html_remove(sc);
}

/* keep, remove or replace, from the tag's bytes only */
static void
decide(privacy_html_t *sc, const privacy_html_event_t *ev,
    const unsigned char *chunk, unsigned seed, run_t *r)
{
    size_t                      i, n;
    uint64_t                    h;
    const privacy_html_attr_t  *a;

    h = fnv(0xcbf29ce484222325ULL, ev->tag, ev->tag_len);

    r->tags++;
    r->log = fnv(r->log, &ev->start, sizeof(ev->start));
    r->log = fnv(r->log, &ev->end, sizeof(ev->end));
    r->log = fnv(r->log, &ev->el, sizeof(ev->el));
    r->log = fnv(r->log, &ev->nattrs, sizeof(ev->nattrs));
    n = ev->in_noscript;
    r->log = fnv(r->log, &n, sizeof(n));

    /* what may be reported */
    if (!ev->is_end) {
        int  paint = paint_for(ev->foreign, ev->el);
        int  sattr = (mask & PRIVACY_HTML_REPORT_STYLE_ATTR)
                     && (style_named(ev, paint, ev->foreign) || ev->truncated)
                     && (!(mask & PRIVACY_HTML_REPORT_STYLE_FETCH)
                         || style_fetches(ev, paint, ev->foreign)
                         || ev->truncated);

        if ((ev->el == PRIVACY_HTML_FEIMAGE || ev->el == PRIVACY_HTML_USE)
            && !ev->foreign)
        {
            /* outside svg only for a style attribute or "</noscript" */
            CHECK(sattr || ns_end(ev));
        }
        if (ev->el == PRIVACY_HTML_STYLE && !(mask & PRIVACY_HTML_REPORT_STYLE))
        {
            CHECK(sattr || ns_end(ev));
        }
        if (ev->el == PRIVACY_HTML_OTHER) {
            CHECK(sattr || ns_end(ev));
        }
    }

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];
        CHECK(a->name >= ev->tag && a->name + a->name_len < ev->tag
                                                            + ev->tag_len);
        CHECK(a->value == NULL
              || (a->value >= ev->tag
                  && a->value + a->value_len < ev->tag + ev->tag_len));
        r->log = fnv(r->log, a->name, a->name_len);
        if (a->value) {
            n = privacy_html_decode(a->value, a->value_len, dec);
            CHECK(n <= a->value_len);
            r->log = fnv(r->log, dec, n);
        }
    }

    switch ((h ^ seed) % 4) {
    case 0:
        drop(sc, ev, chunk, r);
        return;
    case 1:
        emit(r, (const unsigned char *) "[R]", 3);
        return;
    default:
        emit(r, ev->held, ev->held_len);
        emit(r, chunk + ev->off, ev->len);
        return;
    }
}

static void
run(const unsigned char *in, size_t len, const size_t *cuts, size_t ncuts,
    size_t max_tag, unsigned seed, int keep, run_t *r)
{
    size_t                c, prev, to, n, at, hold, held;
    unsigned char        *chunk;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    r->olen = 0;
    r->log = 0xcbf29ce484222325ULL;
    r->tags = 0;
    r->skipped = 0;
    hold = 0;
    held = 0;

    CHECK(privacy_html_init(&sc, tagbuf, max_tag) == 0);
    privacy_html_report(&sc, mask);

    prev = 0;

    for (c = 0; c <= ncuts; c++) {
        to = c < ncuts ? cuts[c] : len;
        n = to - prev;
        chunk = malloc(n ? n : 1);
        CHECK(chunk != NULL);
        if (n) {
            memcpy(chunk, in + prev, n);
        }

        CHECK(privacy_html_feed(&sc, n ? chunk : NULL, n, c == ncuts) == 0);
        at = 0;

        while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
            CHECK(ev.off == at && ev.off + ev.len <= n);
            CHECK(ev.start == prev + ev.off - ev.held_len);
            CHECK(ev.end == prev + ev.off + ev.len);
            CHECK(ev.held_len == 0
                  || memcmp(ev.held, in + ev.start, ev.held_len) == 0);
            at += ev.len;
            held += ev.held_len;

            switch (ev.type) {
            case PRIVACY_HTML_PASS:
                emit(r, ev.held, ev.held_len);
                emit(r, chunk + ev.off, ev.len);
                break;
            case PRIVACY_HTML_SKIP:
                CHECK(!keep || sc.lost);
                r->skipped += ev.held_len + ev.len;
                break;
            case PRIVACY_HTML_HOLD:
                CHECK(ev.held_len == 0);
                hold += ev.len;
                CHECK(hold - held <= max_tag);
                break;
            case PRIVACY_HTML_OVERFLOW:
                CHECK(ev.held_len + ev.len == max_tag);
                CHECK((ev.held_len ? ev.held[0] : chunk[ev.off]) == '<');
                r->log = fnv(r->log, &ev.start, sizeof(ev.start));
                r->log = fnv(r->log, &ev.el, sizeof(ev.el));
                if (!keep) {
                    /* the same decision whatever the chunking */
                    uint64_t  h = fnv(0xcbf29ce484222325ULL, ev.held,
                                      ev.held_len);

                    h = fnv(h, chunk + ev.off, ev.len);
                    if ((h ^ seed) % 3 == 0) {
                        drop(&sc, &ev, chunk, r);
                        break;
                    }
                }
                emit(r, ev.held, ev.held_len);
                emit(r, chunk + ev.off, ev.len);
                break;
            case PRIVACY_HTML_TAG:
                CHECK(ev.tag_len == ev.end - ev.start && ev.tag_len >= 3);
                CHECK(ev.tag_len <= max_tag);
                CHECK(ev.tag[0] == '<' && ev.tag[ev.tag_len - 1] == '>');
                CHECK(memcmp(ev.tag, in + ev.start, ev.tag_len) == 0);
                check_parse(&ev);
                if (keep) {
                    r->tags++;
                    emit(r, ev.held, ev.held_len);
                    emit(r, chunk + ev.off, ev.len);
                } else {
                    decide(&sc, &ev, chunk, seed, r);
                }
                break;
            default:
                CHECK(0);
            }
        }

        CHECK(at == n);
        free(chunk);
        prev = to;
    }

    CHECK(hold == held);
    CHECK(privacy_html_feed(&sc, in, 0, 1) == -1);
    r->lost = sc.lost;
}


/* keep everything up to the k-th event, then pass the rest through */
static void
bail(const unsigned char *in, size_t len, const size_t *cuts, size_t ncuts,
    size_t max_tag, size_t k, run_t *r)
{
    size_t                c, prev, to, n, at, events, held;
    const unsigned char  *h;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    r->olen = 0;
    events = 0;
    prev = 0;
    n = 0;
    at = 0;

    CHECK(privacy_html_init(&sc, tagbuf, max_tag) == 0);
    privacy_html_report(&sc, mask);

    for (c = 0; c <= ncuts; c++) {
        to = c < ncuts ? cuts[c] : len;
        n = to - prev;
        CHECK(privacy_html_feed(&sc, in + prev, n, c == ncuts) == 0);
        at = 0;
        if (events == k) {
            goto out;
        }
        while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
            /* nothing is removed: a SKIP is the scanner's own
               (lost), passed here too, so the output is the input */
            if (ev.type != PRIVACY_HTML_HOLD) {
                CHECK(ev.type != PRIVACY_HTML_SKIP || sc.lost);
                emit(r, ev.held, ev.held_len);
                emit(r, in + prev + ev.off, ev.len);
            }
            at = ev.off + ev.len;
            if (++events == k) {
                goto out;
            }
        }
        prev = to;
    }

    return;

out:
    h = privacy_html_held(&sc, &held);
    emit(r, h, held);
    emit(r, in + prev + at, len - prev - at);
}


typedef struct {
    size_t                 start;
    size_t                 len;
    privacy_html_event_e   type;
    unsigned               foreign;
    unsigned               in_noscript;
} seen_t;

/* the TAG and OVERFLOW events of in, in one chunk, everything kept */
static size_t
reported(const unsigned char *in, size_t len, size_t max_tag, uint64_t m,
    seen_t *out)
{
    size_t                n;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    n = 0;
    CHECK(privacy_html_init(&sc, tagbuf, max_tag) == 0);
    privacy_html_report(&sc, m);
    CHECK(privacy_html_feed(&sc, in, len, 1) == 0);

    while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
        if (ev.type == PRIVACY_HTML_TAG || ev.type == PRIVACY_HTML_OVERFLOW) {
            out[n].start = ev.start;
            out[n].len = ev.end - ev.start;
            out[n].type = ev.type;
            out[n].foreign = ev.foreign;
            out[n].in_noscript = ev.in_noscript;
            n++;
        }
    }
    return n;
}

/*
 * REPORT_STYLE_FETCH against the same mask without it: every event of
 * the one is an event of the other; a TAG of the other only is a start
 * tag that no attribute but a style reports, and no style of it may fetch
 */
static void
style_fetch_only(const unsigned char *in, size_t len, size_t max_tag)
{
    size_t                n_all, n_fetch, i, j;
    seen_t               *all, *fetch;
    privacy_html_el_e     el;
    privacy_html_event_t  pe;
    privacy_html_attr_t   pa[PRIVACY_HTML_MAX_ATTRS];

    all = malloc((len / 3 + 1) * sizeof(seen_t));
    fetch = malloc((len / 3 + 1) * sizeof(seen_t));
    CHECK(all != NULL && fetch != NULL);

    n_all = reported(in, len, max_tag, mask & ~PRIVACY_HTML_REPORT_STYLE_FETCH,
                     all);
    n_fetch = reported(in, len, max_tag, mask, fetch);

    for (i = 0, j = 0; i < n_all; i++) {
        if (j < n_fetch && fetch[j].start == all[i].start) {
            CHECK(fetch[j].type == all[i].type && fetch[j].len == all[i].len);
            j++;
            continue;
        }

        /* left out: a start tag, not an OVERFLOW */
        CHECK(all[i].type == PRIVACY_HTML_TAG);
        CHECK(privacy_html_parse(in + all[i].start, all[i].len, &pe, pa,
                                 PRIVACY_HTML_MAX_ATTRS) == 0);
        CHECK(!pe.is_end && !pe.truncated);
        CHECK(style_named(&pe, paint_for(all[i].foreign, pe.el),
                          all[i].foreign)
              && !style_fetches(&pe, paint_for(all[i].foreign, pe.el),
                                all[i].foreign));

        /* not reported anyway, nor for another attribute */
        el = pe.el;
        CHECK(!all[i].foreign
              || (el != PRIVACY_HTML_FEIMAGE && el != PRIVACY_HTML_USE));
        CHECK(el != PRIVACY_HTML_EMBED && el != PRIVACY_HTML_IFRAME
              && el != PRIVACY_HTML_IMG && el != PRIVACY_HTML_LINK
              && el != PRIVACY_HTML_NOSCRIPT && el != PRIVACY_HTML_OBJECT
              && el != PRIVACY_HTML_SCRIPT && el != PRIVACY_HTML_SOURCE
              && el != PRIVACY_HTML_AUDIO && el != PRIVACY_HTML_FRAME
              && el != PRIVACY_HTML_IMAGE && el != PRIVACY_HTML_VIDEO
              && el != PRIVACY_HTML_BASE && el != PRIVACY_HTML_TRACK);
        if (el == PRIVACY_HTML_A || el == PRIVACY_HTML_AREA) {
            CHECK(has_name(&pe, "ping") == NULL);
        }
        if (el == PRIVACY_HTML_BODY || el == PRIVACY_HTML_TABLE
            || el == PRIVACY_HTML_TD || el == PRIVACY_HTML_TH)
        {
            CHECK(has_name(&pe, "background") == NULL);
        }
        if (el == PRIVACY_HTML_META) {
            CHECK(has_name(&pe, "http-equiv") == NULL);
        }
        if (el == PRIVACY_HTML_INPUT) {
            CHECK(has_name(&pe, "src") == NULL);
        }
        if (el == PRIVACY_HTML_STYLE && !all[i].foreign) {
            CHECK(!(mask & PRIVACY_HTML_REPORT_STYLE));
        }
        pe.in_noscript = all[i].in_noscript;
        CHECK(!ns_end(&pe));
    }

    CHECK(j == n_fetch);

    free(all);
    free(fetch);
}


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t         i, len, ncuts, max_tag, cuts[64];
    uint32_t       x;
    unsigned       seed;
    const uint8_t  *in;
    run_t           one, split;

    if (size < 2) {
        return 0;
    }

    max_tag = PRIVACY_HTML_MIN_TAG + (size_t) data[0] * 15;
    seed = data[1];
    mask = PRIVACY_HTML_REPORT_ALL
           | (data[1] & 0x10 ? PRIVACY_HTML_REPORT_STYLE : 0)
           | (data[1] & 0x20 ? PRIVACY_HTML_REPORT_STYLE_ATTR : 0)
           | (data[1] & 0x04 ? PRIVACY_HTML_REPORT_STYLE_FETCH : 0)
           | (data[1] & 0x08 ? PRIVACY_HTML_REPORT_NOSCRIPT_END : 0)
           | (data[1] & 0x01 ? PRIVACY_HTML_REPORT_PAINT_ATTR : 0)
           | (data[1] & 0x02 ? PRIVACY_HTML_REPORT_BACKGROUND_ANY : 0);
    in = data + 2;
    len = size - 2;

    if ((mask & PRIVACY_HTML_REPORT_STYLE_FETCH)
        && (mask & PRIVACY_HTML_REPORT_STYLE_ATTR))
    {
        style_fetch_only(in, len, max_tag);
    }

    /* cut points from a generator seeded by the input */
    x = (uint32_t) fnv(0xcbf29ce484222325ULL, data, size) | 1;
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
        /* sort; equal cuts make empty chunks, which must work too */
        for (i = 1; i < ncuts; i++) {
            size_t  j, v = cuts[i];

            for (j = i; j > 0 && cuts[j - 1] > v; j--) {
                cuts[j] = cuts[j - 1];
            }
            cuts[j] = v;
        }
    }

    one.out = malloc(len + 1);
    split.out = malloc(len + 1);
    CHECK(one.out != NULL && split.out != NULL);

    /* decisions: same tags, same output whatever the chunking */
    run(in, len, NULL, 0, max_tag, seed, 0, &one);
    run(in, len, cuts, ncuts, max_tag, seed, 0, &split);
    CHECK(one.olen == split.olen && one.tags == split.tags);
    CHECK(one.log == split.log);
    CHECK(one.olen == 0 || memcmp(one.out, split.out, one.olen) == 0);

    /* keep everything: output is the input, or what precedes the rest
       the scanner skipped (integration points nested too deep) */
    run(in, len, cuts, ncuts, max_tag, seed, 1, &split);
    CHECK(split.olen + split.skipped == len
          && (split.skipped == 0 || split.lost)
          && (split.olen == 0 || !memcmp(split.out, in, split.olen)));

    /* fail open at an arbitrary event: held bytes plus the rest */
    bail(in, len, cuts, ncuts, max_tag, x % (len / 8 + 2), &split);
    CHECK(split.olen == len && (len == 0 || !memcmp(split.out, in, len)));

    free(one.out);
    free(split.out);

    return 0;
}
