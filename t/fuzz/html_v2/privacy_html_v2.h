/*
 * A frozen copy of the scanner as of commit c939bf8 (every report flag:
 * REPORT_HEAD, STYLE, STYLE_ATTR, NOSCRIPT_END; svg/math; the noscript
 * rule), symbols renamed privacy_html_v2_* (privacy_find_v2_*).  Used only
 * by t/fuzz/fuzz_html_diff.c, which checks that the current scanner gives
 * exactly the same events.  Do not fix or change it: it is the reference.
 */

/*
 * privacy_html_v2.h: nginx-free streaming HTML tag scanner.
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
 * Reported tags (the elements browsers fetch from)
 *   start tags: a area audio embed frame iframe image img link noscript
 *               object script source video; and, only with the attribute
 *               that makes them fetch (its name in any ASCII case; a tag
 *               with more than PRIVACY_HTML_V2_MAX_ATTRS attributes always):
 *               body, table, td, th with background; meta with
 *               http-equiv; input with src; only inside svg or math
 *               (foreign content, ev.foreign set): feimage (SVG feImage)
 *               and use, for their href and xlink:href; element names
 *               in any ASCII case (feImage, FEIMAGE)
 *   end tags:   script iframe noscript object, and body (banner insertion)
 *   (privacy_html_v2_report() narrows the set, e.g. no <a> without ping rules)
 *   A tag that is not reported goes out as plain bytes (PASS), whatever the
 *   chunking.  ev.foreign is set on a tag read inside svg or math (and on
 *   an svg or math start tag itself, reported only with style=, below).
 *   ev.in_noscript is set on a tag read while an HTML noscript is open
 *   (for a <noscript> start tag: an enclosing one; for </noscript>: one
 *   that stays open); see "Noscript" below for what to do with it.
 *
 * Opt-in reports (privacy_html_v2_report(); the default set is unchanged)
 *   PRIVACY_HTML_V2_REPORT_HEAD: the <head> start tag in HTML content (a
 *     <head> inside svg or math ends the foreign content first), as a TAG
 *     event with el PRIVACY_HTML_V2_HEAD: what must come first in the head
 *     goes right after it.
 *   PRIVACY_HTML_V2_REPORT_STYLE: the <style> start tag and the </style> end
 *     tag, as TAG events with el PRIVACY_HTML_V2_STYLE, in HTML content only
 *     (inside svg or math <style> is markup and is never reported).  The
 *     style text comes between them exactly as script text does: PASS
 *     events (a PASS may carry held bytes: a "</sty" held at a chunk end
 *     that was text after all).  The text ends at the next TAG event,
 *     which is the </style> end tag, or, inside a noscript, </noscript>
 *     when "</noscript" ended the raw text (the noscript rule below: ask
 *     for noscript end tags too), or at the end of the stream.
 *     privacy_html_v2_remove() after a <style> TAG skips the text and the end
 *     tag, as for script.  A stray </style> in HTML content (no style
 *     text open) is reported too, as a stray </script> is.
 *   PRIVACY_HTML_V2_REPORT_STYLE_ATTR: any start tag, of any element, known
 *     or not (el PRIVACY_HTML_V2_OTHER for names not in the enum, <font>
 *     included), that has a style attribute (its name in any ASCII case)
 *     is reported as a TAG event; a tag reported anyway (img, or td with
 *     background) is reported once, as without the flag.  Such a tag is
 *     held while it is crossed and decided at its end by its attribute
 *     names, exactly like td with background (see "Other limitations": a
 *     style written after max_tag bytes of other attributes is not seen,
 *     no OVERFLOW when none is in the first max_tag bytes; with more than
 *     PRIVACY_HTML_V2_MAX_ATTRS attributes it is reported).  A tag without
 *     attributes is never held.  End tags are not concerned.  So with
 *     this flag a feimage or use outside svg, or a style inside it, may be
 *     reported for its style attribute (ev.foreign tells which).  (Cost:
 *     a tag reported only for its style is sniffed, not recorded, while
 *     crossed: its quotes are followed and its attribute names compared
 *     with "style"; only when it has one is it parsed again, whole, for
 *     the event.  The events are those of a recorded tag.)
 *   PRIVACY_HTML_V2_REPORT_NOSCRIPT_END: any start tag read while an HTML
 *     noscript is open (ev.in_noscript), of any element, known or not
 *     (el PRIVACY_HTML_V2_OTHER), with "</noscript" (any ASCII case)
 *     followed by whitespace, "/", ">" or the end of the value in one of
 *     its attribute values (raw, as written; any attribute, repeated ones
 *     too) is reported as a TAG event: for a browser with JavaScript the
 *     noscript ends there and the rest of the value is markup (see
 *     "Noscript" below).  A tag reported anyway is reported once.  Like a
 *     td with background, such a tag is held while crossed and decided at
 *     its end, by the values complete in its first max_tag bytes (no
 *     OVERFLOW when none has it; with more than PRIVACY_HTML_V2_MAX_ATTRS
 *     attributes it is reported).  Outside a noscript nothing changes and
 *     nothing is paid.
 *
 * Driving it
 *
 *   privacy_html_v2_t        sc;            (e.g. in the request ctx)
 *   privacy_html_v2_event_t  ev;
 *   unsigned char         buf[PRIVACY_HTML_V2_MAX_TAG_DEFAULT];
 *
 *   privacy_html_v2_init(&sc, buf, sizeof(buf));
 *
 *   for each input chunk (p, n, last):
 *       privacy_html_v2_feed(&sc, p, n, last);
 *       while (privacy_html_v2_next(&sc, &ev) != PRIVACY_HTML_V2_DONE) {
 *           switch (ev.type) {
 *           case PRIVACY_HTML_V2_PASS:         bytes that go out verbatim
 *               copy(ev.held, ev.held_len);    (rare and small: a "<scr"
 *                                               held at a chunk end that
 *                                               turned out to be "<scroll")
 *               ref(p + ev.off, ev.len);       (zero-copy span of p)
 *               break;
 *           case PRIVACY_HTML_V2_SKIP:         inside a removed element
 *           case PRIVACY_HTML_V2_HOLD:         the span was copied into buf:
 *               break;                      p[off..] is no longer needed
 *           case PRIVACY_HTML_V2_TAG:          decide, before the next call
 *               if (tracker(&ev)) {
 *                   privacy_html_v2_remove(&sc);  (whole element; emit nothing)
 *               } else if (rewrite(&ev, out)) {
 *                   copy(out);                 (own bytes instead of the tag)
 *               } else {
 *                   copy(ev.held, ev.held_len);
 *                   ref(p + ev.off, ev.len);   (keep: same as PASS)
 *               }
 *               break;
 *           case PRIVACY_HTML_V2_OVERFLOW:     a reported tag > max_tag bytes
 *               fail open: emit it like PASS; scanning goes on and the rest
 *               of the tag comes as PASS (kept unexamined); or stop and pass
 *               everything after the span through (see privacy_html_v2_held);
 *               remove it: emit nothing and privacy_html_v2_remove(&sc): the
 *               rest of the tag comes as SKIP (and the element's content
 *               and end tag for script, iframe, noscript, object, style);
 *               fail closed: refuse the body
 *           }
 *       }
 *
 * Every event covers ev.held[0 .. held_len) (bytes of earlier chunks, kept
 * in buf) followed by p[ev.off .. ev.off + ev.len).  The spans of a chunk's
 * events tile [0, n) in order, so an input buffer can be released as soon
 * as its last PASS span has been sent.  ev.start and ev.end are the event's
 * stream offsets; for a TAG, "<" to just after ">".  Pointers in an event
 * stay valid until the next privacy_html_v2_next() or privacy_html_v2_feed()
 * call; p must stay valid until privacy_html_v2_next() returned
 * PRIVACY_HTML_V2_DONE.  The caller may stop between events (no free output
 * buffers) and resume later.  Memory per stream: sizeof(privacy_html_v2_t)
 * (about 2.5 KB) plus max_tag, whatever the body; a removed element's
 * content, however long, is skipped without being held.
 *
 * Foreign content
 *   Inside <svg> and <math> browsers parse <style>, <script>, <title>,
 *   <textarea>, <iframe>, <noembed>, <noframes>, <xmp> and <plaintext> as
 *   markup, not raw text: in <svg><style><img src=x></style> the img loads.
 *   The scanner counts a depth: an svg or math start tag that is not
 *   self-closing (<svg/>) adds one, </svg> and </math> take one off (not
 *   below 0), and a start tag of an HTML breakout element (b big blockquote
 *   body br center code dd div dl dt em embed h1-h6 head hr i img li
 *   listing menu meta nobr ol p pre ruby s small span strong strike sub sup
 *   table tt u ul var, font with color, face or size: a <font> there is
 *   held while it is crossed, like a reported tag, for its attribute
 *   names), </br> or </p> ends it (depth 0); inside an element the caller
 *   removed, <font> does not.  While the depth is not 0, no start tag
 *   switches to raw text or script data, and reported tags have
 *   ev.foreign set (an SVG <script href> or <image href>; the text of an
 *   SVG script is markup, not held script text).  Not modelled (the depth
 *   is a count, not the tree builder's stack):
 *   - HTML integration points: inside foreignObject, desc or title of svg
 *     (and mi, mo, mn, ms, mtext, annotation-xml of math) browsers parse
 *     HTML again, so <style> there is raw text; the scanner reads it as
 *     markup (it may report a tag that is text), and a breakout tag there
 *     (<div>) ends the depth for the scanner although the svg goes on, so
 *     an svg <style> after the foreignObject is read as raw text;
 *   - an end tag of an HTML element that encloses the svg (</div>) closes
 *     the svg for browsers, not for the scanner;
 *   - <![CDATA[ ... ]]> in foreign content is read as a bogus comment up
 *     to the first ">": it ends no later than the section, so nothing is
 *     missed, but a tag written inside the section may be reported.
 *
 * Noscript, read as both kinds of browser read it
 *   A browser without JavaScript reads the inside of <noscript> as markup:
 *   so does the scanner, and the tracking pixels in it are reported.  A
 *   browser with JavaScript reads it as raw text up to the first
 *   "</noscript" followed by whitespace, "/" or ">", wherever it is.  So
 *   that what this second reading loads is reported too, while a noscript
 *   is open (open noscripts are counted, in HTML content only; a removed
 *   element's content is skipped anyway), such a "</noscript" inside a
 *   comment, a bogus comment (<!x ...>, <?x ...>, </3 ...>), or the raw
 *   text of an element opened inside the noscript (style, textarea, title,
 *   xmp, iframe, noembed, noframes, plaintext) ends that comment or text
 *   there: the scanner goes back to the data state at its "<", reads the
 *   "</noscript>" end tag as one and what follows as markup.  In
 *   <noscript><!--</noscript><img src=x>--> the img is reported.  (There,
 *   a "<" is held, as a tag start, until it is known not to begin
 *   "</noscript".)  Where the two readings still differ:
 *   - a "</noscript" inside a quoted attribute value of a tag in the
 *     noscript is part of the value for the scanner (the tag is one tag,
 *     as without JavaScript); with JavaScript the noscript ends inside the
 *     value, and markup written after it in the value, as in
 *     <noscript><img alt="</noscript><img src=x>">, loads unreported.  (Both
 *     readings cannot be reported: the same bytes would be one tag and the
 *     start of another.)  A caller can look for "</noscript" in the values
 *     of reported tags that have ev.in_noscript set: what follows it in
 *     the value is markup for a browser with JavaScript (e.g. treat the
 *     tag as a tracker when the rest parses to a fetching element); with
 *     PRIVACY_HTML_V2_REPORT_NOSCRIPT_END every such tag is reported, <p>
 *     and <div> included;
 *   - a "</noscript" inside the script data of a script opened in the
 *     noscript does not end it for the scanner (it does with JavaScript);
 *   - nested noscripts: with JavaScript the first "</noscript" ends them
 *     all, the scanner closes one per end tag (its tags are reported
 *     either way);
 *   - tags that are text for a JavaScript-enabled browser (everything
 *     inside the noscript) are reported: they load without JavaScript.
 *
 * Other limitations (details in privacy_html_v2.c): raw text ends at the end
 * tag of the element that opened it; a removed noscript or object ends at
 * the end tag of the same name at the same depth, or at the end of the
 * stream.  A tag reported only with some attribute (body, table, td, th,
 * meta, input) is held while it is crossed, like any reported tag; if none
 * of the attribute names in its first max_tag bytes is the one that makes
 * it fetch, it goes on as plain bytes (no OVERFLOW: a long <input
 * value=...> does not stop the scan), so such an attribute written after
 * max_tag bytes of other attributes is not seen.
 */

