/*
 * fuzz_refresh.c: libFuzzer target for privacy_refresh_url().
 *
 * A reference written step by step after HTML's "shared declarative
 * refresh steps" (the quoted URL ending at the first quote again), and the
 * same ending at the last quote (Chromium): wherever either refreshes to a
 * URL that is not empty, privacy_refresh_url() must return that very span
 * (the first reading for the standard, the longer one for Chromium); where
 * both refresh to the page itself, no URL; always within the input (a
 * separate allocation of exactly its size, under ASan).
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_refresh.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)

#define REF_NONE  0     /* no refresh */
#define REF_SELF  1     /* the page itself */
#define REF_URL   2     /* in[*start .. *end) */


static int
ws(unsigned char c)
{
    return c == 0x09 || c == 0x0a || c == 0x0c || c == 0x0d || c == 0x20;
}


static int
ref(const unsigned char *in, size_t n, int last, size_t *start, size_t *end)
{
    size_t         pos, time, i;
    unsigned char  quote;

    pos = 0;

    while (pos < n && ws(in[pos])) { pos++; }

    time = pos;

    while (pos < n && in[pos] >= '0' && in[pos] <= '9') { pos++; }

    if (pos == time && (pos >= n || in[pos] != '.')) {
        return REF_NONE;
    }

    while (pos < n && ((in[pos] >= '0' && in[pos] <= '9') || in[pos] == '.'))
    {
        pos++;
    }

    if (pos < n) {
        if (!ws(in[pos]) && in[pos] != ';' && in[pos] != ',') {
            return REF_NONE;
        }

        while (pos < n && ws(in[pos])) { pos++; }

        if (pos < n && (in[pos] == ';' || in[pos] == ',')) {
            pos++;
        }

        while (pos < n && ws(in[pos])) { pos++; }
    }

    if (pos >= n) {
        return REF_SELF;
    }

    *start = pos;           /* urlString: the rest */
    *end = n;

    if (in[pos] == 'U' || in[pos] == 'u') {
        pos++;

        if (pos >= n || (in[pos] != 'R' && in[pos] != 'r')) {
            return REF_URL;
        }

        pos++;

        if (pos >= n || (in[pos] != 'L' && in[pos] != 'l')) {
            return REF_URL;
        }

        pos++;

        while (pos < n && ws(in[pos])) { pos++; }

        if (pos >= n || in[pos] != '=') {
            return REF_URL;
        }

        pos++;

        while (pos < n && ws(in[pos])) { pos++; }
    }

    /* skip quotes */

    quote = 0;

    if (pos < n && (in[pos] == '\'' || in[pos] == '"')) {
        quote = in[pos];
        pos++;
    }

    *start = pos;
    *end = n;

    if (quote) {
        for (i = pos; i < n; i++) {
            if (in[i] == quote) {
                *end = i;

                if (!last) {
                    break;
                }
            }
        }
    }

    return REF_URL;
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int             n, rs, rc;
    size_t          s, e, e2, ss, se, cs, ce;
    unsigned char  *in;

    in = malloc(size ? size : 1);
    CHECK(in != NULL);

    if (size) {
        memcpy(in, data, size);
    }

    n = privacy_refresh_url(in, size, &s, &e, &e2);

    CHECK(n >= 0 && n <= 2);

    if (n) {
        CHECK(s <= e && e <= e2 && e2 <= size);
        CHECK((n == 2) == (e2 != e));
    }

    rs = ref(in, size, 0, &ss, &se);
    rc = ref(in, size, 1, &cs, &ce);

    if (rs == REF_URL && se > ss) {
        CHECK(n >= 1 && s == ss && e == se);
    }

    if (rc == REF_URL && ce > cs) {
        CHECK(n >= 1 && s == cs && e2 == ce);
    }

    if (rs == REF_SELF && rc == REF_SELF) {
        CHECK(n == 0);
    }

    free(in);

    return 0;
}
