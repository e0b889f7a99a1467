/*
 * test_form.c: form-encoded pairs, decoding and name lists
 * (lib/privacy_form.c), and the pairs of random inputs against a naive
 * split.
 */

#include <stdint.h>

#include "unit.h"
#include "privacy_form.h"


static size_t
pairs(const char *in, char *out, size_t size)
{
    size_t                kl, vl, n;
    privacy_form_t        f;
    const unsigned char  *k, *v;

    n = 0;
    out[0] = '\0';
    privacy_form_init(&f, (const unsigned char *) in, strlen(in));

    while (privacy_form_next(&f, &k, &kl, &v, &vl)) {
        n += (size_t) snprintf(out + n, size - n, "[%.*s|%.*s]", (int) kl,
                               (const char *) k, (int) vl, (const char *) v);
    }

    return n;
}


int
main(void)
{
    char                   out[512];
    size_t                 n, i, len, round, bad;
    uint32_t               rng;
    const unsigned char   *p, *end, *name;
    unsigned char          buf[64], in[64];

    pairs("grant=analytics%2Cmarketing&return=%2Fcart", out, sizeof(out));
    UNIT_CHECK(strcmp(out, "[grant|analytics%2Cmarketing][return|%2Fcart]")
               == 0, "two pairs: %s", out);

    pairs("a&b=&=c&&d=1=2&", out, sizeof(out));
    UNIT_CHECK(strcmp(out, "[b|][|c][d|1=2]") == 0,
               "parts without \"=\" skipped, empty keys and values kept: %s",
               out);

    pairs("", out, sizeof(out));
    UNIT_CHECK(out[0] == '\0', "empty");

    n = privacy_form_decode(buf, (const unsigned char *) "a+b%2Cc%2cd%zz%4", 16);
    UNIT_CHECK_MEM(buf, n, "a b,c,d%zz%4", "decoding: + and %%XX, bad escapes stay");

    memcpy(buf, "x%41%42", 7);
    n = privacy_form_decode(buf, buf, 7);
    UNIT_CHECK_MEM(buf, n, "xAB", "in place");

    p = (const unsigned char *) " analytics,,marketing ,";
    end = p + strlen((const char *) p);
    n = 0;
    out[0] = '\0';
    while (privacy_form_token(&p, end, &name, &len)) {
        n += (size_t) snprintf(out + n, sizeof(out) - n, "<%.*s>", (int) len,
                               (const char *) name);
    }
    UNIT_CHECK(strcmp(out, "<analytics><marketing>") == 0, "list: %s", out);

    /* random inputs: the pairs tile the input between their separators */

    rng = 2463534242u;
    bad = 0;

    for (round = 0; round < 100000; round++) {
        size_t                kl, vl, seen;
        privacy_form_t        f;
        const unsigned char  *k, *v;
        static const char     alpha[] = "a=&%+2F";

        len = round % 40;

        for (i = 0; i < len; i++) {
            rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5;
            in[i] = (unsigned char) alpha[rng % (sizeof(alpha) - 1)];
        }

        privacy_form_init(&f, in, len);
        seen = 0;

        while (privacy_form_next(&f, &k, &kl, &v, &vl)) {
            /* inside the input, "=" right before the value, no "&" inside */
            if (k < in || v + vl > in + len || v != k + kl + 1 || v[-1] != '='
                || memchr(k, '&', kl + 1 + vl) != NULL
                || memchr(k, '=', kl) != NULL)
            {
                bad++;
                break;
            }

            n = privacy_form_decode(buf, v, vl);
            if (n > vl) {
                bad++;
            }

            if (++seen > len) {
                bad++;
                break;
            }
        }
    }

    UNIT_CHECK(bad == 0, "%zu random inputs broke the contract", bad);

    return unit_summary("form");
}
