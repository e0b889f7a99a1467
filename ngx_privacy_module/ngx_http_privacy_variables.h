/*
 * The $privacy_* variables.
 */
#ifndef NGX_HTTP_PRIVACY_VARIABLES_H
#define NGX_HTTP_PRIVACY_VARIABLES_H

#include "ngx_http_privacy_common.h"


ngx_int_t ngx_http_privacy_add_variables(ngx_conf_t *cf);

#endif
