/*
 * test_html.c: unit tests of the streaming HTML tag scanner.
 *
 * A reference "apply decisions" driver turns events into output bytes, so
 * every test checks both the reported tags and the bytes that would go to
 * the client.  The central property: any chunking gives the same tags and
 * the same output as one chunk.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_html.h"
#include "unit.h"


typedef struct {
    unsigned char  *p;
    size_t          len;
    size_t          cap;
} vec_t;

typedef struct {
    vec_t           out;        /* bytes for the client */
    vec_t           log;        /* TAG and OVERFLOW events, serialized */
    size_t          hold;       /* bytes reported as HOLD */
    size_t          held;       /* held bytes handed back in events */
    size_t          max_pending;
    size_t          skipped;
    unsigned        tags;
    unsigned        overflows;
    unsigned        bad;        /* broken event invariants */
    unsigned        lost;       /* the scanner skipped the rest itself */
} res_t;

enum {
    KEEP_ALL = 0,
    APPLY
};

static unsigned char  tagbuf[1 << 16];
static unsigned char  dec[1 << 16];

/* the report mask of drive() and events(); "~" after in_noscript tags */
static uint64_t       mask_g = PRIVACY_HTML_REPORT_ALL;
static int            show_ns;


static void
vec_add(vec_t *v, const void *p, size_t n)
{
    if (v->len + n > v->cap) {
        v->cap = (v->len + n) * 2 + 64;
        v->p = realloc(v->p, v->cap);
        if (v->p == NULL) {
            abort();
        }
    }
    if (n) {
        memcpy(v->p + v->len, p, n);
    }
    v->len += n;
}

static void
vec_str(vec_t *v, const char *s)
{
    vec_add(v, s, strlen(s));
}

static void
res_free(res_t *r)
{
    free(r->out.p);
    free(r->log.p);
    memset(r, 0, sizeof(*r));
}

static int
vec_eq(const vec_t *a, const vec_t *b)
{
    return a->len == b->len && (a->len == 0 || !memcmp(a->p, b->p, a->len));
}

static int
contains(const unsigned char *p, size_t n, const char *s)
{
    size_t  i, m = strlen(s);

    for (i = 0; i + m <= n; i++) {
        if (memcmp(p + i, s, m) == 0) {
            return 1;
        }
    }
    return 0;
}

/* decoded value of the effective attribute, or NULL */
static const unsigned char *
attr_dec(const privacy_html_event_t *ev, const char *name, size_t *n)
{
    const privacy_html_attr_t  *a;

    a = privacy_html_attr(ev, name);
    if (a == NULL) {
        return NULL;
    }
    *n = privacy_html_decode(a->value ? a->value : (const unsigned char *) "",
                             a->value_len, dec);
    return dec;
}

static int
attr_is(const privacy_html_event_t *ev, const char *name, const char *val)
{
    size_t                n;
    const unsigned char  *v = attr_dec(ev, name, &n);

    return v && n == strlen(val) && memcmp(v, val, n) == 0;
}

static int
attr_has(const privacy_html_event_t *ev, const char *name, const char *s)
{
    size_t                n;
    const unsigned char  *v = attr_dec(ev, name, &n);

    return v && contains(v, n, s);
}

static int
name_is(const privacy_html_attr_t *a, const char *s)
{
    size_t  i, n = strlen(s);

    if (a->name_len != n) {
        return 0;
    }
    for (i = 0; i < n; i++) {
        unsigned char  c = a->name[i];

        if (c >= 'A' && c <= 'Z') {
            c |= 0x20;
        }
        if (c != (unsigned char) s[i]) {
            return 0;
        }
    }
    return 1;
}

/*
 * A tag as text: "<name a=v b="w" c! />" (! marks a duplicate), followed
 * by "^" when it was read inside svg or math.
 */
static void
tag_text(vec_t *v, const privacy_html_event_t *ev)
{
    size_t                      i;
    char                        q[2] = { 0, 0 };
    const privacy_html_attr_t  *a;

    vec_str(v, ev->is_end ? "</" : "<");
    vec_add(v, ev->name, ev->name_len);
    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];
        vec_str(v, " ");
        vec_add(v, a->name, a->name_len);
        if (a->value) {
            q[0] = (char) a->quote;
            vec_str(v, "=");
            vec_str(v, q);
            vec_add(v, a->value, a->value_len);
            vec_str(v, q);
        }
        if (a->dup) {
            vec_str(v, "!");
        }
    }
    vec_str(v, ev->self_closing ? " />" : ">");
    if (ev->foreign) {
        vec_str(v, "^");
    }
    if (show_ns && ev->in_noscript) {
        vec_str(v, "~");
    }
}

/* the tag rebuilt without some attributes; scripts neutralised */
static void
rewrite(vec_t *out, const privacy_html_event_t *ev, int neutralise)
{
    size_t                      i;
    char                        q[2] = { 0, 0 };
    const privacy_html_attr_t  *a;

    vec_str(out, "<");
    vec_add(out, ev->name, ev->name_len);
    if (neutralise) {
        vec_str(out, " type=\"text/plain\"");
    }
    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];
        /* duplicates too: a rename must not let a later one win */
        if (name_is(a, "ping") || (neutralise && name_is(a, "type"))) {
            continue;
        }
        vec_str(out, " ");
        if (neutralise && name_is(a, "src")) {
            vec_str(out, "data-privacy-src");
        } else {
            vec_add(out, a->name, a->name_len);
        }
        if (a->value) {
            q[0] = (char) a->quote;
            vec_str(out, "=");
            vec_str(out, q);
            vec_add(out, a->value, a->value_len);
            vec_str(out, q);
        }
    }
    vec_str(out, ev->self_closing ? " />" : ">");
}

/* the tag removed, as the glue does: a breakout in svg leaves its name */
static void
drop(privacy_html_t *sc, const privacy_html_event_t *ev, vec_t *out)
{
    const unsigned char  *b;
    size_t                n;

    if (ev->breakout) {
        b = privacy_html_breakout_tag(sc, &n);
        vec_add(out, b, n);
    }
    privacy_html_remove(sc);
}


/*
 * The reference policy.  Returns 0 to keep the tag as it is, 1 when it
 * has been removed or replaced (output written here).
 */
