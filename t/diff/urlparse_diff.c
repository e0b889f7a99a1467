/*
 * urlparse_diff.c: the C side of the differential test of
 * privacy_url_parse() (t/diff/urlparse_diff.js drives it).
 *
 * Reads lines "BASE<TAB>INPUT", both hex-encoded bytes (BASE is parsed as
 * an absolute URL first), and writes one line per case: the result code,
 * a tab, and the canonical form ("-" when there is none).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "privacy_urlparse.h"


static size_t
unhex(const char *s, size_t n, unsigned char *out)
{
    size_t        i;
    unsigned int  b;

    for (i = 0; i + 1 < n; i += 2) {
        if (sscanf(s + i, "%2x", &b) != 1) {
            exit(2);
        }

        out[i / 2] = (unsigned char) b;
    }

    return n / 2;
}


int
main(void)
{
    int             rc;
    char           *line, *tab;
    size_t          n, bn, in_len;
    privacy_url_t   base, url;
    static char           buf[200000];
    static unsigned char  b[60000], in[60000], bout[200000], out[200000];

    if (privacy_url_idna_init() != 0) {
        fprintf(stderr, "urlparse_diff: no IDNA\n");
    }

    while (fgets(buf, sizeof(buf), stdin)) {
        line = buf;
        n = strlen(line);

        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) {
            line[--n] = '\0';
        }

        tab = strchr(line, '\t');
        if (tab == NULL) {
            return 2;
        }

        bn = unhex(line, (size_t) (tab - line), b);
        in_len = unhex(tab + 1, strlen(tab + 1), in);

        rc = privacy_url_parse(b, bn, NULL, bout, sizeof(bout), &base);

        if (rc != PRIVACY_URL_OK) {
            printf("BASE%d\t-\n", rc);
            continue;
        }

        rc = privacy_url_parse(in, in_len, &base, out, sizeof(out), &url);

        if (rc == PRIVACY_URL_OK || rc == PRIVACY_URL_TRUNCATED) {
            printf("%d\t%.*s\n", rc, (int) url.len, (char *) url.data);

        } else {
            printf("%d\t-\n", rc);
        }
    }

    return 0;
}
