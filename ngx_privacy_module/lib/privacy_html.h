/*
 * privacy_html.h: nginx-free streaming HTML tag scanner.
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
 *               with more than PRIVACY_HTML_MAX_ATTRS attributes always):
 *               body, table, td, th with background; meta with
 *               http-equiv; input with src; only inside svg or math
 *               (foreign content, ev.foreign set): feimage (SVG feImage)
 *               and use, for their href and xlink:href; element names
 *               in any ASCII case (feImage, FEIMAGE)
 *   end tags:   script iframe noscript object, and body (banner insertion)
 *   (privacy_html_report() narrows the set, e.g. no <a> without ping rules)
 *   A tag that is not reported goes out as plain bytes (PASS), whatever the
 *   chunking.  ev.foreign is set on a tag read inside svg or math (and on
 *   an svg or math start tag itself, reported only with style=, below).
 *   ev.in_noscript is set on a tag read while an HTML noscript is open
 *   (for a <noscript> start tag: an enclosing one; for </noscript>: one
 *   that stays open); see "Noscript" below for what to do with it.
 *
 * Opt-in reports (privacy_html_report(); the default set is unchanged)
 *   PRIVACY_HTML_REPORT_HEAD: the <head> start tag in HTML content (a
 *     <head> inside svg or math ends the foreign content first), as a TAG
 *     event with el PRIVACY_HTML_HEAD: what must come first in the head
 *     goes right after it.
 *   PRIVACY_HTML_REPORT_STYLE: the <style> start tag and the </style> end
 *     tag, as TAG events with el PRIVACY_HTML_STYLE; inside svg or math
 *     too, with ev.foreign set, where the text between them is markup (its
 *     tags are crossed or reported as anywhere; an SVG style's text is a
 *     stylesheet all the same).  In HTML content the
 *     style text comes between them exactly as script text does: PASS
 *     events (a PASS may carry held bytes: a "</sty" held at a chunk end
 *     that was text after all).  The text ends at the next TAG event,
 *     which is the </style> end tag, or, inside a noscript, </noscript>
 *     when "</noscript" ended the raw text (the noscript rule below: ask
 *     for noscript end tags too), or at the end of the stream.
 *     privacy_html_remove() after a <style> TAG skips the text and the end
 *     tag, as for script.  A stray </style> in HTML content (no style
 *     text open) is reported too, as a stray </script> is.
 *   PRIVACY_HTML_REPORT_STYLE_ATTR: any start tag, of any element, known
 *     or not (el PRIVACY_HTML_OTHER for names not in the enum, <font>
 *     included), that has a style attribute (its name in any ASCII case)
 *     is reported as a TAG event; a tag reported anyway (img, or td with
 *     background) is reported once, as without the flag.  Such a tag is
 *     held while it is crossed and decided at its end by its attribute
 *     names, exactly like td with background (see "Other limitations": a
 *     style written after max_tag bytes of other attributes is not seen,
 *     no OVERFLOW when none is in the first max_tag bytes; with more than
 *     PRIVACY_HTML_MAX_ATTRS attributes it is reported).  A tag without
 *     attributes is never held.  End tags are not concerned.  So with
 *     this flag a feimage or use outside svg, or a style inside it, may be
 *     reported for its style attribute (ev.foreign tells which).  (Cost:
 *     a tag reported only for its style is sniffed, not recorded, while
 *     crossed: its quotes are followed and its attribute names compared
 *     with "style"; only when it has one is it crossed again, recorded
 *     (or, cut by a chunk end, parsed again whole) for the event.  The
 *     events are those of a recorded tag.)
 *   PRIVACY_HTML_REPORT_STYLE_FETCH, with REPORT_STYLE_ATTR: a style
 *     attribute reports a tag only when its value (raw, as written) may
 *     fetch, privacy_html_css_may_fetch(); a style without a value, or
 *     with "color:red", is no reason to report a tag: it goes out as
 *     plain bytes, as a td without background does.  Every style of the
 *     tag counts (repeated ones too, which browsers ignore).  A tag
 *     reported anyway, or for another attribute, is reported as before.
 *     Decided where the tag ends; where it is cut at max_tag bytes, a
 *     style name counts whatever its value, as without the flag.  Most
 *     pages write many inline styles and few of them fetch: this keeps
 *     them out of the events.
 *   PRIVACY_HTML_REPORT_PAINT_ATTR, with REPORT_STYLE_ATTR: on a start
 *     tag read in foreign content (ev.foreign), and on any <svg> start
 *     tag, the SVG presentation attributes whose value is a CSS value
 *     that may hold a url() count as a style attribute does: fill,
 *     stroke, filter, mask, clip-path, marker-start, marker-mid,
 *     marker-end and cursor (any ASCII case; browsers apply them to SVG
 *     elements, and fetch the url()).  With REPORT_STYLE_FETCH only a
 *     value that may fetch counts.  attributeName counts too, whatever
 *     its value: an SVG animation (<set attributeName="href" to=...>)
 *     made Chromium fetch the URL it sets.  Such tags are sniffed as for
 *     a style: in foreign content an attribute name of a paint's length
 *     is also compared with those names (HTML content pays nothing).
 *   PRIVACY_HTML_REPORT_BACKGROUND_ANY, with REPORT_STYLE_ATTR: in HTML
 *     content a background attribute (any case, any value) reports a
 *     start tag of any element as a style would (the elements with a
 *     background condition are reported by it anyway): Chromium fetches
 *     the background of tr, tbody, thead, tfoot, col and colgroup, not in the
 *     enum (el PRIVACY_HTML_OTHER; ev.name tells).  Sniffed as style is:
 *     an attribute name of 10 bytes is also compared with "background".
 *   PRIVACY_HTML_REPORT_NOSCRIPT_END: any start tag read while an HTML
 *     noscript is open (ev.in_noscript), of any element, known or not
 *     (el PRIVACY_HTML_OTHER), with "</noscript" (any ASCII case)
 *     followed by whitespace, "/", ">" or the end of the value in one of
 *     its attribute values (raw, as written; any attribute, repeated ones
 *     too) is reported as a TAG event: for a browser with JavaScript the
 *     noscript ends there and the rest of the value is markup (see
 *     "Noscript" below).  A tag reported anyway is reported once.  Like a
 *     td with background, such a tag is held while crossed and decided at
 *     its end, by the values complete in its first max_tag bytes (no
 *     OVERFLOW when none has it; with more than PRIVACY_HTML_MAX_ATTRS
 *     attributes it is reported).  Outside a noscript nothing changes and
 *     nothing is paid.
 *
 * Driving it
 *
 *   privacy_html_t        sc;            (e.g. in the request ctx)
 *   privacy_html_event_t  ev;
 *   unsigned char         buf[PRIVACY_HTML_MAX_TAG_DEFAULT];
 *
 *   privacy_html_init(&sc, buf, sizeof(buf));
 *
 *   for each input chunk (p, n, last):
 *       privacy_html_feed(&sc, p, n, last);
 *       while (privacy_html_next(&sc, &ev) != PRIVACY_HTML_DONE) {
 *           switch (ev.type) {
 *           case PRIVACY_HTML_PASS:         bytes that go out verbatim
 *               copy(ev.held, ev.held_len);    (rare and small: a "<scr"
 *                                               held at a chunk end that
 *                                               turned out to be "<scroll")
 *               ref(p + ev.off, ev.len);       (zero-copy span of p)
 *               break;
 *           case PRIVACY_HTML_SKIP:         inside a removed element
 *           case PRIVACY_HTML_HOLD:         the span was copied into buf:
 *               break;                      p[off..] is no longer needed
 *           case PRIVACY_HTML_TAG:          decide, before the next call
 *               if (tracker(&ev)) {
 *                   privacy_html_remove(&sc);  (whole element; emit nothing)
 *               } else if (rewrite(&ev, out)) {
 *                   copy(out);                 (own bytes instead of the tag)
 *               } else {
 *                   copy(ev.held, ev.held_len);
 *                   ref(p + ev.off, ev.len);   (keep: same as PASS)
 *               }
 *               break;
 *           case PRIVACY_HTML_OVERFLOW:     a reported tag > max_tag bytes
 *               fail open: emit it like PASS; scanning goes on and the rest
 *               of the tag comes as PASS (kept unexamined); or stop and pass
 *               everything after the span through (see privacy_html_held);
 *               remove it: emit nothing and privacy_html_remove(&sc): the
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
 * stay valid until the next privacy_html_next() or privacy_html_feed()
 * call; p must stay valid until privacy_html_next() returned
 * PRIVACY_HTML_DONE.  The caller may stop between events (no free output
 * buffers) and resume later.  Memory per stream: sizeof(privacy_html_t)
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
 *   SVG script or style is markup, not raw text: lib/privacy_foreign.h
 *   reads what it is).  HTML integration points (foreignObject, desc and
 *   title of svg; mi, mo, mn, ms, mtext of math, and annotation-xml whose
 *   first encoding attribute is text/html or application/xhtml+xml, held
 *   to read it) are kept on a small stack, 8 deep.  An element is of the
 *   namespace of the svg or math entered from HTML (svg's mi is no
 *   integration point, nor math's foreignObject: their <style> holds
 *   markup), but an svg child of an annotation-xml (text between) is
 *   svg's up to its end tag; where an svg in math may be such a child or
 *   not (an annotation-xml opened before it, another tag since), the rest
 *   of the stream is SKIP (PRIVACY_HTML_LOST_NS).  After
 *   the start tag of one (not self-closing) the scanner reads HTML, raw
 *   text and breakout tags included, up to its end tag, then the svg or
 *   math again at its depth.  After the start tag of a 9th nested one,
 *   the rest of the stream is SKIP (sc->lost, PRIVACY_HTML_LOST_DEPTH):
 *   read as svg's, the 9th put the scanner one level out once it closed,
 *   and an svg <style> read as HTML raw text hid an <img> that loads.
 *   The elements open from the outermost svg or math on are kept by name
 *   (lib/privacy_html_open.h; 32 deep, names of 24 bytes, else the rest
 *   is SKIP, PRIVACY_HTML_LOST_STACK), so end tags close what the tree
 *   builder closes:
 *   - an end tag in svg or math closes the foreign elements up to the
 *     open one of its name, svg and math among them (<svg><math></svg>
 *     leaves both, <svg><g><svg></g> the inner svg);
 *   - an integration point's end tag closes it only when no HTML element
 *     opened in it is open (<foreignObject><div></foreignObject> is
 *     ignored); the HTML elements opened in one are known while end tags
 *     close the last one opened and no start tag closes or opens others
 *     implicitly (<p><div>, <li><li>, <table>, <a>, ...); once they are
 *     not, its end tag (or one of what is open below it) ends the stream
 *     there: the rest is SKIP (PRIVACY_HTML_LOST_TREE);
 *   - an end tag in svg that meets HTML below the outermost svg (</div>
 *     in <div><svg></div>) closes the svg when an HTML element of its
 *     name is open and is ignored otherwise, which the scanner does not
 *     know.  It reads on as svg, the same as HTML while text, comments
 *     and elements it does not know follow; a breakout tag or the svg's
 *     end puts both readings in HTML; a start tag HTML reads otherwise
 *     (raw text, svg, math, an integration point, any element the
 *     scanner knows) or a CDATA section ends the stream at its "<" (the
 *     rest is SKIP, PRIVACY_HTML_LOST_TREE);
 *   - a removed element's content (skipped after privacy_html_remove())
 *     opens and closes nothing: its tags reach no browser, and the scanner
 *     reads on after it in the context of its start tag; what that start
 *     tag opened (a noscript counted, an element kept open) is undone, and
 *     a removed breakout leaves its bare name (privacy_html_breakout_tag());
 *   - <![CDATA[ in foreign content is a CDATA section, text up to "]]>",
 *     as browsers read it where the current node is svg's or math's, and
 *     directly in an integration point (where the noscript rule applies,
 *     a bogus comment up to the first ">").  After a start tag read
 *     inside one, the current node may be HTML (a bogus comment) or the
 *     integration point again (<foreignObject><b></b><![CDATA[: a
 *     section), which the depth count cannot tell.  Both readings agree
 *     up to the first ">" and then up to a "<" or "]]>": at "]]>" both
 *     are in the data state; at a "<" one reads markup where the other
 *     reads text, and each reading misses what the other loads (a <style>
 *     there hid an <img> after the "]]>" from the bogus-comment reading),
 *     so the rest of the stream is SKIP (PRIVACY_HTML_LOST_CDATA).  Read
 *     as a bogus comment everywhere before, a section holding ">x</svg>"
 *     ended the svg for the scanner, and the SVG elements after it were
 *     missed.  Outside the preload scanner's raw text (below), which
 *     reads "<![CDATA[" as a bogus comment, a section is read both ways
 *     the same (LOST_CDATA at a "<" after its first ">").
 *
 * Chromium's preload scanner
 *   Chromium fetches ahead of its parser with a scanner that does not
 *   follow svg and math: a start tag there of an element that is raw text
 *   in HTML (style, script, title, textarea, xmp, iframe, noembed,
 *   noframes, noscript; plaintext hides all the rest) begins raw text for
 *   it, up to "</" + the name + whitespace, "/" or ">" (any case),
 *   wherever that is, and it fetches what follows.  The scanner keeps this
 *   reading too (a "shadow", sc->sh_el, one at a time, not in removed
 *   bytes: the search for that end is a byte search of its own, and the
 *   scan stops at each candidate to look at its own state).  Where it read
 *   the same bytes as that end tag (in the data state, as the end of its
 *   own raw text or script data of that name, or as "<" then "/" and an
 *   attribute of that name followed by ">" or "/" in a tag, which leaves
 *   both in the same state), the readings agree again.  Anywhere else (an
 *   attribute value, a comment, a CDATA section, a bogus comment, other
 *   raw text: <svg><style><!--</style><img src=x>-->), markup for one is
 *   text for the other, and the rest of the stream is SKIP right after the
 *   name, or from the "<" of an active tag around it
 *   (PRIVACY_HTML_LOST_PRELOAD, sc->lost_el says which element).  In a
 *   script, "<!--" (escaped script data, whose end depends on more than
 *   the name) is such a place too.  Seen in Chromium 156 (difftest
 *   contexts svg-style-comment-end, svg-title-attr-end, ...).
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
 *     PRIVACY_HTML_REPORT_NOSCRIPT_END every such tag is reported, <p>
 *     and <div> included;
 *   - a "</noscript" inside the script data of a script opened in the
 *     noscript does not end it for the scanner (it does with JavaScript);
 *   - nested noscripts: with JavaScript the first "</noscript" ends them
 *     all, the scanner closes one per end tag (its tags are reported
 *     either way);
 *   - tags that are text for a JavaScript-enabled browser (everything
 *     inside the noscript) are reported: they load without JavaScript.
 *
 * Other limitations (details in privacy_html.c): raw text ends at the end
 * tag of the element that opened it; a removed noscript or object ends at
 * the end tag of the same name at the same depth, or at the end of the
 * stream.  A tag reported only with some attribute (body, table, td, th,
 * meta, input) is held while it is crossed, like any reported tag; if none
 * of the attribute names in its first max_tag bytes is the one that makes
 * it fetch, it goes on as plain bytes (no OVERFLOW: a long <input
 * value=...> does not stop the scan), so such an attribute written after
 * max_tag bytes of other attributes is not seen.
 */

