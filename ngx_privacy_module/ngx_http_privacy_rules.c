/*
 * privacy_category blocks: the categories and the rules that map cookie
 * names, hosts and URLs onto them.
 *
 * Lookup cost does not grow with the number of rules: exact cookie names and
 * prefixes live in nginx hashes (one probe per distinct prefix length), hosts
 * in a wildcard hash; regexes are tried last and only when nothing else
 * matched.  Hashes are built once, when the http block has been parsed.
 */
#include "ngx_http_privacy_rules.h"
#include "privacy_cookie.h"
#include "privacy_native.h"
#include "privacy_url.h"
#include "privacy_urlparse.h"
#include "privacy_inline.h"


#define NGX_HTTP_PRIVACY_NAME_LOOKUP_MAX  256


/* a cookie name lowercased, with the hash of each of its prefixes */
typedef struct {
    size_t                        len;
    ngx_uint_t                    keys[NGX_HTTP_PRIVACY_NAME_LOOKUP_MAX + 1];
    u_char                        low[NGX_HTTP_PRIVACY_NAME_LOOKUP_MAX];
} ngx_http_privacy_name_key_t;


typedef struct {
    ngx_http_privacy_main_conf_t  *pmcf;
    ngx_http_privacy_category_t   *cat;
} ngx_http_privacy_block_ctx_t;


static char *ngx_http_privacy_category_line(ngx_conf_t *cf,
    ngx_command_t *dummy, void *conf);
static ngx_int_t ngx_http_privacy_add_name(ngx_conf_t *cf,
    ngx_hash_keys_arrays_t *keys, ngx_str_t *name, privacy_mask_t cat,
    ngx_uint_t flags, const char *what);
static ngx_int_t ngx_http_privacy_ruleset_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_ruleset_t *rs);
static char *ngx_http_privacy_add_rule(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_ruleset_t *rs,
    ngx_str_t *kind, ngx_str_t *v, ngx_str_t *catname, privacy_mask_t cat);
static char *ngx_http_privacy_add_cookie_rule(ngx_conf_t *cf,
    ngx_http_privacy_ruleset_t *rs, ngx_str_t *v, ngx_str_t *catname,
    privacy_mask_t cat);
static char *ngx_http_privacy_add_host_rule(ngx_conf_t *cf,
    ngx_http_privacy_ruleset_t *rs, ngx_str_t *v, ngx_str_t *catname,
    privacy_mask_t cat);
static char *ngx_http_privacy_add_url_rule(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_str_t *v, ngx_str_t *catname,
    privacy_mask_t cat);
static ngx_int_t ngx_http_privacy_url_rule_canon(ngx_conf_t *cf,
    ngx_str_t *name);
static char *ngx_http_privacy_add_script(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_str_t *v, ngx_str_t *catname,
    privacy_mask_t cat);
static ngx_int_t ngx_http_privacy_scripts_build(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf);
static ngx_int_t ngx_http_privacy_ruleset_build(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_ruleset_t *rs);
static ngx_int_t ngx_http_privacy_regex_set_init(ngx_conf_t *cf,
    ngx_http_privacy_regex_set_t *set, ngx_uint_t caseless);
static ngx_int_t ngx_http_privacy_regex_set_build(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_regex_set_t *set);
static ngx_int_t ngx_http_privacy_regex_match(
    ngx_http_privacy_regex_set_t *set, ngx_str_t *s, privacy_mask_t *cat);
static ngx_int_t ngx_http_privacy_regex_run(
    ngx_http_privacy_regex_set_t *set, ngx_str_t *s, uint64_t found,
    privacy_mask_t *cat);
static void ngx_http_privacy_mark_exempt(ngx_http_privacy_main_conf_t *pmcf);
static ngx_int_t ngx_http_privacy_host_lookup(ngx_http_privacy_ruleset_t *rs,
    u_char *host, size_t len, ngx_uint_t key, privacy_mask_t *cat);
static ngx_int_t ngx_http_privacy_add_regex(ngx_conf_t *cf,
    ngx_http_privacy_regex_set_t *set, ngx_str_t *value, privacy_mask_t cat);
static ngx_int_t ngx_http_privacy_build_hash(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_hash_t *hash,
    ngx_hash_keys_arrays_t *keys, const char *name);
static int ngx_libc_cdecl ngx_http_privacy_cmp_dns_wildcards(const void *one,
    const void *two);
static ngx_int_t ngx_http_privacy_url_index(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf);
static int ngx_libc_cdecl ngx_http_privacy_cmp_url_rules(const void *one,
    const void *two);
static int ngx_libc_cdecl ngx_http_privacy_cmp_uint_desc(const void *one,
    const void *two);


static const char  *ngx_http_privacy_builtin[] = {
    "necessary", "preferences", "analytics", "marketing"
};


ngx_int_t
ngx_http_privacy_categories_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf)
{
    ngx_uint_t                    i;
    ngx_http_privacy_category_t  *cat;

    if (ngx_array_init(&pmcf->categories, cf->pool, 8,
                       sizeof(ngx_http_privacy_category_t))
        != NGX_OK)
    {
        return NGX_ERROR;
    }

    for (i = 0; i < PRIVACY_CAT_BUILTIN; i++) {
        cat = ngx_array_push(&pmcf->categories);
        if (cat == NULL) {
            return NGX_ERROR;
        }

        cat->name.data = (u_char *) ngx_http_privacy_builtin[i];
        cat->name.len = ngx_strlen(ngx_http_privacy_builtin[i]);
        cat->bit = (privacy_mask_t) 1 << i;
        cat->file = NULL;
        cat->line = 0;
    }

    pmcf->temp_pool = ngx_create_pool(NGX_DEFAULT_POOL_SIZE, cf->log);
    if (pmcf->temp_pool == NULL) {
        return NGX_ERROR;
    }

    if (ngx_http_privacy_ruleset_init(cf, pmcf, &pmcf->rules) != NGX_OK
        || ngx_http_privacy_ruleset_init(cf, pmcf, &pmcf->exempt) != NGX_OK)
    {
        return NGX_ERROR;
    }

    pmcf->block_files = ngx_array_create(pmcf->temp_pool, 8,
                                         sizeof(ngx_http_privacy_category_t));
    if (pmcf->block_files == NULL) {
        return NGX_ERROR;
    }

    if (ngx_http_privacy_regex_set_init(cf, &pmcf->url_regexes, 0) != NGX_OK
        || ngx_array_init(&pmcf->urls, cf->pool, 4,
                          sizeof(ngx_http_privacy_rule_t))
           != NGX_OK
        || ngx_array_init(&pmcf->scripts, cf->pool, 4,
                          sizeof(ngx_http_privacy_rule_t))
           != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_ruleset_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_ruleset_t *rs)
{
    ngx_uint_t               i;
    ngx_hash_keys_arrays_t  *keys;

    keys = ngx_pcalloc(pmcf->temp_pool, 3 * sizeof(ngx_hash_keys_arrays_t));
    if (keys == NULL) {
        return NGX_ERROR;
    }

    for (i = 0; i < 3; i++) {
        keys[i].pool = cf->pool;
        keys[i].temp_pool = pmcf->temp_pool;

        if (ngx_hash_keys_array_init(&keys[i], NGX_HASH_LARGE) != NGX_OK) {
            return NGX_ERROR;
        }
    }

    rs->cookie_keys = &keys[0];
    rs->prefix_keys = &keys[1];
    rs->host_keys = &keys[2];

    if (ngx_http_privacy_regex_set_init(cf, &rs->cookies.regexes, 0)
        != NGX_OK
        || ngx_http_privacy_regex_set_init(cf, &rs->host_regexes, 1)
           != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_OK;
}


ngx_http_privacy_category_t *
ngx_http_privacy_category_find(ngx_http_privacy_main_conf_t *pmcf,
    u_char *name, size_t len)
{
    ngx_uint_t                    i;
    ngx_http_privacy_category_t  *cat;

    cat = pmcf->categories.elts;

    for (i = 0; i < pmcf->categories.nelts; i++) {
        if (cat[i].name.len == len
            && ngx_strncmp(cat[i].name.data, name, len) == 0)
        {
            return &cat[i];
        }
    }

    return NULL;
}


char *
ngx_http_privacy_category_block(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf)
{
    ngx_http_privacy_main_conf_t  *pmcf = conf;

    char                          *rv;
    ngx_str_t                     *value;
    ngx_uint_t                     i;
    ngx_conf_t                     save;
    ngx_http_privacy_category_t   *cat, *seen;
    ngx_http_privacy_block_ctx_t   bctx;

    value = cf->args->elts;

    if (!privacy_native_name_valid(value[1].data, value[1].len)) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid privacy category name \"%V\": use 1 to "
                           "32 characters of a-z, 0-9, \"_\" and \"-\"",
                           &value[1]);
        return NGX_CONF_ERROR;
    }

    /* a second block for one category in one file is a copy-paste slip */

    seen = pmcf->block_files->elts;
    for (i = 0; i < pmcf->block_files->nelts; i++) {
        if (seen[i].name.len == value[1].len
            && ngx_strncmp(seen[i].name.data, value[1].data, value[1].len) == 0
            && ngx_strcmp(seen[i].file, cf->conf_file->file.name.data) == 0)
        {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "duplicate privacy_category \"%V\" block, "
                               "first defined at line %ui of this file",
                               &value[1], seen[i].line);
            return NGX_CONF_ERROR;
        }
    }

    seen = ngx_array_push(pmcf->block_files);
    if (seen == NULL) {
        return NGX_CONF_ERROR;
    }

    seen->name = value[1];
    seen->file = cf->conf_file->file.name.data;
    seen->line = cf->conf_file->line;

    cat = ngx_http_privacy_category_find(pmcf, value[1].data, value[1].len);

    if (cat == NULL) {
        if (pmcf->categories.nelts == PRIVACY_CAT_MAX) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "too many privacy categories, at most %ui",
                               (ngx_uint_t) PRIVACY_CAT_MAX);
            return NGX_CONF_ERROR;
        }

        cat = ngx_array_push(&pmcf->categories);
        if (cat == NULL) {
            return NGX_CONF_ERROR;
        }

        cat->name = value[1];
        cat->bit = (privacy_mask_t) 1 << (pmcf->categories.nelts - 1);
        cat->file = cf->conf_file->file.name.data;
        cat->line = cf->conf_file->line;
    }

    bctx.pmcf = pmcf;
    bctx.cat = cat;

    /* restored from "save" below, as the map module does */
    save = *cf;
    /* cppcheck-suppress autoVariables */
    cf->ctx = &bctx;
    cf->handler = ngx_http_privacy_category_line;
    cf->handler_conf = conf;

    rv = ngx_conf_parse(cf, NULL);

    *cf = save;

    return rv;
}


