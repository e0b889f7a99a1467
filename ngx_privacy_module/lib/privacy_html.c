/*
 * privacy_html.c: streaming HTML tag scanner (see privacy_html.h).
 *
 * The lexer follows the HTML5 tokenizer states and can stop and resume at
 * any byte.  Text is crossed with 16-byte SSE2 probes, then memchr().
 * In the data state, with nothing active, skipped or special, a loop
 * (privacy_html_plain()) crosses the tags of no interest that are complete
 * in the chunk without touching the scanner's state, and stops at any
 * other tag with its name read.  A tag whose name is complete in the
 * chunk takes a fast path (name looked up in place, attributes crossed by
 * one goto-based routine); the switch over saved states only runs where a
 * chunk ends inside a construct.
 *
 * A tag is "active" from its "<" while it may still be reported.  Its bytes
 * stay out of the open PASS run; if the chunk ends, they are copied into
 * buf (HOLD).  It ends up reported (TAG), released as plain bytes (PASS
 * with held bytes) once its name, or for a, area, body, table, td, th,
 * meta and input its attribute names at its end, show it is of no
 * interest (a link fetches nothing but its ping), or cut
 * at max_tag bytes (OVERFLOW).  A reported tag is at most max_tag bytes
 * long whatever the chunking, so events do not depend on where chunks
 * split.  Attribute bounds of an active tag are recorded while crossing
 * it, as offsets from its "<": no second pass, and valid across chunks.
 * A tag that only a style attribute can report (REPORT_STYLE_ATTR) is
 * active too, but sniffed (sc->active 2): its attributes are counted and
 * their names compared with "style", nothing recorded; at its end, one
 * without a style that did not straddle chunks is plain bytes at the cost
 * of a test, and one with a style is parsed again (privacy_html_parse()).
 * One that privacy_html_plain() sees to have a style, or a tag reported
 * only with some attribute seen there to have it (a ping, a background,
 * ...), is recorded instead, as a tag reported anyway (sc->sty set): the
 * same attributes, the same decision; one seen there without it is
 * crossed as plain bytes.
 *
 * Context kept across tags, all of it updated in slow paths: the depth of
 * svg/math (foreign content) and the number of open noscripts.  While
 * either is non-zero (sc->special), each complete tag name goes through
 * privacy_html_name_ctx(); otherwise that is the one compare a tag pays.
 * Start tags of svg, math and noscript reach privacy_html_enter() through
 * after[], as raw text elements do.
 *
 * Approximations, on purpose (see privacy_html.h for what they mean):
 *   - raw text ends at the end tag of the element that started it;
 *   - foreign content is a depth of svg/math start tags, ended by their
 *     end tags or a breakout tag; HTML integration points (foreignObject,
 *     desc, title of svg; mi, mo, mn, ms, mtext of math; annotation-xml
 *     with an HTML encoding) hold HTML up to their end tag (a stack of the
 *     depths to return to, sc->ipd; past 8 deep the rest is skipped); the
 *     elements open inside are kept by name (sc->open), and where what an
 *     end tag closes depends on HTML elements not kept, the rest is
 *     skipped once the two readings part (privacy_html_open.h);
 *   - "<![CDATA[" in foreign content is a CDATA section, text up to "]]>",
 *     as the browser reads it, unless a start tag was read inside an open
 *     integration point (the browser's current node may be HTML there: a
 *     bogus comment, up to ">") or the noscript rule applies; in HTML it
 *     is a bogus comment.  Read as a bogus comment everywhere, a section
 *     holding ">x</svg>" hid the SVG elements after it;
 *   - noscript is markup, so pixels in it are reported; the noscript rule
 *     (see privacy_html.h) ends a comment, bogus comment, raw text or
 *     plaintext at "</noscript" for what JavaScript-enabled browsers load;
 *   - script data escaped and double escaped states are implemented, so
 *     "<!--<script></script>-->" inside a script does not end it;
 *   - a removed noscript/object ends at the end tag of the same name at the
 *     same depth (only that name is counted) or at the end of the stream.
 */

#include <string.h>

#include "privacy_find.h"
#include "privacy_html.h"


#define C_WS     0x01
#define C_SLASH  0x02
#define C_GT     0x04
#define C_EQ     0x08
#define C_ALPHA  0x10
#define C_ENDF   0x20   /* first letter of a reportable end tag's name */

#define L(c)  [c] = C_ALPHA, [c - 0x20] = C_ALPHA
#define F(c)  [c] = C_ALPHA | C_ENDF, [c - 0x20] = C_ALPHA | C_ENDF

static const unsigned char  cls[256] = {
    ['\t'] = C_WS, ['\n'] = C_WS, ['\f'] = C_WS, ['\r'] = C_WS, [' '] = C_WS,
    ['/'] = C_SLASH, ['>'] = C_GT, ['='] = C_EQ,
    L('a'), F('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), F('i'),
    L('j'), L('k'), L('l'), L('m'), F('n'), F('o'), L('p'), L('q'), L('r'),
    F('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z')
};

#undef L
#undef F


#if defined(__GNUC__)
#define PRIVACY_HTML_INLINE  static inline __attribute__((always_inline))
#else
#define PRIVACY_HTML_INLINE  static inline
#endif

/*
 * The first byte in p[i .. lim) of a class in mask.  Names are a few bytes
 * long: a plain loop, which branch predictors learn, measured faster than
 * SSE2 or SWAR here.
 */
PRIVACY_HTML_INLINE size_t
privacy_html_span(const unsigned char *p, size_t i, size_t lim,
    unsigned mask)
{
    /* unrolled: one bound check per 4 bytes instead of per byte */
    while (lim - i >= 4) {
        if (cls[p[i]] & mask) {
            return i;
        }
        if (cls[p[i + 1]] & mask) {
            return i + 1;
        }
        if (cls[p[i + 2]] & mask) {
            return i + 2;
        }
        if (cls[p[i + 3]] & mask) {
            return i + 3;
        }
        i += 4;
    }

    while (i < lim && !(cls[p[i]] & mask)) {
        i++;
    }

    return i;
}


/*
 * Whether p[0 .. len) holds "(", "@" or "&": CSS that may fetch (see
 * privacy_html_css_may_fetch()).  Style values are short: 16 bytes a step
 * from 16 on (the last step the 16 that end at the end), else a byte at a
 * time.
 */
PRIVACY_HTML_INLINE int
privacy_html_fetch_bytes(const unsigned char *p, size_t len)
{
    size_t  i;

#if defined(PRIVACY_FIND_SSE2)
    if (len >= 16) {
        __m128i  v;

#define PRIVACY_HTML_CSS_16(at)                                               \
    v = _mm_loadu_si128((const __m128i *) (const void *) (p + (at)));         \
    if (_mm_movemask_epi8(_mm_or_si128(                                       \
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),               \
                         _mm_cmpeq_epi8(v, _mm_set1_epi8('@'))),              \
            _mm_cmpeq_epi8(v, _mm_set1_epi8('&')))))                          \
    {                                                                         \
        return 1;                                                             \
    }

        for (i = 0; len - i > 16; i += 16) {
            PRIVACY_HTML_CSS_16(i)
        }

        PRIVACY_HTML_CSS_16(len - 16)

#undef PRIVACY_HTML_CSS_16

        return 0;
    }
#endif

    for (i = 0; i < len; i++) {
        if (p[i] == '(' || p[i] == '@' || p[i] == '&') {
            return 1;
        }
    }

    return 0;
}


int
privacy_html_css_may_fetch(const unsigned char *p, size_t len)
{
    return privacy_html_fetch_bytes(p, len);
}



enum {
    S_DATA = 0,
    S_TAG_OPEN,
    S_END_TAG_OPEN,
    S_TAG_NAME,
    S_BEFORE_ATTR,      /* also "after quoted value" and "self-closing" */
    S_ATTR_NAME,
    S_AFTER_ATTR,
    S_BEFORE_VALUE,
    S_VALUE_DQ,
    S_VALUE_SQ,
    S_VALUE_UNQ,
    S_MD,               /* "<!" */
    S_MD_DASH,          /* "<!-" */
    S_MD_CDATA,         /* "<![", "<![C" ... in foreign content */
    S_CDATA,            /* a CDATA section: text up to "]]>" */
    S_CDATA_BR1,        /* "]" in it */
    S_CDATA_BR2,        /* "]]" in it */
    S_AMB_CMT,          /* "<![CDATA[" where it may be either: up to ">" */
    S_AMB_TXT,          /*   then text in both readings, up to "<" (lost)
                               or "]]>" (data in both) */
    S_BOGUS,            /* bogus comment, doctype, "<![CDATA[": up to ">" */
    S_CMT_START,
    S_CMT_START_DASH,
    S_CMT,
    S_CMT_END_DASH,
    S_CMT_END,
    S_CMT_END_BANG,
    S_RAW,              /* rawtext and rcdata */
    S_RAW_LT,
    S_END_NAME,         /* "</" + name of raw_el, then back to ret */
    S_SCRIPT,
    S_SD_LT,
    S_SD_ESC_START,
    S_SD_ESC_START_DASH,
    S_SD_ESC,
    S_SD_ESC_DASH,
    S_SD_ESC_DD,
    S_SD_ESC_LT,
    S_SD_DESC_START,
    S_SD_DESC,
    S_SD_DESC_DASH,
    S_SD_DESC_DD,
    S_SD_DESC_LT,
    S_SD_DESC_END,
    S_PLAINTEXT,
    S_NS_LT,            /* "<" in a comment, bogus comment or plaintext of
                           a noscript: maybe "</noscript", then back to ret */
    S_DONE,             /* privacy_html_attrs(): the tag ended */
    S_SPECIAL           /* after[]: svg, math, noscript (never a state) */
};


static const struct {
    const char  *name;
    size_t       len;
} els[PRIVACY_HTML_NELEMENTS] = {
    { "", 0 }, { "a", 1 }, { "area", 4 }, { "body", 4 }, { "embed", 5 },
    { "iframe", 6 }, { "img", 3 }, { "link", 4 }, { "noscript", 8 },
    { "object", 6 }, { "script", 6 }, { "source", 6 }, { "audio", 5 },
    { "frame", 5 }, { "image", 5 }, { "input", 5 }, { "meta", 4 },
    { "table", 5 }, { "td", 2 }, { "th", 2 }, { "video", 5 },
    { "base", 4 }, { "track", 5 }, { "noembed", 7 }, { "noframes", 8 },
    { "plaintext", 9 }, { "style", 5 },
    { "textarea", 8 }, { "title", 5 }, { "xmp", 3 }, { "svg", 3 },
    { "math", 4 }, { "feimage", 7 }, { "use", 3 }, { "head", 4 }
};

/* end tags that can be reported */
#define REPORT_END  (PRIVACY_HTML_BIT(PRIVACY_HTML_BODY)                     \
                     | PRIVACY_HTML_BIT(PRIVACY_HTML_IFRAME)                 \
                     | PRIVACY_HTML_BIT(PRIVACY_HTML_NOSCRIPT)               \
                     | PRIVACY_HTML_BIT(PRIVACY_HTML_OBJECT)                 \
                     | PRIVACY_HTML_BIT(PRIVACY_HTML_SCRIPT)                 \
                     | PRIVACY_HTML_BIT(PRIVACY_HTML_STYLE))

/* start tags that can be reported (some only with an attribute: cond[]) */
#define REPORT_START  (PRIVACY_HTML_REPORT_ALL                                \
                       | PRIVACY_HTML_BIT(PRIVACY_HTML_STYLE)                 \
                       | PRIVACY_HTML_BIT(PRIVACY_HTML_HEAD))

/* reported only outside / only inside foreign content (an SVG <style>
   is reported: its text, markup there, is a stylesheet too) */
#define HTML_ONLY     PRIVACY_HTML_BIT(PRIVACY_HTML_HEAD)
#define FOREIGN_ONLY  (PRIVACY_HTML_BIT(PRIVACY_HTML_FEIMAGE)                 \
                       | PRIVACY_HTML_BIT(PRIVACY_HTML_USE))

/* with REPORT_STYLE_ATTR, any start tag may be reported (OTHER included) */
#define ANY_START     (PRIVACY_HTML_BIT(PRIVACY_HTML_NELEMENTS) - 1)


/*
 * <font> in foreign content: an internal element, held like a reported
 * tag to be decided by its attributes, never reported for them.  So is
 * <annotation-xml> (EL_AXML), an integration point only with an HTML
 * encoding (privacy_html_axml_html()).
 */
#define EL_FONT  ((privacy_html_el_e) PRIVACY_HTML_NELEMENTS)
#define EL_AXML  ((privacy_html_el_e) (PRIVACY_HTML_NELEMENTS + 1))
#define EL_INTERNAL(el)  ((unsigned) (el) >= PRIVACY_HTML_NELEMENTS)


/* state after a start tag of each element */
static const unsigned char  after[PRIVACY_HTML_NELEMENTS + 2] = {
    [PRIVACY_HTML_SCRIPT] = S_SCRIPT,
    [PRIVACY_HTML_IFRAME] = S_RAW,
    [PRIVACY_HTML_NOEMBED] = S_RAW,
    [PRIVACY_HTML_NOFRAMES] = S_RAW,
    [PRIVACY_HTML_STYLE] = S_RAW,
    [PRIVACY_HTML_TEXTAREA] = S_RAW,
    [PRIVACY_HTML_TITLE] = S_RAW,
    [PRIVACY_HTML_XMP] = S_RAW,
    [PRIVACY_HTML_PLAINTEXT] = S_PLAINTEXT,
    [PRIVACY_HTML_NOSCRIPT] = S_SPECIAL,
    [PRIVACY_HTML_SVG] = S_SPECIAL,
    [PRIVACY_HTML_MATH] = S_SPECIAL
};


/*
 * Start tags reported only with an attribute that makes them fetch: a bit
 * per kind of trigger, per element (sc->cond[], from cond[] and the report
 * flags).  COND_FONT is EL_FONT: color, face or size make it end foreign
 * content (never reported for them); COND_STYLE, any element with
 * REPORT_STYLE_ATTR: style; COND_PAINT, with REPORT_PAINT_ATTR too, added
 * to COND_STYLE in foreign content and on svg (privacy_html_paint()): the
 * SVG presentation attributes whose value may be a url().
 */
#define COND_NONE        0x00
#define COND_BACKGROUND  0x01
#define COND_HTTP_EQUIV  0x02
#define COND_SRC         0x04
#define COND_FONT        0x08
#define COND_STYLE       0x10
#define COND_PING        0x20
#define COND_PAINT       0x40   /* fill, stroke, filter, mask, ... */
#define COND_NSEND       0x80   /* "</noscript" in a value (not a name) */

static const unsigned char  cond[PRIVACY_HTML_NELEMENTS + 2] = {
    [PRIVACY_HTML_BODY] = COND_BACKGROUND,
    [PRIVACY_HTML_TABLE] = COND_BACKGROUND,
    [PRIVACY_HTML_TD] = COND_BACKGROUND,
    [PRIVACY_HTML_TH] = COND_BACKGROUND,
    [PRIVACY_HTML_META] = COND_HTTP_EQUIV,
    [PRIVACY_HTML_INPUT] = COND_SRC,
    [PRIVACY_HTML_A] = COND_PING,
    [PRIVACY_HTML_AREA] = COND_PING,
    [EL_FONT] = COND_FONT
};

/* the lengths of the trigger names of the kinds in k, a bit per length */
#define TRIG_LENS(k)                                                          \
    (((k) & (COND_BACKGROUND | COND_HTTP_EQUIV) ? 1u << 10 : 0)              \
     | ((k) & COND_SRC ? 1u << 3 : 0)                                         \
     | ((k) & COND_FONT ? 1u << 4 | 1u << 5 : 0)                             \
     | ((k) & COND_STYLE ? 1u << 5 : 0)                                     \
     | ((k) & COND_PING ? 1u << 4 : 0)                                         \
     | ((k) & COND_PAINT ? 1u << 4 | 1u << 6 | 1u << 9 | 1u << 10 | 1u << 12 \
                           | 1u << 13 : 0))

