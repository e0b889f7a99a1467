/*
 * Strict RFC 8259 validation plus the extra rules of §1.6 (duplicate names,
 * depth 16, no U+0000), and read-only accessors over validated documents.
 *
 * The validator is an explicit-stack state machine (no recursion, so depth
 * costs no C stack) that reads every byte once.  Member names go into a
 * fixed hash set keyed by (object serial number, unescaped name): escapes
 * are undone on the fly by a small string reader instead of into a buffer,
 * so {"a":1,"\u0061":2} is caught as the duplicate JavaScript sees.
 */
#include <string.h>

#include "privacy_json.h"
#include "privacy_pct.h"
#include "privacy_cmp_util.h"


/* reads the unescaped bytes of a string body (between the quotes) */
typedef struct {
    const unsigned char  *p;
    const unsigned char  *end;
    unsigned char         buf[4];
    unsigned              nbuf;
    unsigned              ibuf;
} json_sr_t;


static int
json_hex4(const unsigned char *p, const unsigned char *end, unsigned *v)
{
    unsigned       k, r;
    unsigned char  c;

    if (end - p < 4) {
        return -1;
    }

    r = 0;

    for (k = 0; k < 4; k++) {
        c = p[k];

        if (c >= '0' && c <= '9') {
            r = r << 4 | (unsigned) (c - '0');

        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
            r = r << 4 | (unsigned) ((c | 0x20) - 'a' + 10);

        } else {
            return -1;
        }
    }

    *v = r;

    return 0;
}


static void
json_sr_init(json_sr_t *sr, const unsigned char *p, size_t len)
{
    sr->p = p;
    sr->end = p + len;
    sr->nbuf = 0;
    sr->ibuf = 0;
}


/* next unescaped byte, or -1 at the end */
static int
json_sr_next(json_sr_t *sr)
{
    unsigned       cp, lo;
    unsigned char  c;

    if (sr->ibuf < sr->nbuf) {
        return sr->buf[sr->ibuf++];
    }

    if (sr->p >= sr->end) {
        return -1;
    }

    c = *sr->p++;

    if (c != '\\') {
        return c;
    }

    if (sr->p >= sr->end) {
        return -1;
    }

    c = *sr->p++;

    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'u':
        break;
    default:
        return c;
    }

    if (json_hex4(sr->p, sr->end, &cp) != 0) {
        sr->p = sr->end;
        return -1;
    }

    sr->p += 4;

    if (cp >= 0xd800 && cp <= 0xdbff
        && sr->end - sr->p >= 6 && sr->p[0] == '\\' && sr->p[1] == 'u'
        && json_hex4(sr->p + 2, sr->end, &lo) == 0
        && lo >= 0xdc00 && lo <= 0xdfff)
    {
        sr->p += 6;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
    }

    sr->ibuf = 1;

    if (cp < 0x80) {
        sr->nbuf = 0;
        sr->ibuf = 0;
        return (int) cp;
    }

    if (cp < 0x800) {
        sr->buf[0] = (unsigned char) (0xc0 | cp >> 6);
        sr->buf[1] = (unsigned char) (0x80 | (cp & 0x3f));
        sr->nbuf = 2;

    } else if (cp < 0x10000) {
        sr->buf[0] = (unsigned char) (0xe0 | cp >> 12);
        sr->buf[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
        sr->buf[2] = (unsigned char) (0x80 | (cp & 0x3f));
        sr->nbuf = 3;

    } else {
        sr->buf[0] = (unsigned char) (0xf0 | cp >> 18);
        sr->buf[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3f));
        sr->buf[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
        sr->buf[3] = (unsigned char) (0x80 | (cp & 0x3f));
        sr->nbuf = 4;
    }

    return sr->buf[0];
}


static uint32_t
json_key_hash(const unsigned char *p, size_t len)
{
    int        c;
    uint32_t   h;
    json_sr_t  sr;

    h = PRIVACY_HASH_INIT;
    json_sr_init(&sr, p, len);

    while ((c = json_sr_next(&sr)) >= 0) {
        h = privacy_hash_byte(h, c);
    }

    return h;
}


static int
json_key_eq(const unsigned char *base, size_t aoff, size_t alen, size_t boff,
    size_t blen)
{
    int        a, b;
    json_sr_t  ra, rb;

    json_sr_init(&ra, base + aoff, alen);
    json_sr_init(&rb, base + boff, blen);

    do {
        a = json_sr_next(&ra);
        b = json_sr_next(&rb);

        if (a != b) {
            return 0;
        }

    } while (a >= 0);

    return 1;
}


