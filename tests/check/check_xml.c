/* The xml module: schema, one application as XML, hardening. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <sqlite3.h>
#include <libxml/xmlerror.h>

#include "auctreg.h"
#include "testutil.h"
#include "util/util.h"
#include "registry/registry_internal.h"
#include "xml/xml_internal.h"

/* ------------------------------------------------------------ helpers */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    auctreg__buf b = AUCTREG__BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        auctreg__buf_append(&b, chunk, n);
    fclose(f);
    if (len)
        *len = b.len;
    return auctreg__buf_detach(&b);
}

/* A problem whose message (English) contains needle. */
static int has_message(const char *needle)
{
    for (size_t i = 0; i < auctreg_error_problem_count(); i++)
        if (strstr(auctreg_error_problem_message_lang(i, AUCTREG_LANG_EN), needle))
            return 1;
    return 0;
}

/* An application with every part filled in, including awkward text. */
static auctreg_application *full_application(void)
{
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_ID, 42));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_TYPE, AUCTREG_TYPE_FIRST));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_YEAR, 2026));
    ck_assert_ok(auctreg_application_set_text(a, AUCTREG_APP_MGMT_NO, "3200278"));
    ck_assert_ok(auctreg_application_set_text(a, AUCTREG_APP_ENTERPRISE, "91410100MA44XXXX0P"));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_PROVINCE, 41));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_STATE, AUCTREG_STATE_REJECTED));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_VERSION, 7));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_FEE_CHOICE, AUCTREG_FEE_MEMBERSHIP));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_FEE_DUE_FEN, 100000));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_PAY_STATUS, AUCTREG_PAY_MEMBER_EXEMPT));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_CREATED_AT, 1764547200000000LL));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_UPDATED_AT, 1764633600123456LL));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_SUBMITTED_AT, 1764590000000001LL));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_SUBMIT_COUNT, 2));

    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_NAME, "王蓓"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_GENDER, "2"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250027"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_VALID_UNTIL, "长期"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_EMAIL, "wang&bei@example.cn"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ADDRESS, " 郑州市 <金水区> \"花园路\" 1号 "));
    ck_assert_ok(auctreg_application_set_person(a, p));
    auctreg_person_free(p);

    ck_assert_ok(auctreg_application_practice_add(a, 12, "real_estate", 1234500));
    ck_assert_ok(auctreg_application_practice_add(a, 0, "art", 0));
    ck_assert_ok(auctreg_application_ce_add(a, "拍卖法律法规 & <实务>", 300));
    ck_assert_ok(auctreg_application_ce_add(a, "行业新业态专题", 155));
    static const unsigned char pdf[] = "%PDF-1.4\n\x00\x01\xff\xfe binary \r\n end";
    ck_assert_ok(auctreg_application_document_add(a, "consent", "同意说明.pdf", pdf, sizeof pdf));
    ck_assert_ok(auctreg_application_document_add(a, "empty", "empty.bin", NULL, 0));
    ck_assert_ok(auctreg_application_document_add_meta(a, "id_copy", "id.png", "image/png", 2048,
                                                       "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"));
    ck_assert_ok(auctreg_application_set_review(a, AUCTREG_LEVEL_ENTERPRISE, AUCTREG_REVIEW_APPROVED, "同意",
                                                1764600000000000LL));
    ck_assert_ok(auctreg_application_set_review(a, AUCTREG_LEVEL_PROVINCE, AUCTREG_REVIEW_REJECTED,
                                                "劳动合同已过期，请补充。\r\nContract expired:\tplease add <it>.\n",
                                                1764610000000000LL));
    return a;
}

/* ------------------------------------------------------------ schema */

START_TEST(schema_is_embedded)
{
    size_t len = 0;
    char *file = read_file(AUCTREG_SOURCE_DIR "/share/auctreg/auctreg.xsd", &len);
    ck_assert_uint_eq(strlen(auctreg_xml_schema()), len);
    ck_assert_str_eq(auctreg_xml_schema(), file);
    auctreg__mfree(file);
}
END_TEST

/* ------------------------------------------------------------ one application */

START_TEST(application_round_trip)
{
    auctreg_application *a = full_application();
    char *x1 = NULL, *x2 = NULL;
    ck_assert_ok(auctreg_xml_application_write(a, 0, &x1));
    ck_assert_ok(auctreg_xml_validate(x1, strlen(x1)));
    auctreg_application *b = NULL;
    ck_assert_ok(auctreg_xml_application_read(x1, strlen(x1), &b));
    ck_assert_ok(auctreg_xml_application_write(b, 0, &x2));
    ck_assert_str_eq(x1, x2); /* byte-identical */

    /* Field by field, the restored object equals the original. */
    for (int f = 0; f < AUCTREG_APP_FIELD_COUNT; f++) {
        const char *ta = auctreg_application_get_text(a, (auctreg_app_field)f);
        if (ta)
            ck_assert_str_eq(auctreg_application_get_text(b, (auctreg_app_field)f), ta);
        else
            ck_assert_int_eq(auctreg_application_get_int(b, (auctreg_app_field)f),
                             auctreg_application_get_int(a, (auctreg_app_field)f));
    }
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++)
        ck_assert_str_eq(auctreg_person_get(auctreg_application_person(b), (auctreg_person_field)f),
                         auctreg_person_get(auctreg_application_person(a), (auctreg_person_field)f));
    ck_assert_uint_eq(auctreg_application_practice_count(b), 2);
    ck_assert_uint_eq(auctreg_application_ce_count(b), 2);
    ck_assert_int_eq(auctreg_application_ce_total_tenths(b), 455);
    ck_assert_uint_eq(auctreg_application_document_count(b), 3);
    const void *d1, *d2;
    size_t n1, n2;
    ck_assert_ok(auctreg_application_document_content(a, 0, &d1, &n1));
    ck_assert_ok(auctreg_application_document_content(b, 0, &d2, &n2));
    ck_assert_uint_eq(n1, n2);
    ck_assert_int_eq(memcmp(d1, d2, n1), 0);
    ck_assert_ok(auctreg_application_document_content(b, 1, &d2, &n2));
    ck_assert_ptr_nonnull(d2); /* empty content, not metadata only */
    ck_assert_uint_eq(n2, 0);
    ck_assert_ok(auctreg_application_document_content(b, 2, &d2, &n2));
    ck_assert_ptr_null(d2);
    const char *op_a, *op_b;
    int st;
    ck_assert_ok(auctreg_application_review(a, AUCTREG_LEVEL_PROVINCE, NULL, &op_a, NULL));
    ck_assert_ok(auctreg_application_review(b, AUCTREG_LEVEL_PROVINCE, &st, &op_b, NULL));
    ck_assert_str_eq(op_a, op_b); /* CR, LF and tab survive */
    ck_assert_int_eq(st, AUCTREG_REVIEW_REJECTED);

    /* Without content: metadata only, and still valid. */
    char *x3 = NULL;
    auctreg_application *c = NULL;
    ck_assert_ok(auctreg_xml_application_write(a, AUCTREG_XML_NO_CONTENT, &x3));
    ck_assert_ptr_null(strstr(x3, "<content>"));
    ck_assert_ok(auctreg_xml_application_read(x3, strlen(x3), &c));
    ck_assert_ok(auctreg_application_document_content(c, 0, &d2, &n2));
    ck_assert_ptr_null(d2);
    const char *sha_a, *sha_c;
    ck_assert_ok(auctreg_application_document_get(a, 0, NULL, NULL, NULL, NULL, &sha_a));
    ck_assert_ok(auctreg_application_document_get(c, 0, NULL, NULL, NULL, NULL, &sha_c));
    ck_assert_str_eq(sha_a, sha_c);

    auctreg_free(x3);
    ck_assert_error(auctreg_xml_application_write(a, 0x80, &x3), AUCTREG_EINVAL, "xml.flags");
    ck_assert_ptr_null(x3);
    ck_assert_error(auctreg_xml_application_write(NULL, 0, &x3), AUCTREG_EINVAL, "arg.null");
    /* U+FFFF is valid UTF-8 (the container takes it) but no XML character. */
    ck_assert_ok(auctreg_application_ce_add(a, "课程\xEF\xBF\xBF", 10));
    ck_assert_error(auctreg_xml_application_write(a, 0, &x3), AUCTREG_EINVAL, "xml.char");
    ck_assert_ptr_null(x3);
    auctreg_free(x1);
    auctreg_free(x2);
    auctreg_application_free(a);
    auctreg_application_free(b);
    auctreg_application_free(c);
}
END_TEST

