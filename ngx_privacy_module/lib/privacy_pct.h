/*
 * Strict percent-decoding of consent cookie values (§1.5) and the UTF-8
 * check it ends with.  Decoding happens exactly once, into a caller buffer
 * at least as long as the input (decoding never grows a value), and every
 * doubt is an error: a '%' not followed by two hex digits, bytes that are
 * not well-formed UTF-8, C0 controls or DEL in the decoded text.
 */
#ifndef PRIVACY_PCT_H
#define PRIVACY_PCT_H

#include <stddef.h>

/* application/x-www-form-urlencoded: '+' decodes to SP (OneTrust only) */
#define PRIVACY_PCT_FORM  0x01

/*
 * Decodes src into dst (dst may be NULL to validate only) and stores the
 * decoded length in *out.  Returns 0, or -1 when the value is invalid or
 * cap is smaller than len.
 */
int privacy_pct_decode(const unsigned char *src, size_t len,
    unsigned char *dst, size_t cap, unsigned flags, size_t *out);

/* the value of a hex digit, either case, or -1 */
static inline int
privacy_hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }

    c |= 0x20;

    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }

    return -1;
}

/* 1 when p is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF) */
int privacy_utf8_valid(const unsigned char *p, size_t len);

#endif
