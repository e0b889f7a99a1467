/*
 * privacy_inline.c: URL references in inline script text (see the header).
 *
 * The search looks for the bytes "/" and "%" only (16 at a time with
 * SSE2), which every spelling of "//" starts with, and checks the few
 * bytes around each: a script of tens of KB costs about one compare per
 * byte plus a little per slash.
 */

#include <string.h>

#include "privacy_find.h"
#include "privacy_inline.h"


#define LC(c)        ((unsigned char) ((c) | 0x20))
#define IS_ALNUM(c)  (((c) >= '0' && (c) <= '9') || (LC(c) >= 'a'             \
                                                     && LC(c) <= 'z'))


void
privacy_inline_init(privacy_inline_t *it, const unsigned char *text,
    size_t len)
{
    it->text = text;
    it->len = len;
    it->pos = 0;
}


static int
hex(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }

    c = LC(c);

    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}


/* p[0 .. len) is s in ASCII, any case (s lowercase) */
static int
caseeq(const unsigned char *p, size_t len, const char *s)
{
    size_t  i;

    for (i = 0; i < len; i++) {
        if (LC(p[i]) != (unsigned char) s[i]) {
            return 0;
        }
    }

    return 1;
}


/*
 * One character of a URL inside script text, decoding the escapes of JS
 * strings and of percent-encoding: \/ \xHH \u00HH %HH.  Returns the number
 * of bytes it took (0 at a character that ends the URL) and the character.
 */
static size_t
decode_char(const unsigned char *p, size_t len, unsigned char *c)
{
    int  h, l;

    if (len == 0) {
        return 0;
    }

    switch (p[0]) {

    case '\\':
        if (len >= 2 && p[1] == '/') {
            *c = '/';
            return 2;
        }

        if (len >= 4 && p[1] == 'x' && (h = hex(p[2])) >= 0
            && (l = hex(p[3])) >= 0)
        {
            *c = (unsigned char) (h << 4 | l);
            return 4;
        }

        if (len >= 6 && p[1] == 'u' && p[2] == '0' && p[3] == '0'
            && (h = hex(p[4])) >= 0 && (l = hex(p[5])) >= 0)
        {
            *c = (unsigned char) (h << 4 | l);
            return 6;
        }

        /* \" \' \n ...: the string (and the URL) ends here */
        return 0;

    case '%':
        if (len >= 3 && (h = hex(p[1])) >= 0 && (l = hex(p[2])) >= 0) {
            *c = (unsigned char) (h << 4 | l);
            return 3;
        }

        *c = '%';
        return 1;

    case '"': case '\'': case '`': case '<': case '>':
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\0':
        return 0;

    default:
        *c = p[0];
        return 1;
    }
}


/* the character decoded ends the URL too (an escaped quote, a space) */
static int
url_end(unsigned char c)
{
    return c == '"' || c == '\'' || c == '`' || c == '<' || c == '>'
           || c <= ' ';
}


/*
 * Is there a "//" at i, in one of the spellings?  Sets *start to its first
 * byte and returns the offset after it, or 0.
 */
static size_t
slashes_at(const unsigned char *t, size_t len, size_t i, size_t *start)
{
    if (t[i] == '/') {
        if (i + 1 < len && t[i + 1] == '/') {
            *start = i;
            return i + 2;
        }

        /* \/\/ seen at its first "/" */
        if (i >= 1 && t[i - 1] == '\\' && i + 2 < len && t[i + 1] == '\\'
            && t[i + 2] == '/')
        {
            *start = i - 1;
            return i + 3;
        }

        return 0;
    }

    /* "%": %2F%2F */
    if (i + 5 < len && t[i + 1] == '2' && LC(t[i + 2]) == 'f'
        && t[i + 3] == '%' && t[i + 4] == '2' && LC(t[i + 5]) == 'f')
    {
        *start = i;
        return i + 6;
    }

    return 0;
}