START_TEST(application_empty_round_trip)
{
    auctreg_application *a = NULL, *b = NULL;
    char *x1 = NULL, *x2 = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    ck_assert_ok(auctreg_xml_application_write(a, 0, &x1));
    ck_assert_ok(auctreg_xml_application_read(x1, strlen(x1), &b));
    ck_assert_ok(auctreg_xml_application_write(b, 0, &x2));
    ck_assert_str_eq(x1, x2);
    ck_assert_ptr_null(auctreg_application_person(b));
    auctreg_free(x1);
    auctreg_free(x2);
    auctreg_application_free(a);
    auctreg_application_free(b);
}
END_TEST

/* Replace the first occurrence of from by to in s (a new string). */
static char *replace(const char *s, const char *from, const char *to)
{
    const char *hit = strstr(s, from);
    ck_assert_msg(hit != NULL, "'%s' not in the document", from);
    return auctreg__asprintf("%.*s%s%s", (int)(hit - s), s, to, hit + strlen(from));
}

START_TEST(application_schema_errors)
{
    auctreg_application *a = full_application(), *b = (auctreg_application *)1;
    char *x = NULL;
    ck_assert_ok(auctreg_xml_application_write(a, 0, &x));
    /* Two schema problems: both reported, each with its line and field. */
    char *bad1 = replace(x, "sessions=\"12\"", "sessions=\"-12\"");
    char *bad = replace(bad1, "<state>REJECTED</state>", "<state>LOST</state>");
    ck_assert_error(auctreg_xml_application_read(bad, strlen(bad), &b), AUCTREG_EXML, "xml.schema");
    ck_assert_ptr_null(b);
    ck_assert_uint_eq(auctreg_error_problem_count(), 2);
    ck_assert(auctreg_test_has_problem("state", "xml.schema"));
    ck_assert(auctreg_test_has_problem("practice.record[0]@sessions", "xml.schema"));
    ck_assert(has_message("line 9: ")); /* <state> is on line 9 */
    ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_EN), "line "));
    ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_ZH), "行"));
    auctreg__mfree(bad1);
    auctreg__mfree(bad);

    /* Wrong kind of document. */
    static const char reg[] = "<registry xmlns='urn:auctreg:1'/>";
    ck_assert_error(auctreg_xml_application_read(reg, sizeof reg - 1, &b), AUCTREG_EXML, "xml.root");
    ck_assert_ok(auctreg_xml_validate(reg, sizeof reg - 1));
    /* Empty input and NULL arguments. */
    ck_assert_error(auctreg_xml_application_read("", 0, &b), AUCTREG_EXML, "xml.syntax");
    ck_assert_error(auctreg_xml_application_read(NULL, 3, &b), AUCTREG_EINVAL, "arg.null");
    ck_assert_error(auctreg_xml_application_read(x, strlen(x), NULL), AUCTREG_EINVAL, "arg.null");
    auctreg_free(x);
    auctreg_application_free(a);
}
END_TEST

START_TEST(application_content_errors)
{
    auctreg_application *a = full_application(), *b = NULL;
    char *x = NULL;
    ck_assert_ok(auctreg_xml_application_write(a, 0, &x));
    /* Schema-valid, but the content contradicts the metadata and a text is too
       long in bytes for the container (1500 CJK characters = 4500 bytes). */
    const char *sha_a;
    ck_assert_ok(auctreg_application_document_get(a, 0, NULL, NULL, NULL, NULL, &sha_a));
    char *bad1 = replace(x, sha_a, "0000000000000000000000000000000000000000000000000000000000000000");
    auctreg__buf big = AUCTREG__BUF_INIT;
    auctreg__buf_puts(&big, "<enterprise>");
    for (int i = 0; i < 1500; i++)
        auctreg__buf_puts(&big, "企");
    auctreg__buf_puts(&big, "</enterprise>");
    char *bad = replace(bad1, "<enterprise>91410100MA44XXXX0P</enterprise>", big.data);
    ck_assert_error(auctreg_xml_application_read(bad, strlen(bad), &b), AUCTREG_EINVAL, "xml.content");
    ck_assert_ptr_null(b);
    ck_assert(auctreg_test_has_problem("documents[0].sha256", "xml.document.mismatch"));
    ck_assert(auctreg_test_has_problem("enterprise", "text.too_long"));
    ck_assert(has_message("line 7: ")); /* <enterprise> */
    auctreg__buf_free(&big);
    auctreg__mfree(bad1);
    auctreg__mfree(bad);

    /* Malformed base64 (libxml2's xs:base64Binary check lets some through: ours does not). */
    bad = replace(x, "<content>", "<content>*");
    ck_assert_int_lt(auctreg_xml_application_read(bad, strlen(bad), &b), 0);
    ck_assert(auctreg_test_has_problem("content", "xml.schema") ||
              auctreg_test_has_problem("documents[0].content", "xml.base64"));
    ck_assert_ptr_null(b);
    auctreg__mfree(bad);
    auctreg_free(x);
    auctreg_application_free(a);
}
END_TEST

/* ------------------------------------------------------------ hardening */

static const char *app_head = "<application xmlns=\"urn:auctreg:1\">";

/* Read doc as an application and as a generic document: both refused with reason. */
static void refused(const char *doc, size_t len, const char *reason)
{
    auctreg_application *b = (auctreg_application *)1;
    ck_assert_error(auctreg_xml_application_read(doc, len, &b), AUCTREG_EXML, reason);
    ck_assert_ptr_null(b);
    ck_assert_uint_ge(auctreg_error_problem_count(), 1);
    ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_EN), "line "));
    ck_assert_error(auctreg_xml_validate(doc, len), AUCTREG_EXML, reason);
}

/* The libxml2 settings of the host application are left alone. */
static int host_errors;
static void host_handler(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
    host_errors++;
}

START_TEST(hardening_xxe)
{
    const char *doc = "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE application [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                      "<application xmlns=\"urn:auctreg:1\"><mgmt_no>&xxe;</mgmt_no></application>";
    refused(doc, strlen(doc), "xml.doctype");
    ck_assert(has_message("line 2: DOCTYPE"));
    const char *net = "<!DOCTYPE application SYSTEM \"http://127.0.0.1:1/x.dtd\">"
                      "<application xmlns=\"urn:auctreg:1\"/>";
    refused(net, strlen(net), "xml.doctype");
    /* Without a DOCTYPE an entity cannot be declared: a reference is refused. */
    char *ref = auctreg__asprintf("%s<mgmt_no>&xxe;</mgmt_no></application>", app_head);
    refused(ref, strlen(ref), "xml.entity");
    auctreg__mfree(ref);
}
END_TEST

START_TEST(hardening_billion_laughs)
{
    auctreg__buf b = AUCTREG__BUF_INIT;
    auctreg__buf_puts(&b, "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
        auctreg__buf_printf(&b, " <!ENTITY lol%d \"", i);
        for (int k = 0; k < 10; k++)
            auctreg__buf_printf(&b, "&lol%d;", i - 1 ? i - 1 : 0);
        auctreg__buf_puts(&b, "\">\n");
    }
    auctreg__buf_printf(&b, "]>\n%s<mgmt_no>&lol9;</mgmt_no></application>", app_head);
    refused(b.data, b.len, "xml.doctype");
    auctreg__buf_free(&b);
}
END_TEST

START_TEST(hardening_deep_nesting)
{
    /* Deeper than our limit but within libxml2's: refused by our check. */
    auctreg__buf b = AUCTREG__BUF_INIT;
    auctreg__buf_puts(&b, app_head);
    for (int i = 0; i < 40; i++)
        auctreg__buf_puts(&b, "<person>");
    for (int i = 0; i < 40; i++)
        auctreg__buf_puts(&b, "</person>");
    auctreg__buf_puts(&b, "</application>");
    refused(b.data, b.len, "xml.depth");
    auctreg__buf_free(&b);
    /* Far deeper than libxml2's own limit (256). */
    auctreg__buf_puts(&b, app_head);
    for (int i = 0; i < 100000; i++)
        auctreg__buf_puts(&b, "<a>");
    refused(b.data, b.len, "xml.depth");
    auctreg__buf_free(&b);
}
END_TEST

START_TEST(hardening_huge_attribute)
{
    /* Over our limit (but under libxml2's). */
    size_t n = AUCTREG_XML_MAX_ATTRIBUTE + 1;
    char *v = malloc(n + 1);
    memset(v, 'a', n);
    v[n] = '\0';
    char *doc = auctreg__asprintf("%s<practice><record sessions=\"1\" subject=\"%s\" turnover_yuan=\"1\"/>"
                                  "</practice></application>", app_head, v);
    refused(doc, strlen(doc), "xml.attribute");
    ck_assert(has_message("subject"));
    free(v);
    auctreg__mfree(doc);
    /* Over libxml2's limit (10,000,000 bytes). */
    n = 10 * 1000 * 1000 + 16;
    v = malloc(n + 1);
    memset(v, 'a', n);
    v[n] = '\0';
    doc = auctreg__asprintf("%s<documents><document kind=\"%s\"/></documents></application>", app_head, v);
    free(v);
    refused(doc, strlen(doc), "xml.attribute");
    auctreg__mfree(doc);
}
END_TEST

