/*
 * Required literals of regexes; see privacy_literal.h.
 *
 * The pattern is read at its top level as a sequence of atoms.  A run of
 * literal characters (plain ones and escaped punctuation) not broken by any
 * other atom must appear in every match, and so must one of the branches of
 * a group made of nothing but literal branches, "(matomo|piwik)", unless a
 * quantifier follows it.  A literal followed by a quantifier is dropped from
 * its run.  The best of these factors is the one whose shortest branch is
 * the longest.  Anything else is an opaque atom that only ends the current
 * run, and a construct that would change how the rest of the text reads is
 * refused outright.
 */
#include <string.h>
#include "privacy_literal.h"

#if defined(__SSE2__)
#include <emmintrin.h>

#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define PRIVACY_LITSET_SSSE3  1
#include <tmmintrin.h>
#endif

#endif

#define is_digit(c)  ((c) >= '0' && (c) <= '9')
#define is_alpha(c)  ((((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z'))
#define lower(c)     ((unsigned char) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 \
                                                                : (c)))

typedef struct {
    unsigned char   b[PRIVACY_LITERAL_MAX];
    size_t          n;          /* may exceed the buffer: counts on */
} run_t;


/*
 * Escapes with a letter or digit that name no literal and take no argument:
 * classes, anchors and control characters.  Others (\x41, \Q, \1, \p{..},
 * \cX, \N{..}, \g.., \k..) would make their arguments look like literals:
 * such patterns are refused.
 */
static int
escape_is_simple(const unsigned char *re, size_t len, size_t i)
{
    unsigned char  c;

    c = re[i + 1];

    if (c == 'N') {
        return i + 2 >= len || re[i + 2] != '{';
    }

    return memchr("dDwWsSbBAzZGhHvVRXKnrtfea", c, 26) != NULL;
}


/* whole-pattern checks: refused constructs, inline options */
static int
prescan(const unsigned char *re, size_t len, int *caseless)
{
    size_t  i, j;

    for (i = 0; i < len; i++) {

        if (re[i] == '\\') {
            if (i + 1 >= len) {
                return 0;
            }

            if ((is_alpha(re[i + 1]) || is_digit(re[i + 1]))
                && !escape_is_simple(re, len, i))
            {
                return 0;
            }

            i++;
            continue;
        }

        if (re[i] != '(' || i + 1 >= len) {
            continue;
        }

        if (re[i + 1] == '*') {
            return 0;                           /* (*UTF), (*CR), ... */
        }

        if (re[i + 1] != '?' || i + 2 >= len) {
            continue;
        }

        if (re[i + 2] == '#') {
            return 0;                           /* a comment */
        }

        if (!is_alpha(re[i + 2]) && re[i + 2] != '-' && re[i + 2] != '^') {
            continue;
        }

        /* options (?i) (?i: (?-i) (?^): x changes how everything reads */

        for (j = i + 2; j < len && re[j] != ')' && re[j] != ':'; j++) {
            if (re[j] == 'x') {
                return 0;
            }
        }

        *caseless = 1;
    }

    return 1;
}


/* i at "[": the index after its "]", or 0 when unterminated */
static size_t
skip_class(const unsigned char *re, size_t len, size_t i)
{
    unsigned char  t;

    i++;

    if (i < len && re[i] == '^') {
        i++;
    }

    if (i < len && re[i] == ']') {
        i++;                                    /* "[]..]": a literal "]" */
    }

    while (i < len) {

        if (re[i] == '\\') {
            i += 2;
            continue;
        }

        if (re[i] == '[' && i + 1 < len
            && (re[i + 1] == ':' || re[i + 1] == '.' || re[i + 1] == '='))
        {
            t = re[i + 1];

            for (i += 2; i + 1 < len; i++) {
                if (re[i] == t && re[i + 1] == ']') {
                    break;
                }
            }

            i += 2;
            continue;
        }

        if (re[i] == ']') {
            return i + 1;
        }

        i++;
    }

    return 0;
}


/* i at "(": the index of its ")", or 0 when unbalanced */
static size_t
skip_group(const unsigned char *re, size_t len, size_t i)
{
    size_t  depth;

    depth = 0;

    while (i < len) {

        switch (re[i]) {

        case '\\':
            i += 2;
            continue;

        case '[':
            i = skip_class(re, len, i);
            if (i == 0) {
                return 0;
            }

            continue;

        case '(':
            depth++;
            break;

        case ')':
            if (--depth == 0) {
                return i;
            }

            break;
        }

        i++;
    }

    return 0;
}


