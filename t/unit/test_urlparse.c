/*
 * test_urlparse.c: privacy_url_parse() and privacy_url_document(), rule by
 * rule of lib/privacy_urlparse.h, both sides: the spellings that must
 * become the tracker's host, and the first-party URLs that only mention a
 * tracker (after "\@", in the path or the query), which must keep the
 * first-party host.  Every canonical form is parsed again and must come
 * back unchanged.
 */

#include <stdio.h>
#include <string.h>

#include "unit.h"
#include "privacy_urlparse.h"


static unsigned char  docbuf[4096];
static privacy_url_t  doc;


/* in against base (NULL: the document): rc, and the canonical form */
static void
check(const privacy_url_t *base, const char *in, int rc, const char *want,
    int line)
{
    int             r, r2;
    size_t          len, n;
    privacy_url_t   u, u2;
    unsigned char   out[4096], again[4096], in2[4200];

    len = strlen(in);
    r = privacy_url_parse((const unsigned char *) in, len,
                          base ? base : &doc, out, sizeof(out), &u);

    UNIT_CHECK(r == rc, "line %d: %s: rc %d, want %d", line, in, r, rc);

    if (r != PRIVACY_URL_OK || rc != PRIVACY_URL_OK) {
        return;
    }

    UNIT_CHECK(u.data == out, "line %d: data", line);
    UNIT_CHECK_MEM(u.data, u.len, want, "line %d: %s: got %.*s, want %s",
                   line, in, (int) u.len, (char *) u.data, want);

    /* the fields describe the string */
    UNIT_CHECK(u.len >= 3 && out[0] == '/' && out[1] == '/'
               && u.path >= 2 + u.host_len && u.path < u.len
               && out[u.path] == '/' && u.query >= u.path
               && u.query <= u.len
               && (u.query == u.len || out[u.query] == '?'),
               "line %d: %s: fields", line, in);
    UNIT_CHECK((u.flags & PRIVACY_URL_PORT)
               ? out[2 + u.host_len] == ':'
               : (u.path == 2 + u.host_len && u.port == 0),
               "line %d: %s: port", line, in);

    /* the canonical form, with its scheme, reads back to itself */
    n = (u.scheme == PRIVACY_URL_HTTPS) ? 6 : 5;
    memcpy(in2, u.scheme == PRIVACY_URL_HTTPS ? "https:" : "http:", n);
    memcpy(in2 + n, u.data, u.len);
    r2 = privacy_url_parse(in2, n + u.len, NULL, again, sizeof(again), &u2);
    UNIT_CHECK(r2 == PRIVACY_URL_OK && u2.len == u.len
               && memcmp(again, out, u.len) == 0
               && u2.host_len == u.host_len && u2.port == u.port
               && u2.scheme == u.scheme && u2.path == u.path
               && u2.query == u.query,
               "line %d: %s: not idempotent: %.*s", line, in,
               (int) u2.len, (char *) again);
}

#define OK(in, want)         check(NULL, in, PRIVACY_URL_OK, want, __LINE__)
#define BAD(in)              check(NULL, in, PRIVACY_URL_INVALID, NULL,      \
                                   __LINE__)
#define OTHER(in)            check(NULL, in, PRIVACY_URL_OTHER, NULL,        \
                                   __LINE__)
#define OKB(b, in, want)     check(b, in, PRIVACY_URL_OK, want, __LINE__)


