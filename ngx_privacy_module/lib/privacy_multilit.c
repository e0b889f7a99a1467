/*
 * privacy_multilit.c: which literals occur in a text (see the header).
 */

#include <string.h>

#include "privacy_multilit.h"

#if defined(__SSE2__) && (defined(__x86_64__) || defined(__i386__)) \
    && defined(__GNUC__)
#define PRIVACY_MULTILIT_AVX2  1
#include <immintrin.h>
#endif


static uint32_t
window(const unsigned char *p)
{
    uint32_t  w;

    memcpy(&w, p, 4);           /* any alignment; one load where allowed */
    return w;
}


static unsigned
hash(uint32_t w)
{
    return (unsigned) ((w * 0x9e3779b1u) >> (32 - PRIVACY_MULTILIT_BITS));
}


/*
 * Where in a literal its 3 bytes for the vector scan are: the least common
 * in scripts, so that few positions of a text are candidates.  Lowercase
 * letters, digits, blanks and the usual punctuation of code are common,
 * capitals and the rarer letters are not.
 */
static size_t
privacy_multilit_anchor(const unsigned char *lit, size_t len)
{
    size_t    k, best, off;
    unsigned  cost, j;

    static const unsigned char  rare[] = "jkqxzJKQXZ$@#^|~`";

    best = (size_t) -1;
    off = 0;

    for (k = 0; k + 3 <= len; k++) {
        cost = 0;

        for (j = 0; j < 3; j++) {
            cost += strchr((const char *) rare, lit[k + j]) && lit[k + j]
                    ? 1
                    : (lit[k + j] >= 'A' && lit[k + j] <= 'Z') ? 3
                    : (lit[k + j] >= 0x80) ? 4
                    : (lit[k + j] >= 'a' && lit[k + j] <= 'z') ? 10 : 8;
        }

        if (cost < best) {
            best = cost;
            off = k;
        }
    }

    return off;
}


int
privacy_multilit_init(privacy_multilit_t *set,
    const unsigned char *const *lits, const size_t *lens, unsigned n)
{
    size_t         min;
    uint32_t       w;
    unsigned       i, j, h;
    unsigned char  c;

    memset(set, 0, sizeof(privacy_multilit_t));

    if (n > PRIVACY_MULTILIT_MAX) {
        return -1;
    }

    min = PRIVACY_MULTILIT_LEN;

    for (i = 0; i < n; i++) {
        if (lens[i] < PRIVACY_MULTILIT_MIN || lens[i] > PRIVACY_MULTILIT_LEN) {
            return -1;
        }

        if (lens[i] < min) {
            min = lens[i];
        }
    }

    /* every occurrence covers a sampled window at an offset < stride */
    set->stride = (min - 3 < 4) ? (unsigned) (min - 3) : 4;
    set->n = n;

    for (i = 0; i < n; i++) {
        set->lit[i] = lits[i];
        set->len[i] = (uint16_t) lens[i];
        set->all |= (uint64_t) 1 << i;
        set->bucket[i % 8] |= (uint64_t) 1 << i;
        set->anchor[i] = (uint16_t) privacy_multilit_anchor(lits[i],
                                                            lens[i]);

        for (j = 0; j < 3; j++) {
            c = lits[i][set->anchor[i] + j];
            set->nib[2 * j][c & 0x0f] |= 1u << (i % 8);
            set->nib[2 * j + 1][c >> 4] |= 1u << (i % 8);
        }

        for (j = 0; j < set->stride; j++) {
            w = window(lits[i] + j);
            h = hash(w);

            if (set->mask[h] && set->win[h] != w) {
                set->multi[h / 64] |= (uint64_t) 1 << (h % 64);
            }

            set->mask[h] |= (uint64_t) 1 << i;
            set->win[h] = w;
        }
    }

#if defined(PRIVACY_MULTILIT_AVX2)
    __builtin_cpu_init();
    set->avx2 = __builtin_cpu_supports("avx2") ? 1 : 0;
#endif

    return 0;
}


#if defined(PRIVACY_MULTILIT_AVX2)

