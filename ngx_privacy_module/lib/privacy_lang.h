/*
 * privacy_lang.h: which of the site's languages to serve, from the
 * visitor's Accept-Language (RFC 9110 §12.5.4, RFC 4647).
 *
 *     Accept-Language = #( language-range [ OWS ";" OWS "q=" qvalue ] )
 *     language-range  = 1*8ALPHA *( "-" 1*8alphanum ) / "*"
 *     qvalue          = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3"0" ] )
 *
 * The rule (case-insensitive throughout):
 *
 *   - a range matches a tag by RFC 4647 basic filtering: the range equals
 *     the tag, or is a prefix of it ending at a "-" ("zh" matches "zh" and
 *     "zh-TW");
 *   - a tag takes the q of the most specific range that matches it (the
 *     longest; of equal ones the first in the header), so "zh;q=0, zh-TW"
 *     keeps zh-TW and "zh-TW;q=0, zh" drops it;
 *   - a tag no range matches may still be reached by truncation (RFC 4647
 *     lookup): the ranges "zh-CN" and "zh-Hans-CN" reach the tag "zh",
 *     never "zh-TW", with the best q of such ranges, so a visitor asking
 *     for zh-CN reads zh rather than the fallback; a q=0 there excludes
 *     only the longer tag it names, not the one it truncates to;
 *   - "*" matches every tag that neither of the above reaches ("*, en;q=0"
 *     excludes en, and "*" alone picks the first tag);
 *   - q=0 means not acceptable;
 *   - the best tag has the highest q; of equal q, the one whose range
 *     comes first in the header; then an exact match before a prefix
 *     match before a truncation (the longer tag first); then the order of
 *     the tags.
 *
 * An element that does not follow the grammar (a bad range, "q=1.5",
 * "q=0.1234", "q=x", another parameter) is ignored as if absent.  Only the
 * first PRIVACY_LANG_MAX_RANGES non-empty elements are read and a range
 * longer than PRIVACY_LANG_MAX_RANGE is ignored, so the work is bounded
 * by ntags times min(len, those limits) whatever the header holds.
 *
 * No allocation, no nginx.
 */

#ifndef PRIVACY_LANG_H
#define PRIVACY_LANG_H

#include <stddef.h>


#define PRIVACY_LANG_MAX_RANGES  64
#define PRIVACY_LANG_MAX_RANGE   64


typedef struct {
    const unsigned char  *data;
    size_t                len;
} privacy_lang_tag_t;


/*
 * The index in tags[0 .. ntags) of the best language for the header value
 * p[0 .. len) (several header lines may be joined with ","), or -1 when no
 * tag is acceptable (the caller then serves its first).
 */
int privacy_lang_choose(const unsigned char *p, size_t len,
    const privacy_lang_tag_t *tags, size_t ntags);

/*
 * 1 when p[0 .. len) is a language tag fit for the list of tags (the
 * range grammar without "*", at most PRIVACY_LANG_MAX_RANGE long): for
 * checking configuration.
 */
int privacy_lang_tag_valid(const unsigned char *p, size_t len);

#endif /* PRIVACY_LANG_H */