static void
test_fields(void)
{
    int             rc;
    privacy_url_t   u, nobase;
    unsigned char   out[256];
    const char     *s;

    s = "HTTPS://User:Pw@WWW.Facebook.COM.:443/x/../tr?id=1#frag";
    rc = privacy_url_parse((const unsigned char *) s, strlen(s), NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OK, "absolute without a base");
    UNIT_CHECK_MEM(u.data, u.len, "//www.facebook.com/tr?id=1", "canonical");
    UNIT_CHECK(u.host_len == 16 && u.path == 18 && u.query == 21
               && u.port == 0 && u.scheme == PRIVACY_URL_HTTPS
               && u.flags == PRIVACY_URL_TRAILING_DOT, "fields");

    s = "http://[::1]:8080";
    rc = privacy_url_parse((const unsigned char *) s, strlen(s), NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OK && u.host_len == 5 && u.port == 8080
               && u.path == 12 && u.query == u.len
               && u.scheme == PRIVACY_URL_HTTP
               && u.flags == (PRIVACY_URL_IPV6 | PRIVACY_URL_PORT),
               "IPv6 and port");

    s = "http://0x7f.1/";
    rc = privacy_url_parse((const unsigned char *) s, strlen(s), NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OK && u.flags == PRIVACY_URL_IPV4
               && u.host_len == 9, "IPv4 flag");

    s = "https://xn--mnchen-3ya.de/";
    rc = privacy_url_parse((const unsigned char *) s, strlen(s), NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OK && u.flags == 0, "ASCII: no IDNA flag");

    s = "https://m\xc3\xbcnchen.de/";
    rc = privacy_url_parse((const unsigned char *) s, strlen(s), NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OK && u.flags == PRIVACY_URL_IDNA
               && u.host_len == 17, "IDNA flag");

    /* no base: relative URLs are not http(s) URLs */
    s = "/tr";
    rc = privacy_url_parse((const unsigned char *) s, 3, NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OTHER, "relative without a base");

    s = "https:tr";
    rc = privacy_url_parse((const unsigned char *) s, 8, NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OK && u.len == 5, "https:tr is a host");

    rc = privacy_url_parse((const unsigned char *) "", 0, NULL, out,
                           sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OTHER, "empty without a base");

    /* a base with scheme 0 is no base */
    memset(&nobase, 0, sizeof(privacy_url_t));
    s = "//tracker.com/p/q/r/s/t";
    rc = privacy_url_parse((const unsigned char *) s, strlen(s), &nobase,
                           out, sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OTHER, "scheme-relative, base of scheme 0");
    s = "https://tracker.com/p";
    rc = privacy_url_parse((const unsigned char *) s, strlen(s), &nobase,
                           out, sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_OK && u.scheme == PRIVACY_URL_HTTPS,
               "absolute, base of scheme 0");

    UNIT_CHECK(privacy_url_idna_init() == 0, "ICU opens");
}


static void
test_document(void)
{
    int            rc;
    privacy_url_t  d;
    unsigned char  out[256];

    rc = privacy_url_document(PRIVACY_URL_HTTPS,
                              (const unsigned char *) "WWW.Example.ORG", 15,
                              (const unsigned char *) "/a/b?c", 6, out,
                              sizeof(out), &d);
    UNIT_CHECK(rc == PRIVACY_URL_OK, "document");
    UNIT_CHECK_MEM(d.data, d.len, "//www.example.org/a/b?c", "document url");
    UNIT_CHECK(d.scheme == PRIVACY_URL_HTTPS && d.host_len == 15
               && d.query == 21, "document fields");

    rc = privacy_url_document(PRIVACY_URL_HTTP,
                              (const unsigned char *) "example.org:80", 14,
                              (const unsigned char *) "/%7Ex/./y/../z", 14,
                              out, sizeof(out), &d);
    UNIT_CHECK(rc == PRIVACY_URL_OK, "document 2");
    UNIT_CHECK_MEM(d.data, d.len, "//example.org/~x/z", "default port, path");

    rc = privacy_url_document(PRIVACY_URL_HTTP,
                              (const unsigned char *) "[::1]:8080", 10,
                              (const unsigned char *) "", 0, out,
                              sizeof(out), &d);
    UNIT_CHECK(rc == PRIVACY_URL_OK, "document 3");
    UNIT_CHECK_MEM(d.data, d.len, "//[::1]:8080/", "IPv6 Host, no URI");

    rc = privacy_url_document(PRIVACY_URL_HTTP,
                              (const unsigned char *) "", 0,
                              (const unsigned char *) "/", 1, out,
                              sizeof(out), &d);
    UNIT_CHECK(rc == PRIVACY_URL_INVALID, "no Host");

    rc = privacy_url_document(3, (const unsigned char *) "a", 1,
                              (const unsigned char *) "/", 1, out,
                              sizeof(out), &d);
    UNIT_CHECK(rc == PRIVACY_URL_OTHER, "other scheme");
}


static void
test_whitespace(void)
{
    OK(" \t\r\n\f\x01https://www.facebook.com/tr\x1f \n", "//www.facebook.com/tr");
    OK("ht\ttps://www.face\nbook.com/t\rr", "//www.facebook.com/tr");
    OK("h\tt\nt\rp\ts:/\t/tracker.com", "//tracker.com/");
    OK("https://tracker.com:4\t43/", "//tracker.com/");
    OK("https://tracker.com/%\t7\n4r", "//tracker.com/tr");
    OK("https://tracker.com/.\t./x", "//tracker.com/x");
    OK("https://tracker.com/?a\tb", "//tracker.com/?ab");
    /* other controls are not removed inside */
    OK("https://tracker.com/a\fb?c\x01" "d", "//tracker.com/a%0Cb?c%01d");
    BAD("https://track\fer.com/");
    BAD("https://track er.com/");
    /* U+00A0 is not a space to the URL parser */
    OK("\xc2\xa0x", "//www.example.org/news/today/%C2%A0x");
    /* only spaces: the document itself */
    OK("   ", "//www.example.org/news/today/article.html?page=2");
}