static int
apply(privacy_html_t *sc, const privacy_html_event_t *ev, vec_t *out)
{
    if (ev->is_end) {
        if (ev->el == PRIVACY_HTML_BODY) {
            vec_str(out, "<div id=\"privacy-banner\"></div>");
        }
        return 0;
    }

    switch (ev->el) {

    case PRIVACY_HTML_IMG:
        if ((attr_is(ev, "width", "1") && attr_is(ev, "height", "1"))
            || attr_has(ev, "src", "tracker"))
        {
            drop(sc, ev, out);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_SCRIPT:
        if (ev->foreign && attr_has(ev, "href", "tracker")) {
            /* an SVG script: its content is markup, skipped with it */
            drop(sc, ev, out);
            return 1;
        }
        if (attr_has(ev, "src", "connect.facebook.net/en_US/sdk")
            || attr_has(ev, "src", "googletagmanager.com/gtag"))
        {
            drop(sc, ev, out);
            return 1;
        }
        if (attr_has(ev, "src", "tracker")) {
            rewrite(out, ev, 1);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_IFRAME:
        if (attr_has(ev, "src", "googletagmanager.com/ns.html")
            || attr_has(ev, "src", "doubleclick"))
        {
            drop(sc, ev, out);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_NOSCRIPT:
        if (privacy_html_attr(ev, "data-remove")) {
            drop(sc, ev, out);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_OBJECT:
        if (attr_has(ev, "data", "tracker")) {
            drop(sc, ev, out);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_LINK:
        if (attr_has(ev, "href", "googletagmanager")
            || attr_has(ev, "href", "hotjar"))
        {
            drop(sc, ev, out);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_A:
        if (privacy_html_attr(ev, "ping")) {
            rewrite(out, ev, 0);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_AUDIO:
    case PRIVACY_HTML_FRAME:
    case PRIVACY_HTML_IMAGE:
    case PRIVACY_HTML_INPUT:
    case PRIVACY_HTML_VIDEO:
        if (attr_has(ev, "src", "tracker") || attr_has(ev, "href", "tracker")
            || attr_has(ev, "poster", "tracker"))
        {
            drop(sc, ev, out);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_BODY:
    case PRIVACY_HTML_TABLE:
    case PRIVACY_HTML_TD:
    case PRIVACY_HTML_TH:
        if (attr_has(ev, "background", "tracker")) {
            /* the tag without its background */
            vec_str(out, "<");
            vec_add(out, ev->name, ev->name_len);
            vec_str(out, ">");
            return 1;
        }
        return 0;

    case PRIVACY_HTML_META:
        if (attr_has(ev, "content", "tracker")) {
            drop(sc, ev, out);
            return 1;
        }
        return 0;

    case PRIVACY_HTML_FEIMAGE:
    case PRIVACY_HTML_USE:
        if (!ev->foreign) {
            return 0;   /* never reported there */
        }
        if (attr_has(ev, "href", "tracker")
            || attr_has(ev, "xlink:href", "tracker"))
        {
            drop(sc, ev, out);
            return 1;
        }
        break;

    case PRIVACY_HTML_STYLE:
        if (privacy_html_attr(ev, "data-remove")) {
            drop(sc, ev, out);
            return 1;
        }
        break;

    default:
        break;
    }

    /* REPORT_STYLE_ATTR: a style with a tracker goes, the tag stays */
    if (attr_has(ev, "style", "tracker")) {
        vec_str(out, "<");
        vec_add(out, ev->name, ev->name_len);
        vec_str(out, ev->self_closing ? " />" : ">");
        return 1;
    }

    return 0;
}

/* held style text, as a caller rewriting CSS would: "tracker" disarmed */
static void
style_flush(vec_t *out, vec_t *style)
{
    size_t  i;

    for (i = 0; i + 7 <= style->len; i++) {
        if (memcmp(style->p + i, "tracker", 7) == 0) {
            memcpy(style->p + i, "TRACKER", 7);
        }
    }
    vec_add(out, style->p, style->len);
    style->len = 0;
}

static void
log_event(res_t *r, const privacy_html_event_t *ev)
{
    char  s[96];

    snprintf(s, sizeof(s), "%c%llu-%llu:",
             ev->type == PRIVACY_HTML_TAG ? 'T' : 'O',
             (unsigned long long) ev->start, (unsigned long long) ev->end);
    vec_str(&r->log, s);
    if (ev->type == PRIVACY_HTML_TAG) {
        snprintf(s, sizeof(s), "%d%d%d%d:", (int) ev->el, (int) ev->truncated,
                 (int) ev->nattrs, (int) ev->in_noscript);
        vec_str(&r->log, s);
        tag_text(&r->log, ev);
    }
    vec_str(&r->log, "\n");
}

/* the scanner's attributes equal those of the standalone parser */
static int
same_as_parse(const privacy_html_event_t *ev)
{
    size_t                      k;
    privacy_html_event_t        pe;
    privacy_html_attr_t         pa[PRIVACY_HTML_MAX_ATTRS];
    const privacy_html_attr_t  *a, *b;

    if (privacy_html_parse(ev->tag, ev->tag_len, &pe, pa,
                           PRIVACY_HTML_MAX_ATTRS) != 0
        || pe.el != ev->el || pe.is_end != ev->is_end
        || pe.name != ev->name || pe.name_len != ev->name_len
        || pe.self_closing != ev->self_closing
        || pe.truncated != ev->truncated || pe.nattrs != ev->nattrs)
    {
        return 0;
    }

    for (k = 0; k < ev->nattrs; k++) {
        a = &ev->attrs[k];
        b = &pa[k];
        if (a->name != b->name || a->name_len != b->name_len
            || a->value != b->value || a->value_len != b->value_len
            || a->quote != b->quote || a->dup != b->dup)
        {
            return 0;
        }
    }

    return 1;
}

/* the bytes of an OVERFLOW begin with the tag's "<" or "</" and name */
static int
ov_name_is(const vec_t *ov, const privacy_html_event_t *ev)
{
    size_t       k, o;
    const char  *n;

    o = 1 + ev->is_end;
    if (ov->len < o + 1 || ov->p[0] != '<' || (ev->is_end && ov->p[1] != '/'))
    {
        return 0;
    }
    if (ev->el == PRIVACY_HTML_OTHER) {
        return 1;
    }
    n = privacy_html_el_name(ev->el);
    for (k = 0; n[k]; k++) {
        if (o + k >= ov->len || (ov->p[o + k] | 0x20) != (unsigned char) n[k])
        {
            return 0;
        }
    }
    return o + k < ov->len && strchr(" \t\n\f\r/>", ov->p[o + k]) != NULL;
}

/*
 * Feed in[0..len) cut at cuts[0..ncuts) (increasing), check the event
 * invariants, apply the policy.  Each chunk lives in its own allocation,
 * scribbled over once its events are done, so stale pointers show up.
 */
static void
drive(const unsigned char *in, size_t len, const size_t *cuts, size_t ncuts,
    int policy, size_t max_tag, res_t *r)
{
    int                   in_style;
    size_t                c, prev, to, n, at;
    unsigned char        *chunk;
    vec_t                 style, ov;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    memset(r, 0, sizeof(*r));
    memset(&style, 0, sizeof(style));
    memset(&ov, 0, sizeof(ov));
    in_style = 0;

    if (privacy_html_init(&sc, tagbuf, max_tag) != 0) {
        r->bad++;
        return;
    }

    privacy_html_report(&sc, mask_g);

    prev = 0;

    for (c = 0; c <= ncuts; c++) {
        to = c < ncuts ? cuts[c] : len;
        n = to - prev;
        chunk = malloc(n + 1);
        if (chunk == NULL) {
            abort();
        }
        memcpy(chunk, in + prev, n);

        if (privacy_html_feed(&sc, chunk, n, c == ncuts) != 0) {
            r->bad++;
        }

        at = 0;

        while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
            /* spans tile the chunk; held bytes are the stream's bytes */
            if (ev.off != at || ev.off + ev.len > n
                || ev.start != prev + ev.off - ev.held_len
                || ev.end != prev + ev.off + ev.len
                || (ev.held_len
                    && memcmp(ev.held, in + ev.start, ev.held_len) != 0))
            {
                r->bad++;
            }
            at = ev.off + ev.len;
            r->held += ev.held_len;

            switch (ev.type) {

            case PRIVACY_HTML_PASS:
                /* the text of a style held to its end, as script text */
                vec_add(in_style ? &style : &r->out, ev.held, ev.held_len);
                vec_add(in_style ? &style : &r->out, chunk + ev.off, ev.len);
                break;

            case PRIVACY_HTML_SKIP:
                r->skipped += ev.held_len + ev.len;
                break;

            case PRIVACY_HTML_HOLD:
                if (ev.held_len) {
                    r->bad++;
                }
                r->hold += ev.len;
                if (r->hold - r->held > r->max_pending) {
                    r->max_pending = r->hold - r->held;
                }
                break;

            case PRIVACY_HTML_OVERFLOW:
                r->overflows++;
                log_event(r, &ev);
                if (ev.held_len + ev.len != max_tag) {
                    r->bad++;
                }
                if (in_style) {
                    style_flush(&r->out, &style);
                    in_style = 0;
                }
                ov.len = 0;
                vec_add(&ov, ev.held, ev.held_len);
                vec_add(&ov, chunk + ev.off, ev.len);
                if (!ov_name_is(&ov, &ev)) {
                    r->bad++;
                }
                if (policy == APPLY && contains(ov.p, ov.len, "tracker")) {
                    /* removed: the rest of the tag is skipped */
                    drop(&sc, &ev, &r->out);
                    break;
                }
                /* fail open */
                vec_add(&r->out, ov.p, ov.len);
                break;

            case PRIVACY_HTML_TAG:
                r->tags++;
                if (in_style) {
                    style_flush(&r->out, &style);
                    in_style = 0;
                }
                if (ev.tag_len != ev.end - ev.start || ev.tag_len > max_tag
                    || ev.tag[0] != '<' || ev.tag[ev.tag_len - 1] != '>'
                    || memcmp(ev.tag, in + ev.start, ev.tag_len) != 0
                    || (ev.held_len == 0 && ev.tag != chunk + ev.off)
                    || !same_as_parse(&ev))
                {
                    r->bad++;
                }
                log_event(r, &ev);
                if (policy == APPLY && apply(&sc, &ev, &r->out)) {
                    break;
                }
                vec_add(&r->out, ev.held, ev.held_len);
                vec_add(&r->out, chunk + ev.off, ev.len);
                if (policy == APPLY && ev.el == PRIVACY_HTML_STYLE
                    && !ev.is_end)
                {
                    in_style = 1;
                }
                break;

            default:
                r->bad++;
                break;
            }
        }

        if (at != n) {
            r->bad++;
        }

        memset(chunk, 0xee, n);
        free(chunk);
        prev = to;
    }

    if (in_style) {
        style_flush(&r->out, &style);
    }
    free(style.p);
    free(ov.p);

    if (r->hold != r->held || privacy_html_feed(&sc, in, 0, 1) != -1) {
        r->bad++;
    }

    r->lost = sc.lost;
}

static void
drive1(const unsigned char *in, size_t len, int policy, size_t max_tag,
    res_t *r)
{
    drive(in, len, NULL, 0, policy, max_tag, r);
}

/* the reported tags of html with a report mask and max_tag, as text */
static char *
events_with(const char *html, uint64_t mask, size_t max_tag)
{
    static char           s[4096];
    size_t                n;
    privacy_html_t        sc;
    privacy_html_event_t  ev;
    vec_t                 v;

    memset(&v, 0, sizeof(v));
    privacy_html_init(&sc, tagbuf, max_tag);
    privacy_html_report(&sc, mask);
    privacy_html_feed(&sc, (const unsigned char *) html, strlen(html), 1);
    while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
        if (ev.type == PRIVACY_HTML_TAG) {
            tag_text(&v, &ev);
        } else if (ev.type == PRIVACY_HTML_OVERFLOW) {
            vec_str(&v, "<OVERFLOW>");
        }
    }
    n = v.len < sizeof(s) - 1 ? v.len : sizeof(s) - 1;
    if (n) {
        memcpy(s, v.p, n);
    }
    s[n] = '\0';
    free(v.p);
    return s;
}

static char *
events_mask(const char *html, uint64_t mask)
{
    return events_with(html, mask, PRIVACY_HTML_MAX_TAG_DEFAULT);
}

/* the reported tags of html, as text */
static char *
events(const char *html)
{
    return events_mask(html, PRIVACY_HTML_REPORT_ALL);
}

/* the same with tags of at most max_tag bytes */
static char *
events_max(const char *html, size_t max_tag)
{
    return events_with(html, PRIVACY_HTML_REPORT_ALL, max_tag);
}

/* the output of the reference policy on html in one chunk */
static char *
applied(const char *html)
{
    static char  s[4096];
    size_t       n;
    res_t        r;

    drive1((const unsigned char *) html, strlen(html), APPLY,
           PRIVACY_HTML_MAX_TAG_DEFAULT, &r);
    n = r.out.len < sizeof(s) - 1 ? r.out.len : sizeof(s) - 1;
    if (n) {
        memcpy(s, r.out.p, n);
    }
    s[n] = '\0';
    if (r.bad) {
        strcpy(s, "BAD EVENTS");
    }
    res_free(&r);
    return s;
}

#define EV(html, want)                                                        \
    UNIT_CHECK(strcmp(events(html), want) == 0, "%s\n  got  %s\n  want %s",   \
               html, events(html), want)

#define OUT(html, want)                                                       \
    UNIT_CHECK(strcmp(applied(html), want) == 0, "%s\n  got  %s\n  want %s",  \
               html, applied(html), want)


/*
 * Split invariance: 2 chunks at every position, 3 chunks at every pair
 * when len <= all3, else on a grid of about grid x grid pairs.
 */
static void
check_splits(const char *what, const unsigned char *in, size_t len,
    int policy, size_t max_tag, size_t all3, size_t grid)
{
    size_t    i, j, step, cuts[2];
    unsigned  fails = 0, runs = 0;
    res_t     one, r;

    drive1(in, len, policy, max_tag, &one);
    UNIT_CHECK(one.bad == 0, "%s: one chunk: %u broken invariants", what,
               one.bad);
    if (policy == KEEP_ALL) {
        /* all of it, or what precedes the skipped rest of the stream */
        UNIT_CHECK(one.out.len + one.skipped == len
                   && (one.skipped == 0 || one.lost)
                   && !memcmp(one.out.p, in, one.out.len),
                   "%s: output differs from input", what);
    }

    for (i = 0; i <= len; i++) {
        cuts[0] = i;
        drive(in, len, cuts, 1, policy, max_tag, &r);
        runs++;
        if (r.bad || !vec_eq(&r.out, &one.out) || !vec_eq(&r.log, &one.log)) {
            if (fails++ == 0) {
                fprintf(stderr, "%s: split at %zu differs (bad %u)\n", what,
                        i, r.bad);
            }
        }
        res_free(&r);
    }

    step = len <= all3 || grid == 0 ? 1 : len / grid + 1;

    for (i = 0; i <= len; i += step) {
        for (j = i; j <= len; j += step) {
            cuts[0] = i;
            cuts[1] = j;
            drive(in, len, cuts, 2, policy, max_tag, &r);
            runs++;
            if (r.bad || !vec_eq(&r.out, &one.out)
                || !vec_eq(&r.log, &one.log))
            {
                if (fails++ == 0) {
                    fprintf(stderr, "%s: split at %zu,%zu differs\n", what,
                            i, j);
                }
            }
            res_free(&r);
        }
    }

    UNIT_CHECK(fails == 0, "%s: %u of %u chunkings differ", what, fails,
               runs);
    res_free(&one);
}


/*
 * A tag near max_tag 64 bytes: in one chunk, everything kept, tags TAG and
 * overflows OVERFLOW events, none unsound; the same at every split
 */
static void
check_max64(const char *what, const char *h, unsigned tags,
    unsigned overflows, size_t grid)
{
    res_t  r;

    drive1((const unsigned char *) h, strlen(h), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == tags && r.overflows == overflows && r.bad == 0,
               "%s: %u tags, %u overflows, %u bad", what, r.tags,
               r.overflows, r.bad);
    res_free(&r);
    check_splits(what, (const unsigned char *) h, strlen(h), APPLY, 64, 0,
                 grid);
}

/* one byte at a time */
static void
check_bytewise(const char *what, const unsigned char *in, size_t len,
    int policy)
{
    size_t   i, *cuts;
    res_t    one, r;

    cuts = malloc((len + 1) * sizeof(size_t));
    if (cuts == NULL) {
        abort();
    }
    for (i = 0; i < len; i++) {
        cuts[i] = i + 1;
    }
    drive1(in, len, policy, PRIVACY_HTML_MAX_TAG_DEFAULT, &one);
    drive(in, len, cuts, len, policy, PRIVACY_HTML_MAX_TAG_DEFAULT, &r);
    UNIT_CHECK(r.bad == 0 && vec_eq(&r.out, &one.out)
               && vec_eq(&r.log, &one.log),
               "%s: byte-at-a-time differs (bad %u)", what, r.bad);
    free(cuts);
    res_free(&one);
    res_free(&r);
}


/*
 * Fail open at any point: stop after the k-th event (or at a chunk start),
 * emit what privacy_html_held() returns and the rest verbatim; with every
 * tag kept that must give the input back.
 */
static void
check_bail(const char *what, const unsigned char *in, size_t len,
    size_t step)
{
    size_t                k, pos, n, at, held, events, fails = 0;
    const unsigned char  *h;
    privacy_html_t        sc;
    privacy_html_event_t  ev;
    vec_t                 out;

    for (k = 0; ; k++) {
        memset(&out, 0, sizeof(out));
        privacy_html_init(&sc, tagbuf, 256);
        events = 0;

        for (pos = 0; pos < len; pos += n) {
            n = len - pos < step ? len - pos : step;
            privacy_html_feed(&sc, in + pos, n, pos + n == len);
            at = 0;
            if (events == k) {
                goto bail;
            }
            while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
                if (ev.type != PRIVACY_HTML_SKIP
                    && ev.type != PRIVACY_HTML_HOLD)
                {
                    vec_add(&out, ev.held, ev.held_len);
                    vec_add(&out, in + pos + ev.off, ev.len);
                }
                at = ev.off + ev.len;
                if (++events == k) {
                    goto bail;
                }
            }
        }

        /* k is past the last event: done */
        free(out.p);
        break;

    bail:
        h = privacy_html_held(&sc, &held);
        vec_add(&out, h, held);
        vec_add(&out, in + pos + at, len - pos - at);
        if (out.len != len || memcmp(out.p, in, len) != 0) {
            fails++;
        }
        free(out.p);
    }

    UNIT_CHECK(fails == 0 && k > 2, "%s: bail-out at %zu of %zu points",
               what, fails, k);
}


static void
test_script_data(void)
{
    EV("<script>var s = \"<img src=x>\"; '</scr' + 'ipt>';</script>"
       "<img src=y>",
       "<script></script><img src=y>");
    EV("<SCRIPT>a</SCRIPT ><ImG SRC=y>", "<SCRIPT></SCRIPT><ImG SRC=y>");
    EV("<script>a</scripty>b<img src=x></script >c",
       "<script></script>");
    EV("<script>x</script/>", "<script></script />");
    EV("<script>x</script\tfoo=\"a>b\"><img src=z>",
       "<script></script foo=\"a>b\"><img src=z>");
    /* escaped: "<script>" inside "<!--" does not end at its "</script>" */
    EV("<script><!--document.write(\"<script>x</script>\");--></script>"
       "<img src=a>",
       "<script></script><img src=a>");
    EV("<script><!-- </script><img src=a>", "<script></script><img src=a>");
    EV("<script><!--<script></script>--><img src=b></script>",
       "<script></script>");
    EV("<script><!--<script>--></script><img src=c>",
       "<script></script><img src=c>");
    EV("<script><!--<script></script></script><img src=d>",
       "<script></script><img src=d>");
    EV("<script><!--<script>-x</script><img src=a>--></script><img src=b>",
       "<script></script><img src=b>");
    EV("<script><!--<script>--x</script>--></script><img src=c>",
       "<script></script><img src=c>");
    EV("<script><!--a-><script></script><img src=z></script>",
       "<script></script>");
    EV("<script><!--<scripts></script><img src=e>",
       "<script></script><img src=e>");
    EV("<script><!-></script><img src=f>", "<script></script><img src=f>");
    EV("<script>a<!--b--!>c</script><img src=g>",
       "<script></script><img src=g>");
    EV("<script src=a />text<img src=b></script>",
       "<script src=a /></script>");
    EV("<script>never closed <img src=x>", "<script>");
    EV("<scripts>x<img src=b></scripts>", "<img src=b>");

    /* the end event is at the last "</script>" */
    {
        const char  *h = "<script><!--<script></script>--></script>";
        res_t        r;

        drive1((const unsigned char *) h, strlen(h), KEEP_ALL, 1024, &r);
        UNIT_CHECK(contains(r.log.p, r.log.len, "T32-41:"),
                   "escaped script end offset: %.*s", (int) r.log.len,
                   (const char *) r.log.p);
        res_free(&r);
    }
}

static void
test_markup(void)
{
    EV("<!-- <img src=a> --><img src=b>", "<img src=b>");
    EV("<!--><img src=c>", "<img src=c>");
    EV("<!---><img src=d>", "<img src=d>");
    EV("<!-- x --!><img src=e>", "<img src=e>");
    EV("<!-- a -- b ---><img src=f>", "<img src=f>");
    EV("<!----><img src=g>", "<img src=g>");
    EV("<!--a-><img src=h>-->", "");
    EV("<!--<!--><img src=i>", "<img src=i>");
    EV("<!-- --! x --><img src=j>", "<img src=j>");
    EV("<!DOCTYPE html><img src=a>", "<img src=a>");
    EV("<!doctype x \"a>b\"><img src=b>", "<img src=b>");
    EV("<![CDATA[<img src=a>]]><img src=b>", "<img src=b>");
    EV("<![CDATA[ x ]]><img src=c>", "<img src=c>");
    EV("<!-x><img src=d>", "<img src=d>");
    EV("<!><img src=e>", "<img src=e>");
    EV("<?xml version=\"1.0\"?><img src=a>", "<img src=a>");
    EV("<?php echo '<img src=x>'; ?><img src=a>", "<img src=a>");
    EV("</ img src=x><img src=b>", "<img src=b>");
    EV("</><img src=c>", "<img src=c>");
    EV("<3 <img src=d> a < b <#x> <<img src=e>", "<img src=d><img src=e>");
    EV("</3><img src=f>", "<img src=f>");
    EV("<img src=a", "");
    EV("<img src=\"a>", "");
    EV("text <", "");
    EV("</", "");
    EV("<!--", "");
    EV("<div><span>text</span></div>", "");
    EV("<img src=x></img>", "<img src=x>");
    EV("<imgx src=a><abbr><bodyx></bodyx><linked>", "");
    EV("</body>", "</body>");
    EV("</BODY >", "</BODY>");
    EV("</body foo=\"a>b\">x", "</body foo=\"a>b\">");
    EV("<embed src=e><source srcset=\"a 1x\"><object data=o></object>"
       "<area href=h ping=p><link rel=preconnect href=//x>",
       "<embed src=e><source srcset=\"a 1x\"><object data=o></object>"
       "<area href=h ping=p><link rel=preconnect href=//x>");
    /* a link is reported for its ping only */
    EV("<a>x</a><a/><A HREF=y><a ping><A HREF=y PING=p>"
       "<a pingx=1 data-ping=2 href=\"ping\"><area href=z>",
       "<a ping><A HREF=y PING=p>");
}

static void
test_rawtext(void)
{
    EV("<style><img src=x></style><img src=y>", "<img src=y>");
    EV("<style></styled><img></style>", "");
    EV("<STYLE>a</Style\n><img src=z>", "<img src=z>");
    EV("<textarea><img src=x></textarea><img src=y>", "<img src=y>");
    EV("<title><script></title><img src=z>", "<img src=z>");
    EV("<xmp><img></xmp><noembed><img></noembed><noframes><img></noframes>"
       "<img src=w>", "<img src=w>");
    EV("<iframe><img src=x></iframe><img src=y>",
       "<iframe></iframe><img src=y>");
    EV("<iframe src=a/>content<img></iframe>",
       "<iframe src=a/></iframe>");
    EV("<noscript><img src=p width=1 height=1></noscript>",
       "<noscript><img src=p width=1 height=1></noscript>");
    EV("<plaintext><img src=x></plaintext></body>", "");
    EV("<textarea>a</textarea b='>'><img src=q>",
       "<img src=q>");
}

static void
test_attributes(void)
{
    privacy_html_t        sc;
    privacy_html_event_t  ev;
    const char           *h;
    unsigned char         bin[] = "<img\0 src=a><img src=b\0c>";

    EV("<img src=a SRC=\"b\" alt='c' hidden>",
       "<img src=a SRC=\"b\"! alt='c' hidden>");
    EV("<img/src=\"a\"/width=1>", "<img src=\"a\" width=1>");
    EV("<img src=\"a>b\">", "<img src=\"a>b\">");
    EV("<img alt=x\"y src=z>", "<img alt=x\"y src=z>");
    EV("<img =\"x\" src=y>", "<img =\"x\" src=y>");
    EV("<img a=\"b\"c=d>", "<img a=\"b\" c=d>");
    EV("<img a=\"b\"=\"c>d\">", "<img a=\"b\" =\"c>");
    EV("<img\tsrc=a\nwidth=1\fheight=1\r>", "<img src=a width=1 height=1>");
    EV("<img src = 'a' width\n=\n1 >", "<img src='a' width=1>");
    EV("<img src=>", "<img src=>");
    EV("<img src= >", "<img src=>");
    EV("<img src=a />", "<img src=a />");
    EV("<img src=a/>", "<img src=a/>");
    EV("<img src=a / >", "<img src=a>");
    EV("<a ping=/>x", "<a ping=/>");
    EV("<img src=a b=c=d>", "<img src=a b=c=d>");
    EV("<img a b c>", "<img a b c>");
    EV("<img\"x=y>", "");
    EV("<a href=\"/x\" ping=\"https://c/p\" PING=\"dup\">",
       "<a href=\"/x\" ping=\"https://c/p\" PING=\"dup\"!>");

    /* NUL is a name byte */
    privacy_html_init(&sc, tagbuf, 1024);
    privacy_html_feed(&sc, bin, sizeof(bin) - 1, 1);
    h = NULL;
    while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
        if (ev.type == PRIVACY_HTML_TAG) {
            UNIT_CHECK(h == NULL && ev.start == 12 && ev.nattrs == 1
                       && ev.attrs[0].value_len == 3,
                       "NUL in name or value");
            h = "seen";
        }
    }
    UNIT_CHECK(h != NULL, "tag after NUL name");

    /* more than MAX_ATTRS */
    {
        char  big[1024];
        int   i, n;

        n = sprintf(big, "<img");
        for (i = 0; i < PRIVACY_HTML_MAX_ATTRS + 3; i++) {
            n += sprintf(big + n, " a%d=%d", i, i);
        }
        sprintf(big + n, " src=last>");
        privacy_html_init(&sc, tagbuf, 1024);
        privacy_html_feed(&sc, (unsigned char *) big, strlen(big), 1);
        UNIT_CHECK(privacy_html_next(&sc, &ev) == PRIVACY_HTML_TAG
                   && ev.truncated && ev.nattrs == PRIVACY_HTML_MAX_ATTRS
                   && privacy_html_attr(&ev, "src") == NULL,
                   "attribute overflow flagged");
    }

    /* the standalone parser */
    {
        privacy_html_event_t  pe;
        privacy_html_attr_t   pa[2];
        const unsigned char  *t = (const unsigned char *)
                                  "<SCRIPT a=1 b='2' A=3 c/>";

        UNIT_CHECK(privacy_html_parse(t, strlen((const char *) t), &pe, pa, 2)
                   == 0 && pe.el == PRIVACY_HTML_SCRIPT && pe.nattrs == 2
                   && pe.truncated && pe.self_closing && pa[1].quote == '\''
                   && !pa[0].dup,
                   "privacy_html_parse");
        UNIT_CHECK(privacy_html_parse(t, 3, &pe, pa, 2) == -1
                   && privacy_html_parse((const unsigned char *) "<>", 2, &pe,
                                         pa, 2) == -1,
                   "privacy_html_parse refuses non-tags");
    }

    /* privacy_html_attr: first wins, any case */
    h = "<IMG Width=\"2\" WIDTH=1 src='&#x2F;&#x2f;t'>";
    privacy_html_init(&sc, tagbuf, 1024);
    privacy_html_feed(&sc, (const unsigned char *) h, strlen(h), 1);
    UNIT_CHECK(privacy_html_next(&sc, &ev) == PRIVACY_HTML_TAG
               && ev.el == PRIVACY_HTML_IMG && attr_is(&ev, "width", "2")
               && attr_is(&ev, "SRC", "//t") && ev.attrs[2].quote == '\''
               && privacy_html_attr(&ev, "height") == NULL,
               "privacy_html_attr");
    UNIT_CHECK(strcmp(privacy_html_el_name(ev.el), "img") == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_OTHER), "") == 0,
               "element names");
}

static void
test_report_mask(void)
{
    privacy_html_t        sc;
    privacy_html_event_t  ev;
    unsigned              n = 0;
    const char           *h = "<a href=x><img src=y><script></script>"
                              "</body>";

    privacy_html_init(&sc, tagbuf, 1024);
    privacy_html_report(&sc, PRIVACY_HTML_BIT(PRIVACY_HTML_IMG)
                             | PRIVACY_HTML_BIT(PRIVACY_HTML_BODY));
    privacy_html_feed(&sc, (const unsigned char *) h, strlen(h), 1);
    while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
        if (ev.type == PRIVACY_HTML_TAG) {
            UNIT_CHECK(ev.el == PRIVACY_HTML_IMG
                       || (ev.el == PRIVACY_HTML_BODY && ev.is_end),
                       "only img and </body> reported");
            n++;
        }
    }
    UNIT_CHECK(n == 2, "report mask: %u tags", n);

    UNIT_CHECK(privacy_html_init(&sc, tagbuf, PRIVACY_HTML_MIN_TAG - 1) == -1,
               "max_tag too small");
    privacy_html_init(&sc, tagbuf, 1024);
    UNIT_CHECK(privacy_html_feed(&sc, NULL, 1, 0) == -1
               && privacy_html_feed(&sc, (const unsigned char *) "<im", 3, 0)
                  == 0
               && privacy_html_feed(&sc, (const unsigned char *) "g>", 2, 1)
                  == -1,
               "feed refuses a new chunk before DONE");
}

static void
test_decisions(void)
{
    OUT("<p>a</p><script src=\"https://connect.facebook.net/en_US/sdk.js\">"
        "var x=\"</scr\"+\"ipt>\"; a<b; <!-- --></script><p>b</p>",
        "<p>a</p><p>b</p>");
    OUT("<noscript data-remove><img src=a><noscript>n</noscript>"
        "<script>x=\"</noscript>\"</script><!-- </noscript> --></noscript>"
        "after",
        "after");
    OUT("<object data=\"https://tracker.example.net/f.swf\"><object data=y>"
        "</object><embed src=e></object>tail",
        "tail");
    OUT("<iframe src=\"https://www.googletagmanager.com/ns.html?id=G\">"
        "<img src=x></iframe>x",
        "x");
    OUT("<script src=\"https://tracker.example.net/t.js\" type=\"module\" "
        "async></script>",
        "<script type=\"text/plain\" "
        "data-privacy-src=\"https://tracker.example.net/t.js\" async>"
        "</script>");
    OUT("<script src=\"https://cdn.example.org/ok.js\" "
        "src=\"https://tracker.example.net/dup.js\"></script>",
        "<script src=\"https://cdn.example.org/ok.js\" "
        "src=\"https://tracker.example.net/dup.js\"></script>");
    OUT("<a href=\"/x\" ping=\"https://c/p\" PING=\"dup\">l</a>",
        "<a href=\"/x\">l</a>");
    OUT("<img src=x width=1 height=1><img src=y width=\"&#49;\" height=1>"
        "<img src=z width=1>",
        "<img src=z width=1>");
    OUT("<p>x</p></body></html>",
        "<p>x</p><div id=\"privacy-banner\"></div></body></html>");
    OUT("<noscript data-remove>never closed<img src=x></body>", "");
    OUT("<script src=\"https://www.googletagmanager.com/gtag/js\"></script>"
        "<script>keep</script>",
        "<script>keep</script>");
}

static void
test_overflow(void)
{
    char   h[512];
    res_t  r;

    /* 64 bytes fit, 65 do not */
    sprintf(h, "<p><img src=\"%052d\"><img src=b>", 0);
    drive1((unsigned char *) h, strlen(h), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 2 && r.overflows == 0 && r.bad == 0,
               "64-byte tag fits");
    res_free(&r);

    sprintf(h, "<p><img src=\"%053d\"><img src=b>", 0);
    drive1((unsigned char *) h, strlen(h), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 1 && r.overflows == 1 && r.bad == 0
               && contains(r.log.p, r.log.len, "O3-67:")
               && r.out.len == strlen(h) && !memcmp(r.out.p, h, r.out.len),
               "65-byte tag overflows, output unchanged: %.*s",
               (int) r.log.len, (const char *) r.log.p);
    res_free(&r);
    check_splits("overflow img", (unsigned char *) h, strlen(h), KEEP_ALL,
                 64, 200, 0);
    check_splits("overflow img apply", (unsigned char *) h, strlen(h), APPLY,
                 64, 200, 0);

    /* an overflowing script still switches to script data */
    sprintf(h, "<script src=\"%0100d\">a=\"<img src=q>\";</script>"
               "<img src=r>", 0);
    drive1((unsigned char *) h, strlen(h), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 2 && r.overflows == 1 && r.bad == 0
               && contains(r.log.p, r.log.len, "<img src=r>")
               && !contains(r.log.p, r.log.len, "src=q"),
               "overflowed script: %.*s", (int) r.log.len,
               (const char *) r.log.p);
    res_free(&r);
    check_splits("overflow script", (unsigned char *) h, strlen(h), APPLY,
                 64, 200, 0);

    /* tags that are never reported are never held */
    sprintf(h, "<div class=\"%0200d\"><%0200d><img src=s>", 0, 0);
    memset(strchr(h, '>') + 2, 'a', 200);
    drive1((unsigned char *) h, strlen(h), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 1 && r.overflows == 0 && r.bad == 0,
               "long unreported tags do not overflow");
    res_free(&r);
    check_splits("long names", (unsigned char *) h, strlen(h), KEEP_ALL,
                 64, 0, 40);
}

static void
test_decode(void)
{
    static const struct {
        const char  *in;
        const char  *out;
    } t[] = {
        { "a&amp;b", "a&b" },
        { "&lt;&gt;&quot;&apos;", "<>\"'" },
        { "&nbsp;", "\xc2\xa0" },
        { "&#47;&#x2F;&#X2f;", "///" },
        { "&#47&#x2f", "//" },
        { "https&colon;&sol;&sol;t&period;example&quest;a&equals;1",
          "https://t.example?a=1" },
        { "&Tab;&NewLine;&num;&percnt;&commat;&comma;", "\t\n#%@," },
        { "&#0;", "\xef\xbf\xbd" },
        { "&#x110000;&#xD800;&#99999999999999999999;",
          "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
        { "&#128;&#x9f;&#x81;", "\xe2\x82\xac\xc5\xb8\xc2\x81" },
        { "&#x1F600;", "\xf0\x9f\x98\x80" },
        { "&ampx&amp=&amp", "&ampx&amp=&" },
        { "&amp.&lt &gt", "&.< >" },
        { "&apos&sol", "&apos&sol" },
        { "&commat&commat;", "&commat@" },
        { "& &# &#x; &#; &nosuch; &", "& &# &#x; &#; &nosuch; &" },
        { "?a=1&amp;b=2&c=3", "?a=1&b=2&c=3" },
        { "&AMP;&LT&QUOT;", "&<\"" },
        { "", "" }
    };

    size_t         i, n;
    unsigned char  out[256], inplace[256];

    for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        n = privacy_html_decode((const unsigned char *) t[i].in,
                                strlen(t[i].in), out);
        UNIT_CHECK(n == strlen(t[i].out) && !memcmp(out, t[i].out, n),
                   "decode %s -> %.*s", t[i].in, (int) n, (char *) out);

        strcpy((char *) inplace, t[i].in);
        n = privacy_html_decode(inplace, strlen(t[i].in), inplace);
        UNIT_CHECK(n == strlen(t[i].out) && !memcmp(inplace, t[i].out, n),
                   "decode in place %s", t[i].in);
    }
}

/*
 * A 10 MB script body removed while streaming in 4 KiB chunks: nothing of
 * it is held, and what follows is scanned again.
 */
static void
test_huge_removal(void)
{
    static const char  head[] = "<html><body><p>before</p>"
        "<script src=\"https://connect.facebook.net/en_US/sdk.js\">";
    static const char  block[] = "var s = \"<img src=x>\"; if (a < b) {} "
        "t = '</scr' + 'ipt>'; u = \"</scripx>\"; /* <iframe> */\n";
    static const char  tail[] = "</script><img src=\"https://tracker.example"
        ".net/after.gif\"><p>after</p></body>";
    static const char  want[] = "<html><body><p>before</p><p>after</p>"
        "<div id=\"privacy-banner\"></div></body>";

    size_t                total, body, pos, n, at, blen, off;
    unsigned              tags = 0, bad = 0;
    unsigned char         chunk[4096];
    privacy_html_t        sc;
    privacy_html_event_t  ev;
    vec_t                 out;

    memset(&out, 0, sizeof(out));
    memset(chunk, 0, sizeof(chunk));    /* cppcheck 2.17 uninitvar, n == 0 */
    blen = sizeof(block) - 1;
    body = (10u << 20) / blen * blen;
    total = (sizeof(head) - 1) + body + (sizeof(tail) - 1);

    privacy_html_init(&sc, tagbuf, PRIVACY_HTML_MAX_TAG_DEFAULT);

    for (pos = 0; pos < total; pos += n) {
        n = total - pos < sizeof(chunk) ? total - pos : sizeof(chunk);

        /* generate the stream's bytes [pos, pos + n) */
        for (at = 0; at < n; at++) {
            off = pos + at;
            if (off < sizeof(head) - 1) {
                chunk[at] = head[off];
            } else if (off < sizeof(head) - 1 + body) {
                chunk[at] = block[(off - (sizeof(head) - 1)) % blen];
            } else {
                chunk[at] = tail[off - (sizeof(head) - 1) - body];
            }
        }

        privacy_html_feed(&sc, chunk, n, pos + n == total);
        while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
            if (ev.type == PRIVACY_HTML_HOLD && ev.len > 64) {
                bad++;
            }
            if (ev.type == PRIVACY_HTML_PASS) {
                vec_add(&out, ev.held, ev.held_len);
                vec_add(&out, chunk + ev.off, ev.len);
            }
            if (ev.type == PRIVACY_HTML_TAG) {
                tags++;
                if (!apply(&sc, &ev, &out)) {
                    vec_add(&out, ev.held, ev.held_len);
                    vec_add(&out, chunk + ev.off, ev.len);
                }
            }
        }
    }

    UNIT_CHECK(out.len == sizeof(want) - 1 && !memcmp(out.p, want, out.len),
               "10 MB removal output: %.*s", (int) out.len,
               (char *) out.p);
    UNIT_CHECK(tags == 3 && bad == 0, "10 MB removal: %u tags", tags);
    UNIT_CHECK(sizeof(privacy_html_t) < 4096,
               "scanner state is %zu bytes", sizeof(privacy_html_t));
    free(out.p);
}