/*
 * Whether the URL starting at t[i] starts a string or an attribute value:
 * right after a quote, a backtick, "=" or "(", also percent-encoded (%22
 * %27 %3D %28) inside unescape("...").  A URL in the middle of a sentence
 * or of a comment ("// see https://...") is not loaded from.
 */
static int
value_start(const unsigned char *t, size_t i)
{
    unsigned char  c;

    if (i == 0) {
        return 0;
    }

    c = t[i - 1];

    if (c == '"' || c == '\'' || c == '`' || c == '=' || c == '(') {
        return 1;
    }

    if (i >= 3 && t[i - 3] == '%') {
        c = LC(t[i - 1]);

        return (t[i - 2] == '2' && (c == '2' || c == '7' || c == '8'))
               || (t[i - 2] == '3' && c == 'd');
    }

    return 0;
}


/*
 * What precedes the "//" at start makes it a URL: "http:" or "https:" (any
 * case, also "http%3A") at the start of a value, or the start of a value
 * itself (scheme-relative).
 */
static int
url_prefix(const unsigned char *t, size_t start)
{
    unsigned char  c;

    if (start == 0) {
        return 0;
    }

    if (value_start(t, start)) {
        return 1;
    }

    c = t[start - 1];

    if (c == ':') {
        return (start >= 5 && caseeq(t + start - 5, 4, "http")
                && value_start(t, start - 5))
               || (start >= 6 && caseeq(t + start - 6, 5, "https")
                   && value_start(t, start - 6));
    }

    if (start >= 7 && t[start - 3] == '%' && t[start - 2] == '3'
        && LC(c) == 'a')
    {
        return (caseeq(t + start - 7, 4, "http") && value_start(t, start - 7))
               || (start >= 8 && caseeq(t + start - 8, 5, "https")
                   && value_start(t, start - 8));
    }

    return 0;
}


/* IS_ALNUM(c) || c is "-", "." or "_": bits of two masks below 0x80 */
#define IS_HOSTCHAR(c)                                                        \
    ((c) < 0x80                                                               \
     && (((c) < 0x40 ? 0x03ff600000000000ULL >> (c)                           \
                     : 0x07fffffe87fffffeULL >> ((c) - 0x40)) & 1))


#if defined(PRIVACY_FIND_SSE2)

/* the bytes of v that are letters: only they have v | 0x20 in "a" .. "z" */
PRIVACY_INLINE __m128i
letter_bytes(__m128i v)
{
    __m128i  lc;

    lc = _mm_or_si128(v, _mm_set1_epi8(0x20));

    return _mm_and_si128(_mm_cmpgt_epi8(lc, _mm_set1_epi8(0x60)),
                         _mm_cmplt_epi8(lc, _mm_set1_epi8(0x7b)));
}


/* the bytes of v that are IS_HOSTCHAR (letters, digits, "-", "." and "_") */
PRIVACY_INLINE __m128i
host_bytes(__m128i v)
{
    __m128i  m;

    /* "-" "." "/" and digits, less "/" */
    m = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x2c)),
                      _mm_cmplt_epi8(v, _mm_set1_epi8(0x3a)));
    m = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('/')), m);
    m = _mm_or_si128(m, letter_bytes(v));

    return _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('_')));
}


/* how many of the 16 bytes of a mask end with set bytes: 0 .. 16 */
PRIVACY_INLINE size_t
run_back(__m128i mask)
{
    unsigned  m;

    m = ~(unsigned) _mm_movemask_epi8(mask) & 0xffff;

    return m ? (size_t) __builtin_clz(m) - 16 : 16;
}

#endif


/*
 * A host name written without a scheme at the start of a string, right
 * before the "/" at i ('edge.fullstory.com/s/fs.js', "a.example.com\/x"):
 * returns where it starts, or i.  It needs a dot and a last label of two
 * letters or more, so that '1.5/2' and 'a.b/c' paths are not hosts.
 */
