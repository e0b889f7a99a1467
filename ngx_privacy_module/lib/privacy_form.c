/*
 * privacy_form.c: form-encoded pairs and name lists (see the header).
 */

#include <string.h>

#include "privacy_form.h"


void
privacy_form_init(privacy_form_t *f, const unsigned char *p, size_t len)
{
    f->p = p;
    f->end = p + len;
}


int
privacy_form_next(privacy_form_t *f, const unsigned char **key,
    size_t *klen, const unsigned char **val, size_t *vlen)
{
    const unsigned char  *amp, *eq;

    while (f->p < f->end) {
        amp = memchr(f->p, '&', (size_t) (f->end - f->p));
        if (amp == NULL) {
            amp = f->end;
        }

        eq = memchr(f->p, '=', (size_t) (amp - f->p));

        if (eq == NULL) {
            f->p = (amp < f->end) ? amp + 1 : amp;
            continue;
        }

        *key = f->p;
        *klen = (size_t) (eq - f->p);
        *val = eq + 1;
        *vlen = (size_t) (amp - eq - 1);

        f->p = (amp < f->end) ? amp + 1 : amp;

        return 1;
    }

    return 0;
}


static int
privacy_form_hex(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }

    c |= 0x20;

    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}


size_t
privacy_form_decode(unsigned char *dst, const unsigned char *src, size_t len)
{
    int            h, l;
    size_t         i, n;
    unsigned char  c;

    n = 0;

    for (i = 0; i < len; i++) {
        c = src[i];

        if (c == '+') {
            c = ' ';

        } else if (c == '%' && i + 2 < len
                   && (h = privacy_form_hex(src[i + 1])) >= 0
                   && (l = privacy_form_hex(src[i + 2])) >= 0)
        {
            c = (unsigned char) (h << 4 | l);
            i += 2;
        }

        dst[n++] = c;
    }

    return n;
}


int
privacy_form_token(const unsigned char **p, const unsigned char *end,
    const unsigned char **name, size_t *n)
{
    const unsigned char  *s, *q;

    q = *p;

    while (q < end && (*q == ',' || *q == ' ')) {
        q++;
    }

    s = q;

    while (q < end && *q != ',' && *q != ' ') {
        q++;
    }

    *p = q;
    *name = s;
    *n = (size_t) (q - s);

    return q > s;
}
