/*
 * fuzz_urlparse.c: libFuzzer target for privacy_url_parse().
 *
 * Input: byte 0 picks the base (none, the https document, an http base
 * with a port and query, or a base parsed from the input: then byte 2 is
 * its length), byte 1 the output room (0: PRIVACY_URL_CAP of the input,
 * else that many bytes); the rest is the attribute value.  Input, base and
 * output are separate allocations of their exact sizes (ASan sees any byte
 * past them).
 *
 * Checked: the result code is one of the documented ones; the output fits
 * in cap and is "//" host [":" port] "/" path ["?" query] in printable
 * ASCII, with the fields pointing at those parts; the host is lowercase,
 * free of forbidden code points and trailing dots (or an IPv6 literal);
 * the path has no dot segment and no escape of an unreserved byte; with
 * PRIVACY_URL_CAP room and an ASCII host nothing is cut; a tab after the
 * first byte (which keeps a URL from the one-pass reading) changes nothing;
 * and a complete canonical form, with its scheme, parses back to itself.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_url.h"
#include "privacy_urlparse.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


static int
hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }

    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }

    return -1;
}


static int
unreserved(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
           || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
           || c == '~';
}


static void
check_url(const privacy_url_t *u, const unsigned char *out, size_t cap,
    int rc)
{
    size_t         i, s, h, pe;
    unsigned char  c, *low;

    CHECK(u->data == out && u->len <= cap);
    CHECK(u->scheme == PRIVACY_URL_HTTP || u->scheme == PRIVACY_URL_HTTPS);
    CHECK(!!(u->flags & PRIVACY_URL_CUT) == (rc == PRIVACY_URL_TRUNCATED));

    for (i = 0; i < u->len; i++) {
        CHECK(out[i] > 0x20 && out[i] < 0x7f && out[i] != '#');
    }

    CHECK(u->len >= 2 && out[0] == '/' && out[1] == '/');
    CHECK(u->host_len > 0 && 2 + u->host_len <= u->len);

    /* the host */

    h = 2;

    if (u->flags & PRIVACY_URL_IPV6) {
        CHECK(out[h] == '[' && out[h + u->host_len - 1] == ']');

        for (i = h + 1; i < h + u->host_len - 1; i++) {
            c = out[i];
            CHECK((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                  || c == ':');
        }

    } else {
        for (i = h; i < h + u->host_len; i++) {
            c = out[i];
            CHECK(!(c >= 'A' && c <= 'Z'));
            CHECK(strchr("#%/:<>?@[\\]^|", c) == NULL);
        }

        CHECK(u->host_len == 1 || out[h + u->host_len - 1] != '.');
    }

    /* the port */

    s = h + u->host_len;

    if (u->flags & PRIVACY_URL_PORT) {
        CHECK(s < u->len && out[s] == ':');
        CHECK(u->port != (u->scheme == PRIVACY_URL_HTTPS ? 443u : 80u));
        CHECK(u->port <= 65535);

    } else {
        CHECK(u->port == 0);
    }

    if (rc == PRIVACY_URL_TRUNCATED) {
        return;
    }

    CHECK(u->path < u->len && out[u->path] == '/');
    CHECK(u->path == s || (u->flags & PRIVACY_URL_PORT));
    CHECK(u->query >= u->path && u->query <= u->len);
    CHECK(u->query == u->len || out[u->query] == '?');

    /* what ngx_http_privacy_url_category() is given as the host's length
       without looking: "host[:port]" ends at the path, lowercase already */
    low = malloc(u->len);
    CHECK(low != NULL);
    CHECK(privacy_url_host_copy(out + 2, u->len - 2, low, 0) == u->path - 2);
    CHECK(memcmp(low, out + 2, u->path - 2) == 0);
    free(low);

    /* the path: no dot segment, escapes in uppercase, never unreserved */

    pe = u->query;

    for (i = u->path; i < pe; i++) {
        CHECK(out[i] != '?' && out[i] != '\\');

        if (out[i] == '%') {
            CHECK(pe - i >= 3 && hexval(out[i + 1]) >= 0
                  && hexval(out[i + 2]) >= 0);
            CHECK(!unreserved(hexval(out[i + 1]) << 4 | hexval(out[i + 2])));
        }

        if (out[i] == '/') {
            s = i + 1;

            if (s < pe && out[s] == '.') {
                s++;
                if (s < pe && out[s] == '.') {
                    s++;
                }
                CHECK(s < pe && out[s] != '/');
            }
        }
    }
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int             rc, rc2;
    size_t          cap, n, k, blen, skip;
    unsigned        mode, room;
    privacy_url_t   base, *bp, u, u2;
    unsigned char  *in, *out, *bbuf, *again, *in2;
    const char     *bs;

    static const char  *bases[] = {
        NULL,
        "https://www.example.org/news/today/article.html?page=2",
        "http://h.example:8080/a/b/?q",
    };

    if (size < 2) {
        return 0;
    }

    mode = data[0] & 3;
    room = data[1];
    bp = NULL;
    bbuf = NULL;
    bs = NULL;
    blen = 0;
    skip = 2;

    if (mode == 3) {
        /* a base from the input */
        if (size < 3 || (size_t) data[2] > size - 3) {
            return 0;
        }

        blen = data[2];
        skip = 3 + blen;

    } else if (mode) {
        bs = bases[mode];
        blen = strlen(bs);
    }

    if (mode) {
        in = malloc(blen ? blen : 1);
        CHECK(in != NULL);
        memcpy(in, bs ? (const unsigned char *) bs : data + 3, blen);

        cap = PRIVACY_URL_CAP(blen, 0);
        bbuf = malloc(cap);
        CHECK(bbuf != NULL);

        rc = privacy_url_parse(in, blen, NULL, bbuf, cap, &base);
        free(in);

        if (rc == PRIVACY_URL_OK) {
            bp = &base;
        }
    }

    data += skip;
    size -= skip;

    in = malloc(size ? size : 1);
    CHECK(in != NULL);
    if (size) {
        memcpy(in, data, size);
    }

    cap = room ? room : PRIVACY_URL_CAP(size, bp ? bp->len : 0);
    out = malloc(cap ? cap : 1);
    CHECK(out != NULL);

    rc = privacy_url_parse(in, size, bp, out, cap, &u);

    CHECK(rc == PRIVACY_URL_OK || rc == PRIVACY_URL_TRUNCATED
          || rc == PRIVACY_URL_OTHER || rc == PRIVACY_URL_INVALID
          || rc == PRIVACY_URL_NOSPACE);

    if (rc == PRIVACY_URL_OK || rc == PRIVACY_URL_TRUNCATED) {
        check_url(&u, out, cap, rc);
    }

    if (room == 0 && (rc == PRIVACY_URL_TRUNCATED
                      || rc == PRIVACY_URL_NOSPACE))
    {
        /* with PRIVACY_URL_CAP room only a host grown by IDNA is cut */
        for (k = 0; k < size && data[k] < 0x80; k++) { /* void */ }
        CHECK(k < size);
    }

    /*
     * A tab after the first byte that is not trimmed changes nothing for
     * the URL Standard, but no URL with a tab takes the one-pass reading:
     * the general code must give the same answer.
     */
    for (k = 0; k < size && data[k] <= 0x20; k++) { /* void */ }

    if (k < size) {
        in2 = malloc(size + 1);
        again = malloc(cap ? cap : 1);
        CHECK(in2 != NULL && again != NULL);
        memcpy(in2, data, k + 1);
        in2[k + 1] = '\t';
        memcpy(in2 + k + 2, data + k + 1, size - k - 1);

        rc2 = privacy_url_parse(in2, size + 1, bp, again, cap, &u2);

        CHECK(rc2 == rc);

        if (rc == PRIVACY_URL_OK || rc == PRIVACY_URL_TRUNCATED) {
            CHECK(u2.len == u.len && memcmp(again, out, u.len) == 0);
            CHECK(u2.host_len == u.host_len && u2.port == u.port
                  && u2.path == u.path && u2.query == u.query
                  && u2.scheme == u.scheme && u2.flags == u.flags);
        }

        free(in2);
        free(again);
    }

    if (rc == PRIVACY_URL_OK) {
        /* the canonical form, with its scheme, reads back to itself */
        n = (u.scheme == PRIVACY_URL_HTTPS) ? 6 : 5;
        in2 = malloc(n + u.len);
        CHECK(in2 != NULL);
        memcpy(in2, u.scheme == PRIVACY_URL_HTTPS ? "https:" : "http:", n);
        memcpy(in2 + n, u.data, u.len);

        again = malloc(u.len);
        CHECK(again != NULL);

        rc2 = privacy_url_parse(in2, n + u.len, NULL, again, u.len, &u2);

        CHECK(rc2 == PRIVACY_URL_OK);
        CHECK(u2.len == u.len && memcmp(again, out, u.len) == 0);
        CHECK(u2.host_len == u.host_len && u2.port == u.port
              && u2.path == u.path && u2.query == u.query
              && u2.scheme == u.scheme);
        CHECK((u2.flags & (PRIVACY_URL_IPV4 | PRIVACY_URL_IPV6
                           | PRIVACY_URL_PORT))
              == (u.flags & (PRIVACY_URL_IPV4 | PRIVACY_URL_IPV6
                             | PRIVACY_URL_PORT)));

        free(in2);
        free(again);
    }

    free(in);
    free(out);
    free(bbuf);

    return 0;
}
