/*
 * privacy_form.h: application/x-www-form-urlencoded bodies and queries, as
 * the consent endpoint receives them ("grant=analytics%2Cmarketing&return=
 * %2Fcart"): pairs split on "&" and "=", "+" and %XX decoded, and the
 * comma- or space-separated lists of category names in a value.
 *
 * No allocation, no nginx: spans of the caller's input, decoding into
 * caller memory (never longer than the input).
 */

#ifndef PRIVACY_FORM_H
#define PRIVACY_FORM_H

#include <stddef.h>


typedef struct {
    const unsigned char  *p;
    const unsigned char  *end;
} privacy_form_t;


void privacy_form_init(privacy_form_t *f, const unsigned char *p,
    size_t len);

/*
 * The next "key=value" pair, as raw (still encoded) spans; a part without
 * "=" is skipped, as browsers never send one.  Returns 1, or 0 at the end.
 */
int privacy_form_next(privacy_form_t *f, const unsigned char **key,
    size_t *klen, const unsigned char **val, size_t *vlen);

/*
 * Decodes "+" to a space and %XX (any case) to its byte into dst, which
 * has room for len bytes (it may be src itself); a "%" that starts no
 * escape stays.  Returns the decoded length.
 */
size_t privacy_form_decode(unsigned char *dst, const unsigned char *src,
    size_t len);

/*
 * The next name of a list separated by commas and spaces, from *p up to
 * end; *p moves past it.  Returns 1 with the name in *name, *n (never
 * empty), or 0 when only separators are left.
 */
int privacy_form_token(const unsigned char **p, const unsigned char *end,
    const unsigned char **name, size_t *n);

#endif /* PRIVACY_FORM_H */