static size_t
bare_host(const unsigned char *t, size_t i)
{
    size_t  end, h, k;

    end = (i > 0 && t[i - 1] == '\\') ? i - 1 : i;

    /*
     * The last label first, letters after a dot: most "/" of a script
     * (paths, base64) are refused here, before the whole token is read
     */
    k = end;

#if defined(PRIVACY_FIND_SSE2)
    if (k >= 16) {
        /* all 16: the loop goes on */
        k -= run_back(letter_bytes(_mm_loadu_si128(
                          (const __m128i *) (const void *) (t + k - 16))));
    }
#endif

    for ( /* void */ ; k > 0 && LC(t[k - 1]) >= 'a' && LC(t[k - 1]) <= 'z';
         k--)
    {
        /* void */
    }

    if (end - k < 2 || k == 0 || t[k - 1] != '.') {
        return i;
    }

    h = k - 1;

#if defined(PRIVACY_FIND_SSE2)
    /* back 16 at a time to the last byte that is not a host byte */
    while (h >= 16) {
        k = run_back(host_bytes(_mm_loadu_si128(
                         (const __m128i *) (const void *) (t + h - 16))));
        h -= k;

        if (k < 16) {
            break;
        }
    }
#endif

    while (h > 0 && IS_HOSTCHAR(t[h - 1])) {
        h--;
    }

    if (h == 0 || !(t[h - 1] == '"' || t[h - 1] == '\'' || t[h - 1] == '`')
        || t[h] == '.')
    {
        return i;
    }

    return h;
}


/*
 * A byte of a path or query that decode_char() returns as it is and that
 * does not end the URL: above " " but for " # % ' < > \ `, bits of two
 * masks below 0x80.
 */
#define URL_PLAIN(c)                                                          \
    ((c) >= 0x80                                                              \
     || (((c) < 0x40 ? 0xafffff5200000000ULL >> (c)                           \
                     : 0xfffffffeefffffffULL >> ((c) - 0x40)) & 1))


#if defined(PRIVACY_FIND_SSE2)

/* the bytes of v that are not URL_PLAIN */
static unsigned
url_stops(__m128i v)
{
    __m128i  m;

    /* below "!" but not 0x80 and above (negative here) */
    m = _mm_andnot_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(0x21)));

    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('#')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('%')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('<')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('>')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));

    return (unsigned) _mm_movemask_epi8(m);
}

#endif


/*
 * Reads the host and the rest of the URL after "//" at t[i ..] into out;
 * returns the length written, or 0 when what follows is not a host.
 */
static size_t
read_url(const unsigned char *t, size_t len, size_t i, unsigned char *out,
    size_t size)
{
    size_t         n, k, host, dots;
    unsigned char  c;

    out[0] = '/';
    out[1] = '/';
    n = 2;
    host = 2;
    dots = 0;

    /* the authority: host characters, userinfo "@", a port */

    for ( ;; ) {
        /* the bytes that stand for themselves, without a call each */

#if defined(PRIVACY_FIND_SSE2)
        /* 16 at a time: host bytes, ":" and bytes >= 0x80 (negative) */
        while (len - i >= 16 && size - n >= 16) {
            __m128i   v;
            unsigned  m, r;

            v = _mm_loadu_si128((const __m128i *) (const void *) (t + i));
            m = ~(unsigned) _mm_movemask_epi8(_mm_or_si128(
                    _mm_or_si128(host_bytes(v),
                                 _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))),
                    _mm_cmplt_epi8(v, _mm_setzero_si128()))) & 0xffff;
            _mm_storeu_si128((__m128i *) (void *) (out + n), v);

            r = m ? (unsigned) __builtin_ctz(m) : 16;
            /* only whether there is one matters */
            dots += ((unsigned) _mm_movemask_epi8(
                         _mm_cmpeq_epi8(v, _mm_set1_epi8('.')))
                     & ((1u << r) - 1)) != 0;
            i += r;
            n += r;

            if (m) {
                break;
            }
        }
