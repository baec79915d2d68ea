/* The error API: status names, thread-local last error, languages, problems. */
#include <pthread.h>
#include <string.h>

#include "auctreg.h"
#include "testutil.h"
#include "util/util.h"

START_TEST(status_names_and_texts)
{
    for (int c = AUCTREG_STATUS_MIN; c <= 0; c++) {
        ck_assert_str_ne(auctreg_status_name(c), "AUCTREG_UNKNOWN");
        ck_assert_ptr_nonnull(auctreg_strerror(c));
    }
    ck_assert_str_eq(auctreg_status_name(AUCTREG_EINVAL), "AUCTREG_EINVAL");
    ck_assert_str_eq(auctreg_status_name(-99), "AUCTREG_UNKNOWN");
    ck_assert_str_eq(auctreg_strerror(AUCTREG_EDENIED), "无权执行此操作");
    ck_assert_int_eq(auctreg_error_set_language(AUCTREG_LANG_EN), 0);
    ck_assert_str_eq(auctreg_strerror(AUCTREG_EDENIED), "permission denied");
    ck_assert_int_eq(auctreg_error_set_language(AUCTREG_LANG_ZH), 0);
    ck_assert_int_eq(auctreg_error_set_language((auctreg_lang)7), AUCTREG_EINVAL);
    ck_assert_str_eq(auctreg_error_reason(), "lang.unknown");
    ck_assert_int_eq(auctreg_error_language(), AUCTREG_LANG_ZH);
}
END_TEST

START_TEST(last_error_both_languages)
{
    auctreg_error_clear();
    ck_assert_int_eq(auctreg_error_code(), 0);
    ck_assert_str_eq(auctreg_error_reason(), "");
    ck_assert_str_eq(auctreg_error_message(), "");
    int rc = auctreg__fail(AUCTREG_ESTATE, "ce.hours.insufficient", "继续教育学时不足：%d", "CE hours: %d", 44);
    ck_assert_int_eq(rc, AUCTREG_ESTATE);
    ck_assert_int_eq(auctreg_error_code(), AUCTREG_ESTATE);
    ck_assert_str_eq(auctreg_error_reason(), "ce.hours.insufficient");
    ck_assert_str_eq(auctreg_error_message(), "继续教育学时不足：44");
    ck_assert_str_eq(auctreg_error_message_lang(AUCTREG_LANG_EN), "CE hours: 44");
    auctreg_error_set_language(AUCTREG_LANG_EN);
    ck_assert_str_eq(auctreg_error_message(), "CE hours: 44");
    auctreg_error_set_language(AUCTREG_LANG_ZH);
    ck_assert_uint_eq(auctreg_error_problem_count(), 0);
    ck_assert_ptr_null(auctreg_error_problem_field(0));
    auctreg_error_clear();
    ck_assert_int_eq(auctreg_error_code(), 0);
}
END_TEST

START_TEST(problems_listed_all)
{
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    for (int i = 0; i < 20; i++)
        auctreg__problems_add(&p, "practice[1].turnover", "practice.turnover.range", "第 %d 项", "item %d", i);
    auctreg__problems sub = AUCTREG__PROBLEMS_INIT;
    auctreg__problems_add(&sub, "hours", "ce.hours.format", "学时", "hours");
    auctreg__problems_merge(&p, &sub, "ce[0]");
    auctreg__problems_free(&sub);
    int rc = auctreg__fail_problems(AUCTREG_EINVAL, &p, "validation", "%d 个问题", "%d problems", 21);
    ck_assert_int_eq(rc, AUCTREG_EINVAL);
    ck_assert_uint_eq(p.count, 0);
    ck_assert_uint_eq(auctreg_error_problem_count(), 21);
    ck_assert_str_eq(auctreg_error_problem_field(19), "practice[1].turnover");
    ck_assert_str_eq(auctreg_error_problem_message(19), "第 19 项");
    ck_assert_str_eq(auctreg_error_problem_message_lang(19, AUCTREG_LANG_EN), "item 19");
    ck_assert_str_eq(auctreg_error_problem_field(20), "ce[0].hours");
    ck_assert_str_eq(auctreg_error_problem_reason(20), "ce.hours.format");
    ck_assert_str_eq(auctreg_error_problem_message_lang(20, AUCTREG_LANG_EN), "hours");
    ck_assert_ptr_null(auctreg_error_problem_reason(21));
    /* a later failure replaces the whole error, problems included */
    auctreg__fail(AUCTREG_ENOTFOUND, "auctioneer.not_found", "无", "none");
    ck_assert_uint_eq(auctreg_error_problem_count(), 0);
}
END_TEST

static void *other_thread(void *arg)
{
    int *result = arg;
    /* a fresh thread has no error, whatever the main thread has */
    result[0] = auctreg_error_code();
    result[1] = (int)strlen(auctreg_error_reason());
    auctreg__fail(AUCTREG_EBUSY, "store.busy", "忙", "busy");
    auctreg_error_set_language(AUCTREG_LANG_EN);
    result[2] = auctreg_error_code();
    return NULL;
}

START_TEST(thread_isolation)
{
    auctreg__fail(AUCTREG_EDENIED, "scope.enterprise", "拒绝", "denied");
    int result[3] = {-1, -1, -1};
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, other_thread, result), 0);
    ck_assert_int_eq(pthread_join(t, NULL), 0);
    ck_assert_int_eq(result[0], 0);
    ck_assert_int_eq(result[1], 0);
    ck_assert_int_eq(result[2], AUCTREG_EBUSY);
    /* the other thread's error and language did not leak into this one */
    ck_assert_int_eq(auctreg_error_code(), AUCTREG_EDENIED);
    ck_assert_str_eq(auctreg_error_reason(), "scope.enterprise");
    ck_assert_int_eq(auctreg_error_language(), AUCTREG_LANG_ZH);
}
END_TEST

START_TEST(success_leaves_error)
{
    auctreg__fail(AUCTREG_ECONFLICT, "version.stale", "冲突", "conflict");
    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    ck_assert_int_eq(auctreg_error_code(), AUCTREG_ECONFLICT);
    auctreg_person_free(p);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("errors");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, status_names_and_texts);
    tcase_add_test(tc, last_error_both_languages);
    tcase_add_test(tc, problems_listed_all);
    tcase_add_test(tc, thread_isolation);
    tcase_add_test(tc, success_leaves_error);
    suite_add_tcase(s, tc);
    return auctreg_test_run(s);
}
