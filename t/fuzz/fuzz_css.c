/*
 * fuzz_css.c: libFuzzer target for lib/privacy_css.c.  The text is a
 * separate allocation of exactly its size; every reference's span lies
 * inside it, spans come in order without overlapping, the decoded URL fits
 * its buffer, and the search ends.  Made inert (every reference, or every
 * other one), the text is never longer, the same in place as copied, and
 * with every reference condemned no URL is left in it.  Cut where
 * privacy_css_cut() allows, or around a data: URL where
 * privacy_css_data_tail() says, the parts made inert apart give the whole.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_css.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)
#define OUT_MAX   32


static int
judge_all(void *data, const unsigned char *url, size_t len)
{
    (void) url;
    (void) len;

    return data == NULL || ((*(size_t *) data)++ & 1);
}


static void
check_inert(const uint8_t *data, size_t size, unsigned char *url)
{
    size_t             n, m, every, len, again;
    unsigned char     *copy, *in_place;
    privacy_css_t      css;
    privacy_css_ref_t  ref;

    copy = malloc(size ? size : 1);
    in_place = malloc(size ? size : 1);
    CHECK(copy && in_place);
    if (size) {
        memcpy(in_place, data, size);
    }

    /* every other reference: copied and in place agree */

    every = 0;
    len = privacy_css_inert(copy, data, size, url, OUT_MAX, judge_all, &every,
                            &n);
    CHECK(len <= size);
    every = 0;
    CHECK(privacy_css_inert(in_place, in_place, size, url, OUT_MAX, judge_all,
                            &every, &m) == len);
    CHECK(m == n && memcmp(copy, in_place, len) == 0);

    /* every reference: none is left */

    len = privacy_css_inert(copy, data, size, url, OUT_MAX, judge_all, NULL,
                            &n);
    privacy_css_init(&css, copy, len);
    again = 0;

    while (privacy_css_next(&css, &ref, url, OUT_MAX)) {
        CHECK(ref.len == 0);
        CHECK(++again <= len);
    }

    free(copy);
    free(in_place);
}


/* condemns by the URL alone (so that any reading order agrees) */
static int
judge_odd(void *data, const unsigned char *url, size_t len)
{
    (void) data;

    if (len >= 5 && (url[0] | 0x20) == 'd' && (url[1] | 0x20) == 'a'
        && (url[2] | 0x20) == 't' && (url[3] | 0x20) == 'a' && url[4] == ':')
    {
        return 0;               /* never fetched (any case): never condemned */
    }

    return (len & 1) || (len && url[0] == 'x');
}


/*
 * data[0 .. at) made inert, data[at .. q) as it is and data[q .. size) made
 * inert, each read alone: the same as the whole made inert.
 */
static void
check_split(const uint8_t *data, size_t size, size_t at, size_t q,
    unsigned char *url)
{
    size_t          len, a, b, n, na, nb;
    unsigned char  *whole, *parts;

    whole = malloc(size);
    parts = malloc(size);
    CHECK(whole && parts);

    len = privacy_css_inert(whole, data, size, url, OUT_MAX, judge_odd, NULL,
                            &n);
    a = privacy_css_inert(parts, data, at, url, OUT_MAX, judge_odd, NULL,
                          &na);
    memcpy(parts + a, data + at, q - at);
    b = privacy_css_inert(parts + a + q - at, data + q, size - q, url,
                          OUT_MAX, judge_odd, NULL, &nb);

    CHECK(a + (q - at) + b == len && na + nb == n
          && memcmp(whole, parts, len) == 0);

    free(whole);
    free(parts);
}


/*
 * Cut where privacy_css_cut() says (of the whole, or of its first half: a
 * place there is one of the whole too), the two parts made inert apart
 * are the whole made inert.
 */
static void
check_cut(const uint8_t *data, size_t size, size_t cut, unsigned char *url)
{
    CHECK(cut <= size);

    if (cut == 0) {
        return;
    }

    CHECK(data[cut - 1] == ';' || data[cut - 1] == '{'
          || data[cut - 1] == '}');

    check_split(data, size, cut, cut, url);
}


/*
 * Where the first p bytes end inside a data: url() (privacy_css_data_tail()),
 * the bytes on up to its end byte pass unread, and the rest read alone:
 * the same as the whole made inert.
 */
static void
check_data_tail(const uint8_t *data, size_t size, size_t p,
    unsigned char *url)
{
    size_t         at, q;
    unsigned char  end;

    if (p == 0 || p > size || !privacy_css_data_tail(data, p, &at, &end)) {
        return;
    }

    CHECK(at < p);

    for (q = p; q < size && privacy_css_data_byte(data[q]); q++) {
        /* void */
    }

    if (q == size || data[q] != end) {
        return;                 /* the caller stops reading there */
    }

    check_split(data, size, at, q + 1, url);
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t             last, refs;
    unsigned char     *text, *out;
    privacy_css_t      css;
    privacy_css_ref_t  ref;

    text = malloc(size ? size : 1);
    out = malloc(OUT_MAX);
    CHECK(text && out);
    if (size) {
        memcpy(text, data, size);
    }

    privacy_css_init(&css, text, size);
    last = 0;
    refs = 0;

    while (privacy_css_next(&css, &ref, out, OUT_MAX)) {
        CHECK(ref.start >= last && ref.start < ref.end && ref.end <= size);
        CHECK(ref.len <= OUT_MAX);
        CHECK(css.pos == ref.end);
        last = ref.end;
        CHECK(++refs <= size);
    }

    CHECK(css.pos >= size);

    check_inert(data, size, out);
    check_cut(data, size, privacy_css_cut(data, size), out);
    check_cut(data, size, privacy_css_cut(data, size / 2), out);
    check_data_tail(data, size, size / 2, out);
    check_data_tail(data, size, size / 3, out);
    check_data_tail(data, size, size - size / 4, out);

    free(text);
    free(out);
    return 0;
}
