/*
 * privacy_docurl.h: the document a frame's data: or javascript: URL is.
 * No nginx.
 *
 * <iframe src="data:text/html,<img src=...>">, the same in <object data>,
 * an SVG document in <embed src="data:image/svg+xml,...">, and
 * <iframe src="javascript:'<img src=...>'"> are documents whose elements
 * load (checked in headless Chromium: each fetched the tracker its markup
 * named).  privacy_docurl() reads such a URL as browsers do: leading and
 * trailing C0 controls and spaces dropped, tabs and newlines removed, the
 * scheme in any case; a data: URL's body percent-decoded after the first
 * ",", then base64-decoded (forgiving-base64) when the type ends in
 * ";base64"; a javascript: URL's source percent-decoded.  Percent-decoding
 * is lenient: a "%" without two hex digits stays.
 */

#ifndef PRIVACY_DOCURL_H
#define PRIVACY_DOCURL_H

#include <stddef.h>


#define PRIVACY_DOCURL_NONE        0    /* another URL, or none loads */
#define PRIVACY_DOCURL_DATA        1
#define PRIVACY_DOCURL_JAVASCRIPT  2

/*
 * Of the URL p[0 .. len): its kind, and for data: and javascript: the
 * decoded document or source in out[0 .. *n) (out: len bytes, not p).
 */
int privacy_docurl(const unsigned char *p, size_t len, unsigned char *out,
    size_t *n);

#endif /* PRIVACY_DOCURL_H */
