/*
 * privacy_consent_mode.c: the consent defaults script (see the header).
 *
 * The calls follow the vendors' pages for sites that set defaults
 * themselves:
 *   Google: developers.google.com/tag-platform/security/guides/consent
 *     (dataLayer, gtag(), gtag('consent','default',{...}), the v2 types
 *     ad_user_data and ad_personalization);
 *   UET: the Microsoft Advertising consent mode snippet, as CMPs document
 *     it (window.uetq.push('consent','default',{'ad_storage':...}));
 *   Clarity: learn.microsoft.com/clarity/setup-and-installation/
 *     clarity-consent-api-v2 (window.clarity('consentv2',{ad_Storage,
 *     analytics_Storage}), which replaces clarity('consent')), with the
 *     queue stub of Clarity's own tag so the call waits for the tag.
 */

#include <string.h>

#include "privacy_consent_mode.h"


typedef struct {
    const char  *name;
    size_t       len;
} privacy_cm_name_t;

#define CM_S(s)  { s, sizeof(s) - 1 }

static const privacy_cm_name_t  privacy_cm_types[PRIVACY_CM_TYPES] = {
    CM_S("ad_storage"),
    CM_S("ad_user_data"),
    CM_S("ad_personalization"),
    CM_S("analytics_storage"),
    CM_S("functionality_storage"),
    CM_S("personalization_storage"),
    CM_S("security_storage"),
};

static const privacy_cm_name_t  privacy_cm_vendors[] = {
    CM_S("google"),
    CM_S("bing"),
    CM_S("clarity"),
};


#define CM_GOOGLE_HEAD                                                        \
    "window.dataLayer=window.dataLayer||[];"                                  \
    "function gtag(){dataLayer.push(arguments);}"                             \
    "gtag('consent','default',{"

#define CM_BING_HEAD                                                          \
    "window.uetq=window.uetq||[];"                                            \
    "window.uetq.push('consent','default',{"

#define CM_CLARITY_HEAD                                                       \
    "window.clarity=window.clarity||function(){(window.clarity.q="            \
    "window.clarity.q||[]).push(arguments)};"                                 \
    "window.clarity('consentv2',{"

#define CM_TAIL  "});"


/* out == NULL counts only */
typedef struct {
    unsigned char  *out;
    size_t          len;
} privacy_cm_buf_t;


static void
privacy_cm_put(privacy_cm_buf_t *b, const char *s, size_t n)
{
    if (b->out) {
        memcpy(b->out + b->len, s, n);
    }

    b->len += n;
}


/* "name":"granted" (or "denied"), after a comma unless first */
static void
privacy_cm_pair(privacy_cm_buf_t *b, const char *name, size_t len,
    unsigned granted, int first)
{
    if (!first) {
        privacy_cm_put(b, ",", 1);
    }

    privacy_cm_put(b, "\"", 1);
    privacy_cm_put(b, name, len);

    if (granted) {
        privacy_cm_put(b, "\":\"granted\"", sizeof("\":\"granted\"") - 1);

    } else {
        privacy_cm_put(b, "\":\"denied\"", sizeof("\":\"denied\"") - 1);
    }
}


static void
privacy_cm_write(privacy_cm_buf_t *b, unsigned vendors, unsigned granted)
{
    size_t  i;

    if (vendors & PRIVACY_CM_GOOGLE) {
        privacy_cm_put(b, CM_GOOGLE_HEAD, sizeof(CM_GOOGLE_HEAD) - 1);

        for (i = 0; i < PRIVACY_CM_TYPES; i++) {
            privacy_cm_pair(b, privacy_cm_types[i].name,
                            privacy_cm_types[i].len, granted & (1u << i),
                            i == 0);
        }

        privacy_cm_put(b, CM_TAIL, sizeof(CM_TAIL) - 1);
    }

    if (vendors & PRIVACY_CM_BING) {
        privacy_cm_put(b, CM_BING_HEAD, sizeof(CM_BING_HEAD) - 1);
        privacy_cm_pair(b, "ad_storage", sizeof("ad_storage") - 1,
                        granted & PRIVACY_CM_AD_STORAGE, 1);
        privacy_cm_put(b, CM_TAIL, sizeof(CM_TAIL) - 1);
    }

    if (vendors & PRIVACY_CM_CLARITY) {
        /* Clarity spells its keys with a capital S */
        privacy_cm_put(b, CM_CLARITY_HEAD, sizeof(CM_CLARITY_HEAD) - 1);
        privacy_cm_pair(b, "ad_Storage", sizeof("ad_Storage") - 1,
                        granted & PRIVACY_CM_AD_STORAGE, 1);
        privacy_cm_pair(b, "analytics_Storage",
                        sizeof("analytics_Storage") - 1,
                        granted & PRIVACY_CM_ANALYTICS_STORAGE, 0);
        privacy_cm_put(b, CM_TAIL, sizeof(CM_TAIL) - 1);
    }
}


size_t
privacy_consent_mode_max(unsigned vendors)
{
    privacy_cm_buf_t  b;

    b.out = NULL;
    b.len = 0;

    /* "granted" is the longer word */
    privacy_cm_write(&b, vendors, ~0u);

    return b.len;
}


size_t
privacy_consent_mode_script(unsigned vendors, unsigned granted,
    unsigned char *out, size_t size)
{
    privacy_cm_buf_t  b;

    if (size < privacy_consent_mode_max(vendors)) {
        return 0;
    }

    b.out = out;
    b.len = 0;

    privacy_cm_write(&b, vendors, granted);

    return b.len;
}


static unsigned
privacy_cm_lookup(const privacy_cm_name_t *names, size_t n,
    const unsigned char *name, size_t len)
{
    size_t  i;

    for (i = 0; i < n; i++) {
        if (names[i].len == len && memcmp(names[i].name, name, len) == 0) {
            return 1u << i;
        }
    }

    return 0;
}


unsigned
privacy_consent_mode_vendor(const unsigned char *name, size_t len)
{
    return privacy_cm_lookup(privacy_cm_vendors,
                             sizeof(privacy_cm_vendors)
                             / sizeof(privacy_cm_vendors[0]), name, len);
}


unsigned
privacy_consent_mode_type(const unsigned char *name, size_t len)
{
    return privacy_cm_lookup(privacy_cm_types, PRIVACY_CM_TYPES, name, len);
}