START_TEST(hardening_invalid_utf8)
{
    char *doc = auctreg__asprintf("%s\n<mgmt_no>32\xC3\x28</mgmt_no></application>", app_head);
    refused(doc, strlen(doc), "xml.utf8");
    ck_assert(has_message("line 2: "));
    auctreg__mfree(doc);
    doc = auctreg__asprintf("%s<mgmt_no>\xED\xA0\x80</mgmt_no></application>", app_head); /* a surrogate */
    refused(doc, strlen(doc), "xml.utf8");
    auctreg__mfree(doc);
    /* Other encodings are refused, declared or by byte-order mark. */
    const char *latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><application xmlns=\"urn:auctreg:1\"/>";
    refused(latin, strlen(latin), "xml.encoding");
    static const char utf16[] = "\xFF\xFE<\0a\0/\0>\0";
    refused(utf16, sizeof utf16 - 1, "xml.encoding");
    static const char utf16_no_bom[] = "<\0!\0D\0O\0C\0T\0Y\0P\0E\0 \0a\0>\0<\0a\0/\0>\0";
    refused(utf16_no_bom, sizeof utf16_no_bom - 1, "xml.encoding");
    /* A UTF-8 byte-order mark and an explicit UTF-8 declaration are fine. */
    const char *bom = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?><registry xmlns=\"urn:auctreg:1\"/>";
    ck_assert_ok(auctreg_xml_validate(bom, strlen(bom)));
}
END_TEST

START_TEST(hardening_wrong_namespace)
{
    const char *doc = "<application xmlns=\"urn:auctreg:2\"><id>1</id></application>";
    refused(doc, strlen(doc), "xml.namespace");
    ck_assert(has_message("urn:auctreg:2"));
    const char *none = "<application><id>1</id></application>";
    refused(none, strlen(none), "xml.namespace");
    /* A foreign element inside a document of ours is a schema error. */
    char *inner = auctreg__asprintf("%s<x:id xmlns:x=\"urn:other\">1</x:id></application>", app_head);
    refused(inner, strlen(inner), "xml.schema");
    auctreg__mfree(inner);
}
END_TEST

START_TEST(hardening_syntax_and_size)
{
    char *doc = auctreg__asprintf("%s\n\n<id>1</i></application>", app_head);
    refused(doc, strlen(doc), "xml.syntax");
    ck_assert(has_message("line 3: "));
    auctreg__mfree(doc);
    /* A text node over libxml2's limit (10,000,000 bytes). */
    size_t n = 10 * 1000 * 1000 + 16;
    char *v = malloc(n + 1);
    memset(v, 'a', n);
    v[n] = '\0';
    doc = auctreg__asprintf("%s<id>0</id><type>UNSET</type><year>0</year><mgmt_no>%s</mgmt_no></application>",
                            app_head, v);
    free(v);
    refused(doc, strlen(doc), "xml.size");
    auctreg__mfree(doc);
    /* The size limit, exercised through the internal reader with a small bound. */
    auctreg__xr x;
    const char *ok = "<registry xmlns=\"urn:auctreg:1\"/>";
    ck_assert_error(auctreg__xr_open_memory(&x, ok, strlen(ok), 10), AUCTREG_EXML, "xml.size");
}
END_TEST

START_TEST(host_settings_untouched)
{
    xmlExternalEntityLoader loader = xmlGetExternalEntityLoader();
    xmlSetGenericErrorFunc(NULL, host_handler);
    host_errors = 0;
    const char *doc = "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>";
    auctreg_application *b = NULL;
    ck_assert_error(auctreg_xml_application_read(doc, strlen(doc), &b), AUCTREG_EXML, "xml.doctype");
    const char *bad = "<application xmlns=\"urn:auctreg:1\"><id>x</id><oops></application>";
    ck_assert_error(auctreg_xml_application_read(bad, strlen(bad), &b), AUCTREG_EXML, NULL);
    ck_assert_int_eq(host_errors, 0);         /* nothing printed through the host's handler */
    ck_assert(xmlGetExternalEntityLoader() == loader);
    ck_assert(xmlGenericError == host_handler); /* the host's handler is still installed */
    xmlSetGenericErrorFunc(NULL, NULL);
}
END_TEST

START_TEST(base64_codec)
{
    static const char *plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    static const char *coded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (int i = 0; i < 7; i++) {
        auctreg__buf b = AUCTREG__BUF_INIT;
        auctreg__base64_encode(&b, plain[i], strlen(plain[i]));
        ck_assert_str_eq(b.data ? b.data : "", coded[i]);
        unsigned char *out = NULL;
        size_t n = 0;
        ck_assert_int_eq(auctreg__base64_decode(coded[i], strlen(coded[i]), &out, &n), 0);
        ck_assert_uint_eq(n, strlen(plain[i]));
        ck_assert_int_eq(memcmp(out, plain[i], n), 0);
        auctreg__mfree(out);
        auctreg__buf_free(&b);
    }
    unsigned char *out = NULL;
    size_t n = 0;
    ck_assert_int_eq(auctreg__base64_decode("Zm9 v\nYg==", 10, &out, &n), 0);
    ck_assert_uint_eq(n, 4);
    auctreg__mfree(out);
    static const char *bad[] = {"Zg=", "Z===", "Zg==Zg==", "Zm9*", "Zg=a"};
    for (int i = 0; i < 5; i++)
        ck_assert_int_eq(auctreg__base64_decode(bad[i], strlen(bad[i]), &out, &n), AUCTREG_EINVAL);
}
END_TEST

/* ------------------------------------------------------------ practice record print-out */

static char *run_capture(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    ck_assert_msg(p != NULL, "cannot run %s", cmd);
    auctreg__buf b = AUCTREG__BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0)
        auctreg__buf_append(&b, chunk, n);
    ck_assert_int_eq(pclose(p), 0);
    return auctreg__buf_detach(&b);
}

START_TEST(practice_record_print)
{
    auctreg_application *a2025 = full_application(), *a2026 = full_application();
    ck_assert_ok(auctreg_application_set_int(a2025, AUCTREG_APP_YEAR, 2025));
    ck_assert_ok(auctreg_application_set_int(a2025, AUCTREG_APP_TYPE, AUCTREG_TYPE_RENEWAL));
    ck_assert_ok(auctreg_application_set_int(a2025, AUCTREG_APP_STATE, AUCTREG_STATE_APPROVED));
    ck_assert_ok(auctreg_application_set_int(a2025, AUCTREG_APP_PAY_STATUS, AUCTREG_PAY_PAID));
    ck_assert_ok(auctreg_application_practice_set(a2026, 0, 3, "art", 50000));
    const auctreg_application *apps[] = {a2025, a2026};
    const int registered[] = {2023, 2025, 2024};
    const int members[] = {2025};
    auctreg__xml_pr pr = {
        .mgmt_no = "3200278", .today = "2026-02-01",
        .person = auctreg_application_person(a2025),
        .enterprise_uscc = "91410100MA44XXXX0J", .enterprise_name = "河南示例拍卖有限公司", .enterprise_province = 41,
        .registered = registered, .n_registered = 3, .members = members, .n_members = 1,
        .apps = apps, .n_apps = 2,
    };
    auctreg__xw w;
    auctreg__xw_init(&w);
    ck_assert_ok(auctreg__xml_practice_record(&w, &pr));
    char *xml = auctreg__xw_detach(&w);
    ck_assert_ok(auctreg_xml_validate(xml, strlen(xml))); /* valid against the schema */
    /* Newest year first, each year once; labels for printing. */
    const char *y26 = strstr(xml, "year=\"2026\""), *y25 = strstr(xml, "year=\"2025\"");
    const char *y24 = strstr(xml, "year=\"2024\""), *y23 = strstr(xml, "year=\"2023\"");
    ck_assert(y26 && y25 && y24 && y23 && y26 < y25 && y25 < y24 && y24 < y23);
    ck_assert_ptr_null(strstr(y25 + 1, "year=\"2025\""));
    ck_assert_ptr_nonnull(strstr(xml, "<gender label=\"女\">2</gender>"));
    ck_assert_ptr_nonnull(strstr(xml, "province_label=\"河南省\""));
    ck_assert_ptr_nonnull(strstr(xml, "member=\"true\""));

    /* The stylesheet renders it to HTML. */
    char tmpl[] = "/tmp/auctreg-pr-XXXXXX";
    int fd = mkstemp(tmpl);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "w");
    fputs(xml, f);
    fclose(f);
    char *cmd = auctreg__asprintf("xsltproc '%s/share/auctreg/practice-record.xsl' '%s'", AUCTREG_SOURCE_DIR, tmpl);
    char *html = run_capture(cmd);
    unlink(tmpl);
    static const char *expect[] = {
        "<title>拍卖师执业记录 3200278</title>", "<td>王蓓</td>", "<td>女</td>", "河南示例拍卖有限公司",
        "<td>河南省</td>", "<td>2026</td>", "<td>驳回</td>", "<td>已通过</td>", "<td>会员免缴</td>",
        "<td>拍卖师首次注册</td>", "<td>拍卖师注册</td>", "<td>是</td>", "<td class=\"num\">45.5</td>",
        "<td class=\"num\">123.4500</td>", "<td class=\"num\">5.0000</td>", "<td>艺术品</td>",
        "<td>拍卖法律法规 &amp; &lt;实务&gt;</td>",
    };
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++)
        ck_assert_msg(strstr(html, expect[i]) != NULL, "'%s' not in the HTML:\n%s", expect[i], html);
    auctreg__mfree(cmd);
    auctreg__mfree(html);
    auctreg__mfree(xml);
    auctreg_application_free(a2025);
    auctreg_application_free(a2026);
}
END_TEST

