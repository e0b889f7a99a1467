/*
 * IAB TCF v2 TC string (§9.2-9.6) and Google AC string (§9.7).
 *
 * Every read goes through privacy_bits_read(), which refuses to run past
 * the end of its segment, so a string that claims more than it carries
 * (a 65535-bit vendor bitfield in 40 characters, 4095 restrictions in 3
 * bytes) fails at the first missing bit.  Loops are bounded by what is
 * actually present, never by claimed counts.
 */
#include <string.h>

#include "privacy_tcf.h"


int
privacy_b64url_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }

    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }

    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }

    if (c == '-') {
        return 62;
    }

    if (c == '_') {
        return 63;
    }

    return -1;
}


void
privacy_bits_init(privacy_bits_t *b, const unsigned char *p, size_t len)
{
    b->p = p;
    b->nbits = len * 6;
    b->pos = 0;
    b->err = 0;
}


unsigned
privacy_bits_at(const privacy_bits_t *b, size_t pos)
{
    int  v;

    if (pos >= b->nbits) {
        return 0;
    }

    v = privacy_b64url_value(b->p[pos / 6]);

    if (v < 0) {
        return 0;
    }

    return ((unsigned) v >> (5 - pos % 6)) & 1;
}


uint64_t
privacy_bits_read(privacy_bits_t *b, unsigned n)
{
    unsigned  k;
    uint64_t  r;

    if (n > 64 || b->err || b->nbits - b->pos < n) {
        b->err = 1;
        return 0;
    }

    r = 0;

    for (k = 0; k < n; k++) {
        r = r << 1 | privacy_bits_at(b, b->pos + k);
    }

    b->pos += n;

    return r;
}


/* turns an n-bit field whose MSB is item 1 into a mask with bit 0 = item 1 */
static uint64_t
tcf_reverse(uint64_t v, unsigned n)
{
    unsigned  k;
    uint64_t  r;

    r = 0;

    for (k = 0; k < n; k++) {
        if (v & ((uint64_t) 1 << (n - 1 - k))) {
            r |= (uint64_t) 1 << k;
        }
    }

    return r;
}


static void
tcf_letters(uint64_t v, char *out)
{
    unsigned  a, b;

    a = (unsigned) (v >> 6) & 0x3f;
    b = (unsigned) v & 0x3f;

    /* letters outside A-Z are tolerated (§9.6) but shown as '?' */
    out[0] = (char) (a < 26 ? 'A' + a : '?');
    out[1] = (char) (b < 26 ? 'A' + b : '?');
    out[2] = '\0';
}


/* one range entry: (IsARange, Start[, End]); checks §9.6 rule 6 */
static int
tcf_range_entry(privacy_bits_t *b, unsigned max, unsigned *s, unsigned *e)
{
    unsigned  is_range;

    is_range = (unsigned) privacy_bits_read(b, 1);
    *s = (unsigned) privacy_bits_read(b, 16);
    *e = is_range ? (unsigned) privacy_bits_read(b, 16) : *s;

    if (b->err || *s == 0 || *e < *s || *e > max) {
        return -1;
    }

    return 0;
}


static int
tcf_vendors(privacy_bits_t *b, privacy_tcf_vendors_t *v)
{
    unsigned  k, s, e;
    size_t    i;

    v->seg = *b;
    v->present = 1;
    v->max_vendor_id = (unsigned) privacy_bits_read(b, 16);
    v->is_range = (unsigned) privacy_bits_read(b, 1);
    v->count = 0;

    if (b->err) {
        return -1;
    }

    if (!v->is_range) {
        if (b->nbits - b->pos < v->max_vendor_id) {
            return -1;
        }

        v->start = b->pos;

        for (i = 0; i < v->max_vendor_id; i++) {
            v->count += privacy_bits_at(b, b->pos + i);
        }

        b->pos += v->max_vendor_id;

        return 0;
    }

    v->num_entries = (unsigned) privacy_bits_read(b, 12);
    v->start = b->pos;

    if (b->err) {
        return -1;
    }

    for (k = 0; k < v->num_entries; k++) {
        if (tcf_range_entry(b, v->max_vendor_id, &s, &e) != 0) {
            return -1;
        }

        v->count += e - s + 1;
    }

    return 0;
}


