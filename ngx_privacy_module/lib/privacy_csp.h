/*
 * privacy_csp.h: what a Content-Security-Policy lets an inserted inline
 * <script> do (issue 15: the consent defaults script must run under the
 * page's CSP).
 *
 * The header value is a list of policies joined by ","; each one is
 * parsed as CSP3 parses a serialized policy: directives split on ";",
 * ASCII whitespace trimmed, a directive holding a non-ASCII byte skipped,
 * names lowercased, the first of two directives of one name kept.  An
 * inline script element is governed by the first of script-src-elem,
 * script-src, default-src the policy has (CSP3 fallback list).  That
 * directive allows every inline script, so the policy does not restrict,
 * when it has 'unsafe-inline' and no nonce-source, hash-source or
 * 'strict-dynamic' (which make browsers ignore 'unsafe-inline').  Source
 * keywords are matched case-insensitively, nonces exactly.
 *
 * A script runs only if every policy allows it, and it carries one nonce:
 * the answer's nonce is one value that appears as 'nonce-<value>' in the
 * governing directive of every policy that restricts; when there is none
 * (policies with different nonces, or one with only hashes or 'none'),
 * restricted is 1 and nonce NULL: the caller needs a hash in every
 * restricting policy, or does not insert.  A nonce must be base64 or
 * base64url (CSP's base64-value) and at most PRIVACY_CSP_NONCE_MAX long to
 * be used; longer ones still count as nonce-sources for 'unsafe-inline'.
 * Only the first PRIVACY_CSP_CANDIDATES usable nonces of the first
 * restricting policy are tried, so the work stays linear in the value.
 *
 * Several header lines are one list: join them with ",".  Report-only
 * policies block nothing and are not the caller's input here.
 *
 * No allocation, no nginx.
 */

#ifndef PRIVACY_CSP_H
#define PRIVACY_CSP_H

#include <stddef.h>


#define PRIVACY_CSP_NONCE_MAX   128
#define PRIVACY_CSP_CANDIDATES  8


typedef struct {
    const unsigned char  *nonce;        /* in the header value; NULL: none */
    size_t                nonce_len;
    unsigned              restricted;   /* some policy blocks inline scripts */
    unsigned              policies;     /* how many policies restrict */
} privacy_csp_t;


/*
 * Reads the Content-Security-Policy value p[0 .. len) into *csp:
 *   restricted == 0: an inline script runs as is (nonce NULL);
 *   nonce != NULL: it runs with nonce="<nonce>" (only base64 characters,
 *     safe in an attribute as they are);
 *   restricted == 1, nonce NULL: no nonce will do.
 */
void privacy_csp_script(const unsigned char *p, size_t len,
    privacy_csp_t *csp);

/* says whether a report may not be sent to url[0 .. len) */
typedef int (*privacy_csp_judge_pt)(void *data, const unsigned char *url,
    size_t len);

/*
 * The report-uri directives of a Content-Security-Policy (or -Report-Only)
 * value p[0 .. len), any policy of it, any case: the browser sends each
 * violation report to their URLs at once (checked: headless Chromium
 * POSTed one to a tracker's host).  Each URL (a token: ASCII whitespace
 * splits them) goes to the judge; a directive with a URL the judge
 * condemns is written as nothing (its ";" stays: an empty directive is
 * skipped), the rest of the policy as it was.  Never longer than the
 * value: out needs len bytes and may be p.  Returns the length written;
 * *dropped counts the directives taken out.
 */
size_t privacy_csp_reports_inert(unsigned char *out, const unsigned char *p,
    size_t len, privacy_csp_judge_pt judge, void *data, size_t *dropped);

#endif /* PRIVACY_CSP_H */