#ifndef PRIVACY_HTML_V2_H
#define PRIVACY_HTML_V2_H

#include <stddef.h>
#include <stdint.h>

#include "privacy_html_open.h"                  /* since the freeze */

#define PRIVACY_HTML_V2_MAX_TAG_DEFAULT  16384
#define PRIVACY_HTML_V2_MIN_TAG          64
#define PRIVACY_HTML_V2_MAX_ATTRS        32
#define PRIVACY_HTML_V2_IP_MAX           8     /* since the freeze */
#define PRIVACY_HTML_V2_NAME_MAX         14    /* since the freeze: was 10 */


/* elements the scanner knows; the first group can be reported */
typedef enum {
    PRIVACY_HTML_V2_OTHER = 0,
    /* reportable (values below 32: bits of a report mask) */
    PRIVACY_HTML_V2_A,
    PRIVACY_HTML_V2_AREA,
    PRIVACY_HTML_V2_BODY,          /* start tag only with background= */
    PRIVACY_HTML_V2_EMBED,
    PRIVACY_HTML_V2_IFRAME,
    PRIVACY_HTML_V2_IMG,
    PRIVACY_HTML_V2_LINK,
    PRIVACY_HTML_V2_NOSCRIPT,
    PRIVACY_HTML_V2_OBJECT,
    PRIVACY_HTML_V2_SCRIPT,
    PRIVACY_HTML_V2_SOURCE,
    PRIVACY_HTML_V2_AUDIO,
    PRIVACY_HTML_V2_FRAME,
    PRIVACY_HTML_V2_IMAGE,
    PRIVACY_HTML_V2_INPUT,         /* start tag only with src= */
    PRIVACY_HTML_V2_META,          /* start tag only with http-equiv= */
    PRIVACY_HTML_V2_TABLE,         /* start tag only with background= */
    PRIVACY_HTML_V2_TD,            /* start tag only with background= */
    PRIVACY_HTML_V2_TH,            /* start tag only with background= */
    PRIVACY_HTML_V2_VIDEO,
    PRIVACY_HTML_V2_BASE,          /* <base href>: where relative URLs go */
    PRIVACY_HTML_V2_TRACK,         /* <track src> in video and audio */
    /* never reported; they switch the tokenizer to raw text */
    PRIVACY_HTML_V2_NOEMBED,
    PRIVACY_HTML_V2_NOFRAMES,
    PRIVACY_HTML_V2_PLAINTEXT,
    PRIVACY_HTML_V2_STYLE,
    PRIVACY_HTML_V2_TEXTAREA,
    PRIVACY_HTML_V2_TITLE,
    PRIVACY_HTML_V2_XMP,
    /* never reported; foreign content */
    PRIVACY_HTML_V2_SVG,
    PRIVACY_HTML_V2_MATH,
    /* reportable, only inside svg or math (ev.foreign set) */
    PRIVACY_HTML_V2_FEIMAGE,       /* SVG <feImage href | xlink:href> */
    PRIVACY_HTML_V2_USE,           /* SVG <use href | xlink:href> */
    /* reportable on request, in HTML content only */
    PRIVACY_HTML_V2_HEAD,          /* where inserted scripts go first */
    PRIVACY_HTML_V2_NELEMENTS
} privacy_html_v2_el_e;

