/* Per-year rules: defaults, setters with their errors, windows, chains, amounts due. */
#include <string.h>

#include "auctreg.h"
#include "testutil.h"

START_TEST(defaults)
{
    auctreg_rules *r = NULL;
    ck_assert_ok(auctreg_rules_new(&r, 2026));
    ck_assert_int_eq(auctreg_rules_year(r), 2026);
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_RENEWAL), 1000);
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_REREGISTRATION), 1000);
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_FIRST), 2000);
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_UNSET), -1);
    ck_assert_int_eq(auctreg_rules_membership_fee(r), 100000);
    ck_assert_int_eq(auctreg_rules_ce_min_tenths(r), 450);
    /* Beijing skips the provincial level; everyone else has the full chain */
    ck_assert_uint_eq(auctreg_rules_chain(r, 11),
                      AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_ENTERPRISE) | AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_NATIONAL));
    ck_assert_uint_eq(auctreg_rules_chain(r, 32), AUCTREG_CHAIN_FULL);
    ck_assert_uint_eq(auctreg_rules_chain(r, 0), AUCTREG_CHAIN_FULL);
    const char *o = NULL, *c = NULL;
    for (int w = 0; w < AUCTREG_WINDOW_COUNT; w++) {
        ck_assert_ok(auctreg_rules_window(r, (auctreg_window)w, &o, &c));
        ck_assert_str_eq(o, "");
        ck_assert_str_eq(c, "");
    }
    ck_assert_str_eq(auctreg_window_code(AUCTREG_WINDOW_PROVINCE), "PROVINCE");
    ck_assert_ptr_null(auctreg_window_code(AUCTREG_WINDOW_COUNT));
    auctreg_rules_free(r);
    auctreg_rules_free(NULL);
    ck_assert_error(auctreg_rules_new(&r, 1800), AUCTREG_EINVAL, "rules.year.range");
    ck_assert_error(auctreg_rules_new(NULL, 2026), AUCTREG_EINVAL, "arg.null");
}
END_TEST

START_TEST(setters)
{
    auctreg_rules *r = NULL, *d = NULL;
    ck_assert_ok(auctreg_rules_new(&r, 2021));
    ck_assert_ok(auctreg_rules_set_ce_min_tenths(r, 400)); /* 40 hours in earlier years */
    ck_assert_ok(auctreg_rules_set_fee(r, AUCTREG_TYPE_FIRST, 3000));
    ck_assert_ok(auctreg_rules_set_membership_fee(r, 80000));
    ck_assert_error(auctreg_rules_set_fee(r, AUCTREG_TYPE_UNSET, 1), AUCTREG_EINVAL, "rules.type.unknown");
    ck_assert_error(auctreg_rules_set_fee(r, AUCTREG_TYPE_RENEWAL, -1), AUCTREG_EINVAL, "rules.fee.range");
    ck_assert_error(auctreg_rules_set_membership_fee(r, 100000001), AUCTREG_EINVAL, "rules.fee.range");
    ck_assert_error(auctreg_rules_set_ce_min_tenths(r, -5), AUCTREG_EINVAL, "rules.ce.range");
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_RENEWAL), 1000); /* unchanged */
    ck_assert_ok(auctreg_rules_dup(&d, r));
    ck_assert_ok(auctreg_rules_set_ce_min_tenths(r, 450));
    ck_assert_int_eq(auctreg_rules_ce_min_tenths(d), 400);
    ck_assert_int_eq(auctreg_rules_fee(d, AUCTREG_TYPE_FIRST), 3000);
    ck_assert_int_eq(auctreg_rules_membership_fee(d), 80000);
    int64_t due = 0;
    ck_assert_ok(auctreg_rules_amount_due(d, AUCTREG_TYPE_FIRST, AUCTREG_FEE_REGISTRATION, &due));
    ck_assert_int_eq(due, 3000);
    ck_assert_ok(auctreg_rules_amount_due(d, AUCTREG_TYPE_RENEWAL, AUCTREG_FEE_MEMBERSHIP, &due));
    ck_assert_int_eq(due, 80000);
    ck_assert_ok(auctreg_rules_amount_due(d, AUCTREG_TYPE_REREGISTRATION, AUCTREG_FEE_ALREADY_MEMBER, &due));
    ck_assert_int_eq(due, 0);
    ck_assert_error(auctreg_rules_amount_due(d, AUCTREG_TYPE_RENEWAL, AUCTREG_FEE_NONE, &due), AUCTREG_EINVAL,
                    "fee.choice.invalid");
    /* chains: only the provincial level may be skipped */
    ck_assert_ok(auctreg_rules_set_chain(r, 31, AUCTREG_CHAIN_BIT(0) | AUCTREG_CHAIN_BIT(2)));
    ck_assert_uint_eq(auctreg_rules_chain(r, 31), 5u);
    ck_assert_ok(auctreg_rules_set_chain(r, 11, AUCTREG_CHAIN_FULL)); /* a province may get its level back */
    ck_assert_uint_eq(auctreg_rules_chain(r, 11), AUCTREG_CHAIN_FULL);
    ck_assert_error(auctreg_rules_set_chain(r, 32, AUCTREG_CHAIN_BIT(1) | AUCTREG_CHAIN_BIT(2)), AUCTREG_EINVAL,
                    "rules.chain.invalid");
    ck_assert_error(auctreg_rules_set_chain(r, 32, 8u | AUCTREG_CHAIN_FULL), AUCTREG_EINVAL, "rules.chain.invalid");
    ck_assert_error(auctreg_rules_set_chain(r, 5, AUCTREG_CHAIN_FULL), AUCTREG_EINVAL, "rules.province.range");
    auctreg_rules_free(r);
    auctreg_rules_free(d);
}
END_TEST

