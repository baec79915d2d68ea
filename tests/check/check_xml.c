/* The xml module: schema, one application as XML, hardening. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "auctreg.h"
#include "testutil.h"
#include "util/util.h"
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
    ck_assert(auctreg_test_has_problem("record@sessions", "xml.schema"));
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
    return auctreg_test_run(s);
}
