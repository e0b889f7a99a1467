/*
 * privacy_html_open.h: the elements open inside svg and math, as the HTML
 * tree builder keeps them, for the scanner (lib/privacy_html.c) and its
 * frozen copy (t/fuzz/html_v2).  Header only, no allocation.
 *
 * An end tag inside svg or math pops the foreign elements up to the open
 * one of its name (<svg><g><svg></g> closes the inner svg), and where an
 * HTML element is met first, HTML's rules apply (<div><svg></div> closes
 * the svg).  Inside an integration point (foreignObject, mi, ...) its end
 * tag closes it only when no HTML element opened in it is still open.  So
 * the scanner keeps the names of what is open from the outermost svg or
 * math on: its svg and math elements (counted, sc->foreign), the other
 * foreign elements, the integration points (a level begins above each)
 * and the HTML elements opened in one.  The HTML elements of a level are
 * known while every end tag closes the last one opened and no start tag
 * closes or opens one implicitly (<p><div>, <li><li>, <table><tr>, ...);
 * otherwise the level is "unsure" until its integration point closes.
 * Below the outermost svg or math (level 0) nothing is kept: an end tag
 * that meets HTML there is ambiguous (PRIVACY_HTML_OPEN_AMB).
 */

#ifndef PRIVACY_HTML_OPEN_H
#define PRIVACY_HTML_OPEN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PRIVACY_HTML_OPEN_MAX    32     /* entries; deeper: lost */
#define PRIVACY_HTML_OPEN_NAME   24     /* bytes of a name; longer: lost
                                           (foreign), unsure (HTML) */

/* an entry's kind */
#define PRIVACY_HTML_OPEN_FOREIGN  0    /* an element of svg or math */
#define PRIVACY_HTML_OPEN_COUNTED  1    /* an svg or math element */
#define PRIVACY_HTML_OPEN_IP       2    /* an integration point */
#define PRIVACY_HTML_OPEN_HTML     3    /* an HTML element in one */

/* what an end tag does (>= 0: the entries from that index on close) */
#define PRIVACY_HTML_OPEN_IGNORE   -1   /* nothing (browsers ignore it) */
#define PRIVACY_HTML_OPEN_AMB      -2   /* the foreign content of the level
                                           ends or not, by HTML elements
                                           not known */
#define PRIVACY_HTML_OPEN_UNSURE   -3   /* the level's HTML elements are
                                           not known from here on */
#define PRIVACY_HTML_OPEN_LOSE     -4   /* no reading is sure */


typedef struct {
    unsigned char  name[PRIVACY_HTML_OPEN_MAX][PRIVACY_HTML_OPEN_NAME];
    unsigned char  len[PRIVACY_HTML_OPEN_MAX];
    unsigned char  kind[PRIVACY_HTML_OPEN_MAX];
    unsigned       n;
    uint32_t       unsure;      /* bit L: level L is unsure */
    unsigned char  amb;         /* browsers may read HTML at this level
                                   where the scanner reads foreign content */
} privacy_html_open_t;


#define PRIVACY_HTML_OPEN_LOWER(c)                                            \
    ((unsigned char) ((c) - 'A') < 26 ? (unsigned char) ((c) | 0x20)          \
                                      : (unsigned char) (c))


/* whether entry k is named n[0 .. len), ASCII case-insensitively */
static inline int
privacy_html_open_is(const privacy_html_open_t *o, unsigned k,
    const unsigned char *n, size_t len)
{
    size_t  j;

    if (o->len[k] != len) {
        return 0;
    }

    for (j = 0; j < len; j++) {
        if (o->name[k][j] != PRIVACY_HTML_OPEN_LOWER(n[j])) {
            return 0;
        }
    }

    return 1;
}


/* whether n[0 .. len) is s (lowercase), ASCII case-insensitively */
static inline int
privacy_html_open_name(const unsigned char *n, size_t len, const char *s)
{
    size_t  j;

    for (j = 0; j < len && s[j]; j++) {
        if (PRIVACY_HTML_OPEN_LOWER(n[j]) != (unsigned char) s[j]) {
            return 0;
        }
    }

    return j == len && s[j] == '\0';
}


/* 0, or -1: full, or a name too long to keep */
static inline int
privacy_html_open_push(privacy_html_open_t *o, const unsigned char *n,
    size_t len, unsigned kind)
{
    size_t  j;

    if (o->n == PRIVACY_HTML_OPEN_MAX || len > PRIVACY_HTML_OPEN_NAME) {
        return -1;
    }

    for (j = 0; j < len; j++) {
        o->name[o->n][j] = PRIVACY_HTML_OPEN_LOWER(n[j]);
    }

    o->len[o->n] = (unsigned char) len;
    o->kind[o->n] = (unsigned char) kind;
    o->n++;

    return 0;
}


