/*
 * fuzz_csp.c: libFuzzer target for lib/privacy_csp.c.  The value is a
 * separate allocation of exactly its size.  A nonce lies inside it, is
 * 1 .. PRIVACY_CSP_NONCE_MAX of CSP's base64-value, and is preceded by
 * "'nonce-" (any case) and followed by "'"; a nonce means restricted;
 * restricted means some policy restricts; a policy ","-joined to itself
 * changes nothing; a policy without script directives appended changes
 * nothing.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "privacy_csp.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)


static int
b64(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
           || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '-'
           || c == '_' || c == '=';
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t          i;
    unsigned char  *in, *two;
    privacy_csp_t   c, d;

    in = malloc(size ? size : 1);
    CHECK(in != NULL);
    if (size) {
        memcpy(in, data, size);
    }

    privacy_csp_script(in, size, &c);

    CHECK(c.restricted == (c.policies > 0));

    if (c.nonce) {
        CHECK(c.restricted);
        CHECK(c.nonce_len > 0 && c.nonce_len <= PRIVACY_CSP_NONCE_MAX);
        CHECK(c.nonce >= in + 7 && c.nonce + c.nonce_len < in + size);
        CHECK(strncasecmp((const char *) c.nonce - 7, "'nonce-", 7) == 0);
        CHECK(c.nonce[c.nonce_len] == '\'');

        for (i = 0; i < c.nonce_len; i++) {
            CHECK(b64(c.nonce[i]));
        }

    } else {
        CHECK(c.nonce_len == 0);
    }

    /* the value joined to itself: the same answer, twice the policies */
    if (memchr(in, ',', size) == NULL) {
        two = malloc(2 * size + 10);
        CHECK(two != NULL);
        memcpy(two, in, size);
        two[size] = ',';
        memcpy(two + size + 1, in, size);

        privacy_csp_script(two, 2 * size + 1, &d);
        CHECK(d.restricted == c.restricted && d.policies == 2 * c.policies);
        CHECK(d.nonce_len == c.nonce_len);
        CHECK(c.nonce == NULL
              || memcmp(d.nonce, c.nonce, c.nonce_len) == 0);

        /* a policy that says nothing of scripts changes nothing */
        memcpy(two + size + 1, "img-src *", 9);
        privacy_csp_script(two, size + 10, &d);
        CHECK(d.restricted == c.restricted && d.policies == c.policies);
        CHECK(d.nonce_len == c.nonce_len
              && (c.nonce == NULL || d.nonce == two + (c.nonce - in)));

        free(two);
    }

    free(in);
    return 0;
}
