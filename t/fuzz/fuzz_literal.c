/*
 * libFuzzer target for lib/privacy_literal.c, differential against PCRE2:
 * input = flags byte, pattern, NUL, subject.  Whenever PCRE2 compiles the
 * pattern and matches the subject, the factor found in the pattern must
 * occur in the subject (the litset scan must report it): a factor may be
 * missing, never wrong.  The scan must report exactly whether one of the
 * factor's alternatives occurs (a plain search), and so must the memo of a
 * prefix (split where the flags byte says) with the rest.  Linked with
 * -lpcre2-8.
 */
#define PCRE2_CODE_UNIT_WIDTH  8

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <pcre2.h>
#include "privacy_literal.h"

static privacy_litset_t  set;


/* does alternative k of f occur in s: the plain search */
static int
occurs(const privacy_factor_t *f, unsigned k, const uint8_t *s, size_t len)
{
    size_t         i, j;
    unsigned char  a, b;

    for (i = 0; i + f->len[k] <= len; i++) {
        for (j = 0; j < f->len[k]; j++) {
            a = f->alt[k][j];
            b = s[i + j];

            if (f->caseless) {
                a = (a >= 'A' && a <= 'Z') ? a | 0x20 : a;
                b = (b >= 'A' && b <= 'Z') ? b | 0x20 : b;
            }

            if (a != b) {
                break;
            }
        }

        if (j == f->len[k]) {
            return 1;
        }
    }

    return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                  rc, caseless;
    size_t               plen, erroff, slen, split, i;
    uint8_t             *buf;
    unsigned             k, want, cut;
    uint64_t             found, rest;
    privacy_litset_memo_t  memo;
    const uint8_t       *nul;
    pcre2_code          *re;
    privacy_factor_t     f;
    pcre2_match_data    *md;

    if (size < 2) {
        return 0;
    }

    caseless = data[0] & 1;
    cut = data[0] >> 1;
    data++;
    size--;

    nul = memchr(data, 0, size);
    plen = nul ? (size_t) (nul - data) : size;

    if (!privacy_regex_factor(data, plen, caseless, &f)) {
        return 0;
    }

    assert(f.nalts >= 1 && f.nalts <= PRIVACY_FACTOR_ALTS);

    re = pcre2_compile(data, plen, caseless ? PCRE2_CASELESS : 0, &rc,
                       &erroff, NULL);
    if (re == NULL) {
        return 0;
    }

    md = pcre2_match_data_create(1, NULL);
    assert(md != NULL);

    privacy_litset_init(&set);
    assert(privacy_litset_add(&set, &f, 7) == 0);

    if (nul) {
        rc = pcre2_match(re, nul + 1, size - plen - 1, 0, 0, md, NULL);
        found = privacy_litset_scan(&set, nul + 1, size - plen - 1);

        /* the other vector scan, where the CPU has SSSE3: the same */
        if (set.ssse3) {
            set.ssse3 = 0;
            assert(privacy_litset_scan(&set, nul + 1, size - plen - 1)
                   == found);
            set.ssse3 = 1;
        }

        /* a match without the factor: the extraction claimed too much */
        assert(rc < 0 || found == (uint64_t) 1 << 7);

        slen = size - plen - 1;
        want = 0;

        for (k = 0; k < f.nalts; k++) {
            want |= occurs(&f, k, nul + 1, slen);
        }

        assert(found == (want ? (uint64_t) 1 << 7 : 0));

        split = (size_t) cut * slen / 127;

        if (privacy_litset_prefix(&set, nul + 1, split, &memo) == 0) {
            /*
             * Before the rest, bytes that are read but not matched: the
             * factor itself, which must not count
             */
            buf = malloc(slen ? slen : 1);
            assert(buf != NULL);

            for (i = 0; i < split; i++) {
                buf[i] = f.alt[0][i % f.len[0]];
            }

            memcpy(buf + split, nul + 1 + split, slen - split);

            rest = privacy_litset_rest(&set, &memo, buf, split, slen);
            assert(rest == found);

            free(buf);
        }
    }

    pcre2_match_data_free(md);
    pcre2_code_free(re);

    return 0;
}
