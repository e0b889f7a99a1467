/*
 * test_url.c: privacy_url_host_lower() against a byte-at-a-time
 * reference, on random URLs of every length around the 16-byte steps.
 */

#include <stdint.h>

#include "unit.h"
#include "privacy_url.h"


static size_t
ref_host_lower(const unsigned char *src, size_t len, unsigned char *dst)
{
    size_t  i, h;

    h = len;

    for (i = 0; i < len; i++) {
        if (h == len && (src[i] == '/' || src[i] == '?' || src[i] == '#')) {
            h = i;
        }

        dst[i] = (i < h && src[i] >= 'A' && src[i] <= 'Z') ? src[i] + 32
                                                            : src[i];
    }

    return h;
}


int
main(void)
{
    size_t           n, len, i, ha, hb, bad;
    uint32_t         rng;
    unsigned char    src[80], a[96], b[96];
    static const unsigned char  alpha[] = "AZaz@[`{/?#.:-0\x80\xc3\xff";

    size_t  h;

    h = privacy_url_host_lower((const unsigned char *) "WWW.Ex.COM/A?B", 14, a);
    UNIT_CHECK(h == 10 && memcmp(a, "www.ex.com/A?B", 14) == 0,
               "host lowercased, path kept");
    h = privacy_url_host_lower((const unsigned char *) "CDN.EXAMPLE.ORG:8080", 20,
                               a);
    UNIT_CHECK(h == 20 && memcmp(a, "cdn.example.org:8080", 20) == 0,
               "no path: all host");
    h = privacy_url_host_lower((const unsigned char *)
                               "A.VERY.LONG.HOST.NAME.EXAMPLE#FRAG", 34, a);
    UNIT_CHECK(h == 29 && memcmp(a, "a.very.long.host.name.example#FRAG", 34)
               == 0, "host past 16 bytes, fragment kept");

    rng = 2463534242u;
    bad = 0;
    memset(src, 0, sizeof(src));

    for (n = 0; n < 300000; n++) {
        len = n % 70;

        for (i = 0; i < len; i++) {
            rng ^= rng << 13;
            rng ^= rng >> 17;
            rng ^= rng << 5;
            /* mostly host bytes, now and then a delimiter */
            src[i] = (rng & 0x300) ? alpha[rng % 16 < 6 ? rng % 6 : 9 + rng % 3]
                                   : alpha[rng % (sizeof(alpha) - 1)];
        }

        memset(a, 0x55, sizeof(a));
        memset(b, 0x55, sizeof(b));

        ha = privacy_url_host_lower(src, len, a);
        hb = ref_host_lower(src, len, b);

        /* equal output, and nothing written past len */
        if (ha != hb || memcmp(a, b, sizeof(a)) != 0) {
            bad++;
        }
    }

    UNIT_CHECK(bad == 0, "equals the reference on 300000 URLs (%zu differ)",
               bad);

    return unit_summary("url");
}
