/*
 * fuzz_srcset.c: libFuzzer target for privacy_url_list_next().
 *
 * The first byte chooses srcset or ping; the URLs must be those of a
 * reference written step by step after HTML's "parse a srcset attribute"
 * (splitting loop, descriptor tokenizer states) and "split on ASCII
 * whitespace", in order, each within the input; the input is a separate
 * allocation of exactly its size (ASan sees a read past it).
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_srcset.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)

typedef struct {
    size_t  off;
    size_t  len;
} span_t;


static int
ws(unsigned char c)
{
    return c == 0x09 || c == 0x0a || c == 0x0c || c == 0x0d || c == 0x20;
}


/* from pos: past whitespace (and commas), or past all else */
static size_t
skip(const unsigned char *in, size_t n, size_t pos, int space, int commas)
{
    while (pos < n && (ws(in[pos]) || (commas && in[pos] == ',')) == space) {
        pos++;
    }

    return pos;
}


/* HTML's srcset parser, its URLs only (every candidate, valid or not) */
static size_t
ref_srcset(const unsigned char *in, size_t n, span_t *out)
{
    size_t  pos, start, end, k;
    enum { IN_DESCRIPTOR, IN_PARENS, AFTER_DESCRIPTOR } state;

    pos = 0;
    k = 0;

    for ( ;; ) {
        /* splitting loop: whitespace and commas */
        pos = skip(in, n, pos, 1, 1);

        if (pos >= n) {
            return k;
        }

        start = pos;
        pos = skip(in, n, pos, 0, 0);
        end = pos;

        if (in[end - 1] == ',') {
            while (end > start && in[end - 1] == ',') {
                end--;
            }

        } else {
            /* descriptor tokenizer: whitespace first */
            pos = skip(in, n, pos, 1, 0);

            state = IN_DESCRIPTOR;

            for ( ;; ) {
                if (pos >= n) {
                    break;
                }

                if (state == IN_DESCRIPTOR) {
                    if (ws(in[pos])) {
                        state = AFTER_DESCRIPTOR;

                    } else if (in[pos] == ',') {
                        pos++;
                        break;

                    } else if (in[pos] == '(') {
                        state = IN_PARENS;
                    }

                    pos++;

                } else if (state == IN_PARENS) {
                    if (in[pos] == ')') {
                        state = IN_DESCRIPTOR;
                    }

                    pos++;

                } else {
                    if (!ws(in[pos])) {
                        state = IN_DESCRIPTOR;     /* that byte again */
                        continue;
                    }

                    pos++;
                }
            }
        }

        if (end > start) {
            out[k].off = start;
            out[k].len = end - start;
            k++;
        }
    }
}


static size_t
ref_ping(const unsigned char *in, size_t n, span_t *out)
{
    size_t  pos, start, k;

    pos = 0;
    k = 0;

    for ( ;; ) {
        pos = skip(in, n, pos, 1, 0);

        if (pos >= n) {
            return k;
        }

        start = pos;
        pos = skip(in, n, pos, 0, 0);

        out[k].off = start;
        out[k].len = pos - start;
        k++;
    }
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                   srcset;
    size_t                n, k, i, len;
    span_t               *want;
    unsigned char        *in;
    const unsigned char  *u;
    privacy_url_list_t    l;

    if (size == 0) {
        return 0;
    }

    srcset = data[0] & 1;
    n = size - 1;

    in = malloc(n ? n : 1);
    want = malloc(sizeof(span_t) * (n / 2 + 2));
    CHECK(in && want);

    if (n) {
        memcpy(in, data + 1, n);
    }

    k = srcset ? ref_srcset(in, n, want) : ref_ping(in, n, want);

    privacy_url_list_init(&l, in, n, srcset);

    for (i = 0; (len = privacy_url_list_next(&l, &u)) != 0; i++) {
        CHECK(i < k);
        CHECK(u >= in && (size_t) (u - in) + len <= n);
        CHECK((size_t) (u - in) == want[i].off && len == want[i].len);
    }

    CHECK(i == k);

    /* at its end a list stays there */
    CHECK(privacy_url_list_next(&l, &u) == 0);

    free(in);
    free(want);

    return 0;
}
