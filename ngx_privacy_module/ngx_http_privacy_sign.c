/*
 * The signature of the native consent cookie (privacy_consent_secret):
 * HMAC-SHA256 keys read at configuration time, signing (the endpoint) and
 * verifying in constant time (the consent cookie reader).
 */
#include "ngx_http_privacy_sign.h"
#include "ngx_http_privacy_util.h"
#include "privacy_native.h"

#if (NGX_OPENSSL)
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#endif


#define NGX_HTTP_PRIVACY_KEY_MIN            16
#define NGX_HTTP_PRIVACY_KEY_MAX            4096


/*
 * privacy_consent_secret FILE ...: HMAC-SHA256 keys, read now.  The first
 * signs, any verifies (rotation: list the new key first, keep the old one
 * until the cookies it signed have expired).  A relative path is taken from
 * the configuration directory, like ssl_certificate; one trailing newline
 * (LF or CRLF) is not part of the key.
 */
char *
ngx_http_privacy_consent_secret(ngx_conf_t *cf, ngx_command_t *cmd,
    void *conf)
{
#if (NGX_OPENSSL)
    ngx_http_privacy_loc_conf_t *plcf = conf;

    ngx_str_t   *value, path, *key;
    ngx_uint_t   i;

    if (plcf->consent_secrets != NGX_CONF_UNSET_PTR) {
        return "is duplicate";
    }

    plcf->consent_secrets = ngx_array_create(cf->pool, cf->args->nelts - 1,
                                             sizeof(ngx_str_t));
    if (plcf->consent_secrets == NULL) {
        return NGX_CONF_ERROR;
    }

    value = cf->args->elts;

    for (i = 1; i < cf->args->nelts; i++) {
        path = value[i];

        key = ngx_array_push(plcf->consent_secrets);
        if (key == NULL) {
            return NGX_CONF_ERROR;
        }

        if (ngx_http_privacy_conf_read_file(cf, &path, 1,
                                            NGX_HTTP_PRIVACY_KEY_MAX, key)
            != NGX_CONF_OK)
        {
            return NGX_CONF_ERROR;
        }

        if (key->len && key->data[key->len - 1] == LF) {
            key->len--;

            if (key->len && key->data[key->len - 1] == CR) {
                key->len--;
            }
        }

        if (key->len == 0) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "privacy_consent_secret \"%V\" is empty",
                               &path);
            return NGX_CONF_ERROR;
        }

        if (key->len < NGX_HTTP_PRIVACY_KEY_MIN) {
            ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                               "privacy_consent_secret \"%V\" is too short: "
                               "%uz bytes, at least %ui", &path, key->len,
                               (ngx_uint_t) NGX_HTTP_PRIVACY_KEY_MIN);
            return NGX_CONF_ERROR;
        }
    }

    return NGX_CONF_OK;

#else

    ngx_conf_log_error(NGX_LOG_EMERG, cf, 0,
                       "privacy_consent_secret needs nginx built with "
                       "OpenSSL (--with-http_ssl_module)");
    return NGX_CONF_ERROR;

#endif
}


#if (NGX_OPENSSL)

/* base64url (43 characters) of HMAC-SHA256(key, data) */
ngx_int_t
ngx_http_privacy_sign(ngx_str_t *key, u_char *data, size_t len, u_char *out)
{
    u_char        md[EVP_MAX_MD_SIZE];
    ngx_str_t     src, dst;
    unsigned int  mdlen;

    if (HMAC(EVP_sha256(), key->data, (int) key->len, data, len, md, &mdlen)
        == NULL
        || mdlen != 32)
    {
        return NGX_ERROR;
    }

    src.data = md;
    src.len = 32;
    dst.data = out;

    ngx_encode_base64url(&dst, &src);

    return (dst.len == PRIVACY_NATIVE_SIG_LEN) ? NGX_OK : NGX_ERROR;
}

#endif


/*
 * With privacy_consent_secret: 1 when sig signs data under one of the keys
 * (compared in constant time), 0 for an unsigned or badly signed value.
 */
ngx_int_t
ngx_http_privacy_signature_ok(ngx_http_request_t *r,
    ngx_http_privacy_loc_conf_t *plcf, u_char *data, size_t len,
    const u_char *sig, size_t sig_len)
{
#if (NGX_OPENSSL)
    ngx_str_t   *keys;
    ngx_uint_t   i;
    u_char       mac[PRIVACY_NATIVE_SIG_LEN + 2];

    if (sig == NULL || sig_len != PRIVACY_NATIVE_SIG_LEN) {
        ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                      "privacy: unsigned consent cookie while "
                      "privacy_consent_secret is set");
        return 0;
    }

    keys = plcf->consent_secrets->elts;

    for (i = 0; i < plcf->consent_secrets->nelts; i++) {
        if (ngx_http_privacy_sign(&keys[i], data, len, mac) == NGX_OK
            && CRYPTO_memcmp(mac, sig, PRIVACY_NATIVE_SIG_LEN) == 0)
        {
            return 1;
        }
    }

    ngx_log_error(NGX_LOG_INFO, r->connection->log, 0,
                  "privacy: consent cookie signature does not verify");
#endif

    return 0;
}


/*
 * A consent record's ID: 128 random bits (OpenSSL's RAND_bytes, the
 * system's generator; without OpenSSL, ngx_random(), which is unique
 * enough for a record but guessable), base64url-encoded
 */
ngx_int_t
ngx_http_privacy_consent_id(u_char *out)
{
    unsigned char  raw[PRIVACY_NATIVE_ID_RAW];

#if (NGX_OPENSSL)

    if (RAND_bytes(raw, sizeof(raw)) != 1) {
        return NGX_ERROR;
    }

#else
    ngx_uint_t  i;

    for (i = 0; i < sizeof(raw); i++) {
        raw[i] = (unsigned char) ngx_random();
    }

#endif

    privacy_native_id_encode(raw, out);

    return NGX_OK;
}
