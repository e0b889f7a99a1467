/*
 * Per-request evaluation (§0.4): routes cookies and headers to the family
 * decoders, merges duplicate copies least-privilege (§1.2), combines the
 * families by intersection, applies the opt-out overlays (Sec-GPC, DNT,
 * US Privacy, GPP; §10-13) and derives Google Consent Mode (§14).  Also
 * the default configuration of §0.3 and the TCF purpose mapping of §9.5.
 */
#include <string.h>

#include "privacy_cmp_util.h"
#include "privacy_tcf.h"


static const char  *family_names[PRIVACY_CMP_NFAMILIES] = {
    "cookiebot", "onetrust", "klaro", "cookieconsent", "cookieyes",
    "complianz", "tcf"
};


int
privacy_cmp_family_by_name(const char *name, size_t len)
{
    unsigned  f;

    for (f = 0; f < PRIVACY_CMP_NFAMILIES; f++) {
        if (strlen(family_names[f]) == len
            && memcmp(family_names[f], name, len) == 0)
        {
            return (int) f;
        }
    }

    return -1;
}


const char *
privacy_cmp_family_name(unsigned family)
{
    return family < PRIVACY_CMP_NFAMILIES ? family_names[family] : "?";
}


const char *
privacy_consent_status_name(privacy_consent_status_e status)
{
    switch (status) {
    case PRIVACY_CONSENT_ABSENT:
        return "absent";
    case PRIVACY_CONSENT_INVALID:
        return "invalid";
    case PRIVACY_CONSENT_UNDECIDED:
        return "undecided";
    case PRIVACY_CONSENT_DECIDED:
        return "decided";
    case PRIVACY_CONSENT_NOT_REQUIRED:
        return "not_required";
    }

    return "?";
}


#define STR(s)  { s, sizeof(s) - 1 }

static const privacy_cmp_str_t  tcf_default_cookies[] = {
    STR("euconsent-v2"), STR("eupubconsent-v2")
};

static const privacy_cmp_str_t  usp_default_cookies[] = {
    STR("usprivacy"), STR("us_privacy")
};

#define P(n)  PRIVACY_TCF_PURPOSE(n)

/* §9.5; purpose 1 (storage) is a prerequisite of every rule */
const privacy_tcf_rule_t  privacy_tcf_default_rules[] = {
    { PRIVACY_CAT_PREFERENCES, P(5) | P(6) },
    { PRIVACY_CAT_ANALYTICS, P(8) | P(9) },
    { PRIVACY_CAT_MARKETING, P(2) | P(3) | P(4) | P(7) }
};

const size_t  privacy_tcf_default_nrules =
    sizeof(privacy_tcf_default_rules) / sizeof(privacy_tcf_default_rules[0]);


void
privacy_cmp_conf_init(privacy_cmp_conf_t *cf)
{
    static const privacy_cmp_str_t  cookiebot = STR("CookieConsent");
    static const privacy_cmp_str_t  onetrust = STR("OptanonConsent");
    static const privacy_cmp_str_t  closed = STR("OptanonAlertBoxClosed");
    static const privacy_cmp_str_t  klaro = STR("klaro");
    static const privacy_cmp_str_t  cc = STR("cc_cookie");
    static const privacy_cmp_str_t  cookieyes = STR("cookieyes-consent");
    static const privacy_cmp_str_t  complianz = STR("cmplz_");
    static const privacy_cmp_str_t  gpp = STR("__gpp");

    memset(cf, 0, sizeof(privacy_cmp_conf_t));

    cf->families = PRIVACY_CMP_FAMILIES_AUTO;
    cf->all = PRIVACY_CMP_BUILTIN_OPTIONAL;
    cf->gpc_removes = PRIVACY_CAT_MARKETING;
    cf->dnt_removes = PRIVACY_CAT_MARKETING;

    cf->cookiebot.cookie = cookiebot;
    cf->cookiebot.map = privacy_cookiebot_default_map;
    cf->onetrust.cookie = onetrust;
    cf->onetrust.closed_cookie = closed;
    cf->onetrust.map = privacy_onetrust_default_map;
    cf->klaro.cookie = klaro;
    cf->cookieconsent.cookie = cc;
    cf->cookieconsent.map = privacy_cookieconsent_default_map;
    cf->cookieyes.cookie = cookieyes;
    cf->cookieyes.map = privacy_cookieyes_default_map;
    cf->complianz.prefix = complianz;
    cf->complianz.map = privacy_complianz_default_map;

    cf->tcf.cookies = tcf_default_cookies;
    cf->tcf.ncookies = sizeof(tcf_default_cookies)
                       / sizeof(tcf_default_cookies[0]);
    cf->tcf.min_policy_version = 4;
    cf->tcf.rules = privacy_tcf_default_rules;
    cf->tcf.nrules = privacy_tcf_default_nrules;

    cf->usp_cookies = usp_default_cookies;
    cf->nusp_cookies = sizeof(usp_default_cookies)
                       / sizeof(usp_default_cookies[0]);
    cf->gpp_cookie = gpp;
}