static unsigned char *
slurp(const char *path, size_t *len)
{
    FILE           *f;
    long            n;
    unsigned char  *p;

    f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    p = malloc(n + 1);
    if (p == NULL || fread(p, 1, n, f) != (size_t) n) {
        abort();
    }
    fclose(f);
    *len = n;
    return p;
}

static void
test_pages(void)
{
    static const char  *pages[] = {
        "ga_gtm.html", "facebook_pixel.html", "mixed_trackers.html",
        "tricky.html", "plain.html", "svg_noscript.html"
    };

    char            path[256];
    size_t          i, len;
    unsigned char  *p;
    res_t           r;

    for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++) {
        snprintf(path, sizeof(path), "t/data/html/%s", pages[i]);
        p = slurp(path, &len);
        UNIT_CHECK(p != NULL, "read %s", path);
        if (p == NULL) {
            continue;
        }

        check_splits(pages[i], p, len, KEEP_ALL, PRIVACY_HTML_MAX_TAG_DEFAULT,
                     0, 30);
        check_splits(pages[i], p, len, APPLY, PRIVACY_HTML_MAX_TAG_DEFAULT,
                     0, 60);
        check_splits(pages[i], p, len, APPLY, 256, 0, 20);
        check_bytewise(pages[i], p, len, APPLY);
        check_bail(pages[i], p, len, 7);
        check_bail(pages[i], p, len, 1000);

        drive1(p, len, APPLY, PRIVACY_HTML_MAX_TAG_DEFAULT, &r);
        UNIT_CHECK(r.tags > 5 && r.overflows == 0, "%s: %u tags", pages[i],
                   r.tags);
        UNIT_CHECK(contains(r.out.p, r.out.len,
                            "<div id=\"privacy-banner\"></div></"),
                   "%s: banner before </body>", pages[i]);

        if (strcmp(pages[i], "ga_gtm.html") == 0) {
            UNIT_CHECK(!contains(r.out.p, r.out.len, "ns.html")
                       && !contains(r.out.p, r.out.len, "g/collect")
                       && !contains(r.out.p, r.out.len, "gtag/js")
                       && !contains(r.out.p, r.out.len, "ping=")
                       && !contains(r.out.p, r.out.len, "rel=\"preload\"")
                       && contains(r.out.p, r.out.len, "inside-textarea.gif")
                       && contains(r.out.p, r.out.len, "not-a-tag.gif")
                       && contains(r.out.p, r.out.len,
                                   "<noscript></noscript>")
                       && contains(r.out.p, r.out.len,
                                   "console.log(\"<img>\")"),
                       "ga_gtm.html: trackers gone, the rest kept");
        }

        if (strcmp(pages[i], "facebook_pixel.html") == 0) {
            UNIT_CHECK(!contains(r.out.p, r.out.len,
                                 "tr?id=000000000000000&amp;")
                       && !contains(r.out.p, r.out.len, "sdk.js")
                       && !contains(r.out.p, r.out.len,
                                    "linkedin.com/collect")
                       && contains(r.out.p, r.out.len,
                                   "fbevents.js\"></script>")
                       && contains(r.out.p, r.out.len, "'</scr' + 'ipt>'")
                       && contains(r.out.p, r.out.len, "plugins/like.php"),
                       "facebook_pixel.html: pixels gone, rest kept");
        }

        if (strcmp(pages[i], "mixed_trackers.html") == 0) {
            UNIT_CHECK(!contains(r.out.p, r.out.len, "hotjar-123456.js")
                       && !contains(r.out.p, r.out.len, "fls.doubleclick")
                       && !contains(r.out.p, r.out.len, "flash.swf")
                       && !contains(r.out.p, r.out.len, "spacer.gif")
                       && !contains(r.out.p, r.out.len, "ping=")
                       && contains(r.out.p, r.out.len, "data-privacy-src=\""
                                   "https://tracker.example.net/t.js?site=77")
                       && contains(r.out.p, r.out.len, "<img src=\"{{src}}\">")
                       && contains(r.out.p, r.out.len, "mc.yandex.ru"),
                       "mixed_trackers.html: decisions applied");
        }

        if (strcmp(pages[i], "tricky.html") == 0) {
            UNIT_CHECK(contains(r.out.p, r.out.len,
                                "<title><script>not a script</script></title>")
                       && contains(r.out.p, r.out.len,
                                   "<script src='https://tracker.example.net/"
                                   "ad.js'></script>\");")
                       && contains(r.out.p, r.out.len,
                                   "data-privacy-src=\"https://tracker.example."
                                   "net/UPPER.js\"></SCRIPT >")
                       && contains(r.out.p, r.out.len,
                                   "data-privacy-src=https://tracker.example."
                                   "net/unquoted.js async></script/>")
                       && !contains(r.out.p, r.out.len, "after-abrupt")
                       && !contains(r.out.p, r.out.len, "after-bang")
                       && contains(r.out.p, r.out.len, "in-comment")
                       && contains(r.out.p, r.out.len, "after-cdata")
                       && !contains(r.out.p, r.out.len, "tabs")
                       && !contains(r.out.p, r.out.len, "slash-sep")
                       && !contains(r.out.p, r.out.len, "gt>inside")
                       && !contains(r.out.p, r.out.len, "MiXeD")
                       && contains(r.out.p, r.out.len, "not-img")
                       && !contains(r.out.p, r.out.len, "in-removed-noscript")
                       && !contains(r.out.p, r.out.len, "iframe-text")
                       && contains(r.out.p, r.out.len, "<a href=\"/x\">ping")
                       && !contains(r.out.p, r.out.len, "ent.gif")
                       && contains(r.out.p, r.out.len, "in-textarea")
                       && contains(r.out.p, r.out.len, "in-plaintext"),
                       "tricky.html: decisions applied");
        }

        if (strcmp(pages[i], "svg_noscript.html") == 0) {
            UNIT_CHECK(!contains(r.out.p, r.out.len, "tracker.example.net")
                       && !contains(r.out.p, r.out.len, "googletagmanager")
                       && !contains(r.out.p, r.out.len, "in-svg-script")
                       && contains(r.out.p, r.out.len, "<body>")
                       && contains(r.out.p, r.out.len,
                                   "<table>\n<tr><th>Plan</th>"
                                   "<th background=\"/img/head.png\">")
                       && contains(r.out.p, r.out.len, "<td>$1</td>")
                       && contains(r.out.p, r.out.len,
                                   "<meta http-equiv=\"X-UA-Compatible\"")
                       && contains(r.out.p, r.out.len, "<a href=\"/home\">")
                       && contains(r.out.p, r.out.len,
                                   "<input type=\"search\" name=\"q\">"
                                   "</form>")
                       && contains(r.out.p, r.out.len,
                                   "</form>\n<source src=\"/v/intro.mp4\"")
                       && contains(r.out.p, r.out.len, "not-in-self-closed")
                       && contains(r.out.p, r.out.len, "not-after-breakout")
                       && contains(r.out.p, r.out.len, "not-in-style")
                       && contains(r.out.p, r.out.len,
                                   "not-in-plain-comment")
                       && contains(r.out.p, r.out.len,
                                   "<noscript><!--</noscript>--></noscript>")
                       && contains(r.out.p, r.out.len,
                                   "<noscript><style></noscript></style>"),
                       "svg_noscript.html: decisions applied");
        }

        if (strcmp(pages[i], "plain.html") == 0) {
            UNIT_CHECK(r.out.len == len + 31, "plain.html: only the banner");
        }

        res_free(&r);
        free(p);
    }
}

/* small inputs: every pair of cuts, and byte at a time */
static void
test_small_splits(void)
{
    static const char  *t[] = {
        "<script>a</script><img src=x width=1 height=1>",
        "<script><!--<script></script>--></script><img src=y>",
        "<!--><img src=a><!---><img src=b><!-- --!><img src=c>",
        "<p>x</p><noscript data-remove><img src=a></noscript></body>",
        "</ img><3<#<?x><img/src=\"a>b\"/width=1/height=1>",
        ("<a href=x ping=y>l</a><iframe src=\"https://doubleclick.net/\">"
         "<img></iframe><object data=tracker><object></object></object>t"),
        "<script src=\"https://tracker.example.net/a.js\" type=x></script>",
        "<scr<img src=a width=1 height=1><</</s</script></scripx>",
        "<textarea><img></textarea><style></style><img src=s>"
    };

    size_t  i;

    for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]), APPLY,
                     PRIVACY_HTML_MAX_TAG_DEFAULT, 1000, 0);
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]),
                     KEEP_ALL, PRIVACY_HTML_MAX_TAG_DEFAULT, 1000, 0);
        check_bytewise(t[i], (const unsigned char *) t[i], strlen(t[i]),
                       APPLY);
    }
}


/* every single split, every pair of splits, byte at a time */
static void
check_all_splits(const char *const *t, size_t n)
{
    size_t  i;

    for (i = 0; i < n; i++) {
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]), APPLY,
                     PRIVACY_HTML_MAX_TAG_DEFAULT, 1000, 0);
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]),
                     KEEP_ALL, PRIVACY_HTML_MAX_TAG_DEFAULT, 1000, 0);
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]), APPLY,
                     64, 1000, 0);
        check_bytewise(t[i], (const unsigned char *) t[i], strlen(t[i]),
                       APPLY);
    }
}

/* the element of the only reported tag of html */
static int
el_of(const char *html)
{
    int                   el = -1;
    privacy_html_t        sc;
    privacy_html_event_t  ev;

    privacy_html_init(&sc, tagbuf, PRIVACY_HTML_MAX_TAG_DEFAULT);
    privacy_html_feed(&sc, (const unsigned char *) html, strlen(html), 1);
    while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
        if (ev.type == PRIVACY_HTML_TAG) {
            el = el == -1 ? (int) ev.el : -2;
        }
    }
    return el;
}