static int
tcf_core(const unsigned char *p, size_t len, unsigned min_policy_version,
    privacy_tcf_t *tc)
{
    unsigned         r, k, pid, type, n, s, e;
    privacy_bits_t  *b;

    b = &tc->core;
    privacy_bits_init(b, p, len);

    tc->version = (unsigned) privacy_bits_read(b, 6);
    tc->created = privacy_bits_read(b, 36);
    tc->last_updated = privacy_bits_read(b, 36);
    tc->cmp_id = (unsigned) privacy_bits_read(b, 12);
    tc->cmp_version = (unsigned) privacy_bits_read(b, 12);
    tc->consent_screen = (unsigned) privacy_bits_read(b, 6);
    tcf_letters(privacy_bits_read(b, 12), tc->consent_language);
    tc->vendor_list_version = (unsigned) privacy_bits_read(b, 12);
    tc->policy_version = (unsigned) privacy_bits_read(b, 6);
    tc->is_service_specific = (unsigned) privacy_bits_read(b, 1);
    tc->use_non_standard_texts = (unsigned) privacy_bits_read(b, 1);
    tc->special_features = (uint32_t)
                           tcf_reverse(privacy_bits_read(b, 12), 12);
    tc->purposes_consent = (uint32_t)
                           tcf_reverse(privacy_bits_read(b, 24), 24);
    tc->purposes_li = (uint32_t) tcf_reverse(privacy_bits_read(b, 24), 24);
    tc->purpose_one_treatment = (unsigned) privacy_bits_read(b, 1);
    tcf_letters(privacy_bits_read(b, 12), tc->publisher_cc);

    if (b->err || tc->version != 2 || !tc->is_service_specific
        || tc->policy_version < min_policy_version)
    {
        return -1;
    }

    if (tcf_vendors(b, &tc->vendor_consent) != 0
        || tcf_vendors(b, &tc->vendor_li) != 0)
    {
        return -1;
    }

    tc->num_pub_restrictions = (unsigned) privacy_bits_read(b, 12);
    tc->pub_restrictions = b->pos;

    if (b->err) {
        return -1;
    }

    for (r = 0; r < tc->num_pub_restrictions; r++) {
        pid = (unsigned) privacy_bits_read(b, 6);
        type = (unsigned) privacy_bits_read(b, 2);
        n = (unsigned) privacy_bits_read(b, 12);

        if (b->err || pid == 0 || pid > 24 || type == 3) {
            return -1;
        }

        for (k = 0; k < n; k++) {
            if (tcf_range_entry(b, 0xffff, &s, &e) != 0) {
                return -1;
            }
        }
    }

    /* whatever follows is padding (§9.6, tolerated) */
    tc->segments |= PRIVACY_TCF_SEG_CORE;

    return 0;
}


static int
tcf_segment(const unsigned char *p, size_t len, privacy_tcf_t *tc)
{
    unsigned        type, bit;
    privacy_bits_t  b;

    privacy_bits_init(&b, p, len);
    type = (unsigned) privacy_bits_read(&b, 3);

    if (b.err || type < 1 || type > 3) {
        return -1;
    }

    bit = 1u << type;

    if (tc->segments & bit) {
        return -1;
    }

    tc->segments |= bit;

    switch (type) {

    case 1:
        return tcf_vendors(&b, &tc->disclosed);

    case 2:
        return tcf_vendors(&b, &tc->allowed);

    default:
        tc->pub_purposes_consent = (uint32_t)
                                   tcf_reverse(privacy_bits_read(&b, 24), 24);
        tc->pub_purposes_li = (uint32_t)
                              tcf_reverse(privacy_bits_read(&b, 24), 24);
        tc->num_custom_purposes = (unsigned) privacy_bits_read(&b, 6);
        tc->custom_purposes_consent =
            tcf_reverse(privacy_bits_read(&b, tc->num_custom_purposes),
                        tc->num_custom_purposes);
        tc->custom_purposes_li =
            tcf_reverse(privacy_bits_read(&b, tc->num_custom_purposes),
                        tc->num_custom_purposes);

        return b.err ? -1 : 0;
    }
}


int
privacy_tcf_decode(const unsigned char *p, size_t len,
    unsigned min_policy_version, privacy_tcf_t *tc)
{
    size_t  i, start;
    int     rc;

    memset(tc, 0, sizeof(privacy_tcf_t));

    if (len == 0 || len > PRIVACY_CMP_MAX_VALUE) {
        return -1;
    }

    for (i = 0; i < len; i++) {
        if (p[i] != '.' && privacy_b64url_value(p[i]) < 0) {
            return -1;
        }
    }

    start = 0;

    for (i = 0; i <= len; i++) {
        if (i < len && p[i] != '.') {
            continue;
        }

        if (i == start) {
            return -1;
        }

        if (start == 0) {
            rc = tcf_core(p, i, min_policy_version, tc);

        } else {
            rc = tcf_segment(p + start, i - start, tc);
        }

        if (rc != 0) {
            return -1;
        }

        start = i + 1;
    }

    return 0;
}


