/*
 * libFuzzer target for the strict JSON validator and its accessors
 * (privacy_json.c, §1.6) and for strict percent-decoding (privacy_pct.c,
 * §1.5).
 *
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I ngx_privacy_module/lib t/fuzz/fuzz_json.c \
 *         ngx_privacy_module/lib/privacy_{json,pct,cmp_util}.c \
 *         -o build/fuzz/fuzz_json
 *     build/fuzz/fuzz_json t/fuzz/corpus/json -max_total_time=20
 *
 * Invariants: validation is deterministic; an accepted document can be
 * walked completely with the accessors without leaving its bytes, at most
 * 16 levels deep, with no two equal member names in one object; appending
 * a byte that is not whitespace makes it invalid; wrapping it in an array
 * keeps it valid unless that exceeds the depth limit.  Percent-decoding:
 * validate-only and decode agree, the output is never longer than the
 * input, is valid UTF-8 and holds no control bytes, and raw bytes other
 * than '%' (and '+' in form mode) come through unchanged.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_json.h"
#include "privacy_pct.h"


static unsigned char  buf[PRIVACY_JSON_MAX_LEN + 8];
static unsigned char  s1[PRIVACY_JSON_MAX_LEN + 8];
static unsigned char  s2[PRIVACY_JSON_MAX_LEN + 8];


static void
inside(const privacy_json_value_t *v, const uint8_t *data, size_t size)
{
    if (v->p < data || v->len > size || v->p + v->len > data + size) {
        abort();
    }
}


/* returns the depth of v */
static unsigned
walk(const privacy_json_value_t *v, const uint8_t *data, size_t size,
    unsigned depth)
{
    size_t                n, n2, count, i;
    unsigned              d, max;
    privacy_json_iter_t   it, it2;
    privacy_json_value_t  key, val, key2, val2;

    inside(v, data, size);

    switch (v->type) {

    case PRIVACY_JSON_STRING:
        n = privacy_json_str_len(v);

        if (n > v->len || privacy_json_str_copy(v, s1, sizeof(s1), &n2) != 0
            || n2 != n || !privacy_json_str_eq(v, s1, n)
            || memchr(s1, '\0', n) != NULL || !privacy_utf8_valid(s1, n))
        {
            abort();
        }

        return depth;

    case PRIVACY_JSON_NUMBER:
    case PRIVACY_JSON_TRUE:
    case PRIVACY_JSON_FALSE:
    case PRIVACY_JSON_NULL:
        return depth;

    case PRIVACY_JSON_OBJECT:
    case PRIVACY_JSON_ARRAY:
        break;

    default:
        abort();
    }

    if (depth + 1 > PRIVACY_JSON_MAX_DEPTH) {
        abort();
    }

    max = depth + 1;
    count = 0;
    privacy_json_iter_init(&it, v);

    while (privacy_json_iter_next(&it, &key, &val)) {
        if (v->type == PRIVACY_JSON_OBJECT) {
            walk(&key, data, size, depth + 1);

            /* names are unique: a lookup finds this very member */
            if (privacy_json_str_copy(&key, s2, sizeof(s2), &n) != 0
                || !privacy_json_member(v, (const char *) s2, n, &val2)
                || val2.p != val.p)
            {
                abort();
            }
        }

        d = walk(&val, data, size, depth + 1);

        if (d > max) {
            max = d;
        }

        count++;
    }

    /* iteration is repeatable */
    i = 0;
    privacy_json_iter_init(&it2, v);

    while (privacy_json_iter_next(&it2, &key2, &val2)) {
        i++;
    }

    if (i != count) {
        abort();
    }

    return max;
}


int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int                   rc, rc2;
    size_t                n, n2, i;
    unsigned              depth;
    privacy_json_value_t  root, root2;

    rc = privacy_json_validate(data, size, &root);
    rc2 = privacy_json_validate(data, size, &root2);

    if (rc != rc2 || (rc == 0 && (root.p != root2.p || root.len != root2.len)))
    {
        abort();
    }

    if (rc == PRIVACY_JSON_OK) {
        depth = walk(&root, data, size, 0);

        if (size < PRIVACY_JSON_MAX_LEN) {
            memcpy(buf, data, size);
            buf[size] = 'x';

            if (privacy_json_validate(buf, size + 1, &root2)
                == PRIVACY_JSON_OK)
            {
                abort();
            }
        }

        if (size + 2 <= PRIVACY_JSON_MAX_LEN) {
            buf[0] = '[';
            memcpy(buf + 1, data, size);
            buf[size + 1] = ']';
            rc2 = privacy_json_validate(buf, size + 2, &root2);

            if ((rc2 == PRIVACY_JSON_OK)
                != (depth + 1 <= PRIVACY_JSON_MAX_DEPTH))
            {
                abort();
            }
        }

    } else if (size > PRIVACY_JSON_MAX_LEN && rc != PRIVACY_JSON_ETOOLONG) {
        abort();
    }

    /* percent-decoding, both modes */
    if (size <= PRIVACY_JSON_MAX_LEN) {
        rc = privacy_pct_decode(data, size, s1, sizeof(s1), 0, &n);
        rc2 = privacy_pct_decode(data, size, NULL, 0, 0, &n2);

        if (rc != rc2 || (rc == 0 && n != n2) || (rc == 0 && n > size)) {
            abort();
        }

        if (rc == 0) {
            if (!privacy_utf8_valid(s1, n)) {
                abort();
            }

            for (i = 0; i < n; i++) {
                if (s1[i] < 0x20 || s1[i] == 0x7f) {
                    abort();
                }
            }

            if (memchr(data, '%', size) == NULL
                && (n != size || memcmp(s1, data, size) != 0))
            {
                abort();
            }
        }

        rc = privacy_pct_decode(data, size, s2, sizeof(s2), PRIVACY_PCT_FORM,
                                &n2);

        if (rc == 0 && memchr(data, '+', size) == NULL
            && (privacy_pct_decode(data, size, s1, sizeof(s1), 0, &n) != 0
                || n != n2 || memcmp(s1, s2, n) != 0))
        {
            abort();
        }
    }

    return 0;
}
