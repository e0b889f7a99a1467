/*
 * test_importmap.c: the strings in value position of an import map
 * (privacy_importmap_next) and the map with the condemned ones made ""
 * (privacy_importmap_inert): keys are told by the ':' after them (JSON's
 * blanks between), escapes neither end a string nor hide a tracker, the
 * judge sees the address unescaped and cut at url_size, and the text never
 * grows, copied or in place.
 */

#include "unit.h"
#include "privacy_importmap.h"


#define CANARY  0xa5
#define SLACK   8
#define ANY     ((size_t) -1)       /* any count of condemned strings */


/* the spans of the strings in value position, "|" between */
static void
spans(const char *text, char *got, size_t size)
{
    size_t               s, e, last, len, o, count;
    privacy_importmap_t  it;

    len = strlen(text);
    last = 0;
    o = 0;
    count = 0;
    got[0] = '\0';

    privacy_importmap_init(&it, (const unsigned char *) text, len);

    while (privacy_importmap_next(&it, &s, &e)) {
        UNIT_CHECK(s >= last && s < e && e <= len && text[s] == '"'
                   && (e == len || text[e - 1] == '"'),
                   "[%s]: span %zu..%zu after %zu", text, s, e, last);
        UNIT_CHECK((it.close < len && it.close == e - 1)
                   || (it.close == len && e == len),
                   "[%s]: close %zu for %zu..%zu", text, it.close, s, e);

        last = e;

        if (++count > len) {
            UNIT_CHECK(0, "[%s]: no end", text);
            break;
        }

        o += (size_t) snprintf(got + o, size - o, "%s%.*s", o ? "|" : "",
                               (int) (e - s), text + s);
        if (o >= size) {
            break;
        }
    }

    /* at its end the search stays there */
    UNIT_CHECK(privacy_importmap_next(&it, &s, &e) == 0, "[%s]: again", text);
}


#define SPANS(text, expect)                                                  \
    do {                                                                     \
        char  got_[1024];                                                    \
        spans(text, got_, sizeof(got_));                                     \
        UNIT_CHECK(strcmp(got_, expect) == 0, "[%s]: got [%s], want [%s]",   \
                   text, got_, expect);                                      \
    } while (0)


/* one span: the start and the end exactly */
static void
span_at(const char *text, size_t start, size_t end)
{
    size_t               s, e;
    privacy_importmap_t  it;

    privacy_importmap_init(&it, (const unsigned char *) text, strlen(text));
    s = e = 0;

    UNIT_CHECK(privacy_importmap_next(&it, &s, &e) == 1 && s == start
               && e == end, "[%s]: %zu..%zu, want %zu..%zu", text, s, e,
               start, end);
    UNIT_CHECK(privacy_importmap_next(&it, &s, &e) == 0,
               "[%s]: one span only", text);
}


typedef struct {
    int            mode;        /* JUDGE_* */
    size_t         calls;
    size_t         max_len;
    const void    *url;         /* the buffer the judge was given */
    int            same_url;
    size_t         last_len;
    unsigned char  last[64];    /* the last address seen */
} judge_t;

#define JUDGE_TRACKER  0        /* its text holds "tracker" */
#define JUDGE_NONE     1
#define JUDGE_ALL      2


static int
judge(void *data, const unsigned char *url, size_t len)
{
    size_t    i;
    judge_t  *j;

    j = data;
    j->calls++;
    j->same_url &= (url == j->url);

    if (len > j->max_len) {
        j->max_len = len;
    }

    j->last_len = len;
    memcpy(j->last, url, len < sizeof(j->last) ? len : sizeof(j->last));

    if (j->mode != JUDGE_TRACKER) {
        return j->mode == JUDGE_ALL;
    }

    for (i = 0; i + 7 <= len; i++) {
        if (memcmp(url + i, "tracker", 7) == 0) {
            return 1;
        }
    }

    return 0;
}


/*
 * text made inert with the judge of mode and url_size, copied and in
 * place: the expected text and count, never longer, nothing written past
 * the text's length (nor past url_size in the judge's buffer)
 */
