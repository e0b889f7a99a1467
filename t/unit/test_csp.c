/*
 * test_csp.c: the nonce an inserted inline script needs under a
 * Content-Security-Policy (lib/privacy_csp.c): the CSP3 fallback order,
 * 'unsafe-inline' and what cancels it, several policies, the nonce
 * grammar and bounds.
 */

#include "unit.h"
#include "privacy_csp.h"


static const struct {
    const char  *csp;
    unsigned     restricted;
    const char  *nonce;                 /* NULL: none */
} cases[] = {
    { "", 0, NULL },
    { " ; ;; ", 0, NULL },
    { "img-src 'self'", 0, NULL },
    { "upgrade-insecure-requests", 0, NULL },
    { "style-src 'nonce-abc'", 0, NULL },
    { "script-src 'nonce-abc'", 1, "abc" },
    { "script-src 'self' 'nonce-r4nd0m+/=' https:", 1, "r4nd0m+/=" },
    { "script-src 'nonce-Zm9v_-0'", 1, "Zm9v_-0" },
    { "default-src 'self'; script-src 'nonce-abc'", 1, "abc" },
    { "default-src 'nonce-def'", 1, "def" },
    { "default-src 'nonce-def'; img-src *", 1, "def" },
    /* the fallback order: script-src-elem, script-src, default-src */
    { "default-src 'nonce-d'; script-src 'nonce-s'", 1, "s" },
    { "script-src 'nonce-s'; script-src-elem 'nonce-e'; default-src 'none'",
      1, "e" },
    { "script-src-elem 'self'; script-src 'nonce-s'", 1, NULL },
    { "script-src 'self'; default-src 'nonce-d'", 1, NULL },
    { "script-src-attr 'nonce-a'", 0, NULL },
    { "script-src-attr 'none'; default-src 'nonce-d'", 1, "d" },
    { "default-src 'none'", 1, NULL },
    { "script-src", 1, NULL },                  /* empty list: nothing */
    { "script-src;", 1, NULL },
    { "script-src 'self'", 1, NULL },
    { "script-src 'sha256-abc='", 1, NULL },
    { "script-src 'nonce-a' 'nonce-b'", 1, "a" },
    /* names any case, keywords any case, the nonce as written */
    { "SCRIPT-SRC 'NONCE-AbC'", 1, "AbC" },
    { "Script-Src-Elem 'Nonce-x'", 1, "x" },
    /* the first directive of a name counts */
    { "script-src 'nonce-first'; script-src 'nonce-second'", 1, "first" },
    { "script-src 'self'; script-src 'nonce-second'", 1, NULL },
    { "script-src 'unsafe-inline'; script-src 'nonce-x'", 0, NULL },
    /* 'unsafe-inline' and what cancels it */
    { "script-src 'unsafe-inline'", 0, NULL },
    { "script-src 'self' 'UNSAFE-INLINE' https:", 0, NULL },
    { "default-src 'unsafe-inline'", 0, NULL },
    { "script-src 'unsafe-inline' 'nonce-n'", 1, "n" },
    { "script-src 'unsafe-inline' 'sha384-abc'", 1, NULL },
    { "script-src 'unsafe-inline' 'strict-dynamic'", 1, NULL },
    { "script-src 'unsafe-inline' 'strict-dynamic' 'nonce-n'", 1, "n" },
    { "script-src 'unsafe-inline' 'sha256-'", 0, NULL },   /* not a hash */
    { "script-src 'unsafe-inline' 'sha1-abc'", 0, NULL },
    { "script-src 'unsafe-inline' 'nonce-'", 0, NULL },    /* not a nonce */
    { "script-src 'unsafe-inline' 'nonce-a b'", 0, NULL },
    { "script-src 'unsafe-inline' unsafe-inline", 0, NULL },
    { "script-src unsafe-inline", 1, NULL },
    { "script-src-elem 'unsafe-inline'; script-src 'none'", 0, NULL },
    /* the nonce grammar: base64-value, at most two "=" at the end */
    { "script-src 'nonce-a=='", 1, "a==" },
    { "script-src 'nonce-a==='", 1, NULL },
    { "script-src 'nonce-a=b'", 1, NULL },
    { "script-src 'nonce-=='", 1, NULL },
    { "script-src 'nonce-a.b'", 1, NULL },
    { "script-src 'nonce-a\"b'", 1, NULL },
    { "script-src 'nonce-a<b'", 1, NULL },
    { "script-src 'nonce-a''", 1, NULL },
    { "script-src nonce-abc", 1, NULL },
    { "script-src 'nonce-abc", 1, NULL },
    { "script-src nonce-abc'", 1, NULL },
    { "script-src 'nonce'", 1, NULL },
    { "script-src 'nonce-bad!' 'nonce-good'", 1, "good" },
    /* whitespace: ASCII whitespace only */
    { "\t script-src\t'nonce-t'\r\n ", 1, "t" },
    { "script-src\f'nonce-f'", 1, "f" },
    /* a directive with a non-ASCII byte is skipped as a whole */
    { "script-src 'nonce-a' \xc3\xa9; default-src 'nonce-d'", 1, "d" },
    { "script-src 'unsafe-inline' \x80", 0, NULL },
    { "script-src 'none' \x80", 0, NULL },
    /* several policies: one nonce must satisfy every restricting one */
    { "script-src 'nonce-a', img-src *", 1, "a" },
    { "img-src *, script-src 'nonce-a'", 1, "a" },
    { "script-src 'nonce-a', script-src 'nonce-a'", 1, "a" },
    { "script-src 'nonce-a', script-src 'nonce-b'", 1, NULL },
    { "script-src 'nonce-a' 'nonce-b', script-src 'nonce-b'", 1, "b" },
    { "script-src 'nonce-a', default-src 'nonce-a'", 1, "a" },
    { "script-src 'nonce-a', script-src 'sha256-x'", 1, NULL },
    { "script-src 'nonce-a', script-src 'unsafe-inline'", 1, "a" },
    { "script-src 'unsafe-inline', script-src 'unsafe-inline'", 0, NULL },
    { "script-src 'unsafe-inline', script-src 'nonce-z'", 1, "z" },
    { "script-src 'nonce-a', script-src 'nonce-A'", 1, NULL },
    { "script-src 'nonce-a',,, ,script-src 'nonce-a'", 1, "a" },
    { ",", 0, NULL },
};