static char *
ngx_http_privacy_category_line(ngx_conf_t *cf, ngx_command_t *dummy,
    void *conf)
{
    ngx_http_privacy_block_ctx_t  *bctx = cf->ctx;

    char        *rv;
    ngx_str_t   *value;
    ngx_uint_t   i;

    value = cf->args->elts;

    if (value[0].len == 7 && ngx_strcmp(value[0].data, "include") == 0) {
        if (cf->args->nelts != 2) {
            return "has invalid number of arguments in \"include\"";
        }

        return ngx_conf_include(cf, dummy, conf);
    }

    if (cf->args->nelts < 2) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "\"%V\" in privacy_category \"%V\" needs a value",
                           &value[0], &bctx->cat->name);
        return NGX_CONF_ERROR;
    }

    for (i = 1; i < cf->args->nelts; i++) {
        rv = ngx_http_privacy_add_rule(cf, bctx->pmcf, &bctx->pmcf->rules,
                                       &value[0], &value[i], &bctx->cat->name,
                                       bctx->cat->bit);
        if (rv != NGX_CONF_OK) {
            return rv;
        }
    }

    return NGX_CONF_OK;
}


/* privacy_exempt cookie NAME ...; privacy_exempt host HOST ...; */
char *
ngx_http_privacy_exempt(ngx_conf_t *cf, ngx_command_t *cmd, void *conf)
{
    ngx_http_privacy_main_conf_t  *pmcf = conf;

    char        *rv;
    ngx_str_t   *value, name;
    ngx_uint_t   i;

    value = cf->args->elts;

    if (ngx_strcmp(value[1].data, "cookie") != 0
        && ngx_strcmp(value[1].data, "host") != 0)
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid \"%V\" kind \"%V\": expected \"cookie\" "
                           "or \"host\"", &value[0], &value[1]);
        return NGX_CONF_ERROR;
    }

    ngx_str_set(&name, "exempt");

    for (i = 2; i < cf->args->nelts; i++) {
        rv = ngx_http_privacy_add_rule(cf, pmcf, &pmcf->exempt, &value[1],
                                       &value[i], &name,
                                       PRIVACY_CAT_NECESSARY);
        if (rv != NGX_CONF_OK) {
            return rv;
        }
    }

    return NGX_CONF_OK;
}


static char *
ngx_http_privacy_add_rule(ngx_conf_t *cf, ngx_http_privacy_main_conf_t *pmcf,
    ngx_http_privacy_ruleset_t *rs, ngx_str_t *kind, ngx_str_t *v,
    ngx_str_t *catname, privacy_mask_t cat)
{
    if (kind->len == 6 && ngx_strcmp(kind->data, "cookie") == 0) {
        return ngx_http_privacy_add_cookie_rule(cf, rs, v, catname, cat);
    }

    if (kind->len == 4 && ngx_strcmp(kind->data, "host") == 0) {
        return ngx_http_privacy_add_host_rule(cf, rs, v, catname, cat);
    }

    if (rs == &pmcf->rules && kind->len == 3
        && ngx_strcmp(kind->data, "url") == 0)
    {
        return ngx_http_privacy_add_url_rule(cf, pmcf, v, catname, cat);
    }

    if (rs == &pmcf->rules && kind->len == 6
        && ngx_strcmp(kind->data, "script") == 0)
    {
        return ngx_http_privacy_add_script(cf, pmcf, v, catname, cat);
    }

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "unknown rule \"%V\" in privacy_category \"%V\": "
                       "expected \"cookie\", \"host\", \"url\", "
                       "\"script\" or \"include\"", kind, catname);
    return NGX_CONF_ERROR;
}


/* cookie NAME, cookie PREFIX*, cookie ~REGEX */
static char *
ngx_http_privacy_add_cookie_rule(ngx_conf_t *cf,
    ngx_http_privacy_ruleset_t *rs, ngx_str_t *v, ngx_str_t *catname,
    privacy_mask_t cat)
{
    ngx_str_t  name;

    if (v->len > 1 && v->data[0] == '~') {
        if (ngx_http_privacy_add_regex(cf, &rs->cookies.regexes, v, cat)
            != NGX_OK)
        {
            return NGX_CONF_ERROR;
        }

        return NGX_CONF_OK;
    }

    name = *v;

    if (name.len > 1 && name.data[name.len - 1] == '*') {
        name.len--;
    }

    if (!privacy_cookie_name_is_token(name.data, name.len)
        || name.len > NGX_HTTP_PRIVACY_NAME_LOOKUP_MAX)
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid cookie rule \"%V\" in "
                           "privacy_category \"%V\": a cookie name, "
                           "a name prefix ending in \"*\" or "
                           "a \"~regex\"", v, catname);
        return NGX_CONF_ERROR;
    }

    if (ngx_http_privacy_add_name(cf,
                                  name.len == v->len ? rs->cookie_keys
                                                     : rs->prefix_keys,
                                  &name, cat, 0, "cookie")
        != NGX_OK)
    {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}


/* host NAME, host .NAME (both cover the subdomains), host ~REGEX */
static char *
ngx_http_privacy_add_host_rule(ngx_conf_t *cf, ngx_http_privacy_ruleset_t *rs,
    ngx_str_t *v, ngx_str_t *catname, privacy_mask_t cat)
{
    u_char      *p;
    ngx_str_t    name;
    ngx_uint_t   j;

    if (v->len > 1 && v->data[0] == '~') {
        if (ngx_http_privacy_add_regex(cf, &rs->host_regexes, v, cat)
            != NGX_OK)
        {
            return NGX_CONF_ERROR;
        }

        return NGX_CONF_OK;
    }

    /* "example.com" and ".example.com" both cover the subdomains */

    p = v->data;
    j = (v->len > 0 && p[0] == '.') ? 1 : 0;

    for ( /* void */ ; j < v->len; j++) {
        if (!((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= 'A' && p[j] <= 'Z')
              || (p[j] >= '0' && p[j] <= '9') || p[j] == '-'
              || (p[j] == '.' && j > 0 && p[j - 1] != '.')))
        {
            break;
        }
    }

    if (j != v->len || v->len < 2 || p[v->len - 1] == '.') {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid host rule \"%V\" in "
                           "privacy_category \"%V\": a host name or "
                           "a \"~regex\"", v, catname);
        return NGX_CONF_ERROR;
    }

    name.len = v->len + (p[0] == '.' ? 0 : 1);
    name.data = ngx_pnalloc(cf->pool, name.len);
    if (name.data == NULL) {
        return NGX_CONF_ERROR;
    }

    name.data[0] = '.';
    ngx_memcpy(name.data + name.len - v->len, p, v->len);

    if (ngx_http_privacy_add_name(cf, rs->host_keys, &name, cat,
                                  NGX_HASH_WILDCARD_KEY, "host")
        != NGX_OK)
    {
        return NGX_CONF_ERROR;
    }

    return NGX_CONF_OK;
}


