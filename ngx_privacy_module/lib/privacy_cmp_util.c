/*
 * Helpers shared by the consent decoders; see privacy_cmp_util.h.
 */
#include <string.h>

#include "privacy_cmp_util.h"


int
privacy_cmp_raw_ok(const unsigned char *p, size_t len)
{
    size_t  i;

    if (len > PRIVACY_CMP_MAX_VALUE) {
        return 0;
    }

    for (i = 0; i < len; i++) {
        if (p[i] < 0x20 || p[i] > 0x7e) {
            return 0;
        }
    }

    return 1;
}


int
privacy_cmp_eq(const unsigned char *p, size_t n, const char *s, size_t slen)
{
    return n == slen && (n == 0 || memcmp(p, s, n) == 0);
}


uint32_t
privacy_hash_bytes(uint32_t h, const unsigned char *p, size_t n)
{
    size_t  i;

    for (i = 0; i < n; i++) {
        h = privacy_hash_byte(h, p[i]);
    }

    return h;
}


void
privacy_dupset_init(privacy_dupset_t *s, const unsigned char *base,
    privacy_dup_eq_pt eq)
{
    s->base = base;
    s->eq = eq;
    s->n = 0;
    memset(s->slot, 0, sizeof(s->slot));
}


int
privacy_dupset_add(privacy_dupset_t *s, uint32_t hash, unsigned ns,
    size_t off, size_t len)
{
    size_t               i, k;
    privacy_dup_slot_t  *sl;

    if (off > 0xffff || len > 0xffff || ns > 0xffff) {
        return -1;
    }

    /* mix the namespace in so that equal names of different objects spread */
    hash = privacy_hash_byte(hash, ns & 0xff);
    hash = privacy_hash_byte(hash, ns >> 8);

    i = hash & (PRIVACY_DUP_SLOTS - 1);

    for (k = 0; k < PRIVACY_DUP_SLOTS; k++) {
        sl = &s->slot[i];

        if (!sl->used) {
            if (s->n >= PRIVACY_DUP_SLOTS / 4 * 3) {
                return -1;
            }

            sl->used = 1;
            sl->hash = hash;
            sl->ns = (uint16_t) ns;
            sl->off = (uint16_t) off;
            sl->len = (uint16_t) len;
            s->n++;

            return 0;
        }

        if (sl->hash == hash && sl->ns == ns) {
            if (s->eq != NULL) {
                if (s->eq(s->base, sl->off, sl->len, off, len)) {
                    return 1;
                }

            } else if (sl->len == len
                       && memcmp(s->base + sl->off, s->base + off, len) == 0)
            {
                return 1;
            }
        }

        i = (i + 1) & (PRIVACY_DUP_SLOTS - 1);
    }

    return -1;
}


size_t
privacy_cmp_map_mark(const privacy_cmp_map_t *m, unsigned char *obs,
    const unsigned char *p, size_t n, unsigned char flags)
{
    size_t  i, hits;

    hits = 0;

    for (i = 0; i < m->n && i < PRIVACY_CMP_MAP_MAX; i++) {
        if (privacy_cmp_eq(p, n, m->entries[i].name, m->entries[i].len)) {
            obs[i] |= flags;
            hits++;
        }
    }

    return hits;
}


privacy_mask_t
privacy_cmp_map_eval(const privacy_cmp_map_t *m, const unsigned char *obs)
{
    size_t          i;
    privacy_mask_t  mask, present, off, missing;

    present = 0;
    off = 0;
    missing = 0;

    for (i = 0; i < m->n && i < PRIVACY_CMP_MAP_MAX; i++) {
        mask = privacy_cmp_entry_mask(&m->entries[i]);

        if (obs[i] & PRIVACY_CMP_OBS_PRESENT) {
            present |= mask;

            if (!(obs[i] & PRIVACY_CMP_OBS_ON)) {
                off |= mask;
            }

        } else if (m->entries[i].flags & PRIVACY_CMP_MAP_REQUIRED) {
            missing |= mask;
        }
    }

    return present & ~off & ~missing & ~PRIVACY_CAT_NECESSARY;
}


int
privacy_cmp_map_ok(const privacy_cmp_map_t *m)
{
    size_t  i;

    if (m->n > PRIVACY_CMP_MAP_MAX || (m->n > 0 && m->entries == NULL)) {
        return 0;
    }

    for (i = 0; i < m->n; i++) {
        if (m->entries[i].name == NULL || m->entries[i].len == 0
            || m->entries[i].len > PRIVACY_CMP_MAX_VALUE)
        {
            return 0;
        }
    }

    return 1;
}


