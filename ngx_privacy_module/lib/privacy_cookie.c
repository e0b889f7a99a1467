/*
 * Cookie and Set-Cookie parsing without nginx; see privacy_cookie.h.
 */
#include <stdint.h>
#include <string.h>
#include "privacy_cookie.h"
#include "privacy_find.h"

#define is_ws(c)  ((c) == ' ' || (c) == '\t')

PRIVACY_INLINE void
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
PRIVACY_INLINE int
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


/* one attribute, p[s] is its first byte and e its end: Max-Age or Expires */
static void
set_cookie_attr(const unsigned char *p, size_t s, size_t e,
    privacy_set_cookie_t *sc)
{
    int                   is_max_age;
    uint64_t              w, max_age, expires, max_age_letters,
                          expires_letters;
    long long             ma;
    const unsigned char  *ns, *ne, *vs, *ve;

    /*
     * The usual spelling, any case, in one 8-byte compare: "max-age=" or
     * "expires="; 0x20 is or-ed into the letters only, so that no other
     * byte can pass for one of them.
     */
    memcpy(&max_age, "max-age=", 8);
    memcpy(&expires, "expires=", 8);
    memcpy(&max_age_letters, "\x20\x20\x20\x00\x20\x20\x20\x00", 8);
    memcpy(&expires_letters, "\x20\x20\x20\x20\x20\x20\x20\x00", 8);

    ve = p + e;
    memcpy(&w, p + s, 8);

    if ((w | max_age_letters) == max_age) {
        is_max_age = 1;
        vs = p + s + 8;

    } else if ((w | expires_letters) == expires) {
        is_max_age = 0;
        vs = p + s + 8;

    } else {
        /* blanks around "=", or another attribute */
        ns = p + s;

        for (ne = ns; ne < ve && *ne != '='; ne++) {
            /* void */
        }

        if (ne == ve) {
            return;
        }

        vs = ne + 1;
        trim(&ns, &ne);

        if (attr7_is(ns, (size_t) (ne - ns), "max-age")) {
            is_max_age = 1;

        } else if (attr7_is(ns, (size_t) (ne - ns), "expires")) {
            is_max_age = 0;

        } else {
            return;
        }
    }

    trim(&vs, &ve);

    if (is_max_age) {
        if (parse_max_age(vs, (size_t) (ve - vs), &ma)) {
            sc->max_age = ma;
            sc->has_max_age = 1;
        }

    } else {
        sc->expires = vs;
        sc->expires_len = (size_t) (ve - vs);
        sc->has_expires = 1;
    }
}


/* Max-Age and Expires start with "m" or "e"; at least "expires=" long */
#define MAY_EXPIRE(p, s, e)                                                   \
    ((e) - (s) >= 8 && (((p)[s] | 0x20) == 'm' || ((p)[s] | 0x20) == 'e'))


/* the attribute p[s .. e), blanks first: read only if it may be one of them */
PRIVACY_INLINE void
expiry_attr(const unsigned char *p, size_t s, size_t e,
    privacy_set_cookie_t *sc)
{
    while (s < e && is_ws(p[s])) {
        s++;
    }

    if (MAY_EXPIRE(p, s, e)) {
        set_cookie_attr(p, s, e, sc);
    }
}


/*
 * Max-Age and Expires from the attributes part of a Set-Cookie value
 * (from its first ";"); the others are not looked at.  Called for every
 * Set-Cookie about to be stripped, so the ";" of the whole value are found
 * 16 bytes at a time (the last block ends at the value's end, never past
 * it) and only an attribute starting with "m" or "e" is read further.
 */
void
privacy_set_cookie_expiry(const unsigned char *p, size_t len,
    privacy_set_cookie_t *sc)
{
    size_t    i, e;
#if defined(PRIVACY_FIND_SSE2)
    size_t    off, prev;
    unsigned  m;
    __m128i   semi;
#endif

    sc->has_max_age = 0;
    sc->has_expires = 0;

#if defined(PRIVACY_FIND_SSE2)

    if (len >= 16) {
        semi = _mm_set1_epi8(';');
        prev = len;             /* the ";" whose attribute is open */

        for (off = 0; off < len; off += 16) {

            if (len - off < 16) {
                /* the 16 bytes that end the value; drop those seen */
                m = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(
                        _mm_loadu_si128((const __m128i *) (const void *)
                                        (p + len - 16)), semi));
                m >>= 16 - (len - off);

            } else {
                m = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(
                        _mm_loadu_si128((const __m128i *) (const void *)
                                        (p + off)), semi));
            }

            for ( /* void */ ; m; m &= m - 1) {
                i = off + (size_t) __builtin_ctz(m);

                if (prev < len) {
                    expiry_attr(p, prev + 1, i, sc);
                }

                prev = i;
            }
        }

        if (prev < len) {
            expiry_attr(p, prev + 1, len, sc);
        }

        return;
    }

#endif

    for (i = 0; i < len && p[i] != ';'; i++) {
        /* void */
    }

    while (i < len) {
        for (e = i + 1; e < len && p[e] != ';'; e++) {
            /* void */
        }

        expiry_attr(p, i + 1, e, sc);

        i = e;
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