/* the level of entry k: the integration points at or below it */
static inline unsigned
privacy_html_open_level(const privacy_html_open_t *o, unsigned k)
{
    unsigned  j, l;

    l = 0;

    for (j = 0; j <= k && j < o->n; j++) {
        l += o->kind[j] == PRIVACY_HTML_OPEN_IP;
    }

    return l;
}


/* the first entry of the current level (above its integration point) */
static inline unsigned
privacy_html_open_base(const privacy_html_open_t *o)
{
    unsigned  k;

    for (k = o->n; k > 0; k--) {
        if (o->kind[k - 1] == PRIVACY_HTML_OPEN_IP) {
            return k;
        }
    }

    return 0;
}


/* where a breakout pops to: the foreign elements of the level close */
static inline unsigned
privacy_html_open_breakout(const privacy_html_open_t *o)
{
    unsigned  k;

    for (k = o->n; k > 0; k--) {
        if (o->kind[k - 1] >= PRIVACY_HTML_OPEN_IP) {
            break;
        }
    }

    return k;
}


/* whether an entry below k (not k) is named n */
static inline int
privacy_html_open_below(const privacy_html_open_t *o, unsigned k,
    const unsigned char *n, size_t len)
{
    while (k--) {
        if (privacy_html_open_is(o, k, n, len)) {
            return 1;
        }
    }

    return 0;
}


/* h1 .. h6 */
static inline int
privacy_html_open_heading(const unsigned char *n, size_t len)
{
    return len == 2 && PRIVACY_HTML_OPEN_LOWER(n[0]) == 'h'
           && n[1] >= '1' && n[1] <= '6';
}


/*
 * HTML's rules for end tag n at a sure level whose HTML element h is the
 * last one opened (the entries above it foreign, not special): h closes
 * if it is n; an HTML element of the level named n below it, or any for a
 * heading, may close or not (special elements between, scope): unsure;
 * </template> closes a template anywhere below: lose; else nothing closes
 * (the integration point is special, a scope boundary)
 */
static inline int
privacy_html_open_html_end(const privacy_html_open_t *o, unsigned h,
    const unsigned char *n, size_t len)
{
    unsigned  k, base;
    int       hd;

    if (privacy_html_open_is(o, h, n, len)) {
        return (int) h;
    }

    base = privacy_html_open_base(o);
    hd = privacy_html_open_heading(n, len);

    for (k = base; k <= h; k++) {
        if (o->kind[k] == PRIVACY_HTML_OPEN_HTML
            && (privacy_html_open_is(o, k, n, len)
                || (hd && privacy_html_open_heading(o->name[k], o->len[k]))))
        {
            return PRIVACY_HTML_OPEN_UNSURE;
        }
    }

    if (privacy_html_open_name(n, len, "template")) {
        return PRIVACY_HTML_OPEN_LOSE;
    }

    return PRIVACY_HTML_OPEN_IGNORE;
}


/*
 * End tag n (not </p>, </br> in foreign content: breakouts) where the
 * stack is not empty: what it closes, as the tree builder would.  In
 * foreign content, or directly in an integration point (its current node
 * is the integration point), the foreign elements are walked down from the
 * last one: the first one named n closes with all above it; at an HTML
 * element HTML's rules apply from the current node, which stop at an
 * integration point (special) once one is passed.
 */
static inline int
privacy_html_open_end(const privacy_html_open_t *o, const unsigned char *n,
    size_t len)
{
    int       r, tpl;
    unsigned  k, j, lvl, passed;

    k = o->n - 1;
    lvl = privacy_html_open_level(o, k);
    tpl = privacy_html_open_name(n, len, "template");

    if ((o->kind[k] == PRIVACY_HTML_OPEN_HTML
         || o->kind[k] == PRIVACY_HTML_OPEN_IP)
        && (o->unsure >> lvl) & 1)
    {
        /* the current node may be the integration point or HTML */
        if (tpl || privacy_html_open_below(o, privacy_html_open_base(o), n,
                                           len))
        {
            return PRIVACY_HTML_OPEN_LOSE;
        }
        return PRIVACY_HTML_OPEN_IGNORE;
    }

    if (o->kind[k] == PRIVACY_HTML_OPEN_HTML) {
        return privacy_html_open_html_end(o, k, n, len);
    }

    passed = 0;

    for ( ;; ) {
        if (o->kind[k] == PRIVACY_HTML_OPEN_HTML) {
            if (passed) {
                return tpl ? PRIVACY_HTML_OPEN_LOSE : PRIVACY_HTML_OPEN_IGNORE;
            }

            /* a special MathML element above: the rules stop there, or
               not (its namespace is not kept) */
            for (j = k + 1; j < o->n; j++) {
                if (privacy_html_open_name(o->name[j], o->len[j],
                                           "annotation-xml"))
                {
                    return PRIVACY_HTML_OPEN_AMB;
                }
            }

            r = privacy_html_open_html_end(o, k, n, len);

            if (r == PRIVACY_HTML_OPEN_UNSURE) {
                /* with the level unsure: see the caller */
                return PRIVACY_HTML_OPEN_AMB;
            }

            return r;
        }

        if (privacy_html_open_is(o, k, n, len)) {
            return (int) k;
        }

        if (o->kind[k] == PRIVACY_HTML_OPEN_IP) {
            passed = 1;
            lvl--;
        }

        if (o->kind[k] == PRIVACY_HTML_OPEN_COUNTED
            && (k == 0 || o->kind[k - 1] >= PRIVACY_HTML_OPEN_IP)
            && lvl && ((o->unsure >> lvl) & 1))
        {
            /* the root of an unsure level: HTML may be open below it */
            if (tpl || privacy_html_open_below(o, k, n, len)) {
                return PRIVACY_HTML_OPEN_LOSE;
            }
            return passed ? PRIVACY_HTML_OPEN_IGNORE : PRIVACY_HTML_OPEN_AMB;
        }

        if (k == 0) {
            /* below the outermost svg or math: HTML not kept */
            if (passed) {
                return tpl ? PRIVACY_HTML_OPEN_LOSE : PRIVACY_HTML_OPEN_IGNORE;
            }
            return PRIVACY_HTML_OPEN_AMB;
        }

        k--;
    }
}


