/*
 * privacy_multilit.h: which of up to 64 literals occur in a text, in one
 * pass.
 *
 * Inline scripts are searched for the script signatures of the rules and
 * for the constructs that make a script fetch; framework pages carry
 * hundreds of KB of inline script, and a search per literal (memchr of its
 * first byte, then memcmp) costs several instructions per byte for each.
 * Here the text is sampled every S bytes (S = shortest literal - 3, at most
 * 4): the 4 bytes at each sampled position are hashed into a table of 4096
 * masks of the literals that have those 4 bytes at one of their first S
 * offsets.  Every occurrence of a literal covers a sampled position at such
 * an offset, so it is found; a set bit is then confirmed with memcmp, once
 * the sampled window is seen to be the slot's own window (most hash hits
 * are other text).  About 2 to 4 instructions per byte for any number of
 * literals (stride 4 to 2).  Where the CPU has AVX2, every position is
 * classified instead, 32 at once by three bytes of each literal (below):
 * about 1 instruction per byte on scripts.
 *
 * No allocation: the table is caller memory (about 53 KB), built once.
 */

#ifndef PRIVACY_MULTILIT_H
#define PRIVACY_MULTILIT_H

#include <stddef.h>
#include <stdint.h>

#define PRIVACY_MULTILIT_MAX      64    /* literals in one set */
#define PRIVACY_MULTILIT_MIN      4     /* shortest literal */
#define PRIVACY_MULTILIT_LEN      256   /* longest literal */
#define PRIVACY_MULTILIT_BITS     12


typedef struct {
    uint64_t              mask[1 << PRIVACY_MULTILIT_BITS];
    /* a slot's one window, unless its bit in multi says it has several */
    uint32_t              win[1 << PRIVACY_MULTILIT_BITS];
    uint64_t              multi[(1 << PRIVACY_MULTILIT_BITS) / 64];
    const unsigned char  *lit[PRIVACY_MULTILIT_MAX];   /* caller memory */
    uint16_t              len[PRIVACY_MULTILIT_MAX];
    unsigned              n;
    unsigned              stride;
    uint64_t              all;

    /*
     * Where the CPU has AVX2 (byte shuffles of 32 bytes), all positions
     * are looked at instead, 32 a step: literal i is in bucket i % 8,
     * whose bit is set in the entries of the low and high nibbles of 3 of
     * the literal's bytes, its least common (anchor[i] .. + 2; nib[2k],
     * nib[2k + 1] for byte k); a position whose three bytes leave a
     * bucket's bit may be the anchor of one of its literals, which
     * memcmp() decides.
     */
    unsigned char         nib[6][16];
    uint64_t              bucket[8];
    uint16_t              anchor[PRIVACY_MULTILIT_MAX];  /* of the 3 */
    unsigned              avx2;         /* use them */
} privacy_multilit_t;


/*
 * Builds the set from lits[0 .. n) (each of MIN to LEN bytes; the bytes
 * must stay valid while the set is used).  Literal i is bit i of a scan's
 * result.  Returns 0, or -1 for more than MAX literals or a bad length.
 */
int privacy_multilit_init(privacy_multilit_t *set,
    const unsigned char *const *lits, const size_t *lens, unsigned n);

/* bit i set: literal i occurs in text[0 .. len) */
uint64_t privacy_multilit_scan(const privacy_multilit_t *set,
    const unsigned char *text, size_t len);

/* whether any literal occurs in text[0 .. len): stops at the first one */
int privacy_multilit_any(const privacy_multilit_t *set,
    const unsigned char *text, size_t len);

#endif /* PRIVACY_MULTILIT_H */