#define T4(k)                                                                 \
    TRIG_LENS(k), TRIG_LENS(k + 1), TRIG_LENS(k + 2), TRIG_LENS(k + 3)

static const uint32_t  trig_lens[128] = {
    T4(0), T4(4), T4(8), T4(12), T4(16), T4(20), T4(24), T4(28),
    T4(32), T4(36), T4(40), T4(44), T4(48), T4(52), T4(56), T4(60),
    T4(64), T4(68), T4(72), T4(76), T4(80), T4(84), T4(88), T4(92),
    T4(96), T4(100), T4(104), T4(108), T4(112), T4(116), T4(120), T4(124)
};

#undef T4

/* the trigger attribute names, lowercase, and their kind */
static const struct {
    const char     *name;
    size_t          len;
    unsigned char   kind;
} trig[] = {
    { "background", 10, COND_BACKGROUND },
    { "http-equiv", 10, COND_HTTP_EQUIV },
    { "src", 3, COND_SRC },
    { "ping", 4, COND_PING },
    { "color", 5, COND_FONT },
    { "face", 4, COND_FONT },
    { "size", 4, COND_FONT },
    { "style", 5, COND_STYLE },
    /* the SVG presentation attributes that take a url() (CSS values) */
    { "fill", 4, COND_PAINT },
    { "mask", 4, COND_PAINT },
    { "stroke", 6, COND_PAINT },
    { "filter", 6, COND_PAINT },
    { "cursor", 6, COND_PAINT },
    { "clip-path", 9, COND_PAINT },
    { "marker-mid", 10, COND_PAINT },
    { "marker-end", 10, COND_PAINT },
    { "marker-start", 12, COND_PAINT },
    /* an SVG animation (set, animate), which may set an href to a URL */
    { "attributename", 13, COND_PAINT },
    { NULL, 0, 0 }
};


/* ASCII case-insensitive match with a lowercase letters-only name */
PRIVACY_HTML_INLINE int
privacy_html_is(const unsigned char *p, const char *name, size_t len)
{
    size_t  i;

    for (i = 0; i < len; i++) {
        /* c | 0x20 turns no non-letter into a letter */
        if ((p[i] | 0x20) != (unsigned char) name[i]) {
            return 0;
        }
    }

    return 1;
}


int
privacy_html_paint_name(const unsigned char *n, size_t len)
{
    size_t  t;

    for (t = 0; trig[t].len; t++) {
        /* attributeName (13) is a paint for reports only: no CSS value */
        if (trig[t].kind == COND_PAINT && trig[t].len == len && len != 13
            && privacy_html_is(n, trig[t].name, len))
        {
            return 1;
        }
    }

    return 0;
}


/*
 * The candidate element for a name's length and first letter; for the
 * pairs that share both, the other element and the byte that tells them
 * apart, in the same word: el | alt << 8 | pos << 16 | byte << 24 (the
 * candidate becomes alt when the name's byte at pos is that byte).
 */
#define E(c, el)  [c - 'a'] = PRIVACY_HTML_ ## el
#define P(c, el, pos, b, alt)                                                 \
    [c - 'a'] = PRIVACY_HTML_ ## el | PRIVACY_HTML_ ## alt << 8              \
                | (pos) << 16 | (uint32_t) (b) << 24

static const uint32_t  cand[PRIVACY_HTML_NAME_MAX + 1][26] = {
    [1] = { E('a', A) },
    [2] = { P('t', TD, 1, 'h', TH) },
    [3] = { E('i', IMG), E('s', SVG), E('u', USE), E('x', XMP) },
    [4] = { E('a', AREA), P('b', BODY, 1, 'a', BASE), E('h', HEAD),
            E('l', LINK), P('m', META, 1, 'a', MATH) },
    [5] = { E('a', AUDIO), E('e', EMBED), E('f', FRAME),
            P('i', IMAGE, 1, 'n', INPUT), E('s', STYLE),
            P('t', TITLE, 1, 'a', TABLE), E('v', VIDEO) },
    [6] = { E('i', IFRAME), E('o', OBJECT), P('s', SCRIPT, 1, 'o', SOURCE) },
    [7] = { E('f', FEIMAGE), E('n', NOEMBED) },
    [8] = { P('n', NOSCRIPT, 2, 'f', NOFRAMES), E('t', TEXTAREA) },
    [9] = { E('p', PLAINTEXT) }
};

#undef E
#undef P


/* element of a tag name, any case; no indirect jump, names are varied */
PRIVACY_HTML_INLINE privacy_html_el_e
privacy_html_lookup(const unsigned char *n, size_t len)
{
    uint32_t           v;
    unsigned           c;
    privacy_html_el_e  el;

    c = (n[0] | 0x20) - 'a';

    if (len > PRIVACY_HTML_NAME_MAX || c >= 26) {
        return PRIVACY_HTML_OTHER;
    }

    v = cand[len][c];

    if (v == 0) {
        return PRIVACY_HTML_OTHER;
    }

    el = (privacy_html_el_e) (v & 0xff);

    if ((v >> 16) && (n[(v >> 16) & 0xff] | 0x20) == (v >> 24)) {
        el = (privacy_html_el_e) ((v >> 8) & 0xff);
    }

    /* the first letter chose the candidate */
    if (privacy_html_is(n + 1, els[el].name + 1, len - 1)) {
        return el;
    }

    /* the one name that shares length and first letter with a pair */
    if (len == 5 && c == 't' - 'a' && privacy_html_is(n + 1, "rack", 4)) {
        return PRIVACY_HTML_TRACK;
    }

    return PRIVACY_HTML_OTHER;
}


/* ASCII lowercase, exact: only A-Z change */
#define LOWER(c)  ((unsigned char) ((c) - 'A') < 26 ? (c) | 0x20 : (c))


/*
 * Start tags that end foreign content (the HTML standard's "in foreign
 * content" list), by length and first letter, one after the other
 */
#define B(c, names)  [c - 'a'] = names

static const char  *const brk[PRIVACY_HTML_NAME_MAX + 1][26] = {
    [1] = { B('b', "b"), B('i', "i"), B('p', "p"), B('s', "s"),
            B('u', "u") },
    [2] = { B('b', "br"), B('d', "dddldt"), B('e', "em"),
            B('h', "h1h2h3h4h5h6hr"), B('l', "li"), B('o', "ol"),
            B('t', "tt"), B('u', "ul") },
    [3] = { B('b', "big"), B('d', "div"), B('i', "img"), B('p', "pre"),
            B('s', "subsup"), B('v', "var") },
    [4] = { B('b', "body"), B('c', "code"), B('f', "font"), B('h', "head"),
            B('m', "menumeta"), B('n', "nobr"), B('r', "ruby"),
            B('s', "span") },
    [5] = { B('e', "embed"), B('s', "small"), B('t', "table") },
    [6] = { B('c', "center"), B('s', "strikestrong") },
    [7] = { B('l', "listing") },
    [10] = { B('b', "blockquote") }
};

#undef B


/*
 * An HTML integration point of svg (foreignObject, desc, title) or a text
 * integration point of math (mi, mo, mn, ms, mtext; annotation-xml, which
 * is one only with an HTML encoding: privacy_html_axml_html()), its kind
 */
#define IP_AXML  9
#define IP_MATH(k)  ((k) <= 4 || (k) == 7 || (k) == IP_AXML)

/* the IP stack's flags of the foreign content returned to */
#define IPF_MATH      0x01
#define IPF_AXML      0x02

static int
privacy_html_ip_name(const unsigned char *n, size_t len)
{
    switch (len) {
    case 2:
        if (LOWER(n[0]) != 'm') {
            return 0;
        }
        switch (LOWER(n[1])) {
        case 'i': return 1;
        case 'o': return 2;
        case 'n': return 3;
        case 's': return 4;
        default: return 0;
        }
    case 4:
        return privacy_html_is(n, "desc", 4) ? 5 : 0;
    case 5:
        return privacy_html_is(n, "title", 5)
               ? 6 : privacy_html_is(n, "mtext", 5) ? 7 : 0;
    case 13:
        return privacy_html_is(n, "foreignobject", 13) ? 8 : 0;
    case 14:
        return privacy_html_is(n, "annotation-xml", 14) ? IP_AXML : 0;
    default:
        return 0;
    }
}


/*
 * Whether the annotation-xml tag t (active, its attributes recorded) is an
 * HTML integration point: its first encoding attribute is "text/html" or
 * "application/xhtml+xml", ASCII case-insensitively, references decoded
 * (every one that spells these is decoded: letters, &sol;, &plus;).  One
 * past the first MAX_ATTRS attributes is not seen.
 */
static int
privacy_html_axml_html(const privacy_html_t *sc, const unsigned char *t)
{
    size_t                     k, n, j, len;
    unsigned char              c, d, v[256];
    const privacy_html_raw_t  *r;

    n = sc->na < PRIVACY_HTML_MAX_ATTRS ? sc->na : PRIVACY_HTML_MAX_ATTRS;

    for (k = 0; k < n; k++) {
        r = &sc->raw[k];

        if (r->ne - r->ns == 8 && privacy_html_is(t + r->ns, "encoding", 8))
        {
            break;
        }
    }

    if (k == n || sc->raw[k].vs == 0) {
        return 0;
    }

    r = &sc->raw[k];

    /*
     * The value without the leading zeros of numeric references, which
     * alone make a reference long: 21 characters, each at most 10 bytes
     * ("&#x10FFFF;") or a name of 8, fit in v, or it is something else
     */
    len = 0;

    for (j = r->vs; j < r->ve; j++) {
        c = t[j];

        if (c == '0' && j + 1 < r->ve && len >= 2) {
            d = t[j + 1];

            if ((v[len - 1] == '#' && v[len - 2] == '&'
                 && d >= '0' && d <= '9')
                || ((v[len - 1] | 0x20) == 'x' && len >= 3
                    && v[len - 2] == '#' && v[len - 3] == '&'
                    && ((d >= '0' && d <= '9')
                        || ((d | 0x20) >= 'a' && (d | 0x20) <= 'f'))))
            {
                continue;   /* a leading zero followed by a digit */
            }
        }

        if (len == sizeof(v)) {
            return 0;
        }

        v[len++] = c;
    }

    len = privacy_html_decode(v, len, v);

    return (len == 9 && privacy_html_is(v, "text/html", 9))
           || (len == 21 && privacy_html_is(v, "application/xhtml+xml", 21));
}


/* a breakout start tag: 1, or 2 for font (only with color, face or size) */
static int
privacy_html_breakout(const unsigned char *n, size_t len)
{
    size_t       k;
    unsigned     c;
    const char  *s;

    c = (unsigned) LOWER(n[0]) - 'a';

    if (len == 0 || len > PRIVACY_HTML_NAME_MAX || c >= 26) {
        return 0;
    }

    for (s = brk[len][c]; s && *s; s += len) {
        for (k = 1; k < len && LOWER(n[k]) == (unsigned char) s[k]; k++) {
            /* void */
        }
        if (k == len) {
            return s[0] == 'f' ? 2 : 1;
        }
    }

    return 0;
}


static void privacy_html_want(privacy_html_t *sc, uint64_t mask);
static void privacy_html_shadow_feed(privacy_html_t *sc);


int
privacy_html_init(privacy_html_t *sc, unsigned char *buf, size_t max_tag)
{
    /* attribute offsets are 32-bit */
    if (buf == NULL || max_tag < PRIVACY_HTML_MIN_TAG
        || max_tag > 0x7fffffff)
    {
        return -1;
    }

    memset(sc, 0, sizeof(privacy_html_t));

    sc->buf = buf;
    sc->max_tag = max_tag;
    sc->state = S_DATA;
    sc->chunk_done = 1;
    sc->sh_stop = SIZE_MAX;

    /* computed at the first feed: most callers ask for a set of their own */
    privacy_html_want(sc, PRIVACY_HTML_REPORT_ALL);

    return 0;
}


/*
 * The masks and conditions of the current context (sc->foreign): feimage
 * and use are reported only in foreign content, style only outside.
 * Called where the depth of foreign content changes (slow paths).
 */
/*
 * The condition of a start tag of el where the start tags in start are
 * reported and every other one with the conditions in extra (COND_STYLE:
 * REPORT_STYLE_ATTR; COND_NSEND: REPORT_NOSCRIPT_END inside a noscript).
 */
static unsigned char
privacy_html_cond_of(unsigned el, uint64_t start, unsigned extra)
{
    unsigned  c, in;

    in = el < PRIVACY_HTML_NELEMENTS && ((start >> el) & 1);

    if (in && !cond[el]) {
        return COND_NONE;           /* reported anyway */
    }

    c = in ? cond[el] : COND_NONE;

    return (unsigned char) (c | (el == EL_FONT ? COND_FONT : 0) | extra);
}


/* sc->cond[el] and its bit in sc->sniff */
PRIVACY_HTML_INLINE void
privacy_html_set_cond(privacy_html_t *sc, unsigned el, uint64_t start,
    unsigned extra)
{
    sc->cond[el] = privacy_html_cond_of(el, start, extra);

    if (el < PRIVACY_HTML_NELEMENTS) {
        sc->sniff = (sc->sniff & ~PRIVACY_HTML_BIT(el))
                    | (uint64_t) (sc->cond[el] == COND_STYLE) << el;
    }
}


/*
 * The masks and conditions of the current context (sc->foreign,
 * sc->noscript): feimage and use are reported only in foreign content,
 * style only outside; with REPORT_NOSCRIPT_END any start tag is held
 * inside a noscript.  Called where the depth of foreign content changes,
 * or with REPORT_NOSCRIPT_END where a noscript opens or closes (slow
 * paths).
 */
static void
privacy_html_masks(privacy_html_t *sc)
{
    unsigned  el, extra, s;
    uint16_t  key;
    uint64_t  start;

    start = sc->want[0] & ~(sc->foreign ? HTML_ONLY : FOREIGN_ONLY);

    sc->report[1] = sc->want[1] & ~(sc->foreign ? HTML_ONLY : 0);

    extra = (sc->style_attr ? COND_STYLE : COND_NONE)
            | (sc->nsend && sc->noscript ? COND_NSEND : COND_NONE);

    /* any start tag may be held; where it is not reported, decided by
       the conditions in extra */
    sc->report[0] = extra ? ANY_START : start;

    if (extra != sc->xcond) {
        /*
         * every element's (set up, a noscript opens or closes): they
         * depend on extra and start alone, start on the foreign content
         * alone; a set computed before for the same pair is copied
         */
        sc->xcond = (unsigned char) extra;
        key = (uint16_t) (extra | (sc->foreign ? 0x100 : 0));
        s = sc->cond_key[1] == key;

        if (s || sc->cond_key[0] == key) {
            memcpy(sc->cond, sc->cond_saved[s], sizeof(sc->cond));
            sc->sniff = sc->sniff_saved[s];
            return;
        }

        for (el = 0; el <= EL_AXML; el++) {
            privacy_html_set_cond(sc, el, start, extra);
        }

        sc->cond_key[1] = sc->cond_key[0];
        sc->sniff_saved[1] = sc->sniff_saved[0];
        memcpy(sc->cond_saved[1], sc->cond_saved[0], sizeof(sc->cond));
        sc->cond_key[0] = key;
        sc->sniff_saved[0] = sc->sniff;
        memcpy(sc->cond_saved[0], sc->cond, sizeof(sc->cond));

    } else if (extra) {
        /* those that depend on foreign content */
        privacy_html_set_cond(sc, PRIVACY_HTML_STYLE, start, extra);
        privacy_html_set_cond(sc, PRIVACY_HTML_FEIMAGE, start, extra);
        privacy_html_set_cond(sc, PRIVACY_HTML_USE, start, extra);
    }
}


/*
 * COND_PAINT where a style reports the active tag (REPORT_PAINT_ATTR): in
 * foreign content, and on <svg>, read before its foreign content.  Not in
 * sc->cond[]: entering svg would change every element's condition.
 */
PRIVACY_HTML_INLINE unsigned
privacy_html_paint(const privacy_html_t *sc)
{
    return sc->paint_attr && (sc->foreign || sc->el == PRIVACY_HTML_SVG)
           ? COND_PAINT : COND_NONE;
}