const char *
privacy_cmp_conf_check(const privacy_cmp_conf_t *cf)
{
    size_t  i;

    if (cf->families & ~PRIVACY_CMP_FAMILIES_AUTO) {
        return "unknown consent platform";
    }

    if (!privacy_cmp_map_ok(&cf->cookiebot.map)
        || !privacy_cmp_map_ok(&cf->onetrust.map)
        || !privacy_cmp_map_ok(&cf->klaro.services)
        || !privacy_cmp_map_ok(&cf->cookieconsent.map)
        || !privacy_cmp_map_ok(&cf->cookieyes.map)
        || !privacy_cmp_map_ok(&cf->complianz.map))
    {
        return "consent map too large or with an empty name";
    }

    if (cf->complianz.prefix.len == 0) {
        return "empty Complianz cookie prefix";
    }

    if (cf->tcf.nrules > 0 && cf->tcf.rules == NULL) {
        return "TCF rules missing";
    }

    for (i = 0; i < cf->tcf.nrules; i++) {
        if (cf->tcf.rules[i].purposes & ~(uint32_t) 0xffffff) {
            return "TCF purpose out of range (1-24)";
        }
    }

    if ((cf->tcf.ncookies > 0 && cf->tcf.cookies == NULL)
        || (cf->nusp_cookies > 0 && cf->usp_cookies == NULL))
    {
        return "cookie name list missing";
    }

    return NULL;
}


privacy_mask_t
privacy_tcf_categories(const privacy_cmp_conf_t *cf, uint32_t purposes,
    unsigned purpose_one_treatment)
{
    size_t          i;
    privacy_mask_t  mask;

    /* purpose 1 (store/access) can only be given by consent */
    if (!(purposes & P(1))
        && !(cf->tcf.purpose_one_treatment && purpose_one_treatment))
    {
        return 0;
    }

    mask = 0;

    for (i = 0; i < cf->tcf.nrules; i++) {
        if ((purposes & cf->tcf.rules[i].purposes)
            == cf->tcf.rules[i].purposes)
        {
            mask |= cf->tcf.rules[i].category;
        }
    }

    return mask & ~PRIVACY_CAT_NECESSARY;
}


void
privacy_consent_mode(privacy_mask_t granted, privacy_consent_mode_t *m)
{
    unsigned  ads, analytics, prefs;

    ads = (granted & PRIVACY_CAT_MARKETING) != 0;
    analytics = (granted & PRIVACY_CAT_ANALYTICS) != 0;
    prefs = (granted & PRIVACY_CAT_PREFERENCES) != 0;

    m->ad_storage = ads;
    m->ad_user_data = ads;
    m->ad_personalization = ads;
    m->analytics_storage = analytics;
    m->functionality_storage = prefs;
    m->personalization_storage = prefs;
    m->security_storage = 1;

    m->gcs[0] = 'G';
    m->gcs[1] = '1';
    m->gcs[2] = (char) (ads ? '1' : '0');
    m->gcs[3] = (char) (analytics ? '1' : '0');
    m->gcs[4] = '\0';
}


/* undecided < decided < not_required: the weakest copy wins (§1.2) */
static int
status_rank(privacy_consent_status_e s)
{
    switch (s) {
    case PRIVACY_CONSENT_UNDECIDED:
        return 0;
    case PRIVACY_CONSENT_DECIDED:
        return 1;
    default:
        return 2;
    }
}


