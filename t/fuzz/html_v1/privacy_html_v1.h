/*
 * A frozen copy of the scanner as of commit 788ba3a (before svg/math,
 * the noscript rule and the elements of issue #19 Part 3), symbols renamed
 * privacy_html_v1_*.  Used only by t/fuzz/fuzz_html_diff.c, which checks
 * that the current scanner gives the same events on pages without the new
 * constructs.  Do not fix or change it: it is the reference.
 */

/*
 * privacy_html_v1.h: nginx-free streaming HTML tag scanner.
 *
 * The body filter pushes the response body through the scanner chunk by
 * chunk (any size, 1 byte to megabytes).  The scanner follows the HTML5
 * tokenizer (data, tags, comments, doctype, bogus comments, raw text and
 * script data) and reports only the tags the privacy filter acts on, with
 * their attributes and stream offsets.  For every chunk it says which bytes
 * go out verbatim (zero-copy), which belong to an incomplete tag and were
 * copied into the bounded tag buffer, and which lie inside a removed
 * element.  No allocation, no globals: the state and the tag buffer are
 * caller-provided memory; one scanner per stream.
 *
 * Reported tags
 *   start tags: a area embed iframe img link noscript object script source
 *   end tags:   script iframe noscript object, and body (banner insertion)
 *   (privacy_html_v1_report() narrows the set, e.g. no <a> without ping rules)
 *
 * Driving it
 *
 *   privacy_html_v1_t        sc;            (e.g. in the request ctx)
 *   privacy_html_v1_event_t  ev;
 *   unsigned char         buf[PRIVACY_HTML_V1_MAX_TAG_DEFAULT];
 *
 *   privacy_html_v1_init(&sc, buf, sizeof(buf));
 *
 *   for each input chunk (p, n, last):
 *       privacy_html_v1_feed(&sc, p, n, last);
 *       while (privacy_html_v1_next(&sc, &ev) != PRIVACY_HTML_V1_DONE) {
 *           switch (ev.type) {
 *           case PRIVACY_HTML_V1_PASS:         bytes that go out verbatim
 *               copy(ev.held, ev.held_len);    (rare and small: a "<scr"
 *                                               held at a chunk end that
 *                                               turned out to be "<scroll")
 *               ref(p + ev.off, ev.len);       (zero-copy span of p)
 *               break;
 *           case PRIVACY_HTML_V1_SKIP:         inside a removed element
 *           case PRIVACY_HTML_V1_HOLD:         the span was copied into buf:
 *               break;                      p[off..] is no longer needed
 *           case PRIVACY_HTML_V1_TAG:          decide, before the next call
 *               if (tracker(&ev)) {
 *                   privacy_html_v1_remove(&sc);  (whole element; emit nothing)
 *               } else if (rewrite(&ev, out)) {
 *                   copy(out);                 (own bytes instead of the tag)
 *               } else {
 *                   copy(ev.held, ev.held_len);
 *                   ref(p + ev.off, ev.len);   (keep: same as PASS)
 *               }
 *               break;
 *           case PRIVACY_HTML_V1_OVERFLOW:     a reported tag > max_tag bytes
 *               fail open: emit it like PASS; scanning goes on and the rest
 *               of the tag comes as PASS (kept unexamined); or stop and pass
 *               everything after the span through (see privacy_html_v1_held);
 *               fail closed: refuse the body
 *           }
 *       }
 *
 * Every event covers ev.held[0 .. held_len) (bytes of earlier chunks, kept
 * in buf) followed by p[ev.off .. ev.off + ev.len).  The spans of a chunk's
 * events tile [0, n) in order, so an input buffer can be released as soon
 * as its last PASS span has been sent.  ev.start and ev.end are the event's
 * stream offsets; for a TAG, "<" to just after ">".  Pointers in an event
 * stay valid until the next privacy_html_v1_next() or privacy_html_v1_feed()
 * call; p must stay valid until privacy_html_v1_next() returned
 * PRIVACY_HTML_V1_DONE.  The caller may stop between events (no free output
 * buffers) and resume later.  Memory per stream: sizeof(privacy_html_v1_t)
 * (about 2.5 KB) plus max_tag, whatever the body; a removed element's
 * content, however long, is skipped without being held.
 *
 * Limitations (details in privacy_html.c): foreign content (svg, math) is
 * tokenized as HTML; raw text ends at the end tag of the element that
 * opened it; a removed noscript or object ends at the end tag of the same
 * name at the same depth, or at the end of the stream.
 */

#ifndef PRIVACY_HTML_V1_H
#define PRIVACY_HTML_V1_H