/*
 * Whether a background counts as a style on element el (REPORT_BACKGROUND_
 * ANY): in HTML content, and not on <svg> or <math>, whose tags begin
 * foreign content (an SVG or MathML element never fetches one)
 */
PRIVACY_HTML_INLINE unsigned
privacy_html_bg(const privacy_html_t *sc, privacy_html_el_e el)
{
    return sc->bg_any && !sc->foreign && el != PRIVACY_HTML_SVG
           && el != PRIVACY_HTML_MATH;
}


/*
 * What is asked; the conditions are computed by privacy_html_masks() before
 * the next scan (xcond 0xff: none are valid)
 */
static void
privacy_html_want(privacy_html_t *sc, uint64_t mask)
{
    sc->want[0] = mask & REPORT_START;
    sc->want[1] = mask & REPORT_END;
    sc->style_attr = (mask & PRIVACY_HTML_REPORT_STYLE_ATTR) != 0;
    sc->nsend = (mask & PRIVACY_HTML_REPORT_NOSCRIPT_END) != 0;
    sc->style_fetch = sc->style_attr
                      && (mask & PRIVACY_HTML_REPORT_STYLE_FETCH) != 0;
    sc->paint_attr = sc->style_attr
                     && (mask & PRIVACY_HTML_REPORT_PAINT_ATTR) != 0;
    sc->bg_any = sc->style_attr
                 && (mask & PRIVACY_HTML_REPORT_BACKGROUND_ANY) != 0;

    /* recompute every condition; none saved holds */
    sc->xcond = 0xff;
    sc->cond_key[0] = 0xffff;
    sc->cond_key[1] = 0xffff;
}


void
privacy_html_report(privacy_html_t *sc, uint64_t mask)
{
    privacy_html_want(sc, mask);
    privacy_html_masks(sc);
}


int
privacy_html_feed(privacy_html_t *sc, const unsigned char *p, size_t len,
    int last)
{
    if (sc->finished || !sc->chunk_done || sc->qhead < sc->qn
        || (p == NULL && len != 0))
    {
        return -1;
    }

    if (sc->xcond == 0xff) {
        privacy_html_masks(sc);
    }

    sc->base += sc->len;
    sc->chunk = p;
    sc->len = len;
    sc->pos = 0;
    sc->run = 0;
    sc->tstart = 0;
    sc->last = last ? 1 : 0;
    sc->chunk_done = 0;
    sc->qhead = 0;
    sc->qn = 0;

    if (sc->sh_el) {
        privacy_html_shadow_feed(sc);
    }

    return 0;
}


static void
privacy_html_queue(privacy_html_t *sc, privacy_html_event_e type,
    size_t held, size_t off, size_t len)
{
    privacy_html_event_t  *ev;

    ev = &sc->q[sc->qn++];

    ev->type = type;
    ev->held = sc->buf;
    ev->held_len = held;
    ev->off = off;
    ev->len = len;
    ev->start = sc->base + off - held;
    ev->end = sc->base + off + len;
    ev->tag = NULL;
    ev->tag_len = 0;
}


/* close the open PASS/SKIP run at "to" */
PRIVACY_HTML_INLINE void
privacy_html_run(privacy_html_t *sc, size_t to)
{
    if (to > sc->run) {
        privacy_html_queue(sc, sc->skip ? PRIVACY_HTML_SKIP : PRIVACY_HTML_PASS,
                           0, sc->run, to - sc->run);
        sc->run = to;
    }
}


/* the active tag turned out to be of no interest: its bytes are plain */
static void
privacy_html_release(privacy_html_t *sc)
{
    sc->active = 0;

    if (sc->held) {
        /* held bytes precede chunk[0]; the open run starts at 0 */
        privacy_html_queue(sc, sc->skip ? PRIVACY_HTML_SKIP : PRIVACY_HTML_PASS,
                           sc->held, 0, 0);
        sc->held = 0;
    }
}


/* per-tag attribute recording, only read for active tags */
PRIVACY_HTML_INLINE void
privacy_html_reset(privacy_html_t *sc)
{
    sc->na = 0;
    sc->rlive = 0;
    sc->truncated = 0;
    sc->sty = 0;
    sc->ip_new = 0;
}


static void privacy_html_ip_close(privacy_html_t *sc);


/* whether the foreign content read is math's (else svg's) */
PRIVACY_HTML_INLINE int
privacy_html_in_math(const privacy_html_t *sc)
{
    return sc->fns_math && !(sc->ns_svg && sc->foreign >= sc->ns_svg);
}


/* the name of an integration point's kind, as the stack keeps it */
static const char  *const ip_names[IP_AXML + 1] = {
    "", "mi", "mo", "mn", "ms", "desc", "title", "mtext", "foreignobject",
    "annotation-xml"
};


/*
 * The entries of sc->open from k on close: the svg and math elements among
 * them leave the foreign depth, an integration point its level
 */
static void
privacy_html_pop_to(privacy_html_t *sc, unsigned k)
{
    unsigned  kind;

    while (sc->open.n > k) {
        kind = sc->open.kind[--sc->open.n];

        if (kind == PRIVACY_HTML_OPEN_COUNTED) {
            if (sc->foreign && --sc->foreign < sc->ns_svg) {
                sc->ns_svg = 0;     /* math's again */
            }

        } else if (kind == PRIVACY_HTML_OPEN_IP && sc->ipn) {
            sc->open.unsure &= ~((uint32_t) 1 << sc->ipn);
            privacy_html_ip_close(sc);
        }
    }
}


/*
 * A breakout (a start tag of HTML's list, </p>, </br>, a <font> with
 * color, face or size): the foreign elements of the level close, HTML is
 * read in it.  Where HTML may have been read since an ambiguous end tag
 * (sc->open.amb), both readings are HTML from here, but the HTML elements
 * of an integration point's level are no longer known.
 */
static void
privacy_html_foreign_out(privacy_html_t *sc)
{
    privacy_html_pop_to(sc, privacy_html_open_breakout(&sc->open));
    sc->foreign = 0;
    sc->ip_html = 1;

    if (sc->open.amb) {
        sc->open.amb = 0;
        sc->open.unsure |= (uint32_t) 1 << sc->ipn;
    }
}


/* the start tag of an HTML element n in an integration point (not svg,
   math): the element it opens is kept at its end, or the level unsure */
static void
privacy_html_html_start(privacy_html_t *sc, const unsigned char *n,
    size_t len)
{
    int  r;

    if ((sc->open.unsure >> sc->ipn) & 1) {
        return;
    }

    r = privacy_html_open_start(&sc->open, n, len);

    if (r < 0) {
        sc->open.unsure |= (uint32_t) 1 << sc->ipn;

    } else if (r > 0) {
        memcpy(sc->pend_name, n, len);
        sc->pend_len = (unsigned char) len;
        sc->pend = PRIVACY_HTML_OPEN_HTML + 1;
    }
}


/* an end tag n in foreign content or an integration point: what closes */
static void
privacy_html_end_walk(privacy_html_t *sc, const unsigned char *n, size_t len)
{
    int  r;

    if (sc->open.n == 0) {
        return;
    }

    r = privacy_html_open_end(&sc->open, n, len);

    if (r >= 0) {
        if (sc->open.amb && (unsigned) r < privacy_html_open_base(&sc->open))
        {
            /* the svg reading leaves the level, the HTML one may not */
            sc->lose_after = PRIVACY_HTML_LOST_TREE;
            return;
        }

        privacy_html_pop_to(sc, (unsigned) r);

        if (sc->foreign == 0) {
            /* both readings are HTML */
            sc->open.amb = 0;
        }

    } else if (r == PRIVACY_HTML_OPEN_AMB) {
        /* read on as svg or math; see privacy_html_name_ctx() */
        sc->open.amb = 1;
        sc->open.unsure |= (uint32_t) 1 << sc->ipn;

    } else if (r == PRIVACY_HTML_OPEN_UNSURE) {
        sc->open.unsure |= (uint32_t) 1 << sc->ipn;

    } else if (r == PRIVACY_HTML_OPEN_LOSE) {
        /* after it: an end tag loads nothing */
        sc->lose_after = PRIVACY_HTML_LOST_TREE;
    }
}


/* a breakout start tag: "<name>" kept for a caller that removes it */
static void
privacy_html_broke(privacy_html_t *sc, const unsigned char *n, size_t len)
{
    size_t  j;

    /* breakout names are at most 10 bytes ("blockquote") */
    sc->broke = 1;
    sc->brk[0] = '<';
    for (j = 0; j < len && j < sizeof(sc->brk) - 2; j++) {
        sc->brk[1 + j] = LOWER(n[j]);
    }
    sc->brk[1 + j] = '>';
    sc->brk_len = (unsigned char) (j + 2);
}


/*
 * A tag name is complete (sc->is_end and sc->el set) while sc->special:
 * foreign content ends at a breakout tag or with the end tag of its svg
 * or math, </noscript> closes a noscript; end tags close what the tree
 * builder closes (privacy_html_open.h), start tags are kept to be closed.
 * <font> in foreign content becomes EL_FONT, held as if it could be
 * reported, decided by its attributes.
 *
 * After an end tag that browsers may read by HTML's rules (sc->open.amb:
 * <div><svg></div> closes the svg where a div is open below it), the
 * scanner reads svg on while both readings agree: text, comments, and
 * elements of no interest are the same in both; a breakout, or the end of
 * the svg, puts both in HTML.  A start tag that HTML reads otherwise (raw
 * text, svg, math, an integration point, any element the scanner knows)
 * or a CDATA section ends the stream there (PRIVACY_HTML_LOST_TREE).
 */
static void
privacy_html_name_ctx(privacy_html_t *sc, const unsigned char *n, size_t len)
{
    int     b;
    size_t  was, ns;

    sc->axml_tag = 0;
    sc->pend = 0;

    if (sc->skip && !sc->lost) {
        /* removed bytes: no browser reads them, the tree is as it was at
           the removed element's start tag */
        return;
    }

    was = sc->foreign;
    ns = sc->noscript;

    /* the current node was an annotation-xml: a child svg is svg's */
    sc->axml_par = sc->axml_cur;
    sc->axml_cur = 0;

    if (sc->foreign) {
        if (!sc->is_end) {
            b = privacy_html_breakout(n, len);

            if (b == 1) {
                /* back in HTML (in an integration point: its HTML) */
                privacy_html_foreign_out(sc);
                privacy_html_broke(sc, n, len);

                if (sc->ipn) {
                    privacy_html_html_start(sc, n, len);
                }

            } else if (sc->open.amb
                       && (b == 2 || sc->el != PRIVACY_HTML_OTHER
                           || privacy_html_ip_name(n, len)))
            {
                /* HTML reads it otherwise */
                sc->lose_now = PRIVACY_HTML_LOST_TREE;

            } else if (b == 2 && !sc->skip) {
                if (!sc->active) {
                    privacy_html_reset(sc);
                }
                /* not sniffed for style only (1, not 2): its names count */
                sc->active = 1;
                sc->el = EL_FONT;
                /* svg's, unless its attributes break out */
                memcpy(sc->pend_name, "font", 4);
                sc->pend_len = 4;
                sc->pend = PRIVACY_HTML_OPEN_FOREIGN + 1;

            } else {
                /* opened at the end of its tag, unless self-closing; an
                   integration point of the namespace read (svg's mi is
                   none, nor math's foreignObject) */
                sc->ip_new = (unsigned char) privacy_html_ip_name(n, len);

                if (sc->ip_new
                    && !IP_MATH(sc->ip_new) != !privacy_html_in_math(sc))
                {
                    sc->ip_new = 0;
                }

                if (sc->ip_new == IP_AXML) {
                    /* one only with an HTML encoding: held to read it
                       (privacy_html_tag_end()); math's in removed content */
                    sc->ip_new = 0;

                    if (!sc->skip) {
                        if (!sc->active) {
                            privacy_html_reset(sc);
                        }
                        /* not sniffed for style only: its names count */
                        sc->active = 1;
                        sc->el = EL_AXML;
                        sc->axml_tag = 1;
                    }
                }

                if (sc->ip_new || sc->axml_tag || sc->el == PRIVACY_HTML_SVG
                    || sc->el == PRIVACY_HTML_MATH)
                {
                    /* kept by privacy_html_ip_open(), _axml_end(),
                       _enter() */

                } else if (len > PRIVACY_HTML_OPEN_NAME) {
                    /* after it: read as svg's either way */
                    sc->lose_after = PRIVACY_HTML_LOST_STACK;

                } else {
                    memcpy(sc->pend_name, n, len);
                    sc->pend_len = (unsigned char) len;
                    sc->pend = PRIVACY_HTML_OPEN_FOREIGN + 1;
                }
            }

        } else if ((len == 1 && LOWER(n[0]) == 'p')
                   || (len == 2 && LOWER(n[0]) == 'b' && LOWER(n[1]) == 'r'))
        {
            privacy_html_foreign_out(sc);

            if (len == 1 && sc->ipn) {
                /* then read as HTML's </p> */
                privacy_html_end_walk(sc, n, len);
            }

        } else {
            privacy_html_end_walk(sc, n, len);
        }

    } else if (sc->ipn) {
        /* HTML inside an integration point, up to its end tag */
        if (!sc->is_end) {
            sc->ip_html = 1;

            if (sc->el != PRIVACY_HTML_SVG && sc->el != PRIVACY_HTML_MATH) {
                privacy_html_html_start(sc, n, len);
            }

        } else {
            privacy_html_end_walk(sc, n, len);
        }
    }

    if (sc->is_end && sc->el == PRIVACY_HTML_NOSCRIPT && sc->noscript) {
        sc->noscript--;
    }

    sc->special = sc->foreign || sc->noscript || sc->ipn;

    if ((was == 0) != (sc->foreign == 0)
        || (sc->nsend && (ns == 0) != (sc->noscript == 0)))
    {
        privacy_html_masks(sc);
    }
}


/* the innermost integration point ends: its svg or math again */
static void
privacy_html_ip_close(privacy_html_t *sc)
{
    sc->foreign = sc->ipd[--sc->ipn];
    sc->fns_math = (sc->ipf[sc->ipn] & IPF_MATH) != 0;
    sc->axml_seen = (sc->ipf[sc->ipn] & IPF_AXML) != 0;
    sc->ns_svg = sc->ips[sc->ipn];
    sc->axml_cur = 0;
    sc->ip_html = 1;
}


/*
 * Whether the start tag that ended just before p[i] (i >= 1) opens its
 * element: "<svg/>" is empty, "<svg a=b/>" (the "/" in the value) is not
 */
PRIVACY_HTML_INLINE int
privacy_html_opens(const privacy_html_t *sc, const unsigned char *p, size_t i)
{
    unsigned char  c;

    c = i >= 2 ? p[i - 2] : sc->lastc;

    return c != '/' || sc->unq_at == sc->base + i;
}


/*
 * The start tag of an annotation-xml of math ended just before p[i] (i >=
 * 1): an integration point with an HTML encoding (html), else, unless
 * self-closing, the current node, for an svg child
 */
static void
privacy_html_axml_end(privacy_html_t *sc, const unsigned char *p, size_t i,
    int html)
{
    sc->axml_tag = 0;

    if (html) {
        sc->ip_new = IP_AXML;

    } else if (privacy_html_opens(sc, p, i)) {
        sc->axml_cur = 1;
        sc->axml_seen = 1;

        if (privacy_html_open_push(&sc->open, (const unsigned char *)
                                   ip_names[IP_AXML], 14,
                                   PRIVACY_HTML_OPEN_FOREIGN)
            != 0)
        {
            sc->lose_after = PRIVACY_HTML_LOST_STACK;
        }
    }
}


/*
 * No reading of what follows p[i] is sure to be the browser's: the open
 * run is closed at i (the caller delivers a queued event) and the rest of
 * the stream is SKIP
 */
static void
privacy_html_lose(privacy_html_t *sc, size_t i, unsigned why)
{
    privacy_html_run(sc, i);
    sc->skip = 1;
    sc->lose_after = 0;

    if (!sc->lost) {
        sc->lost = (unsigned char) why;    /* the first reason */
    }
}


