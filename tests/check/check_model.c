/* The containers: person, application, shared enums. */
#include <string.h>

#include "auctreg.h"
#include "testutil.h"

START_TEST(person_fields)
{
    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
        ck_assert_str_eq(auctreg_person_get(p, (auctreg_person_field)f), "");
        auctreg_person_field back;
        ck_assert_ok(auctreg_person_field_from_name(auctreg_person_field_name((auctreg_person_field)f), &back));
        ck_assert_int_eq(back, f);
    }
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_NAME, "王蓓"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250027"));
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_NAME), "王蓓");
    ck_assert_error(auctreg_person_set(p, AUCTREG_PERSON_NAME, "王\x01"), AUCTREG_EINVAL, "text.control");
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_NAME), "王蓓"); /* unchanged */
    ck_assert_error(auctreg_person_set(p, AUCTREG_PERSON_FIELD_COUNT, "x"), AUCTREG_EINVAL, "field.unknown");
    char big[AUCTREG_PERSON_VALUE_MAX + 2];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    ck_assert_error(auctreg_person_set(p, AUCTREG_PERSON_ADDRESS, big), AUCTREG_EINVAL, "text.too_long");
    ck_assert_ptr_null(auctreg_person_get(p, AUCTREG_PERSON_FIELD_COUNT));
    ck_assert_ptr_null(auctreg_person_field_name(AUCTREG_PERSON_FIELD_COUNT));
    ck_assert_error(auctreg_person_field_from_name("nope", &(auctreg_person_field){0}), AUCTREG_ENOTFOUND,
                    "field.unknown");
    auctreg_person *q = NULL;
    ck_assert_ok(auctreg_person_dup(&q, p));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_NAME, NULL));
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_NAME), "");
    ck_assert_str_eq(auctreg_person_get(q, AUCTREG_PERSON_NAME), "王蓓");
    auctreg_person_free(p);
    auctreg_person_free(q);
    auctreg_person_free(NULL);
    ck_assert_error(auctreg_person_new(NULL), AUCTREG_EINVAL, "arg.null");
}
END_TEST

START_TEST(application_scalars)
{
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    ck_assert_int_eq(auctreg_application_get_int(a, AUCTREG_APP_STATE), AUCTREG_STATE_NONE);
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_YEAR, 2024));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_TYPE, AUCTREG_TYPE_FIRST));
    ck_assert_error(auctreg_application_set_int(a, AUCTREG_APP_TYPE, 9), AUCTREG_EINVAL, "field.range");
    ck_assert(auctreg_test_has_problem("type", "field.range"));
    ck_assert_error(auctreg_application_set_int(a, AUCTREG_APP_YEAR, 1800), AUCTREG_EINVAL, "field.range");
    ck_assert_error(auctreg_application_set_int(a, AUCTREG_APP_FEE_DUE_FEN, -1), AUCTREG_EINVAL, "field.range");
    ck_assert_error(auctreg_application_set_int(a, AUCTREG_APP_MGMT_NO, 1), AUCTREG_EINVAL, "field.type");
    ck_assert_error(auctreg_application_set_text(a, AUCTREG_APP_YEAR, "1"), AUCTREG_EINVAL, "field.type");
    ck_assert_int_eq(auctreg_application_get_int(a, AUCTREG_APP_YEAR), 2024);
    ck_assert_ok(auctreg_application_set_text(a, AUCTREG_APP_MGMT_NO, "3200278"));
    ck_assert_str_eq(auctreg_application_get_text(a, AUCTREG_APP_MGMT_NO), "3200278");
    ck_assert_str_eq(auctreg_application_get_text(a, AUCTREG_APP_ENTERPRISE), "");
    ck_assert_ptr_null(auctreg_application_get_text(a, AUCTREG_APP_YEAR));
    ck_assert_str_eq(auctreg_app_field_name(AUCTREG_APP_FEE_DUE_FEN), "fee_due_fen");
    auctreg_application_free(a);
}
END_TEST

