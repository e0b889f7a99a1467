/*
 * Unit tests for the building blocks under the consent decoders: the strict
 * JSON validator and its accessors (§1.6), strict percent-decoding and the
 * UTF-8 check (§1.5), the date-time rules of §3/§5, and a few TC string and
 * GPP header details the vectors do not isolate (range-encoded vendors,
 * GPP id ranges).
 *
 *     cc -std=c99 -Wall -Wextra -Werror -O1 -I ngx_privacy_module/lib \
 *         -I t/unit t/unit/test_json.c ngx_privacy_module/lib/\*.c \
 *         -o build/unit/test_json && build/unit/test_json
 */
#include <string.h>

#include "unit.h"
#include "privacy_cmp_util.h"
#include "privacy_json.h"
#include "privacy_pct.h"
#include "privacy_tcf.h"


#define S(s)  (const unsigned char *) (s), (sizeof(s) - 1)


static int
json(const char *s)
{
    privacy_json_value_t  root;

    return privacy_json_validate((const unsigned char *) s, strlen(s), &root);
}


static void
test_json_grammar(void)
{
    size_t  i;
    char    deep[64];

    static const char  *valid[] = {
        "{}", "[]", "0", "-0", "1.5e-3", "-12E+7", "\"\"", "true", "null",
        " \t\r\n{ \"a\" : [ 1 , { } ] } \n", "{\"a\":{\"a\":1}}",
        "\"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\\"\\\\\"",
        "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"",
        "[\"a\",{\"b\":[]},null]"
    };

    static const char  *invalid[] = {
        "", " ", "{", "}", "[", "{]", "[}", "{\"a\"}", "{\"a\":}", "{a:1}",
        "{'a':1}", "[1,]", "{\"a\":1,}", "[,1]", "01", "1.", ".5", "+1",
        "1e", "-", "NaN", "Infinity", "-Infinity", "tru", "truex", "nul",
        "True", "{}{}", "{} x", "[1]]", "\"abc", "\"\\x\"", "\"\\u12\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"",
        "\"a\tb\"", "\"\x01\"", "\"\xff\"", "\"\xc0\xaf\"",
        "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xc3\"",
        "\xef\xbb\xbf{}", "{/*x*/}", "[1 2]", "{\"a\" 1}",
        "{\"a\":1 \"b\":2}"
    };

    for (i = 0; i < sizeof(valid) / sizeof(valid[0]); i++) {
        UNIT_CHECK(json(valid[i]) == PRIVACY_JSON_OK, "valid #%zu: %s", i,
                   valid[i]);
    }

    for (i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++) {
        UNIT_CHECK(json(invalid[i]) != PRIVACY_JSON_OK, "invalid #%zu: %s", i,
                   invalid[i]);
    }

    /* depth: 16 levels are fine, 17 are not */
    memset(deep, 0, sizeof(deep));
    memset(deep, '[', 16);
    memset(deep + 16, ']', 16);
    UNIT_CHECK(json(deep) == PRIVACY_JSON_OK, "depth 16");

    memset(deep, 0, sizeof(deep));
    memset(deep, '[', 17);
    memset(deep + 17, ']', 17);
    UNIT_CHECK(json(deep) == PRIVACY_JSON_EDEPTH, "depth 17");
}


static void
test_json_duplicates(void)
{
    /* names compare after unescaping, per object */
    UNIT_CHECK(json("{\"a\":1,\"a\":1}") == PRIVACY_JSON_EDUPKEY, "dup");
    UNIT_CHECK(json("{\"a\":1,\"\\u0061\":2}") == PRIVACY_JSON_EDUPKEY,
               "dup through an escape");
    UNIT_CHECK(json("{\"\\/\":1,\"/\":2}") == PRIVACY_JSON_EDUPKEY,
               "dup through \\/");
    UNIT_CHECK(json("{\"\xc3\xa9\":1,\"\\u00e9\":2}") == PRIVACY_JSON_EDUPKEY,
               "dup through a \\u escape of UTF-8");
    UNIT_CHECK(json("{\"\":1,\"\":2}") == PRIVACY_JSON_EDUPKEY, "dup empty");
    UNIT_CHECK(json("{\"a\":{\"b\":1,\"b\":2}}") == PRIVACY_JSON_EDUPKEY,
               "dup nested");
    UNIT_CHECK(json("{\"a\":{\"a\":1},\"b\":{\"a\":1}}") == PRIVACY_JSON_OK,
               "same name in different objects");
    UNIT_CHECK(json("[{\"a\":1},{\"a\":1}]") == PRIVACY_JSON_OK,
               "same name in sibling objects");
    UNIT_CHECK(json("{\"a\":1,\"A\":2,\"a \":3}") == PRIVACY_JSON_OK,
               "case and space differ");
}