/*
 * The same from the "<" of the tag whose name was just read (sc->tstart:
 * 0 where it began in an earlier chunk, its bytes held or passed): the tag
 * goes with the rest (sc->lose_now says why)
 */
static void
privacy_html_lose_tag(privacy_html_t *sc)
{
    privacy_html_lose(sc, sc->tstart, sc->lose_now);
    sc->lose_now = 0;

    if (sc->active) {
        /* held bytes are SKIP now */
        privacy_html_release(sc);
    }

    sc->pend = 0;
    sc->ip_new = 0;
    sc->axml_tag = 0;
}


/*
 * Chromium's preload scanner (privacy_html.h) reads a start tag in svg or
 * math of an element that is raw text in HTML as HTML does: raw text up
 * to "</" + its name + whitespace, "/" or ">", wherever that is.  Where
 * the parser reads those bytes as the same end tag, both readings agree
 * again; anywhere else (an attribute value, a comment, a CDATA section,
 * another raw text) what follows may be markup for one and text for the
 * other, and the rest of the stream is lost there.  The candidate ends
 * are found by a search of their own (sc->sh_stop: the scan stops there
 * to look at the parser's state).  In a script, "<!--" makes its end
 * depend on more than that (escaped script data): lost there too.
 */
#define SH_END  1
#define SH_ESC  2

/*
 * A candidate from p[*pj] on, sc->sh_k bytes of it matched (its "<" at
 * least): 1 complete (*pj: its delimiter, or the last "-" of "<!--"), 0
 * none (*pj: the first byte that is not its, maybe another's "<"), -1
 * cut by the chunk's end
 */
static int
privacy_html_shadow_match(privacy_html_t *sc, const unsigned char *p,
    size_t *pj, size_t len)
{
    size_t          j, nl;
    unsigned char   c;
    const char     *nm;

    nm = els[sc->sh_el].name;
    nl = els[sc->sh_el].len;

    for (j = *pj; j < len; j++) {
        c = p[j];

        if (sc->sh_k == 1) {
            if (c == '/') {
                sc->sh_pat = SH_END;
            } else if (c == '!' && sc->sh_el == PRIVACY_HTML_SCRIPT) {
                sc->sh_pat = SH_ESC;
            } else {
                break;
            }

        } else if (sc->sh_pat == SH_ESC) {
            if (c != '-') {
                break;
            }
            if (sc->sh_k == 3) {
                *pj = j;
                sc->sh_k = 0;
                return 1;
            }

        } else if (sc->sh_k < 2 + nl) {
            if (LOWER(c) != (unsigned char) nm[sc->sh_k - 2]) {
                break;
            }

        } else {
            if (!(cls[c] & (C_WS | C_SLASH | C_GT))) {
                break;
            }
            *pj = j;
            sc->sh_k = 0;
            return 1;
        }

        sc->sh_k++;
    }

    *pj = j;

    if (j == len) {
        return -1;
    }

    sc->sh_k = 0;
    return 0;
}


/* the end of the next complete candidate from p[i], or SIZE_MAX */
static size_t
privacy_html_shadow_find(privacy_html_t *sc, const unsigned char *p,
    size_t i, size_t len)
{
    size_t  j;
    int     m;

    if (i == len) {
        return SIZE_MAX;    /* an empty chunk may be NULL */
    }

    for ( ;; ) {
        i = privacy_find_byte(p, i, len, '<');
        if (i == len) {
            return SIZE_MAX;
        }

        sc->sh_k = 1;
        j = i + 1;
        m = privacy_html_shadow_match(sc, p, &j, len);

        if (m > 0) {
            return j;
        }

        if (m < 0) {
            return SIZE_MAX;    /* the next chunk says */
        }

        i++;
    }
}


/* a start tag of el in foreign content ended just before chunk[i] */
static void
privacy_html_shadow_open(privacy_html_t *sc, privacy_html_el_e el, size_t i)
{
    /* removed bytes reach no browser; inside a shadow, its raw text */
    if (sc->skip || sc->sh_el) {
        return;
    }

    sc->sh_el = (unsigned char) el;
    sc->sh_from = sc->base + i;
    sc->sh_k = 0;
    sc->sh_stop = privacy_html_shadow_find(sc, sc->chunk, i, sc->len);
}


/* a new chunk in a shadow: the candidate cut by the last one's end, then
   the next */
static void
privacy_html_shadow_feed(privacy_html_t *sc)
{
    size_t  j;
    int     m;

    sc->sh_stop = SIZE_MAX;
    j = 0;

    if (sc->sh_k) {
        m = privacy_html_shadow_match(sc, sc->chunk, &j, sc->len);

        if (m > 0) {
            sc->sh_stop = j;
        }

        if (m != 0) {
            return;
        }
    }

    sc->sh_stop = privacy_html_shadow_find(sc, sc->chunk, j, sc->len);
}


/*
 * Whether the parser, in state at the end of an end candidate's name
 * (chunk[i] its delimiter), reads on as the preload scanner does: it read
 * the same end tag in the data state ("</" at the candidate's "<": "/"
 * ends any name), or the end of its own raw text or script data of that
 * name, not double escaped; or it read "<" inside a tag, then "/" (the
 * self-closing state) and the name as an attribute's (<b</script>), and
 * ">" or "/" follows: the same state for both
 */
static unsigned
privacy_html_shadow_agrees(const privacy_html_t *sc, int state, size_t i)
{
    const char  *nm;
    size_t       nl;

    nm = els[sc->sh_el].name;
    nl = els[sc->sh_el].len;

    if (state == S_TAG_NAME) {
        return sc->is_end && sc->nlen == nl && memcmp(sc->name, nm, nl) == 0;
    }

    if (state == S_ATTR_NAME) {
        return sc->chunk[i] == '>' || sc->chunk[i] == '/';
    }

    return state == S_END_NAME && (sc->cands & 1) && sc->k == nl
           && sc->raw_el == (privacy_html_el_e) sc->sh_el
           && (sc->ret == S_RAW || sc->ret == S_SCRIPT || sc->ret == S_SD_ESC);
}


/*
 * The scan reached sc->sh_stop (chunk[i]) in state: the shadow ends where
 * the parser read the same end tag; elsewhere the rest of the stream is
 * lost from there (from the "<" of a tag held around it)
 */
static void
privacy_html_shadow_stop(privacy_html_t *sc, int state, size_t i)
{
    sc->sh_stop = SIZE_MAX;

    if (sc->skip && !sc->lost) {
        /* removed bytes: not read by any browser */
        sc->sh_stop = privacy_html_shadow_find(sc, sc->chunk, i, sc->len);
        return;
    }

    if (sc->lost
        || (sc->sh_pat == SH_END && privacy_html_shadow_agrees(sc, state, i)))
    {
        sc->sh_el = 0;
        sc->sh_k = 0;
        return;
    }

    sc->lost_el = sc->sh_el;
    sc->sh_el = 0;
    sc->sh_k = 0;

    if (sc->active) {
        sc->lose_now = PRIVACY_HTML_LOST_PRELOAD;
        privacy_html_lose_tag(sc);
        return;
    }

    privacy_html_lose(sc, i, PRIVACY_HTML_LOST_PRELOAD);
    sc->pend = 0;
    sc->ip_new = 0;
    sc->axml_tag = 0;
}


/*
 * The start tag read (its name in sc->pend_name) ended just before p[i]
 * (i >= 1): the element it opens is kept; one more than the stack holds
 * loses the rest of the stream after the tag (sc->lose_after)
 */
static void
privacy_html_keep(privacy_html_t *sc, const unsigned char *p, size_t i)
{
    if (sc->pend == PRIVACY_HTML_OPEN_HTML + 1 || privacy_html_opens(sc, p, i))
    {
        if (privacy_html_open_push(&sc->open, sc->pend_name, sc->pend_len,
                                   (unsigned) sc->pend - 1)
            != 0)
        {
            sc->lose_after = PRIVACY_HTML_LOST_STACK;

        } else {
            sc->pushed_at = sc->base + i;
        }
    }

    sc->pend = 0;
}


/*
 * The start tag of an integration point (sc->ip_new, its kind) ended just
 * before p[i] (i >= 1): what follows is read as HTML up to its end tag,
 * unless it was "<foreignObject/>", closed at once.  One more than the
 * stack holds: the rest of the stream is skipped (sc->lost), as no
 * reading of it would be the browser's; the open run is closed at i (the
 * caller delivers a queued event).
 */
static void
privacy_html_ip_open(privacy_html_t *sc, const unsigned char *p, size_t i)
{
    if (sc->foreign && privacy_html_opens(sc, p, i)) {

        if (sc->ipn == PRIVACY_HTML_IP_MAX) {
            privacy_html_lose(sc, i, PRIVACY_HTML_LOST_DEPTH);
            sc->ip_new = 0;
            return;
        }

        if (privacy_html_open_push(&sc->open, (const unsigned char *)
                                   ip_names[sc->ip_new],
                                   strlen(ip_names[sc->ip_new]),
                                   PRIVACY_HTML_OPEN_IP)
            != 0)
        {
            privacy_html_lose(sc, i, PRIVACY_HTML_LOST_STACK);
            sc->ip_new = 0;
            return;
        }

        sc->ipd[sc->ipn] = sc->foreign;
        sc->ipk[sc->ipn] = sc->ip_new;
        sc->ipf[sc->ipn] = (unsigned char) ((sc->fns_math ? IPF_MATH : 0)
                                            | (sc->axml_seen ? IPF_AXML : 0));
        sc->ips[sc->ipn] = sc->ns_svg;
        sc->ipn++;
        sc->foreign = 0;
        sc->open.unsure &= ~((uint32_t) 1 << sc->ipn);
        sc->ip_html = 0;
        sc->axml_cur = 0;
        sc->special = 1;
        privacy_html_masks(sc);
    }

    sc->ip_new = 0;
}


/*
 * A start tag ended just before p[i] (i >= 1) and after[] of its element
 * is not S_DATA: the state that follows, with foreign content and open
 * noscripts counted.
 */
static int
privacy_html_enter(privacy_html_t *sc, int state, const unsigned char *p,
    size_t i)
{
    if (state == S_SPECIAL) {
        if (sc->skip && !sc->lost) {
            /* removed bytes open nothing */

        } else if (sc->el == PRIVACY_HTML_NOSCRIPT) {
            /* a noscript in svg or math is not HTML's */
            if (sc->foreign) {
                privacy_html_shadow_open(sc, sc->el, i);

            } else if (sc->noscript++ == 0 && sc->nsend) {
                privacy_html_masks(sc);
            }

        } else if (privacy_html_opens(sc, p, i)) {
            /* svg or math, unless self-closing */
            if (privacy_html_open_push(&sc->open,
                                       (const unsigned char *)
                                       els[sc->el].name, els[sc->el].len,
                                       PRIVACY_HTML_OPEN_COUNTED)
                != 0)
            {
                sc->lose_after = PRIVACY_HTML_LOST_STACK;
            }

            if (sc->foreign++ == 0) {
                /* its namespace is its own, inside it the same */
                sc->fns_math = sc->el == PRIVACY_HTML_MATH;
                sc->ns_svg = 0;
                sc->axml_seen = 0;
                sc->axml_cur = 0;
                privacy_html_masks(sc);

            } else if (sc->el == PRIVACY_HTML_SVG && privacy_html_in_math(sc))
            {
                if (sc->axml_par) {
                    /* a child of annotation-xml: svg's */
                    sc->ns_svg = sc->foreign;

                } else if (sc->axml_seen) {
                    /* maybe one: the open elements are not known; after
                       the tag (it may be reported) */
                    sc->lose_after = PRIVACY_HTML_LOST_NS;
                }
            }
        }

        sc->special = sc->foreign || sc->noscript || sc->ipn;

        return S_DATA;
    }

    /* inside svg and math, <style>, <script>... contain markup (but
       raw text to the preload scanner; plaintext: all the rest, which
       fetches nothing) */
    if (sc->foreign) {
        if (state != S_PLAINTEXT) {
            privacy_html_shadow_open(sc, sc->el, i);
        }
        return S_DATA;
    }

    sc->raw_el = sc->el;

    return state;
}


/* whether the recorded name r is name[0 .. len), ASCII case-insensitively */
static int
privacy_html_name_is(const privacy_html_t *sc, const privacy_html_raw_t *r,
    const char *name, size_t len)
{
    size_t         j, o;
    unsigned char  c;

    /* the tag's bytes are held ones, then the chunk's from tstart */
    for (j = 0; j < len; j++) {
        o = r->ns + j;
        c = o < sc->held ? sc->buf[o] : sc->chunk[o - sc->held + sc->tstart];
        if (LOWER(c) != (unsigned char) name[j]) {
            return 0;
        }
    }

    return 1;
}


/* byte o of the active tag (an offset from its "<") */
PRIVACY_HTML_INLINE unsigned char
privacy_html_tag_byte(const privacy_html_t *sc, size_t o)
{
    return o < sc->held ? sc->buf[o] : sc->chunk[o - sc->held + sc->tstart];
}


/*
 * Whether one of the first n recorded attribute values of the active tag
 * holds "</noscript" (any case) followed by whitespace, "/", ">" or the
 * end of the value: where a browser with JavaScript ends the noscript.
 */
static int
privacy_html_ns_end(const privacy_html_t *sc, size_t n)
{
    size_t                     k, o, j, end;
    unsigned char              c;
    const privacy_html_raw_t  *r;

    for (k = 0; k < n; k++) {
        r = &sc->raw[k];

        if (r->vs == 0) {
            continue;
        }

        for (o = r->vs; o + 10 <= r->ve; o++) {
            if (privacy_html_tag_byte(sc, o) != '<'
                || privacy_html_tag_byte(sc, o + 1) != '/')
            {
                continue;
            }

            for (j = 0; j < 8; j++) {
                c = privacy_html_tag_byte(sc, o + 2 + j);
                if (LOWER(c) != (unsigned char) "noscript"[j]) {
                    break;
                }
            }

            end = o + 10;

            if (j == 8
                && (end == r->ve
                    || (cls[privacy_html_tag_byte(sc, end)]
                        & (C_WS | C_SLASH | C_GT))))
            {
                return 1;
            }
        }
    }

    return 0;
}


/*
 * whether the name n[0 .. len) is a trigger of one of the kinds (never
 * COND_PAINT: privacy_html_plain() runs outside foreign content only)
 */
PRIVACY_HTML_INLINE int
privacy_html_trig_name(const unsigned char *n, size_t len, unsigned kinds)
{
    unsigned char  c;

    if (len >= 32 || !((trig_lens[kinds & 127] >> len) & 1)) {
        return 0;
    }

    /*
     * trig[]'s names by length and first letter, where a loop over trig[]
     * costs most names of a link or a cell ("href", "class") a compare
     * with each; "http-equiv": a name holds no "\r", the one byte | 0x20
     * = "-"
     */
    c = n[0] | 0x20;

    switch (len) {

    case 3:
        return c == 's' && (kinds & COND_SRC)
               && privacy_html_is(n + 1, "rc", 2);

    case 4:
        if (c == 'p') {
            return (kinds & COND_PING) && privacy_html_is(n + 1, "ing", 3);
        }
        if (c == 'f') {
            return (kinds & COND_FONT) && privacy_html_is(n + 1, "ace", 3);
        }
        return c == 's' && (kinds & COND_FONT)
               && privacy_html_is(n + 1, "ize", 3);

    case 5:
        if (c == 's') {
            return (kinds & COND_STYLE) && privacy_html_is(n + 1, "tyle", 4);
        }
        return c == 'c' && (kinds & COND_FONT)
               && privacy_html_is(n + 1, "olor", 4);

    default:    /* 10, the only other length of trig_lens */
        if (c == 'b') {
            return (kinds & COND_BACKGROUND)
                   && privacy_html_is(n + 1, "ackground", 9);
        }
        return c == 'h' && (kinds & COND_HTTP_EQUIV)
               && privacy_html_is(n + 1, "ttp-equiv", 9);
    }
}


/*
 * Which of the trigger kinds in kind the first n recorded attribute names
 * of the active tag have: lengths first, most names differ in length.
 */