void
privacy_cmp_result_merge(privacy_cmp_result_t *acc,
    const privacy_cmp_result_t *copy)
{
    if (copy->status == PRIVACY_CONSENT_ABSENT
        || acc->status == PRIVACY_CONSENT_INVALID)
    {
        return;
    }

    if (acc->status == PRIVACY_CONSENT_ABSENT) {
        *acc = *copy;

    } else if (copy->status == PRIVACY_CONSENT_INVALID) {
        acc->status = PRIVACY_CONSENT_INVALID;

    } else {
        if (status_rank(copy->status) < status_rank(acc->status)) {
            acc->status = copy->status;
        }

        acc->has_state = acc->has_state && copy->has_state;
        acc->state &= copy->state;
        acc->info |= copy->info;

        /* the oldest dated copy */
        if (copy->has_time && (!acc->has_time || copy->time < acc->time)) {
            acc->has_time = 1;
            acc->time = copy->time;
        }
    }

    /* the TC string pointer is only valid while its copy is decoded */
    acc->iab2 = NULL;
    acc->iab2_len = 0;

    if (acc->status == PRIVACY_CONSENT_INVALID || !acc->has_state) {
        acc->has_state = 0;
        acc->state = 0;
    }

    if (acc->status == PRIVACY_CONSENT_INVALID) {
        acc->has_time = 0;
        acc->time = 0;
    }
}


void
privacy_consent_init(privacy_consent_ctx_t *ctx, const privacy_cmp_conf_t *cf,
    unsigned char *scratch)
{
    unsigned  f;

    memset(ctx, 0, sizeof(privacy_consent_ctx_t));
    ctx->cf = cf;
    ctx->scratch = scratch;

    for (f = 0; f < PRIVACY_CMP_NFAMILIES; f++) {
        ctx->fam[f].status = PRIVACY_CONSENT_ABSENT;
    }

    ctx->usp = PRIVACY_CONSENT_ABSENT;
    ctx->gpp = PRIVACY_CONSENT_ABSENT;
}


static int
name_is(const unsigned char *name, size_t nlen, const privacy_cmp_str_t *s)
{
    return s->len > 0 && privacy_cmp_eq(name, nlen, s->data, s->len);
}


static int
name_in(const unsigned char *name, size_t nlen, const privacy_cmp_str_t *list,
    size_t n)
{
    size_t  i;

    for (i = 0; i < n; i++) {
        if (name_is(name, nlen, &list[i])) {
            return 1;
        }
    }

    return 0;
}


static void
tcf_copy(privacy_consent_ctx_t *ctx, const unsigned char *p, size_t len)
{
    uint32_t                   purposes;
    privacy_tcf_t              tc;
    privacy_cmp_result_t       r;
    const privacy_cmp_conf_t  *cf;

    cf = ctx->cf;
    memset(&r, 0, sizeof(privacy_cmp_result_t));

    if (privacy_tcf_decode(p, len, cf->tcf.min_policy_version, &tc) != 0) {
        r.status = PRIVACY_CONSENT_INVALID;

    } else {
        purposes = tc.purposes_consent;

        if (cf->tcf.use_publisher_tc
            && (tc.segments & PRIVACY_TCF_SEG_PUBLISHER))
        {
            purposes = tc.pub_purposes_consent;
        }

        /* a valid string with no consent bits is a decision too */
        r.status = PRIVACY_CONSENT_DECIDED;
        r.has_state = 1;
        r.state = privacy_tcf_categories(cf, purposes,
                                         tc.purpose_one_treatment);

        /* LastUpdated, in deciseconds */
        r.has_time = 1;
        r.time = (int64_t) (tc.last_updated / 10);
    }

    privacy_cmp_result_merge(&ctx->fam[PRIVACY_CMP_TCF], &r);
}


/* §1.2 for the overlays: invalid sticks, opt-outs accumulate */
static void
overlay_merge(privacy_consent_status_e *acc, privacy_consent_status_e s)
{
    if (s == PRIVACY_CONSENT_ABSENT || *acc == PRIVACY_CONSENT_INVALID) {
        return;
    }

    *acc = s;
}