/* url PREFIX (http://, https:// or //), url ~REGEX: privacy_category only */
static char *
ngx_http_privacy_add_url_rule(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_str_t *v, ngx_str_t *catname,
    privacy_mask_t cat)
{
    u_char                   *p;
    ngx_uint_t                j;
    ngx_http_privacy_rule_t  *url, *rule;

    if (v->len > 1 && v->data[0] == '~') {
        if (ngx_http_privacy_add_regex(cf, &pmcf->url_regexes, v, cat)
            != NGX_OK)
        {
            return NGX_CONF_ERROR;
        }

        return NGX_CONF_OK;
    }

    /* prefixes are kept as "//host/path": the scheme is ignored */

    p = v->data;

    if (v->len > 8 && ngx_strncasecmp(p, (u_char *) "https://", 8) == 0) {
        p += 6;

    } else if (v->len > 7
               && ngx_strncasecmp(p, (u_char *) "http://", 7) == 0)
    {
        p += 5;
    }

    if (v->data + v->len - p < 3 || p[0] != '/' || p[1] != '/'
        || p[2] == '/')
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid url rule \"%V\" in "
                           "privacy_category \"%V\": an absolute URL "
                           "prefix (http://, https:// or //) or "
                           "a \"~regex\"", v, catname);
        return NGX_CONF_ERROR;
    }

    url = ngx_array_push(&pmcf->urls);
    if (url == NULL) {
        return NGX_CONF_ERROR;
    }

    url->name.len = v->data + v->len - p;
    url->name.data = p;
    url->cat = cat;
    url->next = NULL;

    switch (ngx_http_privacy_url_rule_canon(cf, &url->name)) {

    case NGX_OK:
        break;

    case NGX_DECLINED:
        /* a non-ASCII host and no ICU: as written, hosts case-insensitive */
        for (j = 2; j < url->name.len && p[j] != '/'; j++) {
            p[j] = ngx_tolower(p[j]);
        }

        break;

    case NGX_ABORT:
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid url rule \"%V\" in "
                           "privacy_category \"%V\": not a URL a browser "
                           "fetches (its host or its port)", v, catname);
        return NGX_CONF_ERROR;

    default:
        return NGX_CONF_ERROR;
    }

    /*
     * The same prefix again (as read: "https://h:443/p" is "//h/p"): the
     * later rule wins, as for cookie and host rules, so that a site's own
     * block can move a catalog prefix
     */

    rule = pmcf->urls.elts;

    for (j = 0; j + 1 < pmcf->urls.nelts; j++) {
        if (rule[j].name.len == url->name.len
            && ngx_memcmp(rule[j].name.data, url->name.data, url->name.len)
               == 0)
        {
            if (rule[j].cat != cat) {
                ngx_conf_log_error(NGX_LOG_WARN, cf, 0,
                                   "url rule \"%V\" given again in another "
                                   "category: the later one wins", v);
            }

            rule[j].cat = cat;
            pmcf->urls.nelts--;
            break;
        }
    }

    return NGX_CONF_OK;
}


/*
 * A url rule as the module reads the URLs of pages (lib/privacy_urlparse.c),
 * so that it names what they become: the host lowercase, IDNA-mapped,
 * IPv4 and IPv6 in their canonical forms, without userinfo
 * ("//[2001:DB8:0::2]" is what a page's "https://[2001:db8::2]" becomes);
 * the path with its dot segments resolved, the escapes of unreserved bytes
 * decoded and the others in capitals, what a browser escapes escaped
 * ("/t%72" is "/tr", "/a b" is "/a%20b").  A URL whose port is the default
 * of its scheme loses it when read, and rules ignore the scheme: a rule
 * that names port 80 or 443 is kept without it (it holds on any port, as a
 * rule without one), not for "http://host:443/" alone.  NGX_DECLINED: a
 * non-ASCII host and no ICU; NGX_ABORT: a URL that the URL Standard
 * rejects (its host, its port).
 */
static ngx_int_t
ngx_http_privacy_url_rule_canon(ngx_conf_t *cf, ngx_str_t *name)
{
    u_char         *in, *out, *data;
    size_t          cap, keep, rest;
    privacy_url_t   u;

    /* "https:" + "//host[:port]/path..." */

    in = ngx_pnalloc(cf->temp_pool, 6 + name->len);
    cap = PRIVACY_URL_CAP(6 + name->len, 0) + 256;
    out = ngx_pnalloc(cf->temp_pool, cap);

    if (in == NULL || out == NULL) {
        return NGX_ERROR;
    }

    ngx_memcpy(in, "https:", 6);
    ngx_memcpy(in + 6, name->data, name->len);

    switch (privacy_url_parse(in, 6 + name->len, NULL, out, cap, &u)) {

    case PRIVACY_URL_OK:
        break;

    case PRIVACY_URL_NOIDNA:
        return NGX_DECLINED;

    default:
        return NGX_ABORT;
    }

    keep = (u.flags & PRIVACY_URL_PORT) && u.port != 80 ? u.path
                                                        : 2 + u.host_len;
    rest = u.len - u.path;

    if (keep + rest == name->len
        && ngx_memcmp(out, name->data, keep) == 0
        && ngx_memcmp(out + u.path, name->data + keep, rest) == 0)
    {
        return NGX_OK;          /* the catalog's rules: as written */
    }

    data = ngx_pnalloc(cf->pool, keep + rest);
    if (data == NULL) {
        return NGX_ERROR;
    }

    ngx_memcpy(data, out, keep);
    ngx_memcpy(data + keep, out + u.path, rest);

    name->data = data;
    name->len = keep + rest;

    return NGX_OK;
}


/*
 * script "LITERAL": a signature of an inline loader, found as a plain,
 * case-sensitive substring of an inline script's text.  Short literals
 * would be in ordinary code; control characters are never in a signature.
 */
static char *
ngx_http_privacy_add_script(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_str_t *v, ngx_str_t *catname,
    privacy_mask_t cat)
{
    ngx_uint_t                i;
    ngx_http_privacy_rule_t  *rule;

    for (i = 0; i < v->len; i++) {
        if (v->data[i] < 0x20 || v->data[i] == 0x7f) {
            break;
        }
    }

    if (i != v->len || v->len < NGX_HTTP_PRIVACY_SCRIPT_MIN
        || v->len > NGX_HTTP_PRIVACY_SCRIPT_MAX)
    {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid script rule \"%V\" in "
                           "privacy_category \"%V\": a literal of %ui to %ui "
                           "characters without control characters",
                           v, catname,
                           (ngx_uint_t) NGX_HTTP_PRIVACY_SCRIPT_MIN,
                           (ngx_uint_t) NGX_HTTP_PRIVACY_SCRIPT_MAX);
        return NGX_CONF_ERROR;
    }

    /*
     * The same literal again: the later rule wins, as for cookie and host
     * rules, so a site can move a catalog signature (even to "necessary")
     */

    rule = pmcf->scripts.elts;

    for (i = 0; i < pmcf->scripts.nelts; i++) {
        if (rule[i].name.len == v->len
            && ngx_memcmp(rule[i].name.data, v->data, v->len) == 0)
        {
            if (rule[i].cat != cat) {
                ngx_conf_log_error(NGX_LOG_WARN, cf, 0,
                                   "script rule \"%V\" given again in "
                                   "another category: the later one wins", v);
            }

            rule[i].cat = cat;
            return NGX_CONF_OK;
        }
    }

    rule = ngx_array_push(&pmcf->scripts);
    if (rule == NULL) {
        return NGX_CONF_ERROR;
    }

    ngx_memzero(rule, sizeof(ngx_http_privacy_rule_t));
    rule->name = *v;
    rule->cat = cat;

    return NGX_CONF_OK;
}


/*
 * The first 64 signatures go into one multi-literal set, found in one pass
 * over a script; any beyond 64 are searched one by one.  The constructs
 * that make a script fetch are a set of their own.
 */