PRIVACY_HTML_INLINE unsigned
privacy_html_has(const privacy_html_t *sc, unsigned kind, size_t n)
{
    size_t                     k, t, len;
    uint32_t                   lens;
    unsigned                   found;
    const privacy_html_raw_t  *r;

    found = 0;
    lens = trig_lens[kind & 127];

    for (k = 0; k < n; k++) {
        r = &sc->raw[k];
        len = r->ne - r->ns;

        if (len >= 32 || !((lens >> len) & 1)) {
            continue;
        }

        for (t = 0; trig[t].len; t++) {
            if ((trig[t].kind & kind) && trig[t].len == len
                && privacy_html_name_is(sc, r, trig[t].name, len))
            {
                found |= trig[t].kind;
                break;
            }
        }
    }

    return found;
}


/*
 * Whether a style attribute of the whole tag t[0 .. len), or with paint an
 * SVG presentation attribute (COND_PAINT), may fetch, or with bg it has a
 * background (REPORT_BACKGROUND_ANY) (REPORT_STYLE_FETCH):
 * parsed again, as privacy_html_reparse() does, into sc->attrs (filled
 * again for a reported tag); more attributes than MAX_ATTRS: assume the
 * worst.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
privacy_html_style_fetches(privacy_html_t *sc, const unsigned char *t,
    size_t len, unsigned paint, unsigned bg)
{
    size_t                      k, t2;
    unsigned                    fetch;
    privacy_html_event_t        pe;
    const privacy_html_attr_t  *a;

    if (privacy_html_parse(t, len, &pe, sc->attrs, PRIVACY_HTML_MAX_ATTRS)
        != 0 || pe.truncated)
    {
        return 1;
    }

    for (k = 0; k < pe.nattrs; k++) {
        a = &sc->attrs[k];

        if (bg && a->name_len == 10
            && privacy_html_is(a->name, "background", 10))
        {
            return 1;       /* a URL, whatever it looks like */
        }

        fetch = a->value != NULL
                && privacy_html_fetch_bytes(a->value, a->value_len);

        if (a->name_len == 5 && privacy_html_is(a->name, "style", 5)) {
            if (fetch) {
                return 1;
            }
            continue;
        }

        for (t2 = 0; paint && trig[t2].len; t2++) {
            if (trig[t2].kind == COND_PAINT && trig[t2].len == a->name_len
                && privacy_html_is(a->name, trig[t2].name, a->name_len))
            {
                /* attributeName counts whatever it names: its values are
                   in other attributes */
                if (fetch || a->name_len == 13) {
                    return 1;
                }
                break;
            }
        }
    }

    return 0;
}


/*
 * The active tag may be reported only with a trigger attribute (or it is
 * EL_FONT): whether it is, from its first n attribute names and first nv
 * values (complete ones).  A tag sniffed for its style only (active 2) was
 * not recorded: sc->sty and the count of its attributes (sc->na) tell.
 * t: the whole tag, where it ended (NULL where it is cut at max_tag): with
 * REPORT_STYLE_FETCH its style values decide whether a style counts.
 * Returns -1 for a tag of no such kind, 1 reported, 0 not (released).
 */
PRIVACY_HTML_INLINE int
privacy_html_decide(privacy_html_t *sc, size_t n, size_t nv,
    const unsigned char *t, size_t len)
{
    int       hit;
    unsigned  kind, found, added;

    kind = sc->is_end ? COND_NONE : sc->cond[sc->el];

    if (kind == COND_NONE) {
        return -1;
    }

    /* what comes with a style by context: paints, a background anywhere
       (on a font in foreign content both: it may end that content) */
    added = COND_NONE;

    if (kind & COND_STYLE) {
        added = privacy_html_paint(sc)
                | ((privacy_html_bg(sc, sc->el)
                    || (sc->bg_any && sc->el == EL_FONT))
                   && !(kind & COND_BACKGROUND)
                   ? COND_BACKGROUND : COND_NONE);
        kind |= added;
    }

    if (sc->active == 2) {
        /* kind is COND_STYLE (| COND_PAINT); more than MAX_ATTRS: assume
           the worst */
        found = sc->sty || sc->na > PRIVACY_HTML_MAX_ATTRS ? kind : 0;

    } else if (sc->truncated || sc->sty) {
        /* attributes past MAX_ATTRS are unknown: assume the worst; or
           recorded for the trigger privacy_html_plain() saw */
        found = kind;

    } else {
        found = privacy_html_has(sc, kind, n);

        if ((kind & COND_NSEND) && privacy_html_ns_end(sc, nv)) {
            found |= COND_NSEND;
        }
    }

    if (found & COND_FONT) {
        /* the font ends foreign content: an HTML element, not painted */
        found &= ~COND_PAINT;

    } else if (sc->el == EL_FONT) {
        /* it stays in foreign content: a background is not a style */
        found &= ~(added & COND_BACKGROUND);
    }

    if ((found & (COND_STYLE | added)) && t != NULL && sc->style_fetch
        && !privacy_html_style_fetches(sc, t, len, found & COND_PAINT,
                                       found & added & COND_BACKGROUND))
    {
        /* its styles fetch nothing: no reason to report it */
        found &= ~(COND_STYLE | added);
    }

    if (found & COND_FONT) {
        /* an HTML font: kept as one in an integration point; removed, a
           font that breaks out the same way in its place */
        privacy_html_foreign_out(sc);
        memcpy(sc->brk, "<font color>", 12);
        sc->brk_len = 12;
        sc->broke = 1;
        sc->pend = 0;
        if (sc->ipn) {
            privacy_html_html_start(sc, (const unsigned char *) "font", 4);
        }
        sc->special = sc->noscript || sc->ipn;
        privacy_html_masks(sc);
    }

    hit = (found & ~COND_FONT) != 0;

    if (hit && EL_INTERNAL(sc->el)) {
        /* reported for its style: no element of the enum */
        sc->el = PRIVACY_HTML_OTHER;
    }

    if (!hit) {
        if (sc->held) {
            privacy_html_release(sc);
        } else {
            sc->active = 0;
        }
    }

    return hit;
}


/*
 * The active tag reached max_tag bytes in state s: for a tag reported
 * only with some attribute, decided by the names complete so far (the one
 * being read in S_ATTR_NAME is not).  Returns 1 if it goes on as plain
 * bytes, 0 for an OVERFLOW.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
privacy_html_cut(privacy_html_t *sc, int s)
{
    if (s == S_TAG_NAME) {
        /*
         * only a start tag with REPORT_STYLE_ATTR, or REPORT_NOSCRIPT_END
         * in a noscript, is held through a name longer than NAME_MAX
         * (element OTHER); it has no attribute yet
         */
        sc->el = PRIVACY_HTML_OTHER;
    }

    if (sc->el == EL_AXML && !sc->cond[sc->el]) {
        /* no encoding in max_tag bytes: math's, plain bytes */
        if (sc->held) {
            privacy_html_release(sc);
        } else {
            sc->active = 0;
        }
        return 1;
    }

    /* a ping may follow: a link cut so is an OVERFLOW, as it always was */
    if (sc->is_end || !sc->cond[sc->el] || (sc->cond[sc->el] & COND_PING)) {
        return 0;
    }

    /* the name or the value being read is not complete */
    return privacy_html_decide(sc, sc->na - (s == S_ATTR_NAME && sc->rlive),
                               sc->na - ((s == S_VALUE_DQ || s == S_VALUE_SQ
                                          || s == S_VALUE_UNQ)
                                         && sc->rlive),
                               NULL, 0)
           == 0;
}


/*
 * The attribute bounds of a tag sniffed for its style only, as the
 * crossing of an active tag would have recorded them (privacy_html_parse
 * reads a tag as the scanner does)
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void
privacy_html_reparse(privacy_html_t *sc, const unsigned char *t, size_t len)
{
    size_t                      k;
    privacy_html_event_t        pe;
    privacy_html_raw_t         *r;
    const privacy_html_attr_t  *a;

    (void) privacy_html_parse(t, len, &pe, sc->attrs, PRIVACY_HTML_MAX_ATTRS);

    for (k = 0; k < pe.nattrs; k++) {
        a = &sc->attrs[k];
        r = &sc->raw[k];
        r->ns = (uint32_t) (a->name - t);
        r->ne = r->ns + (uint32_t) a->name_len;
        r->vs = a->value ? (uint32_t) (a->value - t) : 0;
        r->ve = r->vs + (uint32_t) a->value_len;
        r->quote = a->quote;
    }

    sc->na = pe.nattrs;
    sc->truncated = pe.truncated;
}


/* a tag ended just before chunk[end]; returns the state that follows */
static int
privacy_html_tag_end(privacy_html_t *sc, size_t end)
{
    unsigned char          broke;
    int                    state;
    size_t                 noscript, tlen;
    privacy_html_el_e      el;
    privacy_html_event_t  *ev;
    const unsigned char   *t;

    /* a breakout is this tag's only: cleared whatever becomes of it */
    broke = sc->broke;
    sc->broke = 0;

    el = sc->el;
    state = sc->is_end ? S_DATA : after[el];
    noscript = sc->noscript;    /* open around the tag: before a <noscript> */

    if (state != S_DATA) {
        state = privacy_html_enter(sc, state, sc->chunk, end);
    }

    if (sc->skip) {
        if (sc->skip_tag) {
            /* the end of a tag removed after its OVERFLOW */
            sc->skip_tag = 0;
            if (sc->depth == 0) {
                privacy_html_run(sc, end);
                sc->skip = 0;
            }

        } else if (el == sc->skip_el && !sc->lost) {
            if (!sc->is_end) {
                sc->depth++;

            } else if (--sc->depth == 0) {
                privacy_html_run(sc, end);
                sc->skip = 0;
            }
        }

        return state;
    }

    if (!sc->active) {
        return state;
    }

    if (sc->held) {
        /* straddled chunks: made contiguous in buf (at most max_tag) */
        memcpy(sc->buf + sc->held, sc->chunk, end);
        t = sc->buf;
        tlen = sc->held + end;

    } else {
        t = sc->chunk + sc->tstart;
        tlen = end - sc->tstart;
    }

    if (el == EL_AXML) {
        privacy_html_axml_end(sc, sc->chunk, end,
                              privacy_html_axml_html(sc, t));

        if (!sc->cond[el]) {
            /* no style to report it for: plain bytes */
            if (sc->held) {
                privacy_html_release(sc);
            } else {
                sc->active = 0;
            }
            return state;
        }
    }

    if (!sc->is_end && sc->cond[el]) {
        if (sc->na == 0 && el != EL_FONT) {
            /* the usual <td>: no attribute, nothing held */
            if (sc->held) {
                privacy_html_release(sc);
            } else {
                sc->active = 0;
            }
            return state;
        }

        if (privacy_html_decide(sc, sc->na, sc->na, t, tlen) == 0) {
            sc->broke = 0;
            return state;
        }

        /* a <font> that broke out there */
        broke |= sc->broke;
        sc->broke = 0;

        el = sc->el;
    }

    privacy_html_run(sc, sc->tstart);

    ev = &sc->q[sc->qn];
    privacy_html_queue(sc, PRIVACY_HTML_TAG, sc->held, sc->tstart,
                       end - sc->tstart);

    ev->tag = t;
    ev->tag_len = tlen;

    if (sc->active == 2) {
        /* sniffed, with a style: its attributes, now that it is whole */
        privacy_html_reparse(sc, ev->tag, ev->tag_len);
    }

    ev->el = el;
    ev->is_end = sc->is_end;
    ev->foreign = sc->foreign != 0;
    ev->in_noscript = noscript != 0;
    ev->breakout = broke;
    sc->broke = 0;

    sc->run = end;
    sc->active = 0;
    sc->held = 0;

    return state;
}


/*
 * Whether the 5-byte attribute name that starts at tag offset ns and ends
 * just before p[i] is "style", ASCII case-insensitively
 */
PRIVACY_HTML_INLINE int
privacy_html_style_at(const privacy_html_t *sc, const unsigned char *p,
    size_t i, uint32_t ns)
{
    privacy_html_raw_t  r;

    if (i >= 5) {
        /* the whole name is in this chunk: one that began in held bytes
           ends before p[5] */
        return privacy_html_is(p + i - 5, "style", 5);
    }

    r.ns = ns;
    return privacy_html_name_is(sc, &r, "style", 5);
}


/*
 * Whether the attribute name of len bytes that starts at tag offset ns and
 * ends just before p[i] is one of COND_PAINT, ASCII case-insensitively
 */
static int
privacy_html_paint_at(const privacy_html_t *sc, const unsigned char *p,
    size_t i, uint32_t ns, size_t len)
{
    size_t              t;
    privacy_html_raw_t  r;

    r.ns = ns;

    for (t = 0; trig[t].len; t++) {
        if (trig[t].kind != COND_PAINT || trig[t].len != len) {
            continue;
        }

        /* as in privacy_html_style_at(): i >= len, all in this chunk */
        if (i >= len ? privacy_html_is(p + i - len, trig[t].name, len)
                     : privacy_html_name_is(sc, &r, trig[t].name, len))
        {
            return 1;
        }
    }

    return 0;
}


/*
 * Whether that name is one that counts with a style by context: a paint
 * in svg, a background in HTML content (REPORT_BACKGROUND_ANY; its length
 * is one of the paints')
 */
static int
privacy_html_more_at(const privacy_html_t *sc, const unsigned char *p,
    size_t i, uint32_t ns, size_t len)
{
    privacy_html_raw_t  r;

    if (privacy_html_paint(sc)) {
        return privacy_html_paint_at(sc, p, i, ns, len);
    }

    if (!privacy_html_bg(sc, sc->el) || len != 10) {
        return 0;
    }

    if (i >= len) {
        return privacy_html_is(p + i - len, "background", len);
    }

    r.ns = ns;
    return privacy_html_name_is(sc, &r, "background", len);
}


/*
 * Cross the attributes of a tag from state s at p[*pi], up to lim.
 * Returns S_DONE with *pi just after the ">", or the state reached at lim.
 * Only a quote right after "=" opens a value, and only a quoted value can
 * hide a ">": the self-closing and after-value states act like
 * before-attribute-name here.  For an active tag the attribute bounds are
 * recorded as offsets from its "<", so they survive chunk boundaries and
 * the tag needs no second pass.  A tag sniffed for its style only (sniff,
 * active 2) is not recorded: its attributes are counted, and a name
 * "style" (or in svg a paint, COND_PAINT) sets sc->sty; it is parsed again
 * if it is reported.
 */