void
privacy_consent_cookie(privacy_consent_ctx_t *ctx, const unsigned char *name,
    size_t nlen, const unsigned char *value, size_t vlen)
{
    unsigned                   fams;
    privacy_usp_t              u;
    privacy_gpp_t              g;
    privacy_cmp_result_t       r;
    privacy_consent_status_e   s;
    const privacy_cmp_conf_t  *cf;

    cf = ctx->cf;
    fams = cf->families;

    if ((fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COOKIEBOT))
        && name_is(name, nlen, &cf->cookiebot.cookie))
    {
        privacy_cookiebot_decode(cf, value, vlen, ctx->scratch, &r);

        /* optional TCF source (§9.1); read before the scratch is reused */
        if (r.iab2 != NULL && r.iab2_len > 0 && cf->tcf.cookiebot_iab2
            && (fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_TCF)))
        {
            tcf_copy(ctx, r.iab2, r.iab2_len);
        }

        privacy_cmp_result_merge(&ctx->fam[PRIVACY_CMP_COOKIEBOT], &r);
    }

    if (fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_ONETRUST)) {
        if (name_is(name, nlen, &cf->onetrust.cookie)) {
            privacy_onetrust_decode(cf, value, vlen, ctx->scratch, &r);

            if (r.status == PRIVACY_CONSENT_UNDECIDED
                && !(r.info & PRIVACY_CMP_INFO_AWAIT_CLOSED))
            {
                ctx->ot_hard_undecided = 1;
            }

            privacy_cmp_result_merge(&ctx->fam[PRIVACY_CMP_ONETRUST], &r);
        }

        if (name_is(name, nlen, &cf->onetrust.closed_cookie)) {
            ctx->ot_closed_seen = 1;

            /* a malformed banner-closed cookie is ignored, not an error */
            if (!privacy_onetrust_closed_valid(value, vlen)) {
                ctx->ot_closed_bad = 1;
            }
        }
    }

    if ((fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_KLARO))
        && cf->klaro.services.n > 0
        && name_is(name, nlen, &cf->klaro.cookie))
    {
        privacy_klaro_decode(cf, value, vlen, ctx->scratch, &r);
        privacy_cmp_result_merge(&ctx->fam[PRIVACY_CMP_KLARO], &r);
    }

    if ((fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COOKIECONSENT))
        && name_is(name, nlen, &cf->cookieconsent.cookie))
    {
        privacy_cookieconsent_decode(cf, value, vlen, ctx->scratch, &r);
        privacy_cmp_result_merge(&ctx->fam[PRIVACY_CMP_COOKIECONSENT], &r);
    }

    if ((fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COOKIEYES))
        && name_is(name, nlen, &cf->cookieyes.cookie))
    {
        privacy_cookieyes_decode(cf, value, vlen, ctx->scratch, &r);
        privacy_cmp_result_merge(&ctx->fam[PRIVACY_CMP_COOKIEYES], &r);
    }

    if ((fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COMPLIANZ))
        && cf->complianz.prefix.len > 0
        && nlen > cf->complianz.prefix.len
        && memcmp(name, cf->complianz.prefix.data, cf->complianz.prefix.len)
           == 0)
    {
        privacy_complianz_cookie(ctx, name + cf->complianz.prefix.len,
                                 nlen - cf->complianz.prefix.len,
                                 value, vlen);
    }

    if ((fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_TCF))
        && name_in(name, nlen, cf->tcf.cookies, cf->tcf.ncookies))
    {
        tcf_copy(ctx, value, vlen);
    }

    /* overlays run whatever families are configured */
    if (name_in(name, nlen, cf->usp_cookies, cf->nusp_cookies)) {
        s = privacy_usp_decode(value, vlen, &u);
        overlay_merge(&ctx->usp, s);

        if (s == PRIVACY_CONSENT_DECIDED && u.opt_out == 'Y') {
            ctx->usp_optout = 1;
        }
    }

    if (name_is(name, nlen, &cf->gpp_cookie)) {
        s = privacy_gpp_decode(value, vlen, cf->tcf.min_policy_version, &g);
        overlay_merge(&ctx->gpp, s);

        if (s == PRIVACY_CONSENT_DECIDED) {
            ctx->gpp_optout |= g.optout;

            if (g.tcf != NULL && cf->tcf.from_gpp
                && (fams & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_TCF)))
            {
                tcf_copy(ctx, g.tcf, g.tcf_len);
            }
        }
    }
}


static int
header_is(const unsigned char *name, size_t nlen, const char *h)
{
    size_t         i;
    unsigned char  c;

    if (nlen != strlen(h)) {
        return 0;
    }

    for (i = 0; i < nlen; i++) {
        c = name[i];

        if (c >= 'A' && c <= 'Z') {
            c |= 0x20;
        }

        if (c != (unsigned char) h[i]) {
            return 0;
        }
    }

    return 1;
}


