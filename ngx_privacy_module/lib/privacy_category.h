/*
 * Consent categories as bits of a 32-bit mask.  The four built-in categories
 * have fixed bits; categories a site declares get the next free bits (at most
 * 31 categories in all, so a mask always fits in 31 bits and prints as hex).
 */
#ifndef PRIVACY_CATEGORY_H
#define PRIVACY_CATEGORY_H

#include <stdint.h>

typedef uint32_t  privacy_mask_t;

#define PRIVACY_CAT_NECESSARY    ((privacy_mask_t) 1 << 0)
#define PRIVACY_CAT_PREFERENCES  ((privacy_mask_t) 1 << 1)
#define PRIVACY_CAT_ANALYTICS    ((privacy_mask_t) 1 << 2)
#define PRIVACY_CAT_MARKETING    ((privacy_mask_t) 1 << 3)

#define PRIVACY_CAT_BUILTIN      4
#define PRIVACY_CAT_MAX          31

/* result status of one consent source (spec/consent-signals.md section 0.2) */
typedef enum {
    PRIVACY_CONSENT_ABSENT = 0,
    PRIVACY_CONSENT_INVALID,
    PRIVACY_CONSENT_UNDECIDED,
    PRIVACY_CONSENT_DECIDED,
    PRIVACY_CONSENT_NOT_REQUIRED
} privacy_consent_status_e;

#endif
