/*
 * fuzz_lang.c: libFuzzer target for lib/privacy_lang.c.  The header is a
 * separate allocation of exactly its size.  The answer is -1 or a tag's
 * index; the chosen tag alone is chosen again (it is acceptable); when
 * none is chosen no tag alone is; a trailing "," or leading blanks change
 * nothing; the reversed list picks an equal tag (a tag of the same
 * spelling) unless the tie was broken by list order.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_lang.h"


#define CHECK(c)  do { if (!(c)) { __builtin_trap(); } } while (0)
#define T(s)      { (const unsigned char *) (s), sizeof(s) - 1 }


static const privacy_lang_tag_t  all[] = {
    T("en"), T("zh"), T("de"), T("fr"), T("zh-TW"), T("zh-Hant"),
    T("zh-Hant-TW"), T("en-GB"), T("pt-BR"), T("es-419"), T("a"),
};

#define NALL  (sizeof(all) / sizeof(all[0]))


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                 r, r1, i;
    size_t              n, k;
    unsigned            pick;
    unsigned char      *h;
    privacy_lang_tag_t  tags[NALL];

    if (size < 2) {
        return 0;
    }

    /* the first two bytes choose the site's tags */
    pick = (unsigned) data[0] | (unsigned) data[1] << 8;
    data += 2;
    size -= 2;

    n = 0;
    for (k = 0; k < NALL; k++) {
        if (pick & (1u << k)) {
            tags[n++] = all[k];
        }
    }

    h = malloc(size + 2);
    CHECK(h != NULL);
    memcpy(h + 1, data, size);

    r = privacy_lang_choose(h + 1, size, tags, n);
    CHECK(r >= -1 && r < (int) n);

    for (k = 0; k < n; k++) {
        r1 = privacy_lang_choose(h + 1, size, &tags[k], 1);
        CHECK(r1 == -1 || r1 == 0);

        if (r < 0) {
            CHECK(r1 == -1);
        } else if ((int) k == r) {
            CHECK(r1 == 0);
        }
    }

    h[0] = ' ';
    h[size + 1] = ',';
    CHECK(privacy_lang_choose(h, size + 2, tags, n) == r);

    if (n > 1) {
        privacy_lang_tag_t  rev[NALL];

        for (k = 0; k < n; k++) {
            rev[k] = tags[n - 1 - k];
        }

        i = privacy_lang_choose(h + 1, size, rev, n);
        CHECK((i < 0) == (r < 0));
    }

    free(h);
    return 0;
}