static void
test_schemes(void)
{
    OK("HTTPS://tracker.com/", "//tracker.com/");
    OK("hTtP://tracker.com/", "//tracker.com/");
    OTHER("javascript:alert(1)");
    OTHER("JavaScript:void(0)");
    OTHER("java\tscript:alert(1)");
    OTHER(" javascript:alert(1)");
    OTHER("data:image/gif;base64,R0lGOD");
    OTHER("mailto:a@tracker.com");
    OTHER("blob:https://tracker.com/uuid");
    OTHER("about:blank");
    OTHER("ftp://tracker.com/");
    OTHER("ws://tracker.com/");
    OTHER("wss://tracker.com/");
    OTHER("file:///etc/passwd");
    OTHER("tel:+100");
    OTHER("http+x://tracker.com/");
    OTHER("httpss://tracker.com/");
    OTHER("c:\\x");
    /* not schemes: relative paths */
    OK("1http://tracker.com/", "//www.example.org/news/today/1http://tracker.com/");
    OK("ht%74p://tracker.com/", "//www.example.org/news/today/http://tracker.com/");
    OK("a b:c", "//www.example.org/news/today/a%20b:c");
    OK("./javascript:x", "//www.example.org/news/today/javascript:x");
}


static void
test_slashes(void)
{
    /* any number of slashes and backslashes introduce the host */
    OK("https://tracker.com/x", "//tracker.com/x");
    OK("https:////tracker.com/x", "//tracker.com/x");
    OK("https:\\\\tracker.com\\x", "//tracker.com/x");
    OK("https:/\\tracker.com/x", "//tracker.com/x");
    OK("https:\\/tracker.com/x", "//tracker.com/x");
    OK("//tracker.com/x", "//tracker.com/x");
    OK("\\\\tracker.com/x", "//tracker.com/x");
    OK("/\\tracker.com/x", "//tracker.com/x");
    OK("\\/tracker.com/x", "//tracker.com/x");
    OK("\\\\\\\\tracker.com/x", "//tracker.com/x");
    OK("/\t/tracker.com/x", "//tracker.com/x");

    /* "https:host" with an https base is relative; with http it is a host */
    OK("https:tracker.com/x", "//www.example.org/news/today/tracker.com/x");
    OK("https:/tracker.com/x", "//www.example.org/tracker.com/x");
    OK("https:", "//www.example.org/news/today/article.html?page=2");
    OK("https:?q", "//www.example.org/news/today/article.html?q");
    OK("https:\\tracker.com/x", "//www.example.org/tracker.com/x");
    OK("http:tracker.com/x", "//tracker.com/x");
    OK("http:/tracker.com/x", "//tracker.com/x");
    OK("http:\\tracker.com/x", "//tracker.com/x");
    BAD("http:");
    BAD("http://");
    BAD("https:///");
    BAD("//");
    BAD("///");
    BAD("http://?x");
    BAD("http://#x");

    /* one slash: the document's host */
    OK("/tracker.com/x", "//www.example.org/tracker.com/x");
    OK("\\tracker.com\\x", "//www.example.org/tracker.com/x");
}


static void
test_userinfo(void)
{
    /* the host follows the last "@" of the authority */
    OK("https://user:pw@tracker.com/", "//tracker.com/");
    OK("https://a@b@tracker.com/", "//tracker.com/");
    OK("https://www.example.org@tracker.com/", "//tracker.com/");
    OK("https://www.example.org:443@tracker.com/", "//tracker.com/");
    OK("https://@tracker.com/", "//tracker.com/");
    OK("https://:@tracker.com/", "//tracker.com/");
    BAD("https://user@/");
    BAD("https://user@");
    BAD("https://user@:80/");

    /* but the authority ends at the first "/", "\", "?", "#" */
    OK("https://first.example\\@tracker.com/", "//first.example/@tracker.com/");
    OK("https://first.example/@tracker.com/", "//first.example/@tracker.com/");
    OK("https://first.example?@tracker.com/", "//first.example/?@tracker.com/");
    OK("https://first.example#@tracker.com/", "//first.example/");
    OK("//first.example\\\\@tracker.com", "//first.example//@tracker.com");
    OK("https://first.example%5C@tracker.com/", "//tracker.com/");
    OK("https://first.example/tracker.com", "//first.example/tracker.com");
    OK("https://first.example/?u=https://tracker.com/",
       "//first.example/?u=https://tracker.com/");
    OK("https://first.example/redirect/https://tracker.com/tr",
       "//first.example/redirect/https://tracker.com/tr");
}