static void
test_cases(void)
{
    size_t         i;
    privacy_csp_t  c;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        privacy_csp_script((const unsigned char *) cases[i].csp,
                           strlen(cases[i].csp), &c);

        UNIT_CHECK(c.restricted == cases[i].restricted,
                   "\"%s\": restricted %u", cases[i].csp, c.restricted);

        if (cases[i].nonce == NULL) {
            UNIT_CHECK(c.nonce == NULL && c.nonce_len == 0,
                       "\"%s\": nonce %.*s", cases[i].csp, (int) c.nonce_len,
                       c.nonce ? (const char *) c.nonce : "");
        } else {
            UNIT_CHECK(c.nonce != NULL && c.nonce >= (const unsigned char *)
                                                     cases[i].csp
                       && c.nonce_len == strlen(cases[i].nonce)
                       && memcmp(c.nonce, cases[i].nonce, c.nonce_len) == 0,
                       "\"%s\": nonce \"%.*s\", want \"%s\"", cases[i].csp,
                       (int) c.nonce_len,
                       c.nonce ? (const char *) c.nonce : "", cases[i].nonce);
        }

        UNIT_CHECK((c.policies > 0) == c.restricted, "\"%s\": policies %u",
                   cases[i].csp, c.policies);
    }
}


static void
test_bounds(void)
{
    static char    h[20000];
    size_t         n, i;
    privacy_csp_t  c;

    privacy_csp_script(NULL, 0, &c);
    UNIT_CHECK(!c.restricted && c.nonce == NULL, "no header");

    /* the NUL counts as a byte: not ASCII whitespace, not base64 */
    privacy_csp_script((const unsigned char *) "script-src 'nonce-a\0'", 21,
                       &c);
    UNIT_CHECK(c.restricted && c.nonce == NULL, "NUL in a nonce");

    /* PRIVACY_CSP_NONCE_MAX characters: used; one more: not */
    n = (size_t) snprintf(h, sizeof(h), "script-src 'nonce-");
    memset(h + n, 'N', PRIVACY_CSP_NONCE_MAX);
    strcpy(h + n + PRIVACY_CSP_NONCE_MAX, "'");
    privacy_csp_script((const unsigned char *) h, strlen(h), &c);
    UNIT_CHECK(c.restricted && c.nonce_len == PRIVACY_CSP_NONCE_MAX,
               "longest nonce");

    memset(h + n, 'N', PRIVACY_CSP_NONCE_MAX + 1);
    strcpy(h + n + PRIVACY_CSP_NONCE_MAX + 1, "'");
    privacy_csp_script((const unsigned char *) h, strlen(h), &c);
    UNIT_CHECK(c.restricted && c.nonce == NULL, "too long a nonce");

    /* still a nonce-source: 'unsafe-inline' stays cancelled */
    n = (size_t) snprintf(h, sizeof(h), "script-src 'unsafe-inline' 'nonce-");
    memset(h + n, 'N', 1000);
    strcpy(h + n + 1000, "'");
    privacy_csp_script((const unsigned char *) h, strlen(h), &c);
    UNIT_CHECK(c.restricted && c.nonce == NULL, "long nonce cancels");

    /* the candidates tried are bounded: the 8th matches, the 9th not */
    n = (size_t) snprintf(h, sizeof(h), "script-src");
    for (i = 0; i < 9; i++) {
        n += (size_t) snprintf(h + n, sizeof(h) - n, " 'nonce-%zu'", i);
    }
    snprintf(h + n, sizeof(h) - n, ", script-src 'nonce-7'");
    privacy_csp_script((const unsigned char *) h, strlen(h), &c);
    UNIT_CHECK(c.nonce_len == 1 && c.nonce[0] == '7', "8th candidate");

    snprintf(h + n, sizeof(h) - n, ", script-src 'nonce-8'");
    privacy_csp_script((const unsigned char *) h, strlen(h), &c);
    UNIT_CHECK(c.restricted && c.nonce == NULL, "9th candidate not tried");

    /* 16 KB of commas, of semicolons, of nonces, of policies */
    memset(h, ',', 16384);
    privacy_csp_script((const unsigned char *) h, 16384, &c);
    UNIT_CHECK(!c.restricted, "commas");

    memset(h, ';', 16384);
    privacy_csp_script((const unsigned char *) h, 16384, &c);
    UNIT_CHECK(!c.restricted, "semicolons");

    n = (size_t) snprintf(h, sizeof(h), "script-src");
    while (n < 16000) {
        n += (size_t) snprintf(h + n, sizeof(h) - n, " 'nonce-a'");
    }
    privacy_csp_script((const unsigned char *) h, n, &c);
    UNIT_CHECK(c.restricted && c.nonce_len == 1, "many nonces");

    n = 0;
    i = 0;
    while (n < 16000) {
        n += (size_t) snprintf(h + n, sizeof(h) - n,
                               "script-src 'nonce-a' 'nonce-b',");
        i++;
    }
    privacy_csp_script((const unsigned char *) h, n, &c);
    UNIT_CHECK(c.restricted && c.nonce_len == 1 && c.nonce[0] == 'a'
               && c.policies == i, "many policies: %u", c.policies);
}