START_TEST(windows)
{
    auctreg_rules *r = NULL;
    ck_assert_ok(auctreg_rules_new(&r, 2026));
    /* the staggered windows of a notice: applicants, then each review level */
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_APPLICANT, "2025-11-01", "2025-12-31"));
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_ENTERPRISE, "2025-11-02", "2026-01-05"));
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_NATIONAL, NULL, "2026-01-31"));
    int st = -1;
    ck_assert_ok(auctreg_rules_window_check(r, AUCTREG_WINDOW_APPLICANT, "2025-10-31", &st));
    ck_assert_int_eq(st, AUCTREG_WINDOW_NOT_OPEN);
    ck_assert_ok(auctreg_rules_window_check(r, AUCTREG_WINDOW_APPLICANT, "2025-11-01", &st));
    ck_assert_int_eq(st, AUCTREG_WINDOW_IS_OPEN);
    ck_assert_ok(auctreg_rules_window_check(r, AUCTREG_WINDOW_APPLICANT, "2025-12-31", &st));
    ck_assert_int_eq(st, AUCTREG_WINDOW_IS_OPEN);
    ck_assert_ok(auctreg_rules_window_check(r, AUCTREG_WINDOW_APPLICANT, "2026-01-01", &st));
    ck_assert_int_eq(st, AUCTREG_WINDOW_CLOSED);
    ck_assert_ok(auctreg_rules_window_check(r, AUCTREG_WINDOW_NATIONAL, "2000-01-01", &st));
    ck_assert_int_eq(st, AUCTREG_WINDOW_IS_OPEN);
    ck_assert_ok(auctreg_rules_window_check(r, AUCTREG_WINDOW_PROVINCE, "2099-01-01", &st));
    ck_assert_int_eq(st, AUCTREG_WINDOW_IS_OPEN);
    ck_assert_error(auctreg_rules_window_check(r, AUCTREG_WINDOW_APPLICANT, "2025-13-01", &st), AUCTREG_EINVAL,
                    "date.format");
    ck_assert_error(auctreg_rules_set_window(r, AUCTREG_WINDOW_PROVINCE, "2025-12-31", "2025-12-01"),
                    AUCTREG_EINVAL, "rules.window.order");
    /* both bad dates are reported at once, and nothing changes */
    ck_assert_error(auctreg_rules_set_window(r, AUCTREG_WINDOW_APPLICANT, "2025/11/01", "tomorrow"),
                    AUCTREG_EINVAL, "rules.window.date");
    ck_assert_int_eq(auctreg_error_problem_count(), 2);
    ck_assert(auctreg_test_has_problem("windows[0].opens", "rules.window.date"));
    ck_assert(auctreg_test_has_problem("windows[0].closes", "rules.window.date"));
    const char *o = NULL;
    ck_assert_ok(auctreg_rules_window(r, AUCTREG_WINDOW_APPLICANT, &o, NULL));
    ck_assert_str_eq(o, "2025-11-01");
    ck_assert_error(auctreg_rules_set_window(r, (auctreg_window)4, NULL, NULL), AUCTREG_EINVAL,
                    "rules.window.unknown");
    auctreg_rules_free(r);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("rules");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, defaults);
    tcase_add_test(tc, setters);
    tcase_add_test(tc, windows);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return auctreg_test_run(suite()); }
