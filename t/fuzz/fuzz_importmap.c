/*
 * fuzz_importmap.c: libFuzzer target for lib/privacy_importmap.c.
 *
 * The text is a separate allocation of exactly its size, as are the output
 * and the judge's buffer (ASan sees a byte written past them).  The strings
 * in value position come in order, inside the text, each from a quote to
 * its closing quote or to the end.  Made inert with a judge condemning
 * every string, none, or one by its bytes: never longer, the same in place
 * as copied, untouched when none is condemned, the judge called once per
 * string with its body unescaped and cut at url_size, and with every string
 * condemned each one left is "".
 *
 * The reference: where privacy_json_validate() accepts the text, the
 * strings in value position are exactly the object members' values and the
 * array elements (or the document itself, a string), found by walking it
 * with the accessors; unescaped, each body is what privacy_json_str_copy()
 * gives.  The same with the document's blanks rotated (space, tab, LF, CR),
 * so that every blank before a ':' is seen in each kind.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_importmap.h"
#include "privacy_json.h"


#define CHECK(c)  do { if (!(c)) { abort(); } } while (0)
#define URL_MAX   32

#define JUDGE_ALL   0
#define JUDGE_NONE  1
#define JUDGE_BYTE  2


typedef struct {
    int                   mode;     /* JUDGE_* */
    const unsigned char  *url;      /* the buffer given to inert() */
    size_t                calls;
    privacy_importmap_t   it;       /* the strings the judge is given */
} judge_t;


static unsigned char  s1[PRIVACY_JSON_MAX_LEN + 8];
static unsigned char  s2[PRIVACY_JSON_MAX_LEN + 8];
static unsigned char  u[URL_MAX];


/* each string in turn, unescaped and cut at URL_MAX */
static int
judge(void *data, const unsigned char *url, size_t len)
{
    size_t    s, e, n;
    judge_t  *j;

    j = data;
    j->calls++;

    CHECK(url == j->url && len <= URL_MAX);

    CHECK(privacy_importmap_next(&j->it, &s, &e));
    n = privacy_json_unescape(j->it.text + s + 1, j->it.close - s - 1, u,
                              URL_MAX);
    CHECK(len == n && (n == 0 || memcmp(url, u, n) == 0));

    switch (j->mode) {

    case JUDGE_ALL:
        return 1;

    case JUDGE_NONE:
        return 0;

    default:
        return (len & 1) ^ (len != 0 && (url[len / 2] & 1));
    }
}


/*
 * the spans of the strings in value position: checked, and counted; *lone
 * says whether the last is the text's last byte, a quote opening a string
 * that cannot become "" without growing the text
 */
static size_t
spans(const unsigned char *text, size_t size, int *lone)
{
    size_t               s, e, last, k;
    privacy_importmap_t  it;

    privacy_importmap_init(&it, text, size);
    last = 0;
    k = 0;
    *lone = 0;

    while (privacy_importmap_next(&it, &s, &e)) {
        *lone = (e - s == 1);
        CHECK(s >= last && s < e && e <= size && text[s] == '"');
        CHECK((it.close < size && it.close == e - 1 && text[it.close] == '"')
              || (it.close == size && e == size));
        last = e;
        CHECK(++k <= size);
    }

    CHECK(privacy_importmap_next(&it, &s, &e) == 0);

    return k;
}


static void
check_inert(const unsigned char *text, size_t size, size_t k, int lone,
    int mode, unsigned char *url)
{
    size_t               len, len2, n, m, s, e, again;
    judge_t              j;
    unsigned char       *copy, *in_place;
    privacy_importmap_t  it;

    copy = malloc(size ? size : 1);
    in_place = malloc(size ? size : 1);
    CHECK(copy && in_place);

    if (size) {
        memcpy(in_place, text, size);
    }

    j.mode = mode;
    j.url = url;
    j.calls = 0;
    privacy_importmap_init(&j.it, text, size);

    len = privacy_importmap_inert(copy, text, size, url, URL_MAX, judge, &j,
                                  &n);

    /* the judge may be spared the lone quote */
    CHECK(len <= size && n <= k);
    CHECK(j.calls == k || (lone && j.calls + 1 == k));

    j.calls = 0;
    privacy_importmap_init(&j.it, text, size);

    len2 = privacy_importmap_inert(in_place, in_place, size, url, URL_MAX,
                                   judge, &j, &m);

    CHECK(len2 == len && m == n);
    CHECK(j.calls == k || (lone && j.calls + 1 == k));
    CHECK(len == 0 || memcmp(copy, in_place, len) == 0);

    /* nothing condemned, nothing changed */
    CHECK(n != 0 || (len == size && (size == 0
                                     || memcmp(copy, text, size) == 0)));

    if (mode == JUDGE_NONE) {
        CHECK(n == 0);
    }

    if (mode == JUDGE_ALL) {
        CHECK(n == k || (lone && n + 1 == k));

        /* none is left but "" (and the lone quote) */

        privacy_importmap_init(&it, copy, len);
        again = 0;

        while (privacy_importmap_next(&it, &s, &e)) {
            CHECK((e - s == 2 && copy[s] == '"' && copy[s + 1] == '"')
                  || (lone && e - s == 1 && e == len));
            again++;
        }

        CHECK(again == k);
    }

    free(copy);
    free(in_place);
}