/* i at "{": the index after a quantifier {n} {n,} {n,m} {,m}, or 0 */
static size_t
quantifier_end(const unsigned char *re, size_t len, size_t i)
{
    size_t  j, digits;

    digits = 0;

    for (j = i + 1; j < len && is_digit(re[j]); j++) {
        digits++;
    }

    if (j < len && re[j] == ',') {
        for (j++; j < len && is_digit(re[j]); j++) {
            digits++;
        }
    }

    if (digits == 0 || j >= len || re[j] != '}') {
        return 0;
    }

    return j + 1;
}


static int
is_quantifier(const unsigned char *re, size_t len, size_t i)
{
    if (i >= len) {
        return 0;
    }

    return re[i] == '*' || re[i] == '+' || re[i] == '?'
           || (re[i] == '{' && quantifier_end(re, len, i));
}


/* a factor candidate: keep the best (longest shortest branch) */
static void
consider(privacy_factor_t *best, unsigned *best_score,
    const privacy_factor_t *f)
{
    unsigned  k, score;

    score = PRIVACY_LITERAL_MAX;

    for (k = 0; k < f->nalts; k++) {
        if (f->len[k] < score) {
            score = f->len[k];
        }
    }

    if (score < PRIVACY_LITERAL_MIN) {
        return;
    }

    if (score > *best_score
        || (score == *best_score && f->nalts < best->nalts))
    {
        *best = *f;
        *best_score = score;
    }
}


static void
flush(run_t *r, privacy_factor_t *best, unsigned *best_score)
{
    privacy_factor_t  f;

    if (r->n >= PRIVACY_LITERAL_MIN) {
        f.nalts = 1;
        f.caseless = 0;
        f.len[0] = (unsigned char) (r->n < PRIVACY_LITERAL_MAX
                                    ? r->n : PRIVACY_LITERAL_MAX);
        memcpy(f.alt[0], r->b, f.len[0]);
        consider(best, best_score, &f);
    }

    r->n = 0;
}


static void
push(run_t *r, unsigned char c)
{
    if (r->n < PRIVACY_LITERAL_MAX) {
        r->b[r->n] = c;
    }

    r->n++;
}


/*
 * re[s .. e): the inside of a group.  Fills f when it is "(?:" or plain and
 * made only of non-empty literal branches.
 */
static int
literal_group(const unsigned char *re, size_t s, size_t e,
    privacy_factor_t *f)
{
    size_t         i;
    unsigned char  c;

    if (s < e && re[s] == '?') {
        if (e - s < 2 || re[s + 1] != ':') {
            return 0;                   /* lookaround, named, options... */
        }

        s += 2;
    }

    f->nalts = 1;
    f->len[0] = 0;
    f->caseless = 0;

    for (i = s; i < e; i++) {
        c = re[i];

        if (c == '|') {
            if (f->len[f->nalts - 1] == 0 || f->nalts == PRIVACY_FACTOR_ALTS) {
                return 0;
            }

            f->len[f->nalts++] = 0;
            continue;
        }

        if (c == '\\') {
            if (i + 1 >= e || is_alpha(re[i + 1]) || is_digit(re[i + 1])
                || re[i + 1] >= 0x80)
            {
                return 0;
            }

            c = re[++i];

        } else if (c < 0x20 || c >= 0x80
                   || memchr("^$.?*+()[]{}", c, 12) != NULL)
        {
            return 0;
        }

        if (f->len[f->nalts - 1] < PRIVACY_LITERAL_MAX) {
            f->alt[f->nalts - 1][f->len[f->nalts - 1]++] = c;
        }
    }

    return f->len[f->nalts - 1] != 0;
}