/* condemns URLs holding "tracker" */
static int
tracker_judge(void *data, const unsigned char *url, size_t len)
{
    size_t  i;

    (*(unsigned *) data)++;

    for (i = 0; i + 7 <= len; i++) {
        if (memcmp(url + i, "tracker", 7) == 0) {
            return 1;
        }
    }

    return 0;
}


static void
reports(const char *in, const char *want, size_t want_dropped,
    unsigned want_judged)
{
    size_t          n, dropped, len;
    unsigned        judged;
    unsigned char   out[512], same[512];

    len = strlen(in);
    judged = 0;
    memset(out, 0xee, sizeof(out));
    n = privacy_csp_reports_inert(out, (const unsigned char *) in, len,
                                  tracker_judge, &judged, &dropped);

    UNIT_CHECK(n == strlen(want) && memcmp(out, want, n) == 0,
               "\"%s\": got \"%.*s\", want \"%s\"", in, (int) n,
               (const char *) out, want);
    UNIT_CHECK(dropped == want_dropped, "\"%s\": dropped %zu", in, dropped);
    UNIT_CHECK(judged == want_judged, "\"%s\": judged %u", in, judged);
    UNIT_CHECK(out[len] == 0xee, "\"%s\": written past", in);

    /* in place, the same */
    memcpy(same, in, len);
    judged = 0;
    n = privacy_csp_reports_inert(same, same, len, tracker_judge, &judged,
                                  &dropped);
    UNIT_CHECK(n == strlen(want) && memcmp(same, want, n) == 0,
               "\"%s\": in place", in);
}


static void
test_reports(void)
{
    reports("", "", 0, 0);
    reports("img-src 'none'", "img-src 'none'", 0, 0);
    reports("img-src 'none'; report-uri https://tracker.test/r",
            "img-src 'none';", 1, 1);
    reports("report-uri /csp https://tracker.test/r; img-src *",
            "; img-src *", 1, 2);
    reports("REPORT-URI\thttps://tracker.test/r", "", 1, 1);
    reports("report-uri /a /b; report-uri //tracker.test/x",
            "report-uri /a /b;", 1, 3);
    reports("a; report-uri https://tracker.test/1, b; report-uri /ok, "
            "report-uri https://tracker.test/2",
            "a;, b; report-uri /ok,", 2, 3);
    reports("report-urix https://tracker.test/r",
            "report-urix https://tracker.test/r", 0, 0);
    reports("report-to tracker", "report-to tracker", 0, 0);
    reports("script-src https://tracker.test", "script-src https://tracker.test",
            0, 0);
    reports("report-uri", "report-uri", 0, 0);
    reports(";;,;", ";;,;", 0, 0);
    reports("  report-uri   https://tracker.test/r  ;x", ";x", 1, 1);
}


int
main(void)
{
    test_cases();
    test_bounds();
    test_reports();

    return unit_summary("csp");
}