/*
 * Report masks are 64 bits: a bit per element (PRIVACY_HTML_V2_BIT(el)) and
 * flags above the elements.  The values of the elements above did not
 * change when the masks were widened.
 */
#define PRIVACY_HTML_V2_BIT(el)      ((uint64_t) 1 << (el))

/* every element reported by default: A .. TRACK, FEIMAGE, USE */
#define PRIVACY_HTML_V2_REPORT_ALL                                               \
    ((uint64_t) 0x007ffffe | PRIVACY_HTML_V2_BIT(PRIVACY_HTML_V2_FEIMAGE)           \
     | PRIVACY_HTML_V2_BIT(PRIVACY_HTML_V2_USE))

/* opt-in: the <head> start tag (HTML content), for what goes in first */
#define PRIVACY_HTML_V2_REPORT_HEAD  PRIVACY_HTML_V2_BIT(PRIVACY_HTML_V2_HEAD)

/* opt-in: <style> and </style> in HTML content (never inside svg, math) */
#define PRIVACY_HTML_V2_REPORT_STYLE  PRIVACY_HTML_V2_BIT(PRIVACY_HTML_V2_STYLE)

/* opt-in: any start tag with a style attribute (not an element's bit) */
#define PRIVACY_HTML_V2_REPORT_STYLE_ATTR  ((uint64_t) 1 << 63)

