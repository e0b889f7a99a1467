/*
 * privacy_urlparse.h: URLs read as the browser reads them (WHATWG URL
 * Standard, as Chromium implements it), in the canonical form the rules
 * match on.  No nginx.
 *
 * The HTML filter decides from its own reading of an attribute; the browser
 * fetches from its own.  Wherever the two differ, a tracker loads or a
 * first-party element goes.  So an attribute value (entity-decoded already)
 * is parsed against the document's base URL exactly as the URL Standard's
 * basic URL parser does for http and https, and written out as
 *
 *     "//" host [ ":" port ] path [ "?" query ]
 *
 * the scheme-relative shape ngx_http_privacy_url_category() takes:
 *
 *   - leading and trailing C0 controls and spaces are stripped, tabs, LF
 *     and CR removed anywhere;
 *   - only http and https (any case) are URLs to classify: any other scheme
 *     (javascript:, data:, mailto:, blob:, about:, ftp:, ws:, file:, ...)
 *     is PRIVACY_URL_OTHER; "//host/..." and relative URLs take the base's;
 *   - "\" is "/", any number of slashes or backslashes after "http(s):"
 *     introduce the host ("https:host" too, unless the base has the same
 *     scheme: then it is a relative path, as in the Standard and Chromium);
 *   - userinfo ends at the last "@" of the authority, which ends at the
 *     first "/", "\", "?" or "#";
 *   - the host is percent-decoded, mapped by UTS #46 (ICU, nontransitional,
 *     no STD3 rules, no hyphen or length checks: the Standard's "domain to
 *     ASCII") and lowercased; forbidden domain code points fail; IPv4 in
 *     every form the Standard takes ("0x7f.1", "2130706433") is written
 *     dotted-decimal, IPv6 compressed in brackets; trailing dots are
 *     removed (PRIVACY_URL_TRAILING_DOT says so) and the host is read as if
 *     it had none.  Where browsers differ the host is read, not refused (a
 *     host no browser contacts costs nothing to classify): ZWJ/ZWNJ are
 *     not checked (Chromium), nor is the BiDi rule (Ada), an ASCII host is
 *     not put through IDNA ("xn--" labels that are not Punycode pass, as
 *     in Chromium);
 *   - the default port (80, 443) is left out, an invalid one fails;
 *   - dot segments ("/x/../tr", "/./", "%2e%2E") are resolved, and
 *     percent-encoded unreserved characters (ALPHA DIGIT - . _ ~) of the
 *     path are decoded ("/%74r" is "/tr"), other escapes written with
 *     uppercase hex, a "%" that starts no escape written "%25".  The
 *     browser sends "%74" as it is, but every server reads the same
 *     resource (RFC 3986, 6.2.2.2), so "url" rules match what is fetched;
 *   - the query is kept as the browser sends it, the fragment dropped.
 *
 * Non-ASCII bytes of a path or query are percent-encoded byte by byte,
 * which is what the browser sends for UTF-8 text.  (Bytes that are not
 * UTF-8 come from a page in another encoding, whose URLs the browser
 * encodes from that encoding: no byte-level reading can follow it, and
 * "%XX" of the byte keeps the output within 3 bytes per input byte.)
 *
 * All memory is the caller's: the output goes to out[0 .. cap).  Only a
 * host with non-ASCII bytes calls ICU (a host with "%" escapes that decode
 * to ASCII does not); nothing else allocates.  An ASCII URL without a
 * port, userinfo, escapes to decode, dot segments (but leading "./" and
 * "../") or backslashes is read in one pass.
 */

#ifndef PRIVACY_URLPARSE_H
#define PRIVACY_URLPARSE_H

#include <stddef.h>


/* results */
#define PRIVACY_URL_OK          0   /* http(s): canonical form in *url */
#define PRIVACY_URL_TRUNCATED   1   /* http(s), host complete, the path or
                                       query cut at cap (at a character) */
#define PRIVACY_URL_OTHER       2   /* not an http(s) URL: another scheme,
                                       or relative with no http(s) base */
#define PRIVACY_URL_INVALID    -1   /* http(s) the Standard rejects (bad
                                       host or port): nothing is fetched */
#define PRIVACY_URL_NOSPACE    -2   /* the host does not fit in cap */
#define PRIVACY_URL_NOIDNA     -3   /* a non-ASCII host, and this build has
                                       no ICU to map it */

/* url->scheme */
#define PRIVACY_URL_HTTP        1
#define PRIVACY_URL_HTTPS       2

/* url->flags */
#define PRIVACY_URL_TRAILING_DOT  0x01   /* the host had trailing dots */
#define PRIVACY_URL_IPV4          0x02   /* the host is an IPv4 address */
#define PRIVACY_URL_IPV6          0x04   /* "[...]" */
#define PRIVACY_URL_IDNA          0x08   /* the host was percent-decoded or
                                            mapped (had "%" or non-ASCII) */
#define PRIVACY_URL_CUT           0x10   /* PRIVACY_URL_TRUNCATED */
#define PRIVACY_URL_PORT          0x20   /* ":port" follows the host */


/* every byte becomes at most 3 ("%XX"); the base's bytes come along */
#define PRIVACY_URL_CAP(len, base)  (3 * (len) + (base) + 64)


typedef struct {
    unsigned char  *data;       /* "//host[:port]/path[?query]", in out */
    size_t          len;
    size_t          host_len;   /* the host at data + 2, without the port */
    size_t          path;       /* offset of the path's "/" (== the length
                                   of "//host[:port]") */
    size_t          query;      /* offset of "?", or len: no query */
    unsigned        port;       /* the port after the host (flag
                                   PRIVACY_URL_PORT), or 0 */
    unsigned        scheme;     /* PRIVACY_URL_HTTP or PRIVACY_URL_HTTPS */
    unsigned        flags;
} privacy_url_t;


/*
 * Parses in[0 .. len) against base (a URL that privacy_url_parse() or
 * privacy_url_document() returned with PRIVACY_URL_OK, its data still
 * there; or NULL, or one with scheme 0: absolute URLs only then) into
 * out[0 .. cap).  On PRIVACY_URL_OK and
 * PRIVACY_URL_TRUNCATED *url describes the result (url->data == out);
 * otherwise its contents are undefined.  out must not overlap in or the
 * base's data.  PRIVACY_URL_CAP(len, base) bytes always hold the result
 * when the host is ASCII; a non-ASCII host can grow under IDNA (Punycode),
 * up to PRIVACY_URL_NOSPACE or PRIVACY_URL_TRUNCATED.
 */
int privacy_url_parse(const unsigned char *in, size_t len,
    const privacy_url_t *base, unsigned char *out, size_t cap,
    privacy_url_t *url);

/*
 * The document's URL, the base of a page without <base href>: scheme, the
 * request's Host (host[:port]) and request target (path[?query]) as the
 * client sent them.  The same results as privacy_url_parse().
 */
int privacy_url_document(unsigned scheme, const unsigned char *host,
    size_t host_len, const unsigned char *uri, size_t uri_len,
    unsigned char *out, size_t cap, privacy_url_t *doc);

/*
 * Opens ICU's UTS #46 mapper (it allocates once): call it at configuration
 * time, before worker processes or threads exist, so that no request pays
 * for it (otherwise the first non-ASCII host opens it, unlocked).  0, or -1
 * when the build has no ICU or ICU fails to open its data.
 */
int privacy_url_idna_init(void);

#endif /* PRIVACY_URLPARSE_H */
