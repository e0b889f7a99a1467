/*
 * Helpers shared by the consent decoders (internal to privacy_cmp*.c,
 * privacy_json.c, privacy_tcf.c and privacy_usp_gpp.c): duplicate-name
 * detection without allocation, the name -> category map rule of §0.1,
 * date-time checks, and the raw byte rule of §1.4.
 */
#ifndef PRIVACY_CMP_UTIL_H
#define PRIVACY_CMP_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "privacy_cmp.h"


/* 1 when len <= PRIVACY_CMP_MAX_VALUE and every byte is in 0x20-0x7E */
int privacy_cmp_raw_ok(const unsigned char *p, size_t len);

/* byte-wise equality of (p, n) with a C-style view */
int privacy_cmp_eq(const unsigned char *p, size_t n, const char *s,
    size_t slen);
#define privacy_cmp_eq_lit(p, n, lit)                                         \
    privacy_cmp_eq(p, n, lit, sizeof(lit) - 1)


/*
 * Duplicate detection: an open-addressing set over (namespace, name) where
 * names are (offset, length) views into one base buffer of at most 64 KiB.
 * The caller supplies the hash (so that names that compare equal hash
 * alike, e.g. JSON strings with escapes) and optionally an equality
 * function (byte equality when NULL).  The table lives wherever the set
 * does, usually on the decoder's stack; it holds PRIVACY_DUP_SLOTS entries
 * and refuses to fill beyond 3/4, which a value of PRIVACY_CMP_MAX_VALUE
 * bytes cannot reach with any of the formats here (at most ~1400 names).
 */
#define PRIVACY_DUP_SLOTS  2048

typedef int (*privacy_dup_eq_pt)(const unsigned char *base,
    size_t aoff, size_t alen, size_t boff, size_t blen);

typedef struct {
    uint32_t   hash;
    uint16_t   ns;
    uint16_t   off;
    uint16_t   len;
    uint16_t   used;
} privacy_dup_slot_t;

typedef struct {
    const unsigned char  *base;
    privacy_dup_eq_pt     eq;
    unsigned              n;
    privacy_dup_slot_t    slot[PRIVACY_DUP_SLOTS];
} privacy_dupset_t;

void privacy_dupset_init(privacy_dupset_t *s, const unsigned char *base,
    privacy_dup_eq_pt eq);

/* returns 0 when added, 1 when already present, -1 when full or too big */
int privacy_dupset_add(privacy_dupset_t *s, uint32_t hash, unsigned ns,
    size_t off, size_t len);

/* FNV-1a, continued from h (start with PRIVACY_HASH_INIT) */
#define PRIVACY_HASH_INIT  2166136261u
uint32_t privacy_hash_bytes(uint32_t h, const unsigned char *p, size_t n);
#define privacy_hash_byte(h, c)  (((h) ^ (unsigned char) (c)) * 16777619u)


/*
 * Map observations: one byte per map entry, filled by a decoder while it
 * reads the cookie, then turned into a category mask by the rule of §0.1.
 */
#define PRIVACY_CMP_OBS_PRESENT  0x01
#define PRIVACY_CMP_OBS_ON       0x02

/* marks every entry named (p, n); returns how many matched */
size_t privacy_cmp_map_mark(const privacy_cmp_map_t *m, unsigned char *obs,
    const unsigned char *p, size_t n, unsigned char flags);

privacy_mask_t privacy_cmp_map_eval(const privacy_cmp_map_t *m,
    const unsigned char *obs);

/* 1 when the map is usable (size, names, no necessary-only confusion) */
int privacy_cmp_map_ok(const privacy_cmp_map_t *m);

/* categories a map entry feeds (necessary and 0 mean none) */
#define privacy_cmp_entry_mask(e)                                             \
    (((e)->mask & PRIVACY_CAT_NECESSARY) ? 0 : (e)->mask)


/*
 * Date-time checks.  ONETRUST: YYYY-MM-DDTHH:MM:SS[.f{1,6}](Z|+HH:MM|+HHMM)
 * (§3).  JS: what the cookieconsent library's Date parsing must accept to
 * count as a date (§5): YYYY-MM-DDTHH:MM[:SS[.f{1,9}]][Z|+HH:MM].  Calendar
 * ranges are checked in both.
 */
#define PRIVACY_DT_ONETRUST  1
#define PRIVACY_DT_JS        2

int privacy_cmp_datetime(const unsigned char *p, size_t n, unsigned kind);

/*
 * The same check; when valid also stores the time in unix seconds (a
 * JS date-time without a zone is read as UTC).  Returns 1 when valid.
 */
int privacy_cmp_datetime_time(const unsigned char *p, size_t n,
    unsigned kind, int64_t *t);

/* Complianz spans several cookies: fed by the context (privacy_combine.c) */
void privacy_complianz_cookie(privacy_consent_ctx_t *ctx,
    const unsigned char *suffix, size_t slen,
    const unsigned char *value, size_t vlen);
void privacy_complianz_finish(privacy_consent_ctx_t *ctx,
    privacy_cmp_result_t *r);

/* [0-9]{1,maxdigits} into *v; returns 0 or -1 */
int privacy_cmp_uint(const unsigned char *p, size_t n, size_t maxdigits,
    uint64_t *v);

#endif