static void
inert_with(const char *text, int mode, size_t url_size, const char *expect,
    size_t want)
{
    size_t         len, n, m, got, got2, i, canary;
    judge_t        j;
    unsigned char  out[512 + SLACK], buf[512 + SLACK], url[256 + SLACK];

    len = strlen(text);

    if (len > 512 || url_size > 256) {
        UNIT_CHECK(0, "[%s]: too long for the test", text);
        return;
    }

    /* copied */

    memset(out, CANARY, sizeof(out));
    memset(url, CANARY, sizeof(url));
    memset(&j, 0, sizeof(j));
    j.mode = mode;
    j.url = url;
    j.same_url = 1;

    got = privacy_importmap_inert(out, (const unsigned char *) text, len, url,
                                  url_size, judge, &j, &n);

    UNIT_CHECK(got <= len, "[%s]: %zu bytes from %zu", text, got, len);
    UNIT_CHECK(got == strlen(expect) && memcmp(out, expect, got) == 0,
               "[%s]: got [%.*s], want [%s]", text,
               (int) (got < sizeof(out) ? got : sizeof(out)), out, expect);
    UNIT_CHECK(want == ANY || n == want, "[%s]: %zu condemned, want %zu",
               text, n, want);
    UNIT_CHECK(j.max_len <= url_size && j.same_url,
               "[%s]: judge saw %zu bytes of %zu", text, j.max_len, url_size);

    canary = 0;

    for (i = len; i < sizeof(out); i++) {
        canary += (out[i] != CANARY);
    }

    for (i = url_size; i < sizeof(url); i++) {
        canary += (url[i] != CANARY);
    }

    UNIT_CHECK(canary == 0, "[%s]: %zu bytes written past", text, canary);

    /* in place: the same */

    memset(buf, CANARY, sizeof(buf));
    memcpy(buf, text, len);
    memset(&j, 0, sizeof(j));
    j.mode = mode;
    j.url = url;
    j.same_url = 1;

    got2 = privacy_importmap_inert(buf, buf, len, url, url_size, judge, &j,
                                   &m);

    UNIT_CHECK(got2 == got && m == n && got <= sizeof(out)
               && memcmp(buf, out, got) == 0,
               "[%s]: in place [%.*s]", text,
               (int) (got2 < sizeof(buf) ? got2 : sizeof(buf)), buf);

    canary = 0;

    for (i = len; i < sizeof(buf); i++) {
        canary += (buf[i] != CANARY);
    }

    UNIT_CHECK(canary == 0, "[%s]: in place, %zu bytes written past", text,
               canary);
}


/* the tracker judge, then the judge condemning nothing: the text as it is */
static void
inert(const char *text, const char *expect, size_t want)
{
    inert_with(text, JUDGE_TRACKER, 256, expect, want);
    inert_with(text, JUDGE_NONE, 256, text, 0);
}


/* the address the judge is given for the one string of text */
static void
seen(const char *text, size_t url_size, const char *expect, size_t elen)
{
    size_t         n;
    judge_t        j;
    unsigned char  out[512], url[256];

    memset(&j, 0, sizeof(j));
    j.mode = JUDGE_NONE;
    j.url = url;
    j.same_url = 1;

    (void) privacy_importmap_inert(out, (const unsigned char *) text,
                                   strlen(text), url, url_size, judge, &j, &n);

    UNIT_CHECK(j.calls == 1 && j.last_len == elen
               && memcmp(j.last, expect, elen) == 0,
               "[%s]: judge saw [%.*s] (%zu calls), want [%.*s]", text,
               (int) (j.last_len < sizeof(j.last) ? j.last_len
                                                  : sizeof(j.last)),
               j.last, j.calls, (int) elen, expect);
}


