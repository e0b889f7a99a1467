/*
 * test_consent_mode.c: the consent defaults script
 * (lib/privacy_consent_mode.c), byte for byte, for several decisions and
 * vendor sets; sizes and names.
 */

#include "unit.h"
#include "privacy_consent_mode.h"


#define G_HEAD  "window.dataLayer=window.dataLayer||[];" \
                "function gtag(){dataLayer.push(arguments);}" \
                "gtag('consent','default',{"
#define B_HEAD  "window.uetq=window.uetq||[];" \
                "window.uetq.push('consent','default',{"
#define C_HEAD  "window.clarity=window.clarity||function(){(window.clarity.q=" \
                "window.clarity.q||[]).push(arguments)};" \
                "window.clarity('consentv2',{"

#define ALL     (PRIVACY_CM_GOOGLE | PRIVACY_CM_BING | PRIVACY_CM_CLARITY)
#define ADS     (PRIVACY_CM_AD_STORAGE | PRIVACY_CM_AD_USER_DATA \
                 | PRIVACY_CM_AD_PERSONALIZATION)
#define PREFS   (PRIVACY_CM_FUNCTIONALITY_STORAGE \
                 | PRIVACY_CM_PERSONALIZATION_STORAGE)


static const struct {
    unsigned     vendors;
    unsigned     granted;
    const char  *want;
} cases[] = {

    /* only necessary */
    { PRIVACY_CM_GOOGLE, PRIVACY_CM_SECURITY_STORAGE,
      G_HEAD "\"ad_storage\":\"denied\",\"ad_user_data\":\"denied\","
      "\"ad_personalization\":\"denied\",\"analytics_storage\":\"denied\","
      "\"functionality_storage\":\"denied\","
      "\"personalization_storage\":\"denied\","
      "\"security_storage\":\"granted\"});" },

    /* analytics */
    { PRIVACY_CM_GOOGLE,
      PRIVACY_CM_SECURITY_STORAGE | PRIVACY_CM_ANALYTICS_STORAGE,
      G_HEAD "\"ad_storage\":\"denied\",\"ad_user_data\":\"denied\","
      "\"ad_personalization\":\"denied\",\"analytics_storage\":\"granted\","
      "\"functionality_storage\":\"denied\","
      "\"personalization_storage\":\"denied\","
      "\"security_storage\":\"granted\"});" },

    /* everything */
    { PRIVACY_CM_GOOGLE, 0x7f,
      G_HEAD "\"ad_storage\":\"granted\",\"ad_user_data\":\"granted\","
      "\"ad_personalization\":\"granted\",\"analytics_storage\":\"granted\","
      "\"functionality_storage\":\"granted\","
      "\"personalization_storage\":\"granted\","
      "\"security_storage\":\"granted\"});" },

    /* nothing, not even security (the caller's mapping decides) */
    { PRIVACY_CM_GOOGLE, 0,
      G_HEAD "\"ad_storage\":\"denied\",\"ad_user_data\":\"denied\","
      "\"ad_personalization\":\"denied\",\"analytics_storage\":\"denied\","
      "\"functionality_storage\":\"denied\","
      "\"personalization_storage\":\"denied\","
      "\"security_storage\":\"denied\"});" },

    /* marketing and preferences, bits beyond the seven ignored */
    { PRIVACY_CM_GOOGLE, ADS | PREFS | 0xff00,
      G_HEAD "\"ad_storage\":\"granted\",\"ad_user_data\":\"granted\","
      "\"ad_personalization\":\"granted\",\"analytics_storage\":\"denied\","
      "\"functionality_storage\":\"granted\","
      "\"personalization_storage\":\"granted\","
      "\"security_storage\":\"denied\"});" },

    { PRIVACY_CM_BING, 0,
      B_HEAD "\"ad_storage\":\"denied\"});" },

    { PRIVACY_CM_BING, PRIVACY_CM_AD_STORAGE,
      B_HEAD "\"ad_storage\":\"granted\"});" },

    { PRIVACY_CM_BING, 0x7f & ~PRIVACY_CM_AD_STORAGE,
      B_HEAD "\"ad_storage\":\"denied\"});" },

    { PRIVACY_CM_CLARITY, 0,
      C_HEAD "\"ad_Storage\":\"denied\",\"analytics_Storage\":\"denied\"});" },

    { PRIVACY_CM_CLARITY, PRIVACY_CM_ANALYTICS_STORAGE,
      C_HEAD "\"ad_Storage\":\"denied\",\"analytics_Storage\":\"granted\"});" },

    { PRIVACY_CM_CLARITY, PRIVACY_CM_AD_STORAGE,
      C_HEAD "\"ad_Storage\":\"granted\",\"analytics_Storage\":\"denied\"});" },

    { PRIVACY_CM_BING | PRIVACY_CM_CLARITY,
      PRIVACY_CM_AD_STORAGE | PRIVACY_CM_ANALYTICS_STORAGE,
      B_HEAD "\"ad_storage\":\"granted\"});"
      C_HEAD "\"ad_Storage\":\"granted\",\"analytics_Storage\":\"granted\"});"
    },

    /* all three, analytics only: always Google, UET, Clarity in order */
    { ALL, PRIVACY_CM_SECURITY_STORAGE | PRIVACY_CM_ANALYTICS_STORAGE,
      G_HEAD "\"ad_storage\":\"denied\",\"ad_user_data\":\"denied\","
      "\"ad_personalization\":\"denied\",\"analytics_storage\":\"granted\","
      "\"functionality_storage\":\"denied\","
      "\"personalization_storage\":\"denied\","
      "\"security_storage\":\"granted\"});"
      B_HEAD "\"ad_storage\":\"denied\"});"
      C_HEAD "\"ad_Storage\":\"denied\",\"analytics_Storage\":\"granted\"});" },

    /* vendor bits beyond the three ignored */
    { PRIVACY_CM_BING | 0x80, 0, B_HEAD "\"ad_storage\":\"denied\"});" },
};