#ifndef PRIVACY_HTML_H
#define PRIVACY_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "privacy_html_open.h"

#define PRIVACY_HTML_MAX_TAG_DEFAULT  16384
#define PRIVACY_HTML_MIN_TAG          64
#define PRIVACY_HTML_MAX_ATTRS        32
#define PRIVACY_HTML_IP_MAX           8     /* integration points nested
                                                 (deeper: LOST_DEPTH) */
/*
 * Where no reading is sure to be the browser's, the scanner skips the rest
 * of the stream (SKIP events the caller did not ask for; it may log why):
 * sc->lost says why.
 */
#define PRIVACY_HTML_LOST_DEPTH       1     /* integration points nested
                                                 more than IP_MAX deep */
#define PRIVACY_HTML_LOST_CDATA       2     /* markup after "<![CDATA[...>"
                                                 in an integration point
                                                 after HTML start tags */
#define PRIVACY_HTML_LOST_NS          3     /* an svg in math, maybe in an
                                                 annotation-xml (svg's) or
                                                 not (math's) */
#define PRIVACY_HTML_LOST_STACK       4     /* elements inside svg or math
                                                 nested more than
                                                 PRIVACY_HTML_OPEN_MAX
                                                 deep, or named longer than
                                                 PRIVACY_HTML_OPEN_NAME */
#define PRIVACY_HTML_LOST_TREE        5     /* a tag that browsers read
                                                 two ways: the elements
                                                 open inside svg or math
                                                 are not known */
#define PRIVACY_HTML_LOST_PRELOAD     6     /* what follows the end of
                                                 an svg or math raw text
                                                 element for Chromium's
                                                 preload scanner is read
                                                 otherwise by the parser */
#define PRIVACY_HTML_NAME_MAX         14    /* longest name we look up or
                                                  count ("annotation-xml") */


/* elements the scanner knows; the first group can be reported */
typedef enum {
    PRIVACY_HTML_OTHER = 0,
    /* reportable (values below 32: bits of a report mask) */
    PRIVACY_HTML_A,
    PRIVACY_HTML_AREA,
    PRIVACY_HTML_BODY,          /* start tag only with background= */
    PRIVACY_HTML_EMBED,
    PRIVACY_HTML_IFRAME,
    PRIVACY_HTML_IMG,
    PRIVACY_HTML_LINK,
    PRIVACY_HTML_NOSCRIPT,
    PRIVACY_HTML_OBJECT,
    PRIVACY_HTML_SCRIPT,
    PRIVACY_HTML_SOURCE,
    PRIVACY_HTML_AUDIO,
    PRIVACY_HTML_FRAME,
    PRIVACY_HTML_IMAGE,
    PRIVACY_HTML_INPUT,         /* start tag only with src= */
    PRIVACY_HTML_META,          /* start tag only with http-equiv= */
    PRIVACY_HTML_TABLE,         /* start tag only with background= */
    PRIVACY_HTML_TD,            /* start tag only with background= */
    PRIVACY_HTML_TH,            /* start tag only with background= */
    PRIVACY_HTML_VIDEO,
    PRIVACY_HTML_BASE,          /* <base href>: where relative URLs go */
    PRIVACY_HTML_TRACK,         /* <track src> in video and audio */
    /* never reported; they switch the tokenizer to raw text */
    PRIVACY_HTML_NOEMBED,
    PRIVACY_HTML_NOFRAMES,
    PRIVACY_HTML_PLAINTEXT,
    PRIVACY_HTML_STYLE,
    PRIVACY_HTML_TEXTAREA,
    PRIVACY_HTML_TITLE,
    PRIVACY_HTML_XMP,
    /* never reported; foreign content */
    PRIVACY_HTML_SVG,
    PRIVACY_HTML_MATH,
    /* reportable, only inside svg or math (ev.foreign set) */
    PRIVACY_HTML_FEIMAGE,       /* SVG <feImage href | xlink:href> */
    PRIVACY_HTML_USE,           /* SVG <use href | xlink:href> */
    /* reportable on request, in HTML content only */
    PRIVACY_HTML_HEAD,          /* where inserted scripts go first */
    PRIVACY_HTML_NELEMENTS
} privacy_html_el_e;

/*
 * Report masks are 64 bits: a bit per element (PRIVACY_HTML_BIT(el)) and
 * flags above the elements.  The values of the elements above did not
 * change when the masks were widened.
 */
#define PRIVACY_HTML_BIT(el)      ((uint64_t) 1 << (el))

/* every element reported by default: A .. TRACK, FEIMAGE, USE */
#define PRIVACY_HTML_REPORT_ALL                                               \
    ((uint64_t) 0x007ffffe | PRIVACY_HTML_BIT(PRIVACY_HTML_FEIMAGE)           \
     | PRIVACY_HTML_BIT(PRIVACY_HTML_USE))

/* opt-in: the <head> start tag (HTML content), for what goes in first */
#define PRIVACY_HTML_REPORT_HEAD  PRIVACY_HTML_BIT(PRIVACY_HTML_HEAD)

/* opt-in: <style> and </style> in HTML content (never inside svg, math) */
#define PRIVACY_HTML_REPORT_STYLE  PRIVACY_HTML_BIT(PRIVACY_HTML_STYLE)

/* opt-in: any start tag with a style attribute (not an element's bit) */
#define PRIVACY_HTML_REPORT_STYLE_ATTR  ((uint64_t) 1 << 63)

/* opt-in: any start tag in a noscript with "</noscript" in a value */
#define PRIVACY_HTML_REPORT_NOSCRIPT_END  ((uint64_t) 1 << 62)

/*
 * opt-in, with REPORT_STYLE_ATTR: a style attribute reports a tag only
 * when its value may fetch (privacy_html_css_may_fetch()), not for its name
 */
#define PRIVACY_HTML_REPORT_STYLE_FETCH  ((uint64_t) 1 << 61)

/*
 * opt-in, with REPORT_STYLE_ATTR: in svg and math, and on <svg>, the SVG
 * presentation attributes that take a url(), and attributeName, count as
 * style attributes
 */
#define PRIVACY_HTML_REPORT_PAINT_ATTR  ((uint64_t) 1 << 60)

/*
 * opt-in, with REPORT_STYLE_ATTR: in HTML content a background attribute
 * counts as a style on any element (tr, tbody, thead, tfoot, col and
 * colgroup honour it)
 */
#define PRIVACY_HTML_REPORT_BACKGROUND_ANY  ((uint64_t) 1 << 59)


typedef enum {
    PRIVACY_HTML_DONE = 0,      /* chunk consumed: feed the next one */
    PRIVACY_HTML_PASS,          /* emit held, then the span */
    PRIVACY_HTML_SKIP,          /* drop held and the span (removed element) */
    PRIVACY_HTML_HOLD,          /* the span was copied into buf: emit nothing */
    PRIVACY_HTML_TAG,           /* a reported tag: keep, rewrite or remove */
    PRIVACY_HTML_OVERFLOW       /* a reported tag exceeds max_tag */
} privacy_html_event_e;


typedef struct {
    const unsigned char  *name;         /* as written, any case */
    size_t                name_len;
    const unsigned char  *value;        /* raw, entity-encoded; NULL: no "=" */
    size_t                value_len;
    unsigned char         quote;        /* '"', '\'' or 0 */
    unsigned char         dup;          /* repeated name: browsers ignore it */
} privacy_html_attr_t;


typedef struct {
    privacy_html_event_e        type;

    /* bytes of this event: held[0 .. held_len), then chunk[off .. off+len) */
    const unsigned char        *held;
    size_t                      held_len;
    size_t                      off;
    size_t                      len;

    /* stream offsets of the event's bytes: [start, end) */
    uint64_t                    start;
    uint64_t                    end;

    /* PRIVACY_HTML_TAG only (el, is_end: OVERFLOW too): the whole tag
       "<...>", contiguous */
    const unsigned char        *tag;
    size_t                      tag_len;
    privacy_html_el_e           el;
    unsigned                    is_end:1;
    unsigned                    self_closing:1;
    unsigned                    truncated:1;  /* more than MAX_ATTRS attrs */
    unsigned                    foreign:1;    /* read inside svg or math */
    unsigned                    in_noscript:1;  /* inside an open noscript */
    unsigned                    breakout:1;   /* a start tag that ended
                                                 svg or math (<img> in
                                                 svg): removed, see
                                                 privacy_html_breakout_tag() */
    const unsigned char        *name;
    size_t                      name_len;
    const privacy_html_attr_t  *attrs;        /* in source order */
    size_t                      nattrs;
} privacy_html_event_t;


/* attribute bounds as offsets from the tag's "<" (vs == 0: no value) */
typedef struct {
    uint32_t                    ns;
    uint32_t                    ne;
    uint32_t                    vs;
    uint32_t                    ve;
    unsigned char               quote;
} privacy_html_raw_t;


/* scanner state: treat as opaque; allocate it, then privacy_html_init() */
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
    privacy_html_el_e           el;
    privacy_html_el_e           raw_el;     /* element of the raw text */

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
    unsigned char               style_fetch; /* REPORT_STYLE_FETCH */
    unsigned char               paint_attr; /* REPORT_PAINT_ATTR asked */
    unsigned char               bg_any;     /* REPORT_BACKGROUND_ANY */
    unsigned char               sty;        /* a sniffed tag has style */
    uint32_t                    sns;        /* its attribute name start */
    /* attribute conditions of start tags, per element (+2: internal,
       font and annotation-xml in foreign content) */
    unsigned char               cond[PRIVACY_HTML_NELEMENTS + 2];

    size_t                      k;
    size_t                      nlen;
    unsigned char               name[PRIVACY_HTML_OPEN_NAME];

    size_t                      tstart;     /* chunk offset of the "<" */
    size_t                      held;       /* bytes of the tag in buf */

    privacy_html_el_e           skip_el;
    size_t                      depth;
    privacy_html_el_e           last_el;

    size_t                      foreign;    /* open svg and math elements */
    /* open HTML integration points (foreignObject, mi ...), read as
       HTML: the foreign depth to return to, the name's kind */
    size_t                      ipd[PRIVACY_HTML_IP_MAX];
    unsigned char               ipk[PRIVACY_HTML_IP_MAX];
    unsigned char               ipf[PRIVACY_HTML_IP_MAX];  /* fns_math,
                                                             axml_seen */
    size_t                      ips[PRIVACY_HTML_IP_MAX];  /* ns_svg */
    unsigned char               ipn;
    unsigned char               ip_new;     /* a start tag of one: its kind */
    unsigned char               ip_html;    /* a start tag read in it: the
                                               current node may be HTML */
    unsigned char               lost;       /* PRIVACY_HTML_LOST_*: the
                                               rest of the stream is SKIP */
    /* the namespace of the foreign content read: math's, or svg's from
       depth ns_svg on (an svg child of annotation-xml); else svg's */
    unsigned char               fns_math;
    unsigned char               axml_tag;   /* its start tag is read */
    unsigned char               axml_cur;   /* the current node is one */
    unsigned char               axml_par;   /*   before this tag */
    unsigned char               axml_seen;  /* one opened in this math */
    unsigned char               lose_after; /* at the end of this tag */
    unsigned char               lose_now;   /* from this tag's "<" */
    /* the element this start tag opens (PRIVACY_HTML_OPEN_FOREIGN + 1 or
       PRIVACY_HTML_OPEN_HTML + 1), kept at its end */
    unsigned char               pend;
    unsigned char               pend_len;
    unsigned char               pend_name[PRIVACY_HTML_OPEN_NAME];
    privacy_html_open_t         open;       /* what is open inside svg and
                                               math */
    size_t                      ns_svg;
    size_t                      noscript;   /* open noscript elements */
    /* the preload scanner's reading where it differs (a shadow, see
       "Chromium's preload scanner"): its raw text, of sh_el, from
       sh_from on */
    size_t                      sh_stop;    /* where the parser's reading
                                               is checked (chunk offset),
                                               or SIZE_MAX */
    uint64_t                    sh_from;    /* stream offset */
    unsigned char               sh_el;      /* 0: no shadow */
    unsigned char               sh_k;       /* bytes of a candidate end
                                               matched (cut by the chunk's
                                               end) */
    unsigned char               sh_pat;     /* "</name" or "<!--" */
    unsigned char               lost_el;    /* LOST_PRELOAD: of what */
    unsigned char               broke;      /* this start tag broke out */
    unsigned char               brk_len;
    unsigned char               brk[12];    /* "<" + its name + ">", or
                                               "<font color>" */
    uint64_t                    pushed_at;  /* end of the last tag kept on
                                               sc->open */
    uint64_t                    unq_at;     /* just after an unquoted
                                               value's ">" */

    unsigned                    qhead;
    unsigned                    qn;
    privacy_html_event_t        q[4];

    /* the last two full sets of conditions, by (xcond, in foreign
       content): a noscript that opens and closes switches between two */
    uint16_t                    cond_key[2];
    uint64_t                    sniff_saved[2];
    unsigned char               cond_saved[2][PRIVACY_HTML_NELEMENTS + 2];

    size_t                      na;
    privacy_html_raw_t          raw[PRIVACY_HTML_MAX_ATTRS];
    privacy_html_attr_t         attrs[PRIVACY_HTML_MAX_ATTRS];
} privacy_html_t;


/*
 * buf holds one tag that straddles chunks; max_tag is its size and the
 * longest reported tag (>= PRIVACY_HTML_MIN_TAG).  Returns 0, or -1 when
 * max_tag is too small.
 */
int privacy_html_init(privacy_html_t *sc, unsigned char *buf, size_t max_tag);

/*
 * Which elements to report: PRIVACY_HTML_BIT(el) | ... and the flags
 * (default PRIVACY_HTML_REPORT_ALL); a and area (ping), body, table, td,
 * th, meta and input start tags still only with the attribute that makes
 * them fetch (a and area longer than max_tag: OVERFLOW all the same; or,
 * with PRIVACY_HTML_REPORT_STYLE_ATTR, with style; with
 * PRIVACY_HTML_REPORT_NOSCRIPT_END, in a noscript, with "</noscript" in a
 * value); feimage and use only inside svg or math, style only outside.
 * Bits of elements that are never reported are ignored.  A uint32_t mask
 * converts as before.
 */
void privacy_html_report(privacy_html_t *sc, uint64_t mask);

/*
 * Hand the next chunk to the scanner; last marks the end of the stream
 * (len may be 0).  Returns -1 if the previous chunk still has events or the
 * stream has ended, else 0.
 */
int privacy_html_feed(privacy_html_t *sc, const unsigned char *p, size_t len,
    int last);

/* the next event of the current chunk, or PRIVACY_HTML_DONE */
privacy_html_event_e privacy_html_next(privacy_html_t *sc,
    privacy_html_event_t *ev);

/*
 * Called right after a start-tag PRIVACY_HTML_TAG event: the caller drops
 * the tag, and for script, iframe, noscript, object and style the scanner
 * also skips the content and the end tag (reported as PRIVACY_HTML_SKIP).
 * For other tags and end tags this is a no-op: not emitting them is
 * enough.
 * Also valid right after a PRIVACY_HTML_OVERFLOW event (start or end tag):
 * the caller drops the event's bytes, the rest of that tag comes as
 * PRIVACY_HTML_SKIP, and for a start tag of script, iframe, noscript,
 * object or style the content and the end tag too, as for a removed TAG;
 * scanning goes on normally after them.  (An OVERFLOW event has el and
 * is_end set, like a TAG; its other tag fields are not.)  At any other
 * time it is a no-op.
 */
void privacy_html_remove(privacy_html_t *sc);

/*
 * Right after a TAG or OVERFLOW event with ev.breakout set: "<" + the
 * element's name (lowercase) + ">" (for a <font> with color, face or
 * size, "<font color>").  A removed tag reaches no browser,
 * nor does its effect on the tree: an <img> or <embed> inside svg ends
 * the svg, and without it what follows is svg's (<svg><img src=t><style>
 * <img src=u>: the style's img loads).  A caller that removes such a tag
 * writes these bytes in its place: the same element, attributes gone,
 * ends the svg as the tag did.  (A removed element's content, skipped,
 * changes no context: the scanner reads on in the context of its start
 * tag.)
 */
const unsigned char *privacy_html_breakout_tag(const privacy_html_t *sc,
    size_t *len);

/*
 * Parse one complete tag "<...>" on its own, e.g. a tag the caller has
 * rewritten, with the scanner's rules; fills the PRIVACY_HTML_TAG fields of
 * ev (attrs into attrs[0 .. n)); ev->foreign and ev->in_noscript are 0 (a
 * tag alone has no context: copy them from the scanner's event).  Returns
 * -1 if p is not "<" ... ">".
 */
int privacy_html_parse(const unsigned char *p, size_t len,
    privacy_html_event_t *ev, privacy_html_attr_t *attrs, size_t n);

/*
 * Bytes of earlier chunks held for a still incomplete tag.  A caller that
 * stops scanning early (fail open) emits these, then the current chunk from
 * the end of the last event's span (0 if none yet), then the rest as is.
 */
const unsigned char *privacy_html_held(const privacy_html_t *sc, size_t *len);

/* the effective (first) attribute called name (ASCII, any case), or NULL */
const privacy_html_attr_t *privacy_html_attr(const privacy_html_event_t *ev,
    const char *name);

/*
 * Whether CSS text (a style attribute's value as written, or the text of
 * a style element) may fetch anything: it holds "(" (url(), image-set(),
 * ...), "@" (@import) or "&" (in an attribute a character reference may
 * stand for either).  Without them it fetches nothing, whatever else it
 * holds: a CSS escape cannot make the "(" of a function or the "@" of a
 * rule.
 */
int privacy_html_css_may_fetch(const unsigned char *p, size_t len);

/*
 * Whether the attribute name n[0 .. len) (any ASCII case) is an SVG
 * presentation attribute whose CSS value may hold a url(): those of
 * REPORT_PAINT_ATTR but attributeName
 */
int privacy_html_paint_name(const unsigned char *n, size_t len);

/* lowercase element name, "" for PRIVACY_HTML_OTHER */
const char *privacy_html_el_name(privacy_html_el_e el);

/*
 * Decode character references in an attribute value as HTML5 does: &#NN;
 * &#xHH; (";" optional), and a subset of named references (amp lt gt quot
 * apos nbsp copy reg and the ASCII punctuation ones used to hide URLs such
 * as &sol; &colon; &period; &quest; &equals; &Tab; &NewLine;); the legacy
 * ones without ";" are decoded unless followed by "=" or an alphanumeric.
 * Output is UTF-8 and never longer than the input: out needs len bytes and
 * may be p itself.  Returns the output length.
 */
size_t privacy_html_decode(const unsigned char *p, size_t len,
    unsigned char *out);

#endif /* PRIVACY_HTML_H */
