/*
 * privacy_lang.c: Accept-Language against the site's languages (see the
 * header for the rule).
 */

#include <string.h>

#include "privacy_lang.h"


typedef struct {
    const unsigned char  *p;
    const unsigned char  *end;
    unsigned              n;          /* non-empty elements read */
} privacy_lang_iter_t;


static int
privacy_lang_alpha(unsigned char c)
{
    c |= 0x20;
    return c >= 'a' && c <= 'z';
}


static int
privacy_lang_alnum(unsigned char c)
{
    return privacy_lang_alpha(c) || (c >= '0' && c <= '9');
}


static unsigned char
privacy_lang_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char) (c | 0x20) : c;
}


static int
privacy_lang_eq(const unsigned char *a, const unsigned char *b, size_t n)
{
    size_t  i;

    for (i = 0; i < n; i++) {
        if (privacy_lang_lower(a[i]) != privacy_lang_lower(b[i])) {
            return 0;
        }
    }

    return 1;
}


/* 1*8ALPHA *( "-" 1*8alphanum ) from p; returns its end, or NULL */
static const unsigned char *
privacy_lang_range(const unsigned char *p, const unsigned char *end)
{
    size_t  n;

    for (n = 0; p < end && privacy_lang_alpha(*p); n++, p++) {
        if (n == 8) {
            return NULL;
        }
    }

    if (n == 0) {
        return NULL;
    }

    while (p < end && *p == '-') {
        p++;

        for (n = 0; p < end && privacy_lang_alnum(*p); n++, p++) {
            if (n == 8) {
                return NULL;
            }
        }

        if (n == 0) {
            return NULL;
        }
    }

    return p;
}


/* qvalue, in thousandths; returns its end, or NULL */
static const unsigned char *
privacy_lang_qvalue(const unsigned char *p, const unsigned char *end,
    unsigned *q)
{
    unsigned  v, scale, n;
    int       one;

    if (p == end || (*p != '0' && *p != '1')) {
        return NULL;
    }

    one = (*p++ == '1');
    v = one ? 1000 : 0;

    if (p == end || *p != '.') {
        *q = v;
        return p;
    }

    p++;
    scale = 100;

    for (n = 0; p < end && *p >= '0' && *p <= '9'; n++, p++) {
        if (n == 3 || (one && *p != '0')) {
            return NULL;
        }

        v += (unsigned) (*p - '0') * scale;
        scale /= 10;
    }

    *q = v;
    return p;
}


static int
privacy_lang_ows(unsigned char c)
{
    return c == ' ' || c == '\t';
}


/*
 * The next element that follows the grammar: its range (r, rlen; "*" for
 * the wildcard), q and position among the non-empty elements.  Returns 0
 * at the end or past PRIVACY_LANG_MAX_RANGES elements.
 */
static int
privacy_lang_next(privacy_lang_iter_t *it, const unsigned char **r,
    size_t *rlen, unsigned *q, unsigned *pos)
{
    const unsigned char  *s, *e, *re;

    while (it->p < it->end) {
        s = it->p;
        e = memchr(s, ',', (size_t) (it->end - s));
        if (e == NULL) {
            e = it->end;
        }

        it->p = (e < it->end) ? e + 1 : e;

        while (s < e && privacy_lang_ows(*s)) {
            s++;
        }

        while (e > s && privacy_lang_ows(e[-1])) {
            e--;
        }

        if (s == e) {
            continue;                   /* "#rule" allows empty elements */
        }

        if (it->n == PRIVACY_LANG_MAX_RANGES) {
            it->p = it->end;
            return 0;
        }

        *pos = it->n++;

        if (*s == '*') {
            re = s + 1;

        } else {
            re = privacy_lang_range(s, e);
            if (re == NULL) {
                continue;
            }
        }

        if ((size_t) (re - s) > PRIVACY_LANG_MAX_RANGE) {
            continue;
        }

        *r = s;
        *rlen = (size_t) (re - s);
        *q = 1000;

        s = re;

        while (s < e && privacy_lang_ows(*s)) {
            s++;
        }

        if (s == e) {
            return 1;
        }

        if (*s++ != ';') {
            continue;
        }

        while (s < e && privacy_lang_ows(*s)) {
            s++;
        }

        if (e - s < 2 || (s[0] | 0x20) != 'q' || s[1] != '=') {
            continue;
        }

        if (privacy_lang_qvalue(s + 2, e, q) == e) {
            return 1;
        }
    }

    return 0;
}


