/*
 * privacy_refresh.c: the URL of a declarative refresh (privacy_refresh.h),
 * after HTML's "shared declarative refresh steps".
 */

#include "privacy_find.h"
#include "privacy_refresh.h"


static size_t
refresh_skip_ws(const unsigned char *p, size_t i, size_t len)
{
    while (i < len && privacy_ascii_space(p[i])) {
        i++;
    }

    return i;
}


int
privacy_refresh_url(const unsigned char *p, size_t len, size_t *start,
    size_t *end, size_t *end2)
{
    size_t         i, u, k;
    unsigned char  q;

    /* the time: digits and dots (what a browser refreshes with) */

    i = refresh_skip_ws(p, 0, len);

    while (i < len && ((p[i] >= '0' && p[i] <= '9') || p[i] == '.')) {
        i++;
    }

    i = refresh_skip_ws(p, i, len);

    if (i < len && (p[i] == ';' || p[i] == ',')) {
        i++;
    }

    i = refresh_skip_ws(p, i, len);

    if (i == len) {
        return 0;
    }

    /* "url" [ws] "=" [ws]; without its "=" the URL is all the rest */

    u = i;

    if (len - i >= 3 && (p[i] | 0x20) == 'u' && (p[i + 1] | 0x20) == 'r'
        && (p[i + 2] | 0x20) == 'l')
    {
        k = refresh_skip_ws(p, i + 3, len);

        if (k < len && p[k] == '=') {
            u = refresh_skip_ws(p, k + 1, len);
        }
    }

    *start = u;
    *end = len;
    *end2 = len;

    if (u == len || (p[u] != '"' && p[u] != '\'')) {
        return 1;
    }

    q = p[u];
    *start = u + 1;

    /* no quote again: all the rest (both) */

    for (k = u + 1; k < len && p[k] != q; k++) {
        /* void */
    }

    if (k == len) {
        return 1;
    }

    *end = k;

    for (k = len - 1; p[k] != q; k--) {
        /* void */
    }

    *end2 = k;

    return (*end2 != *end) ? 2 : 1;
}
