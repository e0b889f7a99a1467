/*
 * privacy_importmap.h: the addresses of an import map, and the map with
 * the ones not granted taken out.  No nginx, no allocation.
 *
 * <script type="importmap"> holds JSON: {"imports": {specifier: address},
 * "scopes": {prefix: {specifier: address}}, "integrity": {...}}.  When a
 * module imports a specifier (import "analytics"), the browser fetches the
 * address the map gives it (checked in headless Chromium: a map entry to a
 * tracker made it fetch the tracker).  Neither the map nor the importing
 * module need name the tracker anywhere else.
 *
 * Every string in value position is read as an address: a JSON string not
 * followed by ":" (its key).  In a map the browser accepts, that is every
 * address plus strings it never fetches (integrity hashes, members it
 * ignores): a superset.  A map the browser rejects (not JSON) loads
 * nothing, whatever is read of it.
 *
 * An address that is not granted becomes "", which the browser resolves
 * to null: an import of that specifier fails (TypeError) and only the
 * module importing it with it; the other entries and the page's other
 * modules stay.  Removing the entry instead would let a prefix entry's
 * imports fall back to their own URL.
 */

#ifndef PRIVACY_IMPORTMAP_H
#define PRIVACY_IMPORTMAP_H

#include <stddef.h>


typedef struct {
    const unsigned char  *text;
    size_t                len;
    size_t                pos;      /* where the search goes on */
    size_t                close;    /* the last string's closing quote,
                                       or len */
} privacy_importmap_t;


void privacy_importmap_init(privacy_importmap_t *it,
    const unsigned char *text, size_t len);

/*
 * The next string in value position: text[*start .. *end), its quotes
 * included (a string the text ends in has no closing quote: *end is len).
 * Returns 1, or 0 when the text has no more.
 */
int privacy_importmap_next(privacy_importmap_t *it, size_t *start,
    size_t *end);

/* says whether the address url[0 .. len) must not be fetched */
typedef int (*privacy_importmap_judge_pt)(void *data,
    const unsigned char *url, size_t len);

/*
 * text[0 .. len) copied to out with every address the judge condemns made
 * "".  Never longer than the text: out needs len bytes and may be text
 * itself.  url is the judge's buffer for each unescaped address (cut at
 * url_size).  Returns the length written; *condemned counts the addresses
 * made "".
 */
size_t privacy_importmap_inert(unsigned char *out, const unsigned char *text,
    size_t len, unsigned char *url, size_t url_size,
    privacy_importmap_judge_pt judge, void *data, size_t *condemned);

#endif /* PRIVACY_IMPORTMAP_H */
