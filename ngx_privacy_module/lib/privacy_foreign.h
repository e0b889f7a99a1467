/*
 * privacy_foreign.h: the text of an SVG <style> or <script>.  No nginx.
 *
 * Inside <svg> the tokenizer reads the content of a <style> or <script> as
 * markup, not as raw text: character references are decoded, comments
 * and CDATA sections are what they are elsewhere, and a tag opens a child
 * element.  The stylesheet or script is the element's child text content:
 * its own text nodes, joined (checked in headless Chromium:
 * "url(https://tr<!-- x -->acker.test/p)", "tr&#97;cker" and
 * "tr<g>x</g>acker" in an SVG <style> all made it fetch tracker.test; two
 * CDATA sections of a <script> joined too).
 *
 * privacy_foreign_text() makes that text from the raw content, without a
 * tree: comments and bogus comments dropped, CDATA sections unwrapped,
 * tags dropped, then references decoded (privacy_html_decode()).  Which
 * text belongs to a child element is only estimated (start and end tags
 * counted), so a caller reads both readings: with the text of children
 * (all) and without.  Never longer than the content.
 */

#ifndef PRIVACY_FOREIGN_H
#define PRIVACY_FOREIGN_H

#include <stddef.h>


/*
 * The text of content p[0 .. len) into out (len bytes; not p): with the
 * text inside child elements when all is set, without it otherwise.
 * Returns its length.
 */
size_t privacy_foreign_text(const unsigned char *p, size_t len,
    unsigned char *out, int all);

/* whether the content has markup or references at all ("<" or "&") */
int privacy_foreign_plain(const unsigned char *p, size_t len);

#endif /* PRIVACY_FOREIGN_H */
