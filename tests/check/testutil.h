/* Shared helpers for the Check test programs. */
#ifndef AUCTREG_TESTUTIL_H
#define AUCTREG_TESTUTIL_H

#include <check.h>

/* Run a suite, print Check's summary, return the process exit status. */
int auctreg_test_run(Suite *s);

/* Assert the last error has this status code and reason (reason may be NULL). */
#define ck_assert_error(rc, code, reason)                                              \
    do {                                                                              \
        int rc_ = (rc);                                                               \
        ck_assert_msg(rc_ == (code), "expected %s, got %s (%s: %s)",                  \
                      auctreg_status_name(code), auctreg_status_name(rc_),            \
                      auctreg_error_reason(), auctreg_error_message_lang(AUCTREG_LANG_EN)); \
        if ((reason) != NULL)                                                         \
            ck_assert_str_eq(auctreg_error_reason(), (const char *)(reason));         \
    } while (0)

/* Assert success, printing the error if not. */
#define ck_assert_ok(rc)                                                              \
    do {                                                                              \
        int rc_ = (rc);                                                               \
        ck_assert_msg(rc_ == 0, "expected success, got %s (%s: %s)",                  \
                      auctreg_status_name(rc_), auctreg_error_reason(),               \
                      auctreg_error_message_lang(AUCTREG_LANG_EN));                   \
    } while (0)

/* True if the last error lists a problem with this field path and reason. */
int auctreg_test_has_problem(const char *field, const char *reason);

#endif