#endif

        while (i < len
               && (IS_HOSTCHAR(t[i]) || t[i] == ':' || t[i] >= 0x80))
        {
            dots += (t[i] == '.');

            if (n < size) {
                out[n++] = t[i];
            }

            i++;
        }

        k = decode_char(t + i, len - i, &c);

        if (k == 0 || url_end(c) || c == '/' || c == '?' || c == '#'
            || c == '\\')
        {
            break;
        }

        if (c == '@') {
            /* userinfo: the host starts after the last "@" */
            n = 2;
            host = 2;
            dots = 0;
            i += k;
            continue;
        }

        if (!(IS_ALNUM(c) || c == '-' || c == '.' || c == '_' || c == ':'
              || c >= 0x80))
        {
            return 0;
        }

        if (c == '.') {
            dots++;
        }

        if (n < size) {
            out[n++] = c;
        }

        i += k;
    }

    /* at least "a.b", neither starting nor ending with a dot */
    if (dots == 0 || n - host < 3 || out[host] == '.' || out[n - 1] == '.') {
        return 0;
    }

    /* the path and query, decoded, up to the end of the string */

    for ( ;; ) {
        /* the bytes that stand for themselves (URL_PLAIN), a run at once */

#if defined(PRIVACY_FIND_SSE2)
        while (len - i >= 16 && size - n >= 16) {
            __m128i   v;
            unsigned  m;

            v = _mm_loadu_si128((const __m128i *) (const void *) (t + i));
            m = url_stops(v);
            _mm_storeu_si128((__m128i *) (void *) (out + n), v);

            if (m) {
                i += (size_t) __builtin_ctz(m);
                n += (size_t) __builtin_ctz(m);
                break;
            }

            i += 16;
            n += 16;
        }
#endif

        while (i < len && URL_PLAIN(t[i])) {
            if (n < size) {
                out[n++] = t[i];
            }

            i++;
        }

        k = decode_char(t + i, len - i, &c);

        if (k == 0 || url_end(c) || c == '#') {
            break;
        }

        if (n < size) {
            out[n++] = (c == '\\') ? '/' : c;
        }

        i += k;
    }

    return n;
}


size_t
privacy_inline_next(privacy_inline_t *it, unsigned char *out, size_t size)
{
    size_t                i, start, after, n;
    const unsigned char  *t;

    t = it->text;
    i = it->pos;

    while (i < it->len) {

#if defined(PRIVACY_FIND_SSE2)
        {
            unsigned  m;
            __m128i   v;

            /* skip 16 bytes at a time without "/" or "%" */

            while (it->len - i >= 16) {
                v = _mm_loadu_si128((const __m128i *) (const void *) (t + i));
                m = (unsigned) _mm_movemask_epi8(_mm_or_si128(
                        _mm_cmpeq_epi8(v, _mm_set1_epi8('/')),
                        _mm_cmpeq_epi8(v, _mm_set1_epi8('%'))));
                if (m) {
                    i += (size_t) __builtin_ctz(m);
                    goto found;
                }
                i += 16;
            }
        }
#endif

        while (i < it->len && t[i] != '/' && t[i] != '%') {
            i++;
        }

        if (i == it->len) {
            break;
        }

#if defined(PRIVACY_FIND_SSE2)
    found:
#endif

        after = slashes_at(t, it->len, i, &start);

        if (after == 0) {
            /* a host without a scheme: 'edge.fullstory.com/s/fs.js' */

            start = (t[i] == '/') ? bare_host(t, i) : i;

            if (start == i || (n = read_url(t, it->len, start, out, size))
                              == 0)
            {
                i++;
                continue;
            }

            it->pos = i + 1;
            return n;
        }

        if (!url_prefix(t, start)) {
            i++;
            continue;
        }

        n = read_url(t, it->len, after, out, size);

        /* go on after the "//" whatever it was: URLs do not nest */
        i = after;

        if (n) {
            it->pos = i;
            return n;
        }
    }

    it->pos = it->len;

    return 0;
}