#include <stddef.h>
#include <stdint.h>

#define PRIVACY_HTML_V1_MAX_TAG_DEFAULT  16384
#define PRIVACY_HTML_V1_MIN_TAG          64
#define PRIVACY_HTML_V1_MAX_ATTRS        32
#define PRIVACY_HTML_V1_NAME_MAX         9     /* longest name we look up */


/* elements the scanner knows; the first group can be reported */
typedef enum {
    PRIVACY_HTML_V1_OTHER = 0,
    PRIVACY_HTML_V1_A,
    PRIVACY_HTML_V1_AREA,
    PRIVACY_HTML_V1_BODY,          /* only its end tag is reported */
    PRIVACY_HTML_V1_EMBED,
    PRIVACY_HTML_V1_IFRAME,
    PRIVACY_HTML_V1_IMG,
    PRIVACY_HTML_V1_LINK,
    PRIVACY_HTML_V1_NOSCRIPT,
    PRIVACY_HTML_V1_OBJECT,
    PRIVACY_HTML_V1_SCRIPT,
    PRIVACY_HTML_V1_SOURCE,
    /* never reported; they switch the tokenizer to raw text */
    PRIVACY_HTML_V1_NOEMBED,
    PRIVACY_HTML_V1_NOFRAMES,
    PRIVACY_HTML_V1_PLAINTEXT,
    PRIVACY_HTML_V1_STYLE,
    PRIVACY_HTML_V1_TEXTAREA,
    PRIVACY_HTML_V1_TITLE,
    PRIVACY_HTML_V1_XMP,
    PRIVACY_HTML_V1_NELEMENTS
} privacy_html_v1_el_e;

#define PRIVACY_HTML_V1_BIT(el)      ((uint32_t) 1 << (el))
#define PRIVACY_HTML_V1_REPORT_ALL   0x0ffe  /* bits of A .. SOURCE */


typedef enum {
    PRIVACY_HTML_V1_DONE = 0,      /* chunk consumed: feed the next one */
    PRIVACY_HTML_V1_PASS,          /* emit held, then the span */
    PRIVACY_HTML_V1_SKIP,          /* drop held and the span (removed element) */
    PRIVACY_HTML_V1_HOLD,          /* the span was copied into buf: emit nothing */
    PRIVACY_HTML_V1_TAG,           /* a reported tag: keep, rewrite or remove */
    PRIVACY_HTML_V1_OVERFLOW       /* a reported tag exceeds max_tag */
} privacy_html_v1_event_e;


typedef struct {
    const unsigned char  *name;         /* as written, any case */
    size_t                name_len;
    const unsigned char  *value;        /* raw, entity-encoded; NULL: no "=" */
    size_t                value_len;
    unsigned char         quote;        /* '"', '\'' or 0 */
    unsigned char         dup;          /* repeated name: browsers ignore it */
} privacy_html_v1_attr_t;


typedef struct {
    privacy_html_v1_event_e        type;

    /* bytes of this event: held[0 .. held_len), then chunk[off .. off+len) */
    const unsigned char        *held;
    size_t                      held_len;
    size_t                      off;
    size_t                      len;

    /* stream offsets of the event's bytes: [start, end) */
    uint64_t                    start;
    uint64_t                    end;

    /* PRIVACY_HTML_V1_TAG only: the whole tag "<...>", contiguous */
    const unsigned char        *tag;
    size_t                      tag_len;
    privacy_html_v1_el_e           el;
    unsigned                    is_end:1;
    unsigned                    self_closing:1;
    unsigned                    truncated:1;  /* more than MAX_ATTRS attrs */
    const unsigned char        *name;
    size_t                      name_len;
    const privacy_html_v1_attr_t  *attrs;        /* in source order */
    size_t                      nattrs;
} privacy_html_v1_event_t;


/* attribute bounds as offsets from the tag's "<" (vs == 0: no value) */
typedef struct {
    uint32_t                    ns;
    uint32_t                    ne;
    uint32_t                    vs;
    uint32_t                    ve;
    unsigned char               quote;
} privacy_html_v1_raw_t;