/* validates a string body starting after the opening quote */
static int
json_string(const unsigned char *p, size_t len, size_t *pos)
{
    size_t         i, n;
    unsigned       cp, lo;
    unsigned char  c;

    i = *pos;

    for ( ;; ) {
        if (i >= len) {
            return PRIVACY_JSON_ESYNTAX;
        }

        c = p[i];

        if (c == '"') {
            *pos = i + 1;
            return PRIVACY_JSON_OK;
        }

        if (c < 0x20) {
            return PRIVACY_JSON_ESTRING;
        }

        if (c == '\\') {
            if (len - i < 2) {
                return PRIVACY_JSON_ESYNTAX;
            }

            c = p[i + 1];

            if (c != 'u') {
                if (strchr("\"\\/bfnrt", c) == NULL || c == '\0') {
                    return PRIVACY_JSON_ESTRING;
                }

                i += 2;
                continue;
            }

            if (json_hex4(p + i + 2, p + len, &cp) != 0) {
                return PRIVACY_JSON_ESTRING;
            }

            i += 6;

            if (cp == 0 || (cp >= 0xdc00 && cp <= 0xdfff)) {
                return PRIVACY_JSON_ESTRING;
            }

            if (cp >= 0xd800 && cp <= 0xdbff) {
                /* a high surrogate must be followed by a low one */
                if (len - i < 6 || p[i] != '\\' || p[i + 1] != 'u'
                    || json_hex4(p + i + 2, p + len, &lo) != 0
                    || lo < 0xdc00 || lo > 0xdfff)
                {
                    return PRIVACY_JSON_ESTRING;
                }

                i += 6;
            }

            continue;
        }

        if (c < 0x80) {
            i++;
            continue;
        }

        n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;

        if (len - i < n || !privacy_utf8_valid(p + i, n)) {
            return PRIVACY_JSON_ESTRING;
        }

        i += n;
    }
}


static int
json_number(const unsigned char *p, size_t len, size_t *pos)
{
    size_t  i, d;

    i = *pos;

    if (p[i] == '-') {
        i++;
    }

    if (i >= len) {
        return PRIVACY_JSON_ESYNTAX;
    }

    if (p[i] == '0') {
        i++;

    } else if (p[i] >= '1' && p[i] <= '9') {
        while (i < len && p[i] >= '0' && p[i] <= '9') {
            i++;
        }

    } else {
        return PRIVACY_JSON_ESYNTAX;
    }

    if (i < len && p[i] == '.') {
        i++;

        for (d = 0; i < len && p[i] >= '0' && p[i] <= '9'; d++) {
            i++;
        }

        if (d == 0) {
            return PRIVACY_JSON_ESYNTAX;
        }
    }

    if (i < len && (p[i] == 'e' || p[i] == 'E')) {
        i++;

        if (i < len && (p[i] == '+' || p[i] == '-')) {
            i++;
        }

        for (d = 0; i < len && p[i] >= '0' && p[i] <= '9'; d++) {
            i++;
        }

        if (d == 0) {
            return PRIVACY_JSON_ESYNTAX;
        }
    }

    *pos = i;

    return PRIVACY_JSON_OK;
}


static int
json_literal(const unsigned char *p, size_t len, size_t *pos, const char *lit)
{
    size_t  n;

    n = strlen(lit);

    if (len - *pos < n || memcmp(p + *pos, lit, n) != 0) {
        return PRIVACY_JSON_ESYNTAX;
    }

    *pos += n;

    return PRIVACY_JSON_OK;
}


#define json_is_ws(c)  ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')


static const unsigned char *
json_skip_ws(const unsigned char *p, const unsigned char *end)
{
    while (p < end && json_is_ws(*p)) {
        p++;
    }

    return p;
}


/* one past the end of the value at p, in a validated document */
static const unsigned char *
json_value_end(const unsigned char *p, const unsigned char *end)
{
    size_t  depth;

    if (p >= end) {
        return end;
    }

    if (*p == '"') {
        for (p++; p < end; p++) {
            if (*p == '\\') {
                p++;

            } else if (*p == '"') {
                return p + 1;
            }
        }

        return end;
    }

    if (*p == '{' || *p == '[') {
        depth = 0;

        for ( /* void */ ; p < end; p++) {
            if (*p == '"') {
                p = json_value_end(p, end) - 1;

            } else if (*p == '{' || *p == '[') {
                depth++;

            } else if (*p == '}' || *p == ']') {
                if (--depth == 0) {
                    return p + 1;
                }
            }
        }

        return end;
    }

    while (p < end && *p != ',' && *p != ']' && *p != '}' && !json_is_ws(*p)) {
        p++;
    }

    return p;
}