static void
test_new_elements(void)
{
    static const char  *t[] = {
        "<table><tr><td>a</td><td background=x.gif>b</td></tr></table>",
        "<TABLE BACKGROUND='t.gif'><TR><TH Background=\"h.gif\">h</TH>"
        "<th>k</th></TR></TABLE>",
        "<body class=\"home\"><p>x</p></body>",
        "<body background=\"https://tracker.example.net/b.gif\">x</body>",
        "<meta charset=utf-8><meta http-equiv=refresh content=\"0;url=/x\">"
        "<meta name=viewport content=\"width=device-width\">",
        "<meta HTTP-EQUIV=\"refresh\" content=\"0;https://tracker.example."
        "net/r\"><p>after</p>",
        "<input name=q><input type=image src=\"https://tracker.example.net/"
        "i.gif\"><input type=text value=\"<img src=x>\">",
        "<audio src=a.mp3></audio><video poster=p.jpg src=v.mp4></video>"
        "<frame src=f.html><image href=i.png>",
        "<video poster=\"https://tracker.example.net/p.jpg\"><source src=s>"
        "</video><audio src=\"https://tracker.example.net/a.mp3\">",
        "<td style=\"a\" class=b id=c data-x=\"y\" background>t</td>",
        "<tr><tbody><thead><main><mark><inputs><imagex><thx><tdd><tablet>"
        "<metas><bodyx>",
        "<td\n/background=x/><th\tbackground/><input/src=y>",
        "<base href=\"https://cdn.example.org/\"><BASE HREF=x><bases><based>"
        "<track src=\"https://tracker.example.net/t.vtt\"><tracks><Track>"
        "<title>t</title><table background=b>"
    };

    char      big[1024];
    size_t    n;
    int       i;
    uint64_t  all;
    res_t     r;

    EV("<td>a</td><td background=x.gif>b</td>", "<td background=x.gif>");
    EV("<base href=x><bases><body>", "<base href=x>");
    EV("<TRACK src=t.vtt><tracks><title>x</title>", "<TRACK src=t.vtt>");
    EV("<th>a<th background=y>", "<th background=y>");
    EV("<table><table background=z>", "<table background=z>");
    EV("<body><body background=b>", "<body background=b>");
    EV("<body class=x bgcolor=red>t</body>", "</body>");
    EV("<meta charset=utf-8><meta http-equiv=refresh content=0>",
       "<meta http-equiv=refresh content=0>");
    EV("<meta name=http-equiv content=x>", "");
    EV("<input name=q><input type=image src=i.gif>",
       "<input type=image src=i.gif>");
    EV("<input type=image srcset=i.gif><input data-src=x>", "");
    EV("<audio src=a><video poster=p><frame src=f><image href=i>",
       "<audio src=a><video poster=p><frame src=f><image href=i>");
    EV("<audio></audio><video></video>", "<audio><video>");
    EV("<TD BackGround=x><META Http-Equiv=r><INPUT SRC=s>",
       "<TD BackGround=x><META Http-Equiv=r><INPUT SRC=s>");
    EV("<td background>", "<td background>");
    EV("<td data-background=x backgrounds=y background-image=z>", "");
    EV("<td title=\"background=x\">", "");
    EV("<td/>", "");
    EV("<td background=x/>", "<td background=x/>");
    EV("<td background=x />", "<td background=x />");
    EV("<tr><tbody><thead><main><mark><inputs><imagex><thx><tdd><tablet>"
       "<metas><bodyx><audios><frames><videos><svgs><maths>", "");

    UNIT_CHECK(el_of("<td background=x>") == PRIVACY_HTML_TD
               && el_of("<TH background=x>") == PRIVACY_HTML_TH
               && el_of("<table background=x>") == PRIVACY_HTML_TABLE
               && el_of("<body background=x>") == PRIVACY_HTML_BODY
               && el_of("<meta http-equiv=x>") == PRIVACY_HTML_META
               && el_of("<input src=x>") == PRIVACY_HTML_INPUT
               && el_of("<image href=x>") == PRIVACY_HTML_IMAGE
               && el_of("<audio>") == PRIVACY_HTML_AUDIO
               && el_of("<frame>") == PRIVACY_HTML_FRAME
               && el_of("<video>") == PRIVACY_HTML_VIDEO
               && el_of("<source>") == PRIVACY_HTML_SOURCE
               && el_of("<script>") == PRIVACY_HTML_SCRIPT
               && el_of("<img>") == PRIVACY_HTML_IMG,
               "elements of the new tags");

    /* the same via the standalone parser */
    {
        privacy_html_event_t  pe;
        privacy_html_attr_t   pa[4];
        static const struct {
            const char         *tag;
            privacy_html_el_e   el;
        } p[] = {
            { "<td>", PRIVACY_HTML_TD }, { "<th>", PRIVACY_HTML_TH },
            { "<Table>", PRIVACY_HTML_TABLE },
            { "<title>", PRIVACY_HTML_TITLE },
            { "<image>", PRIVACY_HTML_IMAGE },
            { "<input>", PRIVACY_HTML_INPUT },
            { "<meta>", PRIVACY_HTML_META }, { "<math>", PRIVACY_HTML_MATH },
            { "<SVG>", PRIVACY_HTML_SVG }, { "<audio>", PRIVACY_HTML_AUDIO },
            { "<frame>", PRIVACY_HTML_FRAME },
            { "<video>", PRIVACY_HTML_VIDEO },
            { "<noframes>", PRIVACY_HTML_NOFRAMES },
            { "<noscript>", PRIVACY_HTML_NOSCRIPT },
            { "<source>", PRIVACY_HTML_SOURCE },
            { "<blockquote>", PRIVACY_HTML_OTHER },
            { "<tr>", PRIVACY_HTML_OTHER }, { "<main>", PRIVACY_HTML_OTHER },
            { "<sub>", PRIVACY_HTML_OTHER }, { "<tbody>", PRIVACY_HTML_OTHER }
        };

        for (i = 0; i < (int) (sizeof(p) / sizeof(p[0])); i++) {
            UNIT_CHECK(privacy_html_parse((const unsigned char *) p[i].tag,
                                          strlen(p[i].tag), &pe, pa, 4) == 0
                       && pe.el == p[i].el && !pe.foreign,
                       "lookup %s: %d", p[i].tag, (int) pe.el);
        }
    }

    UNIT_CHECK(strcmp(privacy_html_el_name(PRIVACY_HTML_TD), "td") == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_VIDEO), "video")
                  == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_SVG), "svg") == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_MATH), "math") == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_BASE), "base") == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_TRACK), "track")
                  == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_NELEMENTS), "")
                  == 0,
               "names of the new elements");

    /* REPORT_ALL: the bits of A .. TRACK, FEIMAGE and USE (64-bit) */
    all = 0;
    for (i = PRIVACY_HTML_A; i <= PRIVACY_HTML_TRACK; i++) {
        all |= PRIVACY_HTML_BIT(i);
    }
    all |= PRIVACY_HTML_BIT(PRIVACY_HTML_FEIMAGE)
           | PRIVACY_HTML_BIT(PRIVACY_HTML_USE);
    UNIT_CHECK(all == PRIVACY_HTML_REPORT_ALL && PRIVACY_HTML_NELEMENTS <= 63
               && PRIVACY_HTML_NAME_MAX == 14
               && PRIVACY_HTML_TRACK == 22 && PRIVACY_HTML_MATH == 31
               && PRIVACY_HTML_BIT(PRIVACY_HTML_TRACK) == 0x400000
               && !(PRIVACY_HTML_REPORT_ALL
                    & (PRIVACY_HTML_REPORT_STYLE
                       | PRIVACY_HTML_REPORT_STYLE_ATTR)),
               "REPORT_ALL %#llx", (unsigned long long) all);

    /* narrowed: the attribute is still needed */
    UNIT_CHECK(strcmp(events_mask("<td>a<td background=x><img src=y>"
                                  "<body background=b></body>",
                                  PRIVACY_HTML_BIT(PRIVACY_HTML_TD)
                                  | PRIVACY_HTML_BIT(PRIVACY_HTML_BODY)),
                      "<td background=x><body background=b></body>") == 0,
               "mask td|body: %s",
               events_mask("<td>a<td background=x><img src=y>"
                           "<body background=b></body>",
                           PRIVACY_HTML_BIT(PRIVACY_HTML_TD)
                           | PRIVACY_HTML_BIT(PRIVACY_HTML_BODY)));

    /* not reported: only PASS, no HOLD in one chunk, output unchanged */
    {
        const char  *h = "<table><tr><td class=a>x</td><th>y</th></tr>"
                         "</table><meta charset=u><input name=n>"
                         "<body id=b>";

        drive1((const unsigned char *) h, strlen(h), APPLY,
               PRIVACY_HTML_MAX_TAG_DEFAULT, &r);
        UNIT_CHECK(r.tags == 0 && r.hold == 0 && r.bad == 0
                   && r.out.len == strlen(h)
                   && !memcmp(r.out.p, h, r.out.len),
                   "unreported new elements pass");
        res_free(&r);
    }

    /* more attributes than recorded: always reported */
    n = sprintf(big, "<td");
    for (i = 0; i < PRIVACY_HTML_MAX_ATTRS + 1; i++) {
        n += sprintf(big + n, " a%d=%d", i, i);
    }
    sprintf(big + n, ">");
    drive1((const unsigned char *) big, strlen(big), KEEP_ALL, 1024, &r);
    UNIT_CHECK(r.tags == 1 && r.bad == 0, "td with %d attributes reported",
               PRIVACY_HTML_MAX_ATTRS + 1);
    res_free(&r);
    check_splits("td truncated", (const unsigned char *) big, strlen(big),
                 KEEP_ALL, 1024, 0, 40);

    /*
     * Longer than max_tag: with the attribute in its first max_tag bytes
     * an OVERFLOW, without it plain bytes (no OVERFLOW) and the scan goes
     * on, whatever comes later in the tag.
     */
    sprintf(big, "<p><td background=x style=\"%0100d\"><img src=a>", 0);
    drive1((const unsigned char *) big, strlen(big), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 1 && r.overflows == 1 && r.bad == 0,
               "long td with background overflows");
    res_free(&r);
    check_splits("long td background", (const unsigned char *) big,
                 strlen(big), APPLY, 64, 0, 30);

    sprintf(big, "<p><input type=hidden value=\"%0100d\" src=late>"
                 "<img src=a><td style=\"%0100d\"><img src=b>", 0, 0);
    drive1((const unsigned char *) big, strlen(big), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 2 && r.overflows == 0 && r.bad == 0
               && r.out.len == strlen(big),
               "long input and td without the attribute pass: %.*s",
               (int) r.log.len, (const char *) r.log.p);
    res_free(&r);
    check_splits("long input", (const unsigned char *) big, strlen(big),
                 APPLY, 64, 0, 30);

    /* a link: its ping may come later, so always an OVERFLOW */
    sprintf(big, "<p><a href=x title=\"%0100d\" ping=late><img src=a>", 0);
    drive1((const unsigned char *) big, strlen(big), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 1 && r.overflows == 1 && r.bad == 0,
               "long a overflows: %.*s", (int) r.log.len,
               (const char *) r.log.p);
    res_free(&r);
    check_splits("long a", (const unsigned char *) big, strlen(big),
                 APPLY, 64, 0, 30);

    /* an attribute name cut by max_tag does not count */
    sprintf(big, "<td %056dbackground=x><img src=c>", 0);
    memset(big + 4, 'a', 55);
    drive1((const unsigned char *) big, strlen(big), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 1 && r.overflows == 0 && r.bad == 0,
               "attribute name at max_tag");
    res_free(&r);
    sprintf(big, "<td %058d x=1><img src=c>", 0);
    memcpy(big + 4, "background", 10);
    memset(big + 14, 'b', 48);
    drive1((const unsigned char *) big, strlen(big), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 1 && r.overflows == 0 && r.bad == 0,
               "backgroundbbb... is not background");
    res_free(&r);
    sprintf(big, "<td %058d x=1><img src=c>", 0);
    memcpy(big + 4, "background ", 11);
    drive1((const unsigned char *) big, strlen(big), KEEP_ALL, 64, &r);
    UNIT_CHECK(r.tags == 1 && r.overflows == 1 && r.bad == 0,
               "background then more: overflow");
    res_free(&r);

    OUT("<table background=\"https://tracker.example.net/t.gif\"><tr>"
        "<td background=\"https://tracker.example.net/d.gif\">a</td>"
        "<td background=/ok.gif>b</td></tr></table>",
        "<table><tr><td>a</td><td background=/ok.gif>b</td></tr></table>");
    OUT("<meta http-equiv=refresh content=\"0;url=https://tracker.example."
        "net/\"><p>x</p>", "<p>x</p>");
    OUT("<video poster=\"https://tracker.example.net/p.jpg\"></video>",
        "</video>");

    check_all_splits(t, sizeof(t) / sizeof(t[0]));
}

