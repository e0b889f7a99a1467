/*
 * privacy_importmap.c: the addresses of an import map (privacy_importmap.h).
 *
 * JSON has one string delimiter and no comments, so every '"' outside a
 * string opens one, and a string ends at the next '"' not escaped by a
 * backslash: the strings are found without parsing the rest.
 */

#include <string.h>

#include "privacy_importmap.h"
#include "privacy_json.h"


void
privacy_importmap_init(privacy_importmap_t *it, const unsigned char *text,
    size_t len)
{
    it->text = text;
    it->len = len;
    it->pos = 0;
    it->close = len;
}


/* the closing quote of the string opened at text[s], or len */
static size_t
importmap_close(const unsigned char *text, size_t len, size_t s)
{
    size_t  i;

    for (i = s + 1; i < len; i++) {
        if (text[i] == '\\') {
            i++;

        } else if (text[i] == '"') {
            return i;
        }
    }

    return len;
}


int
privacy_importmap_next(privacy_importmap_t *it, size_t *start, size_t *end)
{
    size_t                s, e, k;
    const unsigned char  *q;

    while (it->pos < it->len) {
        q = memchr(it->text + it->pos, '"', it->len - it->pos);

        if (q == NULL) {
            it->pos = it->len;
            return 0;
        }

        s = (size_t) (q - it->text);
        it->close = importmap_close(it->text, it->len, s);
        e = (it->close < it->len) ? it->close + 1 : it->len;
        it->pos = e;

        /* a key is followed by ':' (JSON's blanks between) */

        for (k = e; k < it->len; k++) {
            if (it->text[k] != ' ' && it->text[k] != '\t'
                && it->text[k] != '\n' && it->text[k] != '\r')
            {
                break;
            }
        }

        if (k < it->len && it->text[k] == ':') {
            continue;
        }

        *start = s;
        *end = e;

        return 1;
    }

    return 0;
}


size_t
privacy_importmap_inert(unsigned char *out, const unsigned char *text,
    size_t len, unsigned char *url, size_t url_size,
    privacy_importmap_judge_pt judge, void *data, size_t *condemned)
{
    size_t               s, e, n, r, w;
    privacy_importmap_t  it;

    /* w <= r: what is written never overtakes what is still to be read */

    r = 0;
    w = 0;
    *condemned = 0;

    privacy_importmap_init(&it, text, len);

    while (privacy_importmap_next(&it, &s, &e)) {
        n = privacy_json_unescape(text + s + 1, it.close - s - 1, url,
                                  url_size);

        memmove(out + w, text + r, s - r);
        w += s - r;
        r = e;

        /* a lone '"' ending the text has no room for two: it stays (the
           map is not JSON, the browser loads nothing of it) */
        if (judge(data, url, n) && e - s >= 2) {
            out[w++] = '"';
            out[w++] = '"';
            (*condemned)++;
            continue;
        }

        memmove(out + w, text + s, e - s);
        w += e - s;
    }

    memmove(out + w, text + r, len - r);

    return w + len - r;
}
