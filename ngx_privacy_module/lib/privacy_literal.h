/*
 * privacy_literal.h: required literals of regexes, to skip PCRE on subjects
 * that cannot match.
 *
 * Every URL of a page is tried against the URL regexes of the rules, and
 * PCRE spends about 20 instructions per URL byte on the union of the
 * catalog's.  Yet each of them can only match a subject that contains some
 * literal string: "/com.snowplowanalytics.snowplow/tp2" for the Snowplow
 * rule, one of "matomo" / "piwik" for the Matomo one.  privacy_regex_factor()
 * finds such a "factor" in the pattern text; a litset holds the factors of
 * up to 64 regexes and finds which of them occur in a subject in one pass,
 * looking for an anchor of each literal: its two adjacent bytes least
 * common in URLs.  Only the regexes whose factor occurs need to run.
 *
 * The extraction is conservative: whatever it does not fully understand
 * (\Q..\E, \x41, (*UTF), (?x), top-level "|", non-ASCII bytes, ...) gives
 * "no factor", and the regex is then always tried.  A factor never claims
 * more than the pattern requires: the soundness property "PCRE matches =>
 * the factor occurs in the subject" is checked by t/fuzz/fuzz_literal.c
 * against PCRE2 itself.
 *
 * No allocation: the litset is caller memory (about 16 KB).
 */

#ifndef PRIVACY_LITERAL_H
#define PRIVACY_LITERAL_H

#include <stddef.h>
#include <stdint.h>

#define PRIVACY_LITERAL_MIN       3     /* shorter factors are not worth it */
#define PRIVACY_LITERAL_MAX       32    /* longer ones are truncated */
#define PRIVACY_FACTOR_ALTS       8     /* "(a|b|...)" alternatives */
#define PRIVACY_LITSET_REGEXES    64
#define PRIVACY_LITSET_LITERALS   128


/* one of alt[0 .. nalts) occurs in every subject the regex matches */
typedef struct {
    unsigned char   alt[PRIVACY_FACTOR_ALTS][PRIVACY_LITERAL_MAX];
    unsigned char   len[PRIVACY_FACTOR_ALTS];
    unsigned        nalts;
    unsigned        caseless;           /* compare ASCII letters any case */
} privacy_factor_t;


typedef struct {
    unsigned char   bytes[PRIVACY_LITERAL_MAX];
    unsigned char   len;
    unsigned char   caseless;
    unsigned char   off;                /* of the anchor pair */
    unsigned char   pair;               /* index in the set's pairs */
    uint64_t        bit;                /* the regex it stands for */
    unsigned char   lc[PRIVACY_LITERAL_MAX];  /* bytes, lowercase if
                                                 caseless */
    unsigned char   has[32];            /* bitmap: lc's bytes before the
                                           last */
} privacy_literal_t;


/* two adjacent bytes looked for; caseless: compared with the 0x20 bit set */
typedef struct {
    unsigned char   b0;
    unsigned char   b1;
    unsigned char   caseless;
} privacy_anchor_t;


#define PRIVACY_LITSET_VECTOR     16    /* pairs compared 16 bytes at once */

typedef struct {
    privacy_literal_t   lit[PRIVACY_LITSET_LITERALS];
    unsigned            nlit;
    privacy_anchor_t    pairs[PRIVACY_LITSET_LITERALS];  /* distinct */
    unsigned            npairs;

    /*
     * For a vector scan of up to 16 pairs: their first bytes (distinct,
     * compared as is, then with the 0x20 bit set) and each pair's two
     * bytes, each repeated 16 times.
     */
    unsigned char       first[PRIVACY_LITSET_VECTOR][16];
    unsigned            nfirst;
    unsigned char       first_ci[PRIVACY_LITSET_VECTOR][16];
    unsigned            nfirst_ci;
    unsigned char       b0[PRIVACY_LITSET_VECTOR][16];
    unsigned char       b1[PRIVACY_LITSET_VECTOR][16];

    /*
     * Where the CPU has SSSE3 (a byte shuffle): every pair in one of 8
     * buckets (pair k in bucket k % 8); a bucket's bit is set in the
     * entries of its first bytes' low and high nibbles (nib[0], nib[1])
     * and its second bytes' (nib[2], nib[3]), so 16 positions are
     * classified in a few instructions whatever the number of pairs.
     */
    unsigned char       nib[4][16];
    unsigned            ssse3;          /* use them */
} privacy_litset_t;


/*
 * The best factor of a pattern (PCRE2 syntax, as given to pcre2_compile;
 * caseless: compiled with PCRE2_CASELESS).  Returns 1 and fills f, or 0
 * when no factor of at least PRIVACY_LITERAL_MIN bytes is certain.
 */
int privacy_regex_factor(const unsigned char *re, size_t len, int caseless,
    privacy_factor_t *f);

void privacy_litset_init(privacy_litset_t *set);

/*
 * Adds the alternatives of f as standing for regex number n (< 64).
 * Returns 0, or -1 when the set is full (then the regex must be treated as
 * having no factor).
 */
int privacy_litset_add(privacy_litset_t *set, const privacy_factor_t *f,
    unsigned n);

/* bit n set: a literal of regex n occurs in s */
uint64_t privacy_litset_scan(const privacy_litset_t *set,
    const unsigned char *s, size_t len);


/*
 * Subjects that share a prefix ("https://host" of a page's URLs): the
 * prefix is scanned once, and each subject's rest alone.  A literal occurs
 * in prefix + rest when it occurs in the prefix, in the rest, or across
 * the two: the prefix ends with its first k bytes and the rest starts with
 * the others.  The memo keeps the first kind and the few (literal, k) of
 * the last kind.
 */
#define PRIVACY_LITSET_PENDING    8

typedef struct {
    uint64_t        found;              /* literals within the prefix */
    unsigned        npending;
    struct {
        unsigned char   lit;            /* index in the set's lit */
        unsigned char   k;              /* bytes of it the prefix ends with */
    } pending[PRIVACY_LITSET_PENDING];
} privacy_litset_memo_t;


/*
 * Fills m for the prefix s[0 .. len).  Returns 0, or -1 when the prefix
 * ends with the start of more than PRIVACY_LITSET_PENDING literals (then
 * the memo is unusable: scan whole subjects).
 */
int privacy_litset_prefix(const privacy_litset_t *set,
    const unsigned char *s, size_t len, privacy_litset_memo_t *m);

/*
 * privacy_litset_scan() of the memo's prefix followed by s[from .. len).
 * s[0 .. from) is only read (a 16-byte load may start there, instead of a
 * copy of a short rest), whatever it holds.
 */
uint64_t privacy_litset_rest(const privacy_litset_t *set,
    const privacy_litset_memo_t *m, const unsigned char *s, size_t from,
    size_t len);

#endif /* PRIVACY_LITERAL_H */