/* ------------------------------------------------------------ with a registry */

#define ADMIN AUCTREG_ROLE_ADMIN, "admin"
#define JS "91320100MA1XXXXX0X"
#define BJ "91110105MA0AAAAA0H"
#define HN "91410100MA3CCCCC0G"
#define REN "3200101"   /* practising in 2025: renewal, approved for 2026 */
#define REREG "3200102" /* registered in 2023: re-registration, rejected */
#define WANG "3200278"  /* never registered */
#define BJA "1100001"   /* Beijing: a withdrawn draft */

static int64_t version_of(auctreg_registry *r, int64_t id)
{
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(r, AUCTREG_ROLE_NATIONAL, "cn", id, &a));
    int64_t v = auctreg_application_get_int(a, AUCTREG_APP_VERSION);
    auctreg_application_free(a);
    return v;
}

static int64_t create_app(auctreg_registry *r, const char *mgmt)
{
    auctreg_application *c = NULL;
    ck_assert_ok(auctreg_application_new(&c));
    ck_assert_ok(auctreg_application_ce_add(c, "拍卖法律法规更新", 230));
    ck_assert_ok(auctreg_application_ce_add(c, "拍卖实务与职业道德", 230));
    ck_assert_ok(auctreg_application_practice_add(c, 12, "real_estate", 3500000));
    ck_assert_ok(auctreg_application_practice_add(c, 3, "art", 800000));
    static const char pdf[] = "%PDF-1.4\n% contract\n";
    ck_assert_ok(auctreg_application_document_add(c, "labour_contract", "contract.pdf", pdf, sizeof pdf - 1));
    int64_t id = 0;
    ck_assert_ok(auctreg_registry_create_application(r, AUCTREG_ROLE_APPLICANT, mgmt, c, &id));
    auctreg_application_free(c);
    return id;
}

static char *pay(auctreg_registry *r, int64_t id, const char *mgmt, auctreg_fee_choice choice)
{
    ck_assert_ok(auctreg_registry_submit(r, AUCTREG_ROLE_APPLICANT, mgmt, id, version_of(r, id), NULL));
    ck_assert_ok(auctreg_registry_choose_fee(r, AUCTREG_ROLE_APPLICANT, mgmt, id, version_of(r, id), choice, NULL));
    char *ref = NULL;
    int64_t amount = 0;
    ck_assert_ok(auctreg_registry_create_payment_order(r, AUCTREG_ROLE_APPLICANT, mgmt, id, version_of(r, id),
                                                       "李付", "payer@example.com", "13912345678",
                                                       AUCTREG_CHANNEL_BANK, "ICBC", &ref, &amount));
    /* a refused confirmation is recorded as an attempt */
    ck_assert_error(auctreg_registry_confirm_payment(r, AUCTREG_ROLE_SYSTEM, "gateway", ref, "T-bad", amount + 1,
                                                     NULL, NULL),
                    AUCTREG_EPAYMENT, "payment.amount.mismatch");
    char txn[32];
    snprintf(txn, sizeof txn, "TXN-%lld", (long long)id);
    ck_assert_ok(auctreg_registry_confirm_payment(r, AUCTREG_ROLE_SYSTEM, "gateway", ref, txn, amount, NULL, NULL));
    return ref;
}

/* A registry with master data, rules and applications in several states. */
static auctreg_registry *world(void)
{
    auctreg_registry *r = NULL;
    ck_assert_ok(auctreg_registry_open(&r, ":memory:", NULL));
    ck_assert_ok(auctreg_registry_set_today(r, "2025-11-20"));
    ck_assert_ok(auctreg_registry_put_enterprise(r, ADMIN, JS, "南京拍卖行有限公司", 32, AUCTREG_ENTERPRISE_ACTIVE,
                                                 "2010-05-01"));
    ck_assert_ok(auctreg_registry_put_enterprise(r, ADMIN, BJ, "北京拍卖有限公司", 11, AUCTREG_ENTERPRISE_ACTIVE, NULL));
    ck_assert_ok(auctreg_registry_put_enterprise(r, ADMIN, HN, "郑州拍卖有限公司（筹）", 41,
                                                 AUCTREG_ENTERPRISE_PREPARING, NULL));
    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_NAME, "王蓓"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_GENDER, "2"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_TYPE, "resident_id"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250027"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_BIRTH_DATE, "1980-07-25"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ADDRESS, "河南省郑州市二七区大学路1号 <2单元> & 3室"));
    ck_assert_ok(auctreg_registry_put_auctioneer(r, ADMIN, REN, "李明", JS, NULL));
    ck_assert_ok(auctreg_registry_put_auctioneer(r, ADMIN, REREG, "张华", JS, NULL));
    ck_assert_ok(auctreg_registry_put_auctioneer(r, ADMIN, WANG, "王蓓", HN, p));
    ck_assert_ok(auctreg_registry_put_auctioneer(r, ADMIN, BJA, "赵京", BJ, NULL));
    auctreg_person_free(p);
    ck_assert_ok(auctreg_registry_import_registration_year(r, ADMIN, REN, 2024));
    ck_assert_ok(auctreg_registry_import_registration_year(r, ADMIN, REN, 2025));
    ck_assert_ok(auctreg_registry_import_registration_year(r, ADMIN, REREG, 2023));
    ck_assert_ok(auctreg_registry_import_registration_year(r, ADMIN, BJA, 2025));
    ck_assert_ok(auctreg_registry_add_membership_year(r, ADMIN, REN, 2025));
    auctreg_rules *rules = NULL;
    ck_assert_ok(auctreg_rules_new(&rules, 2026));
    ck_assert_ok(auctreg_rules_set_fee(rules, AUCTREG_TYPE_RENEWAL, 1200));
    ck_assert_ok(auctreg_rules_set_window(rules, AUCTREG_WINDOW_APPLICANT, "2025-11-01", "2026-01-15"));
    ck_assert_ok(auctreg_rules_set_window(rules, AUCTREG_WINDOW_NATIONAL, NULL, "2026-03-31"));
    ck_assert_ok(auctreg_rules_set_chain(rules, 41, AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_ENTERPRISE) |
                                                        AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_NATIONAL)));
    ck_assert_ok(auctreg_registry_set_rules(r, ADMIN, rules));
    auctreg_rules_free(rules);

    /* Renewal: paid, approved at every level (R12). */
    int64_t a1 = create_app(r, REN);
    auctreg_free(pay(r, a1, REN, AUCTREG_FEE_REGISTRATION));
    ck_assert_ok(auctreg_registry_approve(r, AUCTREG_ROLE_ENTERPRISE, JS, a1, version_of(r, a1),
                                          AUCTREG_LEVEL_ENTERPRISE, "同意", NULL));
    ck_assert_ok(auctreg_registry_approve(r, AUCTREG_ROLE_PROVINCE, "32", a1, version_of(r, a1),
                                          AUCTREG_LEVEL_PROVINCE, NULL, NULL));
    ck_assert_ok(auctreg_registry_approve(r, AUCTREG_ROLE_NATIONAL, "cn", a1, version_of(r, a1),
                                          AUCTREG_LEVEL_NATIONAL, "核准", NULL));
    /* Re-registration: joins the branch (membership paid), rejected by the enterprise. */
    int64_t a2 = create_app(r, REREG);
    auctreg_free(pay(r, a2, REREG, AUCTREG_FEE_MEMBERSHIP));
    ck_assert_ok(auctreg_registry_reject(r, AUCTREG_ROLE_ENTERPRISE, JS, a2, version_of(r, a2),
                                         AUCTREG_LEVEL_ENTERPRISE, "劳动合同已过期，\r\n请补充 <新合同> & 说明。", NULL));
    /* A draft, withdrawn. */
    int64_t a3 = create_app(r, BJA);
    ck_assert_ok(auctreg_registry_withdraw(r, AUCTREG_ROLE_APPLICANT, BJA, a3, version_of(r, a3), NULL));
    return r;
}