static ngx_int_t
ngx_http_privacy_scripts_build(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf)
{
    size_t                    lens[PRIVACY_MULTILIT_MAX];
    ngx_uint_t                i;
    const u_char             *lits[PRIVACY_MULTILIT_MAX];
    ngx_http_privacy_rule_t  *rule;

    pmcf->inline_constructs = ngx_palloc(cf->pool, sizeof(privacy_multilit_t));
    pmcf->script_lits = ngx_palloc(cf->pool, sizeof(privacy_multilit_t));

    if (pmcf->inline_constructs == NULL || pmcf->script_lits == NULL
        || privacy_inline_constructs(pmcf->inline_constructs) != 0)
    {
        return NGX_ERROR;
    }

    rule = pmcf->scripts.elts;

    for (i = 0; i < pmcf->scripts.nelts && i < PRIVACY_MULTILIT_MAX; i++) {
        lits[i] = rule[i].name.data;
        lens[i] = rule[i].name.len;
    }

    pmcf->script_lits_n = i;

    /*
     * lengths were checked when the rules were read: 6 to 256; only the
     * first i are read (cppcheck 2.17 of Debian 13 flags i == 0)
     */
    /* cppcheck-suppress uninitvar */
    if (privacy_multilit_init(pmcf->script_lits, lits, lens, (unsigned) i)
        != 0)
    {
        return NGX_ERROR;
    }

    return NGX_OK;
}


/*
 * The names of the categories of mask, separated by sep, written at p;
 * "necessary" only with NGX_HTTP_PRIVACY_NAMES_NECESSARY, each in double
 * quotes with NGX_HTTP_PRIVACY_NAMES_QUOTED.
 */
u_char *
ngx_http_privacy_mask_names(ngx_http_privacy_main_conf_t *pmcf,
    privacy_mask_t mask, u_char sep, ngx_uint_t flags, u_char *p)
{
    u_char                       *start;
    ngx_uint_t                    i;
    ngx_http_privacy_category_t  *cat;

    start = p;
    cat = pmcf->categories.elts;

    for (i = 0; i < pmcf->categories.nelts; i++) {
        if (!(mask & cat[i].bit)
            || (cat[i].bit == PRIVACY_CAT_NECESSARY
                && !(flags & NGX_HTTP_PRIVACY_NAMES_NECESSARY)))
        {
            continue;
        }

        if (p != start) {
            *p++ = sep;
        }

        if (flags & NGX_HTTP_PRIVACY_NAMES_QUOTED) {
            *p++ = '"';
        }

        p = ngx_cpymem(p, cat[i].name.data, cat[i].name.len);

        if (flags & NGX_HTTP_PRIVACY_NAMES_QUOTED) {
            *p++ = '"';
        }
    }

    return p;
}


/* the categories of the script signatures found in an inline script */
privacy_mask_t
ngx_http_privacy_script_category(ngx_http_privacy_main_conf_t *pmcf,
    const u_char *text, size_t len)
{
    uint64_t                  found;
    ngx_uint_t                i;
    privacy_mask_t            cat;
    ngx_http_privacy_rule_t  *rule;

    if (pmcf->scripts.nelts == 0) {
        return 0;
    }

    found = privacy_multilit_scan(pmcf->script_lits, text, len);
    rule = pmcf->scripts.elts;
    cat = 0;

    for (i = 0; i < pmcf->scripts.nelts; i++) {
        if (i < pmcf->script_lits_n && !(found & ((uint64_t) 1 << i))) {
            continue;
        }

        if (privacy_find_str(text, len, rule[i].name.data, rule[i].name.len))
        {
            cat |= rule[i].cat;
        }
    }

    return cat;
}


static ngx_int_t
ngx_http_privacy_add_name(ngx_conf_t *cf, ngx_hash_keys_arrays_t *keys,
    ngx_str_t *name, privacy_mask_t cat, ngx_uint_t flags, const char *what)
{
    ngx_int_t                 rc;
    ngx_str_t                 key;
    ngx_uint_t                i;
    ngx_hash_key_t           *hk;
    ngx_http_privacy_rule_t  *rule, *r;

    rule = ngx_palloc(cf->pool, sizeof(ngx_http_privacy_rule_t));
    if (rule == NULL) {
        return NGX_ERROR;
    }

    rule->name.len = name->len;
    rule->name.data = ngx_pstrdup(cf->pool, name);
    if (rule->name.data == NULL) {
        return NGX_ERROR;
    }

    rule->cat = cat;
    rule->exempt = 0;
    rule->next = NULL;

    key.len = name->len;
    key.data = ngx_pnalloc(cf->temp_pool, name->len);
    if (key.data == NULL) {
        return NGX_ERROR;
    }

    ngx_strlow(key.data, name->data, name->len);

    rc = ngx_hash_add_key(keys, &key, rule, flags);

    if (rc == NGX_OK) {
        return NGX_OK;
    }

    if (rc != NGX_BUSY) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                           "invalid %s rule \"%V\"", what, name);
        return NGX_ERROR;
    }

    /*
     * The key is known (perhaps in another letter case).  The same name
     * given again: the later rule wins, as a site's own rules come after
     * an included catalog.  Config time only, so a linear search is fine.
     */

    if (flags) {
        /*
         * A wildcard ".example.com" (a host rule) keeps its value in the
         * wildcard keys only: the exact hash holds example.com's name for
         * conflicts, not the rule.  Host names ignore case.
         */
        hk = keys->dns_wc_head.elts;

        for (i = 0; i < keys->dns_wc_head.nelts; i++) {
            r = hk[i].value;

            if (r->name.len == rule->name.len
                && ngx_strncasecmp(r->name.data, rule->name.data,
                                   r->name.len)
                   == 0)
            {
                if (r->cat != cat) {
                    /* the host as written, without the "." added */
                    key.data = name->data + 1;
                    key.len = name->len - 1;

                    ngx_conf_log_error(NGX_LOG_WARN, cf, 0,
                                       "%s rule \"%V\" given again in "
                                       "another category: the later one "
                                       "wins", what, &key);
                }

                r->cat = cat;
                return NGX_OK;
            }
        }

        return NGX_OK;
    }

    hk = keys->keys.elts;

    for (i = 0; i < keys->keys.nelts; i++) {
        if (hk[i].key.len == key.len
            && ngx_strncmp(hk[i].key.data, key.data, key.len) == 0)
        {
            break;
        }
    }

    if (i == keys->keys.nelts) {
        return NGX_OK;
    }

    hk = &hk[i];

    for (r = hk->value; r; r = r->next) {
        if (r->name.len == rule->name.len
            && ngx_strncmp(r->name.data, rule->name.data, r->name.len) == 0)
        {
            if (r->cat != cat) {
                ngx_conf_log_error(NGX_LOG_WARN, cf, 0,
                                   "%s rule \"%V\" given again in another "
                                   "category: the later one wins", what, name);
            }

            r->cat = cat;
            return NGX_OK;
        }

        if (r->next == NULL) {
            r->next = rule;
            return NGX_OK;
        }
    }

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_regex_set_init(ngx_conf_t *cf,
    ngx_http_privacy_regex_set_t *set, ngx_uint_t caseless)
{
    ngx_memzero(set, sizeof(ngx_http_privacy_regex_set_t));
    set->caseless = caseless;

    return ngx_array_init(&set->rules, cf->pool, 4,
                          sizeof(ngx_http_privacy_regex_rule_t));
}


static ngx_int_t
ngx_http_privacy_add_regex(ngx_conf_t *cf, ngx_http_privacy_regex_set_t *set,
    ngx_str_t *value, privacy_mask_t cat)
{
    u_char                          errstr[NGX_MAX_CONF_ERRSTR];
    ngx_regex_compile_t             rc;
    ngx_http_privacy_regex_rule_t  *rr;

    ngx_memzero(&rc, sizeof(ngx_regex_compile_t));

    rc.pattern.data = value->data + 1;
    rc.pattern.len = value->len - 1;
    rc.pool = cf->pool;
    rc.options = set->caseless ? NGX_REGEX_CASELESS : 0;
    rc.err.len = NGX_MAX_CONF_ERRSTR;
    rc.err.data = errstr;

    if (ngx_regex_compile(&rc) != NGX_OK) {
        ngx_conf_log_error(NGX_LOG_EMERG, cf, 0, "invalid regex \"%V\": %V",
                           value, &rc.err);
        return NGX_ERROR;
    }

    rr = ngx_array_push(&set->rules);
    if (rr == NULL) {
        return NGX_ERROR;
    }

    rr->regex = rc.regex;
    rr->source = *value;
    rr->cat = cat;

    return NGX_OK;
}


