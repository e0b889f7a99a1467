/*
 * privacy_inline.h: what the text of an inline <script> loads.
 *
 * Most trackers are pasted as inline loaders: a <script> without src that
 * builds the tracker's URL in JavaScript and inserts it ("j.src='https://
 * www.googletagmanager.com/gtm.js?id='+i", "(window,document,'script',
 * 'https://connect.facebook.net/en_US/fbevents.js')", "document.write(
 * '<iframe src=\"https://1.fls.doubleclick.net/...").  The HTML filter
 * holds such a script until its end tag, then asks this file for the URL
 * references in its text, and classifies each with the same rules as a
 * src attribute.
 *
 * A reference is a "//" in one of the spellings vendors use, with a host
 * after it, at the start of a string or attribute value (right after a
 * quote, a backtick, "=" or "(", or their %-encodings):
 *   - after "http:" or "https:" (any case):      'https://host/path'
 *   - scheme-relative:                           '//host/path'
 *   - JSON-escaped:                              "https:\/\/host\/path"
 *   - percent-encoded (inside unescape("...")):  'https%3A%2F%2Fhost%2Fpath'
 *   - a host without a scheme, with a path:      'edge.example.com/s/fs.js'
 * A URL in the middle of a sentence or of a comment is not one.
 * The reference is decoded (\/ \xHH \u00HH %HH) up to the first quote,
 * space or angle bracket, and returned scheme-relative, "//host/path?query",
 * for the URL rules.  A host must look like one (letters, digits, "-", "_",
 * at least one dot): "// comment" and "'//' + host" are not references.
 *
 * What the filter then counts (the glue decides; see docs/html.md): a
 * reference only matters in a script that fetches at all, one that holds a
 * construct making the browser load something (createElement, .src=,
 * document.write, new Image, sendBeacon, fetch( ...).  A framework's data
 * payload or a settings object that merely mentions a tracker's URL has
 * none of them and is left alone.
 *
 * No allocation, no nginx; the text is contiguous caller memory.
 */

#ifndef PRIVACY_INLINE_H
#define PRIVACY_INLINE_H

#include <stddef.h>

#include "privacy_multilit.h"


typedef struct {
    const unsigned char  *text;
    size_t                len;
    size_t                pos;      /* where the search goes on */
} privacy_inline_t;


void privacy_inline_init(privacy_inline_t *it, const unsigned char *text,
    size_t len);

/*
 * The next reference: written decoded into out[0 .. size) as "//host" plus
 * path and query (the host as written; truncated at size bytes, size >= 8).
 * Returns its length, or 0 when the text has no more.
 */
size_t privacy_inline_next(privacy_inline_t *it, unsigned char *out,
    size_t size);

/*
 * The constructs that make a script fetch (createElement, .src=,
 * document.write, new Image, sendBeacon, fetch(, XMLHttpRequest, import(,
 * importScripts, innerHTML, insertAdjacentHTML), built into set once.
 * Returns 0 (or -1, not reached).
 */
int privacy_inline_constructs(privacy_multilit_t *set);

/* 1 if the text holds one of the constructs */
int privacy_inline_fetches(const privacy_multilit_t *constructs,
    const unsigned char *text, size_t len);

/*
 * 1 if a <script> of this type runs as JavaScript (HTML's "JavaScript MIME
 * type essence match"): type is the decoded value of the type attribute,
 * NULL when there is none; language likewise, consulted only when type is
 * absent.  Data blocks (application/json, application/ld+json,
 * text/template, text/plain, ...) give 0.  The other kinds (any case,
 * trimmed like the rest):
 * PRIVACY_INLINE_RULES: speculation rules ("speculationrules"), data that
 * makes the browser fetch every URL it lists (Chromium prefetches and
 * prerenders cross-site URLs of a list rule, checked).
 * PRIVACY_INLINE_MODULE: "module", JavaScript whose static import and
 * export-from declarations fetch their URL (import "https://...").
 * PRIVACY_INLINE_IMPORTMAP: "importmap", whose addresses are fetched when a
 * module imports their specifier (lib/privacy_importmap.h).
 */
#define PRIVACY_INLINE_RULES      2
#define PRIVACY_INLINE_MODULE     3
#define PRIVACY_INLINE_IMPORTMAP  4

/*
 * 1 if the text of a module script may hold a static import: the words
 * import or export anywhere (import "u"; import x from "u"; export * from
 * "u"), a construct that fetches, as createElement is in a classic script.
 */
int privacy_inline_module_imports(const unsigned char *text, size_t len);

int privacy_inline_js_type(const unsigned char *type, size_t type_len,
    const unsigned char *language, size_t language_len);

#endif /* PRIVACY_INLINE_H */