PRIVACY_HTML_INLINE int
privacy_html_attrs_any(privacy_html_t *sc, const unsigned char *p,
    size_t *pi, size_t lim, int s, const unsigned sniff)
{
    size_t               i, d;
    uint32_t             sns, nlen;
    unsigned             rec;
    unsigned char        c;
    privacy_html_raw_t  *r;

    i = *pi;
    c = '"';
    rec = sniff ? 0 : sc->active;
    d = sc->held - sc->tstart;      /* offset = chunk index + d (mod 2^n) */
    r = rec && sc->rlive ? &sc->raw[sc->na - 1] : NULL;
    sns = 0;

#define OFF(at)  ((uint32_t) ((at) + d))

#define NEW(at)                                                               \
    if (rec) {                                                                \
        if (sc->na < PRIVACY_HTML_MAX_ATTRS) {                                \
            r = &sc->raw[sc->na++];                                           \
            r->ns = OFF(at);                                                  \
            r->vs = 0;                                                        \
            r->quote = 0;                                                     \
            sc->rlive = 1;                                                    \
        } else {                                                              \
            r = NULL;                                                         \
            sc->rlive = 0;                                                    \
            sc->truncated = 1;                                                \
        }                                                                     \
    } else if (sniff) {                                                       \
        sns = OFF(at);                                                        \
        sc->na++;                                                             \
    }

    switch (s) {
    case S_BEFORE_ATTR: goto before_attr;
    case S_ATTR_NAME:
        if (sniff) {
            /* a name cut by the end of the last chunk */
            sns = sc->sns;
        }
        goto attr_name;
    case S_AFTER_ATTR: goto after_attr;
    case S_BEFORE_VALUE: goto before_value;
    case S_VALUE_DQ: goto quoted;
    case S_VALUE_SQ: c = '\''; goto quoted;
    default: goto unquoted;
    }

before_attr:
    while (i < lim && (cls[p[i]] & (C_WS | C_SLASH))) {
        i++;
    }
    if (i == lim) {
        s = S_BEFORE_ATTR;
        goto out;
    }
    if (p[i] == '>') {
        i++;
        goto done;
    }
    /* the first byte of a name, even "=" */
    NEW(i)
    i++;

attr_name:
    i = privacy_html_span(p, i, lim, C_WS | C_SLASH | C_GT | C_EQ);
    if (i == lim) {
        s = S_ATTR_NAME;
        goto out;
    }
    if (r) {
        r->ne = OFF(i);
    } else if (sniff) {
        nlen = OFF(i) - sns;
        if (nlen == 5
            ? privacy_html_style_at(sc, p, i, sns)
            : nlen < 32 && ((trig_lens[COND_PAINT] >> nlen) & 1)
              && privacy_html_more_at(sc, p, i, sns, nlen))
        {
            sc->sty = 1;
        }
    }
    c = p[i++];
    if (c == '=') {
        /* most values are quoted right after the "=" */
        if (i < lim && (p[i] == '"' || p[i] == '\'')) {
            c = p[i++];
            if (r) {
                r->vs = OFF(i);
                r->quote = c;
            }
            goto quoted;
        }
        goto before_value;
    }
    if (c == '>') {
        goto done;
    }
    if (c == '/') {
        goto before_attr;
    }

after_attr:
    while (i < lim && (cls[p[i]] & C_WS)) {
        i++;
    }
    if (i == lim) {
        s = S_AFTER_ATTR;
        goto out;
    }
    c = p[i];
    if (c == '=') {
        i++;
        goto before_value;
    }
    if (c == '>') {
        i++;
        goto done;
    }
    if (c == '/') {
        i++;
        goto before_attr;
    }
    NEW(i)
    i++;
    goto attr_name;

before_value:
    while (i < lim && (cls[p[i]] & C_WS)) {
        i++;
    }
    if (i == lim) {
        s = S_BEFORE_VALUE;
        goto out;
    }
    c = p[i];
    if (c == '"' || c == '\'') {
        i++;
        if (r) {
            r->vs = OFF(i);
            r->quote = c;
        }
        goto quoted;
    }
    if (r) {
        r->vs = OFF(i);
    }
    if (c == '>') {
        /* "a=>": an empty value */
        if (r) {
            r->ve = r->vs;
        }
        i++;
        goto done;
    }

unquoted:
    i = privacy_html_span(p, i, lim, C_WS | C_GT);
    if (i == lim) {
        s = S_VALUE_UNQ;
        goto out;
    }
    if (r) {
        r->ve = OFF(i);
    }
    if (p[i++] == '>') {
        /* a "/" before it was part of the value: not self-closing */
        sc->unq_at = sc->base + i;
        goto done;
    }
    goto before_attr;

quoted:
    i = privacy_find_byte(p, i, lim, c);
    if (i == lim) {
        s = c == '"' ? S_VALUE_DQ : S_VALUE_SQ;
        goto out;
    }
    if (r) {
        r->ve = OFF(i);
    }
    i++;
    goto before_attr;

done:
    *pi = i;
    return S_DONE;

out:
    *pi = i;
    if (sniff) {
        sc->sns = sns;
    }
    return s;

#undef OFF
#undef NEW
}


static int
privacy_html_attrs(privacy_html_t *sc, const unsigned char *p, size_t *pi,
    size_t lim, int s)
{
    return privacy_html_attrs_any(sc, p, pi, lim, s, 0);
}


/* the same for a tag sniffed for its style only */
static int
privacy_html_attrs_sniff(privacy_html_t *sc, const unsigned char *p,
    size_t *pi, size_t lim, int s)
{
    return privacy_html_attrs_any(sc, p, pi, lim, s, 1);
}


/*
 * A tag sniffed for its style only (active 2) ended: if no style was seen
 * and it is all in this chunk, it is plain bytes (returns 1); else
 * privacy_html_tag_done() decides.
 */
PRIVACY_HTML_INLINE int
privacy_html_unsniff(privacy_html_t *sc)
{
    if (sc->sty || sc->na > PRIVACY_HTML_MAX_ATTRS || sc->held) {
        return 0;
    }

    sc->active = 0;

    return 1;
}


/*
 * Cross the attributes of a tag that is not recorded, from the
 * before-attribute state at p[i], as privacy_html_attrs_any() does (same
 * states, same bytes), with nothing kept in the scanner's state.  With
 * sniff (the kinds of trigger of the element: cond[]), the attributes are
 * counted (*na) and a trigger name of those kinds ends the crossing
 * (*sty); with fetch (REPORT_STYLE_FETCH) a style ends it only if its
 * value may fetch; with bg (REPORT_BACKGROUND_ANY), for style only, a
 * background ends it too.  Returns the index just after the ">", or lim where
 * the tag goes on (or *sty).  *unq: ended by an unquoted value's ">".
 */
PRIVACY_HTML_INLINE size_t
privacy_html_cross(const unsigned char *p, size_t i, size_t lim,
    const unsigned sniff, unsigned fetch, unsigned bg, size_t *na,
    unsigned *sty, unsigned *unq)
{
    size_t         ns, vs;
    unsigned       style;       /* the name is a style: its value decides */
    unsigned char  c;

    ns = 0;
    style = 0;

before_attr:
    while (i < lim && (cls[p[i]] & (C_WS | C_SLASH))) {
        i++;
    }
    if (i == lim) {
        return lim;
    }
    if (p[i] == '>') {
        return i + 1;
    }
    /* the first byte of a name, even "=" */
    ns = i++;
    style = 0;
    if (sniff) {
        (*na)++;
    }

attr_name:
    i = privacy_html_span(p, i, lim, C_WS | C_SLASH | C_GT | C_EQ);
    if (i == lim) {
        return lim;
    }
    if (sniff == COND_STYLE
        ? (i - ns == 5 && privacy_html_is(p + ns, "style", 5))
          || (bg && i - ns == 10 && privacy_html_is(p + ns, "background", 10))
        : sniff && privacy_html_trig_name(p + ns, i - ns, sniff))
    {
        /* the one trigger of 5 bytes that begins with "s" is style */
        if (!fetch || i - ns != 5 || (p[ns] | 0x20) != 's') {
            *sty = 1;
            return lim;
        }
        style = 1;
    }
    c = p[i++];
    if (c == '=') {
        if (i < lim && (p[i] == '"' || p[i] == '\'')) {
            c = p[i++];
            goto quoted;
        }
        goto before_value;
    }
    if (c == '>') {
        return i;
    }
    if (c == '/') {
        goto before_attr;
    }

    /* after the name */
    while (i < lim && (cls[p[i]] & C_WS)) {
        i++;
    }
    if (i == lim) {
        return lim;
    }
    c = p[i];
    if (c == '=') {
        i++;
        goto before_value;
    }
    if (c == '>') {
        return i + 1;
    }
    if (c == '/') {
        i++;
        goto before_attr;
    }
    ns = i++;
    style = 0;
    if (sniff) {
        (*na)++;
    }
    goto attr_name;

before_value:
    while (i < lim && (cls[p[i]] & C_WS)) {
        i++;
    }
    if (i == lim) {
        return lim;
    }
    c = p[i];
    if (c == '"' || c == '\'') {
        i++;
        goto quoted;
    }
    if (c == '>') {
        return i + 1;
    }

    /* unquoted */
    vs = i;
    i = privacy_html_span(p, i, lim, C_WS | C_GT);
    if (i == lim) {
        return lim;
    }
    if (style && privacy_html_fetch_bytes(p + vs, i - vs)) {
        *sty = 1;
        return lim;
    }
    if (p[i++] == '>') {
        *unq = 1;
        return i;
    }
    goto before_attr;

quoted:
    vs = i;
    i = privacy_find_byte(p, i, lim, c);
    if (i == lim) {
        return lim;
    }
    if (style && privacy_html_fetch_bytes(p + vs, i - vs)) {
        *sty = 1;
        return lim;
    }
    i++;
    goto before_attr;
}


/*
 * The same, then an integration point opened by the tag (its element is
 * svg's or math's, its attributes read as such; what follows is HTML)
 */
static int
privacy_html_tag_done(privacy_html_t *sc, size_t end)
{
    int  state;

    state = privacy_html_tag_end(sc, end);

    if (sc->ip_new) {
        privacy_html_ip_open(sc, sc->chunk, end);
    }

    if (sc->pend) {
        privacy_html_keep(sc, sc->chunk, end);
    }

    if (sc->lose_after) {
        privacy_html_lose(sc, end, sc->lose_after);
    }

    return state;
}


/*
 * The data state's fast loop, from p[*pi], for a scanner with nothing
 * active, skipped or special: tags that the state machine would cross as
 * plain bytes (not reported; or reported only with a trigger attribute, a
 * style, ping, src, background or http-equiv, and without one), complete
 * in the chunk, are crossed here with nothing written but unq_at, as the
 * state machine would write it.  Stops at the "<" of any other tag:
 * returns 1 with its name read (*pe: the name's delimiter, *pel, *pend),
 * 2 likewise for a tag seen here to have its trigger (to be recorded as
 * if reported anyway: the same attributes as its parse, the same
 * decision), or 0 (the state machine reads it from its "<", e.g. a tag
 * cut by the chunk's end; *pi == len at the end of the chunk).
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
privacy_html_plain(privacy_html_t *sc, const unsigned char *p, size_t *pi,
    size_t len, size_t *pe, privacy_html_el_e *pel, unsigned *pend)
{
    size_t             i, e, n0, lim, na, max;
    unsigned           is_end, sniff, sty, unq, fetch, bg;
    uint64_t           rs, re;
    privacy_html_el_e  el;

    rs = sc->report[0];
    re = sc->report[1];
    max = sc->max_tag;
    fetch = sc->style_fetch;
    i = *pi;

    for ( ;; ) {
        i = privacy_find_byte(p, i, len, '<');

        if (len - i <= 2) {
            break;
        }

        is_end = p[i + 1] == '/';
        n0 = i + 1 + is_end;

        if (!(cls[p[n0]] & C_ALPHA)) {
            break;
        }

        e = privacy_html_span(p, n0 + 1, len, C_WS | C_SLASH | C_GT);
        if (e == len) {
            break;
        }

        sniff = 0;

        if (is_end) {
            /* the names of REPORT_END begin with b, i, n, o or s */
            if (!(cls[p[n0]] & C_ENDF)) {
                if (p[e] == '>') {
                    i = e + 1;
                    continue;
                }
                el = PRIVACY_HTML_OTHER;    /* not used: it stops at "<" */

            } else {
                el = privacy_html_lookup(p + n0, e - n0);

                if ((re >> el) & 1) {
                    goto named;
                }
            }

        } else {
            el = privacy_html_lookup(p + n0, e - n0);

            if (after[el] != S_DATA) {
                goto named;
            }

            if ((rs >> el) & 1) {
                /* held unless only a trigger attribute may report it */
                sniff = sc->cond[el];
                if (sniff == COND_NONE || (sniff & (COND_FONT | COND_NSEND))
                    || e - i >= max)
                {
                    goto named;
                }
            }
        }

        if (p[e] == '>') {
            /* a sniffed tag without attributes too */
            i = e + 1;
            continue;
        }

        lim = len;
        if (sniff && len - i > max) {
            lim = i + max;
        }

        na = 0;
        sty = 0;
        unq = 0;

        bg = privacy_html_bg(sc, el);

        /* a copy without names to compare, one for style only (any
           element, with REPORT_STYLE_ATTR), one for the rest */
        if (sniff == COND_NONE) {
            n0 = privacy_html_cross(p, e + 1, lim, COND_NONE, 0, 0, &na,
                                    &sty, &unq);
        } else if (sniff == COND_STYLE) {
            n0 = privacy_html_cross(p, e + 1, lim, COND_STYLE, fetch, bg,
                                    &na, &sty, &unq);
        } else {
            /* a background comes with a style here as in decide() */
            n0 = privacy_html_cross(p, e + 1, lim,
                                    sniff | (bg && (sniff & COND_STYLE)
                                             ? COND_BACKGROUND : COND_NONE),
                                    fetch, 0, &na, &sty, &unq);
        }

        if (sty) {
            /* reported: recorded, as a sniffed tag is parsed again */
            *pe = e;
            *pel = el;
            *pend = is_end;
            *pi = i;
            return 2;
        }

        if (n0 == lim || (sniff && na > PRIVACY_HTML_MAX_ATTRS)) {
            /* cut, or may be reported: the state machine reads it all */
            break;
        }

        if (unq) {
            sc->unq_at = sc->base + n0;
        }

        i = n0;
    }

    *pi = i;
    return 0;

named:

    *pe = e;
    *pel = el;
    *pend = is_end;
    *pi = i;
    return 1;
}


/*
 * The lexer: runs until it has queued an event or consumed the chunk.
 * "i" is the next byte; a state change without i++ reconsumes the byte.
 */
