/*
 * Types of the streaming HTML filter, shared by its files (inflate.c,
 * html_out.c, html_url.c, html_tag.c, link.c, html.c): the per-request
 * state of the filter and the constants that cross those files.  Types
 * and constants only, no prototypes.
 */
#ifndef NGX_HTTP_PRIVACY_HTML_TYPES_H
#define NGX_HTTP_PRIVACY_HTML_TYPES_H

#include "ngx_http_privacy_common.h"
#include "privacy_html.h"
#include "privacy_urlparse.h"

#include <zlib.h>


/* the inflate bufs of a request (inflate.c) */
#define NGX_HTTP_PRIVACY_INFLATE_BUFS  4

/* what the scanner reports: the fetching elements, CSS in the page */
#define NGX_HTTP_PRIVACY_REPORT                                              \
    (PRIVACY_HTML_REPORT_ALL | PRIVACY_HTML_REPORT_STYLE                      \
     | PRIVACY_HTML_REPORT_STYLE_ATTR | PRIVACY_HTML_REPORT_STYLE_FETCH      \
     | PRIVACY_HTML_REPORT_PAINT_ATTR | PRIVACY_HTML_REPORT_BACKGROUND_ANY     \
     | PRIVACY_HTML_REPORT_NOSCRIPT_END)

/* actions on one element */
#define NGX_HTTP_PRIVACY_KEEP          0
#define NGX_HTTP_PRIVACY_REMOVE        1
#define NGX_HTTP_PRIVACY_REWRITE       2
#define NGX_HTTP_PRIVACY_HOLD          3    /* an inline script: hold it */

/* how a tag is rebuilt */
#define NGX_HTTP_PRIVACY_NEUTRALIZE         1
#define NGX_HTTP_PRIVACY_ACTIVATE           2
#define NGX_HTTP_PRIVACY_INERT              3  /* fetching attributes off */
#define NGX_HTTP_PRIVACY_NEUTRALIZE_INLINE  4  /* type="text/plain" + cats */

/* what an attribute makes the browser fetch */
#define NGX_HTTP_PRIVACY_FETCH_NONE     0
#define NGX_HTTP_PRIVACY_FETCH_URL      1
#define NGX_HTTP_PRIVACY_FETCH_LIST     2
#define NGX_HTTP_PRIVACY_FETCH_PING     3
#define NGX_HTTP_PRIVACY_FETCH_REFRESH  4
#define NGX_HTTP_PRIVACY_FETCH_SRCDOC   5
#define NGX_HTTP_PRIVACY_FETCH_STYLE    6   /* CSS: url(), @import */
#define NGX_HTTP_PRIVACY_FETCH_VALUES   7   /* an SVG animation's "a;b" */

/* what is done with the text of an inline script */
#define NGX_HTTP_PRIVACY_INLINE_NONE   0
#define NGX_HTTP_PRIVACY_INLINE_HOLD   1    /* held until its end tag */
#define NGX_HTTP_PRIVACY_INLINE_DROP   2    /* removed past the bound */


/*
 * The URLs a request classified last, by their bytes as the page wrote
 * them: a page names the same URL again and again (an img's src is one of
 * its srcset's), and its category and party do not change while the base
 * does not.  Direct-mapped; URLs of 8 to MEMO_LEN bytes.
 */
#define NGX_HTTP_PRIVACY_URL_MEMO_BITS 5    /* memo_live has a bit each */
#define NGX_HTTP_PRIVACY_URL_MEMO      (1 << NGX_HTTP_PRIVACY_URL_MEMO_BITS)
#define NGX_HTTP_PRIVACY_URL_MEMO_LEN  120

typedef struct {
    uint64_t                      tail;     /* its last 8 bytes */
    uint64_t                      mid;      /* the 8 before (or first) */
    ngx_http_privacy_host_entry_t *e;       /* its host's, or NULL */
    privacy_mask_t                cat;      /* ngx_http_privacy_url()'s */
    unsigned                      len:8;
    unsigned                      found:1;  /* a rule classified it */
    unsigned                      party:2;  /* 0 not known, 1 first, 2 */
    u_char                        url[NGX_HTTP_PRIVACY_URL_MEMO_LEN];
} ngx_http_privacy_url_memo_t;