/* opt-in: any start tag in a noscript with "</noscript" in a value */
#define PRIVACY_HTML_V2_REPORT_NOSCRIPT_END  ((uint64_t) 1 << 62)


typedef enum {
    PRIVACY_HTML_V2_DONE = 0,      /* chunk consumed: feed the next one */
    PRIVACY_HTML_V2_PASS,          /* emit held, then the span */
    PRIVACY_HTML_V2_SKIP,          /* drop held and the span (removed element) */
    PRIVACY_HTML_V2_HOLD,          /* the span was copied into buf: emit nothing */
    PRIVACY_HTML_V2_TAG,           /* a reported tag: keep, rewrite or remove */
    PRIVACY_HTML_V2_OVERFLOW       /* a reported tag exceeds max_tag */
} privacy_html_v2_event_e;


typedef struct {
    const unsigned char  *name;         /* as written, any case */
    size_t                name_len;
    const unsigned char  *value;        /* raw, entity-encoded; NULL: no "=" */
    size_t                value_len;
    unsigned char         quote;        /* '"', '\'' or 0 */
    unsigned char         dup;          /* repeated name: browsers ignore it */
} privacy_html_v2_attr_t;


typedef struct {
    privacy_html_v2_event_e        type;

    /* bytes of this event: held[0 .. held_len), then chunk[off .. off+len) */
    const unsigned char        *held;
    size_t                      held_len;
    size_t                      off;
    size_t                      len;

    /* stream offsets of the event's bytes: [start, end) */
    uint64_t                    start;
    uint64_t                    end;

    /* PRIVACY_HTML_V2_TAG only (el, is_end: OVERFLOW too): the whole tag
       "<...>", contiguous */
    const unsigned char        *tag;
    size_t                      tag_len;
    privacy_html_v2_el_e           el;
    unsigned                    is_end:1;
    unsigned                    self_closing:1;
    unsigned                    truncated:1;  /* more than MAX_ATTRS attrs */
    unsigned                    foreign:1;    /* read inside svg or math */
    unsigned                    in_noscript:1;  /* inside an open noscript */
    unsigned                    breakout:1;   /* since the freeze: a start
                                                 tag that ended svg or
                                                 math (<img> in svg): see
                                                 privacy_html_v2_breakout_tag() */
    const unsigned char        *name;
    size_t                      name_len;
    const privacy_html_v2_attr_t  *attrs;        /* in source order */
    size_t                      nattrs;
} privacy_html_v2_event_t;


