/*
 * Small helpers of every layer above (ngx_http_privacy_util.h): finding a
 * request header, pushing a response header with its version difference
 * written once.
 */
#include "ngx_http_privacy_util.h"


/* the first request header of a name (lowercase), and how many there are */
ngx_table_elt_t *
ngx_http_privacy_header_in(ngx_http_request_t *r, const char *name,
    size_t len, ngx_uint_t *count)
{
    ngx_uint_t                      n;
    ngx_table_elt_t                *h, *found;
    ngx_http_privacy_header_iter_t  it;

    n = 0;
    found = NULL;

    for (h = ngx_http_privacy_header_first(&r->headers_in.headers, &it);
         h;
         h = ngx_http_privacy_header_next(&it))
    {
        if (h->key.len == len
            && ngx_strncasecmp(h->key.data, (u_char *) name, len) == 0)
        {
            if (found == NULL) {
                found = h;
            }

            n++;
        }
    }

    if (count) {
        *count = n;
    }

    return found;
}


/* a live response header; the value is the caller's (not copied) */
ngx_int_t
ngx_http_privacy_header_push(ngx_http_request_t *r, u_char *key,
    size_t key_len, u_char *value, size_t len)
{
    ngx_table_elt_t  *h;

    h = ngx_list_push(&r->headers_out.headers);
    if (h == NULL) {
        return NGX_ERROR;
    }

    h->hash = 1;
    h->key.data = key;
    h->key.len = key_len;
    h->value.data = value;
    h->value.len = len;
#if (nginx_version >= 1023000)
    h->next = NULL;
#endif

    return NGX_OK;
}