static int64_t count_rows(auctreg_registry *r, const char *table)
{
    char *sql = auctreg__asprintf("SELECT COUNT(*) FROM %s", table);
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(auctreg__registry_db(r), sql, -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    int64_t n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    auctreg__mfree(sql);
    return n;
}

/* Nothing at all in the registry. */
static void assert_empty(auctreg_registry *r)
{
    static const char *tables[] = {"enterprise", "auctioneer", "auctioneer_person", "registration_year",
                                   "membership_year", "rules", "application", "practice", "ce", "document",
                                   "audit", "payment_order", "payment_attempt"};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        ck_assert_msg(count_rows(r, tables[i]) == 0, "table %s is not empty", tables[i]);
}

static auctreg_registry *empty_registry(void)
{
    auctreg_registry *r = NULL;
    ck_assert_ok(auctreg_registry_open(&r, ":memory:", NULL));
    return r;
}

START_TEST(registry_round_trip)
{
    auctreg_registry *r1 = world(), *r2 = empty_registry();
    char *x1 = NULL, *x2 = NULL;
    ck_assert_ok(auctreg_xml_export(r1, ADMIN, NULL, &x1));
    ck_assert_ok(auctreg_xml_validate(x1, strlen(x1)));
    size_t n = 0;
    ck_assert_ok(auctreg_xml_import(r2, ADMIN, x1, strlen(x1), &n));
    ck_assert_uint_eq(n, 3 + 4 + 1 + 3); /* enterprises, auctioneers, rules, applications */
    ck_assert_ok(auctreg_xml_export(r2, ADMIN, NULL, &x2));
    ck_assert_str_eq(x1, x2); /* byte-identical */
    /* Everything made it, including what only the registry derives. */
    static const char *tables[] = {"enterprise", "auctioneer", "auctioneer_person", "registration_year",
                                   "membership_year", "rules", "application", "practice", "ce", "document",
                                   "application_person", "audit", "payment_order", "payment_attempt"};
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        ck_assert_msg(count_rows(r1, tables[i]) == count_rows(r2, tables[i]), "table %s differs", tables[i]);
    ck_assert_ptr_nonnull(strstr(x1, "<registration year=\"2026\" application=\"1\"/>"));
    ck_assert_ptr_nonnull(strstr(x1, "<membership year=\"2026\" paid=\"true\"/>"));
    ck_assert_ptr_nonnull(strstr(x1, "<attempt order_ref="));
    ck_assert_ptr_nonnull(strstr(x1, "&#13;\n请补充 &lt;新合同&gt; &amp; 说明。"));
    /* The imported registry works: R1 sees 2026, a new withdrawn slot is free. */
    int yes = 0;
    ck_assert_ok(auctreg_registry_is_practising(r2, REN, 2026, &yes));
    ck_assert_int_eq(yes, 1);
    ck_assert_ok(auctreg_registry_is_member(r2, REREG, 2026, &yes));
    ck_assert_int_eq(yes, 1);
    /* The practice record reads the same from both. */
    char *p1 = NULL, *p2 = NULL;
    ck_assert_ok(auctreg_registry_set_today(r2, "2025-11-20"));
    ck_assert_ok(auctreg_xml_practice_record(r1, AUCTREG_ROLE_APPLICANT, REN, REN, &p1));
    ck_assert_ok(auctreg_xml_practice_record(r2, AUCTREG_ROLE_APPLICANT, REN, REN, &p2));
    ck_assert_str_eq(p1, p2);
    auctreg_free(x1);
    auctreg_free(x2);
    auctreg_free(p1);
    auctreg_free(p2);
    auctreg_registry_close(r1);
    auctreg_registry_close(r2);
}
END_TEST

/* The importer applies the workflow's rules to stored applications: a state the workflow
 * cannot reach, or a province other than the enterprise's, is refused and nothing is imported;
 * an approved application records the practising year (R12). */
START_TEST(registry_import_inconsistent_application)
{
    auctreg_registry *r1 = world();
    char *x1 = NULL;
    ck_assert_ok(auctreg_xml_export(r1, ADMIN, NULL, &x1));
    auctreg_registry_close(r1);
    /* application 1 (approved, province 32): claim national review with the levels approved,
     * and another province */
    char *tmp = replace(x1, "<province>32</province>", "<province>11</province>");
    char *bad = replace(tmp, "<state>APPROVED</state>", "<state>ENTERPRISE_REVIEW</state>");
    auctreg__mfree(tmp);
    auctreg_registry *r2 = empty_registry();
    size_t n = 0;
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EINVAL, "xml.content");
    ck_assert(auctreg_test_has_problem("applications[0].province", "application.province.mismatch"));
    ck_assert(auctreg_test_has_problem("applications[0].reviews.enterprise", "application.reviews.inconsistent"));
    assert_empty(r2);
    auctreg__mfree(bad);
    /* an unpaid application in review */
    bad = replace(x1, "<pay_status>PAID</pay_status>", "<pay_status>UNPAID</pay_status>");
    ck_assert_ptr_ne(strstr(bad, "<pay_status>UNPAID</pay_status>"), NULL);
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EINVAL, "xml.content");
    ck_assert(auctreg_test_has_problem("applications[0].pay_status", "application.payment.inconsistent"));
    assert_empty(r2);
    auctreg__mfree(bad);
    /* a chain that skips the province (32 now like Beijing): the approved renewal's
     * provincial approval cannot have happened */
    bad = replace(x1, "<chain province=\"41\"", "<chain province=\"32\"");
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EINVAL, "xml.content");
    ck_assert(auctreg_test_has_problem("applications[0].reviews.province", "application.reviews.inconsistent"));
    assert_empty(r2);
    auctreg__mfree(bad);
    /* member exempt without the membership of its year (R7) */
    bad = replace(x1, "<membership year=\"2026\" paid=\"true\"/>", "");
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EINVAL, "xml.content");
    ck_assert(auctreg_test_has_problem("applications[1].pay_status", "application.payment.inconsistent"));
    assert_empty(r2);
    auctreg__mfree(bad);
    /* a year registered in the history takes no other application (R2) */
    bad = replace(x1, "<registration year=\"2023\"/>", "<registration year=\"2023\"/><registration year=\"2026\"/>");
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EINVAL, "xml.content");
    ck_assert(auctreg_test_has_problem("applications[1].year", "application.duplicate"));
    assert_empty(r2);
    auctreg__mfree(bad);
    /* a receipt number issued twice (migration 2's unique index) */
    const char *first = strstr(x1, "receipt_no=\""), *second = first ? strstr(first + 1, "receipt_no=\"") : NULL;
    ck_assert_ptr_nonnull(second);
    bad = auctreg__strdup(x1);
    memcpy(bad + (second - x1), first, strlen("receipt_no=\"RC2026-00000001\""));
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EINVAL, "xml.content");
    ck_assert(auctreg_test_has_problem(NULL, "store.duplicate"));
    ck_assert(has_message("payment_order.receipt_no"));
    assert_empty(r2);
    auctreg__mfree(bad);
    /* the untouched document imports, and the approved renewal is practising in 2026 (R12) */
    ck_assert_ok(auctreg_xml_import(r2, ADMIN, x1, strlen(x1), &n));
    int yes = 0;
    ck_assert_ok(auctreg_registry_is_practising(r2, REN, 2026, &yes));
    ck_assert_int_eq(yes, 1);
    auctreg_free(x1);
    auctreg_registry_close(r2);
}
END_TEST