static void
test_foreign(void)
{
    static const char  *t[] = {
        "<svg><style><img src=x></style></svg><style><img src=y></style>",
        "<svg><script><img src=x></script></svg><script><img src=y></script>",
        "<svg><title><iframe src=a></iframe></title></svg><title><img></title>",
        "<svg><textarea>a</textarea><xmp><image href=i></xmp></svg>"
        "<xmp><img></xmp>",
        "<svg><style>a</style></svg><style><img src=y></style><img src=z>",
        "<svg><g><p><style><img src=a></style>",
        "<svg/><style><img src=x></style><svg a=b/><style><img src=y></style>",
        "<math><mi><style><img src=x></style></mi></math><style><img></style>",
        "<svg><svg></svg><style><img src=x></style></svg>"
        "<style><img src=y></style>",
        "</svg></math><svg><style><img src=a></style>",
        "<svg><font color=red><style><img src=a></style>",
        "<svg><font><style><img src=b></style></font></svg>",
        "<svg><font size=1/><textarea><img src=c></textarea>",
        "<svg></br><style><img src=a></style><svg></p><style><img></style>",
        "<svg><blockquote><style><img src=a></style>",
        "<svg><h1><style><img src=a></style><svg><h7><style><img></style>",
        "<svg><a href=x><image href=y /></a><script href=z></script></svg>",
        "<svg><script href=\"https://tracker.example.net/s.js\">"
        "<img src=in-script></script><img src=after></svg>",
        "<SVG><STYLE><IMG SRC=x></STYLE></SVG><MATH><XMP><EMBED src=e>",
        "<svg><plaintext><img src=a></plaintext></svg><img src=b>",
        "<svg><noscript><!--</noscript><img src=x>--></noscript></svg>",
        "<svg><![CDATA[>x</svg>]]><script href=s></script></svg>",
        "<svg><![CDATA[a]]b]]]><image href=i /></svg><![CDATA[><img src=x>",
        "<svg><foreignObject><p2><![CDATA[><img src=x>]]></p2>"
        "</foreignObject><![CDATA[><img src=y>]]></svg>",
        "<svg><foreignObject><b></b><![CDATA[a]]b>]]><img src=x><p><![CDATA["
        "]]]><img src=y><![CDATA[>c<style>]]><img src=z>",
        "<math><mi><![CDATA[>x</math>]]></mi><![CDATA[<image href=i>",
        "<svg><foreignObject><div>d</div></foreignObject><style><img src=u>"
        "</style><desc/><style><img src=v></style><title>a<title>b</title>"
        "</title><style><img src=w></style></svg>",
        "<svg><foreignObject><svg><foreignObject><style><img src=x></style>"
        "</foreignObject><image href=y /></svg><style><img src=z></style>"
        "</foreignObject><use href=w /></svg>",
        "<math><annotation-xml encoding=\"text/html\"><div>d</div>"
        "</annotation-xml><style><img src=u></style><annotation-xml "
        "encoding=\"image/svg+xml\"><style><img src=v></style></math>",
        "<svg><mi><style><img src=u></style></mi><math><mi><style><img "
        "src=v></style></mi></math></svg><math><annotation-xml> <svg><desc>"
        "<style><img src=w></style></desc></svg><mn><style><img src=x>"
        "</style></mn><mrow><svg><desc><img src=y>",
        /* the open elements inside svg and math */
        "<svg><math></svg><style><img src=a></style>",
        "<svg><g><svg></g></svg><style><img src=a></style><svg><g><svg></g>"
        "<style><img src=b></style>",
        "<div><svg></div><style><a title=\"</style><img src=u>\"></style>",
        "<div><svg></div><p>x</p><style><img src=a></style>",
        "<svg><path></path></path><rect/></svg><style><img src=a></style>",
        "<svg><foreignObject><div></foreignObject><style><a title=\"</style>"
        "<img src=u>\"></style></svg>",
        "<svg><foreignObject><p>a<div>b</div></foreignObject><style>",
        "<svg><foreignObject><img src=x><br></foreignObject><style><img src=u>"
        "</style><foreignObject><svg></foreignObject><style><img src=v>",
        "<svg></x><![CDATA[<img src=a>]]>",
        "<span><svg></span><image href=i><svg></x><g><desc><img src=a>",
        "<svg></x><font color=red><img src=a>",
        "<svg><foreignObject><p>a<div>b</div></svg><img src=x>",
        "<svg><G><abcdefghijklmnopqrstuvwxy><img src=x>",
        /* nine integration points deep: the rest is skipped */
        "<svg><foreignObject><svg><foreignObject><svg><foreignObject>"
        "<svg><foreignObject><svg><foreignObject><svg><foreignObject>"
        "<svg><foreignObject><svg><foreignObject><svg><foreignObject "
        "a=b><img src=x></foreignObject></svg><img src=y>"
    };

    EV("<svg><style><img src=x></style></svg><style><img src=y></style>",
       "<img src=x>");
    EV("<svg><style><a href=x ping=y></style></svg>",
       "<a href=x ping=y>^");
    EV("<svg><script href=s><img src=x></script></svg>",
       "<script href=s>^<img src=x></script>");
    EV("<svg><script>a < b</script><image href=i></svg>",
       "<script>^</script>^<image href=i>^");
    /* markup: "<b" starts a tag (named "b<") that takes "</script>" */
    EV("<svg><script>a<b</script><image href=i></svg>",
       "<script>^<image href=i>^");
    /* svg's title is an integration point: HTML inside */
    EV("<svg><title><iframe src=a></iframe></title></svg><title><img></title>",
       "<iframe src=a></iframe>");
    EV("<svg><textarea>a</textarea><xmp><image href=i></xmp></svg>"
       "<xmp><img></xmp>",
       "<image href=i>^");
    EV("<svg><noembed><a ping=x></noembed><noframes><a ping=y></noframes>",
       "<a ping=x>^<a ping=y>^");
    EV("<svg><plaintext><img src=a></plaintext></svg><img src=b>",
       "<img src=a><img src=b>");
    /* after </svg> raw text again */
    EV("<svg><style>a</style></svg><style><img src=y></style><img src=z>",
       "<img src=z>");
    /* breakout tags end foreign content */
    EV("<svg><g><p><style><img src=a></style>", "");
    EV("<svg><div><script>x='<img src=a>'</script>", "<script></script>");
    EV("<svg><blockquote><style><img src=a></style>", "");
    EV("<svg><h1><style><img src=a></style>", "");
    EV("<svg><h7><style><img src=a></style>", "<img src=a>");
    EV("<svg><SPAN><style><img src=a></style>", "");
    EV("<svg><body background=b><style><img src=a></style>",
       "<body background=b>");
    EV("<svg><table background=t><style><img src=a></style>",
       "<table background=t>");
    EV("<svg><meta http-equiv=r><style><img src=a></style>",
       "<meta http-equiv=r>");
    EV("<svg><embed src=e><style><img src=a></style>", "<embed src=e>");
    EV("<svg><a ping=x><image href=y /></a></svg><a ping=z>",
       "<a ping=x>^<image href=y />^<a ping=z>");
    EV("<svg></br><style><img src=a></style>", "");
    EV("<svg></p><style><img src=a></style>", "");
    /* no div open below the svg, Chromium reads svg on; with one open it
       reads HTML: the scanner does not know which, the rest is lost at
       the first tag read otherwise (test_open_elements()) */
    EV("<svg></div><style><img src=a></style>", "");
    EV("<svg><font color=red><style><img src=a></style>", "");
    EV("<svg><FONT Face=x><style><img src=a></style>", "");
    EV("<svg><font size=1/><style><img src=a></style>", "");
    EV("<svg><font><style><img src=a></style>", "<img src=a>");
    EV("<svg><font class=c><style><img src=a></style>", "<img src=a>");
    EV("<font color=red><style><img src=a></style>", "");
    /* self-closing */
    EV("<svg/><style><img src=x></style>", "");
    EV("<svg /><style><img src=x></style>", "");
    EV("<svg viewBox=\"0 0 1 1\"/><style><img src=x></style>", "");
    EV("<svg a=b/><style><img src=x></style>", "<img src=x>");
    EV("<svg/ ><style><img src=x></style>", "<img src=x>");
    /* math, nesting, not below zero */
    EV("<math><textarea><img src=x></textarea></math>"
       "<textarea><img src=y></textarea>",
       "<img src=x>");
    EV("<svg><math></math><style><img src=x></style></svg>"
       "<style><img src=y></style>",
       "<img src=x>");
    EV("<svg><svg></svg><script>x</script></svg><script><img></script>",
       "<script>^</script>^<script></script>");
    EV("</svg></math></svg><svg><style><img src=a></style>", "<img src=a>");
    EV("<svg></svg></svg><style><img src=a></style>", "");
    EV("<svgx><style><img src=a></style>", "");
    /* a noscript inside svg is svg's: no JavaScript reading; but the
       preload scanner reads it as HTML raw text up to "</noscript"
       (test_preload_shadow()): the rest is lost there */
    EV("<svg><noscript><!--</noscript><img src=x>--></noscript></svg>",
       "<noscript>^");

    /* a CDATA section in foreign content is text up to "]]>", whatever
       it holds ("</svg>" too); in HTML a bogus comment up to ">".  The
       preload scanner reads a bogus comment there too: a "<" after its
       ">" is markup to it, text to the parser, and the rest is lost */
    EV("<svg><![CDATA[>x</svg>]]><script href=s></script></svg>", "");
    EV("<svg><![CDATA[ a > <image href=i /> ]]></svg><img src=x>", "");
    EV("<svg><![CDATA[ a <image href=i /> ]]></svg><img src=x>",
       "<img src=x>");
    EV("<svg><![CDATA[a]]b]]]><image href=i /></svg>", "<image href=i />^");
    EV("<svg><![CDATA[a]>]]><image href=i /></svg>", "<image href=i />^");
    EV("<svg><![CDATA[unclosed <image href=i />", "");
    EV("<![CDATA[><img src=x>]]>", "<img src=x>");
    EV("<svg></svg><![CDATA[><img src=x>]]>", "<img src=x>");
    /* not "[CDATA[" exactly: a bogus comment */
    EV("<svg><![cdata[><image href=i /></svg>", "<image href=i />^");
    EV("<svg><![CDATAX><image href=i /></svg>", "<image href=i />^");
    /* in an integration point itself the current node is foreign; what
       follows is HTML (an HTML script: no href); the preload scanner's
       bogus comment: lost at the "<" after its ">" */
    EV("<svg><foreignObject><![CDATA[>x</svg>]]><script href=s></script>",
       "");
    EV("<svg><foreignObject><![CDATA[x</svg>]]><script href=s></script>",
       "<script href=s></script>");
    EV("<svg><desc>d</desc><![CDATA[>x</svg>]]><use href=u /></svg>", "");
    EV("<svg><desc>d</desc><![CDATA[x]]><use href=u /></svg>",
       "<use href=u />^");
    EV("<math><mi><![CDATA[>x</math>]]></mi></math><img src=x>", "");
    EV("<math><mi><![CDATA[x</math>]]></mi></math><img src=x>",
       "<img src=x>");
    /* after a start tag in one the current node may be HTML's (a bogus
       comment) or the integration point again (a section): both agree up
       to the first ">", then up to "]]>" (data in both) or a "<", where
       one reads markup and the other text: the rest is skipped.  Read as
       a bogus comment, <b></b><![CDATA[><style>]]><img> hid the img that
       Chromium fetched (difftest svg-fo-b-cdata) */
    EV("<svg><foreignObject><p2><![CDATA[><img src=x>]]></p2>", "");
    UNIT_CHECK(strcmp(applied("<svg><foreignObject><p2><![CDATA[><img "
                              "src=x>]]></p2>"),
                      "<svg><foreignObject><p2><![CDATA[>") == 0, "%s",
               applied("<svg><foreignObject><p2><![CDATA[><img src=x>]]>"
                       "</p2>"));
    UNIT_CHECK(strcmp(applied("<svg><foreignObject><b></b><![CDATA[>x"
                              "<style>]]><img src=y>"),
                      "<svg><foreignObject><b></b><![CDATA[>x") == 0, "%s",
               applied("<svg><foreignObject><b></b><![CDATA[>x<style>]]>"
                       "<img src=y>"));
    EV("<svg><foreignObject><p2><![CDATA[><image href=i />]]></p2>", "");
    /* no "<" before "]]>": read alike, nothing skipped */
    EV("<svg><foreignObject><p2><![CDATA[a>b]c]]]><img src=x></p2>",
       "<img src=x>");
    EV("<svg><foreignObject><p2><![CDATA[<a]]><img src=x></p2>",
       "<img src=x>");
    EV("<svg><foreignObject><b></b><![CDATA[a]]><style><img src=x>", "");
    UNIT_CHECK(strcmp(applied("<svg><foreignObject><p2><![CDATA[a>b]]>c"),
                      "<svg><foreignObject><p2><![CDATA[a>b]]>c") == 0, "%s",
               applied("<svg><foreignObject><p2><![CDATA[a>b]]>c"));
    /* not "[CDATA[": a bogus comment in both */
    EV("<svg><foreignObject><p2><![CDATAX><img src=x>", "<img src=x>");
    EV("<svg><foreignObject><p2></p2></foreignObject>"
       "<![CDATA[><image href=i />]]>", "");
    EV("<svg><foreignObject><svg><![CDATA[><image href=i />]]>", "");
    /* integration points (foreignObject, desc, title; mi, mo, mn, ms,
       mtext, annotation-xml): HTML inside up to their end tag, then the
       svg again, whatever breakout tag was read inside */
    EV("<svg><foreignObject><div>d</div></foreignObject>"
       "<style><img src=u></style></svg>",
       "<img src=u>");
    /* the p open in it: its end tag is ignored, the script is HTML's */
    EV("<svg><foreignObject><p>d</foreignObject><script href=u></script>",
       "<script href=u></script>");
    EV("<svg><foreignObject><style><img src=u></style><image href=i />",
       "<image href=i />");
    EV("<svg><desc/><style><img src=u></style></svg>", "<img src=u>");
    EV("<svg><desc><style><img src=u></style></desc></svg>", "");
    EV("<svg><title>a<title>b</title>c</title><style><img src=u></style>",
       "<img src=u>");
    EV("<svg><foreignObject><svg><foreignObject><style><img src=x></style>"
       "</foreignObject><image href=y /></svg><style><img src=z></style>"
       "</foreignObject><use href=w /></svg>",
       "<image href=y />^<use href=w />^");
    EV("<math><mi><style><img src=x></style></mi><mtext><img src=y>",
       "<img src=y>");
    EV("<svg><FOREIGNOBJECT><p></FOREIGNOBJECT><style><img src=u></style>",
       "");
    EV("<svg><FOREIGNOBJECT><p></p></FOREIGNOBJECT><style><img src=u></style>",
       "<img src=u>");
    /* annotation-xml holds HTML only with an HTML encoding (the first
       encoding attribute, references decoded): else its <style> is math's
       and holds markup, as Chromium read it (difftest math-axml-style) */
    EV("<math><annotation-xml><style><img src=u></style></annotation-xml>",
       "<img src=u>");
    EV("<math><annotation-xml encoding=\"text/html\"><style><img src=u>"
       "</style></annotation-xml>", "");
    EV("<math><annotation-xml ENCODING='Application/XHTML+xml'><style>"
       "<img src=u></style></annotation-xml>", "");
    EV("<math><annotation-xml encoding=\"text&sol;h&#x0000074;&#0000109;l\">"
       "<style><img src=u></style>", "");
    EV("<math><annotation-xml encoding=\"image/svg+xml\" "
       "encoding=\"text/html\"><style><img src=u></style>", "<img src=u>");
    EV("<math><annotation-xml encoding=\"text/html \"><style><img src=u>",
       "<img src=u>");
    EV("<math><annotation-xml encoding=\"&#0;text/html\"><style><img src=u>",
       "<img src=u>");
    EV("<math><annotation-xml encoding=text/html/><style><img src=u>",
       "<img src=u>");
    /* self-closing: nothing inside it */
    EV("<math><annotation-xml encoding=text/html /><style><img src=u>",
       "<img src=u>");
    /* with one: HTML up to its end tag, a breakout tag too, then math */
    EV("<math><annotation-xml encoding=\"text/html\"><div>d</div>"
       "</annotation-xml><style><img src=u></style></math><style><img></style>",
       "<img src=u>");
    /* the same where any tag may be reported for its style: held
       otherwise, decided by its encoding, reported for a style that
       fetches */
    {
        uint64_t  m = PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE_ATTR
                      | PRIVACY_HTML_REPORT_STYLE_FETCH
                      | PRIVACY_HTML_REPORT_PAINT_ATTR;
        const char  *h[] = {
            "<math><annotation-xml><style><img src=u></style>",
            "<math><annotation-xml encoding=text/html><style><img src=u>",
            ("<math><annotation-xml encoding=text/html style=\"background:"
             "url(x)\"><style><img src=u>"),
            "<math><annotation-xml style=\"color:red\"><style><img src=u>"
        };
        const char  *want[] = {
            "<img src=u>",
            "",
            "<annotation-xml encoding=text/html style=\"background:url(x)\">^",
            "<img src=u>"
        };
        size_t       k;

        for (k = 0; k < sizeof(h) / sizeof(h[0]); k++) {
            UNIT_CHECK(strcmp(events_mask(h[k], m), want[k]) == 0,
                       "%s\n  got  %s\n  want %s", h[k], events_mask(h[k], m),
                       want[k]);
        }
    }
    /* integration points by namespace: every element in svg or math is
       of the namespace of the root entered from HTML (an svg child of an
       annotation-xml aside): svg's mi and math's foreignObject and desc
       are none, and their <style> is foreign (difftest svg-mi-style,
       math-fo-style, math-svg-desc, svg-math-mi: Chromium fetched) */
    EV("<svg><mi><style><img src=u></style></mi></svg>", "<img src=u>");
    EV("<math><foreignObject><style><img src=u></style></foreignObject>",
       "<img src=u>");
    EV("<math><svg><desc><style><img src=u></style></desc></svg></math>",
       "<img src=u>");
    EV("<svg><math><mi><style><img src=u></style></mi></math></svg>",
       "<img src=u>");
    /* a root inside an integration point is of its own namespace */
    EV("<svg><foreignObject><math><mi><style><img src=a></style></mi>"
       "</math></foreignObject><desc><style><img src=b></style></desc>", "");
    /* an svg child of annotation-xml (text between) is svg's, math's
       again after it */
    EV("<math><annotation-xml> t <svg><foreignObject><div>d</div>"
       "</foreignObject><style><image href=u /></style></svg><mi><style>"
       "<img src=v></style></mi><desc><style><img src=w>",
       "<image href=u />^<img src=w>");
    /* after another element inside one: math's or svg's as the open
       elements are, not known: the rest is skipped */
    EV("<math><annotation-xml><mrow><svg><foreignObject><style>"
       "<img src=u>", "");
    UNIT_CHECK(strcmp(applied("<math><annotation-xml><mi/><svg><style>"
                              "<img src=u>"),
                      "<math><annotation-xml><mi/><svg>") == 0, "%s",
               applied("<math><annotation-xml><mi/><svg><style><img src=u>"));
    /* none open: math's, nothing skipped */
    EV("<math><annotation-xml/><svg><desc><style><img src=u>", "<img src=u>");
    EV("<math><mrow><svg><desc><style><img src=u>", "<img src=u>");
    /* an encoding past max_tag bytes is not seen: math's */
    {
        char  h[512];

        sprintf(h, "<math><annotation-xml class=\"%0300d\" "
                   "encoding=\"text/html\"><style><img src=u></style>", 0);
        UNIT_CHECK(strcmp(events_max(h, 256), "<img src=u>") == 0,
                   "%s\n  got  %s", h, events_max(h, 256));
    }
    /* eight deep: the eighth holds HTML (an HTML <style>: raw text), the
       svg around it goes on after it */
    {
        char    h[1024];
        size_t  k, n;

        n = 0;
        n += sprintf(h + n, "<svg>");
        for (k = 0; k < 8; k++) {
            n += sprintf(h + n, "<foreignObject><svg>");
        }
        sprintf(h + n, "</svg><style><img src=u></style>"
                       "</foreignObject><style><img src=v></style>");
        UNIT_CHECK(strcmp(events(h), "<img src=v>") == 0, "%s", h);
    }
    /* nine deep: no reading of what follows the ninth is sure (the
       scanner was one level out after it closed, and missed the <img> of
       an svg <style>), so all of it is skipped */
    {
        char    h[1024], want[1024];
        size_t  k, n;

        n = 0;
        for (k = 0; k < 9; k++) {
            n += sprintf(h + n, "<svg><foreignObject>");
        }
        memcpy(want, h, n + 1);
        for (k = 0; k < 8; k++) {
            n += sprintf(h + n, "</foreignObject></svg>");
        }
        sprintf(h + n, "</foreignObject><style><img src=v></style></svg>");
        UNIT_CHECK(strcmp(events(h), "") == 0, "%s\n  got  %s", h, events(h));
        UNIT_CHECK(strcmp(applied(h), want) == 0, "%s\n  got  %s", h,
                   applied(h));
        /* eight deep, the same: the svg's <style> holds markup */
        n = 0;
        for (k = 0; k < 8; k++) {
            n += sprintf(h + n, "<svg><foreignObject>");
        }
        for (k = 0; k < 7; k++) {
            n += sprintf(h + n, "</foreignObject></svg>");
        }
        sprintf(h + n, "</foreignObject><style><img src=v></style></svg>");
        UNIT_CHECK(strcmp(events(h), "<img src=v>") == 0, "%s\n  got  %s", h,
                   events(h));
        UNIT_CHECK(strcmp(applied(h), h) == 0, "%s\n  got  %s", h,
                   applied(h));
    }

    /* the noscript rule first: "</noscript" ends the bogus comment */
    EV("<noscript><svg><![CDATA[</noscript><img src=x>]]>",
       "<noscript></noscript>^<img src=x>");

    /* a <font> longer than max_tag: decided by the names in its first
       max_tag bytes */
    {
        char   h[512];

        sprintf(h, "<svg><font class=\"%060d\" color=red><style>"
                   "<img src=a></style>", 0);
        check_max64("font color past max_tag: no breakout", h, 1, 0, 30);

        sprintf(h, "<svg><font color=red class=\"%060d\"><style>"
                   "<img src=a></style>", 0);
        check_max64("font color within max_tag: breakout", h, 0, 0, 30);
    }

    /* a removed SVG script takes its markup with it */
    OUT("<svg><script href=\"https://tracker.example.net/s.js\">"
        "<g><script></script></g><img src=in></script><circle/></svg>",
        "<svg><circle/></svg>");

    check_all_splits(t, sizeof(t) / sizeof(t[0]));
}

static void
test_noscript(void)
{
    static const char  *t[] = {
        "<noscript><!--</noscript><img src=x>--></noscript>",
        "<noscript><style></noscript><img src=y></style>",
        "<noscript><!x </noscript><img src=z>",
        "<noscript><?x </NOSCRIPT\t><img src=z>",
        "<noscript></3 </noscript/><img src=z>",
        "<noscript><textarea></noscript ><img src=w>",
        "<noscript><title></noscripts></noscript><img src=t></title>",
        "<noscript><xmp></noscript><img src=a></xmp><noembed></noscript>"
        "<img src=b>",
        "<noscript><noframes></noframes></noscript>"
        "<!--</noscript><img src=x>-->",
        "<noscript><iframe src=a></noscript><img src=b></iframe>",
        "<noscript><plaintext></noscript><img src=p>",
        "<noscript><script></noscript><img src=s></script>",
        "<!--</noscript><img src=x>--><noscript></noscript><!--</noscript>-->",
        "<noscript><noscript></noscript><!--</noscript><img src=x>-->",
        "<noscript data-remove><!--</noscript><img src=x>--></noscript>after",
        "<noscript><iframe src=\"https://doubleclick.net/x\"></noscript>"
        "<img src=y></iframe></noscript>",
        "<noscript><img alt=\"</noscript><img src=x>\"></noscript>",
        "<noscript><!-- </noscriptx> --><img src=q>",
        "<noscript data-remove><noscript></noscript></noscript>"
        "<!--</noscript><img src=\"https://tracker.example.net/x\">-->",
        "<noscript><noscript data-remove></noscript>"
        "<!--</noscript><img src=\"https://tracker.example.net/x\">-->"
    };

    EV("<noscript><!--</noscript><img src=x>--></noscript>",
       "<noscript></noscript><img src=x></noscript>");
    EV("<noscript><!-- a </noscript> b --><img src=x>",
       "<noscript></noscript><img src=x>");
    EV("<!--</noscript><img src=x>-->", "");
    EV("<noscript></noscript><!--</noscript><img src=x>-->",
       "<noscript></noscript>");
    EV("<noscript><!-- </noscriptx> --><img src=q>",
       "<noscript><img src=q>");
    EV("<noscript><!-- </noscript --><img src=q>",
       "<noscript></noscript --><img src=q>");
    EV("<noscript><style></noscript><img src=y></style>",
       "<noscript></noscript><img src=y>");
    EV("<noscript><textarea></noscript ><img src=w>",
       "<noscript></noscript><img src=w>");
    EV("<noscript><title></noscripts></noscript><img src=t></title>",
       "<noscript></noscript><img src=t>");
    EV("<noscript><xmp></NoScript/><img src=a>",
       "<noscript></NoScript /><img src=a>");
    EV("<noscript><noembed></noscript><img src=a>",
       "<noscript></noscript><img src=a>");
    EV("<noscript><noframes></noscript><img src=a>",
       "<noscript></noscript><img src=a>");
    EV("<noscript><iframe src=a></noscript><img src=b></iframe>",
       "<noscript><iframe src=a></noscript><img src=b></iframe>");
    EV("<noscript><plaintext></noscript><img src=p>",
       "<noscript></noscript><img src=p>");
    EV("<plaintext></noscript><img src=p>", "");
    EV("<noscript><!x </noscript><img src=z>",
       "<noscript></noscript><img src=z>");
    EV("<noscript><?x </NOSCRIPT\t><img src=z>",
       "<noscript></NOSCRIPT><img src=z>");
    EV("<noscript></3 </noscript/><img src=z>",
       "<noscript></noscript /><img src=z>");
    EV("<noscript><![CDATA[</noscript><img src=z>]]>",
       "<noscript></noscript><img src=z>");
    /* not script data */
    EV("<noscript><script></noscript><img src=s></script>",
       "<noscript><script></script>");
    /* nested: one count per noscript */
    EV("<noscript><noscript></noscript><!--</noscript><img src=x>-->",
       "<noscript><noscript></noscript></noscript><img src=x>");
    /* the limitation: a quoted value is part of the tag */
    EV("<noscript><img alt=\"</noscript><img src=x>\"></noscript>",
       "<noscript><img alt=\"</noscript><img src=x>\"></noscript>");
    /* a masked noscript is still counted */
    UNIT_CHECK(strcmp(events_mask("<noscript><!--</noscript><img src=x>-->",
                                  PRIVACY_HTML_BIT(PRIVACY_HTML_IMG)),
                      "<img src=x>") == 0,
               "noscript rule without reporting noscript");

    /* a removed noscript is skipped as markup: more goes, never less */
    OUT("<noscript data-remove><!--</noscript><img src=x>--></noscript>after",
        "after");
    /* and closed by its end tag: the count is 0 again */
    OUT("<noscript data-remove><noscript></noscript></noscript>"
        "<!--</noscript><img src=\"https://tracker.example.net/x\">-->",
        "<!--</noscript><img src=\"https://tracker.example.net/x\">-->");
    OUT("<noscript><noscript data-remove></noscript>"
        "<!--</noscript><img src=\"https://tracker.example.net/x\">-->",
        "<noscript><!--</noscript>-->");
    OUT("<noscript><iframe src=\"https://doubleclick.net/x\"></noscript>"
        "<img src=y></iframe></noscript>",
        "<noscript></noscript>");
    OUT("<noscript><style></noscript><img src=\"https://tracker.example.net"
        "/p.gif\"></style>",
        "<noscript><style></noscript></style>");

    check_all_splits(t, sizeof(t) / sizeof(t[0]));
}


