/*
 * Small helpers of every layer above (ngx_http_privacy_util.h): finding a
 * request header, pushing a response header with its version difference
 * written once, reading a small file named by a directive.
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


/*
 * The whole of a file named by a directive, at configuration time: path is
 * made absolute (relative to the prefix), and the file must hold min to
 * max bytes.  Errors name the directive and the file; nginx adds the
 * configuration file and line.  text gets one spare byte past its end.
 */
char *
ngx_http_privacy_conf_read_file(ngx_conf_t *cf, ngx_str_t *path, size_t min,
    size_t max, ngx_str_t *text)
{
    ssize_t           n;
    ngx_fd_t          fd;
    ngx_str_t        *name;
    ngx_file_info_t   fi;

    name = cf->args->elts;

    if (ngx_conf_full_name(cf->cycle, path, 1) != NGX_OK) {
        return NGX_CONF_ERROR;
    }

    fd = ngx_open_file(path->data, NGX_FILE_RDONLY, NGX_FILE_OPEN, 0);
    if (fd == NGX_INVALID_FILE) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "%V cannot open \"%V\"", &name[0], path);
        return NGX_CONF_ERROR;
    }

    if (ngx_fd_info(fd, &fi) == NGX_FILE_ERROR
        || ngx_file_size(&fi) > (off_t) max
        || ngx_file_size(&fi) < (off_t) min)
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "%V \"%V\" must be a file of %uz to %uz bytes",
                           &name[0], path, min, max);
        ngx_close_file(fd);
        return NGX_CONF_ERROR;
    }

    text->len = (size_t) ngx_file_size(&fi);
    text->data = ngx_pnalloc(cf->pool, text->len + 1);
    if (text->data == NULL) {
        ngx_close_file(fd);
        return NGX_CONF_ERROR;
    }

    n = ngx_read_fd(fd, text->data, text->len);
    ngx_close_file(fd);

    if (n != (ssize_t) text->len) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, ngx_errno,
                           "%V cannot read \"%V\"", &name[0], path);
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}