static void
test_next(void)
{
    /* keys and values */

    SPANS("", "");
    SPANS("{}", "");
    SPANS("{\"imports\":{}}", "");
    SPANS("{\"imports\":{\"a\":\"/a.js\"}}", "\"/a.js\"");
    SPANS("{\"imports\":{\"a\":\"/a.js\",\"b\":\"/b.js\"}}",
          "\"/a.js\"|\"/b.js\"");
    SPANS("{\"a\" :\"/a\"}", "\"/a\"");
    SPANS("{\"a\"\t:\"/a\"}", "\"/a\"");
    SPANS("{\"a\"\n:\"/a\"}", "\"/a\"");
    SPANS("{\"a\"\r:\"/a\"}", "\"/a\"");
    SPANS("{\"a\" \t\n\r \t:\"/a\"}", "\"/a\"");
    SPANS("{\n  \"imports\" : {\n    \"a\" : \"/a.js\" ,\n"
          "    \"b\"\t:\t\"/b.js\"\n  }\n}\n",
          "\"/a.js\"|\"/b.js\"");
    SPANS("{\"a\":\"/a\" :}", "");                  /* not JSON: a key */
    SPANS("{\"a\"\f:\"/a\"}", "\"a\"|\"/a\"");      /* \f is no JSON blank */
    SPANS("{\"a\"\v:\"/a\"}", "\"a\"|\"/a\"");
    SPANS("{\"a\"x:\"/a\"}", "\"a\"|\"/a\"");
    SPANS("{\"a\":1,\"b\":true,\"c\":null,\"d\":-2.5e3}", "");

    /* nested: imports, scopes, integrity */

    SPANS("{\"imports\":{\"lodash\":\"/node_modules/lodash-es/lodash.js\"},"
          "\"scopes\":{\"/scoped/\":{\"lodash\":\"/lodash-v3.js\"},"
          "\"https://cdn.test/\":{\"a/\":\"https://cdn.test/a/\"}},"
          "\"integrity\":{\"/lodash-v3.js\":"
          "\"sha384-Li9vy3DqF8tnTXuiaAJuML3ky+er10rcgNR/Vq\"}}",
          "\"/node_modules/lodash-es/lodash.js\"|\"/lodash-v3.js\"|"
          "\"https://cdn.test/a/\"|"
          "\"sha384-Li9vy3DqF8tnTXuiaAJuML3ky+er10rcgNR/Vq\"");
    SPANS("{\"a\":{\"b\":{\"c\":{\"d\":\"/deep\"}}}}", "\"/deep\"");

    /* arrays: their strings are values */

    SPANS("[\"/a.js\",\"/b.js\"]", "\"/a.js\"|\"/b.js\"");
    SPANS("{\"a\":[\"x\", \"y\" ,[\"z\"],{\"k\":\"v\"}]}",
          "\"x\"|\"y\"|\"z\"|\"v\"");
    SPANS("[]", "");
    SPANS("\"/top\"", "\"/top\"");

    /* empty strings */

    SPANS("{\"\":\"\"}", "\"\"");
    SPANS("{\"a\":\"\",\"\":\"/b\"}", "\"\"|\"/b\"");
    SPANS("[\"\",\"\"]", "\"\"|\"\"");

    /* escapes: \" and \\ in keys and values */

    SPANS("{\"a\\\"\":\"v\"}", "\"v\"");
    SPANS("{\"a\\\":\":\"v\"}", "\"v\"");
    SPANS("{\"a\\\" :\":\"v\"}", "\"v\"");
    SPANS("{\"a\\\\\":\"v\"}", "\"v\"");
    SPANS("{\"a\\\\\\\":\":\"v\"}", "\"v\"");
    SPANS("{\"a\":\"x\\\"y\"}", "\"x\\\"y\"");
    SPANS("{\"a\":\"x\\\":\"}", "\"x\\\":\"");
    SPANS("{\"a\":\"\\\\\"}", "\"\\\\\"");
    SPANS("{\"a\":\"\\\\\",\"b\":\"c\"}", "\"\\\\\"|\"c\"");
    SPANS("{\"a\":\"\\\\\\\"\",\"b\":\"c\"}", "\"\\\\\\\"\"|\"c\"");
    SPANS("{\"a\":\"\\/x\\u0041\",\"\\u0062\":\"c\"}",
          "\"\\/x\\u0041\"|\"c\"");
    SPANS("{\"a\":\"\\ud83d\\ude00\"}", "\"\\ud83d\\ude00\"");
    SPANS("{\"a\":\"{\\\"b\\\":\\\"c\\\"}\"}",
          "\"{\\\"b\\\":\\\"c\\\"}\"");

    /* a string the text ends in: to the end */

    SPANS("{\"a\":\"/x.js", "\"/x.js");
    SPANS("{\"a\":\"/x\\\"", "\"/x\\\"");
    SPANS("{\"a\":\"/x\\", "\"/x\\");
    SPANS("{\"a\":\"", "\"");
    SPANS("{\"a", "\"a");
    SPANS("{\"a\"", "\"a\"");
    SPANS("{\"a\"  ", "\"a\"");

    span_at("{\"a\":\"/a\"}", 5, 9);
    span_at("{\"a\":\"/x.js", 5, 11);
    span_at("{\"a\":\"/x\\\"", 5, 10);
    span_at("{\"a\":\"", 5, 6);
    span_at("[\"\"]", 1, 3);
    span_at("{\"a\\\"\":\"v\"}", 7, 10);
}