/* attribute bounds as offsets from the tag's "<" (vs == 0: no value) */
typedef struct {
    uint32_t                    ns;
    uint32_t                    ne;
    uint32_t                    vs;
    uint32_t                    ve;
    unsigned char               quote;
} privacy_html_v2_raw_t;


/* scanner state: treat as opaque; allocate it, then privacy_html_v2_init() */
typedef struct {
    unsigned char              *buf;
    size_t                      max_tag;
    uint64_t                    report[2];  /* start tags, end tags, in
                                               the current context */
    uint64_t                    want[2];    /* as asked, less the flags */
    uint64_t                    sniff;      /* start tags reported only
                                               with a style attribute */

    const unsigned char        *chunk;
    size_t                      len;
    size_t                      pos;
    size_t                      run;        /* start of the open PASS/SKIP */
    uint64_t                    base;       /* stream offset of chunk[0] */

    int                         state;
    int                         ret;        /* state to resume after </x */
    privacy_html_v2_el_e           el;
    privacy_html_v2_el_e           raw_el;     /* element of the raw text */

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
    unsigned char               special;    /* foreign || noscript */
    unsigned char               cands;      /* end tag names still matching */
    unsigned char               lastc;      /* last byte of the last chunk */
    unsigned char               style_attr; /* REPORT_STYLE_ATTR asked */
    unsigned char               skip_tag;   /* the rest of an OVERFLOW tag
                                               is skipped */
    unsigned char               nsend;      /* REPORT_NOSCRIPT_END asked */
    unsigned char               xcond;      /* conditions added to every
                                               element in this context */
    unsigned char               sty;        /* a sniffed tag has style */
    uint32_t                    sns;        /* its attribute name start */
    /* attribute conditions of start tags, per element (+1: internal) */
    unsigned char               cond[PRIVACY_HTML_V2_NELEMENTS + 2];  /* since the freeze: + 2 */

    size_t                      k;
    size_t                      nlen;
    /* since the freeze: PRIVACY_HTML_OPEN_NAME (was NAME_MAX) */
    unsigned char               name[PRIVACY_HTML_OPEN_NAME];

    size_t                      tstart;     /* chunk offset of the "<" */
    size_t                      held;       /* bytes of the tag in buf */

    privacy_html_v2_el_e           skip_el;
    size_t                      depth;
    privacy_html_v2_el_e           last_el;

    size_t                      foreign;    /* open svg and math elements */
    size_t                      ipd[PRIVACY_HTML_V2_IP_MAX];  /* since the freeze */
    unsigned char               ipk[PRIVACY_HTML_V2_IP_MAX];
    unsigned char               ipn;
    unsigned char               ip_new;
    unsigned char               ip_html;
    unsigned char               lost;       /* since the freeze */
    unsigned char               ipf[PRIVACY_HTML_V2_IP_MAX];
    size_t                      ips[PRIVACY_HTML_V2_IP_MAX];
    unsigned char               fns_math;
    unsigned char               axml_tag;
    unsigned char               axml_cur;
    unsigned char               axml_par;
    unsigned char               axml_seen;
    unsigned char               lose_after;
    unsigned char               lose_now;   /* since the freeze */
    unsigned char               pend;
    unsigned char               pend_len;
    unsigned char               pend_name[PRIVACY_HTML_OPEN_NAME];
    privacy_html_open_t         open;
    size_t                      ns_svg;
    size_t                      noscript;   /* open noscript elements */
    /* since the freeze: the raw text of a start tag of sh_el read in svg
       or math, as Chromium's preload scanner reads it (OTHER: none), from
       stream offset sh_from; sh_stop: where the next "</" + its name (or,
       in a script, "<!--") is complete (a chunk offset, or SIZE_MAX);
       sh_cut: the bytes of one cut by the end of the last chunk */
    size_t                      sh_stop;
    uint64_t                    sh_from;
    privacy_html_v2_el_e        sh_el;
    unsigned char               sh_cutn;
    unsigned char               sh_cut[2 + 8];  /* "</" + noscript */
    unsigned char               lost_el;    /* LOST_PRELOAD: of what */
    /* since the freeze: this start tag broke out ("<" + its name + ">"
       in brk); pushed_at: the end of the last tag kept on sc->open */
    unsigned char               broke;
    unsigned char               brk_len;
    unsigned char               brk[12];
    uint64_t                    pushed_at;
    uint64_t                    unq_at;     /* just after an unquoted
                                               value's ">" */

    unsigned                    qhead;
    unsigned                    qn;
    privacy_html_v2_event_t        q[4];

    size_t                      na;
    privacy_html_v2_raw_t          raw[PRIVACY_HTML_V2_MAX_ATTRS];
    privacy_html_v2_attr_t         attrs[PRIVACY_HTML_V2_MAX_ATTRS];
} privacy_html_v2_t;