ngx_int_t
ngx_http_privacy_rules_init(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf)
{
    if (pmcf->temp_pool == NULL) {
        return NGX_OK;
    }

    if (ngx_http_privacy_ruleset_build(cf, pmcf, &pmcf->exempt) != NGX_OK) {
        return NGX_ERROR;
    }

    ngx_http_privacy_mark_exempt(pmcf);

    if (ngx_http_privacy_ruleset_build(cf, pmcf, &pmcf->rules) != NGX_OK
        || ngx_http_privacy_scripts_build(cf, pmcf) != NGX_OK
        || ngx_http_privacy_url_index(cf, pmcf) != NGX_OK
        || ngx_http_privacy_regex_set_build(cf, pmcf, &pmcf->url_regexes)
           != NGX_OK)
    {
        return NGX_ERROR;
    }

    pmcf->worker_hosts = ngx_pcalloc(cf->pool, NGX_HTTP_PRIVACY_WORKER_HOSTS
                                     * sizeof(ngx_http_privacy_host_entry_t));
    if (pmcf->worker_hosts == NULL) {
        return NGX_ERROR;
    }

    pmcf->worker_urls = ngx_pcalloc(cf->pool, NGX_HTTP_PRIVACY_WORKER_URLS
                                    * sizeof(ngx_http_privacy_worker_url_t));
    if (pmcf->worker_urls == NULL) {
        return NGX_ERROR;
    }

    ngx_destroy_pool(pmcf->temp_pool);
    pmcf->temp_pool = NULL;
    pmcf->block_files = NULL;

    return NGX_OK;
}


/*
 * The required literal of each of the first 64 regexes goes into the set's
 * litset; the others (no certain literal, or beyond 64) are combined into
 * one regex that matches when any of them does: most subjects match none,
 * and then one attempt replaces many.  Patterns with back references are
 * left uncombined (their numbers would shift) and are tried one by one.
 */
static ngx_int_t
ngx_http_privacy_regex_set_build(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_regex_set_t *set)
{
    u_char                         *p, errstr[NGX_MAX_CONF_ERRSTR];
    size_t                          len;
    uint64_t                        bit;
    ngx_uint_t                      i, j;
    privacy_factor_t                f;
    ngx_regex_compile_t             rc;
    ngx_http_privacy_regex_rule_t  *rr;

    rr = set->rules.elts;

    for (i = 0; i < set->rules.nelts && i < PRIVACY_LITSET_REGEXES; i++) {

        if (!privacy_regex_factor(rr[i].source.data + 1,
                                  rr[i].source.len - 1, (int) set->caseless,
                                  &f))
        {
            continue;
        }

        if (set->lits == NULL) {
            set->lits = ngx_palloc(cf->pool, sizeof(privacy_litset_t));
            if (set->lits == NULL) {
                return NGX_ERROR;
            }

            privacy_litset_init(set->lits);
        }

        if (privacy_litset_add(set->lits, &f, (unsigned) i) == 0) {
            set->factored |= (uint64_t) 1 << i;
        }
    }

    for (i = 0; i < set->rules.nelts; i++) {
        bit = i < PRIVACY_LITSET_REGEXES ? (uint64_t) 1 << i : 0;

        if (!(set->factored & bit)) {
            set->nrest++;
        }
    }

    len = 0;

    for (i = 0; i < set->rules.nelts; i++) {
        bit = i < PRIVACY_LITSET_REGEXES ? (uint64_t) 1 << i : 0;

        if (set->factored & bit) {
            continue;
        }

        for (j = 1; j + 1 < rr[i].source.len; j++) {
            if (rr[i].source.data[j] == '\\'
                && rr[i].source.data[j + 1] >= '1'
                && rr[i].source.data[j + 1] <= '9')
            {
                return NGX_OK;
            }
        }

        len += rr[i].source.len - 1 + sizeof("(?:)|") - 1;
    }

    if (set->nrest < 2) {
        return NGX_OK;
    }

    p = ngx_pnalloc(pmcf->temp_pool, len);
    if (p == NULL) {
        return NGX_ERROR;
    }

    ngx_memzero(&rc, sizeof(ngx_regex_compile_t));
    rc.pattern.data = p;

    for (i = 0; i < set->rules.nelts; i++) {
        bit = i < PRIVACY_LITSET_REGEXES ? (uint64_t) 1 << i : 0;

        if (set->factored & bit) {
            continue;
        }

        if (p != rc.pattern.data) {
            *p++ = '|';
        }

        p = ngx_cpymem(p, "(?:", 3);
        p = ngx_cpymem(p, rr[i].source.data + 1, rr[i].source.len - 1);
        *p++ = ')';
    }

    rc.pattern.len = p - rc.pattern.data;
    rc.pool = cf->pool;
    rc.options = set->caseless ? NGX_REGEX_CASELESS : 0;
    rc.err.len = NGX_MAX_CONF_ERRSTR;
    rc.err.data = errstr;

    if (ngx_regex_compile(&rc) != NGX_OK) {
        /* not fatal: the regexes are still tried one by one */
        ngx_conf_log_error(NGX_LOG_NOTICE, cf, 0,
                           "privacy: regexes not combined: %V", &rc.err);
        return NGX_OK;
    }

    set->any = rc.regex;

    return NGX_OK;
}


/* the first regex of the set that matches s */
static ngx_int_t
ngx_http_privacy_regex_match(ngx_http_privacy_regex_set_t *set, ngx_str_t *s,
    privacy_mask_t *cat)
{
    uint64_t  found;

    found = set->lits ? privacy_litset_scan(set->lits, s->data, s->len) : 0;

    return ngx_http_privacy_regex_run(set, s, found, cat);
}


/* the same, found: the litset's scan of s */
static ngx_int_t
ngx_http_privacy_regex_run(ngx_http_privacy_regex_set_t *set, ngx_str_t *s,
    uint64_t found, privacy_mask_t *cat)
{
    uint64_t                        bit;
    ngx_uint_t                      i, rest;
    ngx_http_privacy_regex_rule_t  *rr;

    if (found == 0 && set->nrest == 0) {
        return NGX_DECLINED;
    }

    /* without a combined regex, each of the rest is tried on its own */
    rest = set->nrest
           && (set->any == NULL || ngx_regex_exec(set->any, s, NULL, 0) >= 0);

    rr = set->rules.elts;

    for (i = 0; i < set->rules.nelts; i++) {
        bit = i < PRIVACY_LITSET_REGEXES ? (uint64_t) 1 << i : 0;

        if ((set->factored & bit) ? !(found & bit) : !rest) {
            continue;
        }

        if (ngx_regex_exec(rr[i].regex, s, NULL, 0) >= 0) {
            *cat = rr[i].cat;
            return NGX_OK;
        }
    }

    return NGX_DECLINED;
}


static ngx_int_t
ngx_http_privacy_ruleset_build(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_http_privacy_ruleset_t *rs)
{
    ngx_uint_t               i, j, n, *lens;
    ngx_hash_key_t          *hk;
    ngx_hash_init_t          hash;
    ngx_hash_keys_arrays_t  *keys;

    if (ngx_http_privacy_build_hash(cf, pmcf, &rs->cookies.exact,
                                    rs->cookie_keys, "privacy_cookie_hash")
        != NGX_OK
        || ngx_http_privacy_build_hash(cf, pmcf, &rs->cookies.prefix,
                                       rs->prefix_keys, "privacy_prefix_hash")
           != NGX_OK
        || ngx_http_privacy_build_hash(cf, pmcf, &rs->hosts.hash,
                                       rs->host_keys, "privacy_host_hash")
           != NGX_OK)
    {
        return NGX_ERROR;
    }

    /* the distinct prefix lengths, longest first */

    hk = rs->prefix_keys->keys.elts;
    n = rs->prefix_keys->keys.nelts;

    lens = ngx_palloc(cf->pool, (n ? n : 1) * sizeof(ngx_uint_t));
    if (lens == NULL) {
        return NGX_ERROR;
    }

    for (i = 0, j = 0; i < n; i++) {
        lens[j++] = hk[i].key.len;
    }

    ngx_qsort(lens, j, sizeof(ngx_uint_t), ngx_http_privacy_cmp_uint_desc);

    for (i = 0, n = 0; i < j; i++) {
        if (n == 0 || lens[n - 1] != lens[i]) {
            lens[n++] = lens[i];
        }
    }

    rs->cookies.prefix_lens = lens;
    rs->cookies.nprefix_lens = n;

    /* wildcard host keys: ".example.com" */

    keys = rs->host_keys;

    hash.key = ngx_hash_key_lc;
    hash.max_size = pmcf->hash_max_size;
    hash.bucket_size = pmcf->hash_bucket_size;
    hash.name = "privacy_host_wildcard_hash";
    hash.pool = cf->pool;
    hash.temp_pool = pmcf->temp_pool;

    if (keys->dns_wc_head.nelts) {
        ngx_qsort(keys->dns_wc_head.elts, (size_t) keys->dns_wc_head.nelts,
                  sizeof(ngx_hash_key_t), ngx_http_privacy_cmp_dns_wildcards);

        hash.hash = NULL;

        if (ngx_hash_wildcard_init(&hash, keys->dns_wc_head.elts,
                                   keys->dns_wc_head.nelts)
            != NGX_OK)
        {
            return NGX_ERROR;
        }

        rs->hosts.wc_head = (ngx_hash_wildcard_t *) hash.hash;
    }

    rs->cookie_keys = NULL;
    rs->prefix_keys = NULL;
    rs->host_keys = NULL;

    if (ngx_http_privacy_regex_set_build(cf, pmcf, &rs->cookies.regexes)
        != NGX_OK
        || ngx_http_privacy_regex_set_build(cf, pmcf, &rs->host_regexes)
           != NGX_OK)
    {
        return NGX_ERROR;
    }

    return NGX_OK;
}