static void
test_json_access(void)
{
    int64_t               v;
    size_t                n;
    unsigned              count;
    unsigned char         buf[16];
    const char           *doc;
    privacy_json_iter_t   it;
    privacy_json_value_t  root, key, val;

    doc = " {\"n\" : -42, \"s\":\"a\\u00e9\\n\", \"arr\":[1, \"x\", {\"k\":[]}],"
          " \"big\": 1234567890123456789, \"f\":1.0, \"t\":true} ";

    UNIT_CHECK(privacy_json_validate((const unsigned char *) doc, strlen(doc),
                                     &root) == PRIVACY_JSON_OK
               && root.type == PRIVACY_JSON_OBJECT && root.p[0] == '{'
               && root.p[root.len - 1] == '}', "root");

    UNIT_CHECK(privacy_json_member(&root, "n", 1, &val)
               && val.type == PRIVACY_JSON_NUMBER
               && privacy_json_int(&val, &v) == 0 && v == -42, "int");
    UNIT_CHECK(privacy_json_member(&root, "big", 3, &val)
               && privacy_json_int(&val, &v) != 0, "int beyond 18 digits");
    UNIT_CHECK(privacy_json_member(&root, "f", 1, &val)
               && privacy_json_int(&val, &v) != 0, "1.0 is not an integer");
    UNIT_CHECK(privacy_json_member(&root, "t", 1, &val)
               && val.type == PRIVACY_JSON_TRUE, "true");
    UNIT_CHECK(!privacy_json_member(&root, "x", 1, &val), "missing");

    UNIT_CHECK(privacy_json_member(&root, "s", 1, &val)
               && privacy_json_str_len(&val) == 4
               && privacy_json_str_eq(&val, S("a\xc3\xa9\n"))
               && !privacy_json_str_eq(&val, S("a\xc3\xa9"))
               && privacy_json_str_copy(&val, buf, sizeof(buf), &n) == 0
               && n == 4 && memcmp(buf, "a\xc3\xa9\n", 4) == 0
               && privacy_json_str_copy(&val, buf, 3, &n) != 0, "string");

    UNIT_CHECK(privacy_json_member(&root, "arr", 3, &val)
               && val.type == PRIVACY_JSON_ARRAY, "array");

    count = 0;
    privacy_json_iter_init(&it, &val);

    while (privacy_json_iter_next(&it, NULL, &key)) {
        count++;
    }

    UNIT_CHECK(count == 3, "array has %u elements", count);

    count = 0;
    privacy_json_iter_init(&it, &root);

    while (privacy_json_iter_next(&it, &key, &val)) {
        UNIT_CHECK(key.type == PRIVACY_JSON_STRING, "key is a string");
        count++;
    }

    UNIT_CHECK(count == 6, "object has %u members", count);
}


