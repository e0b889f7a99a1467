/*
 * urlparse_bench.c: privacy_url_parse() over a list of URLs, one a line,
 * against a document URL, REPEAT times (bench/urlparse-bench runs it under
 * callgrind and prints instructions per URL).
 *
 *   urlparse_bench FILE [REPEAT]
 */

#define _POSIX_C_SOURCE  200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "privacy_urlparse.h"


#define MAX_URLS  4096


/*
 * What privacy_url_parse() replaces: the HTML filter's URL normalisation
 * before issue #19 (ngx_http_privacy_normalise() in ngx_http_privacy_html.c,
 * with ngx_memcpy/ngx_cpymem as memcpy), for the difference per URL.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t
old_normalise(const unsigned char *host, size_t host_len,
    const unsigned char *p, size_t len, unsigned char *n, size_t max)
{
    size_t  s;

    while (len && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'
                   || *p == '\f'))
    {
        p++;
        len--;
    }

    while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'
                   || p[len - 1] == '\n' || p[len - 1] == '\r'
                   || p[len - 1] == '\f'))
    {
        len--;
    }

    if (len > max) {
        return 0;
    }

    if (len >= 2 && p[0] == '/' && p[1] == '/') {
        memcpy(n, p, len);
        return len;
    }

    if (len > 7 && (p[0] | 0x20) == 'h' && (p[1] | 0x20) == 't'
        && (p[2] | 0x20) == 't' && (p[3] | 0x20) == 'p')
    {
        s = (p[4] | 0x20) == 's' ? 5 : 4;

        if (len > s + 3 && p[s] == ':' && p[s + 1] == '/' && p[s + 2] == '/')
        {
            memcpy(n, p + s + 1, len - s - 1);
            return len - s - 1;
        }
    }

    if (len >= 1 && p[0] == '/' && host_len && host_len < 500) {
        memcpy(n, "//", 2);
        memcpy(n + 2, host, host_len);
        memcpy(n + 2 + host_len, p, len);
        return 2 + host_len + len;
    }

    return 0;
}


int
main(int argc, char **argv)
{
    int              rc, counts[8];
    long             repeat, r;
    FILE            *f;
    size_t           n, i, len[MAX_URLS], total;
    double           ns;
    privacy_url_t    doc, u;
    struct timespec  t0, t1;
    static char           line[20000], *url[MAX_URLS];
    static unsigned char  docbuf[1024], out[PRIVACY_URL_CAP(20000, 1024)];

    if (argc < 2 || (f = fopen(argv[1], "r")) == NULL) {
        fprintf(stderr, "usage: urlparse_bench FILE [REPEAT]\n");
        return 2;
    }

    repeat = argc > 2 ? atol(argv[2]) : 1;

    for (n = 0; n < MAX_URLS && fgets(line, sizeof(line), f); n++) {
        len[n] = strcspn(line, "\n");
        url[n] = malloc(len[n] + 1);
        if (url[n] == NULL) {
            return 2;
        }
        memcpy(url[n], line, len[n]);
    }

    fclose(f);

    /* as the glue does it: ICU opened at configuration time */
    (void) privacy_url_idna_init();

    rc = privacy_url_document(PRIVACY_URL_HTTPS,
                              (const unsigned char *) "www.example-news.org",
                              20, (const unsigned char *)
                              "/world/2024/05/article-10234.html", 33,
                              docbuf, sizeof(docbuf), &doc);
    if (rc != PRIVACY_URL_OK) {
        return 2;
    }

    memset(counts, 0, sizeof(counts));
    total = 0;

    for (r = 0; r < repeat; r++) {
        for (i = 0; i < n; i++) {
            total += old_normalise((const unsigned char *)
                                   "www.example-news.org", 20,
                                   (const unsigned char *) url[i], len[i],
                                   out, 16384);
        }
    }

    total = 0;

    clock_gettime(CLOCK_MONOTONIC, &t0);

    for (r = 0; r < repeat; r++) {
        for (i = 0; i < n; i++) {
            rc = privacy_url_parse((const unsigned char *) url[i], len[i],
                                   &doc, out, sizeof(out), &u);
            counts[rc + 3]++;
            total += (rc == PRIVACY_URL_OK) ? u.len : 0;
        }
    }

    clock_gettime(CLOCK_MONOTONIC, &t1);

    ns = (t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec);

    printf("urls %zu x %ld: ok %d other %d invalid %d, %zu bytes out, "
           "%.1f ns/url\n", n, repeat, counts[3], counts[5], counts[2],
           total, ns / (double) (n * repeat));

    return 0;
}