static ngx_int_t
ngx_http_privacy_build_hash(ngx_conf_t *cf,
    ngx_http_privacy_main_conf_t *pmcf, ngx_hash_t *h,
    ngx_hash_keys_arrays_t *keys, const char *name)
{
    ngx_hash_init_t  hash;

    if (keys->keys.nelts == 0) {
        return NGX_OK;
    }

    hash.hash = h;
    hash.key = ngx_hash_key_lc;
    hash.max_size = pmcf->hash_max_size;
    hash.bucket_size = pmcf->hash_bucket_size;
    hash.name = (char *) name;
    hash.pool = cf->pool;
    hash.temp_pool = NULL;

    return ngx_hash_init(&hash, keys->keys.elts, keys->keys.nelts);
}


static int ngx_libc_cdecl
ngx_http_privacy_cmp_dns_wildcards(const void *one, const void *two)
{
    const ngx_hash_key_t  *first = one, *second = two;

    return ngx_dns_strcmp(first->key.data, second->key.data);
}


static int ngx_libc_cdecl
ngx_http_privacy_cmp_uint_desc(const void *one, const void *two)
{
    const ngx_uint_t  *a = one, *b = two;

    return (*a < *b) - (*a > *b);
}


static ngx_http_privacy_rule_t *
ngx_http_privacy_find_case(ngx_http_privacy_rule_t *rule, u_char *name,
    size_t len)
{
    for ( /* void */ ; rule; rule = rule->next) {
        if (rule->name.len == len && ngx_strncmp(rule->name.data, name, len)
                                     == 0)
        {
            return rule;
        }
    }

    return NULL;
}


/* fills k; 0 when the name is too long for the hashes */
static ngx_uint_t
ngx_http_privacy_name_key(ngx_http_privacy_name_key_t *k, u_char *name,
    size_t len)
{
    size_t  i;

    if (len > NGX_HTTP_PRIVACY_NAME_LOOKUP_MAX) {
        return 0;               /* too long for the hashes: regexes only */
    }

    k->len = len;
    k->keys[0] = 0;

    for (i = 0; i < len; i++) {
        k->low[i] = ngx_tolower(name[i]);
        k->keys[i + 1] = ngx_hash(k->keys[i], k->low[i]);
    }

    return 1;
}


static ngx_http_privacy_rule_t *
ngx_http_privacy_name_exact(ngx_http_privacy_name_rules_t *nr,
    ngx_http_privacy_name_key_t *k, u_char *name)
{
    ngx_http_privacy_rule_t  *rule;

    if (nr->exact.size == 0) {
        return NULL;
    }

    rule = ngx_hash_find(&nr->exact, k->keys[k->len], k->low, k->len);

    return ngx_http_privacy_find_case(rule, name, k->len);
}


/* the longest prefix rule */
static ngx_http_privacy_rule_t *
ngx_http_privacy_name_prefix(ngx_http_privacy_name_rules_t *nr,
    ngx_http_privacy_name_key_t *k, u_char *name)
{
    size_t                    l;
    ngx_uint_t                i;
    ngx_http_privacy_rule_t  *rule;

    for (i = 0; i < nr->nprefix_lens; i++) {
        l = nr->prefix_lens[i];

        if (l > k->len) {
            continue;
        }

        rule = ngx_hash_find(&nr->prefix, k->keys[l], k->low, l);
        rule = ngx_http_privacy_find_case(rule, name, l);

        if (rule) {
            return rule;
        }
    }

    return NULL;
}


/* privacy_exempt covers the name; k is NULL for a name too long to hash */
static ngx_uint_t
ngx_http_privacy_name_exempt(ngx_http_privacy_main_conf_t *pmcf,
    ngx_http_privacy_name_key_t *k, ngx_str_t *name)
{
    privacy_mask_t                  cat;
    ngx_http_privacy_name_rules_t  *nr;

    nr = &pmcf->exempt.cookies;

    if (k && (ngx_http_privacy_name_exact(nr, k, name->data)
              || ngx_http_privacy_name_prefix(nr, k, name->data)))
    {
        return 1;
    }

    return ngx_http_privacy_regex_match(&nr->regexes, name, &cat) == NGX_OK;
}


/*
 * The category of a cookie name: privacy_exempt (necessary), then the
 * rules: exact name, longest prefix, first regex.  NGX_DECLINED when no
 * rule names it.  The lowercase name and its prefix hashes serve both rule
 * sets, and an exact rule knows whether privacy_exempt covers its name
 * (ngx_http_privacy_mark_exempt), so a catalog name takes one lookup.
 */
ngx_int_t
ngx_http_privacy_cookie_class(ngx_http_privacy_main_conf_t *pmcf,
    u_char *name, size_t len, privacy_mask_t *cat)
{
    ngx_str_t                     s;
    ngx_http_privacy_rule_t      *rule;
    ngx_http_privacy_name_key_t   key, *k;

    k = ngx_http_privacy_name_key(&key, name, len) ? &key : NULL;

    if (k) {
        rule = ngx_http_privacy_name_exact(&pmcf->rules.cookies, k, name);

        if (rule) {
            *cat = rule->exempt ? PRIVACY_CAT_NECESSARY : rule->cat;
            return NGX_OK;
        }
    }

    s.data = name;
    s.len = len;

    if (ngx_http_privacy_name_exempt(pmcf, k, &s)) {
        *cat = PRIVACY_CAT_NECESSARY;
        return NGX_OK;
    }

    if (k) {
        rule = ngx_http_privacy_name_prefix(&pmcf->rules.cookies, k, name);

        if (rule) {
            *cat = rule->cat;
            return NGX_OK;
        }
    }

    return ngx_http_privacy_regex_match(&pmcf->rules.cookies.regexes, &s, cat);
}


/* config time, exempt rules built: which exact cookie rules are exempt */
static void
ngx_http_privacy_mark_exempt(ngx_http_privacy_main_conf_t *pmcf)
{
    ngx_uint_t                    i, n;
    ngx_hash_key_t               *hk;
    ngx_http_privacy_rule_t      *rule;
    ngx_http_privacy_name_key_t   key;

    hk = pmcf->rules.cookie_keys->keys.elts;
    n = pmcf->rules.cookie_keys->keys.nelts;

    for (i = 0; i < n; i++) {
        for (rule = hk[i].value; rule; rule = rule->next) {
            rule->exempt = ngx_http_privacy_name_exempt(pmcf,
                               ngx_http_privacy_name_key(&key,
                                                         rule->name.data,
                                                         rule->name.len)
                               ? &key : NULL,
                               &rule->name);
        }
    }
}


/*
 * A host (lowercase, no port; key: its ngx_hash_key()) against host rules,
 * then host regexes.
 */
static ngx_int_t
ngx_http_privacy_host_lookup(ngx_http_privacy_ruleset_t *rs, u_char *host,
    size_t len, ngx_uint_t key, privacy_mask_t *cat)
{
    ngx_str_t                       s;
    ngx_http_privacy_rule_t        *rule;

    if (len == 0) {
        return NGX_DECLINED;
    }

    if (rs->hosts.hash.size || rs->hosts.wc_head) {
        rule = ngx_hash_find_combined(&rs->hosts, key, host, len);
        if (rule) {
            *cat = rule->cat;
            return NGX_OK;
        }
    }

    s.data = host;
    s.len = len;

    return ngx_http_privacy_regex_match(&rs->host_regexes, &s, cat);
}