static void
test_scripts(void)
{
    size_t         i, n, max;
    unsigned char  buf[2048];

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        memset(buf, 'x', sizeof(buf));
        n = privacy_consent_mode_script(cases[i].vendors, cases[i].granted,
                                        buf, sizeof(buf));
        UNIT_CHECK_MEM(buf, n, cases[i].want, "case %zu: %.*s", i, (int) n,
                       (const char *) buf);
        UNIT_CHECK(buf[n] == 'x', "case %zu: nothing past the length", i);

        max = privacy_consent_mode_max(cases[i].vendors);
        UNIT_CHECK(n <= max, "case %zu: %zu <= max %zu", i, n, max);

        /* exactly max bytes suffice, one fewer writes nothing */
        memset(buf, 'x', sizeof(buf));
        UNIT_CHECK(privacy_consent_mode_script(cases[i].vendors,
                                               cases[i].granted, buf, max)
                   == n, "case %zu: max is enough", i);
        memset(buf, 'x', sizeof(buf));
        UNIT_CHECK(privacy_consent_mode_script(cases[i].vendors,
                                               cases[i].granted, buf, max - 1)
                   == 0 && buf[0] == 'x', "case %zu: max - 1", i);
    }
}


static void
test_sizes(void)
{
    unsigned       v, g;
    size_t         n, max, worst;
    unsigned char  buf[2048];

    UNIT_CHECK(privacy_consent_mode_max(0) == 0, "no vendor");
    UNIT_CHECK(privacy_consent_mode_script(0, 0x7f, buf, sizeof(buf)) == 0,
               "no vendor, no script");
    UNIT_CHECK(privacy_consent_mode_script(PRIVACY_CM_GOOGLE, 0, NULL, 0) == 0,
               "no room");

    /* every decision of every vendor set fits max, and the all-granted
     * one reaches it */
    for (v = 1; v < 8; v++) {
        max = privacy_consent_mode_max(v);
        worst = 0;

        for (g = 0; g < 128; g++) {
            n = privacy_consent_mode_script(v, g, buf, sizeof(buf));
            if (n > worst) {
                worst = n;
            }

            if (n == 0 || n > max || memchr(buf, '\0', n) != NULL
                || memchr(buf, '<', n) != NULL)
            {
                UNIT_CHECK(0, "vendors %u granted %u: %zu", v, g, n);
            }
        }

        UNIT_CHECK(worst == max, "vendors %u: max %zu reached (%zu)", v, max,
                   worst);
    }

    UNIT_CHECK(privacy_consent_mode_max(ALL) < 1024, "under 1 KB: %zu",
               privacy_consent_mode_max(ALL));
}


static void
test_names(void)
{
#define V(s)  privacy_consent_mode_vendor((const unsigned char *) s, \
                                          sizeof(s) - 1)
#define TY(s) privacy_consent_mode_type((const unsigned char *) s, \
                                        sizeof(s) - 1)

    UNIT_CHECK(V("google") == PRIVACY_CM_GOOGLE, "google");
    UNIT_CHECK(V("bing") == PRIVACY_CM_BING, "bing");
    UNIT_CHECK(V("clarity") == PRIVACY_CM_CLARITY, "clarity");
    UNIT_CHECK(V("Google") == 0 && V("goog") == 0 && V("googlex") == 0
               && V("") == 0, "unknown vendors");

    UNIT_CHECK(TY("ad_storage") == PRIVACY_CM_AD_STORAGE, "ad_storage");
    UNIT_CHECK(TY("ad_user_data") == PRIVACY_CM_AD_USER_DATA, "ad_user_data");
    UNIT_CHECK(TY("ad_personalization") == PRIVACY_CM_AD_PERSONALIZATION,
               "ad_personalization");
    UNIT_CHECK(TY("analytics_storage") == PRIVACY_CM_ANALYTICS_STORAGE,
               "analytics_storage");
    UNIT_CHECK(TY("functionality_storage")
               == PRIVACY_CM_FUNCTIONALITY_STORAGE, "functionality_storage");
    UNIT_CHECK(TY("personalization_storage")
               == PRIVACY_CM_PERSONALIZATION_STORAGE,
               "personalization_storage");
    UNIT_CHECK(TY("security_storage") == PRIVACY_CM_SECURITY_STORAGE,
               "security_storage");
    UNIT_CHECK(TY("ad_Storage") == 0 && TY("ad") == 0 && TY("") == 0
               && TY("wait_for_update") == 0, "unknown types");

#undef V
#undef TY
}


int
main(void)
{
    test_scripts();
    test_sizes();
    test_names();

    return unit_summary("consent_mode");
}
