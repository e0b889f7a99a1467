/*
 * privacy_css.h: the URLs a piece of CSS makes the browser fetch.
 *
 * A `style` attribute or a <style> block can load a tracker as surely as
 * an <img>: background: url(https://px.example/p.gif), @import
 * "https://...", image-set("..." 1x), @font-face src: url(...).  This
 * reads CSS as its tokenizer does (CSS Syntax Level 3), far enough to find
 * those URLs in every spelling the browser accepts: any case of url( and
 * @import, escapes in the function name (u\72l( is url(), in the URL
 * (\2f is "/") and in strings, comments anywhere, quoted and unquoted
 * url() arguments.  Each reference is returned with its span in the text,
 * so that a caller can make just that URL inert and keep the rest.
 *
 * No allocation, no nginx; the text is contiguous caller memory.
 */

#ifndef PRIVACY_CSS_H
#define PRIVACY_CSS_H

#include <stddef.h>


typedef struct {
    const unsigned char  *text;
    size_t                len;
    size_t                pos;
    unsigned              import;     /* after @import: a string is a URL */
    unsigned              set_depth;  /* inside image-set(: strings too */
    unsigned              depth;      /* parentheses */
    size_t                cut;        /* see privacy_css_cut() */
} privacy_css_t;


typedef struct {
    size_t                start;      /* the span to replace: the url(...) */
    size_t                end;        /*   token, or the string token */
    size_t                len;        /* of the decoded URL in out */
    unsigned              quoted;     /* the span is a string token */
} privacy_css_ref_t;


void privacy_css_init(privacy_css_t *css, const unsigned char *text,
    size_t len);

/*
 * The next URL reference: its span, and the URL decoded (escapes resolved,
 * surrounding blanks dropped) into out[0 .. size), truncated at size.
 * Returns 1, or 0 when the text has no more.
 */
int privacy_css_next(privacy_css_t *css, privacy_css_ref_t *ref,
    unsigned char *out, size_t size);

/* says whether the reference to url[0 .. len) must not be fetched */
typedef int (*privacy_css_judge_pt)(void *data, const unsigned char *url,
    size_t len);

/*
 * text[0 .. len) copied to out with every reference the judge condemns
 * made inert: a url() token becomes url() and a string token two quotes,
 * the empty URL, which the browser does not fetch (CSS Values 4: an invalid
 * resource).  The rest is unchanged, so the styles stay.  Never longer
 * than the text (every url() or string token is at least as long as its
 * replacement): out needs len bytes and may be text itself.  url is the
 * judge's buffer for each decoded URL (truncated at url_size).  Returns
 * the length written; *condemned counts the references made inert.
 */
size_t privacy_css_inert(unsigned char *out, const unsigned char *text,
    size_t len, unsigned char *url, size_t url_size,
    privacy_css_judge_pt judge, void *data, size_t *condemned);

/*
 * Where a stylesheet too long to hold at once can be cut: the last offset
 * in text[0 .. len) just after a ";", "{" or "}" that the tokenizer meets
 * outside comments, strings, url() and parentheses, with no @import
 * waiting for its URL.  There its state is the one it starts in, and no
 * token before looks past it, so the text before and the text after, each
 * read alone (privacy_css_inert()), give what the whole gives.  0 when
 * there is no such place.
 */
size_t privacy_css_cut(const unsigned char *text, size_t len);

/*
 * Whether text[0 .. len) ends inside the argument of a url() that begins
 * "data:" (a font or an image inline, which the browser does not fetch),
 * met where privacy_css_cut() could cut, with a last byte that
 * privacy_css_data_byte() takes.  Then *at is where its "url" starts (the
 * text before it reads alone as a cut part does) and *end the byte that
 * ends it: ")", or its quote.  Up to that byte, every byte the argument
 * goes on with that privacy_css_data_byte() takes is part of it; the text
 * after that byte reads alone as after a cut (for a judge that condemns
 * no data: URL, as none is fetched).  Returns 1, or 0.
 */
int privacy_css_data_tail(const unsigned char *text, size_t len, size_t *at,
    unsigned char *end);

/* the bytes of a data: URL's base64 or plain text that end nothing */
int privacy_css_data_byte(unsigned char c);

#endif /* PRIVACY_CSS_H */