/* the reference: marks the strings in value position, end[start] = end */
static void
walk(const privacy_json_value_t *v, const unsigned char *text, size_t size,
    size_t *end)
{
    size_t                off, n, n2, i;
    privacy_json_iter_t   it;
    privacy_json_value_t  val;

    switch (v->type) {

    case PRIVACY_JSON_STRING:
        off = (size_t) (v->p - text);
        CHECK(v->p >= text && v->len >= 2 && off + v->len <= size);
        CHECK(end[off] == 0);
        end[off] = off + v->len;

        /* the body unescaped is the string's value, cut where asked */

        n = privacy_json_unescape(v->p + 1, v->len - 2, s1, sizeof(s1));

        if (privacy_json_str_copy(v, s2, sizeof(s2), &n2) == 0) {
            CHECK(n == n2 && memcmp(s1, s2, n) == 0);
        }

        n2 = privacy_json_unescape(v->p + 1, v->len - 2, s2, URL_MAX);
        CHECK(n2 == (n < URL_MAX ? n : URL_MAX) && memcmp(s1, s2, n2) == 0);

        return;

    case PRIVACY_JSON_OBJECT:
    case PRIVACY_JSON_ARRAY:
        break;

    default:
        return;
    }

    privacy_json_iter_init(&it, v);
    i = 0;

    while (privacy_json_iter_next(&it, NULL, &val)) {
        walk(&val, text, size, end);
        CHECK(++i <= size);
    }
}


static void
check_reference(const unsigned char *text, size_t size)
{
    int                   lone;
    size_t                s, e, i, k, *end;
    privacy_importmap_t   it;
    privacy_json_value_t  root;

    if (size > PRIVACY_JSON_MAX_LEN
        || privacy_json_validate(text, size, &root) != PRIVACY_JSON_OK)
    {
        return;
    }

    end = calloc(size, sizeof(size_t));
    CHECK(end != NULL);

    walk(&root, text, size, end);

    /* every string found is one of the reference's, with its end */

    privacy_importmap_init(&it, text, size);
    k = 0;

    while (privacy_importmap_next(&it, &s, &e)) {
        CHECK(s < size && end[s] == e);
        end[s] = 0;
        k++;
    }

    /* and every one of the reference's was found */

    for (i = 0; i < size; i++) {
        CHECK(end[i] == 0);
    }

    CHECK(k == spans(text, size, &lone));

    free(end);
}


/*
 * every JSON blank replaced by the next (space, tab, LF, CR, space): a
 * document whose strings hold none stays one, its blanks of every kind
 */
static void
rotate_blanks(unsigned char *text, size_t size)
{
    size_t  i;

    for (i = 0; i < size; i++) {
        switch (text[i]) {
        case ' ':
            text[i] = '\t';
            break;
        case '\t':
            text[i] = '\n';
            break;
        case '\n':
            text[i] = '\r';
            break;
        case '\r':
            text[i] = ' ';
            break;
        default:
            break;
        }
    }
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int             lone, r;
    size_t          k;
    unsigned char  *text, *url;

    text = malloc(size ? size : 1);
    url = malloc(URL_MAX);
    CHECK(text && url);

    if (size) {
        memcpy(text, data, size);
    }

    k = spans(text, size, &lone);

    check_inert(text, size, k, lone, JUDGE_ALL, url);
    check_inert(text, size, k, lone, JUDGE_NONE, url);
    check_inert(text, size, k, lone, JUDGE_BYTE, url);

    /* the text itself is never written */
    CHECK(size == 0 || memcmp(text, data, size) == 0);

    check_reference(text, size);

    for (r = 0; r < 3; r++) {
        rotate_blanks(text, size);
        check_reference(text, size);
    }

    free(text);
    free(url);

    return 0;
}