int
privacy_cmp_uint(const unsigned char *p, size_t n, size_t maxdigits,
    uint64_t *v)
{
    size_t    i;
    uint64_t  r;

    if (n == 0 || n > maxdigits || maxdigits > 19) {
        return -1;
    }

    r = 0;

    for (i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            return -1;
        }

        r = r * 10 + (p[i] - '0');
    }

    *v = r;

    return 0;
}


/* reads exactly n digits at p[*i] */
static int
dt_digits(const unsigned char *p, size_t len, size_t *i, size_t n,
    unsigned *v)
{
    size_t    k;
    unsigned  r;

    if (len - *i < n) {
        return -1;
    }

    r = 0;

    for (k = 0; k < n; k++) {
        if (p[*i + k] < '0' || p[*i + k] > '9') {
            return -1;
        }

        r = r * 10 + (p[*i + k] - '0');
    }

    *i += n;
    *v = r;

    return 0;
}


static int
dt_char(const unsigned char *p, size_t len, size_t *i, unsigned char c)
{
    if (*i >= len || p[*i] != c) {
        return -1;
    }

    (*i)++;

    return 0;
}


int
privacy_cmp_datetime(const unsigned char *p, size_t len, unsigned kind)
{
    int64_t  t;

    return privacy_cmp_datetime_time(p, len, kind, &t);
}


/* days since 1970-01-01 of a proleptic Gregorian date (y >= 0) */
static int64_t
dt_days(unsigned y, unsigned mo, unsigned d)
{
    int64_t  era, yoe, doy, doe, yy;

    yy = (int64_t) y - (mo <= 2);
    era = (yy >= 0 ? yy : yy - 399) / 400;
    yoe = yy - era * 400;
    doy = (153 * (int64_t) (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

    return era * 146097 + doe - 719468;
}


int
privacy_cmp_datetime_time(const unsigned char *p, size_t len, unsigned kind,
    int64_t *t)
{
    int              sign;
    size_t           i, f;
    unsigned         y, mo, d, h, mi, s, th, tm, mdays;
    static const unsigned char  days[12] = {
        31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
    };

    i = 0;
    y = 0;
    mo = 0;
    d = 0;
    h = 0;
    mi = 0;

    if (dt_digits(p, len, &i, 4, &y) != 0
        || dt_char(p, len, &i, '-') != 0
        || dt_digits(p, len, &i, 2, &mo) != 0
        || dt_char(p, len, &i, '-') != 0
        || dt_digits(p, len, &i, 2, &d) != 0
        || dt_char(p, len, &i, 'T') != 0
        || dt_digits(p, len, &i, 2, &h) != 0
        || dt_char(p, len, &i, ':') != 0
        || dt_digits(p, len, &i, 2, &mi) != 0)
    {
        return 0;
    }

    s = 0;

    if (i < len && p[i] == ':') {
        i++;

        if (dt_digits(p, len, &i, 2, &s) != 0) {
            return 0;
        }

        if (i < len && p[i] == '.') {
            i++;

            for (f = 0; i < len && p[i] >= '0' && p[i] <= '9'; f++) {
                i++;
            }

            if (f == 0 || f > (kind == PRIVACY_DT_ONETRUST ? 6 : 9)) {
                return 0;
            }
        }

    } else if (kind == PRIVACY_DT_ONETRUST) {
        return 0;
    }

    if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) {
        return 0;
    }

    mdays = days[mo - 1];

    if (mo == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) {
        mdays = 29;
    }

    if (d < 1 || d > mdays) {
        return 0;
    }

    *t = ((dt_days(y, mo, d) * 24 + h) * 60 + mi) * 60 + s;

    if (i == len) {
        /* JavaScript reads a date-time without a zone as local time */
        return kind == PRIVACY_DT_JS;
    }

    if (p[i] == 'Z') {
        return i + 1 == len;
    }

    if (p[i] != '+' && p[i] != '-') {
        return 0;
    }

    sign = (p[i] == '+') ? 1 : -1;
    i++;

    if (dt_digits(p, len, &i, 2, &th) != 0) {
        return 0;
    }

    if (i < len && p[i] == ':') {
        i++;

    } else if (kind != PRIVACY_DT_ONETRUST) {
        return 0;
    }

    if (dt_digits(p, len, &i, 2, &tm) != 0) {
        return 0;
    }

    /* local time = UTC + offset */
    *t -= sign * (int64_t) (th * 60 + tm) * 60;

    return i == len && th <= 23 && tm <= 59;
}