START_TEST(application_lists)
{
    auctreg_application *a = NULL, *b = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    ck_assert_ok(auctreg_application_practice_add(a, 12, "real_estate", 1234500));
    ck_assert_ok(auctreg_application_practice_add(a, 3, "art", 0));
    ck_assert_error(auctreg_application_practice_add(a, -1, "art", 0), AUCTREG_EINVAL, "field.range");
    ck_assert(auctreg_test_has_problem("practice[2].sessions", "field.range"));
    ck_assert_uint_eq(auctreg_application_practice_count(a), 2);
    for (int i = 0; i < 3; i++)
        ck_assert_ok(auctreg_application_ce_add(a, "拍卖法律法规更新", 150));
    ck_assert_error(auctreg_application_ce_add(a, "x", 0), AUCTREG_EINVAL, "field.range");
    ck_assert_int_eq(auctreg_application_ce_total_tenths(a), 450);
    ck_assert_ok(auctreg_application_ce_set(a, 2, "行业新业态专题", 145));
    ck_assert_int_eq(auctreg_application_ce_total_tenths(a), 445);
    /* the total saturates instead of overflowing (UBSan would flag an overflow) */
    ck_assert_ok(auctreg_application_ce_add(a, "x", INT64_MAX));
    ck_assert_ok(auctreg_application_ce_add(a, "y", INT64_MAX));
    ck_assert_int_eq(auctreg_application_ce_total_tenths(a), INT64_MAX);
    ck_assert_ok(auctreg_application_ce_remove(a, 4));
    ck_assert_ok(auctreg_application_ce_remove(a, 3));
    ck_assert_ok(auctreg_application_document_add(a, "consent", "C:\\docs\\同意说明.pdf", "%PDF-1.4 x", 10));
    const char *kind, *name, *mt, *sha;
    int64_t size;
    ck_assert_ok(auctreg_application_document_get(a, 0, &kind, &name, &mt, &size, &sha));
    ck_assert_str_eq(name, "同意说明.pdf");
    ck_assert_str_eq(mt, "application/pdf");
    ck_assert_int_eq(size, 10);
    ck_assert_int_eq(strlen(sha), 64);
    ck_assert_int_eq(auctreg_application_document_find(a, "consent"), 0);
    ck_assert_int_eq(auctreg_application_document_find(a, "other"), -1);
    ck_assert_error(auctreg_application_document_add_meta(a, "other", "a.png", "image/png", 5, "xyz"),
                    AUCTREG_EINVAL, "document.sha256");
    ck_assert_ok(auctreg_application_document_add_meta(a, "other", "/tmp/a.png", "image/png", 5,
        "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"));
    const void *data;
    size_t n;
    ck_assert_ok(auctreg_application_document_content(a, 1, &data, &n));
    ck_assert_ptr_null(data);
    ck_assert_ok(auctreg_application_set_review(a, AUCTREG_LEVEL_PROVINCE, AUCTREG_REVIEW_REJECTED,
                                                "继续教育记录需补正", 5));
    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_NAME, "王蓓"));
    ck_assert_ok(auctreg_application_set_person(a, p));
    auctreg_person_free(p);

    ck_assert_ok(auctreg_application_dup(&b, a));
    ck_assert_ok(auctreg_application_practice_remove(a, 0));
    ck_assert_ok(auctreg_application_document_remove(a, 0));
    ck_assert_error(auctreg_application_practice_remove(a, 5), AUCTREG_ENOTFOUND, "index.range");
    auctreg_application_free(a);

    int64_t sessions, turnover;
    const char *subject;
    ck_assert_ok(auctreg_application_practice_get(b, 0, &sessions, &subject, &turnover));
    ck_assert_int_eq(sessions, 12);
    ck_assert_str_eq(subject, "real_estate");
    ck_assert_int_eq(turnover, 1234500);
    ck_assert_ok(auctreg_application_document_content(b, 0, &data, &n));
    ck_assert_uint_eq(n, 10);
    ck_assert(memcmp(data, "%PDF-1.4 x", 10) == 0);
    int st;
    const char *op;
    int64_t at;
    ck_assert_ok(auctreg_application_review(b, AUCTREG_LEVEL_PROVINCE, &st, &op, &at));
    ck_assert_int_eq(st, AUCTREG_REVIEW_REJECTED);
    ck_assert_str_eq(op, "继续教育记录需补正");
    ck_assert_int_eq(at, 5);
    ck_assert_str_eq(auctreg_person_get(auctreg_application_person(b), AUCTREG_PERSON_NAME), "王蓓");
    ck_assert_error(auctreg_application_review(b, (auctreg_level)3, &st, &op, &at), AUCTREG_EINVAL,
                    "level.unknown");
    auctreg_application_free(b);
}
END_TEST

START_TEST(enums)
{
    ck_assert_str_eq(auctreg_enum_code(AUCTREG_ENUM_PAY_STATUS, AUCTREG_PAY_MEMBER_EXEMPT), "MEMBER_EXEMPT");
    ck_assert_str_eq(auctreg_enum_label(AUCTREG_ENUM_PAY_STATUS, AUCTREG_PAY_MEMBER_EXEMPT, AUCTREG_LANG_ZH),
                     "会员免缴");
    ck_assert_str_eq(auctreg_enum_label(AUCTREG_ENUM_APP_TYPE, AUCTREG_TYPE_REREGISTRATION, AUCTREG_LANG_ZH),
                     "拍卖师再注册");
    int v;
    ck_assert_ok(auctreg_enum_from_code(AUCTREG_ENUM_APP_STATE, "NATIONAL_REVIEW", &v));
    ck_assert_int_eq(v, AUCTREG_STATE_NATIONAL_REVIEW);
    ck_assert_error(auctreg_enum_from_code(AUCTREG_ENUM_APP_STATE, "nope", &v), AUCTREG_ENOTFOUND,
                    "enum.unknown");
    ck_assert_ptr_null(auctreg_enum_code((auctreg_enum_kind)42, 0));
    ck_assert_ptr_null(auctreg_enum_code(AUCTREG_ENUM_LEVEL, 7));
    /* every value of every enum round-trips through its code */
    for (int k = AUCTREG_ENUM_APP_TYPE; k <= AUCTREG_ENUM_ROLE; k++)
        for (int i = 0; i < 12; i++) {
            const char *c = auctreg_enum_code((auctreg_enum_kind)k, i);
            if (!c)
                continue;
            ck_assert_ok(auctreg_enum_from_code((auctreg_enum_kind)k, c, &v));
            ck_assert_int_eq(v, i);
        }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("model");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, person_fields);
    tcase_add_test(tc, application_scalars);
    tcase_add_test(tc, application_lists);
    tcase_add_test(tc, enums);
    suite_add_tcase(s, tc);
    return auctreg_test_run(s);
}
