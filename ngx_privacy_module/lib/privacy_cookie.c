/*
 * Cookie and Set-Cookie parsing without nginx; see privacy_cookie.h.
 */
#include <string.h>
#include "privacy_cookie.h"

#define is_ws(c)  ((c) == ' ' || (c) == '\t')

static void
trim(const unsigned char **s, const unsigned char **e)
{
    while (*s < *e && is_ws(**s)) {
        (*s)++;
    }

    while (*e > *s && is_ws((*e)[-1])) {
        (*e)--;
    }
}

int
privacy_cookie_next(const unsigned char *p, size_t len, size_t *pos,
    privacy_cookie_t *c)
{
    const unsigned char  *s, *e, *end, *eq, *ns, *ne, *vs, *ve;

    end = p + len;

    while (*pos < len) {
        s = p + *pos;
        e = memchr(s, ';', (size_t) (end - s));
        if (e == NULL) {
            e = end;
        }

        *pos = (size_t) (e - p) + (e < end ? 1 : 0);

        eq = memchr(s, '=', (size_t) (e - s));
        if (eq == NULL) {
            continue;
        }

        ns = s;
        ne = eq;
        trim(&ns, &ne);

        if (ns == ne) {
            continue;
        }

        vs = eq + 1;
        ve = e;
        trim(&vs, &ve);

        if (ve - vs >= 2 && vs[0] == '"' && ve[-1] == '"') {
            vs++;
            ve--;
        }

        c->name = ns;
        c->name_len = (size_t) (ne - ns);
        c->value = vs;
        c->value_len = (size_t) (ve - vs);
        c->start = s;
        c->end = e;

        return 1;
    }

    return 0;
}

int
privacy_cookie_name_is_token(const unsigned char *name, size_t len)
{
    size_t  i;

    if (len == 0) {
        return 0;
    }

    for (i = 0; i < len; i++) {
        if (name[i] <= 0x20 || name[i] >= 0x7f
            || strchr("()<>@,;:\\\"/[]?={}", name[i]) != NULL)
        {
            return 0;
        }
    }

    return 1;
}

/* s[0 .. n) equals the lowercase 7-letter attribute name, any case */
static int
attr7_is(const unsigned char *s, size_t n, const char *name)
{
    size_t  i;

    if (n != 7) {
        return 0;
    }

    for (i = 0; i < 7; i++) {
        if ((s[i] | 0x20) != (unsigned char) name[i]) {
            return 0;
        }
    }

    return 1;
}

static int
parse_max_age(const unsigned char *s, size_t n, long long *out)
{
    long long  v;
    int        neg;
    size_t     i;

    neg = 0;
    i = 0;

    if (n > 0 && s[0] == '-') {
        neg = 1;
        i = 1;
    }

    if (i == n) {
        return 0;
    }

    v = 0;

    for ( /* void */ ; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return 0;
        }

        /* saturate: a huge Max-Age is simply "far in the future" */
        if (v < 100000000000LL) {
            v = v * 10 + (s[i] - '0');
        }
    }

    *out = neg ? -v : v;

    return 1;
}

int
privacy_set_cookie_name(const unsigned char *p, size_t len,
    const unsigned char **name, size_t *name_len)
{
    const unsigned char  *e, *ns, *ne;

    /* names are short: one pass to the "=", not a memchr over the value */

    e = p + len;

    for (ne = p; ne < e && *ne != '=' && *ne != ';'; ne++) {
        /* void */
    }

    if (ne == e || *ne == ';') {
        return 0;
    }

    ns = p;
    trim(&ns, &ne);

    if (ns == ne) {
        return 0;
    }

    *name = ns;
    *name_len = (size_t) (ne - ns);

    return 1;
}


/*
 * Max-Age and Expires from the attributes part of a Set-Cookie value
 * (from its first ";"); the others are not looked at.
 */
void
privacy_set_cookie_expiry(const unsigned char *p, size_t len,
    privacy_set_cookie_t *sc)
{
    const unsigned char  *end, *s, *e, *eq, *ns, *ne, *vs, *ve;
    long long             ma;

    sc->has_max_age = 0;
    sc->has_expires = 0;

    e = memchr(p, ';', len);
    if (e == NULL) {
        return;
    }

    end = p + len;

    while (e < end) {
        s = e + 1;
        e = memchr(s, ';', (size_t) (end - s));
        if (e == NULL) {
            e = end;
        }

        while (s < e && is_ws(*s)) {
            s++;
        }

        /* only Max-Age and Expires matter: look no further at the others */

        if (e - s < 8 || ((*s | 0x20) != 'm' && (*s | 0x20) != 'e')) {
            continue;
        }

        eq = memchr(s, '=', (size_t) (e - s));
        if (eq == NULL) {
            continue;
        }

        ns = s;
        ne = eq;
        trim(&ns, &ne);

        vs = eq + 1;
        ve = e;
        trim(&vs, &ve);

        if (attr7_is(ns, (size_t) (ne - ns), "max-age")) {
            if (parse_max_age(vs, (size_t) (ve - vs), &ma)) {
                sc->max_age = ma;
                sc->has_max_age = 1;
            }

        } else if (attr7_is(ns, (size_t) (ne - ns), "expires")) {
            sc->expires = vs;
            sc->expires_len = (size_t) (ve - vs);
            sc->has_expires = 1;
        }
    }
}


int
privacy_set_cookie_parse(const unsigned char *p, size_t len,
    privacy_set_cookie_t *sc)
{
    const unsigned char  *e, *eq, *ns, *ne, *vs, *ve;

    memset(sc, 0, sizeof(*sc));

    e = memchr(p, ';', len);
    if (e == NULL) {
        e = p + len;
    }

    eq = memchr(p, '=', (size_t) (e - p));
    if (eq == NULL) {
        return 0;
    }

    ns = p;
    ne = eq;
    trim(&ns, &ne);

    if (ns == ne) {
        return 0;
    }

    vs = eq + 1;
    ve = e;
    trim(&vs, &ve);

    sc->name = ns;
    sc->name_len = (size_t) (ne - ns);
    sc->value = vs;
    sc->value_len = (size_t) (ve - vs);

    privacy_set_cookie_expiry(e, len - (size_t) (e - p), sc);

    return 1;
}