int
privacy_regex_factor(const unsigned char *re, size_t len, int caseless,
    privacy_factor_t *out)
{
    size_t            i, j;
    unsigned          best_score;
    unsigned char     c;
    run_t             run;
    privacy_factor_t  f;

    if (!prescan(re, len, &caseless)) {
        return 0;
    }

    memset(out, 0, sizeof(privacy_factor_t));
    best_score = 0;
    run.n = 0;
    i = 0;

    while (i < len) {
        c = re[i];

        switch (c) {

        case '|':
            return 0;                   /* top-level branches: no factor */

        case '\\':
            if (is_alpha(re[i + 1]) || is_digit(re[i + 1])
                || re[i + 1] >= 0x80)
            {
                flush(&run, out, &best_score);
                i += 2;
                break;
            }

            c = re[i + 1];
            i += 2;
            goto literal;

        case '[':
            flush(&run, out, &best_score);
            i = skip_class(re, len, i);
            if (i == 0) {
                return 0;
            }

            break;

        case '(':
            flush(&run, out, &best_score);
            j = skip_group(re, len, i);
            if (j == 0) {
                return 0;
            }

            if (!is_quantifier(re, len, j + 1)
                && literal_group(re, i + 1, j, &f))
            {
                consider(out, &best_score, &f);
            }

            i = j + 1;
            break;

        case '*':
        case '+':
        case '?':
        case '{':
            if (c == '{') {
                j = quantifier_end(re, len, i);
                if (j == 0) {
                    /* a literal "{" for PCRE; opaque here, which is safe */
                    flush(&run, out, &best_score);
                    i++;
                    break;
                }

            } else {
                j = i + 1;
            }

            /* the atom before may be absent or repeated: not in the run */

            if (run.n) {
                run.n--;
            }

            flush(&run, out, &best_score);
            i = j;
            break;

        default:
            i++;

            if (c < 0x20 || c >= 0x80
                || memchr("^$.)]}", c, 6) != NULL)
            {
                flush(&run, out, &best_score);
                break;
            }

        literal:

            /*
             * A quantifier after this literal takes it away again; a run
             * only grows with literals that are certainly there.
             */
            push(&run, c);
            break;
        }
    }

    flush(&run, out, &best_score);

    if (best_score == 0) {
        return 0;
    }

    out->caseless = caseless ? 1 : 0;

    return 1;
}


/*
 * How common a byte is in URLs, roughly: the anchor of a literal is its
 * least common byte, so that memchr() stops rarely.
 */
static unsigned
commonness(unsigned char c, int caseless)
{
    /* letters by frequency in URLs (hosts, paths, .com, .jpg, www) */
    static const char  freq[] = "etaoinsrcmpglwdhubfyjkvxqz";
    const char        *p;

    if (c == '/' || c == '.' || c == ':') {
        return 100;                     /* "://" is in every URL */
    }

    if (c >= 'a' && c <= 'z') {
        p = strchr(freq, c);
        return 95 - (unsigned) (p - freq) * 3 + (caseless ? 50 : 0);
    }

    if (c >= 'A' && c <= 'Z') {
        return caseless ? 200 : 20;
    }

    if (is_digit(c)) {
        return 60;
    }

    if (c == '-' || c == '_' || c == '=' || c == '&' || c == '?') {
        return 40;
    }

    return 10;
}


void
privacy_litset_init(privacy_litset_t *set)
{
    memset(set, 0, sizeof(privacy_litset_t));

#if defined(PRIVACY_LITSET_SSSE3)
    __builtin_cpu_init();
    set->ssse3 = __builtin_cpu_supports("ssse3") ? 1 : 0;
#endif
}


/* a byte of pair k at nibble tables lo, hi; caseless: either 0x20 bit */
static void
add_nibbles(unsigned char *lo, unsigned char *hi, unsigned k,
    unsigned char b, unsigned char caseless)
{
    unsigned char  bit;

    bit = (unsigned char) (1u << (k % 8));

    lo[b & 0x0f] |= bit;
    hi[b >> 4] |= bit;

    if (caseless) {
        b &= (unsigned char) ~0x20;     /* b has it: "| 0x20" above */
        lo[b & 0x0f] |= bit;
        hi[b >> 4] |= bit;
    }
}


static void
add_first(unsigned char (*first)[16], unsigned *n, unsigned char b)
{
    unsigned  k;

    for (k = 0; k < *n; k++) {
        if (first[k][0] == b) {
            return;
        }
    }

    memset(first[(*n)++], b, 16);
}


