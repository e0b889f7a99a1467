/*
 * privacy_refresh.h: the URL a declarative refresh goes to,
 * <meta http-equiv="refresh" content="5; url='https://...'">, as browsers
 * read the content: a time, a ";" or ",", "url=" (any case, spaces around
 * "=", optional), then the URL, quoted or not.  No nginx.
 *
 * A quoted URL ends at its quote: at the first one again in the HTML
 * standard, at the last one in Chromium (checked: "0;url='/a'/b'" goes to
 * "/a'/b", and "0;url='https://a.example'@t.example/x'" to t.example).  Both
 * readings are returned when they differ.  Lenient where browsers do not
 * refresh at all (a time of other bytes than digits and dots, no ";" or
 * ","): a URL read too many costs a classification, never a tracker.
 */

#ifndef PRIVACY_REFRESH_H
#define PRIVACY_REFRESH_H

#include <stddef.h>


/*
 * Of content p[0 .. len): 0 when it names no URL (the page refreshes
 * itself), else the URL p[*start .. *end) and, when a browser reads a
 * longer one (Chromium's last quote), returns 2 with p[*start .. *end2);
 * 1 otherwise (*end2 == *end).  Either may be empty (the page itself).
 */
int privacy_refresh_url(const unsigned char *p, size_t len, size_t *start,
    size_t *end, size_t *end2);

#endif /* PRIVACY_REFRESH_H */
