/*
 * privacy_foreign.c: the text of an SVG <style> or <script>
 * (privacy_foreign.h), after HTML's tokenizer states for comments, bogus
 * comments, CDATA sections and tags.
 */

#include <string.h>

#include "privacy_foreign.h"
#include "privacy_html.h"


static int
foreign_alpha(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}


/* where s[0 .. n) first occurs at or after p[i], or len */
static size_t
foreign_find(const unsigned char *p, size_t i, size_t len, const char *s,
    size_t n)
{
    for ( /* void */ ; i + n <= len; i++) {
        if (memcmp(p + i, s, n) == 0) {
            return i;
        }
    }

    return len;
}


/* past s[0 .. n) at or after p[i], or len */
static size_t
foreign_past(const unsigned char *p, size_t i, size_t len, const char *s,
    size_t n)
{
    i = foreign_find(p, i, len, s, n);

    return (i == len) ? len : i + n;
}


/* the end of a comment whose "<!--" ends before p[i] */
static size_t
foreign_comment_end(const unsigned char *p, size_t i, size_t len)
{
    /* "<!-->" and "<!--->" end at once */
    if (i < len && p[i] == '>') {
        return i + 1;
    }

    if (i + 1 < len && p[i] == '-' && p[i + 1] == '>') {
        return i + 2;
    }

    /* else at the first "-->" or "--!>" (one pass: no quadratic search) */
    for ( /* void */ ; i + 2 < len; i++) {
        if (p[i] != '-' || p[i + 1] != '-') {
            continue;
        }

        if (p[i + 2] == '>') {
            return i + 3;
        }

        if (i + 3 < len && p[i + 2] == '!' && p[i + 3] == '>') {
            return i + 4;
        }
    }

    return len;
}


/* the end of a tag whose name starts at p[i]: past its ">", or len; *self:
 * it ends in "/>" */
static size_t
foreign_tag_end(const unsigned char *p, size_t i, size_t len, int *self)
{
    unsigned char  q;

    *self = 0;

    for ( /* void */ ; i < len; i++) {
        if (p[i] == '>') {
            *self = (p[i - 1] == '/');
            return i + 1;
        }

        /* a quoted value after "=" (blanks between) may hold ">" */
        if (p[i] == '=') {
            i++;

            while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n'
                               || p[i] == '\f' || p[i] == '\r'))
            {
                i++;
            }

            if (i < len && (p[i] == '"' || p[i] == '\'')) {
                q = p[i];
                i = foreign_find(p, i + 1, len, (const char *) &q, 1);
            } else {
                i--;
            }
        }
    }

    return len;
}


size_t
privacy_foreign_text(const unsigned char *p, size_t len, unsigned char *out,
    int all)
{
    int     self;
    size_t  i, o, e, depth;

    i = 0;
    o = 0;
    depth = 0;

    while (i < len) {

        if (p[i] != '<' || i + 1 == len) {
            if (all || depth == 0) {
                out[o++] = p[i];
            }

            i++;
            continue;
        }

        if (len - i >= 4 && memcmp(p + i, "<!--", 4) == 0) {
            i = foreign_comment_end(p, i + 4, len);
            continue;
        }

        if (len - i >= 9 && memcmp(p + i, "<![CDATA[", 9) == 0) {
            /* its text up to "]]>", or to the end of an unclosed one */
            e = foreign_find(p, i + 9, len, "]]>", 3);

            if (all || depth == 0) {
                memcpy(out + o, p + i + 9, e - (i + 9));
                o += e - (i + 9);
            }

            i = (e == len) ? len : e + 3;
            continue;
        }

        if (p[i + 1] == '!' || p[i + 1] == '?') {
            /* a bogus comment, up to ">" */
            i = foreign_past(p, i + 2, len, ">", 1);
            continue;
        }

        if (p[i + 1] == '/') {
            if (i + 2 < len && foreign_alpha(p[i + 2])) {
                i = foreign_tag_end(p, i + 2, len, &self);
                depth -= (depth > 0);

            } else {
                /* "</>" is dropped, "</" and another byte a bogus comment */
                i = foreign_past(p, i + 2, len, ">", 1);
            }

            continue;
        }

        if (foreign_alpha(p[i + 1])) {
            i = foreign_tag_end(p, i + 1, len, &self);
            depth += !self;
            continue;
        }

        if (all || depth == 0) {
            out[o++] = '<';
        }

        i++;
    }

    return privacy_html_decode(out, o, out);
}


int
privacy_foreign_plain(const unsigned char *p, size_t len)
{
    return memchr(p, '<', len) == NULL && memchr(p, '&', len) == NULL;
}