START_TEST(registry_export_file_and_import_file)
{
    auctreg_registry *r1 = world(), *r2 = empty_registry();
    char dir[] = "/tmp/auctreg-xml-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *f1 = auctreg__asprintf("%s/a.xml", dir), *f2 = auctreg__asprintf("%s/b.xml", dir);
    ck_assert_ok(auctreg_xml_export_file(r1, ADMIN, NULL, f1));
    size_t n = 0;
    ck_assert_ok(auctreg_xml_import_file(r2, ADMIN, f1, &n));
    ck_assert_ok(auctreg_xml_export_file(r2, ADMIN, NULL, f2));
    char *a = read_file(f1, NULL), *b = read_file(f2, NULL), *m = NULL;
    ck_assert_str_eq(a, b);
    ck_assert_ok(auctreg_xml_export(r1, ADMIN, NULL, &m));
    ck_assert_str_eq(a, m); /* the file and the string are the same document */
    ck_assert_error(auctreg_xml_import_file(r2, ADMIN, "/nonexistent/x.xml", &n), AUCTREG_ENOTFOUND, "xml.io");
    ck_assert_error(auctreg_xml_export_file(r1, ADMIN, NULL, "/nonexistent/x.xml"), AUCTREG_ERROR, "xml.io");
    /* a refused or failed export never touches an existing file, and leaves nothing behind */
    ck_assert_error(auctreg_xml_export_file(r1, AUCTREG_ROLE_APPLICANT, REN, NULL, f1), AUCTREG_EDENIED,
                    "registry.role.denied");
    auctreg_xml_export_options bad;
    ck_assert_ok(auctreg_xml_export_options_init(&bad, AUCTREG_XML_EXPORT_OPTIONS_VERSION));
    bad.year = -5;
    ck_assert_error(auctreg_xml_export_file(r1, ADMIN, &bad, f1), AUCTREG_EINVAL, "options.range");
    char *again = read_file(f1, NULL);
    ck_assert_str_eq(again, a);
    auctreg__mfree(again);
    char *ls = auctreg__asprintf("ls %s | wc -l", dir);
    char *count = run_capture(ls);
    ck_assert_int_eq(atoi(count), 2); /* a.xml and b.xml only: no temporary file left */
    auctreg__mfree(ls);
    auctreg__mfree(count);
    unlink(f1);
    unlink(f2);
    rmdir(dir);
    auctreg__mfree(f1);
    auctreg__mfree(f2);
    auctreg__mfree(a);
    auctreg__mfree(b);
    auctreg_free(m);
    auctreg_registry_close(r1);
    auctreg_registry_close(r2);
}
END_TEST

/* ------------------------------------------------------------ progress callbacks */

/* What a progress callback saw; it cancels at call number cancel_at (0 = never),
 * or on the final call (done == total) when cancel_final is set. */
typedef struct seen {
    uint64_t calls, done, total, records;
    uint64_t cancel_at;
    bool cancel_final, ordered;
} seen;

static int on_progress(void *ctx, uint64_t done, uint64_t total, uint64_t records)
{
    seen *s = ctx;
    if (s->calls && (done < s->done || total != s->total || records < s->records))
        s->ordered = false;
    if (done > total)
        s->ordered = false;
    s->calls++;
    s->done = done;
    s->total = total;
    s->records = records;
    return s->calls == s->cancel_at || (s->cancel_final && done == total);
}

/* world() plus n auctioneers with long names: an export of several hundred KiB. */
static auctreg_registry *big_world(int n)
{
    auctreg_registry *r = world();
    for (int i = 0; i < n; i++) {
        char mgmt[16], name[160];
        snprintf(mgmt, sizeof mgmt, "32%05d", 10000 + i);
        snprintf(name, sizeof name, "拍卖师%d号（进度条测试用的较长姓名字段，凑足字节数）", i);
        ck_assert_ok(auctreg_registry_put_auctioneer(r, ADMIN, mgmt, name, JS, NULL));
    }
    return r;
}

START_TEST(registry_progress)
{
    enum { N = 1500 };
    auctreg_registry *r1 = big_world(N), *r2 = empty_registry();
    char dir[] = "/tmp/auctreg-xml-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *f1 = auctreg__asprintf("%s/a.xml", dir);
    /* Export: records written out of the records to write, in batches, then done == total. */
    seen ex = {.ordered = true};
    ck_assert_ok(auctreg_xml_export_file_progress(r1, ADMIN, NULL, f1, on_progress, &ex));
    const uint64_t records = 3 + 4 + N + 1 + 3; /* enterprises, auctioneers, rules, applications */
    ck_assert(ex.ordered);
    ck_assert_uint_eq(ex.total, records);
    ck_assert_uint_eq(ex.done, records);
    ck_assert_uint_eq(ex.records, records);
    ck_assert_uint_ge(ex.calls, records / AUCTREG__XML_PROGRESS_RECORDS);
    ck_assert_uint_le(ex.calls, records / AUCTREG__XML_PROGRESS_RECORDS + 2);
    size_t len = 0;
    char *doc = read_file(f1, &len);
    ck_assert_uint_gt(len, 3 * AUCTREG__XML_PROGRESS_BYTES);
    /* Import: bytes read out of the file's size, at most once per 64 KiB, then done == total. */
    seen im = {.ordered = true};
    size_t n = 0;
    ck_assert_ok(auctreg_xml_import_file_progress(r2, ADMIN, f1, &n, on_progress, &im));
    ck_assert_uint_eq(n, records);
    ck_assert(im.ordered);
    ck_assert_uint_eq(im.total, len);
    ck_assert_uint_eq(im.done, len);
    ck_assert_uint_eq(im.records, records);
    ck_assert_uint_ge(im.calls, 3);
    ck_assert_uint_le(im.calls, len / AUCTREG__XML_PROGRESS_BYTES + 2);
    ck_assert_int_eq(count_rows(r2, "auctioneer"), 4 + N);
    auctreg__mfree(doc);
    unlink(f1);
    auctreg__mfree(f1);
    rmdir(dir);
    auctreg_registry_close(r2);
    auctreg_registry_close(r1);
}
END_TEST

START_TEST(registry_progress_cancel)
{
    auctreg_registry *r1 = big_world(600);
    char dir[] = "/tmp/auctreg-xml-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *f1 = auctreg__asprintf("%s/a.xml", dir), *f2 = auctreg__asprintf("%s/b.xml", dir);
    ck_assert_ok(auctreg_xml_export_file(r1, ADMIN, NULL, f1));
    /* Export cancelled in the middle, or on the final call: no file is left. */
    for (int final = 0; final < 2; final++) {
        seen ex = {.ordered = true, .cancel_at = final ? 0 : 1, .cancel_final = final};
        ck_assert_error(auctreg_xml_export_file_progress(r1, ADMIN, NULL, f2, on_progress, &ex), AUCTREG_ERROR,
                        "xml.cancelled");
        ck_assert_uint_eq(ex.calls, final ? 600 / AUCTREG__XML_PROGRESS_RECORDS + 1 : 1);
        ck_assert_int_ne(access(f2, F_OK), 0);
    }
    /* Import cancelled in the middle, or on the final call (before the commit): nothing is imported. */
    for (int final = 0; final < 2; final++) {
        auctreg_registry *r2 = empty_registry();
        seen im = {.ordered = true, .cancel_at = final ? 0 : 1, .cancel_final = final};
        size_t n = 99;
        ck_assert_error(auctreg_xml_import_file_progress(r2, ADMIN, f1, &n, on_progress, &im), AUCTREG_ERROR,
                        "xml.cancelled");
        ck_assert_uint_eq(n, 0);
        ck_assert_uint_ge(im.calls, final ? 2 : 1);
        ck_assert_uint_eq(im.done == im.total, final);
        assert_empty(r2);
        /* The registry is usable afterwards: the same file imports. */
        ck_assert_ok(auctreg_xml_import_file_progress(r2, ADMIN, f1, &n, NULL, NULL));
        ck_assert_uint_eq(n, 3 + 4 + 600 + 1 + 3);
        auctreg_registry_close(r2);
    }
    /* A failing import does not report its end. */
    auctreg_registry *r3 = empty_registry();
    seen bad = {.ordered = true};
    size_t n = 0;
    ck_assert_error(auctreg_xml_import_file_progress(r3, AUCTREG_ROLE_APPLICANT, "x", f1, &n, on_progress, &bad),
                    AUCTREG_EDENIED, "registry.role.denied");
    ck_assert_uint_eq(bad.calls, 0);
    auctreg_registry_close(r3);
    unlink(f1);
    rmdir(dir);
    auctreg__mfree(f1);
    auctreg__mfree(f2);
    auctreg_registry_close(r1);
}
END_TEST

static size_t count_of(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p++)
        n++;
    return n;
}