/*
 * The literals that start at text[from + j] for the bits j of bits, in the
 * buckets of bk[j]: out of line, so that the loop keeps its tables in
 * registers for the common case of no candidate.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint64_t
privacy_multilit_hits(const privacy_multilit_t *set,
    const unsigned char *text, size_t len, size_t from,
    const unsigned char *bk, uint32_t bits, uint64_t found)
{
    size_t    q;
    unsigned  j, b;
    uint64_t  m;

    do {
        j = (unsigned) __builtin_ctz(bits);
        bits &= bits - 1;
        q = from + j;

        m = 0;

        for (b = bk[j]; b; b &= b - 1) {
            m |= set->bucket[__builtin_ctz(b)];
        }

        /* the literal starts its anchor's bytes before */
        for (m &= ~found; m; m &= m - 1) {
            b = (unsigned) __builtin_ctzll(m);

            if (q >= set->anchor[b]
                && q - set->anchor[b] + set->len[b] <= len
                && memcmp(text + q - set->anchor[b], set->lit[b],
                          set->len[b])
                   == 0)
            {
                found |= (uint64_t) 1 << b;
            }
        }

    } while (bits);

    return found;
}


#define VEC32(a)  _mm256_loadu_si256((const __m256i *) (const void *) (a))
#define TAB32(a)                                                              \
    _mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)             \
                                                (const void *) (a)))

/* the bucket bits of the 32 bytes at p by the nibble tables lo, hi */
#define PRIVACY_MULTILIT_NIBBLES(p, lo, hi)                                   \
    _mm256_and_si256(                                                         \
        _mm256_shuffle_epi8(lo, _mm256_and_si256(VEC32(p), low)),             \
        _mm256_shuffle_epi8(hi, _mm256_and_si256(                             \
                                    _mm256_srli_epi16(VEC32(p), 4), low)))

/* the bucket bits left by the three bytes at each of p[0 .. 32) (an
   anchor there: its literal starts up to 253 bytes before) */
#define PRIVACY_MULTILIT_BUCKETS(p)                                           \
    _mm256_and_si256(                                                         \
        _mm256_and_si256(PRIVACY_MULTILIT_NIBBLES(p, n0l, n0h),               \
                         PRIVACY_MULTILIT_NIBBLES((p) + 1, n1l, n1h)),        \
        PRIVACY_MULTILIT_NIBBLES((p) + 2, n2l, n2h))

#define PRIVACY_MULTILIT_BITS_OF(v)                                           \
    ~(uint32_t) _mm256_movemask_epi8(_mm256_cmpeq_epi8((v),                   \
                                                  _mm256_setzero_si256()))


/* privacy_multilit_run() for every position, 32 a step (see the header) */
__attribute__((target("avx2")))
static uint64_t
privacy_multilit_run_avx2(const privacy_multilit_t *set,
    const unsigned char *text, size_t len, uint64_t stop)
{
    size_t          q;
    uint32_t        bits;
    uint64_t        found;
    __m256i         v, low, n0l, n0h, n1l, n1h, n2l, n2h;
    unsigned char   bk[32], tail[80];

    low = _mm256_set1_epi8(0x0f);
    n0l = TAB32(set->nib[0]);
    n0h = TAB32(set->nib[1]);
    n1l = TAB32(set->nib[2]);
    n1h = TAB32(set->nib[3]);
    n2l = TAB32(set->nib[4]);
    n2h = TAB32(set->nib[5]);
    found = 0;

    /* blocks of 32 positions, read up to 2 bytes past them */
    for (q = 0; len - q >= 34; q += 32) {
        v = PRIVACY_MULTILIT_BUCKETS(text + q);
        bits = PRIVACY_MULTILIT_BITS_OF(v);

        if (bits == 0) {
            continue;
        }

        _mm256_storeu_si256((__m256i *) (void *) bk, v);
        found = privacy_multilit_hits(set, text, len, q, bk, bits, found);

        if (found == set->all || (found & stop)) {
            return found;
        }
    }

    /* the positions left, 3 to 33 bytes from the end: a padded copy */
    if (len - q >= 3) {
        memset(tail, 0, sizeof(tail));
        memcpy(tail, text + q, len - q);

        v = PRIVACY_MULTILIT_BUCKETS(tail);
        bits = PRIVACY_MULTILIT_BITS_OF(v)
               & (uint32_t) ((1ull << (len - q - 2)) - 1);

        if (bits) {
            _mm256_storeu_si256((__m256i *) (void *) bk, v);
            found = privacy_multilit_hits(set, text, len, q, bk, bits, found);
        }
    }

    return found;
}