/*
 * Constructs that make the browser fetch: creating an element (script,
 * img, iframe are inserted that way), setting a src, writing markup,
 * pinging.  A script with none of them cannot load what it mentions.
 * ".src" is spelled with what follows it, so that the shortest literal has
 * 5 bytes (a sampling stride of 2: see privacy_multilit.h).
 */
static const char  *privacy_inline_constructs_list[] = {
    "createElement", ".src=", ".src =", "document.write", "new Image",
    "sendBeacon", "fetch(", "XMLHttpRequest", "import(", "importScripts",
    "innerHTML", "insertAdjacentHTML", NULL
};


int
privacy_inline_constructs(privacy_multilit_t *set)
{
    size_t                lens[PRIVACY_MULTILIT_MAX];
    unsigned              n;
    const unsigned char  *lits[PRIVACY_MULTILIT_MAX];

    for (n = 0; privacy_inline_constructs_list[n]; n++) {
        lits[n] = (const unsigned char *) privacy_inline_constructs_list[n];
        lens[n] = strlen(privacy_inline_constructs_list[n]);
    }

    /* the list is not empty: cppcheck 2.17 (Debian 13) thinks it may be */
    /* cppcheck-suppress uninitvar */
    return privacy_multilit_init(set, lits, lens, n);
}


int
privacy_inline_fetches(const privacy_multilit_t *constructs,
    const unsigned char *text, size_t len)
{
    return privacy_multilit_any(constructs, text, len);
}


int
privacy_inline_module_imports(const unsigned char *text, size_t len)
{
    return privacy_find_str(text, len, (const unsigned char *) "import", 6)
           || privacy_find_str(text, len, (const unsigned char *) "export", 6);
}


int
privacy_inline_js_type(const unsigned char *type, size_t type_len,
    const unsigned char *language, size_t language_len)
{
    size_t  i, n;

    static const char  *essences[] = {
        "application/ecmascript", "application/javascript",
        "application/x-ecmascript", "application/x-javascript",
        "text/ecmascript", "text/javascript", "text/javascript1.0",
        "text/javascript1.1", "text/javascript1.2", "text/javascript1.3",
        "text/javascript1.4", "text/javascript1.5", "text/jscript",
        "text/livescript", "text/x-ecmascript", "text/x-javascript",
        NULL
    };

    if (type == NULL) {
        if (language == NULL || language_len == 0) {
            return 1;
        }

        /* the type string is "text/" + language */
        for (i = 0; essences[i]; i++) {
            n = strlen(essences[i]);

            if (n == 5 + language_len && memcmp(essences[i], "text/", 5) == 0
                && caseeq(language, language_len, essences[i] + 5))
            {
                return 1;
            }
        }

        return 0;
    }

    /* leading and trailing ASCII whitespace is stripped */

    while (type_len && (type[0] == ' ' || type[0] == '\t' || type[0] == '\n'
                        || type[0] == '\r' || type[0] == '\f'))
    {
        type++;
        type_len--;
    }

    while (type_len && (type[type_len - 1] == ' '
                        || type[type_len - 1] == '\t'
                        || type[type_len - 1] == '\n'
                        || type[type_len - 1] == '\r'
                        || type[type_len - 1] == '\f'))
    {
        type_len--;
    }

    if (type_len == 0) {
        return 1;
    }

    if (type_len == 16 && caseeq(type, type_len, "speculationrules")) {
        return PRIVACY_INLINE_RULES;
    }

    if (type_len == 6 && caseeq(type, type_len, "module")) {
        return PRIVACY_INLINE_MODULE;
    }

    if (type_len == 9 && caseeq(type, type_len, "importmap")) {
        return PRIVACY_INLINE_IMPORTMAP;
    }

    for (i = 0; essences[i]; i++) {
        if (strlen(essences[i]) == type_len
            && caseeq(type, type_len, essences[i]))
        {
            return 1;
        }
    }

    return 0;
}