/*
 * buf holds one tag that straddles chunks; max_tag is its size and the
 * longest reported tag (>= PRIVACY_HTML_V2_MIN_TAG).  Returns 0, or -1 when
 * max_tag is too small.
 */
int privacy_html_v2_init(privacy_html_v2_t *sc, unsigned char *buf, size_t max_tag);

/*
 * Which elements to report: PRIVACY_HTML_V2_BIT(el) | ... and the flags
 * (default PRIVACY_HTML_V2_REPORT_ALL); body, table, td, th, meta and input
 * start tags still only with the attribute that makes them fetch (or,
 * with PRIVACY_HTML_V2_REPORT_STYLE_ATTR, with style; with
 * PRIVACY_HTML_V2_REPORT_NOSCRIPT_END, in a noscript, with "</noscript" in a
 * value); feimage and use only inside svg or math, style only outside.  Bits of elements that are never
 * reported are ignored.  A uint32_t mask converts as before.
 */
void privacy_html_v2_report(privacy_html_v2_t *sc, uint64_t mask);

/*
 * Hand the next chunk to the scanner; last marks the end of the stream
 * (len may be 0).  Returns -1 if the previous chunk still has events or the
 * stream has ended, else 0.
 */
int privacy_html_v2_feed(privacy_html_v2_t *sc, const unsigned char *p, size_t len,
    int last);