#endif


/*
 * The literals of m that occur with a window of theirs at text[q] (hash
 * hits: most are other text, so the literal's own window is compared in a
 * register before memcmp()), added to found.
 */
static uint64_t
privacy_multilit_confirm(const privacy_multilit_t *set,
    const unsigned char *text, size_t len, size_t q, uint32_t w, uint64_t m,
    uint64_t found)
{
    size_t    p;
    unsigned  i, j;

    while (m) {
        i = (unsigned) __builtin_ctzll(m);
        m &= m - 1;

        /* the literal starts j bytes before q, j < stride */
        for (j = 0; j < set->stride && j <= q; j++) {
            p = q - j;

            if (w == window(set->lit[i] + j)
                && p + set->len[i] <= len
                && memcmp(text + p, set->lit[i], set->len[i]) == 0)
            {
                found |= (uint64_t) 1 << i;
                break;
            }
        }
    }

    return found;
}


/* whether the window w may be one of slot h's literal windows */
static int
privacy_multilit_own(const privacy_multilit_t *set, unsigned h, uint32_t w)
{
    return set->win[h] == w || ((set->multi[h / 64] >> (h % 64)) & 1);
}


/*
 * The windows at q and q + stride with their hash hits m0, m1 (found
 * masked out of m0): out of line, so that the loop keeps nothing of them
 * in registers for the common case of no hit.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint64_t
privacy_multilit_pair(const privacy_multilit_t *set, const unsigned char *text,
    size_t len, size_t q, uint32_t w0, uint32_t w1, uint64_t m0, uint64_t m1,
    uint64_t found)
{
    if (m0 && privacy_multilit_own(set, hash(w0), w0)) {
        found = privacy_multilit_confirm(set, text, len, q, w0, m0, found);
    }

    m1 &= ~found;

    if (m1 && privacy_multilit_own(set, hash(w1), w1)) {
        found = privacy_multilit_confirm(set, text, len, q + set->stride, w1,
                                         m1, found);
    }

    return found;
}


/*
 * The literals found, up to the end of the text or until one in stop is
 * (or all are) found.  Windows are sampled two at a time (q, q + s): one
 * test of both masks for the common case, no hit.
 */
static uint64_t
privacy_multilit_run(const privacy_multilit_t *set, const unsigned char *text,
    size_t len, uint64_t stop)
{
    size_t    q, s;
    unsigned  h0;
    uint32_t  w0, w1;
    uint64_t  found, m0, m1;

    found = 0;
    s = set->stride;

    if (set->n == 0 || len < 4) {
        return 0;
    }

#if defined(PRIVACY_MULTILIT_AVX2)
    if (set->avx2) {
        return privacy_multilit_run_avx2(set, text, len, stop);
    }
#endif

    for (q = 0; len - q >= 4 + s; q += 2 * s) {
        w0 = window(text + q);
        w1 = window(text + q + s);
        m0 = set->mask[hash(w0)] & ~found;
        m1 = set->mask[hash(w1)] & ~found;

        if ((m0 | m1) == 0) {
            continue;
        }

        found = privacy_multilit_pair(set, text, len, q, w0, w1, m0, m1,
                                      found);

        if (found == set->all || (found & stop)) {
            return found;
        }
    }

    /* the last window, when one is left */
    if (len - q >= 4) {
        w0 = window(text + q);
        h0 = hash(w0);
        m0 = set->mask[h0] & ~found;

        if (m0 && privacy_multilit_own(set, h0, w0)) {
            found = privacy_multilit_confirm(set, text, len, q, w0, m0,
                                             found);
        }
    }

    return found;
}


uint64_t
privacy_multilit_scan(const privacy_multilit_t *set,
    const unsigned char *text, size_t len)
{
    return privacy_multilit_run(set, text, len, 0);
}


int
privacy_multilit_any(const privacy_multilit_t *set,
    const unsigned char *text, size_t len)
{
    return privacy_multilit_run(set, text, len, set->all) != 0;
}
