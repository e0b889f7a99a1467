/*
 * window_study.c: what crossing tags by 64-byte class masks costs, at best.
 *
 * Issue #16 asks for a scanner that classifies blocks of 16 to 64 bytes at
 * once.  This is not such a scanner: it is the skeleton of one, written to
 * measure its floor on a page before anyone builds it.  It finds each "<",
 * the end of the tag's name and of each attribute name, skips quoted values
 * and finds the tag's ">", all from five masks of a 64-byte window ("<",
 * ">", "=", a quote, and a separator: a byte <= 0x20 or "/") computed with
 * AVX2 and reused for every tag the window holds.  It leaves out what the
 * scanner must also do, so its cost is a lower bound for the crossing of
 * plain tags alone:
 *   - no element lookup, no trigger names (style, ping, ...), no events;
 *   - either quote closes a value; bytes < 0x20 count as blanks;
 *   - no comments, raw text, foreign content, chunk boundaries;
 *   - a tag that leaves its window is skipped to the next ">".
 *
 * Usage, for instructions per pass (subtract a run with 0 passes):
 *
 *   cc -O2 -o build/window_study bench/window_study.c
 *   valgrind --tool=callgrind build/window_study PAGE 10
 *   valgrind --tool=callgrind build/window_study PAGE 0
 *
 * It prints the tags and attributes it crossed and the windows it
 * classified.  bench/README.md has the figures for the corpus page.
 */

#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


typedef struct {
    uint64_t  lt;       /* "<" */
    uint64_t  gt;       /* ">" */
    uint64_t  eq;       /* "=" */
    uint64_t  quote;    /* '"' or "'" */
    uint64_t  sep;      /* <= 0x20 or "/": ends a name */
} window_t;

typedef struct {
    size_t  tags;
    size_t  attrs;
    size_t  windows;
    size_t  skipped;    /* tags that left their window */
} counts_t;


#define MASK(v0, v1, e)                                                       \
    ((uint64_t) (uint32_t) _mm256_movemask_epi8(e(v0))                        \
     | (uint64_t) (uint32_t) _mm256_movemask_epi8(e(v1)) << 32)

#define IS_LT(v)  _mm256_cmpeq_epi8(v, _mm256_set1_epi8('<'))
#define IS_GT(v)  _mm256_cmpeq_epi8(v, _mm256_set1_epi8('>'))
#define IS_EQ(v)  _mm256_cmpeq_epi8(v, _mm256_set1_epi8('='))
#define IS_QUOTE(v)                                                           \
    _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('"')),              \
                    _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\'')))
#define IS_SEP(v)                                                             \
    _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_max_epu8(v,                      \
                                          _mm256_set1_epi8(0x20)),            \
                                      _mm256_set1_epi8(0x20)),                \
                    _mm256_cmpeq_epi8(v, _mm256_set1_epi8('/')))


__attribute__((target("avx2"), always_inline))
static inline void
classify(const unsigned char *p, window_t *w)
{
    __m256i  v0, v1;

    v0 = _mm256_loadu_si256((const __m256i *) (const void *) p);
    v1 = _mm256_loadu_si256((const __m256i *) (const void *) (p + 32));

    w->lt = MASK(v0, v1, IS_LT);
    w->gt = MASK(v0, v1, IS_GT);
    w->eq = MASK(v0, v1, IS_EQ);
    w->quote = MASK(v0, v1, IS_QUOTE);
    w->sep = MASK(v0, v1, IS_SEP);
}


/* the bits of m from bit k on (none when k >= 64) */
static inline uint64_t
from(uint64_t m, size_t k)
{
    return k >= 64 ? 0 : m >> k << k;
}


__attribute__((target("avx2"), noinline))
static void
cross(const unsigned char *p, size_t len, counts_t *c)
{
    size_t           i, b, k;
    uint64_t         m;
    window_t         w;
    const unsigned   char *q;

    i = 0;
    b = SIZE_MAX;               /* no window yet */

    for ( ;; ) {

        /* the next "<": in the window, else memchr() and a new window */

        if (b != SIZE_MAX && i - b < 64) {
            m = from(w.lt, i - b);
            if (m) {
                i = b + (size_t) __builtin_ctzll(m);
                goto tag;
            }
        }

        q = memchr(p + i, '<', len - i);
        if (q == NULL) {
            return;
        }

        i = (size_t) (q - p);

        if (len - i < 64) {
            return;             /* the last tags: not measured */
        }

        classify(p + i, &w);
        b = i;
        c->windows++;

    tag:

        c->tags++;

        /* the name: up to a separator or ">" */
        k = i - b + 1;
        m = from(w.sep | w.gt, k + 1);
        if (m == 0) {
            goto skip;
        }
        k = (size_t) __builtin_ctzll(m);

        for ( ;; ) {
            /* before a name: blanks and "/" */
            m = from(~w.sep, k);
            if (m == 0) {
                goto skip;
            }
            k = (size_t) __builtin_ctzll(m);

            if ((w.gt >> k) & 1) {
                i = b + k + 1;
                break;
            }

            c->attrs++;

            /* the name: up to a separator, ">" or "=" */
            m = from(w.sep | w.gt | w.eq, k + 1);
            if (m == 0) {
                goto skip;
            }
            k = (size_t) __builtin_ctzll(m);

            if (!((w.eq >> k) & 1)) {
                continue;
            }

            k++;

            if (k < 64 && ((w.quote >> k) & 1)) {
                /* a quoted value: to the next quote */
                m = from(w.quote, k + 1);
                if (m == 0) {
                    goto skip;
                }
                k = (size_t) __builtin_ctzll(m) + 1;
                continue;
            }

            /* unquoted: to a separator or ">" */
            m = from(w.sep | w.gt, k);
            if (m == 0) {
                goto skip;
            }
            k = (size_t) __builtin_ctzll(m);
        }

        continue;

    skip:

        c->skipped++;

        q = memchr(p + i, '>', len - i);
        if (q == NULL) {
            return;
        }

        i = (size_t) (q - p) + 1;
        b = SIZE_MAX;
    }
}


int
main(int argc, char **argv)
{
    FILE           *f;
    long            n, passes;
    size_t          len;
    counts_t        c;
    unsigned char  *p;

    if (argc != 3) {
        fprintf(stderr, "usage: window_study PAGE PASSES\n");
        return 2;
    }

    __builtin_cpu_init();

    if (!__builtin_cpu_supports("avx2")) {
        fprintf(stderr, "window_study: this CPU has no AVX2\n");
        return 2;
    }

    f = fopen(argv[1], "rb");
    if (f == NULL) {
        perror(argv[1]);
        return 1;
    }

    p = malloc(64 << 20);
    if (p == NULL) {
        fclose(f);
        return 1;
    }

    len = fread(p, 1, (64 << 20) - 64, f);
    fclose(f);

    passes = strtol(argv[2], NULL, 10);

    memset(&c, 0, sizeof(c));

    for (n = 0; n < passes; n++) {
        cross(p, len, &c);
    }

    if (passes > 0) {
        printf("%zu bytes, per pass: %zu tags, %zu attributes, %zu windows, "
               "%zu tags skipped\n", len, c.tags / (size_t) passes,
               c.attrs / (size_t) passes, c.windows / (size_t) passes,
               c.skipped / (size_t) passes);
    }

    free(p);

    return 0;
}