void
privacy_consent_header(privacy_consent_ctx_t *ctx, const unsigned char *name,
    size_t nlen, const unsigned char *value, size_t vlen)
{
    int  dnt;

    if (header_is(name, nlen, "sec-gpc")) {
        if (privacy_gpc_header(value, vlen)) {
            ctx->gpc = 1;
        }

        return;
    }

    if (header_is(name, nlen, "dnt")) {
        /* several lines: any "1" wins (§13) */
        dnt = privacy_dnt_header(value, vlen);

        if (dnt == PRIVACY_DNT_1
            || (dnt == PRIVACY_DNT_0 && ctx->dnt == PRIVACY_DNT_NONE))
        {
            ctx->dnt = (unsigned) dnt;
        }
    }
}


void
privacy_consent_finish(privacy_consent_ctx_t *ctx,
    privacy_consent_decision_t *d)
{
    unsigned                   f, present, blocked;
    privacy_mask_t             inter, contrib;
    privacy_cmp_result_t      *r;
    const privacy_cmp_conf_t  *cf;

    cf = ctx->cf;
    memset(d, 0, sizeof(privacy_consent_decision_t));

    if (cf->families & PRIVACY_CMP_FAMILY_BIT(PRIVACY_CMP_COMPLIANZ)) {
        privacy_complianz_finish(ctx, &ctx->fam[PRIVACY_CMP_COMPLIANZ]);
    }

    /* OneTrust: a copy waiting for the banner-closed cookie (§3) */
    r = &ctx->fam[PRIVACY_CMP_ONETRUST];

    if (r->status == PRIVACY_CONSENT_UNDECIDED
        && (r->info & PRIVACY_CMP_INFO_AWAIT_CLOSED)
        && !ctx->ot_hard_undecided && ctx->ot_closed_seen
        && !ctx->ot_closed_bad)
    {
        r->status = PRIVACY_CONSENT_DECIDED;
    }

    r->info &= ~PRIVACY_CMP_INFO_AWAIT_CLOSED;

    /* §0.4 steps 1-4 */
    present = 0;
    blocked = 0;
    inter = ~(privacy_mask_t) 0;

    for (f = 0; f < PRIVACY_CMP_NFAMILIES; f++) {
        r = &ctx->fam[f];

        if (!(cf->families & PRIVACY_CMP_FAMILY_BIT(f))) {
            r->status = PRIVACY_CONSENT_ABSENT;
        }

        d->status[f] = r->status;
        d->fam[f] = *r;

        if (r->status == PRIVACY_CONSENT_ABSENT) {
            continue;
        }

        present++;
        contrib = 0;

        switch (r->status) {

        case PRIVACY_CONSENT_DECIDED:
            contrib = r->state;
            break;

        case PRIVACY_CONSENT_NOT_REQUIRED:
            contrib = cf->not_required_ignore ? 0 : r->state;
            break;

        case PRIVACY_CONSENT_UNDECIDED:
            if (!cf->mirror) {
                blocked = 1;

            } else if (r->has_state) {
                contrib = r->state;
            }

            break;

        default:
            blocked = 1;
        }

        inter &= contrib;
    }

    d->base = PRIVACY_CAT_NECESSARY;

    if (present > 0 && !blocked) {
        d->base |= inter & ~PRIVACY_CAT_NECESSARY;
    }

    /* step 5: overlays only remove */
    d->gpc = ctx->gpc;
    d->dnt = ctx->dnt;
    d->usp = ctx->usp;
    d->gpp = ctx->gpp;

    if (ctx->gpc) {
        d->removed |= cf->gpc_removes;
    }

    if (ctx->dnt == PRIVACY_DNT_1) {
        d->removed |= cf->dnt_removes;
    }

    if (ctx->usp_optout
        || (ctx->usp == PRIVACY_CONSENT_INVALID && !cf->invalid_optout_ignore))
    {
        d->removed |= PRIVACY_CAT_MARKETING;
    }

    if (ctx->gpp_optout
        || (ctx->gpp == PRIVACY_CONSENT_INVALID && !cf->invalid_optout_ignore))
    {
        d->removed |= PRIVACY_CAT_MARKETING;
    }

    d->removed &= ~PRIVACY_CAT_NECESSARY;
    d->granted = (d->base & ~d->removed) | PRIVACY_CAT_NECESSARY;

    /* step 6 */
    privacy_consent_mode(d->granted, &d->consent_mode);
}