static void
test_hosts(void)
{
    /* uppercase, fullwidth, ideographic dots, ignored code points */
    OK("https://WWW.FACEBOOK.COM/tr", "//www.facebook.com/tr");
    OK("https://\xef\xbd\x97\xef\xbd\x97\xef\xbd\x97\xef\xbc\x8e"
       "\xef\xbd\x86\xef\xbd\x81\xef\xbd\x83\xef\xbd\x85\xef\xbd\x82"
       "\xef\xbd\x8f\xef\xbd\x8f\xef\xbd\x8b\xef\xbc\x8e\xef\xbd\x83"
       "\xef\xbd\x8f\xef\xbd\x8d/tr", "//www.facebook.com/tr");
    OK("https://www.facebook\xe3\x80\x82" "com/tr", "//www.facebook.com/tr");
    OK("https://www\xef\xbd\xa1" "facebook\xef\xbc\x8e" "com/tr",
       "//www.facebook.com/tr");
    OK("https://face\xc2\xad" "book.com/tr", "//facebook.com/tr");
    OK("https://face\xe2\x80\x8b" "book.com/tr", "//facebook.com/tr");
    OK("https://\xef\xbb\xbf" "facebook.com/tr", "//facebook.com/tr");
    OK("https://FACE\xc2\xad" "BOOK.COM/tr", "//facebook.com/tr");
    OK("https://\xe2\x93\x95\xe2\x93\x9e\xe2\x93\x9e.com/", "//foo.com/");
    OK("https://\xe2\x85\xa7.com/", "//viii.com/");

    /* percent-encoded hosts */
    OK("https://%74racker.com/", "//tracker.com/");
    OK("https://TR%41CKER%2eCOM/", "//tracker.com/");
    OK("https://%E2%98%83.net/", "//xn--n3h.net/");
    OK("https://%C3%BC.com/", "//xn--tda.com/");
    BAD("https://%C3.com/");
    BAD("https://%FF.com/");
    BAD("https://a%25b.com/");
    BAD("https://a%2fb.com/");
    BAD("https://a%00b.com/");
    BAD("https://a%20b.com/");
    BAD("https://a%b.com/");

    /* IDNA as browsers do it: nontransitional, symbols allowed, no hyphen
       or length checks */
    OK("https://m\xc3\xbcnchen.de/", "//xn--mnchen-3ya.de/");
    OK("https://M\xc3\x9cNCHEN.DE/", "//xn--mnchen-3ya.de/");
    OK("https://fa\xc3\x9f.de/", "//xn--fa-hia.de/");
    OK("https://\xe2\x98\x83.net/", "//xn--n3h.net/");
    OK("https://\xf0\x9f\x92\xa9.la/", "//xn--ls8h.la/");
    OK("https://ab--cd.\xc3\xbc.com/", "//ab--cd.xn--tda.com/");
    OK("https://-\xc3\xbc.com/", "//xn----eha.com/");
    OK("https://a_b.\xc3\xbc.com/", "//a_b.xn--tda.com/");
    OK("https://xn--mnchen-3ya.de/", "//xn--mnchen-3ya.de/");
    OK("https://XN--MNCHEN-3YA.DE/", "//xn--mnchen-3ya.de/");
    /* ASCII hosts are not put through IDNA (as in Chromium) */
    OK("https://xn--abc.com/", "//xn--abc.com/");
    BAD("https://x.\xef\xbd\x98n--\xc3\xbc.com/");
    /* the BiDi rule (Chromium) and ZWJ/ZWNJ (Ada) refuse these */
    OK("https://\xd9\xa1\xd9\xa2\xd9\xa3.com/", "//xn--9hbcd.com/");
    OK("https://a.\xd9\xa1/", "//a.xn--9hb/");
    OK("https://a\xe2\x80\x8c" "b.com/", "//xn--ab-j1t.com/");
    OK("https://a\xe2\x80\x8d" "b.com/", "//xn--ab-m1t.com/");
    BAD("https://a\xef\xbc\x9c" "b/");                   /* fullwidth < */
    BAD("https://\xe2\x84\x80.com/");                    /* a/c */
    BAD("https://\xc3\xbc%25.com/");
    BAD("https://\xed\xa0\x80.com/");                    /* surrogate */

    /* forbidden host code points; allowed oddities */
    BAD("https://a<b/");
    BAD("https://a>b/");
    BAD("https://a^b/");
    BAD("https://a|b/");
    BAD("https://a[b/");
    BAD("https://a]b/");
    BAD("https://a%b/");
    BAD("https://a\x7f" "b/");
    OK("https://a\"b/", "//a\"b/");
    OK("https://a`b{c}~d/", "//a`b{c}~d/");
    OK("https://a!$&'()*+,;=b/", "//a!$&'()*+,;=b/");
    OK("https://a..b/", "//a..b/");

    /* trailing dots: not part of the host for the rules */
    OK("https://tracker.com./", "//tracker.com/");
    OK("https://tracker.com.../", "//tracker.com/");
    OK("https://tracker.com\xef\xbc\x8e/", "//tracker.com/");
    OK("https://tracker.com%2e/", "//tracker.com/");
    OK("https://./", "//./");
    OK("https://../", "//./");
}