static void
test_pct(void)
{
    size_t         n;
    unsigned char  out[64];

    UNIT_CHECK(privacy_pct_decode(S("a%2Cb%2cc+d"), out, sizeof(out), 0, &n)
               == 0 && n == 7 && memcmp(out, "a,b,c+d", 7) == 0, "decode");
    UNIT_CHECK(privacy_pct_decode(S("a+b%2B"), out, sizeof(out),
                                  PRIVACY_PCT_FORM, &n) == 0
               && n == 4 && memcmp(out, "a b+", 4) == 0, "form decode");
    UNIT_CHECK(privacy_pct_decode(S("%2527"), out, sizeof(out), 0, &n) == 0
               && n == 3 && memcmp(out, "%27", 3) == 0, "decoded once");
    UNIT_CHECK(privacy_pct_decode(S("%C3%A9"), out, sizeof(out), 0, &n) == 0
               && n == 2, "UTF-8");
    UNIT_CHECK(privacy_pct_decode(S("%EF%BB%BF{}"), out, sizeof(out), 0, &n)
               == 0 && n == 5, "BOM is kept (and JSON then fails)");

    UNIT_CHECK(privacy_pct_decode(S("%"), out, sizeof(out), 0, &n) != 0,
               "lone %%");
    UNIT_CHECK(privacy_pct_decode(S("%2"), out, sizeof(out), 0, &n) != 0,
               "short escape");
    UNIT_CHECK(privacy_pct_decode(S("%zz"), out, sizeof(out), 0, &n) != 0,
               "not hex");
    UNIT_CHECK(privacy_pct_decode(S("%00"), out, sizeof(out), 0, &n) != 0,
               "NUL");
    UNIT_CHECK(privacy_pct_decode(S("%0A"), out, sizeof(out), 0, &n) != 0,
               "control");
    UNIT_CHECK(privacy_pct_decode(S("%7F"), out, sizeof(out), 0, &n) != 0,
               "DEL");
    UNIT_CHECK(privacy_pct_decode(S("%FF"), out, sizeof(out), 0, &n) != 0,
               "bad UTF-8");
    UNIT_CHECK(privacy_pct_decode(S("%C3%28"), out, sizeof(out), 0, &n) != 0,
               "bad continuation");
    UNIT_CHECK(privacy_pct_decode(S("%C3"), out, sizeof(out), 0, &n) != 0,
               "truncated sequence");
    UNIT_CHECK(privacy_pct_decode(S("%E0%80%AF"), out, sizeof(out), 0, &n)
               != 0, "overlong");
    UNIT_CHECK(privacy_pct_decode(S("%ED%A0%80"), out, sizeof(out), 0, &n)
               != 0, "surrogate");
    UNIT_CHECK(privacy_pct_decode(S("%F4%90%80%80"), out, sizeof(out), 0, &n)
               != 0, "above U+10FFFF");
    UNIT_CHECK(privacy_pct_decode(S("abc"), out, 2, 0, &n) != 0,
               "buffer too small");
    UNIT_CHECK(privacy_pct_decode(S("%C3%A9x"), NULL, 0, 0, &n) == 0 && n == 3,
               "validate only");
}


static void
test_datetime(void)
{
    UNIT_CHECK(privacy_cmp_datetime(S("2025-06-01T10:00:00.118Z"),
                                    PRIVACY_DT_ONETRUST), "onetrust Z");
    UNIT_CHECK(privacy_cmp_datetime(S("2025-06-01T10:00:00+02:00"),
                                    PRIVACY_DT_ONETRUST), "onetrust +02:00");
    UNIT_CHECK(privacy_cmp_datetime(S("2025-06-01T10:00:00-0500"),
                                    PRIVACY_DT_ONETRUST), "onetrust -0500");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-06-01T10:00Z"),
                                     PRIVACY_DT_ONETRUST), "seconds needed");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-06-01T10:00:00"),
                                     PRIVACY_DT_ONETRUST), "zone needed");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-06-01T10:00:00.1234567Z"),
                                     PRIVACY_DT_ONETRUST), "7 digits");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-02-29T10:00:00Z"),
                                     PRIVACY_DT_ONETRUST), "not a leap year");
    UNIT_CHECK(privacy_cmp_datetime(S("2024-02-29T23:59:59Z"),
                                    PRIVACY_DT_ONETRUST), "leap year");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-13-01T10:00:00Z"),
                                     PRIVACY_DT_ONETRUST), "month 13");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-06-01T24:00:00Z"),
                                     PRIVACY_DT_ONETRUST), "hour 24");
    UNIT_CHECK(!privacy_cmp_datetime(S("yes"), PRIVACY_DT_ONETRUST), "yes");
    UNIT_CHECK(privacy_cmp_datetime(S("2025-06-01T10:00"), PRIVACY_DT_JS),
               "JS local time");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-06-01"), PRIVACY_DT_JS),
               "JS date only");
    UNIT_CHECK(!privacy_cmp_datetime(S("2025-06-01T10:00:00Zx"),
                                     PRIVACY_DT_JS), "trailing byte");
}