static unsigned
add_pair(privacy_litset_t *set, unsigned char b0, unsigned char b1,
    unsigned char caseless)
{
    unsigned           k;
    privacy_anchor_t  *a;

    if (caseless) {
        b0 |= 0x20;
        b1 |= 0x20;
    }

    for (k = 0; k < set->npairs; k++) {
        a = &set->pairs[k];

        if (a->b0 == b0 && a->b1 == b1 && a->caseless == caseless) {
            return k;
        }
    }

    a = &set->pairs[set->npairs];
    a->b0 = b0;
    a->b1 = b1;
    a->caseless = caseless;

    add_nibbles(set->nib[0], set->nib[1], set->npairs, b0, caseless);
    add_nibbles(set->nib[2], set->nib[3], set->npairs, b1, caseless);

    if (set->npairs < PRIVACY_LITSET_VECTOR) {
        memset(set->b0[set->npairs], b0, 16);
        memset(set->b1[set->npairs], b1, 16);

        if (caseless) {
            add_first(set->first_ci, &set->nfirst_ci, b0);

        } else {
            add_first(set->first, &set->nfirst, b0);
        }
    }

    return set->npairs++;
}


int
privacy_litset_add(privacy_litset_t *set, const privacy_factor_t *f,
    unsigned n)
{
    unsigned            k, i, off, cost, best;
    unsigned char       c;
    privacy_literal_t  *l;

    if (n >= PRIVACY_LITSET_REGEXES || f->nalts == 0
        || set->nlit + f->nalts > PRIVACY_LITSET_LITERALS)
    {
        return -1;
    }

    for (k = 0; k < f->nalts; k++) {
        if (f->len[k] < 2) {
            return -1;
        }
    }

    for (k = 0; k < f->nalts; k++) {

        /*
         * The anchor: the scan looks for the first byte alone first, so
         * that is the least common byte (then the least common pair).
         */

        off = 0;
        best = (unsigned) -1;

        for (i = 0; i + 1 < f->len[k]; i++) {
            cost = commonness(f->alt[k][i], (int) f->caseless) * 256
                   + commonness(f->alt[k][i + 1], (int) f->caseless);

            if (cost < best) {
                best = cost;
                off = i;
            }
        }

        l = &set->lit[set->nlit++];
        memcpy(l->bytes, f->alt[k], f->len[k]);
        l->len = f->len[k];

        memset(l->has, 0, sizeof(l->has));

        for (i = 0; i < f->len[k]; i++) {
            c = f->caseless ? lower(f->alt[k][i]) : f->alt[k][i];
            l->lc[i] = c;

            if (i + 1 < f->len[k]) {
                l->has[c >> 3] |= (unsigned char) (1 << (c & 7));
            }
        }

        l->caseless = (unsigned char) f->caseless;
        l->off = (unsigned char) off;
        l->bit = (uint64_t) 1 << n;
        l->pair = (unsigned char) add_pair(set, f->alt[k][off],
                                           f->alt[k][off + 1],
                                           (unsigned char) f->caseless);
    }

    return 0;
}


static int
same(const privacy_literal_t *l, const unsigned char *s)
{
    size_t  i;

    if (!l->caseless) {
        return memcmp(l->bytes, s, l->len) == 0;
    }

    for (i = 0; i < l->len; i++) {
        if (lower(l->bytes[i]) != lower(s[i])) {
            return 0;
        }
    }

    return 1;
}


static int
pair_at(const privacy_anchor_t *a, const unsigned char *p)
{
    if (a->caseless) {
        return (p[0] | 0x20) == a->b0 && (p[1] | 0x20) == a->b1;
    }

    return p[0] == a->b0 && p[1] == a->b1;
}


/* the literals whose anchor may start at s[i], each within s[from .. len) */
static uint64_t
verify(const privacy_litset_t *set, const unsigned char *s, size_t from,
    size_t len, size_t i, uint64_t found)
{
    unsigned                  k;
    const privacy_literal_t  *l;

    for (k = 0; k < set->nlit; k++) {
        l = &set->lit[k];

        if (!(found & l->bit) && i >= from + l->off && i + 1 < len
            && len - (i - l->off) >= l->len
            && pair_at(&set->pairs[l->pair], s + i)
            && same(l, s + i - l->off))
        {
            found |= l->bit;
        }
    }

    return found;
}


#if defined(__SSE2__)

#if defined(__GNUC__)
#define CTZ(x)  ((unsigned) __builtin_ctz(x))
#else
static unsigned
CTZ(unsigned x)
{
    unsigned  n;

    for (n = 0; !(x & 1); n++) {
        x >>= 1;
    }

    return n;
}
#endif

#define VEC(a)  _mm_loadu_si128((const __m128i *) (const void *) (a))