static void
test_ip(void)
{
    OK("http://0x7f.1/", "//127.0.0.1/");
    OK("http://0X7F.0.0.1/", "//127.0.0.1/");
    OK("http://2130706433/", "//127.0.0.1/");
    OK("http://127.1/", "//127.0.0.1/");
    OK("http://0177.0.0.1/", "//127.0.0.1/");
    OK("http://0x/", "//0.0.0.0/");
    OK("http://127.0.0.1./", "//127.0.0.1/");
    OK("http://4294967295/", "//255.255.255.255/");
    OK("http://%31%32%37.0.0.1/", "//127.0.0.1/");
    OK("http://\xef\xbc\x91\xef\xbc\x92\xef\xbc\x97.0.0.1/", "//127.0.0.1/");
    OK("http://1.2.3.0x10/", "//1.2.3.16/");
    OK("http://0xc0.0250.01/", "//192.168.0.1/");
    BAD("http://4294967296/");
    BAD("http://1.2.3.4.5/");
    BAD("http://1.2.3.256/");
    BAD("http://256.1.1.1/");
    BAD("http://1.2.65536/");
    BAD("http://foo.09/");
    BAD("http://foo.1/");
    BAD("http://09.1/");
    BAD("http://0x100000000/");
    OK("http://1.0x/x", "//1.0.0.0/x");
    /* not numbers: domains */
    OK("http://foo.0x1g/", "//foo.0x1g/");
    OK("http://1.2.3.4a/", "//1.2.3.4a/");
    OK("http://0xg/", "//0xg/");
    OK("http://a.de/", "//a.de/");

    OK("http://[::1]/", "//[::1]/");
    OK("http://[0:0:0:0:0:0:0:1]/", "//[::1]/");
    OK("http://[::]/", "//[::]/");
    OK("http://[::ffff:1.2.3.4]/", "//[::ffff:102:304]/");
    OK("http://[1:2:3:4:5:6:7:8]/", "//[1:2:3:4:5:6:7:8]/");
    OK("http://[1:0:0:2::3:0]/", "//[1::2:0:0:3:0]/");
    OK("http://[FEDC:BA98::7654:3210]:8080/", "//[fedc:ba98::7654:3210]:8080/");
    OK("http://[0000:0000::1]/", "//[::1]/");
    OK("http://[1:2:3:4:5:6:1.2.3.4]/", "//[1:2:3:4:5:6:102:304]/");
    OK("http://[1::]/", "//[1::]/");
    OK("http://[1:0:0:0:0:0:0:0]/", "//[1::]/");
    OK("http://[0:1:0:0:1:0:0:0]/", "//[0:1:0:0:1::]/");
    OK("http://[0:1:0:0:1:0:0:1]/", "//[0:1::1:0:0:1]/");
    OK("http://[\t::1]/", "//[::1]/");
    BAD("http://[1::2::3]/");
    BAD("http://[::1/");
    BAD("http://::1]/");
    BAD("http://[::1%eth0]/");
    BAD("http://[1:2]/");
    BAD("http://[::1.2.3]/");
    BAD("http://[::01.2.3.4]/");
    BAD("http://[::1]x/");
    BAD("http://[]/");
    BAD("http://[:1]/");
    BAD("http://[1:2:3:4:5:6:7:8:9]/");
    BAD("http://[12345::]/");
    BAD("http://[1:2:3:4:5:6:7:1.2.3.4]/");
}