static void
json_value_at(const unsigned char *p, const unsigned char *end,
    privacy_json_value_t *v)
{
    v->p = p;
    v->len = (size_t) (json_value_end(p, end) - p);

    if (p >= end) {
        v->type = PRIVACY_JSON_NONE;
        return;
    }

    switch (*p) {
    case '{':
        v->type = PRIVACY_JSON_OBJECT;
        break;
    case '[':
        v->type = PRIVACY_JSON_ARRAY;
        break;
    case '"':
        v->type = PRIVACY_JSON_STRING;
        break;
    case 't':
        v->type = PRIVACY_JSON_TRUE;
        break;
    case 'f':
        v->type = PRIVACY_JSON_FALSE;
        break;
    case 'n':
        v->type = PRIVACY_JSON_NULL;
        break;
    default:
        v->type = PRIVACY_JSON_NUMBER;
    }
}


enum {
    JSON_S_VALUE = 0,
    JSON_S_KEY,
    JSON_S_AFTER
};


int
privacy_json_validate(const unsigned char *p, size_t len,
    privacy_json_value_t *root)
{
    int               rc, state;
    size_t            i, start, depth;
    unsigned          serial;
    unsigned char     c;
    privacy_dupset_t  dup;
    struct {
        unsigned char  type;
        unsigned       serial;
    } stack[PRIVACY_JSON_MAX_DEPTH];

    root->type = PRIVACY_JSON_NONE;
    root->p = p;
    root->len = 0;

    if (len > PRIVACY_JSON_MAX_LEN) {
        return PRIVACY_JSON_ETOOLONG;
    }

    privacy_dupset_init(&dup, p, json_key_eq);

    depth = 0;
    serial = 0;
    state = JSON_S_VALUE;
    i = 0;

    for ( ;; ) {
        while (i < len && json_is_ws(p[i])) {
            i++;
        }

        switch (state) {

        case JSON_S_VALUE:
            if (i >= len) {
                return PRIVACY_JSON_ESYNTAX;
            }

            c = p[i];

            if (c == '{' || c == '[') {
                if (depth == PRIVACY_JSON_MAX_DEPTH) {
                    return PRIVACY_JSON_EDEPTH;
                }

                stack[depth].type = c;
                stack[depth].serial = serial++;
                depth++;
                i++;

                while (i < len && json_is_ws(p[i])) {
                    i++;
                }

                if (i < len && p[i] == (c == '{' ? '}' : ']')) {
                    i++;
                    depth--;
                    state = JSON_S_AFTER;

                } else {
                    state = (c == '{') ? JSON_S_KEY : JSON_S_VALUE;
                }

                continue;
            }

            if (c == '"') {
                i++;
                rc = json_string(p, len, &i);

            } else if (c == '-' || (c >= '0' && c <= '9')) {
                rc = json_number(p, len, &i);

            } else if (c == 't') {
                rc = json_literal(p, len, &i, "true");

            } else if (c == 'f') {
                rc = json_literal(p, len, &i, "false");

            } else if (c == 'n') {
                rc = json_literal(p, len, &i, "null");

            } else {
                rc = PRIVACY_JSON_ESYNTAX;
            }

            if (rc != PRIVACY_JSON_OK) {
                return rc;
            }

            state = JSON_S_AFTER;
            break;

        case JSON_S_KEY:
            if (i >= len || p[i] != '"') {
                return PRIVACY_JSON_ESYNTAX;
            }

            start = ++i;
            rc = json_string(p, len, &i);

            if (rc != PRIVACY_JSON_OK) {
                return rc;
            }

            rc = privacy_dupset_add(&dup,
                                    json_key_hash(p + start, i - 1 - start),
                                    stack[depth - 1].serial, start,
                                    i - 1 - start);
            if (rc == 1) {
                return PRIVACY_JSON_EDUPKEY;
            }

            if (rc < 0) {
                return PRIVACY_JSON_ETOOLONG;
            }

            while (i < len && json_is_ws(p[i])) {
                i++;
            }

            if (i >= len || p[i] != ':') {
                return PRIVACY_JSON_ESYNTAX;
            }

            i++;
            state = JSON_S_VALUE;
            break;

        default: /* JSON_S_AFTER */
            if (depth == 0) {
                if (i != len) {
                    return PRIVACY_JSON_ESYNTAX;
                }

                start = 0;

                while (json_is_ws(p[start])) {
                    start++;
                }

                json_value_at(p + start, p + len, root);

                return PRIVACY_JSON_OK;
            }

            if (i >= len) {
                return PRIVACY_JSON_ESYNTAX;
            }

            c = p[i];

            if (c == ',') {
                i++;
                state = (stack[depth - 1].type == '{') ? JSON_S_KEY
                                                       : JSON_S_VALUE;

            } else if ((c == '}' && stack[depth - 1].type == '{')
                       || (c == ']' && stack[depth - 1].type == '['))
            {
                i++;
                depth--;

            } else {
                return PRIVACY_JSON_ESYNTAX;
            }
        }
    }
}