static void
test_tcf_ranges(void)
{
    privacy_tcf_t  tc;

    /* tcf-015: one range 1..65535, never expanded */
    UNIT_CHECK(privacy_tcf_decode(S("CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYn__"
                                    "wAYAA__-AAAAA"), 4, &tc) == 0
               && tc.vendor_consent.is_range
               && tc.vendor_consent.max_vendor_id == 65535
               && tc.vendor_consent.count == 65535
               && privacy_tcf_vendor_has(&tc.vendor_consent, 1)
               && privacy_tcf_vendor_has(&tc.vendor_consent, 40000)
               && privacy_tcf_vendor_has(&tc.vendor_consent, 65535)
               && !privacy_tcf_vendor_has(&tc.vendor_consent, 0),
               "range 1..65535");

    /* tcf-010: restriction type 0 for purpose 2, vendors 4, 6, 8 */
    UNIT_CHECK(privacy_tcf_decode(S("CQSWW5AQSWW5AEsACBENB2EgAP_gAAAAAAYgJhMU"
        "QGG_LGBiMRCgKXBEaYBA98A7xsAgAhCAE4wByCNU-IAVA2EQJA0StqICmBAEqjBBAAF"
        "kGBHUAUCgQggFrwCMYAGMhRAAJSBAAAMQIGVYABgJmAliAAAYg7BdQBZg2AeBZcnUGU"
        "BhSMhHDzVAEyMEYKAZAIksBMAVARCLAwAIQMTABYBEtAYrkGQQTQkUBIEiJAUkAMsLU"
        "QAAAAhAAMABgAIA"), 4, &tc) == 0
               && tc.num_pub_restrictions == 1,
               "restrictions decode");
    UNIT_CHECK(privacy_tcf_vendor_has(&tc.vendor_consent, 6)
               && !privacy_tcf_vendor_allowed(&tc, 6, PRIVACY_TCF_PURPOSE(2))
               && privacy_tcf_vendor_allowed(&tc, 6, PRIVACY_TCF_PURPOSE(3)),
               "vendor 6 restricted for purpose 2 only");

    UNIT_CHECK(privacy_tcf_decode(S("CQSWW5AQSWW5AEsACBENB2EgAIHAAAAAAAYgAKgE"
                                    "QCAAAAAA"), 5, &tc) != 0,
               "min policy version 5 rejects a 2.2 string");
}


static void
test_gpp_header(void)
{
    privacy_gpp_t  g;

    /* DBABjw = [5, 6] as one range (tcfcav1, uspv1): two sections */
    UNIT_CHECK(privacy_gpp_decode(S("DBABjw~AA~1YNN"), 4, &g)
               == PRIVACY_CONSENT_DECIDED && g.nsections == 2
               && g.ids[0] == 5 && g.ids[1] == 6, "range header");
    UNIT_CHECK(privacy_gpp_decode(S("DBABjw~AA"), 4, &g)
               == PRIVACY_CONSENT_INVALID, "range needs both sections");
    UNIT_CHECK(privacy_gpp_decode(S("DBACNYA~1YNN~1NYN"), 4, &g)
               == PRIVACY_CONSENT_INVALID, "section 2 must be a TC string");
    UNIT_CHECK(privacy_gpp_decode(S("DBABTA~1NYN"), 4, &g)
               == PRIVACY_CONSENT_DECIDED
               && g.optout == PRIVACY_GPP_OPT_SALE, "uspv1 opt-out");
}


int
main(void)
{
    test_json_grammar();
    test_json_duplicates();
    test_json_access();
    test_pct();
    test_datetime();
    test_tcf_ranges();
    test_gpp_header();

    return unit_summary("json");
}
