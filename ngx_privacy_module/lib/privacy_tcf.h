/*
 * IAB TCF v2.2/2.3 TC string decoder (§9) and Google Additional Consent
 * string parser (§9.7), plus the base64url bit reader GPP shares.
 *
 * The TC string is validated completely (core segment, vendor sections,
 * publisher restrictions, DisclosedVendors / AllowedVendors / PublisherTC
 * segments) against the rules of §9.6, reading each bit at most a fixed
 * number of times.  Range-encoded vendor sections are never expanded:
 * the result keeps bit offsets into the caller's string, and membership
 * questions re-read the ranges.
 */
#ifndef PRIVACY_TCF_H
#define PRIVACY_TCF_H

#include <stddef.h>
#include <stdint.h>

#include "privacy_cmp.h"


/* big-endian bit reader over base64url text (6 bits per character) */
typedef struct {
    const unsigned char  *p;
    size_t                nbits;
    size_t                pos;
    unsigned              err;       /* set once a read runs past the end */
} privacy_bits_t;

/* 0-63 for a base64url character, else -1 */
int privacy_b64url_value(unsigned char c);
void privacy_bits_init(privacy_bits_t *b, const unsigned char *p, size_t len);
/* reads n <= 64 bits; past the end sets b->err and returns 0 */
uint64_t privacy_bits_read(privacy_bits_t *b, unsigned n);
/* the bit at an absolute position (no bounds error, 0 past the end) */
unsigned privacy_bits_at(const privacy_bits_t *b, size_t pos);


typedef struct {
    privacy_bits_t   seg;            /* the segment holding the section */
    unsigned         present;
    unsigned         max_vendor_id;
    unsigned         is_range;
    unsigned         num_entries;
    size_t           start;          /* first bitfield bit or first entry */
    unsigned long    count;          /* vendors covered (ranges summed) */
} privacy_tcf_vendors_t;

#define PRIVACY_TCF_SEG_CORE       0x01
#define PRIVACY_TCF_SEG_DISCLOSED  0x02   /* type 1 */
#define PRIVACY_TCF_SEG_ALLOWED    0x04   /* type 2 */
#define PRIVACY_TCF_SEG_PUBLISHER  0x08   /* type 3 */

typedef struct {
    unsigned                version;
    uint64_t                created;          /* deciseconds since 1970 */
    uint64_t                last_updated;
    unsigned                cmp_id;
    unsigned                cmp_version;
    unsigned                consent_screen;
    char                    consent_language[3];
    unsigned                vendor_list_version;
    unsigned                policy_version;
    unsigned                is_service_specific;
    unsigned                use_non_standard_texts;
    uint32_t                special_features;   /* bit i = feature i + 1 */
    uint32_t                purposes_consent;   /* bit i = purpose i + 1 */
    uint32_t                purposes_li;
    unsigned                purpose_one_treatment;
    char                    publisher_cc[3];
    privacy_tcf_vendors_t   vendor_consent;
    privacy_tcf_vendors_t   vendor_li;
    unsigned                num_pub_restrictions;
    size_t                  pub_restrictions;   /* bit offset in core */
    privacy_bits_t          core;
    privacy_tcf_vendors_t   disclosed;
    privacy_tcf_vendors_t   allowed;
    unsigned                segments;           /* PRIVACY_TCF_SEG_* */
    uint32_t                pub_purposes_consent;
    uint32_t                pub_purposes_li;
    unsigned                num_custom_purposes;
    uint64_t                custom_purposes_consent;
    uint64_t                custom_purposes_li;
} privacy_tcf_t;

/*
 * Decodes and validates a TC string; returns 0, or -1 when it is invalid
 * (§9.6).  *tc keeps pointers into p.
 */
int privacy_tcf_decode(const unsigned char *p, size_t len,
    unsigned min_policy_version, privacy_tcf_t *tc);

/* 1 when vendor id is set in the section */
int privacy_tcf_vendor_has(const privacy_tcf_vendors_t *v, unsigned id);

/*
 * Optional vendor gating (§9.5): 1 when the vendor has consent and no
 * publisher restriction of type 0 ("not allowed") covers it for any of the
 * purposes (bit i = purpose i + 1).
 */
int privacy_tcf_vendor_allowed(const privacy_tcf_t *tc, unsigned vendor,
    uint32_t purposes);


/* §9.7 Google Additional Consent string */
typedef struct {
    unsigned              version;        /* 1 or 2 */
    const unsigned char  *consented;      /* dot-separated ids */
    size_t                consented_len;
    const unsigned char  *disclosed;      /* v2 only, else NULL */
    size_t                disclosed_len;
} privacy_ac_t;

/* returns 0 when valid, -1 otherwise (then every ATP counts as refused) */
int privacy_ac_parse(const unsigned char *p, size_t len, privacy_ac_t *ac);

/* iterates over a dot-separated id list: *pos starts at 0; 1 = got *id */
int privacy_ac_next(const unsigned char *list, size_t len, size_t *pos,
    uint64_t *id);

/* 1 when the ATP id is in the consented list of a valid AC string */
int privacy_ac_consented(const privacy_ac_t *ac, uint64_t id);

#endif
