/*
 * Opt-out overlays: the IAB US Privacy string (§10) and the Global Privacy
 * Platform string (§11).  Both can only ever remove categories; a present
 * but malformed string is reported as invalid so that the caller can fail
 * closed (§0.3 invalid_optout).
 *
 * GPP's header lists section ids as Fibonacci-coded offsets, possibly as
 * ranges.  The ids are produced one at a time and paired with the '~'-
 * separated sections as they come, so a range claiming millions of ids
 * stops at the first id without a section: work stays linear in the input.
 */
#include <string.h>

#include "privacy_cmp_util.h"
#include "privacy_tcf.h"


privacy_consent_status_e
privacy_usp_decode(const unsigned char *p, size_t len, privacy_usp_t *u)
{
    size_t  i;

    memset(u, 0, sizeof(privacy_usp_t));

    if (len == 0) {
        return PRIVACY_CONSENT_ABSENT;
    }

    if (len != 4 || p[0] != '1') {
        return PRIVACY_CONSENT_INVALID;
    }

    for (i = 1; i < 4; i++) {
        if (p[i] != 'Y' && p[i] != 'N' && p[i] != '-') {
            return PRIVACY_CONSENT_INVALID;
        }
    }

    /* "-" for the opt-out only when the law does not apply at all */
    if (p[2] == '-' && (p[1] != '-' || p[3] != '-')) {
        return PRIVACY_CONSENT_INVALID;
    }

    u->notice = p[1];
    u->opt_out = p[2];
    u->lspa = p[3];

    return PRIVACY_CONSENT_DECIDED;
}


/* §11 table: offsets of Sale, Sharing, Targeted (-1 none), GPC sub-section */
typedef struct {
    signed char   sale;
    signed char   sharing;
    signed char   targeted;
    unsigned char gpc;
} gpp_us_t;

static const gpp_us_t  gpp_us[] = {
    /*  7 usnat */ { 18, 20, 22, 1 },
    /*  8 usca  */ { 12, 14, -1, 1 },
    /*  9 usva  */ { 12, -1, 14, 0 },
    /* 10 usco  */ { 12, -1, 14, 1 },
    /* 11 usut  */ { 14, -1, 16, 0 },
    /* 12 usct  */ { 12, -1, 14, 1 },
    /* 13 usfl  */ { 12, -1, 14, 0 },
    /* 14 usmt  */ { 12, -1, 14, 1 },
    /* 15 usor  */ { 12, -1, 14, 1 },
    /* 16 ustx  */ { 12, -1, 14, 1 },
    /* 17 usde  */ { 12, -1, 14, 1 },
    /* 18 usia  */ { 14, -1, 16, 1 },
    /* 19 usne  */ { 12, -1, 14, 1 },
    /* 20 usnh  */ { 12, -1, 14, 1 },
    /* 21 usnj  */ { 12, -1, 14, 1 },
    /* 22 ustn  */ { 12, -1, 14, 1 },
    /* 23 usmn  */ { 12, -1, 14, 1 },
    /* 24 usmd  */ { 16, -1, 18, 1 },
    /* 25 usin  */ { 16, -1, 18, 0 },
    /* 26 usky  */ { 16, -1, 18, 0 },
    /* 27 usri  */ { 16, -1, 18, 0 }
};

#define GPP_US_FIRST  7
#define GPP_US_LAST   27


int
privacy_gpp_us_fields(uint64_t id, int *sale, int *sharing, int *targeted,
    unsigned *gpc)
{
    const gpp_us_t  *t;

    if (id < GPP_US_FIRST || id > GPP_US_LAST) {
        return 0;
    }

    t = &gpp_us[id - GPP_US_FIRST];
    *sale = t->sale;
    *sharing = t->sharing;
    *targeted = t->targeted;
    *gpc = t->gpc;

    return 1;
}


static int
gpp_b64_ok(const unsigned char *p, size_t len)
{
    size_t  i;

    for (i = 0; i < len; i++) {
        if (privacy_b64url_value(p[i]) < 0) {
            return 0;
        }
    }

    return 1;
}


