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


/* condemns URLs of odd length */
static int
odd_judge(void *data, const unsigned char *url, size_t len)
{
    (void) data;
    (void) url;

    return len & 1;
}


static int
none_judge(void *data, const unsigned char *url, size_t len)
{
    (void) data;
    (void) url;
    (void) len;

    return 0;
}


/*
 * report-uri taken out: never longer; nothing condemned, nothing changed;
 * in place the same as into a copy of exactly the size; what stays is the
 * value with whole directives taken out (every ";" and "," kept)
 */
static void
reports(const unsigned char *in, size_t size)
{
    size_t          n, m, dropped, d2, i, seps_in, seps_out;
    unsigned char  *out, *same;

    out = malloc(size ? size : 1);
    same = malloc(size ? size : 1);
    CHECK(out != NULL && same != NULL);

    n = privacy_csp_reports_inert(out, in, size, none_judge, NULL, &dropped);
    CHECK(n == size && dropped == 0 && memcmp(out, in, size) == 0);

    n = privacy_csp_reports_inert(out, in, size, odd_judge, NULL, &dropped);
    CHECK(n <= size && (dropped == 0) == (n == size));

    memcpy(same, in, size);
    m = privacy_csp_reports_inert(same, same, size, odd_judge, NULL, &d2);
    CHECK(m == n && d2 == dropped && memcmp(same, out, n) == 0);

    for (i = 0, seps_in = 0; i < size; i++) {
        seps_in += (in[i] == ';' || in[i] == ',');
    }

    for (i = 0, seps_out = 0; i < n; i++) {
        seps_out += (out[i] == ';' || out[i] == ',');
    }

    CHECK(seps_in == seps_out);

    free(out);
    free(same);
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

    reports(in, size);

    free(in);
    return 0;
}