/* every split with a report mask */
static void
check_all_splits_mask(const char *const *t, size_t n, uint64_t mask)
{
    mask_g = mask;
    check_all_splits(t, n);
    mask_g = PRIVACY_HTML_REPORT_ALL;
}

/* the output of the reference policy with a report mask */
static char *
applied_mask(const char *html, uint64_t mask)
{
    char  *s;

    mask_g = mask;
    s = applied(html);
    mask_g = PRIVACY_HTML_REPORT_ALL;
    return s;
}

#define EVM(html, mask, want)                                                 \
    UNIT_CHECK(strcmp(events_mask(html, mask), want) == 0,                    \
               "%s\n  got  %s\n  want %s", html, events_mask(html, mask),    \
               want)

#define OUTM(html, mask, want)                                                \
    UNIT_CHECK(strcmp(applied_mask(html, mask), want) == 0,                   \
               "%s\n  got  %s\n  want %s", html, applied_mask(html, mask),   \
               want)

#define ALL_STYLE  (PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE)
#define ALL_SATTR  (PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE_ATTR)
#define ALL_BOTH   (ALL_STYLE | PRIVACY_HTML_REPORT_STYLE_ATTR)

static void
test_svg_refs(void)
{
    static const char  *t[] = {
        "<svg><feImage href=\"https://tracker.example.net/f.png\"/>"
        "<use xlink:href=\"u.svg#i\"></use></svg><use href=x><feimage href=y>",
        "<svg><FEIMAGE HREF=a><Use href=\"https://tracker.example.net/u\"/>"
        "<feimagex href=c><uses href=d><circle/></svg><use href=e>",
        "<math><use href=a></math><svg><p><use href=b><svg><use href=c>",
        "<svg><feImage xlink:href=\"https://tracker.example.net/f\"/>"
        "<circle/></svg>"
    };

    EV("<svg><feImage href=f/><use xlink:href=\"u.svg#i\"></use></svg>"
       "<use href=x><feimage href=y>",
       "<feImage href=f/>^<use xlink:href=\"u.svg#i\">^");
    EV("<svg><FEIMAGE HREF=a><USE href=b><feimagex href=c><uses href=d>"
       "<fe href=e><us href=f>",
       "<FEIMAGE HREF=a>^<USE href=b>^");
    EV("<math><use href=a></math><use href=b>", "<use href=a>^");
    EV("<svg><p><use href=a>", "");
    EV("<svg></svg><use href=a><svg/><feimage href=b>", "");
    EV("<svg><svg></svg><use href=a></svg><use href=b>", "<use href=a>^");
    EV("<svg><font color=red><use href=a>", "");
    EV("<svg><font><use href=a>", "<use href=a>^");
    EVM("<svg><use href=a><image href=b>",
        PRIVACY_HTML_BIT(PRIVACY_HTML_IMAGE), "<image href=b>^");
    EVM("<svg><use href=a><feimage href=b>",
        PRIVACY_HTML_BIT(PRIVACY_HTML_USE), "<use href=a>^");
    /* a uint32_t mask still converts */
    EVM("<svg><use href=a><image href=b>",
        (uint32_t) PRIVACY_HTML_BIT(PRIVACY_HTML_IMAGE), "<image href=b>^");
    UNIT_CHECK(el_of("<svg><feImage href=x>") == PRIVACY_HTML_FEIMAGE
               && el_of("<svg><uSe href=x>") == PRIVACY_HTML_USE
               && strcmp(privacy_html_el_name(PRIVACY_HTML_FEIMAGE),
                         "feimage") == 0
               && strcmp(privacy_html_el_name(PRIVACY_HTML_USE), "use") == 0,
               "feimage and use");
    OUT("<svg><feImage xlink:href=\"https://tracker.example.net/f\"/>"
        "<circle/></svg>",
        "<svg><circle/></svg>");
    OUT("<svg><use href=\"https://tracker.example.net/u#a\"></use></svg>"
        "<use href=\"https://tracker.example.net/u#b\">",
        "<svg></use></svg><use href=\"https://tracker.example.net/u#b\">");

    check_all_splits(t, sizeof(t) / sizeof(t[0]));
}

static void
test_style_element(void)
{
    static const char  *t[] = {
        "<style>a{background:url(https://tracker.example.net/p)}</style>"
        "<img src=y>",
        "<STYLE media=x>b</sty</StYlE ><p>c</p><style>x</styled></style>",
        "<style data-remove>a{}<img src=x></style>after<style>tracker"
        "</style>",
        "<noscript><style>a</noscript><img src=y></style>",
        "<svg><style><img src=a></style><style>b</style></svg>"
        "<style>tracker</style>",
        "<style>never closed tracker <img src=x>"
    };

    /* off by default: nothing changes */
    EV("<style>a</style><img src=y>", "<img src=y>");
    EVM("<style>a{background:url(x)}</style><img src=y>", ALL_STYLE,
        "<style></style><img src=y>");
    EVM("<STYLE media=x>b</sty</StYlE ><p>c</p><style>x</styled></style>",
        ALL_STYLE, "<STYLE media=x></StYlE><style></style>");
    EVM("<style><img src=x></style>", PRIVACY_HTML_REPORT_STYLE,
        "<style></style>");
    /* inside svg: reported (foreign), its text markup, not raw text */
    EVM("<svg><style><circle/></style></svg><style>a</style>", ALL_STYLE,
        "<style>^</style>^<style></style>");
    EVM("<svg><style><image href=a></style></svg>", ALL_STYLE,
        "<style>^<image href=a>^</style>^");
    EVM("<svg><style>a</style></svg>", PRIVACY_HTML_REPORT_ALL,
        "");
    /* noscript rule: "</noscript" ends the style text */
    EVM("<noscript><style>a</noscript><img src=y></style>", ALL_STYLE,
        "<noscript><style></noscript><img src=y></style>");

    /* the text between the tags, held and rewritten by the caller */
    OUTM("<style>a{background:url(https://tracker.example.net/p)}</style>"
         "tracker",
         ALL_STYLE,
         "<style>a{background:url(https://TRACKER.example.net/p)}</style>"
         "tracker");
    OUTM("<style data-remove>a{}<img src=x></style>after", ALL_STYLE,
         "after");
    OUTM("<style>never closed tracker", ALL_STYLE,
         "<style>never closed TRACKER");
    OUT("<style data-remove>tracker</style>", "<style data-remove>tracker"
        "</style>");

    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_STYLE);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_BOTH);
}

static void
test_style_attr(void)
{
    static const char  *t[] = {
        "<div style=\"color:red\">a</div><p class=x>b<span STYLE=x>",
        "<td style=a><td background=b><td class=c><td><img src=a style=b>",
        "<my-custom-element-name style=\"background:url(https://tracker."
        "example.net/b)\">x</my-custom-element-name>",
        "<svg style=a><rect style=\"fill:url(https://tracker.example.net/f)\""
        "/><font style=x><style><img src=a></style></svg>",
        "<svg><font style=x color=red><style><img src=a></style>",
        "<textarea style=x><img src=a style=b></textarea><p style=c>",
        "<div class=\"a\" id=b data-x=c style=\"x:url(tracker)\">"
        "<div class=\"a\" id=b data-x=c>",
        "<a style=\"a\" href=b ping=c><iframe style=x src=y></iframe>",
        "<use style=a><feimage href=b style=c><use href=d><svg><style "
        "style=e><style x=y><use x</style>"
    };
    char   h[512];

    /* off: nothing */
    EV("<div style=x><span style=y>", "");
    EVM("<div style=\"color:red\">a</div><p class=x>b<span STYLE=x>",
        ALL_SATTR, "<div style=\"color:red\"><span STYLE=x>");
    EVM("<td style=a><td background=b><td class=c><td><img src=a style=b>",
        ALL_SATTR, "<td style=a><td background=b><img src=a style=b>");
    EVM("<my-custom-element-name style=x>", ALL_SATTR,
        "<my-custom-element-name style=x>");
    EVM("<svg style=a><rect style=b/><font style=x><style><img src=a>",
        ALL_SATTR,
        "<svg style=a>^<rect style=b/>^<font style=x>^<img src=a>");
    EVM("<svg><font style=x color=red><style><img src=a></style>", ALL_SATTR,
        "<font style=x color=red>");
    EVM("<textarea style=x><img src=a style=b></textarea>", ALL_SATTR,
        "<textarea style=x>");
    EVM("<style style=x>a</style>", ALL_SATTR, "<style style=x>");
    EVM("<style style=x>a</style>", ALL_BOTH, "<style style=x></style>");
    EVM("<div style>", ALL_SATTR, "<div style>");
    EVM("<use style=a><feimage href=b style=c><use href=d><svg><style "
        "style=e><style x=y>", ALL_BOTH,
        "<use style=a><feimage href=b style=c><style style=e>^<style x=y>^");
    EVM("<use x</style><svg><use href=a>", ALL_SATTR,
        "<use x< style><use href=a>^");
    EVM("<div styles=x data-style=y>", ALL_SATTR, "");
    /* only the flag: no element */
    EVM("<img src=a><div style=b></div>", PRIVACY_HTML_REPORT_STYLE_ATTR,
        "<div style=b>");
    UNIT_CHECK(el_of("<x-y style=a>") == -1, "flag off");
    mask_g = ALL_SATTR;

    /* decided by the names in the first max_tag bytes, like td */
    sprintf(h, "<div class=\"%060d\" style=x><p style=y>", 0);
    check_max64("style past max_tag: plain", h, 1, 0, 30);
    sprintf(h, "<div style=x class=\"%060d\"><p style=y>", 0);
    check_max64("style within max_tag: overflow", h, 1, 1, 30);
    /* a name longer than max_tag */
    memset(h, 'x', sizeof(h));
    h[0] = '<';
    strcpy(h + 100, " style=a><p style=b>");
    check_max64("long name: plain", h, 1, 0, 40);
    h[50] = '\0';
    strcat(h, " style=a class=\"0123456789\"><p style=b>");
    check_max64("name just short of max_tag", h, 1, 1, 40);
    mask_g = PRIVACY_HTML_REPORT_ALL;

    OUTM("<div id=a style=\"background:url(https://tracker.example.net/b)\">"
         "x</div>",
         ALL_SATTR, "<div>x</div>");

    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_SATTR);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_BOTH);
}

/*
 * REPORT_STYLE_ATTR: a tag not otherwise reported is only sniffed for a
 * name "style" while crossed (its quotes followed, nothing recorded), and
 * parsed again when it has one; the same events as a recorded tag, at
 * every split
 */
static void
test_style_sniff(void)
{
    static const char  *t[] = {
        "<div title=\"style=x\">a<div data-style=\"x\">b<div STYLE=x>c"
        "<div style>d",
        "<div title='a>b' style=y><p title=\"x>style=y\"><p a=style>",
        "<div a=\"\" style><div\tsTyLe\n=\n'a>b'/><div/style=x/>",
        "<span class=x style=y class=z style=w><div xstyle=1 styl=e =style>",
        "<div class=\"c\" title=\"style=\" id='style'><b style=\"a\"></b>",
        "<div a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 "
        "c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 d0 d1 d2><div a0 a1 a2 a3 a4 a5 a6 "
        "a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 c0 c1 c2 c3 c4 c5 c6 c7 c8 "
        "c9 d0 d1>",
        "<svg><rect title=\"style\" x=style/><font style=a><circle "
        "style=b/></svg><p style=\"x\">",
        "<td title=\"style\"><td style=x><feimage style=\"s\"><use x=y>",
        "<div style=\"a\" style='b' STYLE=c>"
    };

    EVM("<div title=\"style=x\">a<div data-style=\"x\">b<div STYLE=x>c"
        "<div style>d", ALL_SATTR, "<div STYLE=x><div style>");
    EVM("<div title='a>b' style=y><p title=\"x>style=y\"><p a=style>",
        ALL_SATTR, "<div title='a>b' style=y>");
    EVM("<div a=\"\" style><div\tsTyLe\n=\n'a>b'/><div/style=x/>",
        ALL_SATTR, "<div a=\"\" style><div sTyLe='a>b' /><div style=x/>");
    EVM("<span class=x style=y class=z style=w><div xstyle=1 styl=e =style>",
        ALL_SATTR, "<span class=x style=y class=z! style=w!>");
    EVM("<div style=\"a\" style='b' STYLE=c>", ALL_SATTR,
        "<div style=\"a\" style='b'! STYLE=c!>");
    EVM("<svg><rect title=\"style\" x=style/><font style=a><circle "
        "style=b/></svg><p style=\"x\">", ALL_SATTR,
        "<font style=a>^<circle style=b/>^<p style=\"x\">");
    EVM("<td title=\"style\"><td style=x><feimage style=\"s\"><use x=y>",
        ALL_SATTR, "<td style=x><feimage style=\"s\">");
    /* more than MAX_ATTRS attributes: reported (the first 32), not 32 */
    EVM(t[5], ALL_SATTR,
        "<div a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 "
        "c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 d0 d1>");

    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_SATTR);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_BOTH);
}

/*
 * REPORT_STYLE_FETCH: with REPORT_STYLE_ATTR, a style reports a tag only
 * when its value holds "(", "@" or "&"; decided where the tag ends, by the
 * same values whatever the chunking (plain crossing, recorded or sniffed
 * tags, tags held across chunks, noscript and svg contexts)
 */
#define ALL_SFETCH  (ALL_SATTR | PRIVACY_HTML_REPORT_STYLE_FETCH)

static void
test_style_fetch(void)
{
    static const char  *t[] = {
        "<div style=\"color:red\">a</div><span STYLE=x><p style=\"backgrou"
        "nd:url(https://tracker.example.net/b)\">",
        "<div style=\"@import x\"><div style='&#40;'><div style=a(b)>"
        "<div style><div style=><div style = \"a\">",
        "<div style=\"a\" style=\"url(x)\"><div style=\"url(x)\" "
        "style=\"a\"><div title=\"a(b)\" style=\"c\" data-x=\"@\">",
        "<td style=a><td background=b style=c><td style=\"x:url(y)\">"
        "<td title=\"(\" style=a><img src=a style=b>",
        "<svg style=a><rect style=\"fill:url(#f)\"/><font style=x "
        "color=red><style><img src=a></style>",
        "<noscript><div style=a><div style=\"b:url(c)\"><p style></noscript>"
        "<div style=d>",
        "<DIV STYLE=\"X:URL(Y)\"><div style=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa(b)\">"
        "<div style=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">",
        "<div style=\"a>b\" title=x><div title='style=\"(\"' style=y>"
        "<div style='a\"(' x=1><div style=\"a\"/style=\"(\">",
        "<a style=\"a\" href=b ping=c><a style=d href=e><iframe style=x "
        "src=y></iframe><input style=a><input src=b style=c>",
        "<div a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 "
        "c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 d0 style=a d1>"
    };
    char   h[512];

    /* without the flag, every style reports (as above) */
    EVM(t[0], ALL_SATTR, "<div style=\"color:red\"><span STYLE=x><p style="
        "\"background:url(https://tracker.example.net/b)\">");
    EVM(t[0], ALL_SFETCH,
        "<p style=\"background:url(https://tracker.example.net/b)\">");
    /* "(", "@" and "&" fetch or may; no value, an empty one: never */
    EVM(t[1], ALL_SFETCH,
        "<div style=\"@import x\"><div style='&#40;'><div style=a(b)>");
    /* every style counts, repeated ones too; other values do not */
    EVM(t[2], ALL_SFETCH,
        "<div style=\"a\" style=\"url(x)\"!><div style=\"url(x)\" "
        "style=\"a\"!>");
    /* a tag reported anyway, or for another attribute: as before */
    EVM(t[3], ALL_SFETCH,
        "<td background=b style=c><td style=\"x:url(y)\"><img src=a style=b>");
    /* svg: a safe style reports nothing; font's color still ends svg */
    EVM(t[4], ALL_SATTR,
        "<svg style=a>^<rect style=\"fill:url(#f)\" />^<font style=x "
        "color=red>");
    EVM(t[4], ALL_SFETCH, "<rect style=\"fill:url(#f)\" />^");
    /* in a noscript (the state machine's path) */
    EVM(t[5], ALL_SFETCH,
        "<noscript><div style=\"b:url(c)\"></noscript>");
    /* any case; values of 16 bytes and more */
    EVM(t[6], ALL_SFETCH,
        "<DIV STYLE=\"X:URL(Y)\"><div style=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa(b)"
        "\">");
    /* quotes: only the style's own value */
    EVM(t[7], ALL_SFETCH, "<div style='a\"(' x=1><div style=\"a\" style="
        "\"(\"!>");
    EVM(t[8], ALL_SFETCH,
        "<a style=\"a\" href=b ping=c><iframe style=x src=y></iframe>"
        "<input src=b style=c>");
    /* more than MAX_ATTRS attributes: reported, whatever the style */
    EVM(t[9], ALL_SFETCH,
        "<div a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 "
        "c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 d0 style=a>");

    UNIT_CHECK(privacy_html_css_may_fetch((const unsigned char *) "a(", 2)
               && privacy_html_css_may_fetch((const unsigned char *) "@", 1)
               && privacy_html_css_may_fetch(
                      (const unsigned char *) "0123456789abcdef&", 17)
               && privacy_html_css_may_fetch(
                      (const unsigned char *) "(123456789abcdefg", 17)
               && !privacy_html_css_may_fetch(
                      (const unsigned char *) "color:red;x:\\28 y)", 18)
               && !privacy_html_css_may_fetch((const unsigned char *) "", 0),
               "css_may_fetch");

    /* the same output from the reference policy, with or without */
    OUTM(t[0], ALL_SFETCH, applied_mask(t[0], ALL_SATTR));
    OUTM(t[2], ALL_SFETCH, applied_mask(t[2], ALL_SATTR));
    OUTM(t[5], ALL_SFETCH, applied_mask(t[5], ALL_SATTR));

    /* cut at max_tag: a style counts by its name, as without the flag */
    mask_g = ALL_SFETCH;
    sprintf(h, "<div style=x class=\"%060d\"><p style=y>", 0);
    check_max64("safe style within max_tag, tag longer: overflow",
                h, 0, 1, 30);
    sprintf(h, "<div style=x class=\"%040d\"><p style=\"u(\">", 0);
    check_max64("safe style, tag within max_tag: plain", h, 1, 0, 30);
    mask_g = PRIVACY_HTML_REPORT_ALL;

    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_SFETCH);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]),
                          ALL_BOTH | PRIVACY_HTML_REPORT_STYLE_FETCH);
}