void
privacy_json_iter_init(privacy_json_iter_t *it,
    const privacy_json_value_t *container)
{
    it->type = container->type;

    if ((container->type != PRIVACY_JSON_OBJECT
         && container->type != PRIVACY_JSON_ARRAY)
        || container->len < 2)
    {
        it->p = container->p;
        it->end = container->p;
        return;
    }

    /* between the brackets */
    it->p = container->p + 1;
    it->end = container->p + container->len - 1;
}


int
privacy_json_iter_next(privacy_json_iter_t *it, privacy_json_value_t *key,
    privacy_json_value_t *val)
{
    privacy_json_value_t  unused;

    if (key == NULL) {
        key = &unused;
    }

    it->p = json_skip_ws(it->p, it->end);

    if (it->p < it->end && *it->p == ',') {
        it->p = json_skip_ws(it->p + 1, it->end);
    }

    if (it->p >= it->end) {
        return 0;
    }

    if (it->type == PRIVACY_JSON_OBJECT) {
        json_value_at(it->p, it->end, key);
        it->p = json_skip_ws(it->p + key->len, it->end);

        if (it->p >= it->end || *it->p != ':') {
            it->p = it->end;
            return 0;
        }

        it->p = json_skip_ws(it->p + 1, it->end);

    } else {
        key->type = PRIVACY_JSON_NONE;
        key->p = it->p;
        key->len = 0;
    }

    json_value_at(it->p, it->end, val);

    if (val->type == PRIVACY_JSON_NONE) {
        it->p = it->end;
        return 0;
    }

    it->p += val->len;

    return 1;
}


int
privacy_json_member(const privacy_json_value_t *obj, const char *name,
    size_t nlen, privacy_json_value_t *val)
{
    privacy_json_iter_t   it;
    privacy_json_value_t  key;

    if (obj->type != PRIVACY_JSON_OBJECT) {
        return 0;
    }

    privacy_json_iter_init(&it, obj);

    while (privacy_json_iter_next(&it, &key, val)) {
        if (privacy_json_str_eq(&key, (const unsigned char *) name, nlen)) {
            return 1;
        }
    }

    return 0;
}


int
privacy_json_str_eq(const privacy_json_value_t *str, const unsigned char *s,
    size_t n)
{
    int        c;
    size_t     i;
    json_sr_t  sr;

    if (str->type != PRIVACY_JSON_STRING || str->len < 2) {
        return 0;
    }

    json_sr_init(&sr, str->p + 1, str->len - 2);

    for (i = 0; i < n; i++) {
        c = json_sr_next(&sr);

        if (c < 0 || (unsigned char) c != s[i]) {
            return 0;
        }
    }

    return json_sr_next(&sr) < 0;
}


size_t
privacy_json_str_len(const privacy_json_value_t *str)
{
    size_t     n;
    json_sr_t  sr;

    if (str->type != PRIVACY_JSON_STRING || str->len < 2) {
        return 0;
    }

    json_sr_init(&sr, str->p + 1, str->len - 2);

    for (n = 0; json_sr_next(&sr) >= 0; n++) {
        /* void */
    }

    return n;
}


int
privacy_json_str_copy(const privacy_json_value_t *str, unsigned char *buf,
    size_t cap, size_t *n)
{
    int        c;
    size_t     o;
    json_sr_t  sr;

    *n = 0;

    if (str->type != PRIVACY_JSON_STRING || str->len < 2) {
        return -1;
    }

    json_sr_init(&sr, str->p + 1, str->len - 2);

    for (o = 0; (c = json_sr_next(&sr)) >= 0; o++) {
        if (o >= cap) {
            return -1;
        }

        buf[o] = (unsigned char) c;
    }

    *n = o;

    return 0;
}


size_t
privacy_json_unescape(const unsigned char *p, size_t len, unsigned char *buf,
    size_t cap)
{
    int        c;
    size_t     o;
    json_sr_t  sr;

    json_sr_init(&sr, p, len);

    for (o = 0; o < cap && (c = json_sr_next(&sr)) >= 0; o++) {
        buf[o] = (unsigned char) c;
    }

    return o;
}


int
privacy_json_int(const privacy_json_value_t *num, int64_t *v)
{
    size_t   i, n;
    int64_t  r;
    int      neg;

    if (num->type != PRIVACY_JSON_NUMBER || num->len == 0) {
        return -1;
    }

    i = 0;
    n = num->len;
    neg = (num->p[0] == '-');

    if (neg) {
        i++;
    }

    /* 18 digits always fit in int64_t */
    if (n - i == 0 || n - i > 18) {
        return -1;
    }

    r = 0;

    for ( /* void */ ; i < n; i++) {
        if (num->p[i] < '0' || num->p[i] > '9') {
            return -1;
        }

        r = r * 10 + (num->p[i] - '0');
    }

    *v = neg ? -r : r;

    return 0;
}
