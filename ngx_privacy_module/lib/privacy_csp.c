/*
 * privacy_csp.c: the nonce an inserted inline script needs (see the
 * header).
 */

#include <string.h>

#include "privacy_csp.h"


#define CSP_OTHER          0
#define CSP_NONCE          1        /* a usable one */
#define CSP_NONCE_LONG     2        /* a nonce-source too long to use */
#define CSP_HASH           3
#define CSP_UNSAFE_INLINE  4
#define CSP_STRICT_DYNAMIC 5


typedef struct {
    const unsigned char  *p;            /* the governing directive's value */
    const unsigned char  *end;
} privacy_csp_dir_t;


/* ASCII whitespace (Infra) */
static int
privacy_csp_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}


static int
privacy_csp_ieq(const unsigned char *p, size_t len, const char *s)
{
    size_t         i;
    unsigned char  c;

    if (len != strlen(s)) {
        return 0;
    }

    for (i = 0; i < len; i++) {
        c = p[i];

        if (c >= 'A' && c <= 'Z') {
            c |= 0x20;
        }

        if (c != (unsigned char) s[i]) {
            return 0;
        }
    }

    return 1;
}


/* a case-insensitive prefix of p[0 .. len) */
static int
privacy_csp_iprefix(const unsigned char *p, size_t len, const char *s)
{
    size_t  n;

    n = strlen(s);

    return len >= n && privacy_csp_ieq(p, n, s);
}


/* CSP base64-value: 1*( ALPHA / DIGIT / "+" / "/" / "-" / "_" ) *2"=" */
static int
privacy_csp_b64(const unsigned char *p, size_t len)
{
    size_t         i, pad;
    unsigned char  c;

    pad = 0;

    for (i = 0; i < len; i++) {
        c = p[i];

        if (c == '=') {
            pad++;
            continue;
        }

        if (pad || !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                     || (c >= '0' && c <= '9') || c == '+' || c == '/'
                     || c == '-' || c == '_'))
        {
            return 0;
        }
    }

    return len > pad && pad <= 2;
}


/* what one source expression is; a usable nonce's value in *v, *vlen */
static int
privacy_csp_source(const unsigned char *s, size_t len,
    const unsigned char **v, size_t *vlen)
{
    size_t  n;

    if (len < 2 || s[0] != '\'' || s[len - 1] != '\'') {
        return CSP_OTHER;
    }

    if (privacy_csp_ieq(s, len, "'unsafe-inline'")) {
        return CSP_UNSAFE_INLINE;
    }

    if (privacy_csp_ieq(s, len, "'strict-dynamic'")) {
        return CSP_STRICT_DYNAMIC;
    }

    if (privacy_csp_iprefix(s, len, "'nonce-")) {
        n = sizeof("'nonce-") - 1;

        if (len < n + 1 || !privacy_csp_b64(s + n, len - n - 1)) {
            return CSP_OTHER;
        }

        *v = s + n;
        *vlen = len - n - 1;

        return (*vlen <= PRIVACY_CSP_NONCE_MAX) ? CSP_NONCE : CSP_NONCE_LONG;
    }

    if (privacy_csp_iprefix(s, len, "'sha256-")
        || privacy_csp_iprefix(s, len, "'sha384-")
        || privacy_csp_iprefix(s, len, "'sha512-"))
    {
        n = sizeof("'sha256-") - 1;

        if (len > n + 1 && privacy_csp_b64(s + n, len - n - 1)) {
            return CSP_HASH;
        }
    }

    return CSP_OTHER;
}


/* the next source expression of a directive value, or 0 */
static int
privacy_csp_next_source(const unsigned char **p, const unsigned char *end,
    const unsigned char **s, size_t *len)
{
    const unsigned char  *q;

    q = *p;

    while (q < end && privacy_csp_ws(*q)) {
        q++;
    }

    *s = q;

    while (q < end && !privacy_csp_ws(*q)) {
        q++;
    }

    *p = q;
    *len = (size_t) (q - *s);

    return *len > 0;
}


/*
 * The directive that governs inline script elements in the policy
 * p[0 .. end): returns 1 with its value in *dir, or 0 when there is none.
 */
static int
privacy_csp_policy(const unsigned char *p, const unsigned char *end,
    privacy_csp_dir_t *dir)
{
    static const char  *names[3] = {
        "script-src-elem", "script-src", "default-src"
    };

    size_t                i;
    unsigned              seen;
    privacy_csp_dir_t     found[3];
    const unsigned char  *s, *e, *n;

    seen = 0;
    memset(found, 0, sizeof(found));

    while (p < end) {
        s = p;
        e = memchr(s, ';', (size_t) (end - s));
        if (e == NULL) {
            e = end;
        }

        p = (e < end) ? e + 1 : e;

        while (s < e && privacy_csp_ws(*s)) {
            s++;
        }

        while (e > s && privacy_csp_ws(e[-1])) {
            e--;
        }

        if (s == e) {
            continue;
        }

        for (n = s; n < e && *n < 0x80; n++) { /* void */ }

        if (n < e) {
            continue;                   /* not ASCII: CSP3 skips it */
        }

        for (n = s; n < e && !privacy_csp_ws(*n); n++) { /* void */ }

        for (i = 0; i < 3; i++) {
            if (privacy_csp_ieq(s, (size_t) (n - s), names[i])) {
                /* the first directive of a name counts */
                if (!(seen & (1u << i))) {
                    seen |= 1u << i;
                    found[i].p = n;
                    found[i].end = e;
                }

                break;
            }
        }
    }

    for (i = 0; i < 3; i++) {
        if (seen & (1u << i)) {
            *dir = found[i];
            return 1;
        }
    }

    return 0;
}