/* scanner state: treat as opaque; allocate it, then privacy_html_v1_init() */
typedef struct {
    unsigned char              *buf;
    size_t                      max_tag;
    uint32_t                    report[2];  /* start tags, end tags */

    const unsigned char        *chunk;
    size_t                      len;
    size_t                      pos;
    size_t                      run;        /* start of the open PASS/SKIP */
    uint64_t                    base;       /* stream offset of chunk[0] */

    int                         state;
    int                         ret;        /* state to resume after </x */
    privacy_html_v1_el_e           el;
    privacy_html_v1_el_e           raw_el;     /* element of the raw text */

    /* plain bytes, not bit-fields: written on every tag */
    unsigned char               is_end;
    unsigned char               active;     /* tag may be reported: hold */
    unsigned char               skip;
    unsigned char               last;
    unsigned char               chunk_done;
    unsigned char               finished;
    unsigned char               removable;
    unsigned char               rlive;      /* raw[na - 1] is being filled */
    unsigned char               truncated;
    unsigned char               unq_gt;     /* ">" ended an unquoted value */

    size_t                      k;
    size_t                      nlen;
    unsigned char               name[PRIVACY_HTML_V1_NAME_MAX];

    size_t                      tstart;     /* chunk offset of the "<" */
    size_t                      held;       /* bytes of the tag in buf */

    privacy_html_v1_el_e           skip_el;
    size_t                      depth;
    privacy_html_v1_el_e           last_el;

    unsigned                    qhead;
    unsigned                    qn;
    privacy_html_v1_event_t        q[4];

    size_t                      na;
    privacy_html_v1_raw_t          raw[PRIVACY_HTML_V1_MAX_ATTRS];
    privacy_html_v1_attr_t         attrs[PRIVACY_HTML_V1_MAX_ATTRS];
} privacy_html_v1_t;


/*
 * buf holds one tag that straddles chunks; max_tag is its size and the
 * longest reported tag (>= PRIVACY_HTML_V1_MIN_TAG).  Returns 0, or -1 when
 * max_tag is too small.
 */
int privacy_html_v1_init(privacy_html_v1_t *sc, unsigned char *buf, size_t max_tag);

/* which elements to report: PRIVACY_HTML_V1_BIT(el) | ... (default ALL) */
void privacy_html_v1_report(privacy_html_v1_t *sc, uint32_t mask);

/*
 * Hand the next chunk to the scanner; last marks the end of the stream
 * (len may be 0).  Returns -1 if the previous chunk still has events or the
 * stream has ended, else 0.
 */
int privacy_html_v1_feed(privacy_html_v1_t *sc, const unsigned char *p, size_t len,
    int last);

/* the next event of the current chunk, or PRIVACY_HTML_V1_DONE */
privacy_html_v1_event_e privacy_html_v1_next(privacy_html_v1_t *sc,
    privacy_html_v1_event_t *ev);

/*
 * Called right after a start-tag PRIVACY_HTML_V1_TAG event: the caller drops
 * the tag, and for script, iframe, noscript and object the scanner also
 * skips the content and the end tag (reported as PRIVACY_HTML_V1_SKIP).  For
 * other tags and end tags this is a no-op: not emitting them is enough.
 */
void privacy_html_v1_remove(privacy_html_v1_t *sc);

/*
 * Parse one complete tag "<...>" on its own, e.g. a tag the caller has
 * rewritten, with the scanner's rules; fills the PRIVACY_HTML_V1_TAG fields of
 * ev (attrs into attrs[0 .. n)).  Returns -1 if p is not "<" ... ">".
 */
int privacy_html_v1_parse(const unsigned char *p, size_t len,
    privacy_html_v1_event_t *ev, privacy_html_v1_attr_t *attrs, size_t n);

/*
 * Bytes of earlier chunks held for a still incomplete tag.  A caller that
 * stops scanning early (fail open) emits these, then the current chunk from
 * the end of the last event's span (0 if none yet), then the rest as is.
 */
const unsigned char *privacy_html_v1_held(const privacy_html_v1_t *sc, size_t *len);

/* the effective (first) attribute called name (ASCII, any case), or NULL */
const privacy_html_v1_attr_t *privacy_html_v1_attr(const privacy_html_v1_event_t *ev,
    const char *name);

/* lowercase element name, "" for PRIVACY_HTML_V1_OTHER */
const char *privacy_html_v1_el_name(privacy_html_v1_el_e el);

/*
 * Decode character references in an attribute value as HTML5 does: &#NN;
 * &#xHH; (";" optional), and a subset of named references (amp lt gt quot
 * apos nbsp copy reg and the ASCII punctuation ones used to hide URLs such
 * as &sol; &colon; &period; &quest; &equals; &Tab; &NewLine;); the legacy
 * ones without ";" are decoded unless followed by "=" or an alphanumeric.
 * Output is UTF-8 and never longer than the input: out needs len bytes and
 * may be p itself.  Returns the output length.
 */
size_t privacy_html_v1_decode(const unsigned char *p, size_t len,
    unsigned char *out);

#endif /* PRIVACY_HTML_V1_H */
