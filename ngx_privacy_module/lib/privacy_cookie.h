/*
 * Cookie and Set-Cookie parsing without nginx (RFC 6265 as browsers send it;
 * spec/consent-signals.md section 1 for the request side).
 *
 * Everything works on views into the caller's bytes: nothing is copied,
 * nothing is allocated, every function is linear in the input length.
 */
#ifndef PRIVACY_COOKIE_H
#define PRIVACY_COOKIE_H

#include <stddef.h>

typedef struct {
    const unsigned char  *name;
    size_t                name_len;
    const unsigned char  *value;      /* surrounding quotes removed */
    size_t                value_len;
    const unsigned char  *start;      /* the "name=value" piece, untrimmed */
    const unsigned char  *end;        /* one past it: at ';' or the end */
} privacy_cookie_t;

/*
 * Iterates over the pieces of a Cookie header value.  *pos starts at 0 and is
 * advanced past each piece; returns 1 with *c filled for the next piece that
 * has a name and a '=', 0 at the end.  Pieces without '=' or with an empty
 * name are skipped (they are still part of the original bytes).
 */
int privacy_cookie_next(const unsigned char *p, size_t len, size_t *pos,
    privacy_cookie_t *c);

/* 1 when the name is an RFC 6265 token (safe to echo into a header) */
int privacy_cookie_name_is_token(const unsigned char *name, size_t len);

typedef struct {
    const unsigned char  *name;
    size_t                name_len;
    const unsigned char  *value;
    size_t                value_len;
    const unsigned char  *expires;    /* value of the Expires attribute */
    size_t                expires_len;
    long long             max_age;    /* valid when has_max_age */
    unsigned              has_max_age:1;
    unsigned              has_expires:1;
} privacy_set_cookie_t;

/*
 * Only the cookie name of a Set-Cookie header value: enough to classify it,
 * without reading the attributes.  Returns 0 when there is no "name=" part.
 */
int privacy_set_cookie_name(const unsigned char *p, size_t len,
    const unsigned char **name, size_t *name_len);

/*
 * Parses a Set-Cookie header value: the name and value of the cookie and the
 * attributes that can make it a deletion (Max-Age, Expires; the last one of
 * each wins, as in RFC 6265 5.3).  Returns 0 when there is no "name=" part,
 * in which case browsers ignore the header.  A Max-Age that is not a
 * (possibly negative) decimal number is ignored, as browsers do.
 */
int privacy_set_cookie_parse(const unsigned char *p, size_t len,
    privacy_set_cookie_t *sc);

/*
 * Only the Max-Age and Expires fields of sc (has_max_age, max_age,
 * has_expires, expires, expires_len), from p[0 .. len): a Set-Cookie value
 * or any tail of it that starts before the first ";" of its attributes.
 * For a cookie already known to have a name.
 */
void privacy_set_cookie_expiry(const unsigned char *p, size_t len,
    privacy_set_cookie_t *sc);

/* what privacy_set_cookie_lifetime() tells */
#define PRIVACY_SC_KEEPS    0   /* a valid Max-Age > 0, or no expiry at all */
#define PRIVACY_SC_DELETES  1   /* a valid Max-Age <= 0 */
#define PRIVACY_SC_EXPIRES  2   /* no valid Max-Age, an Expires: *expires */

/*
 * Whether a Set-Cookie deletes its cookie, as far as its bytes tell, from
 * the same p[0 .. len) as privacy_set_cookie_expiry() and with its rules:
 * the last valid Max-Age decides; without one the last Expires does, whose
 * value is returned for the caller to compare with its clock.  The
 * attributes are read from the last one back, up to a valid Max-Age.
 */
int privacy_set_cookie_lifetime(const unsigned char *p, size_t len,
    const unsigned char **expires, size_t *expires_len);

#endif