/* 1 when the governing directive blocks inline scripts without a nonce */
static int
privacy_csp_restricts(const privacy_csp_dir_t *dir)
{
    int                   kind;
    size_t                len, vlen;
    unsigned              inline_ok, cancel;
    const unsigned char  *p, *s, *v;

    inline_ok = 0;
    cancel = 0;
    p = dir->p;

    while (privacy_csp_next_source(&p, dir->end, &s, &len)) {
        kind = privacy_csp_source(s, len, &v, &vlen);

        if (kind == CSP_UNSAFE_INLINE) {
            inline_ok = 1;

        } else if (kind != CSP_OTHER) {
            cancel = 1;
        }
    }

    return !inline_ok || cancel;
}


/* 1 when the directive has 'nonce-<value>' */
static int
privacy_csp_has_nonce(const privacy_csp_dir_t *dir, const unsigned char *n,
    size_t nlen)
{
    size_t                len, vlen;
    const unsigned char  *p, *s, *v;

    p = dir->p;

    while (privacy_csp_next_source(&p, dir->end, &s, &len)) {
        if (privacy_csp_source(s, len, &v, &vlen) == CSP_NONCE
            && vlen == nlen && memcmp(v, n, nlen) == 0)
        {
            return 1;
        }
    }

    return 0;
}


/* the next policy of the list that restricts, or 0 */
static int
privacy_csp_next_policy(const unsigned char **p, const unsigned char *end,
    privacy_csp_dir_t *dir)
{
    const unsigned char  *s, *e;

    while (*p < end) {
        s = *p;
        e = memchr(s, ',', (size_t) (end - s));
        if (e == NULL) {
            e = end;
        }

        *p = (e < end) ? e + 1 : e;

        if (privacy_csp_policy(s, e, dir) && privacy_csp_restricts(dir)) {
            return 1;
        }
    }

    return 0;
}


void
privacy_csp_script(const unsigned char *p, size_t len, privacy_csp_t *csp)
{
    int                   ok;
    size_t                slen, vlen;
    unsigned              tried;
    privacy_csp_dir_t     first, dir;
    const unsigned char  *end, *q, *r, *s, *v;

    memset(csp, 0, sizeof(*csp));

    if (len == 0) {
        return;                         /* (and p may be NULL) */
    }

    end = p + len;
    q = p;
    first.p = NULL;
    first.end = NULL;

    while (privacy_csp_next_policy(&q, end, &dir)) {
        if (csp->policies++ == 0) {
            first = dir;
        }
    }

    if (csp->policies == 0) {
        return;
    }

    csp->restricted = 1;

    /* a nonce of the first restricting policy that all the others have */

    tried = 0;
    q = first.p;

    while (tried < PRIVACY_CSP_CANDIDATES
           && privacy_csp_next_source(&q, first.end, &s, &slen))
    {
        if (privacy_csp_source(s, slen, &v, &vlen) != CSP_NONCE) {
            continue;
        }

        tried++;
        ok = 1;
        r = p;

        while (privacy_csp_next_policy(&r, end, &dir)) {
            if (!privacy_csp_has_nonce(&dir, v, vlen)) {
                ok = 0;
                break;
            }
        }

        if (ok) {
            csp->nonce = v;
            csp->nonce_len = vlen;
            return;
        }
    }
}


/* 1 when the judge condemns a URL of the directive value p[0 .. end) */
static int
privacy_csp_reports_condemned(const unsigned char *p, const unsigned char *end,
    privacy_csp_judge_pt judge, void *data)
{
    size_t                len;
    const unsigned char  *s;

    while (privacy_csp_next_source(&p, end, &s, &len)) {
        if (judge(data, s, len)) {
            return 1;
        }
    }

    return 0;
}


size_t
privacy_csp_reports_inert(unsigned char *out, const unsigned char *p,
    size_t len, privacy_csp_judge_pt judge, void *data, size_t *dropped)
{
    size_t                o, n;
    const unsigned char  *s, *e, *end, *name;

    /* o <= the read position: out may be p */

    o = 0;
    end = p + len;
    *dropped = 0;
    s = p;

    while (s < end) {
        /* a directive ends at ";", its policy at "," */
        for (e = s; e < end && *e != ';' && *e != ','; e++) { /* void */ }

        for (name = s; name < e && privacy_csp_ws(*name); name++) {
            /* void */
        }

        for (n = 0; name + n < e && !privacy_csp_ws(name[n]); n++) {
            /* void */
        }

        if (privacy_csp_ieq(name, n, "report-uri")
            && privacy_csp_reports_condemned(name + n, e, judge, data))
        {
            (*dropped)++;

        } else {
            memmove(out + o, s, (size_t) (e - s));
            o += (size_t) (e - s);
        }

        if (e < end) {
            out[o++] = *e;      /* the ";" or "," */
            e++;
        }

        s = e;
    }

    return o;
}
