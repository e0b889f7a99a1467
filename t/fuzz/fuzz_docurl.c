/*
 * fuzz_docurl.c: libFuzzer target for privacy_docurl().
 *
 * Any bytes: the document is never longer than the URL and is written
 * only within an output of exactly its size (separate allocations, under
 * ASan); a URL that is not data: or javascript: yields nothing; a data:
 * URL without "%", "\t", "\n", "\r" and not base64 yields its body
 * after the first "," exactly; "javascript:" + any bytes without "%" and
 * the three yields those bytes (leading C0 and spaces of the URL dropped,
 * trailing ones too).
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_docurl.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


static int
plain(const unsigned char *p, size_t n)
{
    return memchr(p, '%', n) == NULL && memchr(p, '\t', n) == NULL
           && memchr(p, '\n', n) == NULL && memchr(p, '\r', n) == NULL;
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int             k;
    size_t          n, b;
    unsigned char  *in, *out;

    in = malloc(size + 16);
    out = malloc(size + 16);
    CHECK(in != NULL && out != NULL);

    memcpy(in, data, size);

    k = privacy_docurl(in, size, out, &n);
    CHECK(n <= size);
    CHECK(k != PRIVACY_DOCURL_NONE || n == 0);

    /* "javascript:" + the input: its bytes, when plain and trimmed */
    memcpy(in, "javascript:", 11);
    memcpy(in + 11, data, size);

    if (plain(data, size) && (size == 0 || (data[size - 1] > 0x20))) {
        free(out);
        out = malloc(size + 11);
        CHECK(out != NULL);
        k = privacy_docurl(in, size + 11, out, &n);
        CHECK(k == PRIVACY_DOCURL_JAVASCRIPT && n == size
              && memcmp(out, data, size) == 0);
    }

    /* "data:x," + the input: its bytes when plain (not base64) */
    memcpy(in, "data:x,", 7);
    memcpy(in + 7, data, size);

    if (plain(data, size) && (size == 0 || (data[size - 1] > 0x20))) {
        free(out);
        out = malloc(size + 7);
        CHECK(out != NULL);
        k = privacy_docurl(in, size + 7, out, &n);
        CHECK(k == PRIVACY_DOCURL_DATA && n == size
              && memcmp(out, data, size) == 0);
    }

    /* base64 of anything decodes to at most 3/4 of it */
    memcpy(in, "data:;base64,", 13);
    b = size > 3 ? size - 3 : 0;
    memcpy(in + 13, data, b);
    free(out);
    out = malloc(b + 13);
    CHECK(out != NULL);
    k = privacy_docurl(in, b + 13, out, &n);
    CHECK(k == PRIVACY_DOCURL_NONE || n <= (b / 4) * 3 + 2);

    free(in);
    free(out);

    return 0;
}
