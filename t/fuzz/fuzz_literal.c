/*
 * libFuzzer target for lib/privacy_literal.c, differential against PCRE2:
 * input = flags byte, pattern, NUL, subject.  Whenever PCRE2 compiles the
 * pattern and matches the subject, the factor found in the pattern must
 * occur in the subject (the litset scan must report it): a factor may be
 * missing, never wrong.  Linked with -lpcre2-8.
 */
#define PCRE2_CODE_UNIT_WIDTH  8

#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <pcre2.h>
#include "privacy_literal.h"

static privacy_litset_t  set;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                  rc, caseless;
    size_t               plen, erroff;
    uint64_t             found;
    const uint8_t       *nul;
    pcre2_code          *re;
    privacy_factor_t     f;
    pcre2_match_data    *md;

    if (size < 2) {
        return 0;
    }

    caseless = data[0] & 1;
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

        /* a match without the factor: the extraction claimed too much */
        assert(rc < 0 || found == (uint64_t) 1 << 7);
    }

    pcre2_match_data_free(md);
    pcre2_code_free(re);

    return 0;
}