static void
test_inert(void)
{
    size_t  i, b, w;
    char    big[512], want[512];

    inert("{\"imports\":{\"a\":\"https://tracker.test/x.js\","
          "\"b\":\"/b.js\"}}",
          "{\"imports\":{\"a\":\"\",\"b\":\"/b.js\"}}", 1);
    inert("{\"imports\":{\"a\":\"https:\\/\\/tracker.test\\/x.js\"}}",
          "{\"imports\":{\"a\":\"\"}}", 1);
    inert("{\"imports\":{\"a\":\"\\u0068ttps://tracker.test/\"}}",
          "{\"imports\":{\"a\":\"\"}}", 1);
    inert("{\"imports\":{\"a\":\"//tracker.test/x\"}}",
          "{\"imports\":{\"a\":\"\"}}", 1);
    inert("{\"imports\":{\"a\":\"https://\\u0074racker.test/\"}}",
          "{\"imports\":{\"a\":\"\"}}", 1);
    inert("{\"imports\":{\"a\":\"https://trac\\u006Ber.test/\"}}",
          "{\"imports\":{\"a\":\"\"}}", 1);
    inert("{\"imports\":{\"a\":\"https://trac\\\\ker.test/\"}}",
          "{\"imports\":{\"a\":\"https://trac\\\\ker.test/\"}}", 0);
    inert("{\"imports\":{\"a\":\"/a.js\"}}", "{\"imports\":{\"a\":\"/a.js\"}}",
          0);

    /* keys are never judged */

    inert("{\"https://tracker.test/\":\"/local.js\"}",
          "{\"https://tracker.test/\":\"/local.js\"}", 0);
    inert("{\"tracker\" \t\n\r:\"/local.js\"}",
          "{\"tracker\" \t\n\r:\"/local.js\"}", 0);
    inert("{\"tracker\\\":\":\"/local.js\"}",
          "{\"tracker\\\":\":\"/local.js\"}", 0);
    inert("{\"tracker\\\\\":\"/local.js\"}",
          "{\"tracker\\\\\":\"/local.js\"}", 0);

    /* scopes, integrity, arrays */

    inert("{\"scopes\":{\"https://tracker.test/\":"
          "{\"a\":\"https://tracker.test/a.js\",\"b\":\"/b.js\"}}}",
          "{\"scopes\":{\"https://tracker.test/\":"
          "{\"a\":\"\",\"b\":\"/b.js\"}}}", 1);
    inert("{\"imports\":{\"t\":\"https://tracker.test/t.js\"},"
          "\"integrity\":{\"https://tracker.test/t.js\":\"sha384-tracker\"}}",
          "{\"imports\":{\"t\":\"\"},"
          "\"integrity\":{\"https://tracker.test/t.js\":\"\"}}", 2);
    inert("[\"https://tracker.test/a\",\"/b\", \"//tracker.test/c\" ]",
          "[\"\",\"/b\", \"\" ]", 2);
    inert("{\"a\":[\"/x\",[\"https://tracker.test/\"]]}",
          "{\"a\":[\"/x\",[\"\"]]}", 1);

    /* escaped quotes and backslashes around a tracker */

    inert("{\"a\":\"x\\\"tracker\\\"\",\"b\":\"/b\"}",
          "{\"a\":\"\",\"b\":\"/b\"}", 1);
    inert("{\"a\":\"/a\\\\\",\"b\":\"tracker\"}",
          "{\"a\":\"/a\\\\\",\"b\":\"\"}", 1);
    inert("{\"a\":\"/a\\\\\\\"tracker\",\"b\":\"/b\"}",
          "{\"a\":\"\",\"b\":\"/b\"}", 1);
    inert("{\"a\":\"{\\\"tracker\\\":1}\"}", "{\"a\":\"\"}", 1);
    inert("{\"a\":\"https://tracker.test/\\ud83d\\ude00\"}",
          "{\"a\":\"\"}", 1);

    /* empty strings: nothing to condemn, nothing changed */

    inert("{\"\":\"\"}", "{\"\":\"\"}", 0);
    inert("[\"\",\"tracker\",\"\"]", "[\"\",\"\",\"\"]", 1);

    /* a string the text ends in */

    inert("{\"a\":\"https://tracker.test/x", "{\"a\":\"\"", 1);
    inert("{\"a\":\"https://tracker.test/\\", "{\"a\":\"\"", 1);
    inert("{\"a\":\"https://tracker.test/\\\"", "{\"a\":\"\"", 1);
    inert("{\"a\":\"/x", "{\"a\":\"/x", 0);
    inert("{\"tracker", "{\"\"", 1);

    /* every value, and the rest as it is */

    inert_with("{\"imports\":{\"a\":\"/a.js\",\"b\":\"\"},\"c\":[\"d\",1]}",
               JUDGE_ALL, 256,
               "{\"imports\":{\"a\":\"\",\"b\":\"\"},\"c\":[\"\",1]}", 3);
    inert_with("{\"a\":\"x\\\"y\\\\\"}", JUDGE_ALL, 256, "{\"a\":\"\"}", 1);
    inert_with("{\"a\":\"/x", JUDGE_ALL, 256, "{\"a\":\"\"", 1);
    inert_with("{} 1 true", JUDGE_ALL, 256, "{} 1 true", 0);
    inert_with("", JUDGE_ALL, 256, "", 0);

    /*
     * A text ending in the quote that opens a string: that string cannot
     * become "" without growing the text, and a map cut there is no JSON,
     * which the browser rejects whole: kept as it is.
     */

    inert_with("{\"a\":\"", JUDGE_ALL, 256, "{\"a\":\"", ANY);
    inert_with("[\"", JUDGE_ALL, 256, "[\"", ANY);
    inert_with("\"", JUDGE_ALL, 256, "\"", ANY);

    /* the address the judge sees: unescaped */

    seen("{\"a\":\"https:\\/\\/t.test\\/x\"}", 256, "https://t.test/x", 16);
    seen("{\"a\":\"\\u0068ttps://t.test/\"}", 256, "https://t.test/", 15);
    seen("{\"a\":\"\\u00e9\"}", 256, "\xc3\xa9", 2);
    seen("{\"a\":\"\\ud83d\\ude00\"}", 256, "\xf0\x9f\x98\x80", 4);
    seen("{\"a\":\"x\\\"y\\\\z\\/\"}", 256, "x\"y\\z/", 6);
    seen("{\"a\":\"\\t\\n\"}", 256, "\t\n", 2);
    seen("{\"a\":\"\"}", 256, "", 0);
    seen("{\"a\":\"/x", 256, "/x", 2);
    seen("{\"a\":\"/x\\", 256, "/x", 2);
    seen("{\"a\":\"/x\\\"", 256, "/x\"", 3);

    /* cut at url_size */

    seen("{\"a\":\"https://tracker.test/\"}", 5, "https", 5);
    seen("{\"a\":\"https://tracker.test/\"}", 0, "", 0);
    seen("{\"a\":\"\\u0068ttps\"}", 1, "h", 1);
    seen("{\"a\":\"\\u00e9\"}", 1, "\xc3", 1);
    seen("{\"a\":\"\\ud83d\\ude00\"}", 3, "\xf0\x9f\x98", 3);
    seen("{\"a\":\"https://tracker.test/\"}", 21, "https://tracker.test/",
         21);

    inert_with("{\"a\":\"https://tracker.test/\"}", JUDGE_TRACKER, 12,
               "{\"a\":\"https://tracker.test/\"}", 0);
    inert_with("{\"a\":\"https://tracker.test/\"}", JUDGE_TRACKER, 15,
               "{\"a\":\"\"}", 1);
    inert_with("{\"a\":\"https://tracker.test/\"}", JUDGE_TRACKER, 14,
               "{\"a\":\"https://tracker.test/\"}", 0);
    inert_with("{\"a\":\"https://tracker.test/\"}", JUDGE_TRACKER, 0,
               "{\"a\":\"https://tracker.test/\"}", 0);

    /* many, every other one condemned */

    b = 0;
    w = 0;
    big[b++] = '[';
    want[w++] = '[';

    for (i = 0; i < 20; i++) {
        b += (size_t) snprintf(big + b, sizeof(big) - b, "%s",
                               (i & 1) ? "\"https://tracker.test/\", "
                                       : "\"/local.js\", ");
        w += (size_t) snprintf(want + w, sizeof(want) - w, "%s",
                               (i & 1) ? "\"\", " : "\"/local.js\", ");
    }

    memcpy(big + b, "\"\"]", 4);
    memcpy(want + w, "\"\"]", 4);

    inert(big, want, 10);
}


int
main(void)
{
    test_next();
    test_inert();

    return unit_summary("importmap");
}
