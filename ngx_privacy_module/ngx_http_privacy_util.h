/*
 * Small helpers of every layer above: walking and matching header lists,
 * finding a request header, pushing a response header.
 */
#ifndef NGX_HTTP_PRIVACY_UTIL_H
#define NGX_HTTP_PRIVACY_UTIL_H

#include "ngx_http_privacy_common.h"


/*
 * Walking a list of headers:
 *     for (h = ngx_http_privacy_header_first(&list, &it);
 *          h;
 *          h = ngx_http_privacy_header_next(&it))
 */
typedef struct {
    ngx_list_part_t             *part;
    ngx_uint_t                   i;
} ngx_http_privacy_header_iter_t;


static ngx_inline ngx_table_elt_t *
ngx_http_privacy_header_next(ngx_http_privacy_header_iter_t *it)
{
    ngx_table_elt_t  *h;

    while (it->i >= it->part->nelts) {
        if (it->part->next == NULL) {
            return NULL;
        }

        it->part = it->part->next;
        it->i = 0;
    }

    h = it->part->elts;

    return &h[it->i++];
}


static ngx_inline ngx_table_elt_t *
ngx_http_privacy_header_first(ngx_list_t *list,
    ngx_http_privacy_header_iter_t *it)
{
    it->part = &list->part;
    it->i = 0;

    return ngx_http_privacy_header_next(it);
}


/*
 * A live "Set-Cookie" header of a list (any case).  Cheaper than
 * ngx_strncasecmp on every response header: "set-cook" in one 8-byte
 * compare with the case bit or-ed into the letters only (the "-" is
 * compared as is: 0x0d | 0x20 is also "-"), then "ie".
 */
static ngx_inline ngx_uint_t
ngx_http_privacy_is_set_cookie(ngx_table_elt_t *h)
{
    u_char    *k;
    uint64_t   w, word, letters;

    if (h->hash == 0 || h->key.len != 10) {
        return 0;
    }

    k = h->key.data;

    memcpy(&word, "set-cook", 8);
    memcpy(&letters, "\x20\x20\x20\x00\x20\x20\x20\x20", 8);
    memcpy(&w, k, 8);

    return (w | letters) == word
           && (k[8] | 0x20) == 'i' && (k[9] | 0x20) == 'e';
}


/* a "Cookie" header (any case), live or not */
static ngx_inline ngx_uint_t
ngx_http_privacy_is_cookie(ngx_table_elt_t *h)
{
    return h->key.len == 6
           && ngx_strncasecmp(h->key.data, (u_char *) "cookie", 6) == 0;
}


ngx_table_elt_t *ngx_http_privacy_header_in(ngx_http_request_t *r,
    const char *name, size_t len, ngx_uint_t *count);
ngx_int_t ngx_http_privacy_header_push(ngx_http_request_t *r, u_char *key,
    size_t key_len, u_char *value, size_t len);
char *ngx_http_privacy_conf_read_file(ngx_conf_t *cf, ngx_str_t *path,
    size_t min, size_t max, ngx_str_t *text);

/* a response header of a literal name */
#define ngx_http_privacy_push_header(r, key, value, len)                      \
    ngx_http_privacy_header_push(r, (u_char *) key, sizeof(key) - 1,         \
                                 value, len)


#endif