START_TEST(registry_export_selection)
{
    auctreg_registry *r = world();
    auctreg_xml_export_options o;
    ck_assert_ok(auctreg_xml_export_options_init(&o, AUCTREG_XML_EXPORT_OPTIONS_VERSION));
    o.what = AUCTREG_XML_EXPORT_APPLICATIONS;
    o.year = 2026;
    o.state = AUCTREG_STATE_REJECTED;
    char *x = NULL;
    ck_assert_ok(auctreg_xml_export(r, ADMIN, &o, &x));
    ck_assert_uint_eq(count_of(x, "<application>"), 1);
    ck_assert_ptr_nonnull(strstr(x, "<mgmt_no>" REREG "</mgmt_no>"));
    ck_assert_ptr_null(strstr(x, "<enterprises>"));
    auctreg_free(x);
    /* by province, as the provincial association (its scope is forced) */
    ck_assert_ok(auctreg_xml_export_options_init(&o, AUCTREG_XML_EXPORT_OPTIONS_VERSION));
    o.what = AUCTREG_XML_EXPORT_APPLICATIONS;
    ck_assert_ok(auctreg_xml_export(r, AUCTREG_ROLE_PROVINCE, "32", &o, &x));
    ck_assert_uint_eq(count_of(x, "<application>"), 2);
    auctreg_free(x);
    ck_assert_ok(auctreg_xml_export(r, AUCTREG_ROLE_PROVINCE, "11", &o, &x));
    ck_assert_uint_eq(count_of(x, "<application>"), 1);
    auctreg_free(x);
    o.province = 32;
    ck_assert_error(auctreg_xml_export(r, AUCTREG_ROLE_PROVINCE, "11", &o, &x), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    /* by level: nothing waits for the national level; the enterprise sees its own */
    ck_assert_ok(auctreg_xml_export_options_init(&o, AUCTREG_XML_EXPORT_OPTIONS_VERSION));
    o.what = AUCTREG_XML_EXPORT_APPLICATIONS;
    o.level = AUCTREG_LEVEL_NATIONAL;
    ck_assert_ok(auctreg_xml_export(r, AUCTREG_ROLE_NATIONAL, "cn", &o, &x));
    ck_assert_uint_eq(count_of(x, "<application>"), 0);
    auctreg_free(x);
    o.level = -1;
    o.flags = AUCTREG_XML_NO_CONTENT;
    ck_assert_ok(auctreg_xml_export(r, AUCTREG_ROLE_ENTERPRISE, BJ, &o, &x));
    ck_assert_uint_eq(count_of(x, "<application>"), 1);
    ck_assert_ptr_null(strstr(x, "<content>"));
    auctreg_free(x);
    /* what is refused */
    o.what = AUCTREG_XML_EXPORT_ALL;
    ck_assert_error(auctreg_xml_export(r, AUCTREG_ROLE_ENTERPRISE, BJ, &o, &x), AUCTREG_EDENIED,
                    "registry.role.denied");
    ck_assert_error(auctreg_xml_export(r, AUCTREG_ROLE_APPLICANT, REN, NULL, &x), AUCTREG_EDENIED,
                    "registry.role.denied");
    o.level = 7;
    ck_assert_error(auctreg_xml_export(r, ADMIN, &o, &x), AUCTREG_EINVAL, "options.range");
    o.version = 99;
    ck_assert_error(auctreg_xml_export(r, ADMIN, &o, &x), AUCTREG_EVERSION, "options.version");
    ck_assert_ptr_null(x);
    auctreg_registry_close(r);
}
END_TEST

START_TEST(registry_import_errors)
{
    auctreg_registry *r1 = world(), *r2 = empty_registry();
    char *x = NULL;
    size_t n = 99;
    ck_assert_ok(auctreg_xml_export(r1, ADMIN, NULL, &x));
    /* Schema-valid, but the library's rules fail in three records: a bad USCC
       check character, an unknown enterprise, a bad ID number. Everything is
       reported, with lines and fields, and nothing is imported. */
    char *b1 = replace(x, "uscc=\"" HN "\"", "uscc=\"91410100MA3CCCCC0A\"");
    char *b2 = replace(b1, "enterprise=\"" BJ "\"", "enterprise=\"91110105MA0AAAAB0H\"");
    char *bad = replace(b2, "410103198007250027", "410103198007250028");
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EINVAL, "xml.content");
    ck_assert_uint_eq(n, 0);
    ck_assert_uint_ge(auctreg_error_problem_count(), 3);
    ck_assert(auctreg_test_has_problem("auctioneers[0]", "enterprise.not_found")); /* line 15 */
    ck_assert(auctreg_test_has_problem("auctioneers[3].person.id_number", "id.checksum"));
    for (size_t i = 0; i < auctreg_error_problem_count(); i++) {
        ck_assert_ptr_nonnull(strstr(auctreg_error_problem_message_lang(i, AUCTREG_LANG_EN), "line "));
        ck_assert_ptr_nonnull(strstr(auctreg_error_problem_message_lang(i, AUCTREG_LANG_ZH), "行"));
        ck_assert_str_ne(auctreg_error_problem_field(i), "");
    }
    int found_person = 0, found_ent = 0;
    for (size_t i = 0; i < auctreg_error_problem_count(); i++) {
        found_person |= strcmp(auctreg_error_problem_field(i), "auctioneers[3].person.id_number") == 0;
        found_ent |= strncmp(auctreg_error_problem_field(i), "enterprises[2]", 14) == 0;
    }
    ck_assert(found_person && found_ent);
    assert_empty(r2);
    auctreg__mfree(b1);
    auctreg__mfree(b2);
    auctreg__mfree(bad);

    /* A schema error: nothing imported either. */
    bad = replace(x, "<ce_min_tenths>450</ce_min_tenths>", "<ce_min_tenths>-1</ce_min_tenths>");
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EXML, "xml.schema");
    ck_assert(auctreg_test_has_problem("rules[0].ce_min_tenths", "xml.schema"));
    assert_empty(r2);
    auctreg__mfree(bad);
    /* ... on an attribute deep in a record, and on the record itself */
    b1 = replace(x, "<record sessions=\"3\"", "<record sessions=\"-3\"");
    bad = replace(b1, "<id>2</id>", "<id>2</id><id>2</id>");
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EXML, "xml.schema");
    ck_assert(auctreg_test_has_problem("applications[0].practice.record[1]@sessions", "xml.schema"));
    ck_assert(auctreg_test_has_problem("applications[1].id[1]", "xml.schema"));
    auctreg__mfree(b1);
    assert_empty(r2);
    auctreg__mfree(bad);

    /* The registry's structure: sections in order. */
    bad = replace(x, "<enterprises>", "<applications/><enterprises>");
    ck_assert_error(auctreg_xml_import(r2, ADMIN, bad, strlen(bad), &n), AUCTREG_EXML, "xml.schema");
    assert_empty(r2);
    auctreg__mfree(bad);

    /* All or nothing: importing the same document twice fails on the second
       time (application ids exist) and leaves the first import untouched. */
    ck_assert_ok(auctreg_xml_import(r2, ADMIN, x, strlen(x), &n));
    ck_assert_error(auctreg_xml_import(r2, ADMIN, x, strlen(x), &n), AUCTREG_EINVAL, "xml.content");
    for (int i = 0; i < 3; i++) {
        char field[32];
        snprintf(field, sizeof field, "applications[%d]", i);
        ck_assert(auctreg_test_has_problem(field, "store.duplicate"));
    }
    char *again = NULL;
    ck_assert_ok(auctreg_xml_export(r2, ADMIN, NULL, &again));
    ck_assert_str_eq(again, x);
    auctreg_free(again);

    /* Only administrators import; an application document is not a registry. */
    ck_assert_error(auctreg_xml_import(r2, AUCTREG_ROLE_NATIONAL, "cn", x, strlen(x), &n), AUCTREG_EDENIED,
                    "registry.role.denied");
    char *app = NULL;
    auctreg_application *a = full_application();
    ck_assert_ok(auctreg_xml_application_write(a, 0, &app));
    ck_assert_error(auctreg_xml_import(r2, ADMIN, app, strlen(app), &n), AUCTREG_EXML, "xml.root");
    auctreg_free(app);
    auctreg_application_free(a);
    auctreg_free(x);
    auctreg_registry_close(r1);
    auctreg_registry_close(r2);
}
END_TEST

/* Every hardening case through the importer: refused, nothing imported. */
START_TEST(registry_import_hardening)
{
    auctreg_registry *r1 = world(), *r = empty_registry();
    char *good = NULL;
    ck_assert_ok(auctreg_xml_export(r1, ADMIN, NULL, &good));
    /* each attack is placed after valid records, so that a partial import would show */
    const char *tail = strstr(good, "</registry>");
    ck_assert_ptr_nonnull(tail);
    int body = (int)(tail - good);
    char *big = malloc(AUCTREG_XML_MAX_ATTRIBUTE + 2);
    memset(big, 'a', AUCTREG_XML_MAX_ATTRIBUTE + 1);
    big[AUCTREG_XML_MAX_ATTRIBUTE + 1] = '\0';
    /* deep nesting inside the last application record */
    const char *last = strstr(good, "</application>\n  </applications>");
    ck_assert_ptr_nonnull(last);
    int upto = (int)(last - good);
    auctreg__buf deep = AUCTREG__BUF_INIT;
    for (int i = 0; i < 50; i++)
        auctreg__buf_puts(&deep, "<x>");
    for (int i = 0; i < 50; i++)
        auctreg__buf_puts(&deep, "</x>");
    struct {
        char *doc;
        const char *reason;
    } cases[] = {
        {auctreg__asprintf("<?xml version=\"1.0\"?>\n<!DOCTYPE registry [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n%s",
                           strstr(good, "<registry")),
         "xml.doctype"},
        {auctreg__asprintf("<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                           "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>%s", strstr(good, "<registry")),
         "xml.doctype"},
        {auctreg__asprintf("%.*s%s%s", upto, good, deep.data, last), "xml.depth"},
        {auctreg__asprintf("%.*s<rules year=\"2030\" x=\"%s\"/></registry>", body, good, big), "xml.attribute"},
        {auctreg__asprintf("%.*s<rules year=\"2030\"><ce_min_tenths>4\xC3\x28</ce_min_tenths></rules></registry>",
                           body, good),
         "xml.utf8"},
        {auctreg__asprintf("%.*s<rules year=\"2030\">&x;</rules></registry>", body, good), "xml.entity"},
        {replace(good, "xmlns=\"urn:auctreg:1\"", "xmlns=\"urn:auctreg:0\""), "xml.namespace"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = 99;
        ck_assert_error(auctreg_xml_import(r, ADMIN, cases[i].doc, strlen(cases[i].doc), &n), AUCTREG_EXML,
                        cases[i].reason);
        ck_assert_uint_eq(n, 0);
        ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_EN), "line "));
        assert_empty(r);
        auctreg__mfree(cases[i].doc);
    }
    /* and the same document without the attack imports */
    ck_assert_ok(auctreg_xml_import(r, ADMIN, good, strlen(good), NULL));
    free(big);
    auctreg__buf_free(&deep);
    auctreg_free(good);
    auctreg_registry_close(r1);
    auctreg_registry_close(r);
}
END_TEST