/*
 * URL prefixes are indexed by their host: a lookup hashes the URL's host
 * once and compares only that host's prefixes, longest first.
 */
static ngx_int_t
ngx_http_privacy_url_index(ngx_conf_t *cf, ngx_http_privacy_main_conf_t *pmcf)
{
    u_char                   *h;
    size_t                    hlen;
    ngx_int_t                 rc;
    ngx_str_t                 key;
    ngx_uint_t                i, j, k;
    ngx_array_t              *group;
    ngx_hash_key_t           *hk;
    ngx_hash_init_t           hash;
    ngx_hash_keys_arrays_t    keys;
    ngx_http_privacy_rule_t  *url, *rule;

    if (pmcf->urls.nelts == 0) {
        return NGX_OK;
    }

    url = pmcf->urls.elts;

    ngx_qsort(url, pmcf->urls.nelts, sizeof(ngx_http_privacy_rule_t),
              ngx_http_privacy_cmp_url_rules);

    ngx_memzero(&keys, sizeof(ngx_hash_keys_arrays_t));
    keys.pool = cf->pool;
    keys.temp_pool = pmcf->temp_pool;

    if (ngx_hash_keys_array_init(&keys, NGX_HASH_SMALL) != NGX_OK) {
        return NGX_ERROR;
    }

    for (i = 0; i < pmcf->urls.nelts; i = j) {
        h = url[i].name.data + 2;
        hlen = ngx_http_privacy_url_host_len(h, url[i].name.len - 2);

        /* the rules are sorted by host, then longest prefix first */
        for (j = i + 1; j < pmcf->urls.nelts; j++) {
            if (ngx_http_privacy_url_host_len(url[j].name.data + 2,
                                              url[j].name.len - 2) != hlen
                || ngx_strncmp(url[j].name.data + 2, h, hlen) != 0)
            {
                break;
            }
        }

        group = ngx_array_create(cf->pool, j - i,
                                 sizeof(ngx_http_privacy_rule_t));
        if (group == NULL) {
            return NGX_ERROR;
        }

        for (k = i; k < j; k++) {
            rule = ngx_array_push(group);
            if (rule == NULL) {
                return NGX_ERROR;
            }

            *rule = url[k];
        }

        key.data = h;
        key.len = hlen;

        rc = ngx_hash_add_key(&keys, &key, group, NGX_HASH_READONLY_KEY);
        if (rc != NGX_OK) {
            return NGX_ERROR;
        }
    }

    hk = keys.keys.elts;

    hash.hash = &pmcf->url_hosts;
    hash.key = ngx_hash_key_lc;
    hash.max_size = pmcf->hash_max_size;
    hash.bucket_size = pmcf->hash_bucket_size;
    hash.name = "privacy_url_hash";
    hash.pool = cf->pool;
    hash.temp_pool = NULL;

    return ngx_hash_init(&hash, hk, keys.keys.nelts);
}


static int ngx_libc_cdecl
ngx_http_privacy_cmp_url_rules(const void *one, const void *two)
{
    const ngx_http_privacy_rule_t  *a = one, *b = two;

    size_t     al, bl;
    ngx_int_t  rc;

    al = ngx_http_privacy_url_host_len(a->name.data + 2, a->name.len - 2);
    bl = ngx_http_privacy_url_host_len(b->name.data + 2, b->name.len - 2);

    rc = ngx_strncmp(a->name.data + 2, b->name.data + 2, ngx_min(al, bl));

    if (rc != 0) {
        return (int) rc;
    }

    if (al != bl) {
        return al < bl ? -1 : 1;
    }

    /* longest prefix first */
    return (a->name.len < b->name.len) - (a->name.len > b->name.len);
}


/* the length of the host (with any port) at the start of "host/path" */
size_t
ngx_http_privacy_url_host_len(u_char *p, size_t len)
{
    size_t  i;

    for (i = 0; i < len; i++) {
        if (p[i] == '/' || p[i] == '?' || p[i] == '#') {
            break;
        }
    }

    return i;
}


/*
 * What the rules say of a URL host (lowercase, maybe userinfo and port),
 * whatever the path: what its URLs' regex subjects "https://host..." have
 * of the URL regexes' literals, and the host regexes' verdict too.
 */
static void
ngx_http_privacy_host_entry_fill(ngx_http_privacy_main_conf_t *pmcf,
    u_char *host, size_t hlen, ngx_http_privacy_host_entry_t *e)
{
    u_char                   *p, prefix[8 + NGX_HTTP_PRIVACY_HOST_CACHE_LEN];
    size_t                    i, plen;
    ngx_str_t                 s;
    ngx_uint_t                key, pkey;
    privacy_mask_t            cat;
    ngx_http_privacy_rule_t  *rule;

    /* the host name without userinfo and port */

    p = host;

    for (i = 0; i < hlen; i++) {
        if (host[i] == '@') {
            p = host + i + 1;
        }
    }

    plen = 0;

    if (p < host + hlen && *p == '[') {
        /* an IPv6 literal, "]" included: its colons are not a port's */
        while (p + plen < host + hlen && p[plen] != ']') {
            plen++;
        }

        if (p + plen < host + hlen) {
            plen++;
        }

    } else {
        while (p + plen < host + hlen && p[plen] != ':') {
            plen++;
        }
    }

    /* mostly the same bytes: hashed once */
    key = ngx_hash_key(host, hlen);
    pkey = (p == host && plen == hlen) ? key : ngx_hash_key(p, plen);

    e->plain_off = p - host;
    e->plain_len = plen;
    e->party = 0;
    e->exempt = ngx_http_privacy_host_lookup(&pmcf->exempt, p, plen, pkey,
                                             &cat)
                == NGX_OK;

    e->group = NULL;
    e->plain_group = NULL;

    if (pmcf->url_hosts.size) {
        e->group = ngx_hash_find(&pmcf->url_hosts, key, host, hlen);

        if (plen && plen != hlen) {
            /*
             * "http://host:443/...": the browser contacts the host that a
             * url rule without a port names all the same (the rules that
             * name this port come first, above)
             */
            e->plain_group = ngx_hash_find(&pmcf->url_hosts, pkey, p, plen);
        }
    }

    e->host_rule = 0;

    if (plen && (pmcf->rules.hosts.hash.size || pmcf->rules.hosts.wc_head)) {
        rule = ngx_hash_find_combined(&pmcf->rules.hosts, pkey, p, plen);
        if (rule) {
            e->cat = rule->cat;
            e->host_rule = 1;
        }
    }

    e->lits_memo = 0;

    if (pmcf->url_regexes.lits && hlen <= NGX_HTTP_PRIVACY_HOST_CACHE_LEN) {
        ngx_memcpy(prefix, "https://", 8);
        ngx_memcpy(prefix + 8, host, hlen);

        e->lits_memo = privacy_litset_prefix(pmcf->url_regexes.lits, prefix,
                                             8 + hlen, &e->lits)
                       == 0;
    }

    e->host_re = 0;

    if (plen) {
        s.data = p;
        s.len = plen;

        if (ngx_http_privacy_regex_match(&pmcf->rules.host_regexes, &s,
                                         &e->host_re_cat)
            == NGX_OK)
        {
            e->host_re = 1;
        }
    }
}


/*
 * The entry of a host for a request's cache: from the worker's table, or
 * filled and kept there too.  The request's own fields start at 0.  The
 * table is 2-way: a request starts with an empty cache and looks each host
 * of its page up there once, so two hosts of one page in one slot would
 * push each other out on every request (measured: 2 fills a request on
 * the bench page, 3.4k Ir).  A new entry goes first, the first one moves
 * second, and the second one goes.
 */
static void
ngx_http_privacy_host_entry_get(ngx_http_privacy_main_conf_t *pmcf,
    u_char *host, size_t hlen, uint32_t hash, ngx_http_privacy_host_entry_t *e)
{
    ngx_uint_t                      i;
    ngx_http_privacy_host_entry_t  *w;

    w = NULL;

    if (pmcf->worker_hosts) {
        /* the 7 bits of the hash below the request's slot: a pair */
        w = &pmcf->worker_hosts[((hash >> 21) * 2)
                                % NGX_HTTP_PRIVACY_WORKER_HOSTS];

        for (i = 0; i < 2; i++) {
            if (w[i].used && w[i].len == hlen
                && ngx_memcmp(w[i].host, host, hlen) == 0)
            {
                *e = w[i];
                return;
            }
        }
    }

    ngx_http_privacy_host_entry_fill(pmcf, host, hlen, e);
    ngx_memcpy(e->host, host, hlen);
    e->len = hlen;
    e->used = 1;
    e->party = 0;
    e->listed = 0;

    if (w) {
        w[1] = w[0];
        w[0] = *e;
    }
}