static void
test_ports(void)
{
    OK("https://www.facebook.com:443/tr", "//www.facebook.com/tr");
    OK("http://www.facebook.com:80/tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com:80/tr", "//www.facebook.com:80/tr");
    OK("http://www.facebook.com:443/tr", "//www.facebook.com:443/tr");
    OK("https://www.facebook.com:0443/tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com:000000000000443/tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com:/tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com:8080/tr", "//www.facebook.com:8080/tr");
    OK("https://www.facebook.com:0/tr", "//www.facebook.com:0/tr");
    OK("https://www.facebook.com:65535", "//www.facebook.com:65535/");
    OK("https://www.facebook.com:8\t0\n80", "//www.facebook.com:8080/");
    BAD("https://www.facebook.com:65536/tr");
    BAD("https://www.facebook.com:99999999999999/tr");
    BAD("https://www.facebook.com:x/tr");
    BAD("https://www.facebook.com:-1/tr");
    BAD("https://www.facebook.com: 80/tr");
    BAD("https://www.facebook.com:1e3/tr");
    BAD("https://www.facebook.com:443:443/tr");
    BAD("https://:443/tr");
}


static void
test_paths(void)
{
    /* dot segments */
    OK("https://www.facebook.com/x/../tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com/./tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com/%2e%2E/tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com/a/.%2e/tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com/a/%2E./tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com/a/b/c/../../tr", "//www.facebook.com/a/tr");
    OK("https://www.facebook.com/../../tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com/a\\..\\tr", "//www.facebook.com/tr");
    OK("https://www.facebook.com/a/..", "//www.facebook.com/");
    OK("https://www.facebook.com/a/.", "//www.facebook.com/a/");
    OK("https://www.facebook.com/a/./", "//www.facebook.com/a/");
    OK("https://www.facebook.com/a/..?x", "//www.facebook.com/?x");
    OK("https://www.facebook.com/a//../tr", "//www.facebook.com/a/tr");
    OK("https://www.facebook.com/.a/b./.../tr",
       "//www.facebook.com/.a/b./.../tr");
    OK("https://www.facebook.com/a/%2e%2e%2e/tr",
       "//www.facebook.com/a/.../tr");
    OK("https://www.facebook.com/%2e", "//www.facebook.com/");
    OK("https://www.facebook.com/x/%2e.", "//www.facebook.com/");
    OK("https://www.facebook.com/analytics.js", "//www.facebook.com/analytics.js");

    /* unreserved escapes decoded, others in uppercase, "%" alone "%25" */
    OK("https://www.facebook.com/%74r", "//www.facebook.com/tr");
    OK("https://www.facebook.com/%74%72?id=1", "//www.facebook.com/tr?id=1");
    OK("https://www.facebook.com/%7e%7E%2D%5f%41", "//www.facebook.com/~~-_A");
    OK("https://www.facebook.com/a%2fb", "//www.facebook.com/a%2Fb");
    OK("https://www.facebook.com/%c3%a9", "//www.facebook.com/%C3%A9");
    OK("https://www.facebook.com/%zz", "//www.facebook.com/%25zz");
    OK("https://www.facebook.com/%", "//www.facebook.com/%25");
    OK("https://www.facebook.com/%4", "//www.facebook.com/%254");
    OK("https://www.facebook.com/%%34%31", "//www.facebook.com/%2541");
    OK("https://www.facebook.com/%2541", "//www.facebook.com/%2541");

    /* what the browser percent-encodes */
    OK("https://h.example/a b\"<>`{}", "//h.example/a%20b%22%3C%3E%60%7B%7D");
    OK("https://h.example/^|[]'", "//h.example/^|[]'");
    OK("https://h.example/\x01\x7f", "//h.example/%01%7F");
    OK("https://h.example/\xc3\xa9", "//h.example/%C3%A9");
    OK("https://h.example/\xf0\x9f\x98\x80", "//h.example/%F0%9F%98%80");
    /* bytes that are not UTF-8: each one "%XX" */
    OK("https://h.example/\xff", "//h.example/%FF");
    OK("https://h.example/\xc3", "//h.example/%C3");
    OK("https://h.example/\xe2\x82x", "//h.example/%E2%82x");
    OK("https://h.example/\xc0\x80", "//h.example/%C0%80");
    OK("https://h.example/\xe9t\xe9?\xe9", "//h.example/%E9t%E9?%E9");

    /* query kept as sent (its own encode set), fragment dropped */
    OK("https://h.example/p?a=%74&b=c d'\"<>", "//h.example/p?a=%74&b=c%20d%27%22%3C%3E");
    OK("https://h.example/p?\xc3\xa9#x", "//h.example/p?%C3%A9");
    OK("https://h.example/p?", "//h.example/p?");
    OK("https://h.example/p?#", "//h.example/p?");
    OK("https://h.example/p#?x", "//h.example/p");
    OK("https://h.example?x", "//h.example/?x");
    OK("https://h.example#x", "//h.example/");
    OK("https://h.example/p?a?b/../c", "//h.example/p?a?b/../c");
}