/*
 * REPORT_PAINT_ATTR: with REPORT_STYLE_ATTR, in svg and math and on <svg>,
 * the presentation attributes that take a url() count as a style does
 * (difftest: fill, filter, mask, clip-path, marker-end and cursor each
 * made Chromium fetch a tracker); HTML content is not concerned
 */
#define ALL_PAINT   (ALL_SATTR | PRIVACY_HTML_REPORT_PAINT_ATTR)
#define ALL_PFETCH  (ALL_SFETCH | PRIVACY_HTML_REPORT_PAINT_ATTR)

static void
test_paint_attr(void)
{
    static const char  *t[] = {
        "<svg><rect fill=\"url(https://t.example/p#g)\" stroke=red/>"
        "<path FILL=red Stroke=\"url(x)\"/><g clip-path=\"url(c)\" "
        "mask='url(m)'><circle filter=url(f) r=1/></g></svg>",
        "<svg><text cursor=\"url(c), auto\">x</text><path marker-start="
        "\"url(a)\" marker-mid=\"url(b)\"/><path marker-end=\"url(k)\"/>"
        "<path marker=\"url(z)\" fill-rule=\"url(y)\" clip=\"url(w)\"/>",
        "<div fill=\"url(x)\" mask=\"url(y)\"><svg fill=\"url(#g)\" "
        "width=1></svg><p cursor=\"url(c)\">",
        "<svg><p fill=\"url(x)\"><math><mi fill=\"url(y)\">a</mi></math>"
        "<svg/><rect fill=\"url(z)\">",
        "<svg><rect fill=\"&#117;rl(x)\" mask=\"none\"/><rect fill=\"#000\" "
        "stroke=\"none\" filter/><font fill=\"url(q)\"><rect fill=url(r)>",
        "<svg><g a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 "
        "b9 c0 c1 c2 c3 c4 c5 c6 c7 c8 c9 d0 d1 d2><rect fill=a></svg>",
        "<svg><font color=red fill=\"url(q)\"><rect fill=\"url(r)\">",
        "<svg><image><set attributeName=\"href\" to=\"https://t.example/p\"/>"
        "</image><animate ATTRIBUTENAME=x values=y/><rect attributename/></svg>"
        "<set attributeName=href to=x>"
    };

    /* without the flag: only styles (and elements reported anyway) */
    EVM(t[0], ALL_SFETCH, "");
    EVM(t[0], ALL_PFETCH,
        "<rect fill=\"url(https://t.example/p#g)\" stroke=red/>^<path FILL=re"
        "d Stroke=\"url(x)\" />^<g clip-path=\"url(c)\" mask='url(m)'>^<circl"
        "e filter=url(f) r=1/>^");
    /* marker and clip take no url(); fill-rule is no paint */
    EVM(t[1], ALL_PFETCH,
        "<text cursor=\"url(c), auto\">^<path marker-start=\"url(a)\" marke"
        "r-mid=\"url(b)\" />^<path marker-end=\"url(k)\" />^");
    /* HTML content is not concerned; <svg> itself is */
    EVM(t[2], ALL_PFETCH, "<svg fill=\"url(#g)\" width=1>^");
    /* a breakout ends svg; math too; "<svg/>" opens nothing */
    EVM(t[3], ALL_PFETCH, "<mi fill=\"url(y)\">^");
    /* "&" may hide a "(", "#000" fetches nothing; font stays foreign */
    EVM(t[4], ALL_PFETCH,
        "<rect fill=\"&#117;rl(x)\" mask=\"none\" />^<font fill=\"url(q)\">^"
        "<rect fill=url(r)>^");
    /* without REPORT_STYLE_FETCH, by the names */
    EVM(t[4], ALL_PAINT,
        "<rect fill=\"&#117;rl(x)\" mask=\"none\" />^<rect fill=\"#000\" str"
        "oke=\"none\" filter />^<font fill=\"url(q)\">^<rect fill=url(r)>^");
    /* more than MAX_ATTRS attributes: reported, whatever they are (the
       event shows the first MAX_ATTRS); so it was for a style */
    EVM(t[5], ALL_PFETCH,
        "<g a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 c0 c1"
        " c2 c3 c4 c5 c6 c7 c8 c9 d0 d1>^");
    EVM(t[5], ALL_SFETCH,
        "<g a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 c0 c1"
        " c2 c3 c4 c5 c6 c7 c8 c9 d0 d1>^");

    UNIT_CHECK(privacy_html_paint_name((const unsigned char *) "FILL", 4)
               && privacy_html_paint_name(
                      (const unsigned char *) "Marker-Start", 12)
               && privacy_html_paint_name((const unsigned char *) "cursor", 6)
               && !privacy_html_paint_name(
                      (const unsigned char *) "attributeName", 13)
               && !privacy_html_paint_name((const unsigned char *) "marker", 6)
               && !privacy_html_paint_name((const unsigned char *) "fil", 3),
               "paint_name");

    /* a font with color is HTML: it ends svg, its fill is no paint */
    EVM(t[6], ALL_PFETCH, "");
    /* attributeName, whatever its value (an animation may set an href);
       in HTML content not */
    EVM(t[7], ALL_PFETCH,
        "<image>^<set attributeName=\"href\" to=\"https://t.example/p\" />^"
        "<animate ATTRIBUTENAME=x values=y/>^<rect attributename />^");

    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_PFETCH);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_PAINT);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]),
                          ALL_BOTH | PRIVACY_HTML_REPORT_STYLE_FETCH
                          | PRIVACY_HTML_REPORT_PAINT_ATTR);
}

/*
 * REPORT_BACKGROUND_ANY: with REPORT_STYLE_ATTR, in HTML content a
 * background reports any start tag as a style would (difftest: tr, tbody
 * and thead backgrounds made Chromium fetch the tracker)
 */
#define ALL_BGANY   (ALL_SATTR | PRIVACY_HTML_REPORT_BACKGROUND_ANY)
#define ALL_BFETCH  (ALL_SFETCH | PRIVACY_HTML_REPORT_BACKGROUND_ANY)

static void
test_background_any(void)
{
    static const char  *t[] = {
        "<table><tbody BACKGROUND=\"/b.png\"><tr background=x><td>1</td>"
        "</tr></tbody><tfoot title=a><tr style=\"color:red\" class=row>",
        "<div class=a style=\"color:red\"><p style=x background><span "
        "backgroundx=1 xbackground=2><td background=y>",
        "<svg><rect background=\"url(a)\"/></svg><thead background=z "
        "style=\"a:url(b)\">",
        "<tr a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 b0 b1 b2 b3 b4 b5 b6 b7 b8 b9 c0 "
        "c1 c2 c3 c4 c5 c6 c7 c8 c9 d0 d1><tr background=q>",
        "<a background>><a href=x background=y ping=z><meta background "
        "name=a><input background=b>",
        "<svg background=y><math background=z></math></svg><svg><font "
        "style background=p></font><font color=red style background=q>"
    };

    /* without the flag, only td, th, table and body */
    EVM(t[1], ALL_SFETCH, "<td background=y>");
    /* any element, any case, any value (none too); a style that fetches
       nothing is no reason still */
    EVM(t[0], ALL_BFETCH, "<tbody BACKGROUND=\"/b.png\"><tr background=x>");
    EVM(t[1], ALL_BFETCH, "<p style=x background><td background=y>");
    /* in svg a background is nothing */
    EVM(t[2], ALL_BFETCH, "<thead background=z style=\"a:url(b)\">");
    EVM(t[3], ALL_BFETCH, "<tr background=q>");
    /* elements with triggers of their own (fuzz_html: "<a background>"
       crossed whole was reported when split) */
    EVM(t[4], ALL_BFETCH,
        "<a background><a href=x background=y ping=z><meta background name=a>"
        "<input background=b>");
    /* not on <svg> or <math>: their tags begin foreign content; a font
       that ends it is an HTML element (fuzz_html: each was reported
       without REPORT_STYLE_FETCH, not with it) */
    EVM(t[5], ALL_BFETCH, "<font color=red style background=q>");
    EVM(t[5], ALL_BGANY,
        "<font style background=p>^<font color=red style background=q>");
    /* without REPORT_STYLE_FETCH, styles by their name as before */
    EVM(t[1], ALL_BGANY,
        "<div class=a style=\"color:red\"><p style=x background><td backgro"
        "und=y>");

    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_BFETCH);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_BGANY);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]),
                          ALL_BOTH | PRIVACY_HTML_REPORT_STYLE_FETCH
                          | PRIVACY_HTML_REPORT_PAINT_ATTR
                          | PRIVACY_HTML_REPORT_BACKGROUND_ANY);
}

/*
 * REPORT_NOSCRIPT_END: a start tag in a noscript with "</noscript" in a
 * value is reported (what follows it in the value is markup for a browser
 * with JavaScript)
 */
#define ALL_NSEND  (PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_NOSCRIPT_END)

static void
test_noscript_end(void)
{
    static const char  *t[] = {
        "<noscript><p title=\"</noscript><img src=x>\"></p></noscript>",
        "<noscript><div a=\"</NoScRiPt\tx\" b='</noscript/'>"
        "<div c=\"</noscriptx>\"><span d=\"</noscript\"></noscript>",
        "<noscript><p title=</noscript><img src=x></noscript>",
        "<p title=\"</noscript>\"><noscript></noscript><p title="
        "\"</noscript>\">",
        "<noscript><svg><rect title=\"</noscript>\"/></svg><td x=\""
        "</noscript>\"><td background=a></noscript>",
        "<svg><noscript><rect title=\"</noscript>\"/></noscript></svg>",
        "<noscript><noscript title=\"</noscript>\"><p t=\"</noscript>\">"
        "</noscript><p t=\"</noscript>\"></noscript><p t=\"</noscript>\">",
        "<noscript><div style=a><p class=\"<\\/noscript>\"><i x=\"</no\">"
        "<i x=\"</noscript \" style=b></noscript>",
        "<noscript><!-- <p t=\"</noscript>\"> --><p t='</noscript>'>",
        "<noscript><my-custom-element t=\"</noscript>\"><my-custom-element "
        "t=x></noscript>"
    };

    show_ns = 1;
    EVM("<noscript><p title=\"</noscript><img src=x>\"></p></noscript>",
        ALL_NSEND,
        "<noscript><p title=\"</noscript><img src=x>\">~</noscript>");
    /* off by default */
    EVM("<noscript><p title=\"</noscript><img src=x>\"></p></noscript>",
        PRIVACY_HTML_REPORT_ALL, "<noscript></noscript>");
    EVM("<noscript><div a=\"</NoScRiPt\tx\" b='</noscript/'>"
        "<div c=\"</noscriptx>\"><span d=\"</noscript\"></noscript>",
        ALL_NSEND,
        "<noscript><div a=\"</NoScRiPt\tx\" b='</noscript/'>~"
        "<span d=\"</noscript\">~</noscript>");
    EVM("<noscript><p title=</noscript><img src=x></noscript>", ALL_NSEND,
        "<noscript><p title=</noscript>~<img src=x>~</noscript>");
    /* outside a noscript: nothing */
    EVM("<p title=\"</noscript>\"><noscript></noscript><p title="
        "\"</noscript>\">", ALL_NSEND, "<noscript></noscript>");
    EVM("<noscript><svg><rect title=\"</noscript>\"/></svg><td x=\""
        "</noscript>\"><td background=a></noscript>", ALL_NSEND,
        "<noscript><rect title=\"</noscript>\" />^~<td x=\"</noscript>\">~"
        "<td background=a>~</noscript>");
    /* a noscript in svg is not HTML's (but the preload scanner's raw
       text: lost at "</noscript") */
    EVM("<svg><noscript><rect title=\"</noscript>\"/></noscript></svg>",
        ALL_NSEND, "<noscript>^");
    EVM("<svg><noscript><rect title=\"</noscripts>\"/></noscript></svg>",
        ALL_NSEND, "<noscript>^</noscript>^");
    EVM("<noscript><noscript title=\"</noscript>\"><p t=\"</noscript>\">"
        "</noscript><p t=\"</noscript>\"></noscript><p t=\"</noscript>\">",
        ALL_NSEND,
        "<noscript><noscript title=\"</noscript>\">~<p t=\"</noscript>\">~"
        "</noscript>~<p t=\"</noscript>\">~</noscript>");
    EVM("<noscript><div style=a><p class=\"<\\/noscript>\"><i x=\"</no\">"
        "<i x=\"</noscript \" style=b></noscript>",
        ALL_NSEND | PRIVACY_HTML_REPORT_STYLE_ATTR,
        "<noscript><div style=a>~<i x=\"</noscript \" style=b>~</noscript>");
    /* names of any length */
    EVM("<noscript><my-custom-element t=\"</noscript>\"><my-custom-element "
        "t=x></noscript>", ALL_NSEND,
        "<noscript><my-custom-element t=\"</noscript>\">~</noscript>");
    /* the comment ends at "</noscript" (the noscript rule): after it */
    EVM("<noscript><!-- <p t=\"</noscript>\"> --><p t='</noscript>'>",
        ALL_NSEND, "<noscript></noscript>");
    show_ns = 0;

    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]), ALL_NSEND);
    check_all_splits_mask(t, sizeof(t) / sizeof(t[0]),
                          ALL_NSEND | PRIVACY_HTML_REPORT_STYLE_ATTR);
}

static void
test_overflow_remove(void)
{
    static const char  *fmt[] = {
        "<p><img src=\"https://tracker.example.net/%060d\" alt=x><img src=b>",
        "<script src=\"https://tracker.example.net/%060d\">var a='<img src=q>"
        "';</script><img src=r>",
        "<iframe src=\"https://tracker.example.net/%060d\"><img src=x>"
        "</iframe>tail",
        "<noscript data-x=\"tracker%060d\"><img src=x><!--</noscript><img "
        "src=y>--></noscript>t",
        "<object data=\"tracker%060d\"><object></object></object>t",
        "<style data-tracker=\"%060d\">a<img src=x></style>t",
        "<script>a</script x=\"tracker%060d\">b<img src=c>",
        "<img src=\"tracker%060d",
        "<svg><use href=\"https://tracker.example.net/%060d\"><use href=a>"
        "</svg>",
        "<div style=\"tracker:%060d\">x</div><div style=y>"
    };
    static const char  *want[] = {
        "<p><img src=b>",
        "<img src=r>",
        "tail",
        "t",
        "t",
        "t",
        "<script>ab<img src=c>",
        "",
        "<svg><use href=a></svg>",
        "x</div><div style=y>"
    };
    char      h[512];
    size_t    i;
    res_t     r;

    mask_g = ALL_BOTH;

    for (i = 0; i < sizeof(fmt) / sizeof(fmt[0]); i++) {
        sprintf(h, fmt[i], 0);
        drive1((const unsigned char *) h, strlen(h), APPLY, 64, &r);
        UNIT_CHECK(r.overflows == 1 && r.bad == 0 && r.out.len == strlen(want[i])
                   && !memcmp(r.out.p, want[i], r.out.len),
                   "overflow removed: %s\n  got %.*s (%u overflows, %u bad)",
                   h, (int) r.out.len, (const char *) r.out.p, r.overflows,
                   r.bad);
        res_free(&r);
        /* without removal: the input */
        drive1((const unsigned char *) h, strlen(h), KEEP_ALL, 64, &r);
        UNIT_CHECK(r.overflows == 1 && r.bad == 0 && r.out.len == strlen(h)
                   && !memcmp(r.out.p, h, r.out.len),
                   "overflow kept: %s", h);
        res_free(&r);
        check_splits(h, (const unsigned char *) h, strlen(h), APPLY, 64, 300,
                     0);
        check_bytewise(h, (const unsigned char *) h, strlen(h), APPLY);
    }

    mask_g = PRIVACY_HTML_REPORT_ALL;

    /* a no-op at other times */
    {
        privacy_html_t        sc;
        privacy_html_event_t  ev;
        const char           *p = "<p>a</p><img src=x>b";
        size_t                n = 0;

        privacy_html_init(&sc, tagbuf, 64);
        privacy_html_feed(&sc, (const unsigned char *) p, strlen(p), 1);
        while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
            if (ev.type != PRIVACY_HTML_PASS && ev.type != PRIVACY_HTML_TAG) {
                n += 100;
            }
            n += ev.held_len + ev.len;
            if (ev.type == PRIVACY_HTML_PASS) {
                privacy_html_remove(&sc);
            }
        }
        UNIT_CHECK(n == strlen(p), "remove after PASS: no-op");
    }
}

/* the scanner skips the rest of html itself (why) after the bytes want */
#define LOST(html, why, want)                                                 \
    do {                                                                      \
        res_t  r_;                                                            \
        drive1((const unsigned char *) (html), strlen(html), KEEP_ALL,        \
               PRIVACY_HTML_MAX_TAG_DEFAULT, &r_);                            \
        UNIT_CHECK(r_.bad == 0 && r_.lost == (why)                            \
                   && r_.out.len == strlen(want)                              \
                   && memcmp(r_.out.p, want, r_.out.len) == 0,                \
                   "%s\n  lost %u, out %.*s", html, r_.lost,                  \
                   (int) r_.out.len, (char *) r_.out.p);                      \
        res_free(&r_);                                                        \
    } while (0)

/*
 * The elements open inside svg and math (lib/privacy_html_open.h): end
 * tags close what the tree builder closes; where it depends on HTML
 * elements the scanner does not know, the readings are kept apart until
 * they agree, or the rest is lost where they part.  Each case was read in
 * Chromium (t/browser/difftest.pl) where the comment says so.
 */
