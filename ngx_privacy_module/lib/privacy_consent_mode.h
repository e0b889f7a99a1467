/*
 * privacy_consent_mode.h: the inline script that tells Google's, Microsoft
 * UET's and Clarity's tags the server's decision before they run
 * (DESIGN.md, privacy_consent_mode; issue 15, item 1).
 *
 * The body, for all three vendors (one line, no blanks; shown split):
 *
 *   window.dataLayer=window.dataLayer||[];
 *   function gtag(){dataLayer.push(arguments);}
 *   gtag('consent','default',{"ad_storage":"denied","ad_user_data":"denied",
 *   "ad_personalization":"denied","analytics_storage":"denied",
 *   "functionality_storage":"denied","personalization_storage":"denied",
 *   "security_storage":"granted"});
 *   window.uetq=window.uetq||[];
 *   window.uetq.push('consent','default',{"ad_storage":"denied"});
 *   window.clarity=window.clarity||function(){(window.clarity.q=
 *   window.clarity.q||[]).push(arguments)};
 *   window.clarity('consentv2',{"ad_Storage":"denied",
 *   "analytics_Storage":"denied"});
 *
 * UET takes Google's ad_storage; Clarity's ad_Storage and analytics_Storage
 * are Google's ad_storage and analytics_storage.  The bytes depend on the
 * arguments only, so a page's script hash is known for each decision.
 *
 * No allocation, no nginx.
 */

#ifndef PRIVACY_CONSENT_MODE_H
#define PRIVACY_CONSENT_MODE_H

#include <stddef.h>


/* vendors */
#define PRIVACY_CM_GOOGLE                   0x01
#define PRIVACY_CM_BING                     0x02
#define PRIVACY_CM_CLARITY                  0x04

/* the seven Google consent types: bit set = "granted" */
#define PRIVACY_CM_AD_STORAGE               0x01
#define PRIVACY_CM_AD_USER_DATA             0x02
#define PRIVACY_CM_AD_PERSONALIZATION       0x04
#define PRIVACY_CM_ANALYTICS_STORAGE        0x08
#define PRIVACY_CM_FUNCTIONALITY_STORAGE    0x10
#define PRIVACY_CM_PERSONALIZATION_STORAGE  0x20
#define PRIVACY_CM_SECURITY_STORAGE         0x40
#define PRIVACY_CM_TYPES                    7


/*
 * The script body (without <script> tags) for the vendors in `vendors`
 * and the types granted in `granted`, written to out[0 .. size).  Returns
 * its length, or 0 (nothing written) when size is below
 * privacy_consent_mode_max(vendors) or no vendor is named.
 */
size_t privacy_consent_mode_script(unsigned vendors, unsigned granted,
    unsigned char *out, size_t size);

/* the longest body for these vendors, whatever is granted */
size_t privacy_consent_mode_max(unsigned vendors);

/*
 * For configuration: the PRIVACY_CM_* bit of a vendor name ("google",
 * "bing", "clarity") or of a type name ("ad_storage", ...), 0 when
 * unknown.  Exact, case-sensitive names.
 */
unsigned privacy_consent_mode_vendor(const unsigned char *name, size_t len);
unsigned privacy_consent_mode_type(const unsigned char *name, size_t len);

#endif /* PRIVACY_CONSENT_MODE_H */