/* whether an HTML element of the current level is named s */
static inline int
privacy_html_open_has(const privacy_html_open_t *o, const char *s)
{
    unsigned  k;

    for (k = privacy_html_open_base(o); k < o->n; k++) {
        if (o->kind[k] == PRIVACY_HTML_OPEN_HTML
            && privacy_html_open_name(o->name[k], o->len[k], s))
        {
            return 1;
        }
    }

    return 0;
}


/* whether n is one of the names in list (each followed by a space) */
static inline int
privacy_html_open_in(const unsigned char *n, size_t len, const char *list)
{
    const char  *s, *e;
    size_t       j;

    for (s = list; *s; s = e + 1) {
        e = strchr(s, ' ');

        if ((size_t) (e - s) == len) {
            for (j = 0; j < len && PRIVACY_HTML_OPEN_LOWER(n[j]) == s[j]; j++)
            {
                /* void */
            }
            if (j == len) {
                return 1;
            }
        }
    }

    return 0;
}


/*
 * A start tag n of HTML in an integration point, at a sure level (not svg,
 * math): 1 it opens an element, 0 none (void elements; those ignored in
 * the body), -1 the level turns unsure (the tag may close elements of the
 * level or open others; the active formatting elements of <a> and <nobr>
 * reach below the svg; tables, select, form and template have their own
 * modes)
 */
static inline int
privacy_html_open_start(const privacy_html_open_t *o, const unsigned char *n,
    size_t len)
{
    unsigned  top;

    if (len > PRIVACY_HTML_OPEN_NAME) {
        return -1;
    }

    if (privacy_html_open_in(n, len, "area base basefont bgsound br col "
                             "embed frame hr img image input link meta "
                             "param source track wbr body caption colgroup "
                             "frameset head html tbody td tfoot th thead tr "))
    {
        /* void, or ignored here; hr closes a p */
        return privacy_html_open_name(n, len, "hr")
               && privacy_html_open_has(o, "p") ? -1 : 0;
    }

    if (privacy_html_open_in(n, len, "a nobr table select form template "
                             "keygen isindex "))
    {
        return -1;
    }

    if (privacy_html_open_in(n, len, "address article aside blockquote "
                             "center details dialog dir div dl fieldset "
                             "figcaption figure footer header hgroup main "
                             "menu nav ol p search section summary ul pre "
                             "listing xmp plaintext li dd dt h1 h2 h3 h4 "
                             "h5 h6 ")
        && privacy_html_open_has(o, "p"))
    {
        return -1;      /* a p in button scope closes */
    }

    top = o->n - 1;     /* an integration point at least */

    if ((privacy_html_open_name(n, len, "li")
         && privacy_html_open_has(o, "li"))
        || (privacy_html_open_in(n, len, "dd dt ")
            && (privacy_html_open_has(o, "dd")
                || privacy_html_open_has(o, "dt")))
        || (privacy_html_open_in(n, len, "rb rp rt rtc ")
            && privacy_html_open_has(o, "ruby"))
        || (privacy_html_open_name(n, len, "button")
            && privacy_html_open_has(o, "button"))
        || (privacy_html_open_heading(n, len)
            && o->kind[top] == PRIVACY_HTML_OPEN_HTML
            && privacy_html_open_heading(o->name[top], o->len[top]))
        || (privacy_html_open_in(n, len, "option optgroup ")
            && o->kind[top] == PRIVACY_HTML_OPEN_HTML
            && privacy_html_open_name(o->name[top], o->len[top], "option")))
    {
        return -1;
    }

    return 1;
}

#endif /* PRIVACY_HTML_OPEN_H */