/* the next event of the current chunk, or PRIVACY_HTML_V2_DONE */
privacy_html_v2_event_e privacy_html_v2_next(privacy_html_v2_t *sc,
    privacy_html_v2_event_t *ev);

/*
 * Called right after a start-tag PRIVACY_HTML_V2_TAG event: the caller drops
 * the tag, and for script, iframe, noscript, object and style the scanner
 * also skips the content and the end tag (reported as PRIVACY_HTML_V2_SKIP).
 * For other tags and end tags this is a no-op: not emitting them is
 * enough.
 * Also valid right after a PRIVACY_HTML_V2_OVERFLOW event (start or end tag):
 * the caller drops the event's bytes, the rest of that tag comes as
 * PRIVACY_HTML_V2_SKIP, and for a start tag of script, iframe, noscript,
 * object or style the content and the end tag too, as for a removed TAG;
 * scanning goes on normally after them.  (An OVERFLOW event has el and
 * is_end set, like a TAG; its other tag fields are not.)  At any other
 * time it is a no-op.
 */
void privacy_html_v2_remove(privacy_html_v2_t *sc);

/*
 * Since the freeze: right after a TAG or OVERFLOW event with ev.breakout
 * set, "<" + the element's name (lowercase) + ">", which a caller that
 * removes the tag writes in its place (it ends the svg or math as the tag
 * did).  A removed element's content changes no context, and what its
 * start tag opened (a noscript counted, an element kept open, the preload
 * scanner's raw text) is undone.
 */
const unsigned char *privacy_html_v2_breakout_tag(const privacy_html_v2_t *sc,
    size_t *len);

/*
 * Parse one complete tag "<...>" on its own, e.g. a tag the caller has
 * rewritten, with the scanner's rules; fills the PRIVACY_HTML_V2_TAG fields of
 * ev (attrs into attrs[0 .. n)); ev->foreign and ev->in_noscript are 0 (a
 * tag alone has no context: copy them from the scanner's event).  Returns -1 if p is not "<" ... ">".
 */
int privacy_html_v2_parse(const unsigned char *p, size_t len,
    privacy_html_v2_event_t *ev, privacy_html_v2_attr_t *attrs, size_t n);

/*
 * Bytes of earlier chunks held for a still incomplete tag.  A caller that
 * stops scanning early (fail open) emits these, then the current chunk from
 * the end of the last event's span (0 if none yet), then the rest as is.
 */
const unsigned char *privacy_html_v2_held(const privacy_html_v2_t *sc, size_t *len);

/* the effective (first) attribute called name (ASCII, any case), or NULL */
const privacy_html_v2_attr_t *privacy_html_v2_attr(const privacy_html_v2_event_t *ev,
    const char *name);

/* lowercase element name, "" for PRIVACY_HTML_V2_OTHER */
const char *privacy_html_v2_el_name(privacy_html_v2_el_e el);

/*
 * Decode character references in an attribute value as HTML5 does: &#NN;
 * &#xHH; (";" optional), and a subset of named references (amp lt gt quot
 * apos nbsp copy reg and the ASCII punctuation ones used to hide URLs such
 * as &sol; &colon; &period; &quest; &equals; &Tab; &NewLine;); the legacy
 * ones without ";" are decoded unless followed by "=" or an alphanumeric.
 * Output is UTF-8 and never longer than the input: out needs len bytes and
 * may be p itself.  Returns the output length.
 */
size_t privacy_html_v2_decode(const unsigned char *p, size_t len,
    unsigned char *out);

#endif /* PRIVACY_HTML_V2_H */
