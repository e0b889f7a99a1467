/*
 * privacy_html_entity.c: character references in attribute values.
 *
 * URLs are matched after decoding, so every reference that can spell an
 * ASCII URL character is decoded; the full named table (2231 names) is not
 * needed for that.  Rules follow the HTML5 "character reference state" in
 * an attribute value: numeric references with or without ";", the C1
 * remapping of &#128;..&#159;, and legacy names without ";" only when not
 * followed by "=" or an alphanumeric.
 */

#include <string.h>

#include "privacy_html.h"


typedef struct {
    const char  *name;
    const char  *utf8;
    unsigned     legacy;    /* may omit ";" */
} privacy_html_entity_t;

/* no name here is a prefix of another one of the same "legacy" kind */
static const privacy_html_entity_t  entities[] = {
    { "amp", "&", 1 }, { "AMP", "&", 1 },
    { "lt", "<", 1 }, { "LT", "<", 1 },
    { "gt", ">", 1 }, { "GT", ">", 1 },
    { "quot", "\"", 1 }, { "QUOT", "\"", 1 },
    { "nbsp", "\xc2\xa0", 1 },
    { "copy", "\xc2\xa9", 1 }, { "COPY", "\xc2\xa9", 1 },
    { "reg", "\xc2\xae", 1 }, { "REG", "\xc2\xae", 1 },
    { "shy", "\xc2\xad", 1 },
    { "apos", "'", 0 },
    { "sol", "/", 0 }, { "bsol", "\\", 0 },
    { "colon", ":", 0 }, { "semi", ";", 0 },
    { "period", ".", 0 }, { "comma", ",", 0 },
    { "quest", "?", 0 }, { "excl", "!", 0 },
    { "equals", "=", 0 }, { "num", "#", 0 },
    { "percnt", "%", 0 }, { "commat", "@", 0 },
    { "lowbar", "_", 0 }, { "UnderBar", "_", 0 },
    { "dollar", "$", 0 }, { "plus", "+", 0 },
    { "ast", "*", 0 }, { "midast", "*", 0 },
    { "lpar", "(", 0 }, { "rpar", ")", 0 },
    { "lsqb", "[", 0 }, { "rsqb", "]", 0 },
    { "lbrack", "[", 0 }, { "rbrack", "]", 0 },
    { "lcub", "{", 0 }, { "rcub", "}", 0 },
    { "lbrace", "{", 0 }, { "rbrace", "}", 0 },
    { "verbar", "|", 0 }, { "vert", "|", 0 }, { "VerticalLine", "|", 0 },
    { "grave", "`", 0 }, { "DiacriticalGrave", "`", 0 },
    { "Hat", "^", 0 }, { "tilde", "\xcb\x9c", 0 },
    { "Tab", "\t", 0 }, { "NewLine", "\n", 0 },
    { "hyphen", "\xe2\x80\x90", 0 }, { "dash", "\xe2\x80\x90", 0 }
};

/* windows-1252 meaning of &#128; .. &#159; (0: keep the code point) */
static const uint16_t  c1[32] = {
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};


static size_t
privacy_html_utf8(uint32_t cp, unsigned char *out)
{
    if (cp < 0x80) {
        out[0] = (unsigned char) cp;
        return 1;
    }

    if (cp < 0x800) {
        out[0] = (unsigned char) (0xc0 | (cp >> 6));
        out[1] = (unsigned char) (0x80 | (cp & 0x3f));
        return 2;
    }

    if (cp < 0x10000) {
        out[0] = (unsigned char) (0xe0 | (cp >> 12));
        out[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
        out[2] = (unsigned char) (0x80 | (cp & 0x3f));
        return 3;
    }

    out[0] = (unsigned char) (0xf0 | (cp >> 18));
    out[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3f));
    out[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3f));
    out[3] = (unsigned char) (0x80 | (cp & 0x3f));
    return 4;
}


/* &#...; at p[0]; returns bytes consumed (0: not a reference) */
static size_t
privacy_html_numeric(const unsigned char *p, size_t len, unsigned char *tmp,
    size_t *n)
{
    size_t         i, start;
    uint32_t       cp, d;
    unsigned       hex;
    unsigned char  c;

    i = 2;
    hex = 0;

    if (i < len && (p[i] | 0x20) == 'x') {
        hex = 1;
        i++;
    }

    start = i;
    cp = 0;

    for ( /* void */ ; i < len; i++) {
        c = p[i];

        if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
            d = (c | 0x20) - 'a' + 10;
        } else {
            break;
        }

        /* saturate above the Unicode range: no overflow on long input */
        if (cp <= 0x10ffff) {
            cp = cp * (hex ? 16 : 10) + d;
        }
    }

    if (i == start) {
        return 0;
    }

    if (i < len && p[i] == ';') {
        i++;
    }

    if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        cp = 0xfffd;

    } else if (cp >= 0x80 && cp <= 0x9f && c1[cp - 0x80]) {
        cp = c1[cp - 0x80];
    }

    *n = privacy_html_utf8(cp, tmp);

    return i;
}


/* &name; at p[0]; returns bytes consumed (0: left as it is) */
static size_t
privacy_html_named(const unsigned char *p, size_t len, const char **utf8)
{
    size_t                        e, nl;
    const privacy_html_entity_t  *ent;

    for (e = 0; e < sizeof(entities) / sizeof(entities[0]); e++) {
        ent = &entities[e];
        nl = strlen(ent->name);

        if (1 + nl > len || memcmp(p + 1, ent->name, nl) != 0) {
            continue;
        }

        *utf8 = ent->utf8;

        if (1 + nl < len && p[1 + nl] == ';') {
            return 1 + nl + 1;
        }

        if (!ent->legacy) {
            continue;
        }

        /* historical rule for attributes: "&amp=" or "&ampx" stay */
        if (1 + nl < len) {
            unsigned char  c = p[1 + nl];

            if (c == '=' || (c >= '0' && c <= '9')
                || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            {
                return 0;
            }
        }

        return 1 + nl;
    }

    return 0;
}


size_t
privacy_html_decode(const unsigned char *p, size_t len, unsigned char *out)
{
    size_t                i, o, n, used;
    const char           *utf8;
    const unsigned char  *amp;
    unsigned char         tmp[4];

    i = 0;
    o = 0;

    while (i < len) {
        amp = memchr(p + i, '&', len - i);
        n = amp ? (size_t) (amp - (p + i)) : len - i;

        /* out may be p: o <= i always, as no reference grows */
        memmove(out + o, p + i, n);
        o += n;
        i += n;

        if (i == len) {
            break;
        }

        used = 0;

        if (i + 1 < len && p[i + 1] == '#') {
            used = privacy_html_numeric(p + i, len - i, tmp, &n);
            if (used) {
                memcpy(out + o, tmp, n);
                o += n;
            }

        } else {
            used = privacy_html_named(p + i, len - i, &utf8);
            if (used) {
                n = strlen(utf8);
                memcpy(out + o, utf8, n);
                o += n;
            }
        }

        if (used == 0) {
            out[o++] = '&';
            used = 1;
        }

        i += used;
    }

    return o;
}