static void
test_relative(void)
{
    unsigned char  bbuf[512];
    privacy_url_t  base;
    int            rc;
    const char    *href;

    OK("", "//www.example.org/news/today/article.html?page=2");
    OK("#top", "//www.example.org/news/today/article.html?page=2");
    OK("?page=3", "//www.example.org/news/today/article.html?page=3");
    OK("img/x.png", "//www.example.org/news/today/img/x.png");
    OK("./img/x.png", "//www.example.org/news/today/img/x.png");
    OK("../img/x.png", "//www.example.org/news/img/x.png");
    OK("../../../../img/x.png", "//www.example.org/img/x.png");
    OK(".", "//www.example.org/news/today/");
    OK("..", "//www.example.org/news/");
    OK("/", "//www.example.org/");
    OK("/static/js/a.js?v=1", "//www.example.org/static/js/a.js?v=1");
    OK("/x/../tr", "//www.example.org/tr");
    OK("%2e%2e/x", "//www.example.org/news/x");
    OK(";x", "//www.example.org/news/today/;x");

    /* short paths (under 16 bytes, under 8): a "." inside a segment is
       plain, one that starts a segment is the general reading's */
    OK("/a.png", "//www.example.org/a.png");
    OK("/x", "//www.example.org/x");
    OK("/a.b.c", "//www.example.org/a.b.c");
    OK("/p/5000@2x.jpg", "//www.example.org/p/5000@2x.jpg");
    OK("/.a", "//www.example.org/.a");
    OK("/.", "//www.example.org/");
    OK("/..", "//www.example.org/");
    OK("/a./..", "//www.example.org/");
    OK("/a.b/../c.d", "//www.example.org/c.d");
    OK("/a/./b.js", "//www.example.org/a/b.js");
    OK("/a.js?v=1.2", "//www.example.org/a.js?v=1.2");
    OK("//a.b/c", "//a.b/c");
    OK("//a.b", "//a.b/");
    OK("//A.B/c.d", "//a.b/c.d");
    OK("/a\\b.c", "//www.example.org/a/b.c");

    /* escapes and fragments in the one-pass reading; relative paths */
    OK("https://example.com/a%20b.jpg", "//example.com/a%20b.jpg");
    OK("https://example.com/a%2fb.jpg", "//example.com/a%2Fb.jpg");
    OK("https://example.com/a%7eb", "//example.com/a~b");
    OK("https://example.com/a%zzb", "//example.com/a%25zzb");
    OK("https://example.com/a%2", "//example.com/a%252");
    OK("https://example.com/p/x.html#a?b", "//example.com/p/x.html");
    OK("/a/b#c", "//www.example.org/a/b");
    OK("2024/x.jpg", "//www.example.org/news/today/2024/x.jpg");
    OK("x.js#y", "//www.example.org/news/today/x.js");
    OK("a%20b.png", "//www.example.org/news/today/a%20b.png");
    OK("a/b:c", "//www.example.org/news/today/a/b:c");
    OK("x?y=1", "//www.example.org/news/today/x?y=1");
    OK("%41b/c", "//www.example.org/news/today/Ab/c");
    OK("A/B.PNG", "//www.example.org/news/today/A/B.PNG");
    OK("e%2E/x", "//www.example.org/news/today/e./x");
    OTHER("mailto:a@b.c");
    OTHER("a:b");

    /* leading "./" and "../" in the one-pass reading, and what is left */
    OK("../img/a.png", "//www.example.org/news/img/a.png");
    OK("./css/print.css", "//www.example.org/news/today/css/print.css");
    OK("../../../../../x.js", "//www.example.org/x.js");
    OK("./../a/./b", "//www.example.org/news/a/b");
    OK("../", "//www.example.org/news/");
    OK("./", "//www.example.org/news/today/");
    OK("..x/y", "//www.example.org/news/today/..x/y");
    OK(".x/y", "//www.example.org/news/today/.x/y");
    OK("../..", "//www.example.org/");
    OK("./.", "//www.example.org/news/today/");
    OK("../a:b", "//www.example.org/news/a:b");
    OK(".:x", "//www.example.org/news/today/.:x");
    OK("..\\x", "//www.example.org/news/x");
    OK("../%2e%2e/x", "//www.example.org/x");
    OK("../a#b", "//www.example.org/news/a");
    OK("../?x", "//www.example.org/news/?x");

    /* <base href>, resolved against the document first */
    href = "//tracker.com/pixels/";
    rc = privacy_url_parse((const unsigned char *) href, strlen(href), &doc,
                           bbuf, sizeof(bbuf), &base);
    UNIT_CHECK(rc == PRIVACY_URL_OK, "base href");
    OKB(&base, "p.gif?x=1", "//tracker.com/pixels/p.gif?x=1");
    OKB(&base, "/p.gif", "//tracker.com/p.gif");
    OKB(&base, "../p.gif", "//tracker.com/p.gif");
    OKB(&base, "", "//tracker.com/pixels/");
    OKB(&base, "//www.example.org/a", "//www.example.org/a");

    href = "http://h.example:8080/a/b?q";
    rc = privacy_url_parse((const unsigned char *) href, strlen(href), &doc,
                           bbuf, sizeof(bbuf), &base);
    UNIT_CHECK(rc == PRIVACY_URL_OK && base.scheme == PRIVACY_URL_HTTP,
               "base href 2");
    OKB(&base, "c", "//h.example:8080/a/c");
    OKB(&base, "?r", "//h.example:8080/a/b?r");
    OKB(&base, "http:c", "//h.example:8080/a/c");
    OKB(&base, "http:/c", "//h.example:8080/c");
    OKB(&base, "http://c", "//c/");
    OKB(&base, "https:c", "//c/");
    OKB(&base, "https:/c", "//c/");
    OKB(&base, "//c:8080", "//c:8080/");
    OKB(&base, "//c:80", "//c/");
}