int
privacy_lang_tag_valid(const unsigned char *p, size_t len)
{
    return len <= PRIVACY_LANG_MAX_RANGE && len > 0
           && privacy_lang_range(p, p + len) == p + len;
}


typedef struct {
    unsigned  q;
    unsigned  pos;
    unsigned  kind;                     /* 0 exact, 1 prefix or "*", 2 lookup */
    size_t    tag_len;
} privacy_lang_score_t;


/* 1 when a is better than b (which may not exist: b->q == 0) */
static int
privacy_lang_better(const privacy_lang_score_t *a,
    const privacy_lang_score_t *b)
{
    if (a->q != b->q) {
        return a->q > b->q;
    }

    if (a->pos != b->pos) {
        return a->pos < b->pos;
    }

    if (a->kind != b->kind) {
        return a->kind < b->kind;
    }

    return a->kind == 2 && a->tag_len > b->tag_len;
}


/*
 * The score of one tag; q = 0 when not acceptable.  Which range decides:
 * the longest one that matches by filtering, else the best truncation
 * (q > 0), else "*".
 */
static void
privacy_lang_score(const unsigned char *p, size_t len,
    const privacy_lang_tag_t *tag, privacy_lang_score_t *sc)
{
    int                   have_star;
    size_t                rlen, spec;
    unsigned              q, pos;
    privacy_lang_iter_t   it;
    privacy_lang_score_t  named, lookup, star;
    const unsigned char  *r;

    it.p = p;
    it.end = p + len;
    it.n = 0;

    spec = 0;
    have_star = 0;
    memset(&named, 0, sizeof(named));
    memset(&lookup, 0, sizeof(lookup));
    memset(&star, 0, sizeof(star));
    lookup.kind = 2;
    star.kind = 1;

    while (privacy_lang_next(&it, &r, &rlen, &q, &pos)) {

        if (rlen == 1 && *r == '*') {
            if (!have_star) {           /* the first "*" counts */
                have_star = 1;
                star.q = q;
                star.pos = pos;
            }

            continue;
        }

        if (rlen <= tag->len && privacy_lang_eq(r, tag->data, rlen)
            && (rlen == tag->len || tag->data[rlen] == '-'))
        {
            /* the most specific range decides; of equal ones the first */
            if (rlen > spec) {
                spec = rlen;
                named.q = q;
                named.pos = pos;
                named.kind = (rlen == tag->len) ? 0 : 1;
            }

            continue;
        }

        /*
         * the tag is the range truncated at a "-" (RFC 4647 lookup): a
         * q=0 there excludes the longer tag only
         */
        if (rlen > tag->len && r[tag->len] == '-'
            && privacy_lang_eq(r, tag->data, tag->len) && q > lookup.q)
        {
            lookup.q = q;
            lookup.pos = pos;
        }
    }

    if (spec > 0) {
        *sc = named;

    } else if (lookup.q > 0) {
        *sc = lookup;

    } else if (have_star) {
        *sc = star;

    } else {
        sc->q = 0;
        sc->pos = 0;
        sc->kind = 0;
    }

    sc->tag_len = tag->len;
}


int
privacy_lang_choose(const unsigned char *p, size_t len,
    const privacy_lang_tag_t *tags, size_t ntags)
{
    int                   best;
    size_t                i;
    privacy_lang_score_t  sc, bsc;

    best = -1;
    memset(&bsc, 0, sizeof(bsc));

    if (len == 0) {
        return -1;                      /* (and p may be NULL) */
    }

    for (i = 0; i < ntags && i < 0x7fffffff; i++) {
        if (tags[i].len == 0) {
            continue;
        }

        privacy_lang_score(p, len, &tags[i], &sc);

        if (sc.q > 0 && (best < 0 || privacy_lang_better(&sc, &bsc))) {
            best = (int) i;
            bsc = sc;
        }
    }

    return best;
}
