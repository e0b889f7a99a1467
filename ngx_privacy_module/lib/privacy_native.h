/*
 * The module's own consent cookie (DESIGN.md, "The native consent cookie"):
 *
 *     1:<cats>:<time>:<rev>[:<id>][:<sig>]
 *
 * cats: category names joined by '.' ("" = only necessary); time: unix
 * seconds of the decision; rev: policy revision; id: the consent ID, a
 * random 128-bit value in 22 base64url characters (no padding); sig:
 * base64url (no padding) HMAC-SHA256 over everything before it, the id
 * included.  id and sig are told apart by their lengths (22, 43), so the
 * cookies written before the id existed parse as they always did.  The
 * parser is strict: anything that does not match exactly is invalid, and
 * invalid is never a grant.  The spare low bits of the last character of
 * id and sig must be zero, so each value has one spelling.
 */
#ifndef PRIVACY_NATIVE_H
#define PRIVACY_NATIVE_H

#include <stddef.h>

#define PRIVACY_NATIVE_MAX_LEN   4096
#define PRIVACY_NATIVE_SIG_LEN   43     /* 32 bytes in unpadded base64url */
#define PRIVACY_NATIVE_ID_LEN    22     /* 16 bytes in unpadded base64url */
#define PRIVACY_NATIVE_ID_RAW    16
#define PRIVACY_NATIVE_NAME_MAX  32

typedef struct {
    const unsigned char  *cats;
    size_t                cats_len;
    long long             time;
    unsigned long         rev;
    const unsigned char  *id;           /* NULL when the cookie has none */
    size_t                id_len;
    const unsigned char  *sig;          /* NULL when the cookie is unsigned */
    size_t                sig_len;
    size_t                signed_len;   /* bytes covered by the signature */
} privacy_native_t;

/* returns 0 and fills *n when the value parses exactly, -1 otherwise */
int privacy_native_parse(const unsigned char *p, size_t len,
    privacy_native_t *n);

/*
 * Iterates over the category names of a parsed value: *pos starts at 0;
 * returns 1 with the next name, 0 at the end.  privacy_native_parse() has
 * already checked the syntax, so names are never empty.
 */
int privacy_native_next_category(const privacy_native_t *n, size_t *pos,
    const unsigned char **name, size_t *name_len);

/*
 * The 16 random bytes of a consent ID as the cookie carries them: 22
 * base64url characters, no padding (written, not NUL-terminated).
 */
void privacy_native_id_encode(const unsigned char raw[PRIVACY_NATIVE_ID_RAW],
    unsigned char out[PRIVACY_NATIVE_ID_LEN]);

/* 1 for a valid category name: [a-z0-9_-], 1..PRIVACY_NATIVE_NAME_MAX */
int privacy_native_name_valid(const unsigned char *p, size_t len);

#endif