static void
test_bounds(void)
{
    int             rc;
    size_t          cap, n;
    privacy_url_t   u;
    unsigned char   out[128];
    char            in[4096];
    const char     *s;

    s = "https://www.facebook.com/tr?id=1";

    /* every cap: the host fits or NOSPACE; the rest fits or is cut */
    for (cap = 0; cap < 40; cap++) {
        memset(out, 0x55, sizeof(out));
        rc = privacy_url_parse((const unsigned char *) s, strlen(s), NULL,
                               out, cap, &u);

        if (cap < 18) {
            UNIT_CHECK(rc == PRIVACY_URL_NOSPACE, "cap %zu: %d", cap, rc);

        } else if (cap < 26) {
            UNIT_CHECK(rc == PRIVACY_URL_TRUNCATED && u.len <= cap
                       && (u.flags & PRIVACY_URL_CUT)
                       && memcmp(out, "//www.facebook.com/tr?id=1", u.len)
                          == 0, "cap %zu: %d", cap, rc);

        } else {
            UNIT_CHECK(rc == PRIVACY_URL_OK && u.len == 26, "cap %zu", cap);
        }

        UNIT_CHECK(out[cap] == 0x55, "cap %zu: written past cap", cap);
    }

    /* an escape is never cut */
    s = "https://h.example/\xc3\xa9\xc3\xa9";
    for (cap = 12; cap < 36; cap++) {
        rc = privacy_url_parse((const unsigned char *) s, strlen(s), NULL,
                               out, cap, &u);
        UNIT_CHECK((rc == PRIVACY_URL_TRUNCATED || rc == PRIVACY_URL_OK)
                   && (u.len - 12) % 3 == 0, "cap %zu: cut in an escape",
                   cap);
    }

    /* a tag-sized URL */
    memcpy(in, "https://h.example/", 18);
    for (n = 18; n < sizeof(in); n++) {
        in[n] = "abc/.%"[n % 6];
    }
    rc = privacy_url_parse((const unsigned char *) in, sizeof(in), NULL,
                           out, sizeof(out), &u);
    UNIT_CHECK(rc == PRIVACY_URL_TRUNCATED && u.len <= sizeof(out),
               "long URL cut");

    /* a base that does not fit */
    rc = privacy_url_parse((const unsigned char *) "x", 1, &doc, out, 10, &u);
    UNIT_CHECK(rc == PRIVACY_URL_NOSPACE, "base host does not fit: %d", rc);
    rc = privacy_url_parse((const unsigned char *) "", 0, &doc, out, 30, &u);
    UNIT_CHECK(rc == PRIVACY_URL_TRUNCATED && u.len <= 30
               && memcmp(out, docbuf, u.len) == 0, "base cut: %d", rc);
}


int
main(void)
{
    int  rc;

    rc = privacy_url_document(PRIVACY_URL_HTTPS,
                              (const unsigned char *) "www.example.org", 15,
                              (const unsigned char *)
                              "/news/today/article.html?page=2", 31,
                              docbuf, sizeof(docbuf), &doc);
    UNIT_CHECK(rc == PRIVACY_URL_OK, "document URL");
    UNIT_CHECK_MEM(doc.data, doc.len,
                   "//www.example.org/news/today/article.html?page=2",
                   "document URL");

    test_fields();
    test_document();
    test_whitespace();
    test_schemes();
    test_slashes();
    test_userinfo();
    test_hosts();
    test_ip();
    test_ports();
    test_paths();
    test_relative();
    test_bounds();

    return unit_summary("urlparse");
}