int
privacy_tcf_vendor_has(const privacy_tcf_vendors_t *v, unsigned id)
{
    unsigned        k, s, e;
    privacy_bits_t  b;

    if (!v->present || id == 0 || id > v->max_vendor_id) {
        return 0;
    }

    if (!v->is_range) {
        return (int) privacy_bits_at(&v->seg, v->start + id - 1);
    }

    b = v->seg;
    b.pos = v->start;
    b.err = 0;

    for (k = 0; k < v->num_entries; k++) {
        if (tcf_range_entry(&b, v->max_vendor_id, &s, &e) != 0) {
            return 0;
        }

        if (id >= s && id <= e) {
            return 1;
        }
    }

    return 0;
}


int
privacy_tcf_vendor_allowed(const privacy_tcf_t *tc, unsigned vendor,
    uint32_t purposes)
{
    unsigned        r, k, pid, type, n, s, e;
    privacy_bits_t  b;

    if (!privacy_tcf_vendor_has(&tc->vendor_consent, vendor)) {
        return 0;
    }

    b = tc->core;
    b.pos = tc->pub_restrictions;
    b.err = 0;

    for (r = 0; r < tc->num_pub_restrictions; r++) {
        pid = (unsigned) privacy_bits_read(&b, 6);
        type = (unsigned) privacy_bits_read(&b, 2);
        n = (unsigned) privacy_bits_read(&b, 12);

        if (b.err || pid == 0 || pid > 24) {
            return 0;
        }

        for (k = 0; k < n; k++) {
            if (tcf_range_entry(&b, 0xffff, &s, &e) != 0) {
                return 0;
            }

            if (type == 0 && (purposes & PRIVACY_TCF_PURPOSE(pid))
                && vendor >= s && vendor <= e)
            {
                return 0;
            }
        }
    }

    return 1;
}


/* a dot-separated list of ids: empty, or 1-10 digit ids without 0 lead */
static int
ac_list_ok(const unsigned char *p, size_t len)
{
    size_t  i, digits;

    if (len == 0) {
        return 1;
    }

    digits = 0;

    for (i = 0; i <= len; i++) {
        if (i == len || p[i] == '.') {
            if (digits == 0 || digits > 10) {
                return 0;
            }

            digits = 0;
            continue;
        }

        if (p[i] < '0' || p[i] > '9' || (digits == 0 && p[i] == '0')) {
            return 0;
        }

        digits++;
    }

    return 1;
}


int
privacy_ac_parse(const unsigned char *p, size_t len, privacy_ac_t *ac)
{
    size_t  i;

    memset(ac, 0, sizeof(privacy_ac_t));

    if (len < 2 || len > PRIVACY_CMP_MAX_VALUE || p[1] != '~') {
        return -1;
    }

    if (p[0] == '1') {
        if (!ac_list_ok(p + 2, len - 2)) {
            return -1;
        }

        ac->version = 1;
        ac->consented = p + 2;
        ac->consented_len = len - 2;

        return 0;
    }

    if (p[0] != '2') {
        return -1;
    }

    for (i = 2; i < len && p[i] != '~'; i++) {
        /* void */
    }

    if (len - i < 4 || memcmp(p + i, "~dv.", 4) != 0
        || !ac_list_ok(p + 2, i - 2) || !ac_list_ok(p + i + 4, len - i - 4))
    {
        return -1;
    }

    ac->version = 2;
    ac->consented = p + 2;
    ac->consented_len = i - 2;
    ac->disclosed = p + i + 4;
    ac->disclosed_len = len - i - 4;

    return 0;
}


int
privacy_ac_next(const unsigned char *list, size_t len, size_t *pos,
    uint64_t *id)
{
    size_t    i;
    uint64_t  v;

    i = *pos;

    if (i >= len) {
        return 0;
    }

    v = 0;

    while (i < len && list[i] >= '0' && list[i] <= '9') {
        v = v * 10 + (uint64_t) (list[i] - '0');
        i++;
    }

    if (i < len) {
        i++;    /* the dot */
    }

    *pos = i;
    *id = v;

    return 1;
}


int
privacy_ac_consented(const privacy_ac_t *ac, uint64_t id)
{
    size_t    pos;
    uint64_t  v;

    pos = 0;

    while (privacy_ac_next(ac->consented, ac->consented_len, &pos, &v)) {
        if (v == id) {
            return 1;
        }
    }

    return 0;
}