typedef struct {
    privacy_html_t                sc;
    ngx_http_privacy_decision_t  *d;
    ngx_http_privacy_loc_conf_t  *conf;

    ngx_chain_t                  *in;       /* input not yet scanned */
    ngx_buf_t                    *buf;      /* the buf being scanned */
    ngx_chain_t                  *last_span; /* its last zero-copy span */

    ngx_chain_t                  *out;
    ngx_chain_t                 **last_out;
    ngx_chain_t                  *free;
    ngx_chain_t                  *busy;
    size_t                        own_busy; /* bytes of our bufs taken
                                               from free, not back yet */

    u_char                       *scratch;  /* decoded values, max_tag */
    u_char                       *norm;     /* a normalised URL */
    u_char                       *work;     /* URLs being matched */
    u_char                       *rewrite;  /* a rewritten tag, lazily */
    u_char                       *css_url;  /* a URL of CSS, lazily */
    u_char                       *foreign;  /* an SVG text read, lazily */
    size_t                        foreign_cap;
    privacy_html_attr_t          *many;     /* for tags of many attributes */

    privacy_url_t                 doc;      /* the base of relative URLs */
    size_t                        norm_cap;
    ngx_http_privacy_host_cache_t hosts;    /* URL hosts seen */
    ngx_http_privacy_url_memo_t  *memo;     /* URL_MEMO, lazily */
    ngx_uint_t                    memo_live; /* bit i: memo[i] holds one */
    ngx_uint_t                    memo_of[NGX_HTTP_PRIVACY_HOST_CACHE];
                                            /* bit i: memo[i] was stored
                                               with hosts.e[k] (or since
                                               overwritten: read again) */

    /* gzip from the upstream */
    z_stream                      zstream;
    ngx_buf_t                    *zin;      /* compressed buf being read */
    ngx_buf_t                    *zbufs[NGX_HTTP_PRIVACY_INFLATE_BUFS];
    ngx_uint_t                    zlast;

    ngx_uint_t                    removed;

    /* an inline script held while it is classified */
    u_char                       *inl;      /* its start tag, then text */
    ngx_chain_t                  *inl_cl;   /* the link and buf of inl */
    ngx_chain_t                  *hold_free;    /* hold buffers sent, back */
    ngx_uint_t                    holds;    /* hold buffers allocated */
    size_t                        inl_tag;  /* bytes of the start tag */
    size_t                        inl_len;
    ngx_uint_t                    inl_state;
    privacy_html_el_e             inl_el;   /* script or style */
    ngx_uint_t                    inl_kind;  /* privacy_inline_js_type() */
    ngx_uint_t                    inl_foreign;  /* in <svg>: markup */
    privacy_mask_t                inline_cat;   /* for its neutral form */
    ngx_uint_t                    srcdoc_depth;

    /* a stylesheet (text/css): the part held, privacy_html_max_inline */
    u_char                       *css_text;
    size_t                        css_len;
    privacy_mask_t                css_denied;   /* its categories changed */
    u_char                        css_skip;     /* in a data: URL: its end */

    /* the last unclassified third-party host seen, not yet listed: its
       entry, and its name (the entry may take another host since) */
    ngx_http_privacy_host_entry_t *unknown;
    size_t                        unknown_len;
    u_char                        unknown_host[NGX_HTTP_PRIVACY_HOST_CACHE_LEN];

    unsigned                      base_seen:1;
    unsigned                      gunzip:1;
    unsigned                      banner_done:1;
    unsigned                      cm_done:1;    /* consent mode inserted */
    unsigned                      ph_used:1;    /* a placeholder went out */
    unsigned                      ph_form:1;    /*   and its form too */
    unsigned                      zstarted:1;
    unsigned                      zdone:1;
    unsigned                      fed:1;
    unsigned                      done:1;
    unsigned                      css_file:1;   /* the body is a stylesheet */
    unsigned                      css_over:1;   /*   past the bound: passed */
    unsigned                      lost:1;       /* the rest skipped: logged */
    unsigned                      ended:1;      /* the last buf is out */
} ngx_http_privacy_html_ctx_t;

#endif