/* "https://host/path" in work: the host is there already when lowercased */
static ngx_inline void
ngx_http_privacy_url_subject(u_char *work, u_char *host, size_t hlen,
    u_char *path, size_t rlen)
{
    ngx_memcpy(work, "https://", 8);

    if (host != work + 8) {
        ngx_memcpy(work + 8, host, hlen);
    }

    ngx_memcpy(work + 8 + hlen, path, rlen);
}


/*
 * The hash of a host (at most HOST_CACHE_LEN bytes, lowercase) for the
 * caches: its first and last 8 bytes and its length, mixed; two loads and
 * two multiplications, where ngx_hash_key() costs a step per byte.  Hosts
 * that differ only in their middle share a slot, which costs a refill.
 * Slots are taken from its top bits: every byte reaches those of a
 * product, only the first ones its low bits (with "% 16", every
 * "127.0.0.1:PORT" and "www.example.com", ".net", ".org" shared a slot).
 */
static ngx_inline uint32_t
ngx_http_privacy_host_hash(const u_char *host, size_t hlen)
{
    uint64_t  a, b;

    a = 0;
    b = 0;

    if (hlen >= 8) {
        ngx_memcpy(&a, host, 8);
        ngx_memcpy(&b, host + hlen - 8, 8);

    } else {
        ngx_memcpy(&a, host, hlen);
    }

    a = (a ^ hlen) * 0x9e3779b97f4a7c15ULL;
    b = (b ^ (a >> 29)) * 0xff51afd7ed558ccdULL;

    return (uint32_t) (b >> 32);
}


/*
 * The cached entry is that of host: compared 8 bytes a step, the last 8
 * first (the hosts of a page mostly differ at their end: "img.", "cdn.")
 */
static ngx_inline ngx_uint_t
ngx_http_privacy_host_is(const ngx_http_privacy_host_entry_t *c,
    const u_char *host, size_t hlen)
{
    size_t    i;
    uint64_t  a, b;

    if (!c->used || c->len != hlen || hlen > NGX_HTTP_PRIVACY_HOST_CACHE_LEN) {
        return 0;
    }

    if (hlen < 8) {
        return ngx_memcmp(c->host, host, hlen) == 0;
    }

    ngx_memcpy(&a, c->host + hlen - 8, 8);
    ngx_memcpy(&b, host + hlen - 8, 8);

    for (i = 0; a == b && i + 8 < hlen; i += 8) {
        ngx_memcpy(&a, c->host + i, 8);
        ngx_memcpy(&b, host + i, 8);
    }

    return a == b;
}


/*
 * The request's entry of a host (lowercase, at most HOST_CACHE_LEN bytes):
 * found in cache, or filled there from the worker's table or the rules
 */
ngx_http_privacy_host_entry_t *
ngx_http_privacy_host_cached(ngx_http_privacy_main_conf_t *pmcf, u_char *host,
    size_t hlen, ngx_http_privacy_host_cache_t *cache)
{
    uint32_t                        hash;
    ngx_uint_t                      k;
    ngx_http_privacy_host_entry_t  *e;

    hash = ngx_http_privacy_host_hash(host, hlen);
    k = (hash >> 28) % NGX_HTTP_PRIVACY_HOST_CACHE;
    e = &cache->e[k];

    if (!ngx_http_privacy_host_is(e, host, hlen)) {
        cache->fills++;
        cache->filled = k;
        ngx_http_privacy_host_entry_get(pmcf, host, hlen, hash, e);
    }

    return e;
}


/*
 * The category of a URL given as "//host/path" (scheme removed, host in any
 * case): the longest URL prefix of that host, then the host rules (the host
 * and its parent domains), then URL regexes (matched against
 * "https://host/path"), then host regexes.  NGX_DECLINED when none matches.
 * host_len: the length of "host[:port]", lowercase already (a URL that
 * privacy_url_parse() returned), or NGX_HTTP_PRIVACY_HOST_UNKNOWN (found
 * and lowercased here).  With a cache, what depends on the host alone is
 * looked up once per host, and *entry (when not NULL) is set to the host's
 * entry, or NULL.  A URL costs then the cache lookup, its prefixes and the
 * scan of its path for the URL regexes' literals; it is copied into work
 * only for a regex to run on it.
 */
ngx_int_t
ngx_http_privacy_url_category(ngx_http_privacy_main_conf_t *pmcf,
    u_char *url, size_t len, size_t host_len, u_char *work,
    ngx_http_privacy_host_cache_t *cache,
    ngx_http_privacy_host_entry_t **entry, privacy_mask_t *cat)
{
    u_char                         *host, *path;
    size_t                          hlen, ghlen, plen, rlen, i;
    uint64_t                        found;
    ngx_str_t                       s;
    ngx_uint_t                      k;
    ngx_array_t                    *group;
    ngx_http_privacy_rule_t        *rule;
    ngx_http_privacy_regex_set_t   *re;
    ngx_http_privacy_host_entry_t  *e, tmp;

    if (entry) {
        *entry = NULL;
    }

    if (len < 3 || url[0] != '/' || url[1] != '/') {
        return NGX_DECLINED;
    }

    /*
     * "work" has room for "https:" + len bytes: a host to lowercase goes
     * to work + 8, where the regex subject "https://host/path" needs it
     */

    if (host_len == NGX_HTTP_PRIVACY_HOST_UNKNOWN) {
        host = work + 8;
        hlen = privacy_url_host_copy(url + 2, len - 2, host, 0);

    } else {
        host = url + 2;
        hlen = host_len;
    }

    path = url + 2 + hlen;
    rlen = len - 2 - hlen;

    e = NULL;

    if (cache && hlen <= NGX_HTTP_PRIVACY_HOST_CACHE_LEN) {
        e = ngx_http_privacy_host_cached(pmcf, host, hlen, cache);

        if (entry) {
            *entry = e;
        }

    } else {
        e = &tmp;
        ngx_http_privacy_host_entry_fill(pmcf, host, hlen, e);
    }

    if (e->exempt) {
        *cat = PRIVACY_CAT_NECESSARY;
        return NGX_OK;
    }

    /* the rules of "//host[:port]", then those of the host name alone */
    group = e->group;
    ghlen = hlen;

    for (k = 0; k < 2; k++) {
        if (group) {
            rule = group->elts;

            for (i = 0; i < group->nelts; i++) {
                plen = rule[i].name.len - 2 - ghlen;

                if (plen <= rlen
                    && ngx_strncmp(path, rule[i].name.data + 2 + ghlen, plen)
                       == 0)
                {
                    *cat = rule[i].cat;
                    return NGX_OK;
                }
            }
        }

        group = e->plain_group;
        ghlen = e->plain_len;
    }

    if (e->host_rule) {
        *cat = e->cat;
        return NGX_OK;
    }

    re = &pmcf->url_regexes;

    if (re->lits && e->lits_memo) {
        found = privacy_litset_rest(re->lits, &e->lits, url, 2 + hlen, len);

        if (found || re->nrest) {
            ngx_http_privacy_url_subject(work, host, hlen, path, rlen);

            s.data = work;
            s.len = 8 + hlen + rlen;

            if (ngx_http_privacy_regex_run(re, &s, found, cat) == NGX_OK) {
                return NGX_OK;
            }
        }

    } else if (re->lits || re->nrest) {
        ngx_http_privacy_url_subject(work, host, hlen, path, rlen);

        s.data = work;
        s.len = 8 + hlen + rlen;

        if (ngx_http_privacy_regex_match(re, &s, cat) == NGX_OK) {
            return NGX_OK;
        }
    }

    if ((re->lits || re->nrest) && e->plain_off == 0 && e->plain_len
        && e->plain_len != hlen)
    {
        /* "https://host:8443/..." as "https://host/...": rules rarely
           name a port, and the browser contacts the host all the same */
        ngx_http_privacy_url_subject(work, host, e->plain_len, path,
                                     rlen);

        s.data = work;
        s.len = 8 + e->plain_len + rlen;

        if (ngx_http_privacy_regex_match(re, &s, cat) == NGX_OK) {
            return NGX_OK;
        }
    }

    if (e->host_re) {
        *cat = e->host_re_cat;
        return NGX_OK;
    }

    return NGX_DECLINED;
}