/*
 * The 17 bytes read for the pairs at positions *i .. *i + 15 (a pair is
 * two bytes) and in *live those to look at: s + *i; or, near the end, the
 * last 17 bytes of s (*i moved back: they overlap the block before, whose
 * positions are not looked at again); or, for a subject shorter than 17, a
 * copy padded with zeros (which no anchor holds) in tail.
 */
static const unsigned char *
scan_block(const unsigned char *s, size_t *i, size_t len,
    unsigned char *tail, unsigned *live)
{
    const unsigned char  *p;

    *live = 0xffff;

    if (len - *i >= 17) {
        return s + *i;
    }

    if (len >= 17) {
        p = s + len - 17;
        *live = (0xffffu << (s + *i - p)) & 0xffff;
        *i = len - 17;
        return p;
    }

    memset(tail, 0, 32);
    memcpy(tail, s + *i, len - *i);

    return tail;
}

/*
 * Up to 16 pairs, 16 positions of the subject at once: a block where no
 * pair's first byte occurs (the common case) costs one compare per
 * distinct first byte; otherwise every pair is compared at bytes i, i + 1.
 */
static uint64_t
scan_sse2(const privacy_litset_t *set, const unsigned char *s, size_t from,
    size_t len)
{
    size_t                i;
    unsigned              k, bits, live;
    uint64_t              found;
    __m128i               v0, v1, f0, f1, m, bit5;
    unsigned char         tail[32];
    const unsigned char  *p;

    bit5 = _mm_set1_epi8(0x20);
    found = 0;

    for (i = from; i + 1 < len; i += 16) {
        p = scan_block(s, &i, len, tail, &live);

        v0 = VEC(p);
        f0 = _mm_or_si128(v0, bit5);
        m = _mm_setzero_si128();

        for (k = 0; k < set->nfirst; k++) {
            m = _mm_or_si128(m, _mm_cmpeq_epi8(v0, VEC(set->first[k])));
        }

        for (k = 0; k < set->nfirst_ci; k++) {
            m = _mm_or_si128(m, _mm_cmpeq_epi8(f0, VEC(set->first_ci[k])));
        }

        if (((unsigned) _mm_movemask_epi8(m) & live) == 0) {
            continue;
        }

        v1 = VEC(p + 1);
        f1 = _mm_or_si128(v1, bit5);
        m = _mm_setzero_si128();

        for (k = 0; k < set->npairs; k++) {
            if (set->pairs[k].caseless) {
                m = _mm_or_si128(m, _mm_and_si128(
                                     _mm_cmpeq_epi8(f0, VEC(set->b0[k])),
                                     _mm_cmpeq_epi8(f1, VEC(set->b1[k]))));
            } else {
                m = _mm_or_si128(m, _mm_and_si128(
                                     _mm_cmpeq_epi8(v0, VEC(set->b0[k])),
                                     _mm_cmpeq_epi8(v1, VEC(set->b1[k]))));
            }
        }

        bits = (unsigned) _mm_movemask_epi8(m) & live;

        while (bits) {
            found = verify(set, s, from, len, i + CTZ(bits), found);
            bits &= bits - 1;
        }
    }

    return found;
}

#endif


#if defined(PRIVACY_LITSET_SSSE3)

/*
 * Any number of pairs, 16 positions at once: the bucket bits of byte i's
 * nibbles and of byte i + 1's, ANDed; a position with a bit left may hold
 * a pair of that bucket, which verify() decides.
 */
__attribute__((target("ssse3")))
static uint64_t
scan_ssse3(const privacy_litset_t *set, const unsigned char *s, size_t from,
    size_t len)
{
    size_t                i;
    unsigned              bits, live;
    uint64_t              found;
    __m128i               v0, v1, m, low, n0l, n0h, n1l, n1h;
    unsigned char         tail[32];
    const unsigned char  *p;

    low = _mm_set1_epi8(0x0f);
    n0l = VEC(set->nib[0]);
    n0h = VEC(set->nib[1]);
    n1l = VEC(set->nib[2]);
    n1h = VEC(set->nib[3]);
    found = 0;

    for (i = from; i + 1 < len; i += 16) {
        p = scan_block(s, &i, len, tail, &live);

        v0 = VEC(p);
        v1 = VEC(p + 1);

        m = _mm_and_si128(
                _mm_and_si128(
                    _mm_shuffle_epi8(n0l, _mm_and_si128(v0, low)),
                    _mm_shuffle_epi8(n0h,
                                     _mm_and_si128(_mm_srli_epi16(v0, 4),
                                                   low))),
                _mm_and_si128(
                    _mm_shuffle_epi8(n1l, _mm_and_si128(v1, low)),
                    _mm_shuffle_epi8(n1h,
                                     _mm_and_si128(_mm_srli_epi16(v1, 4),
                                                   low))));

        bits = ((unsigned) _mm_movemask_epi8(
                               _mm_cmpeq_epi8(m, _mm_setzero_si128()))
                ^ 0xffff) & live;

        while (bits) {
            found = verify(set, s, from, len, i + CTZ(bits), found);
            bits &= bits - 1;
        }
    }

    return found;
}