static void
privacy_html_scan(privacy_html_t *sc)
{
    int                   state;
    size_t                i, e, len, lim, n;
    unsigned              is_end, styled, keep;
    unsigned char         c;
    privacy_html_el_e     el;
    const unsigned char  *p, *q;

    styled = 0;     /* the named tag is recorded, not sniffed */
    p = sc->chunk;
    i = sc->pos;
    state = sc->state;

    /* the chunk, or up to where the preload scanner's reading is checked
       (the states are the same at any byte, as at a chunk's end) */
#define SCAN_LEN()                                                            \
    len = sc->sh_stop < sc->len ? sc->sh_stop : sc->len;

    SCAN_LEN()

    /* a reported tag may take at most max_tag bytes */
#define LIMIT()                                                               \
    lim = sc->active ? sc->tstart + (sc->max_tag - sc->held) : len;          \
    if (lim > len) {                                                          \
        lim = len;                                                            \
    }

    /* per-tag attribute recording, only read for active tags */
#define RESET()                                                               \
    privacy_html_reset(sc);

    /* a tag start: hold it while it may be reported */
#define TAG_START(may_report)                                                 \
    sc->tstart = i;                                                           \
    sc->active = (may_report) && !sc->skip;                                   \
    RESET()                                                                   \
    LIMIT()

    /* not a reported tag after all */
#define RELEASE()                                                             \
    if (sc->active) {                                                         \
        privacy_html_release(sc);                                             \
        lim = len;                                                            \
        if (sc->qn) {                                                         \
            goto out;                                                         \
        }                                                                     \
    }

    /* (a sniffed tag without style: plain bytes, nothing to queue) */
#define TAG_DONE()                                                            \
    if ((sc->active || sc->skip)                                              \
        && !(sc->active == 2 && privacy_html_unsniff(sc) && (lim = len)))     \
    {                                                                         \
        state = privacy_html_tag_done(sc, i);                                 \
        SCAN_LEN()                                                            \
        LIMIT()                                                               \
        if (sc->qn) {                                                         \
            goto out;                                                         \
        }                                                                     \
    } else {                                                                  \
        sc->broke = 0;                                                        \
        state = sc->is_end ? S_DATA : after[sc->el];                          \
        if (state != S_DATA) {                                                \
            state = privacy_html_enter(sc, state, p, i);                      \
            SCAN_LEN()                                                        \
            lim = len;                                                        \
            if (sc->lose_after) {                                             \
                privacy_html_lose(sc, i, sc->lose_after);                     \
                goto out;                                                     \
            }                                                                 \
        }                                                                     \
        if (sc->ip_new | sc->axml_tag | sc->pend | sc->lose_after | sc->qn) { \
            if (sc->axml_tag) {                                               \
                /* its encoding not read: math's */                          \
                privacy_html_axml_end(sc, p, i, 0);                           \
            }                                                                 \
            /* after its own tag: svg's title is no raw text */               \
            if (sc->ip_new) {                                                 \
                privacy_html_ip_open(sc, p, i);                               \
            }                                                                 \
            if (sc->pend) {                                                   \
                privacy_html_keep(sc, p, i);                                  \
            }                                                                 \
            if (sc->lose_after) {                                             \
                privacy_html_lose(sc, i, sc->lose_after);                     \
            }                                                                 \
            if (sc->qn) {                                                     \
                /* privacy_html_lose() */                                    \
                goto out;                                                     \
            }                                                                 \
        }                                                                     \
        if (state == S_DATA) {                                                \
            /* lim == len: straight to the next "<", no dispatch */           \
            goto data;                                                        \
        }                                                                     \
    }

    /* the noscript rule: a "</noscript" may end this comment or text */
#define NS_RULE()  (sc->noscript && !sc->skip)

again:

    LIMIT()

    for ( ;; ) {

        if (i >= lim) {
            /*
             * A tag reported only with some attribute that has none of
             * them in its first max_tag bytes goes on as plain bytes.
             */
            if (i < len && privacy_html_cut(sc, state)) {
                lim = len;
                if (sc->qn) {
                    goto out;
                }
                continue;
            }
            goto edge;
        }

        switch (state) {

        case S_DATA:
        data:
            if (!(sc->active | sc->skip | sc->special)) {
                /* tags of no interest first, with nothing saved */
                styled = privacy_html_plain(sc, p, &i, len, &e, &el,
                                            &is_end);
                if (styled) {
                    styled--;
                    goto named;
                }
            }
            i = privacy_find_byte(p, i, len, '<');
            if (i == len) {
                goto edge;
            }

            /* fast path: the whole name is in this chunk */
            if (len - i > 2) {
                is_end = p[i + 1] == '/';
                e = i + 1 + is_end;
                if (cls[p[e]] & C_ALPHA) {
                    q = p + e;
                    e = privacy_html_span(p, e + 1, len,
                                          C_WS | C_SLASH | C_GT);
                    if (e < len) {
                        el = privacy_html_lookup(q, (p + e) - q);
                        goto named;
                    }
                }
            }

            TAG_START(1)
            i++;
            state = S_TAG_OPEN;
            break;

        named:
            /* "<" at i, a complete name, its delimiter at e */
            sc->tstart = i;
            sc->is_end = is_end;
            sc->el = el;
            /* branch-free: start and end tags come in no pattern */
            sc->active = (sc->report[is_end] >> el) & !sc->skip;
            if (sc->active) {
                RESET()
                sc->sty = (unsigned char) styled;
                /* a name of max_tag bytes (only with REPORT_STYLE_ATTR or
                   REPORT_NOSCRIPT_END: names of reported elements are
                   short); held is 0 */
                if (el == PRIVACY_HTML_OTHER && e - i >= sc->max_tag) {
                    sc->active = 0;
                }
            }
            if (sc->special) {
                /* inside svg, math or noscript: one compare otherwise */
                privacy_html_name_ctx(sc, p + i + 1 + is_end,
                                      e - (i + 1 + is_end));
                if (sc->lose_now) {
                    privacy_html_lose_tag(sc);
                }
            }
            LIMIT()
            i = e + 1;
            if (p[e] == '>') {
                if (sc->active && !is_end && sc->cond[el]) {
                    /* "<td>": no attribute, so never reported */
                    sc->active = 0;
                    lim = len;
                }
                TAG_DONE()
                break;
            }
            state = S_BEFORE_ATTR;
            if (sc->active && !is_end && ((sc->sniff >> sc->el) & 1)
                && !styled)
            {
                /* only a style attribute may report it: sniffed */
                sc->active = 2;
                goto sniff;
            }
            styled = 0;
            goto attrs;

        case S_TAG_OPEN:
            c = p[i];
            if (cls[c] & C_ALPHA) {
                sc->is_end = 0;
                sc->nlen = 0;
                state = S_TAG_NAME;
                break;
            }
            if (c == '/') {
                /* "</" may still be a reported end tag */
                i++;
                state = S_END_TAG_OPEN;
                break;
            }
            RELEASE()
            if (c == '!') {
                i++;
                state = S_MD;
            } else if (c == '?') {
                state = S_BOGUS;
            } else {
                state = S_DATA;
            }
            break;

        case S_END_TAG_OPEN:
            c = p[i];
            if (cls[c] & C_ALPHA) {
                sc->is_end = 1;
                sc->nlen = 0;
                state = S_TAG_NAME;
                break;
            }
            RELEASE()
            if (c == '>') {
                i++;
                state = S_DATA;
            } else {
                state = S_BOGUS;
            }
            break;

        case S_TAG_NAME:
            q = p + i;
            while (i < lim && !(cls[p[i]] & (C_WS | C_SLASH | C_GT))) {
                i++;
            }
            n = (p + i) - q;
            if (sc->nlen + n <= PRIVACY_HTML_OPEN_NAME) {
                for ( /* void */ ; n; n--, q++) {
                    sc->name[sc->nlen++] = LOWER(*q);
                }
            } else {
                sc->nlen = PRIVACY_HTML_OPEN_NAME + 1;
            }
            if (i == lim) {
                /* a long name is no element's, but may have a style, or
                   "</noscript" in a value (any start tag held: OTHER's
                   bit) */
                if (sc->nlen > PRIVACY_HTML_NAME_MAX
                    && (sc->is_end || !(sc->report[0] & 1)))
                {
                    RELEASE()
                }
                break;
            }

            sc->el = privacy_html_lookup(sc->name, sc->nlen);

            /* a <font> in foreign content stays active (EL_FONT); so
               does a start tag in svg where HTML may be read (open.amb)
               until name_ctx: it may be lost from its "<" */
            keep = sc->active
                   && !(sc->report[sc->is_end] & PRIVACY_HTML_BIT(sc->el))
                   && !(sc->foreign && !sc->is_end
                        && privacy_html_breakout(sc->name, sc->nlen) == 2);
            if (keep && !(sc->open.amb && sc->foreign && !sc->is_end)) {
                keep = 0;
                RELEASE()
            }

            /* after RELEASE(), which may stop and come back here */
            if (sc->special) {
                privacy_html_name_ctx(sc, sc->name, sc->nlen);
                if (sc->lose_now) {
                    privacy_html_lose_tag(sc);
                } else if (keep && sc->active) {
                    /* of no interest after all; the queue is read at
                       the tag's end */
                    privacy_html_release(sc);
                }
                LIMIT()
            }

            if (sc->active && !sc->is_end && ((sc->sniff >> sc->el) & 1)) {
                /* only a style attribute may report it: sniffed */
                sc->active = 2;
            }

            if (p[i++] == '>') {
                TAG_DONE()
            } else {
                state = S_BEFORE_ATTR;
            }
            break;

        case S_BEFORE_ATTR:
        case S_ATTR_NAME:
        case S_AFTER_ATTR:
        case S_BEFORE_VALUE:
        case S_VALUE_DQ:
        case S_VALUE_SQ:
        case S_VALUE_UNQ:
            if (sc->active == 2) {
        sniff:
                state = privacy_html_attrs_sniff(sc, p, &i, lim, state);
            } else {
        attrs:
                state = privacy_html_attrs(sc, p, &i, lim, state);
            }
            if (state == S_DONE) {
                TAG_DONE()
            }
            break;

        case S_MD:
            if (p[i] == '-') {
                i++;
                state = S_MD_DASH;
            } else if (p[i] == '[' && (sc->foreign || sc->ipn)
                       && !NS_RULE())
            {
                /* in an integration point after a start tag: either */
                i++;
                sc->k = 1;
                state = S_MD_CDATA;
            } else {
                state = S_BOGUS;
            }
            break;

        case S_MD_CDATA:
            /* "[CDATA[", case-sensitive; else a bogus comment */
            if (p[i] != (unsigned char) "[CDATA["[sc->k]) {
                state = S_BOGUS;
                break;
            }
            i++;
            if (++sc->k == 7) {
                sc->k = 0;      /* "]" counted from here */
                /* the preload scanner reads a bogus comment, up to
                   ">", but inside its raw text (or bytes removed) */
                state = (sc->foreign || !sc->ip_html)
                        && (sc->sh_el || sc->skip) ? S_CDATA : S_AMB_CMT;
                if (sc->foreign && sc->open.amb) {
                    /* a bogus comment where HTML is read, up to ">" */
                    privacy_html_lose(sc, i, PRIVACY_HTML_LOST_TREE);
                    if (sc->qn) {
                        goto out;
                    }
                }
            }
            break;

        case S_AMB_CMT:
        case S_AMB_TXT:
            c = p[i++];
            if (c == ']') {
                sc->k++;
            } else if (c == '>' && sc->k >= 2) {
                state = S_DATA;     /* "]]>": both readings end */
            } else if (c == '>') {
                sc->k = 0;
                state = S_AMB_TXT;  /* the bogus comment's end */
            } else if (c == '<' && state == S_AMB_TXT) {
                /* markup for one reading, text for the other */
                privacy_html_lose(sc, i - 1, PRIVACY_HTML_LOST_CDATA);
                i--;
                state = S_DATA;
                if (sc->qn) {
                    goto out;
                }
            } else {
                sc->k = 0;
            }
            break;

        case S_CDATA:
            q = memchr(p + i, ']', len - i);
            if (q == NULL) {
                i = len;
                break;
            }
            i = q - p + 1;
            state = S_CDATA_BR1;
            break;

        case S_CDATA_BR1:
            if (p[i] == ']') {
                i++;
                state = S_CDATA_BR2;
            } else {
                state = S_CDATA;
            }
            break;

        case S_CDATA_BR2:
            c = p[i];
            if (c == '>') {
                i++;
                state = S_DATA;
            } else if (c == ']') {
                i++;
            } else {
                state = S_CDATA;
            }
            break;

        case S_MD_DASH:
            if (p[i] == '-') {
                i++;
                state = S_CMT_START;
            } else {
                state = S_BOGUS;
            }
            break;

        case S_BOGUS:
            if (NS_RULE()) {
                while (i < len && p[i] != '>' && p[i] != '<') {
                    i++;
                }
                if (i == len) {
                    break;
                }
                if (p[i] == '<') {
                    TAG_START(sc->report[1]
                              & PRIVACY_HTML_BIT(PRIVACY_HTML_NOSCRIPT))
                    i++;
                    sc->ret = S_BOGUS;
                    state = S_NS_LT;
                    break;
                }
                i++;
                state = S_DATA;
                break;
            }
            q = memchr(p + i, '>', len - i);
            if (q == NULL) {
                i = len;
                break;
            }
            i = q - p + 1;
            state = S_DATA;
            break;

        case S_CMT_START:
        case S_CMT_START_DASH:
            c = p[i];
            if (c == '-') {
                i++;
                state = state == S_CMT_START ? S_CMT_START_DASH : S_CMT_END;
            } else if (c == '>') {
                /* "<!-->" and "<!--->" */
                i++;
                state = S_DATA;
            } else {
                state = S_CMT;
            }
            break;

        case S_CMT:
            if (NS_RULE()) {
                while (i < len && p[i] != '-' && p[i] != '<') {
                    i++;
                }
                if (i == len) {
                    break;
                }
                if (p[i] == '<') {
                    TAG_START(sc->report[1]
                              & PRIVACY_HTML_BIT(PRIVACY_HTML_NOSCRIPT))
                    i++;
                    sc->ret = S_CMT;
                    state = S_NS_LT;
                    break;
                }
                i++;
                state = S_CMT_END_DASH;
                break;
            }
            q = memchr(p + i, '-', len - i);
            if (q == NULL) {
                i = len;
                break;
            }
            i = q - p + 1;
            state = S_CMT_END_DASH;
            break;

        case S_CMT_END_DASH:
            if (p[i] == '-') {
                i++;
                state = S_CMT_END;
            } else {
                state = S_CMT;
            }
            break;

        case S_CMT_END:
            c = p[i];
            if (c == '>') {
                i++;
                state = S_DATA;
            } else if (c == '!') {
                i++;
                state = S_CMT_END_BANG;
            } else if (c == '-') {
                i++;
            } else {
                state = S_CMT;
            }
            break;

        case S_CMT_END_BANG:
            c = p[i];
            if (c == '-') {
                i++;
                state = S_CMT_END_DASH;
            } else if (c == '>') {
                i++;
                state = S_DATA;
            } else {
                state = S_CMT;
            }
            break;

        case S_RAW:
        case S_SCRIPT:
            {
                const char  *nm = els[sc->raw_el].name;
                size_t       nl = els[sc->raw_el].len;
                size_t       near = nl + 3;
                unsigned     ns = state == S_RAW && NS_RULE();

                if (ns) {
                    /* "</noscript" ends the noscript (JavaScript on) */
                    near = 8 + 3;
                }

                for ( ;; ) {
                    q = memchr(p + i, '<', len - i);
                    if (q == NULL) {
                        i = len;
                        break;
                    }
                    i = q - p;

                    if (len - i < near) {
                        break;  /* near the end: byte by byte */
                    }
                    c = p[i + 1];
                    if (c == '/') {
                        e = i + 2 + nl;
                        if (privacy_html_is(p + i + 2, nm, nl)
                            && (cls[p[e]] & (C_WS | C_SLASH | C_GT)))
                        {
                            is_end = 1;
                            el = sc->raw_el;
                            goto named;
                        }
                        e = i + 2 + 8;
                        if (ns && privacy_html_is(p + i + 2, "noscript", 8)
                            && (cls[p[e]] & (C_WS | C_SLASH | C_GT)))
                        {
                            is_end = 1;
                            el = PRIVACY_HTML_NOSCRIPT;
                            goto named;
                        }
                    } else if (c == '!' && state == S_SCRIPT) {
                        break;  /* maybe "<!--": escaped states */
                    }
                    i++;
                }
            }
            if (i == len) {
                break;
            }
            if (state == S_RAW) {
                TAG_START(sc->report[1]
                          & (PRIVACY_HTML_BIT(sc->raw_el)
                             | (NS_RULE() ? PRIVACY_HTML_BIT(
                                                PRIVACY_HTML_NOSCRIPT)
                                          : 0)))
                i++;
                state = S_RAW_LT;
                break;
            }
            TAG_START(sc->report[1] & PRIVACY_HTML_BIT(sc->raw_el))
            i++;
            state = S_SD_LT;
            break;

        case S_RAW_LT:
        case S_SD_LT:
        case S_SD_ESC_LT:
            c = p[i];
            if (c == '/') {
                i++;
                sc->k = 0;
                sc->cands = 1;
                if (state == S_RAW_LT) {
                    sc->ret = S_RAW;
                    if (NS_RULE()) {
                        sc->cands |= 2;
                    }
                } else {
                    sc->ret = state == S_SD_LT ? S_SCRIPT : S_SD_ESC;
                }
                state = S_END_NAME;
                break;
            }
            RELEASE()
            if (state == S_RAW_LT) {
                state = S_RAW;
            } else if (state == S_SD_LT) {
                if (c == '!') {
                    i++;
                    state = S_SD_ESC_START;
                } else {
                    state = S_SCRIPT;
                }
            } else if (cls[c] & C_ALPHA) {
                sc->k = 0;
                state = S_SD_DESC_START;
            } else {
                state = S_SD_ESC;
            }
            break;

        case S_NS_LT:
            if (p[i] == '/') {
                i++;
                sc->k = 0;
                sc->cands = 2;
                state = S_END_NAME;
                break;
            }
            RELEASE()
            state = sc->ret;
            break;

        case S_END_NAME:
            /*
             * "</" + the name of raw_el (cands bit 1) or of noscript (bit
             * 2, the noscript rule), then a delimiter; else back to ret
             */
            {
                const char  *nm = els[sc->raw_el].name;
                size_t       nl = els[sc->raw_el].len;
                unsigned     m;

                while (i < lim) {
                    c = p[i];
                    if (cls[c] & (C_WS | C_SLASH | C_GT)) {
                        break;
                    }
                    m = 0;
                    if ((sc->cands & 1) && sc->k < nl
                        && LOWER(c) == (unsigned char) nm[sc->k])
                    {
                        m = 1;
                    }
                    if ((sc->cands & 2) && sc->k < 8
                        && LOWER(c) == (unsigned char) "noscript"[sc->k])
                    {
                        m |= 2;
                    }
                    sc->cands = m;
                    if (m == 0) {
                        break;
                    }
                    i++;
                    sc->k++;
                }
                if (i == lim) {
                    break;
                }
                c = p[i];
                el = PRIVACY_HTML_OTHER;
                if (cls[c] & (C_WS | C_SLASH | C_GT)) {
                    if ((sc->cands & 1) && sc->k == nl) {
                        el = sc->raw_el;
                    } else if ((sc->cands & 2) && sc->k == 8) {
                        el = PRIVACY_HTML_NOSCRIPT;
                    }
                }
                if (el != PRIVACY_HTML_OTHER) {
                    /* the end tag of the raw text element or noscript */
                    sc->is_end = 1;
                    sc->el = el;
                    if (!(sc->report[1] & PRIVACY_HTML_BIT(el))) {
                        RELEASE()
                    }
                    /* after RELEASE(), which may stop and come back here */
                    if (sc->special) {
                        privacy_html_name_ctx(sc,
                                    (const unsigned char *) els[el].name,
                                    els[el].len);
                        if (sc->lose_now) {
                            privacy_html_lose_tag(sc);
                        }
                    }
                    i++;
                    if (c == '>') {
                        TAG_DONE()
                    } else {
                        state = S_BEFORE_ATTR;
                    }
                    break;
                }
                RELEASE()
                state = sc->ret;
            }
            break;

        case S_SD_ESC_START:
        case S_SD_ESC_START_DASH:
            if (p[i] == '-') {
                i++;
                state = state == S_SD_ESC_START ? S_SD_ESC_START_DASH
                                                : S_SD_ESC_DD;
            } else {
                state = S_SCRIPT;
            }
            break;

        case S_SD_ESC:
        case S_SD_DESC:
            /* rare: script bodies with "<!--" */
            while (i < len && p[i] != '-' && p[i] != '<') {
                i++;
            }
            if (i == len) {
                break;
            }
            if (p[i] == '-') {
                i++;
                state = state == S_SD_ESC ? S_SD_ESC_DASH : S_SD_DESC_DASH;
            } else if (state == S_SD_ESC) {
                TAG_START(sc->report[1] & PRIVACY_HTML_BIT(sc->raw_el))
                i++;
                state = S_SD_ESC_LT;
            } else {
                i++;
                state = S_SD_DESC_LT;
            }
            break;

        case S_SD_ESC_DASH:
        case S_SD_ESC_DD:
            c = p[i];
            if (c == '-') {
                i++;
                state = S_SD_ESC_DD;
            } else if (c == '<') {
                TAG_START(sc->report[1] & PRIVACY_HTML_BIT(sc->raw_el))
                i++;
                state = S_SD_ESC_LT;
            } else if (c == '>' && state == S_SD_ESC_DD) {
                i++;
                state = S_SCRIPT;
            } else {
                i++;
                state = S_SD_ESC;
            }
            break;

        case S_SD_DESC_DASH:
        case S_SD_DESC_DD:
            c = p[i];
            if (c == '-') {
                i++;
                state = S_SD_DESC_DD;
            } else if (c == '<') {
                i++;
                state = S_SD_DESC_LT;
            } else if (c == '>' && state == S_SD_DESC_DD) {
                i++;
                state = S_SCRIPT;
            } else {
                i++;
                state = S_SD_DESC;
            }
            break;

        case S_SD_DESC_LT:
            if (p[i] == '/') {
                i++;
                sc->k = 0;
                state = S_SD_DESC_END;
            } else {
                state = S_SD_DESC;
            }
            break;

        case S_SD_DESC_START:
        case S_SD_DESC_END:
            /* "<script" enters, "</script" leaves double escaping */
            c = p[i];
            if (sc->k < 6 && (c | 0x20) == (unsigned char) "script"[sc->k]) {
                i++;
                sc->k++;
            } else if (sc->k == 6 && (cls[c] & (C_WS | C_SLASH | C_GT))) {
                i++;
                state = state == S_SD_DESC_START ? S_SD_DESC : S_SD_ESC;
            } else {
                state = state == S_SD_DESC_START ? S_SD_ESC : S_SD_DESC;
            }
            break;

        default: /* S_PLAINTEXT */
            if (NS_RULE()) {
                q = memchr(p + i, '<', len - i);
                if (q == NULL) {
                    i = len;
                    break;
                }
                i = q - p;
                TAG_START(sc->report[1]
                          & PRIVACY_HTML_BIT(PRIVACY_HTML_NOSCRIPT))
                i++;
                sc->ret = S_PLAINTEXT;
                state = S_NS_LT;
                break;
            }
            i = len;
            break;
        }
    }

edge:

    if (i < len) {
        /* a reported tag reached max_tag bytes */
        privacy_html_run(sc, sc->tstart);
        sc->q[sc->qn].el = EL_INTERNAL(sc->el) ? PRIVACY_HTML_OTHER : sc->el;
        sc->axml_tag = 0;   /* removed, or the response ends */
        sc->pend = 0;
        sc->q[sc->qn].is_end = sc->is_end;
        sc->q[sc->qn].breakout = sc->broke;
        sc->broke = 0;
        privacy_html_queue(sc, PRIVACY_HTML_OVERFLOW, sc->held, sc->tstart,
                           i - sc->tstart);
        sc->run = i;
        sc->active = 0;
        sc->held = 0;
        goto out;
    }

    if (len < sc->len) {
        /* sc->sh_stop: the parser's reading of a candidate end */
        privacy_html_shadow_stop(sc, state, i);
        SCAN_LEN()
        if (sc->qn) {
            goto out;
        }
        goto again;
    }

    if (sc->active) {
        if (sc->last) {
            /* a tag cut by the end of the stream is text */
            privacy_html_queue(sc, PRIVACY_HTML_PASS, sc->held, sc->run,
                               len - sc->run);
            sc->active = 0;
            sc->held = 0;

        } else {
            privacy_html_run(sc, sc->tstart);
            n = len - sc->tstart;
            if (n) {
                memcpy(sc->buf + sc->held, p + sc->tstart, n);
                privacy_html_queue(sc, PRIVACY_HTML_HOLD, 0, sc->tstart, n);
                sc->held += n;
            }
        }

    } else {
        privacy_html_run(sc, len);
    }

    sc->run = len;
    sc->chunk_done = 1;
    if (len) {
        sc->lastc = p[len - 1];
    }
    if (sc->last) {
        sc->finished = 1;
    }

out:

    sc->pos = i;
    sc->state = state;

#undef SCAN_LEN
#undef LIMIT
#undef RESET
#undef TAG_START
#undef RELEASE
#undef TAG_DONE
}