/* A registry locked by another connection: the import waits, then gives up with EBUSY. */
START_TEST(registry_import_busy)
{
    char dir[] = "/tmp/auctreg-xml-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char *db = auctreg__asprintf("%s/r.db", dir);
    auctreg_registry_options o;
    ck_assert_ok(auctreg_registry_options_init(&o, AUCTREG_REGISTRY_OPTIONS_VERSION));
    o.busy_timeout_ms = 50;
    auctreg_registry *holder = NULL, *r = NULL;
    ck_assert_ok(auctreg_registry_open(&holder, db, &o));
    ck_assert_ok(auctreg_registry_open(&r, db, &o));
    ck_assert_ok(auctreg__registry_begin(holder));
    ck_assert_ok(auctreg_registry_put_enterprise(holder, ADMIN, JS, "南京拍卖行有限公司", 32, AUCTREG_ENTERPRISE_ACTIVE,
                                                 NULL));
    size_t len = 0;
    char *doc = read_file(AUCTREG_TEST_DATA "/xml/registry-sample.xml", &len);
    ck_assert_error(auctreg_xml_import(r, ADMIN, doc, len, NULL), AUCTREG_EBUSY, NULL);
    auctreg__registry_rollback(holder);
    assert_empty(r);
    ck_assert_ok(auctreg_xml_import(r, ADMIN, doc, len, NULL)); /* and once the lock is gone, it works */
    auctreg__mfree(doc);
    auctreg_registry_close(holder);
    auctreg_registry_close(r);
    char *cmd = auctreg__asprintf("rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
    auctreg__mfree(cmd);
    auctreg__mfree(db);
}
END_TEST

/* The samples of tests/data/xml (also the fuzzers' seeds) are what they claim to be. */
START_TEST(registry_samples)
{
    auctreg_registry *r = empty_registry();
    size_t n = 0;
    ck_assert_ok(auctreg_xml_import_file(r, ADMIN, AUCTREG_TEST_DATA "/xml/registry-sample.xml", &n));
    ck_assert_uint_eq(n, 2 + 2 + 1);
    ck_assert_ok(auctreg_xml_import_file(r, ADMIN, AUCTREG_TEST_DATA "/xml/registry-sample.xml", &n)); /* updates */
    auctreg_registry_close(r);
    r = empty_registry();
    ck_assert_ok(auctreg_xml_import_file(r, ADMIN, AUCTREG_TEST_DATA "/xml/registry-export.xml", &n));
    ck_assert_uint_eq(n, 11);
    char *x = NULL, *file = read_file(AUCTREG_TEST_DATA "/xml/registry-export.xml", NULL);
    ck_assert_ok(auctreg_xml_export(r, ADMIN, NULL, &x));
    ck_assert_str_eq(x, file);
    auctreg_free(x);
    auctreg__mfree(file);
    static const char *apps[] = {"application-full.xml", "application-metadata.xml", "application-empty.xml"};
    for (size_t i = 0; i < 3; i++) {
        char *path = auctreg__asprintf("%s/xml/%s", AUCTREG_TEST_DATA, apps[i]);
        size_t len = 0;
        char *doc = read_file(path, &len), *again = NULL;
        auctreg_application *a = NULL;
        ck_assert_ok(auctreg_xml_application_read(doc, len, &a));
        ck_assert_ok(auctreg_xml_application_write(a, 0, &again));
        ck_assert_str_eq(again, doc);
        auctreg_free(again);
        auctreg_application_free(a);
        auctreg__mfree(doc);
        auctreg__mfree(path);
    }
    size_t len = 0;
    char *pr = read_file(AUCTREG_TEST_DATA "/xml/practice-record.xml", &len);
    ck_assert_ok(auctreg_xml_validate(pr, len));
    auctreg__mfree(pr);
    char *xxe = read_file(AUCTREG_TEST_DATA "/xml/xxe.xml", &len);
    ck_assert_error(auctreg_xml_validate(xxe, len), AUCTREG_EXML, "xml.doctype");
    auctreg__mfree(xxe);
    auctreg_registry_close(r);
}
END_TEST

START_TEST(registry_practice_record)
{
    auctreg_registry *r = world();
    char *x = NULL;
    ck_assert_ok(auctreg_xml_practice_record(r, AUCTREG_ROLE_APPLICANT, REN, REN, &x));
    ck_assert_ok(auctreg_xml_validate(x, strlen(x)));
    ck_assert_ptr_nonnull(strstr(x, "generated_on=\"2025-11-20\""));
    ck_assert_ptr_nonnull(strstr(x, "<registration year=\"2026\" state=\"APPROVED\" type=\"RENEWAL\""));
    ck_assert_ptr_nonnull(strstr(x, "<registration year=\"2025\" state=\"APPROVED\" member=\"true\"/>"));
    ck_assert_ptr_nonnull(strstr(x, "<name>李明</name>")); /* no personal data: the master data's name */
    ck_assert_ptr_nonnull(strstr(x, "南京拍卖行有限公司"));
    auctreg_free(x);
    ck_assert_ok(auctreg_xml_practice_record(r, AUCTREG_ROLE_PROVINCE, "32", REREG, &x));
    auctreg_free(x);
    ck_assert_error(auctreg_xml_practice_record(r, AUCTREG_ROLE_APPLICANT, REREG, REN, &x), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_xml_practice_record(r, AUCTREG_ROLE_PROVINCE, "11", REN, &x), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_xml_practice_record(r, ADMIN, "9999999", &x), AUCTREG_ENOTFOUND, "auctioneer.not_found");
    ck_assert_ptr_null(x);
    auctreg_registry_close(r);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("xml");
    TCase *tc = tcase_create("application");
    tcase_add_test(tc, schema_is_embedded);
    tcase_add_test(tc, base64_codec);
    tcase_add_test(tc, application_round_trip);
    tcase_add_test(tc, application_empty_round_trip);
    tcase_add_test(tc, application_schema_errors);
    tcase_add_test(tc, application_content_errors);
    suite_add_tcase(s, tc);
    TCase *th = tcase_create("hardening");
    tcase_add_test(th, hardening_xxe);
    tcase_add_test(th, hardening_billion_laughs);
    tcase_add_test(th, hardening_deep_nesting);
    tcase_add_test(th, hardening_huge_attribute);
    tcase_add_test(th, hardening_invalid_utf8);
    tcase_add_test(th, hardening_wrong_namespace);
    tcase_add_test(th, hardening_syntax_and_size);
    tcase_add_test(th, host_settings_untouched);
    suite_add_tcase(s, th);
    TCase *tp = tcase_create("practice_record");
    tcase_add_test(tp, practice_record_print);
    suite_add_tcase(s, tp);
    TCase *tr = tcase_create("registry");
    tcase_add_test(tr, registry_round_trip);
    tcase_add_test(tr, registry_import_inconsistent_application);
    tcase_add_test(tr, registry_export_file_and_import_file);
    tcase_add_test(tr, registry_export_selection);
    tcase_add_test(tr, registry_import_errors);
    tcase_add_test(tr, registry_import_hardening);
    tcase_add_test(tr, registry_practice_record);
    tcase_add_test(tr, registry_samples);
    tcase_add_test(tr, registry_import_busy);
    tcase_add_test(tr, registry_progress);
    tcase_add_test(tr, registry_progress_cancel);
    suite_add_tcase(s, tr);
    return auctreg_test_run(s);
}