/* reads a 2-bit opt-out field: 1 means "opted out" */
static unsigned
gpp_field(const privacy_bits_t *b, int off, unsigned flag)
{
    if (off < 0) {
        return 0;
    }

    return (privacy_bits_at(b, (size_t) off) == 0
            && privacy_bits_at(b, (size_t) off + 1) == 1) ? flag : 0;
}


int
privacy_gpp_section(uint64_t id, const unsigned char *p, size_t len,
    unsigned tcf_min_policy_version, unsigned *optout)
{
    size_t           i, start, sub, max;
    unsigned         opt;
    const gpp_us_t  *t;
    privacy_bits_t   b;
    privacy_usp_t    u;
    privacy_tcf_t    tc;

    if (len == 0) {
        return -1;
    }

    if (id == 6) {
        /* uspv1: the plain 4-character US Privacy string */
        if (privacy_usp_decode(p, len, &u) != PRIVACY_CONSENT_DECIDED) {
            return -1;
        }

        if (u.opt_out == 'Y') {
            *optout |= PRIVACY_GPP_OPT_SALE;
        }

        return 0;
    }

    if (id == 2) {
        return privacy_tcf_decode(p, len, tcf_min_policy_version, &tc);
    }

    /* every other section: non-empty base64url sub-sections */
    start = 0;

    for (i = 0; i <= len; i++) {
        if (i < len && p[i] != '.') {
            continue;
        }

        if (i == start || !gpp_b64_ok(p + start, i - start)) {
            return -1;
        }

        start = i + 1;
    }

    if (id < GPP_US_FIRST || id > GPP_US_LAST) {
        return 0;
    }

    t = &gpp_us[id - GPP_US_FIRST];

    for (i = 0; i < len && p[i] != '.'; i++) {
        /* void */
    }

    privacy_bits_init(&b, p, i);

    max = (size_t) t->sale;

    if (t->sharing > (int) max) {
        max = (size_t) t->sharing;
    }

    if (t->targeted > (int) max) {
        max = (size_t) t->targeted;
    }

    if (b.nbits < max + 2) {
        return -1;
    }

    opt = gpp_field(&b, t->sale, PRIVACY_GPP_OPT_SALE)
          | gpp_field(&b, t->sharing, PRIVACY_GPP_OPT_SHARING)
          | gpp_field(&b, t->targeted, PRIVACY_GPP_OPT_TARGETED);

    /* later sub-sections: SubsectionType (2 bits) 1 is GPC, then the bit */
    while (t->gpc && i < len) {
        sub = ++i;

        while (i < len && p[i] != '.') {
            i++;
        }

        privacy_bits_init(&b, p + sub, i - sub);

        if (privacy_bits_read(&b, 2) == 1 && privacy_bits_read(&b, 1) == 1
            && !b.err)
        {
            opt |= PRIVACY_GPP_OPT_GPC;
        }
    }

    *optout |= opt;

    return 0;
}


/* Fibonacci code (§11): at most 40 bits including the closing "11" */
static int
gpp_fib(privacy_bits_t *b, uint64_t *v)
{
    unsigned  k, bit, prev;
    uint64_t  f1, f2, r, t;

    f1 = 1;     /* F(2) */
    f2 = 2;     /* F(3) */
    r = 0;
    prev = 0;

    for (k = 0; k < 40; k++) {
        bit = (unsigned) privacy_bits_read(b, 1);

        if (b->err) {
            return -1;
        }

        if (bit && prev) {
            *v = r;
            return 0;
        }

        if (bit) {
            r += f1;
        }

        prev = bit;
        t = f1 + f2;
        f1 = f2;
        f2 = t;
    }

    return -1;
}