/* ASCII case-insensitive equality of a name with a lowercase/any-case one */
static int
privacy_html_name_eq(const unsigned char *a, const unsigned char *b, size_t n)
{
    size_t  i;

    for (i = 0; i < n; i++) {
        if (a[i] != b[i]
            && !((cls[a[i]] & C_ALPHA) && (a[i] | 0x20) == (b[i] | 0x20)))
        {
            return 0;
        }
    }

    return 1;
}


/*
 * A bit per (length, first and last letter) of an attribute name, the same
 * for names equal but for case: most tags have no repeats, and the first
 * letter keeps e.g. src/loading and srcset/height of an img apart.
 */
#define DUP_BIT(a)                                                            \
    ((uint32_t) 1 << (((a)->name_len * 7 + ((a)->name[0] | 0x20) * 8          \
                       + ((a)->name[(a)->name_len - 1] | 0x20)) & 31))


/* later duplicates are marked: browsers keep the first */
static void
privacy_html_dups(privacy_html_attr_t *attrs, size_t na)
{
    size_t                j, k;
    uint32_t              seen, bit;
    privacy_html_attr_t  *a;

    seen = 0;

    for (k = 0; k < na; k++) {
        a = &attrs[k];

        bit = DUP_BIT(a);
        if (!(seen & bit)) {
            seen |= bit;
            continue;
        }

        for (j = 0; j < k; j++) {
            if (attrs[j].name_len == a->name_len && !attrs[j].dup
                && privacy_html_name_eq(attrs[j].name, a->name, a->name_len))
            {
                a->dup = 1;
                break;
            }
        }
    }
}


/* name, self-closing flag and attributes of a reported tag */
static void
privacy_html_fill(privacy_html_t *sc, privacy_html_event_t *ev)
{
    size_t                     k;
    uint32_t                   seen, again, bit;
    const unsigned char       *t, *end;
    privacy_html_attr_t       *a;
    const privacy_html_raw_t  *r;

    t = ev->tag;
    end = t + ev->tag_len - 1;      /* the ">" */

    ev->name = t + 1 + ev->is_end;
    ev->name_len = privacy_html_span(t, 1 + ev->is_end, ev->tag_len - 1,
                                     C_WS | C_SLASH) - (1 + ev->is_end);
    ev->self_closing = sc->unq_at != ev->end && end[-1] == '/';
    ev->truncated = sc->truncated;

    seen = 0;
    again = 0;

    for (k = 0; k < sc->na; k++) {
        a = &sc->attrs[k];
        r = &sc->raw[k];
        a->name = t + r->ns;
        a->name_len = r->ne - r->ns;
        a->value = r->vs ? t + r->vs : NULL;
        a->value_len = r->vs ? r->ve - r->vs : 0;
        a->quote = r->quote;
        a->dup = 0;

        bit = DUP_BIT(a);
        again |= seen & bit;
        seen |= bit;
    }

    /* no call for the usual tag without two names that may be equal */
    if (again) {
        privacy_html_dups(sc->attrs, sc->na);
    }

    ev->attrs = sc->attrs;
    ev->nattrs = sc->na;
}


int
privacy_html_parse(const unsigned char *tag, size_t len,
    privacy_html_event_t *ev, privacy_html_attr_t *attrs, size_t n)
{
    size_t                vl, na;
    unsigned              slash;
    unsigned char         quote;
    const unsigned char  *p, *q, *end, *ns, *ne, *vs;
    privacy_html_attr_t  *a;

    if (len < 3 || tag[0] != '<' || tag[len - 1] != '>') {
        return -1;
    }

    ev->tag = tag;
    ev->tag_len = len;
    ev->is_end = tag[1] == '/';

    p = tag + 1 + ev->is_end;
    end = tag + len - 1;

    ev->name = p;
    while (p < end && !(cls[*p] & (C_WS | C_SLASH))) {
        p++;
    }
    ev->name_len = p - ev->name;
    ev->el = ev->name_len ? privacy_html_lookup(ev->name, ev->name_len)
                          : PRIVACY_HTML_OTHER;

    na = 0;
    ev->self_closing = 0;
    ev->truncated = 0;
    ev->foreign = 0;        /* a tag alone has no context */
    ev->in_noscript = 0;

    for ( ;; ) {
        slash = 0;
        while (p < end && (cls[*p] & (C_WS | C_SLASH))) {
            slash = (*p++ == '/');
        }
        if (p == end) {
            /* "/>" outside a value */
            ev->self_closing = slash ? 1 : 0;
            break;
        }

        /* the first byte of a name may be "=" */
        ns = p++;
        while (p < end && !(cls[*p] & (C_WS | C_SLASH | C_EQ))) {
            p++;
        }
        ne = p;

        q = p;
        while (q < end && (cls[*q] & C_WS)) {
            q++;
        }

        vs = NULL;
        vl = 0;
        quote = 0;

        if (q < end && *q == '=') {
            p = q + 1;
            while (p < end && (cls[*p] & C_WS)) {
                p++;
            }

            if (p < end && (*p == '"' || *p == '\'')) {
                quote = *p++;
                vs = p;
                q = memchr(p, quote, end - p);
                if (q == NULL) {
                    q = end;
                }
                vl = q - vs;
                p = q < end ? q + 1 : end;

            } else {
                vs = p;
                while (p < end && !(cls[*p] & C_WS)) {
                    p++;
                }
                vl = p - vs;
            }
        }

        if (na == n) {
            ev->truncated = 1;
            continue;
        }

        a = &attrs[na++];
        a->name = ns;
        a->name_len = ne - ns;
        a->value = vs;
        a->value_len = vl;
        a->quote = quote;
        a->dup = 0;
    }

    privacy_html_dups(attrs, na);

    ev->attrs = attrs;
    ev->nattrs = na;

    return 0;
}


privacy_html_event_e
privacy_html_next(privacy_html_t *sc, privacy_html_event_t *ev)
{
    sc->removable = 0;

    for ( ;; ) {
        if (sc->qhead < sc->qn) {
            *ev = sc->q[sc->qhead++];

            if (ev->type == PRIVACY_HTML_TAG) {
                privacy_html_fill(sc, ev);
                sc->removable = !ev->is_end;
                sc->last_el = ev->el;
            }

            return ev->type;
        }

        sc->qhead = 0;
        sc->qn = 0;

        if (sc->chunk_done) {
            return PRIVACY_HTML_DONE;
        }

        privacy_html_scan(sc);
    }
}


/*
 * The start tag that ended at stream offset end is removed: what it opened
 * is not open for any browser (the shadow of the preload scanner's raw
 * text, a noscript counted, an element kept on sc->open); its content,
 * skipped, changes nothing (privacy_html_name_ctx())
 */
static void
privacy_html_unopen(privacy_html_t *sc, uint64_t end)
{
    if (sc->sh_el && sc->sh_from == end) {
        sc->sh_el = 0;
        sc->sh_k = 0;
        sc->sh_stop = SIZE_MAX;
    }

    if (sc->last_el == PRIVACY_HTML_NOSCRIPT && sc->foreign == 0
        && sc->noscript)
    {
        if (--sc->noscript == 0 && sc->nsend) {
            privacy_html_masks(sc);
        }
        sc->special = sc->foreign || sc->noscript || sc->ipn;
    }

    if (sc->pushed_at == end && sc->open.n) {
        privacy_html_pop_to(sc, sc->open.n - 1);
        sc->pushed_at = 0;
    }
}


void
privacy_html_remove(privacy_html_t *sc)
{
    if (sc->qhead && sc->q[sc->qhead - 1].type == PRIVACY_HTML_OVERFLOW
        && !sc->skip)
    {
        /*
         * Right after an OVERFLOW, always the last event queued: the tag
         * is still the current one.  The rest of it goes too.
         */
        sc->skip = 1;
        sc->skip_tag = 1;
        sc->depth = 0;
        sc->removable = !sc->is_end;
        sc->last_el = sc->el;
    }

    if (!sc->removable) {
        return;
    }

    sc->removable = 0;

    if (sc->q[sc->qhead - 1].type == PRIVACY_HTML_TAG) {
        privacy_html_unopen(sc, sc->q[sc->qhead - 1].end);
    }

    switch (sc->last_el) {
    case PRIVACY_HTML_IFRAME:
    case PRIVACY_HTML_NOSCRIPT:
    case PRIVACY_HTML_OBJECT:
    case PRIVACY_HTML_SCRIPT:
    case PRIVACY_HTML_STYLE:
        sc->skip = 1;
        sc->skip_el = sc->last_el;
        sc->depth = 1;
        break;
    default:
        break;
    }
}


const unsigned char *
privacy_html_held(const privacy_html_t *sc, size_t *len)
{
    unsigned  k;

    *len = sc->active ? sc->held : 0;

    /* a HOLD not yet delivered: its bytes are still the caller's */
    for (k = sc->qhead; k < sc->qn; k++) {
        if (sc->q[k].type == PRIVACY_HTML_HOLD) {
            *len -= sc->q[k].len;
        }
    }

    return sc->buf;
}


const privacy_html_attr_t *
privacy_html_attr(const privacy_html_event_t *ev, const char *name)
{
    size_t                      i, n;
    const privacy_html_attr_t  *a;

    n = strlen(name);

    for (i = 0; i < ev->nattrs; i++) {
        a = &ev->attrs[i];
        if (!a->dup && a->name_len == n
            && privacy_html_name_eq(a->name, (const unsigned char *) name, n))
        {
            return a;
        }
    }

    return NULL;
}


const char *
privacy_html_el_name(privacy_html_el_e el)
{
    return (unsigned) el < PRIVACY_HTML_NELEMENTS ? els[el].name : "";
}


const unsigned char *
privacy_html_breakout_tag(const privacy_html_t *sc, size_t *len)
{
    *len = sc->brk_len;

    return sc->brk;
}
