/*
 * A strict RFC 8259 JSON validator with read-only accessors, for the two
 * consent cookies that hold JSON (Klaro, cookieconsent; §1.6).
 *
 * privacy_json_validate() accepts exactly RFC 8259 documents and, on top,
 * rejects what a gateway must not guess about: duplicate member names in
 * any object (compared after unescaping), nesting deeper than 16, strings
 * containing U+0000 or lone surrogates, and documents longer than
 * PRIVACY_JSON_MAX_LEN bytes.  It allocates nothing (its duplicate table
 * is a fixed ~24 KiB on the stack) and runs in one pass.
 *
 * The accessors walk a document that privacy_json_validate() accepted; on
 * anything else they stay in bounds but their answers are meaningless.
 */
#ifndef PRIVACY_JSON_H
#define PRIVACY_JSON_H

#include <stddef.h>
#include <stdint.h>

#define PRIVACY_JSON_MAX_LEN    4096
#define PRIVACY_JSON_MAX_DEPTH  16

typedef enum {
    PRIVACY_JSON_NONE = 0,
    PRIVACY_JSON_OBJECT,
    PRIVACY_JSON_ARRAY,
    PRIVACY_JSON_STRING,
    PRIVACY_JSON_NUMBER,
    PRIVACY_JSON_TRUE,
    PRIVACY_JSON_FALSE,
    PRIVACY_JSON_NULL
} privacy_json_type_e;

/* error codes of privacy_json_validate() */
#define PRIVACY_JSON_OK          0
#define PRIVACY_JSON_ESYNTAX    -1
#define PRIVACY_JSON_EDEPTH     -2
#define PRIVACY_JSON_EDUPKEY    -3
#define PRIVACY_JSON_ESTRING    -4     /* bad escape, control, UTF-8, NUL */
#define PRIVACY_JSON_ETOOLONG   -5

typedef struct {
    privacy_json_type_e   type;
    const unsigned char  *p;      /* first byte of the value */
    size_t                len;    /* strings include their quotes */
} privacy_json_value_t;

typedef struct {
    const unsigned char  *p;
    const unsigned char  *end;
    privacy_json_type_e   type;
} privacy_json_iter_t;

int privacy_json_validate(const unsigned char *p, size_t len,
    privacy_json_value_t *root);

/* iterates over the members of an object or the elements of an array */
void privacy_json_iter_init(privacy_json_iter_t *it,
    const privacy_json_value_t *container);

/*
 * Returns 1 with the next member, 0 at the end.  key may be NULL; for
 * arrays it is set to an empty value.
 */
int privacy_json_iter_next(privacy_json_iter_t *it,
    privacy_json_value_t *key, privacy_json_value_t *val);

/* finds a member by its unescaped name; returns 1 when found */
int privacy_json_member(const privacy_json_value_t *obj, const char *name,
    size_t nlen, privacy_json_value_t *val);

/* 1 when the string value, unescaped, equals (s, n) */
int privacy_json_str_eq(const privacy_json_value_t *str,
    const unsigned char *s, size_t n);

/* unescaped length of a string value */
size_t privacy_json_str_len(const privacy_json_value_t *str);

/*
 * Copies the unescaped string into buf; returns 0 and the length in *n, or
 * -1 when it does not fit in cap bytes.
 */
int privacy_json_str_copy(const privacy_json_value_t *str,
    unsigned char *buf, size_t cap, size_t *n);

/*
 * The body p[0 .. len) of a string (between its quotes) unescaped into
 * buf, cut at cap bytes; returns the length written.  Any bytes: an escape
 * that does not parse ends the string.
 */
size_t privacy_json_unescape(const unsigned char *p, size_t len,
    unsigned char *buf, size_t cap);

/* integer-valued number without fraction or exponent into *v; 0 or -1 */
int privacy_json_int(const privacy_json_value_t *num, int64_t *v);

#endif