#endif


/*
 * The literals within s[from .. len); s[0 .. from) is there to be read
 * (a vector load may start in it), not matched.
 */
static inline uint64_t
scan_from(const privacy_litset_t *set, const unsigned char *s, size_t from,
    size_t len)
{
    size_t    i;
    unsigned  k;
    uint64_t  found;

    if (set->npairs == 0) {
        return 0;
    }

#if defined(PRIVACY_LITSET_SSSE3)
    if (set->ssse3) {
        return scan_ssse3(set, s, from, len);
    }
#endif

#if defined(__SSE2__)
    if (set->npairs <= PRIVACY_LITSET_VECTOR) {
        return scan_sse2(set, s, from, len);
    }
#endif

    found = 0;

    for (i = from; i + 1 < len; i++) {
        for (k = 0; k < set->npairs; k++) {
            if (pair_at(&set->pairs[k], s + i)) {
                found = verify(set, s, from, len, i, found);
                break;
            }
        }
    }

    return found;
}


uint64_t
privacy_litset_scan(const privacy_litset_t *set, const unsigned char *s,
    size_t len)
{
    return scan_from(set, s, 0, len);
}


/* l's bytes from..from+n against s[0 .. n) */
static int
same_part(const privacy_literal_t *l, size_t from, const unsigned char *s,
    size_t n)
{
    size_t  i;

    if (!l->caseless) {
        return memcmp(l->bytes + from, s, n) == 0;
    }

    for (i = 0; i < n; i++) {
        if (lower(l->bytes[from + i]) != lower(s[i])) {
            return 0;
        }
    }

    return 1;
}


int
privacy_litset_prefix(const privacy_litset_t *set, const unsigned char *s,
    size_t len, privacy_litset_memo_t *m)
{
    size_t                    n;
    unsigned                  k;
    unsigned char             c;
    const unsigned char      *q;
    const privacy_literal_t  *l;

    m->found = privacy_litset_scan(set, s, len);
    m->npending = 0;

    if (len == 0) {
        return 0;
    }

    for (k = 0; k < set->nlit; k++) {
        l = &set->lit[k];

        c = l->caseless ? lower(s[len - 1]) : s[len - 1];

        /* most literals hold not even the prefix's last byte */
        if ((m->found & l->bit) || !(l->has[c >> 3] & (1 << (c & 7)))) {
            continue;
        }

        /* the prefix's last n bytes are the literal's first n */

        for (n = 1; n < l->len && n <= len; n++) {
            q = memchr(l->lc + n - 1, c, l->len - n);
            if (q == NULL) {
                break;
            }

            n = q - l->lc + 1;

            if (n > len || !same_part(l, 0, s + len - n, n)) {
                continue;
            }

            if (m->npending == PRIVACY_LITSET_PENDING) {
                return -1;
            }

            m->pending[m->npending].lit = (unsigned char) k;
            m->pending[m->npending].k = (unsigned char) n;
            m->npending++;
        }
    }

    return 0;
}


uint64_t
privacy_litset_rest(const privacy_litset_t *set,
    const privacy_litset_memo_t *m, const unsigned char *s, size_t from,
    size_t len)
{
    size_t                    n;
    unsigned                  k;
    uint64_t                  found;
    const privacy_literal_t  *l;

    found = m->found | scan_from(set, s, from, len);

    s += from;
    len -= from;

    for (k = 0; k < m->npending; k++) {
        l = &set->lit[m->pending[k].lit];
        n = l->len - m->pending[k].k;

        if (!(found & l->bit) && len >= n
            && same_part(l, m->pending[k].k, s, n))
        {
            found |= l->bit;
        }
    }

    return found;
}