privacy_consent_status_e
privacy_gpp_decode(const unsigned char *p, size_t len,
    unsigned tcf_min_policy_version, privacy_gpp_t *g)
{
    size_t          hlen, pos, s;
    unsigned        count, item, is_range, opt;
    uint64_t        id, last, end, off;
    privacy_bits_t  b;

    memset(g, 0, sizeof(privacy_gpp_t));

    if (len == 0) {
        return PRIVACY_CONSENT_ABSENT;
    }

    if (len > PRIVACY_CMP_MAX_VALUE) {
        return PRIVACY_CONSENT_INVALID;
    }

    for (hlen = 0; hlen < len && p[hlen] != '~'; hlen++) {
        /* void */
    }

    if (!gpp_b64_ok(p, hlen)) {
        return PRIVACY_CONSENT_INVALID;
    }

    privacy_bits_init(&b, p, hlen);

    if (privacy_bits_read(&b, 6) != 3 || privacy_bits_read(&b, 6) != 1) {
        return PRIVACY_CONSENT_INVALID;
    }

    count = (unsigned) privacy_bits_read(&b, 12);

    if (b.err) {
        return PRIVACY_CONSENT_INVALID;
    }

    /* pos: start of the next section body, or len + 1 when none is left */
    pos = hlen + 1;
    last = 0;

    for (item = 0; item < count; item++) {
        is_range = (unsigned) privacy_bits_read(&b, 1);

        if (b.err || gpp_fib(&b, &off) != 0) {
            return PRIVACY_CONSENT_INVALID;
        }

        id = last + off;
        end = id;

        if (is_range) {
            if (gpp_fib(&b, &off) != 0) {
                return PRIVACY_CONSENT_INVALID;
            }

            end = id + off;
        }

        /* ids strictly increase: offsets are >= 1 (and overflow-checked) */
        if (id <= last || end < id) {
            return PRIVACY_CONSENT_INVALID;
        }

        for ( ;; ) {
            if (pos > len) {
                return PRIVACY_CONSENT_INVALID;     /* fewer sections */
            }

            for (s = pos; s < len && p[s] != '~'; s++) {
                /* void */
            }

            opt = 0;

            if (privacy_gpp_section(id, p + pos, s - pos,
                                    tcf_min_policy_version, &opt) != 0)
            {
                return PRIVACY_CONSENT_INVALID;
            }

            if (id == 2 && g->tcf == NULL) {
                g->tcf = p + pos;
                g->tcf_len = s - pos;
            }

            if (g->nsections < PRIVACY_GPP_REPORT_MAX) {
                g->ids[g->nsections] = id;
                g->opt[g->nsections] = (unsigned char) opt;
            }

            g->nsections++;
            g->optout |= opt;
            pos = s + 1;
            last = id;

            if (id == end) {
                break;
            }

            id++;
        }
    }

    if (pos <= len) {
        return PRIVACY_CONSENT_INVALID;     /* more sections than listed */
    }

    return PRIVACY_CONSENT_DECIDED;
}


int
privacy_gpc_header(const unsigned char *p, size_t len)
{
    size_t  i, s, e;

    /* a comma-joined line is several values; set when one is exactly "1" */
    i = 0;

    while (i <= len) {
        s = i;

        while (i < len && p[i] != ',') {
            i++;
        }

        e = i;

        while (s < e && (p[s] == ' ' || p[s] == '\t')) {
            s++;
        }

        while (e > s && (p[e - 1] == ' ' || p[e - 1] == '\t')) {
            e--;
        }

        if (e - s == 1 && p[s] == '1') {
            return 1;
        }

        i++;
    }

    return 0;
}


int
privacy_dnt_header(const unsigned char *p, size_t len)
{
    size_t  i;

    for (i = 0; i < len && (p[i] == ' ' || p[i] == '\t'); i++) {
        /* void */
    }

    if (i == len) {
        return PRIVACY_DNT_NONE;
    }

    /* ("0" / "1") *extension: only the first character counts */
    if (p[i] == '1') {
        return PRIVACY_DNT_1;
    }

    if (p[i] == '0') {
        return PRIVACY_DNT_0;
    }

    return PRIVACY_DNT_NONE;
}
