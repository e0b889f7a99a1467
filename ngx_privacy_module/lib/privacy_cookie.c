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
#if defined(PRIVACY_FIND_SSE2)
    unsigned              m;
    __m128i               v;
#endif

    /* names are short: the first "=" or ";" of the first 16 bytes, not a
     * memchr over the value */

    e = p + len;
    ne = p;

#if defined(PRIVACY_FIND_SSE2)

    if (len >= 16) {
        v = _mm_loadu_si128((const __m128i *) (const void *) p);
        m = (unsigned) _mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('=')),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))));

        if (m) {
            ne = p + __builtin_ctz(m);
            goto found;
        }

        ne = p + 16;
    }

#endif

    for ( /* void */ ; ne < e && *ne != '=' && *ne != ';'; ne++) {
        /* void */
    }

    if (ne == e) {
        return 0;
    }

#if defined(PRIVACY_FIND_SSE2)
found:
#endif

    if (*ne == ';') {
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


#define ATTR_OTHER    0
#define ATTR_MAX_AGE  1
#define ATTR_EXPIRES  2

/*
 * Which attribute p[s .. e) is, p[s] its first non-blank byte: Max-Age,
 * Expires or another; for the first two *vs, *ve bound its trimmed value.
 */
PRIVACY_INLINE int
attr_kind(const unsigned char *p, size_t s, size_t e,
    const unsigned char **vsp, const unsigned char **vep)
{
    int                   kind;
    uint64_t              w, max_age, expires, max_age_letters,
                          expires_letters;
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
        kind = ATTR_MAX_AGE;
        vs = p + s + 8;

    } else if ((w | expires_letters) == expires) {
        kind = ATTR_EXPIRES;
        vs = p + s + 8;

    } else {
        /* blanks around "=", or another attribute */
        ns = p + s;

        for (ne = ns; ne < ve && *ne != '='; ne++) {
            /* void */
        }

        if (ne == ve) {
            return ATTR_OTHER;
        }

        vs = ne + 1;
        trim(&ns, &ne);

        if (attr7_is(ns, (size_t) (ne - ns), "max-age")) {
            kind = ATTR_MAX_AGE;

        } else if (attr7_is(ns, (size_t) (ne - ns), "expires")) {
            kind = ATTR_EXPIRES;

        } else {
            return ATTR_OTHER;
        }
    }

    trim(&vs, &ve);

    *vsp = vs;
    *vep = ve;

    return kind;
}


/* one attribute, p[s] is its first byte and e its end: Max-Age or Expires */
static void
set_cookie_attr(const unsigned char *p, size_t s, size_t e,
    privacy_set_cookie_t *sc)
{
    int                   kind;
    long long             ma;
    const unsigned char  *vs, *ve;

    kind = attr_kind(p, s, e, &vs, &ve);

    if (kind == ATTR_MAX_AGE) {
        if (parse_max_age(vs, (size_t) (ve - vs), &ma)) {
            sc->max_age = ma;
            sc->has_max_age = 1;
        }

    } else if (kind == ATTR_EXPIRES) {
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


/*
 * A Max-Age value s[0 .. n) as parse_max_age() reads it, only its sign:
 * PRIVACY_SC_DELETES for a number <= 0, PRIVACY_SC_KEEPS for one > 0, -1
 * for no number.  Its attribute name precedes it: the 8 bytes before its
 * end may be read.
 */
PRIVACY_INLINE int
max_age_sign(const unsigned char *s, size_t n)
{
    int       neg;
    size_t    i;
    unsigned  nz;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t  w, d;
#endif

    neg = (n > 0 && s[0] == '-');
    s += neg;
    n -= neg;

    if (n == 0) {
        return -1;
    }

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__

    if (n <= 8) {
        /* the digits are the high n bytes of the word ending with them;
         * a byte is a digit when (b ^ '0') + 0x76 keeps the top bit clear */
        memcpy(&w, s + n - 8, 8);
        d = (w ^ 0x3030303030303030ULL) & (~0ULL << (8 * (8 - n)));

        if ((d | (d + 0x7676767676767676ULL)) & 0x8080808080808080ULL) {
            return -1;
        }

        return (neg || d == 0) ? PRIVACY_SC_DELETES : PRIVACY_SC_KEEPS;
    }

#endif

    nz = 0;

    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return -1;
        }

        nz |= s[i] - '0';
    }

    return (neg || nz == 0) ? PRIVACY_SC_DELETES : PRIVACY_SC_KEEPS;
}


/*
 * The attribute p[s .. e), after a ";", for privacy_set_cookie_lifetime():
 * 1 when it is a valid Max-Age (its answer in *rc), else 0; an Expires is
 * kept in *rc and *expires when it is the first one seen from the end.
 */
PRIVACY_INLINE int
lifetime_attr(const unsigned char *p, size_t s, size_t e, int *rc,
    const unsigned char **expires, size_t *expires_len)
{
    int                   r;
    unsigned              c;
    const unsigned char  *vs, *ve;

    /* shorter than "expires=" even with its blanks: not one of them */
    if (e - s < 8) {
        return 0;
    }

    c = p[s];

    if (is_ws(c)) {
        do {
            s++;
        } while (s < e && is_ws(p[s]));

        if (e - s < 8) {
            return 0;
        }

        c = p[s];
    }

    c |= 0x20;

    if (c != 'm' && c != 'e') {
        return 0;
    }

    switch (attr_kind(p, s, e, &vs, &ve)) {

    case ATTR_MAX_AGE:
        r = max_age_sign(vs, (size_t) (ve - vs));
        if (r >= 0) {
            *rc = r;
            return 1;
        }

        break;

    case ATTR_EXPIRES:
        if (*rc != PRIVACY_SC_EXPIRES) {
            *rc = PRIVACY_SC_EXPIRES;
            *expires = vs;
            *expires_len = (size_t) (ve - vs);
        }

        break;
    }

    return 0;
}


/*
 * Backwards, so that the last valid Max-Age, which decides, usually comes
 * first: every ";" is an attribute's, as the first one ends the name=value
 * part.  16 bytes at a time from the end; the first block starts at p,
 * never before it.
 */
int
privacy_set_cookie_lifetime(const unsigned char *p, size_t len,
    const unsigned char **expires, size_t *expires_len)
{
    int       rc;
    size_t    i, e;
#if defined(PRIVACY_FIND_SSE2)
    size_t    off;
    unsigned  m, b;
    __m128i   semi;
#endif

    rc = PRIVACY_SC_KEEPS;
    e = len;

#if defined(PRIVACY_FIND_SSE2)

    if (len >= 16) {
        semi = _mm_set1_epi8(';');
        off = len;

        for ( ;; ) {
            if (off >= 16) {
                off -= 16;
                m = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(
                        _mm_loadu_si128((const __m128i *) (const void *)
                                        (p + off)), semi));

            } else if (off > 0) {
                /* the 16 bytes from p; those from off on were seen */
                m = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(
                        _mm_loadu_si128((const __m128i *) (const void *) p),
                        semi))
                    & ((1u << off) - 1);
                off = 0;

            } else {
                return rc;
            }

            for ( /* void */ ; m; m ^= 1u << b) {
                b = 31 - (unsigned) __builtin_clz(m);
                i = off + b;

                if (lifetime_attr(p, i + 1, e, &rc, expires, expires_len)) {
                    return rc;
                }

                e = i;
            }
        }
    }

#endif

    for (i = len; i-- > 0; /* void */) {
        if (p[i] == ';') {
            if (lifetime_attr(p, i + 1, e, &rc, expires, expires_len)) {
                return rc;
            }

            e = i;
        }
    }

    return rc;
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
