/*
 * Strict percent-decoding (§1.5).  The decoded bytes are checked as they are
 * produced, so a value is read once and never expanded: a double-encoded
 * value stays encoded ("%2527" becomes "%27") and fails in the parser that
 * follows, which is exactly what the spec wants.
 */
#include "privacy_pct.h"



int
privacy_utf8_valid(const unsigned char *p, size_t len)
{
    size_t         i, n, k;
    unsigned long  cp, min;
    unsigned char  c;

    i = 0;

    while (i < len) {
        c = p[i];

        if (c < 0x80) {
            i++;
            continue;
        }

        if (c >= 0xc2 && c <= 0xdf) {
            n = 1; cp = c & 0x1f; min = 0x80;

        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2; cp = c & 0x0f; min = 0x800;

        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3; cp = c & 0x07; min = 0x10000;

        } else {
            return 0;
        }

        if (len - i - 1 < n) {
            return 0;
        }

        for (k = 1; k <= n; k++) {
            if ((p[i + k] & 0xc0) != 0x80) {
                return 0;
            }

            cp = (cp << 6) | (p[i + k] & 0x3f);
        }

        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return 0;
        }

        i += n + 1;
    }

    return 1;
}


int
privacy_pct_decode(const unsigned char *src, size_t len, unsigned char *dst,
    size_t cap, unsigned flags, size_t *out)
{
    size_t         i, o, need, have;
    int            hi, lo;
    unsigned char  c, win[4];

    *out = 0;

    if (dst != NULL && cap < len) {
        return -1;
    }

    /*
     * UTF-8 is checked on the decoded bytes as they come out, through a
     * window of one sequence (at most 4 bytes), so that validation works
     * without a destination buffer too.
     */
    need = 0;
    have = 0;
    o = 0;

    for (i = 0; i < len; i++) {
        c = src[i];

        if (c == '%') {
            if (len - i < 3) {
                return -1;
            }

            hi = privacy_hex_value(src[i + 1]);
            lo = privacy_hex_value(src[i + 2]);

            if (hi < 0 || lo < 0) {
                return -1;
            }

            c = (unsigned char) (hi << 4 | lo);
            i += 2;

        } else if (c == '+' && (flags & PRIVACY_PCT_FORM)) {
            c = ' ';
        }

        if (c < 0x20 || c == 0x7f) {
            return -1;
        }

        if (dst != NULL) {
            dst[o] = c;
        }

        o++;

        /* incremental UTF-8 check over the window */
        if (need == 0) {
            if (c < 0x80) {
                continue;
            }

            if (c >= 0xc2 && c <= 0xdf) {
                need = 2;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 3;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 4;
            } else {
                return -1;
            }

            win[0] = c;
            have = 1;
            continue;
        }

        if ((c & 0xc0) != 0x80) {
            return -1;
        }

        win[have++] = c;

        if (have == need) {
            if (!privacy_utf8_valid(win, have)) {
                return -1;
            }

            need = 0;
            have = 0;
        }
    }

    if (need != 0) {
        return -1;
    }

    *out = o;

    return 0;
}