static void
test_open_elements(void)
{
    char    h[1024];
    size_t  k, n;

    /* an end tag closes the foreign elements up to its own: the svg and
       math among them too (difftest svg-math-svg-end, svg-g-svg-g-end) */
    EV("<svg><math></svg><style><img src=a></style>", "");
    LOST("<svg><math></svg><style><img src=a></style>", 0,
         "<svg><math></svg><style><img src=a></style>");
    EV("<svg><g><svg></g></svg><style><img src=a></style>", "");
    EV("<svg><g><svg></g><style><img src=a></style>", "<img src=a>");
    EV("<svg><G><Svg></g></SVG><style><img src=a></style>", "");
    EV("<math><mrow><svg></mrow><image href=i></math><img src=a>",
       "<image href=i>^<img src=a>");
    /* an end tag of nothing open in svg: an HTML element of its name may
       be open below (difftest div-svg-end, span-svg-end): lost at the
       first tag that HTML reads otherwise */
    LOST("<div><svg></div><style><a title=\"</style><img src=u>\"></style>",
         PRIVACY_HTML_LOST_TREE, "<div><svg></div>");
    LOST("<span><svg></span><image href=i>", PRIVACY_HTML_LOST_TREE,
         "<span><svg></span>");
    LOST("<svg></x><![CDATA[<img src=a>]]>", PRIVACY_HTML_LOST_TREE,
         "<svg></x><![CDATA[");
    LOST("<svg></x><font color=red><img src=a>", PRIVACY_HTML_LOST_TREE,
         "<svg></x>");
    LOST("<svg></x><g><desc><img src=a>", PRIVACY_HTML_LOST_TREE,
         "<svg></x><g>");
    LOST("<svg></x><svg>", PRIVACY_HTML_LOST_TREE, "<svg></x>");
    /* ... not where both readings agree: a breakout, the svg's end */
    EV("<div><svg></div><p>x</p><style><img src=a></style>", "");
    LOST("<div><svg></div><p>x</p><style><img src=a></style>", 0,
         "<div><svg></div><p>x</p><style><img src=a></style>");
    EV("<svg><path></path></path><rect/></svg><style><img src=a></style>",
       "");
    LOST("<svg><path></path></path><rect/></svg><style></style>", 0,
         "<svg><path></path></path><rect/></svg><style></style>");
    EV("<svg></x></p><style><img src=a></style>", "");
    EV("<svg></x><img src=a><style><img src=b></style>", "<img src=a>");
    /* in an integration point: its end tag is ignored while an HTML
       element opened in it is open (difftest svg-fo-div-fo-end) */
    EV("<svg><foreignObject><div></foreignObject><style><a title=\"</style>"
       "<img src=u>\"></style></svg>", "<img src=u>");
    EV("<svg><foreignObject><span></foreignObject><style><img src=u>"
       "</style>", "");
    EV("<svg><foreignObject><div></div></foreignObject><style><img src=u>"
       "</style>", "<img src=u>");
    EV("<svg><foreignObject><p>x</p><b><i>y</i></b></foreignObject><style>"
       "<img src=u></style>", "<img src=u>");
    EV("<svg><foreignObject><img src=x><br><hr></foreignObject><style>"
       "<img src=u></style>", "<img src=x><img src=u>");
    EV("<svg><desc><desc></desc></desc><style><img src=u></style>",
       "<img src=u>");
    EV("<math><mi><b>x</b></mi><style><img src=u></style></math>",
       "<img src=u>");
    /* an svg directly in it: the end tag closes both; through it, the
       outer svg's end closes all */
    EV("<svg><foreignObject><svg></foreignObject><style><img src=u>"
       "</style>", "<img src=u>");
    EV("<svg><foreignObject></svg><style><img src=u></style>", "");
    EV("<svg><foreignObject><div></svg><style><img src=u></style>", "");
    EV("<svg><g><foreignObject><svg><path></g><style><img src=u></style>",
       "<img src=u>");
    /* an end tag below an integration point left open: ignored */
    EV("<svg><foreignObject><svg></span><style><img src=u></style>",
       "<img src=u>");
    /* the HTML elements of the level no longer known: its end tag may
       close it or not */
    LOST("<svg><foreignObject><p>a<div>b</div></foreignObject><style>",
         PRIVACY_HTML_LOST_TREE,
         "<svg><foreignObject><p>a<div>b</div></foreignObject>");
    LOST("<svg><foreignObject><b><i></b></i></foreignObject><a>",
         PRIVACY_HTML_LOST_TREE,
         "<svg><foreignObject><b><i></b></i></foreignObject>");
    LOST("<svg><foreignObject><table><tr><td>x</table></foreignObject>",
         PRIVACY_HTML_LOST_TREE,
         "<svg><foreignObject><table><tr><td>x</table></foreignObject>");
    LOST("<svg><foreignObject><ul><li>a<li>b</ul></foreignObject>",
         PRIVACY_HTML_LOST_TREE,
         "<svg><foreignObject><ul><li>a<li>b</ul></foreignObject>");
    EV("<svg><foreignObject><ul><li>a</li><li>b</li></ul></foreignObject>"
       "<style><img src=u></style>", "<img src=u>");
    /* unsure, but no end tag of it or below: nothing lost */
    LOST("<svg><foreignObject><p>a<div>b</div></span><img src=x>", 0,
         "<svg><foreignObject><p>a<div>b</div></span><img src=x>");
    /* ... but the svg's end tag may close it */
    LOST("<svg><foreignObject><p>a<div>b</div></svg><img src=x>",
         PRIVACY_HTML_LOST_TREE, "<svg><foreignObject><p>a<div>b</div></svg>");
    /* </template> closes a template anywhere below */
    LOST("<svg><foreignObject></template><img src=a>",
         PRIVACY_HTML_LOST_TREE, "<svg><foreignObject></template>");
    /* an HTML end tag from svg in an integration point with HTML open */
    EV("<svg><foreignObject><div><svg></div><style><img src=u></style>",
       "");
    EV("<svg><foreignObject><div><svg></span><style><img src=u></style>",
       "<img src=u>");
    /* a <font> that breaks out in an integration point is HTML's there */
    EV("<svg><foreignObject><svg><font color=red></foreignObject><style>"
       "<img src=u></style>", "");
    EV("<svg><foreignObject><svg><font color=red></font></foreignObject>"
       "<style><img src=u></style>", "<img src=u>");

    /* bounds: 32 entries, names of 24 bytes */
    n = sprintf(h, "<svg>");
    for (k = 1; k < PRIVACY_HTML_OPEN_MAX; k++) {
        n += sprintf(h + n, "<g>");
    }
    for (k = 1; k < PRIVACY_HTML_OPEN_MAX; k++) {
        n += sprintf(h + n, "</g>");
    }
    sprintf(h + n, "</svg><style><img src=u></style>");
    EV(h, "");
    LOST(h, 0, h);
    n = sprintf(h, "<svg>");
    for (k = 0; k < PRIVACY_HTML_OPEN_MAX; k++) {
        n += sprintf(h + n, "<g>");
    }
    memcpy(h + n, "<a>", 4);
    h[n - 3] = '\0';
    {
        char  want[1024];

        memcpy(want, h, n - 3);
        memcpy(want + n - 3, "<g>", 4);
        h[n - 3] = '<';
        LOST(h, PRIVACY_HTML_LOST_STACK, want);
    }
    LOST("<svg><abcdefghijklmnopqrstuvwx></abcdefghijklmnopqrstuvwx></svg>",
         0, "<svg><abcdefghijklmnopqrstuvwx></abcdefghijklmnopqrstuvwx>"
         "</svg>");
    LOST("<svg><abcdefghijklmnopqrstuvwxy></svg>", PRIVACY_HTML_LOST_STACK,
         "<svg><abcdefghijklmnopqrstuvwxy>");
}


/*
 * Chromium's preload scanner reads a start tag in svg or math of an
 * element that is raw text in HTML as HTML raw text, up to "</name" +
 * whitespace, "/" or ">" wherever it is, and "<![CDATA[" as a bogus
 * comment (read in Chromium: difftest svg-style-attr-end,
 * svg-style-comment-end, svg-cdata-gt-img): where the parser reads that
 * "</name" as anything but the same end tag, the rest is lost after the
 * name; from the "<" of a tag held around it.
 */
static void
test_preload_shadow(void)
{
    static const char  *t[] = {
        "<svg><style><rect title=\"</style><img src=u>\"></style></svg>"
        "<img src=v>",
        "<svg><style><!--</style><img src=u>--></style><img src=v>",
        "<svg><style>.a{fill:red}</style><rect/></svg><style><img src=x>"
        "</style><svg><title>t</title><script>a<b</script></svg><img src=v>",
        "<svg><style></svg><textarea></style><img src=u></textarea>",
        "<svg><script href=tracker><!--</script><img src=u>--></script>"
        "<img src=v><svg><script><![CDATA[ a<b ]]></script><img src=w>",
        "<svg><noscript><a ping=p title=\"</noscript><img src=u>\">",
        "<svg><script></svg><script><!--<script></script><img src=u>",
        "<svg><![CDATA[ a ]]><![CDATA[><img src=u>]]>"
    };

    size_t  i;

    /* in an attribute value: from the held tag's "<", else after the
       name */
    LOST("<svg><style><rect title=\"</style><img src=u>\"></style>",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><style><rect title=\"</style");
    LOST("<svg><style><a ping=p title=\"</style><img src=u>\"></style>",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><style>");
    LOST("<svg><style><!--</style><img src=u>-->", PRIVACY_HTML_LOST_PRELOAD,
         "<svg><style><!--</style");
    LOST("<svg><STYLE><!--</StYlE <img src=u>-->", PRIVACY_HTML_LOST_PRELOAD,
         "<svg><STYLE><!--</StYlE");
    LOST("<svg><style><![CDATA[</style><img src=u>]]></style>",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><style><![CDATA[</style");
    LOST("<svg><style><?x </style/><img src=u>>", PRIVACY_HTML_LOST_PRELOAD,
         "<svg><style><?x </style");
    /* self-closing: raw text all the same */
    LOST("<svg><style/><!--</style><img src=u>-->", PRIVACY_HTML_LOST_PRELOAD,
         "<svg><style/><!--</style");
    /* each raw text element; title is an integration point (HTML) */
    LOST("<svg><title><b title=\"</title><img src=u>\">",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><title><b title=\"</title");
    LOST("<svg><textarea><!--</textarea><img src=u>-->",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><textarea><!--</textarea");
    LOST("<svg><xmp><!--</xmp><img src=u>-->", PRIVACY_HTML_LOST_PRELOAD,
         "<svg><xmp><!--</xmp");
    LOST("<math><noembed><!--</noembed><img src=u>-->",
         PRIVACY_HTML_LOST_PRELOAD, "<math><noembed><!--</noembed");
    LOST("<svg><noscript><!--</noscript><img src=u>-->",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><noscript><!--</noscript");
    LOST("<svg><script><!--</script><img src=u>-->",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><script><!-");
    /* another raw text of the parser's */
    LOST("<svg><style></svg><textarea></style><img src=u></textarea>",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><style></svg><textarea></style");
    LOST("<svg><style></svg><script>x=\"</style><img src=u>\"</script>",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><style></svg><script>x=\"</style");
    /* script data double escaped where the preload scanner's may not be */
    LOST("<svg><script></svg><script><!--<script></script><img src=u>",
         PRIVACY_HTML_LOST_PRELOAD, "<svg><script></svg><script><!-");

    /* the same end tag in both readings */
    LOST("<svg><style>.a{fill:red}</style><rect/></svg>"
         "<style><img src=x></style>", 0,
         "<svg><style>.a{fill:red}</style><rect/></svg>"
         "<style><img src=x></style>");
    LOST("<svg><title>t</title><desc>d</desc></svg>", 0,
         "<svg><title>t</title><desc>d</desc></svg>");
    LOST("<svg><style></svg><style>a</style><img src=u>", 0,
         "<svg><style></svg><style>a</style><img src=u>");
    LOST("<svg><script></svg><script>x</script><img src=u>", 0,
         "<svg><script></svg><script>x</script><img src=u>");
    LOST("<svg><script><![CDATA[ if (a < b) f(); ]]></script></svg>", 0,
         "<svg><script><![CDATA[ if (a < b) f(); ]]></script></svg>");
    /* "<" then "/" and the name in a tag, then ">" or "/": one state */
    LOST("<svg><script>a<b</script><image href=i></svg>", 0,
         "<svg><script>a<b</script><image href=i></svg>");
    LOST("<svg><script>a<b</script/><image href=i></svg>", 0,
         "<svg><script>a<b</script/><image href=i></svg>");
    /* not its end */
    LOST("<svg><style><!--</styles><img src=u>--></style>", 0,
         "<svg><style><!--</styles><img src=u>--></style>");
    LOST("<svg><style><!--<style></style--><img src=u>-->", 0,
         "<svg><style><!--<style></style--><img src=u>-->");
    /* HTML raw text in an integration point: both readings' */
    LOST("<svg><foreignObject><style><!--</style><img src=u>--></style>", 0,
         "<svg><foreignObject><style><!--</style><img src=u>--></style>");
    /* plaintext: nothing after it fetches */
    LOST("<svg><plaintext><!--</plaintext><img src=u>-->", 0,
         "<svg><plaintext><!--</plaintext><img src=u>-->");

    /* "<![CDATA[" outside that raw text: a bogus comment up to ">" */
    LOST("<svg><![CDATA[><img src=u>]]>", PRIVACY_HTML_LOST_CDATA,
         "<svg><![CDATA[>");
    LOST("<svg><![CDATA[ a ]]><rect/></svg>", 0,
         "<svg><![CDATA[ a ]]><rect/></svg>");

    /* a removed start tag opens none */
    OUT("<svg><script href=tracker><!--</script><img src=u>--></script>"
        "<img src=v>", "<svg><img src=v>");

    for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]), APPLY,
                     PRIVACY_HTML_MAX_TAG_DEFAULT, 1000, 0);
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]),
                     KEEP_ALL, PRIVACY_HTML_MAX_TAG_DEFAULT, 1000, 0);
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]),
                     KEEP_ALL, 64, 1000, 0);
        check_bytewise(t[i], (const unsigned char *) t[i], strlen(t[i]),
                       APPLY);
    }
}


/*
 * A removed tag reaches no browser, nor does its effect on the tree
 * (difftest svg-img-removed-style, svg-embed-removed-style,
 * object-svg-removed, read in Chromium): a breakout removed from svg is
 * replaced by its bare name, which ends the svg the same way; what a
 * removed element's content would open or close changes nothing; what its
 * start tag opened is undone.
 */
static void
test_removed_context(void)
{
    static const char  *t[] = {
        "<svg><img src=tracker><style><img src=u></style><img src=v>",
        "<object data=tracker><svg></object><style><a title=\"</style>"
        "<img src=u>\"></style><img src=v>",
        "<noscript data-remove><iframe src=doubleclick></iframe></noscript>"
        "<!--</noscript><img src=u>-->",
        "<svg><foreignObject><p><object data=tracker><div></object></p>"
        "</foreignObject><style><img src=u></style>"
    };

    size_t  i;

    /* the bare <img> ends the svg as the tag did: the style is HTML's */
    OUT("<svg><img src=tracker><style><img src=u></style>",
        "<svg><img><style><img src=u></style>");
    EV("<svg><img src=tracker><style><img src=u></style>",
       "<img src=tracker>");
    OUT("<svg><IMG SRC=tracker width=1><p>", "<svg><img><p>");
    /* not a breakout: nothing in its place */
    OUT("<p><img src=tracker><svg><image href=tracker /></svg>",
        "<p><svg></svg>");
    /* a breakout held and not reported leaves no mark on the next tag */
    OUT("<svg><table border=1><img src=tracker><p>",
        "<svg><table border=1><p>");
    /* a breakout font removed (an OVERFLOW): a font that breaks out */
    {
        static char  big[PRIVACY_HTML_MAX_TAG_DEFAULT + 200];
        size_t       n;

        n = (size_t) sprintf(big, "<svg><font color=red style=\"b:url("
                             "tracker");
        memset(big + n, 'x', PRIVACY_HTML_MAX_TAG_DEFAULT);
        n += PRIVACY_HTML_MAX_TAG_DEFAULT;
        strcpy(big + n, ")\"><style><img src=u></style>");
        mask_g = ALL_SATTR;
        OUT(big, "<svg><font color><style><img src=u></style>");
        mask_g = PRIVACY_HTML_REPORT_ALL;
    }
    /* an svg in a removed object opens nothing: the style is HTML's */
    OUT("<object data=tracker><svg></object><style><a title=\"</style>"
        "<img src=tracker>\"></style><img src=v>",
        "<style><a title=\"</style>\"></style><img src=v>");
    /* a removed noscript is not counted: no JavaScript reading after it */
    OUT("<noscript data-remove><p></noscript><!--</noscript><img "
        "src=tracker>-->", "<!--</noscript><img src=tracker>-->");
    /* an element removed in a foreignObject is not open there */
    OUT("<svg><foreignObject><object data=tracker></object></foreignObject>"
        "<style><img src=u></style>",
        "<svg><foreignObject></foreignObject><style><img src=u></style>");
    EV("<svg><foreignObject><object data=tracker></object></foreignObject>"
       "<style><img src=u></style>", "<object data=tracker></object><img src=u>");
    /* a removed svg script: its shadow and its entry go */
    OUT("<svg><script href=tracker></script><g></g></svg><style><img src=u>"
        "</style>", "<svg><g></g></svg><style><img src=u></style>");

    for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]), APPLY,
                     PRIVACY_HTML_MAX_TAG_DEFAULT, 1000, 0);
        check_splits(t[i], (const unsigned char *) t[i], strlen(t[i]), APPLY,
                     64, 1000, 0);
        check_bytewise(t[i], (const unsigned char *) t[i], strlen(t[i]),
                       APPLY);
    }
}


static void
test_in_noscript(void)
{
    static const char  *t[] = {
        "<noscript><img alt=\"</noscript><img src=x>\"></noscript>"
        "<img src=y>",
        "<noscript><noscript></noscript><img src=a></noscript><img src=b>",
        "<svg><noscript><img src=a></noscript></svg><noscript><svg>"
        "<image href=a></svg></noscript>",
        "<noscript data-remove><img src=a></noscript><img src=b>"
    };

    show_ns = 1;
    EV("<noscript><img alt=\"</noscript><img src=x>\"></noscript>"
       "<img src=y>",
       "<noscript><img alt=\"</noscript><img src=x>\">~</noscript>"
       "<img src=y>");
    EV("<noscript><noscript></noscript><img src=a></noscript><img src=b>",
       "<noscript><noscript>~</noscript>~<img src=a>~</noscript><img src=b>");
    EV("<svg><noscript><img src=a></noscript>",
       "<noscript>^<img src=a></noscript>");
    EV("<noscript><svg><image href=a></svg></noscript>",
       "<noscript><image href=a>^~</noscript>");
    EV("<noscript><!--</noscript><img src=x>-->",
       "<noscript></noscript><img src=x>");
    EVM("<noscript><div style=\"</noscript><img src=x>\">", ALL_SATTR,
        "<noscript><div style=\"</noscript><img src=x>\">~");
    show_ns = 0;

    check_all_splits(t, sizeof(t) / sizeof(t[0]));
}


int
main(void)
{
    test_script_data();
    test_markup();
    test_rawtext();
    test_attributes();
    test_report_mask();
    test_decisions();
    test_overflow();
    test_decode();
    test_small_splits();
    test_new_elements();
    test_foreign();
    test_noscript();
    test_svg_refs();
    test_style_element();
    test_style_attr();
    test_style_sniff();
    test_style_fetch();
    test_paint_attr();
    test_background_any();
    test_noscript_end();
    test_overflow_remove();
    test_in_noscript();
    test_open_elements();
    test_preload_shadow();
    test_removed_context();
    test_huge_removal();
    test_pages();

    return unit_summary("html");
}
