/* The workflow on in-memory applications: table, roles and scope, guards and blockers, apply, diagrams. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auctreg.h"
#include "fixtures.h"
#include "testutil.h"

#define MGMT "3200278"
#define TODAY "2025-11-20"
#define NOW INT64_C(1763600000000000)

static char ENT[19];
static const char *const ACTORS[] = {MGMT, NULL /* ENT */, "32", "cn", "admin", "gateway"};

static void setup(void) { fix_uscc(ENT, "91320100MA1XXXXX0"); }

static auctreg_application *new_app(int province, auctreg_app_type type)
{
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_application_new(&a));
    ck_assert_ok(auctreg_application_set_text(a, AUCTREG_APP_MGMT_NO, MGMT));
    ck_assert_ok(auctreg_application_set_text(a, AUCTREG_APP_ENTERPRISE, ENT));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_PROVINCE, province));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_YEAR, 2026));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_TYPE, type));
    return a;
}

static auctreg_wf_context *ctx_for(auctreg_role role, const char *actor)
{
    auctreg_wf_context *c = NULL;
    ck_assert_ok(auctreg_wf_context_new(&c));
    ck_assert_ok(auctreg_wf_context_set_actor(c, role, actor));
    ck_assert_ok(auctreg_wf_context_set_time(c, TODAY, NOW));
    return c;
}

static const char *actor_of(auctreg_role role)
{
    return role == AUCTREG_ROLE_ENTERPRISE ? ENT : ACTORS[role];
}

/* Apply as (role, actor) with params; returns the status. */
static int act(auctreg_application *a, auctreg_role role, auctreg_action action, auctreg_fee_choice choice,
               const char *opinion)
{
    auctreg_wf_context *c = ctx_for(role, actor_of(role));
    ck_assert_ok(auctreg_wf_context_set_params(c, choice, opinion));
    int rc = auctreg_workflow_apply(a, c, action);
    auctreg_wf_context_free(c);
    return rc;
}

static int64_t num(const auctreg_application *a, auctreg_app_field f) { return auctreg_application_get_int(a, f); }

static int review(const auctreg_application *a, auctreg_level l)
{
    int st = -1;
    ck_assert_ok(auctreg_application_review(a, l, &st, NULL, NULL));
    return st;
}

/* A renewal ready for submission, moved to `state` through the real actions. */
static auctreg_application *app_in(auctreg_app_state state, int province)
{
    auctreg_application *a = new_app(province, AUCTREG_TYPE_RENEWAL);
    fix_ce(a, 460);
    fix_practice(a);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    if (state == AUCTREG_STATE_DRAFT)
        return a;
    if (state == AUCTREG_STATE_WITHDRAWN) {
        ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_WITHDRAW, 0, NULL));
        return a;
    }
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL));
    if (state == AUCTREG_STATE_SUBMITTED)
        return a;
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_REGISTRATION, NULL));
    if (state == AUCTREG_STATE_AWAITING_PAYMENT)
        return a;
    ck_assert_ok(act(a, AUCTREG_ROLE_ADMIN, AUCTREG_ACTION_CONFIRM_PAYMENT, 0, NULL));
    if (state == AUCTREG_STATE_ENTERPRISE_REVIEW)
        return a;
    if (state == AUCTREG_STATE_REJECTED) {
        ck_assert_ok(act(a, AUCTREG_ROLE_ENTERPRISE, AUCTREG_ACTION_REJECT_ENTERPRISE, 0, "聘用协议已过期"));
        return a;
    }
    ck_assert_ok(act(a, AUCTREG_ROLE_ENTERPRISE, AUCTREG_ACTION_APPROVE_ENTERPRISE, 0, "同意"));
    if (state == AUCTREG_STATE_PROVINCE_REVIEW || state == AUCTREG_STATE_NATIONAL_REVIEW)
        if (num(a, AUCTREG_APP_STATE) == state)
            return a;
    ck_assert_ok(act(a, AUCTREG_ROLE_PROVINCE, AUCTREG_ACTION_APPROVE_PROVINCE, 0, "同意"));
    if (state == AUCTREG_STATE_NATIONAL_REVIEW)
        return a;
    ck_assert_ok(act(a, AUCTREG_ROLE_NATIONAL, AUCTREG_ACTION_APPROVE_NATIONAL, 0, "同意"));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_APPROVED);
    return a;
}

START_TEST(full_path)
{
    auctreg_application *a = new_app(32, AUCTREG_TYPE_RENEWAL);
    fix_ce(a, 460);
    fix_practice(a);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_DRAFT);
    ck_assert_int_eq(num(a, AUCTREG_APP_VERSION), 1);
    ck_assert_int_eq(num(a, AUCTREG_APP_CREATED_AT), NOW);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_SUBMITTED);
    ck_assert_int_eq(num(a, AUCTREG_APP_SUBMIT_COUNT), 1);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_AWAITING_PAYMENT);
    ck_assert_int_eq(num(a, AUCTREG_APP_FEE_DUE_FEN), 1000);
    ck_assert_int_eq(num(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID);
    ck_assert_ok(act(a, AUCTREG_ROLE_SYSTEM, AUCTREG_ACTION_CONFIRM_PAYMENT, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    ck_assert_int_eq(num(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_PAID);
    ck_assert_int_eq(review(a, AUCTREG_LEVEL_PROVINCE), AUCTREG_REVIEW_PENDING);
    ck_assert_ok(act(a, AUCTREG_ROLE_ENTERPRISE, AUCTREG_ACTION_APPROVE_ENTERPRISE, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_PROVINCE_REVIEW);
    ck_assert_int_eq(review(a, AUCTREG_LEVEL_ENTERPRISE), AUCTREG_REVIEW_APPROVED);
    ck_assert_ok(act(a, AUCTREG_ROLE_PROVINCE, AUCTREG_ACTION_APPROVE_PROVINCE, 0, "材料齐全"));
    const char *op = NULL;
    int64_t at = 0;
    ck_assert_ok(auctreg_application_review(a, AUCTREG_LEVEL_PROVINCE, NULL, &op, &at));
    ck_assert_str_eq(op, "材料齐全");
    ck_assert_int_eq(at, NOW);
    ck_assert_ok(act(a, AUCTREG_ROLE_NATIONAL, AUCTREG_ACTION_APPROVE_NATIONAL, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_APPROVED);
    ck_assert_int_eq(num(a, AUCTREG_APP_VERSION), 7);
    /* final: nothing moves any more */
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_EDIT, 0, NULL), AUCTREG_ESTATE,
                    "application.final");
    ck_assert_error(act(a, AUCTREG_ROLE_NATIONAL, AUCTREG_ACTION_REJECT_NATIONAL, 0, "x"), AUCTREG_ESTATE,
                    "application.final");
    ck_assert_int_eq(num(a, AUCTREG_APP_VERSION), 7);
    auctreg_application_free(a);
}
END_TEST

/* Every action for every role: allowed roles only (from the table), denials change nothing. */
START_TEST(role_matrix)
{
    static const struct {
        auctreg_app_state state;
        auctreg_action action;
        unsigned roles;
    } cases[] = {
        {AUCTREG_STATE_DRAFT, AUCTREG_ACTION_EDIT, 1u << AUCTREG_ROLE_APPLICANT},
        {AUCTREG_STATE_DRAFT, AUCTREG_ACTION_SUBMIT, 1u << AUCTREG_ROLE_APPLICANT},
        {AUCTREG_STATE_DRAFT, AUCTREG_ACTION_WITHDRAW, 1u << AUCTREG_ROLE_APPLICANT},
        {AUCTREG_STATE_SUBMITTED, AUCTREG_ACTION_CHOOSE_FEE, 1u << AUCTREG_ROLE_APPLICANT},
        {AUCTREG_STATE_AWAITING_PAYMENT, AUCTREG_ACTION_CONFIRM_PAYMENT,
         1u << AUCTREG_ROLE_ADMIN | 1u << AUCTREG_ROLE_SYSTEM},
        {AUCTREG_STATE_ENTERPRISE_REVIEW, AUCTREG_ACTION_APPROVE_ENTERPRISE, 1u << AUCTREG_ROLE_ENTERPRISE},
        {AUCTREG_STATE_ENTERPRISE_REVIEW, AUCTREG_ACTION_REJECT_ENTERPRISE, 1u << AUCTREG_ROLE_ENTERPRISE},
        {AUCTREG_STATE_PROVINCE_REVIEW, AUCTREG_ACTION_APPROVE_PROVINCE, 1u << AUCTREG_ROLE_PROVINCE},
        {AUCTREG_STATE_PROVINCE_REVIEW, AUCTREG_ACTION_REJECT_PROVINCE, 1u << AUCTREG_ROLE_PROVINCE},
        {AUCTREG_STATE_NATIONAL_REVIEW, AUCTREG_ACTION_APPROVE_NATIONAL, 1u << AUCTREG_ROLE_NATIONAL},
        {AUCTREG_STATE_NATIONAL_REVIEW, AUCTREG_ACTION_REJECT_NATIONAL, 1u << AUCTREG_ROLE_NATIONAL},
        {AUCTREG_STATE_REJECTED, AUCTREG_ACTION_RESUBMIT, 1u << AUCTREG_ROLE_APPLICANT},
        {AUCTREG_STATE_REJECTED, AUCTREG_ACTION_EDIT, 1u << AUCTREG_ROLE_APPLICANT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int role = 0; role <= AUCTREG_ROLE_SYSTEM; role++) {
            auctreg_application *a = app_in(cases[i].state, 32);
            int64_t v = num(a, AUCTREG_APP_VERSION);
            int rc = act(a, (auctreg_role)role, cases[i].action, AUCTREG_FEE_REGISTRATION, "意见");
            if (cases[i].roles & (1u << role)) {
                ck_assert_msg(rc == 0, "%s by %s: %s", auctreg_action_code(cases[i].action),
                              auctreg_enum_code(AUCTREG_ENUM_ROLE, role), auctreg_error_reason());
                ck_assert_int_eq(num(a, AUCTREG_APP_VERSION), v + 1);
            } else {
                ck_assert_error(rc, AUCTREG_EDENIED, "workflow.role.denied");
                ck_assert_int_eq(num(a, AUCTREG_APP_VERSION), v);
                ck_assert_int_eq(num(a, AUCTREG_APP_STATE), cases[i].state);
            }
            auctreg_application_free(a);
        }
    }
    /* create: applicants only */
    for (int role = 0; role <= AUCTREG_ROLE_SYSTEM; role++) {
        auctreg_application *a = new_app(32, AUCTREG_TYPE_RENEWAL);
        int rc = act(a, (auctreg_role)role, AUCTREG_ACTION_CREATE, 0, NULL);
        if (role == AUCTREG_ROLE_APPLICANT)
            ck_assert_ok(rc);
        else
            ck_assert_error(rc, AUCTREG_EDENIED, "workflow.role.denied");
        auctreg_application_free(a);
    }
}
END_TEST

START_TEST(scope)
{
    struct {
        auctreg_app_state state;
        auctreg_role role;
        auctreg_action action;
        const char *outsider;
    } cases[] = {
        {AUCTREG_STATE_DRAFT, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, "3200279"},
        {AUCTREG_STATE_ENTERPRISE_REVIEW, AUCTREG_ROLE_ENTERPRISE, AUCTREG_ACTION_APPROVE_ENTERPRISE,
         "91110000100000000X"},
        {AUCTREG_STATE_PROVINCE_REVIEW, AUCTREG_ROLE_PROVINCE, AUCTREG_ACTION_APPROVE_PROVINCE, "33"},
        {AUCTREG_STATE_PROVINCE_REVIEW, AUCTREG_ROLE_PROVINCE, AUCTREG_ACTION_APPROVE_PROVINCE, "3"},
        {AUCTREG_STATE_PROVINCE_REVIEW, AUCTREG_ROLE_PROVINCE, AUCTREG_ACTION_APPROVE_PROVINCE, "320"},
        {AUCTREG_STATE_DRAFT, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_EDIT, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        auctreg_application *a = app_in(cases[i].state, 32);
        auctreg_wf_context *c = ctx_for(cases[i].role, cases[i].outsider);
        ck_assert_error(auctreg_workflow_apply(a, c, cases[i].action), AUCTREG_EDENIED, "workflow.scope.denied");
        ck_assert_int_eq(num(a, AUCTREG_APP_STATE), cases[i].state);
        uint32_t mask = 1;
        ck_assert_ok(auctreg_workflow_available(a, c, &mask));
        ck_assert_uint_eq(mask, 0);
        auctreg_wf_context_free(c);
        auctreg_application_free(a);
    }
}
END_TEST

START_TEST(level_order_and_chain)
{
    auctreg_application *a = app_in(AUCTREG_STATE_ENTERPRISE_REVIEW, 32);
    ck_assert_error(act(a, AUCTREG_ROLE_PROVINCE, AUCTREG_ACTION_APPROVE_PROVINCE, 0, NULL), AUCTREG_ESTATE,
                    "review.level.not_reached");
    ck_assert_error(act(a, AUCTREG_ROLE_NATIONAL, AUCTREG_ACTION_APPROVE_NATIONAL, 0, NULL), AUCTREG_ESTATE,
                    "review.level.not_reached");
    ck_assert_error(act(a, AUCTREG_ROLE_NATIONAL, AUCTREG_ACTION_REJECT_NATIONAL, 0, "x"), AUCTREG_ESTATE,
                    "review.level.not_reached");
    auctreg_application_free(a);

    /* Beijing: enterprise -> national, the provincial level is skipped */
    a = app_in(AUCTREG_STATE_ENTERPRISE_REVIEW, 11);
    ck_assert_int_eq(review(a, AUCTREG_LEVEL_PROVINCE), AUCTREG_REVIEW_SKIPPED);
    auctreg_wf_context *c = ctx_for(AUCTREG_ROLE_ENTERPRISE, ENT);
    ck_assert_ok(auctreg_workflow_apply(a, c, AUCTREG_ACTION_APPROVE_ENTERPRISE));
    auctreg_wf_context_free(c);
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_NATIONAL_REVIEW);
    c = ctx_for(AUCTREG_ROLE_PROVINCE, "11");
    ck_assert_error(auctreg_workflow_apply(a, c, AUCTREG_ACTION_APPROVE_PROVINCE), AUCTREG_ESTATE,
                    "review.level.skipped");
    auctreg_wf_context_free(c);
    ck_assert_ok(act(a, AUCTREG_ROLE_NATIONAL, AUCTREG_ACTION_APPROVE_NATIONAL, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_APPROVED);
    auctreg_application_free(a);

    /* a chain from the rules: Shanghai (31) configured to skip its level too */
    auctreg_rules *rules = NULL;
    ck_assert_ok(auctreg_rules_new(&rules, 2026));
    ck_assert_ok(auctreg_rules_set_chain(rules, 31, AUCTREG_CHAIN_BIT(0) | AUCTREG_CHAIN_BIT(2)));
    a = app_in(AUCTREG_STATE_ENTERPRISE_REVIEW, 31);
    ck_assert_int_eq(review(a, AUCTREG_LEVEL_PROVINCE), AUCTREG_REVIEW_PENDING); /* default rules when paid */
    c = ctx_for(AUCTREG_ROLE_ENTERPRISE, ENT);
    ck_assert_ok(auctreg_wf_context_set_rules(c, rules));
    ck_assert_ok(auctreg_workflow_apply(a, c, AUCTREG_ACTION_APPROVE_ENTERPRISE));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_NATIONAL_REVIEW);
    auctreg_wf_context_free(c);
    auctreg_application_free(a);
    auctreg_rules_free(rules);
}
END_TEST

START_TEST(reject_edit_resubmit)
{
    static const auctreg_action rejects[] = {AUCTREG_ACTION_REJECT_ENTERPRISE, AUCTREG_ACTION_REJECT_PROVINCE,
                                             AUCTREG_ACTION_REJECT_NATIONAL};
    static const auctreg_app_state at[] = {AUCTREG_STATE_ENTERPRISE_REVIEW, AUCTREG_STATE_PROVINCE_REVIEW,
                                           AUCTREG_STATE_NATIONAL_REVIEW};
    static const auctreg_role who[] = {AUCTREG_ROLE_ENTERPRISE, AUCTREG_ROLE_PROVINCE, AUCTREG_ROLE_NATIONAL};
    for (int l = 0; l < 3; l++) {
        auctreg_application *a = app_in(at[l], 32);
        ck_assert_error(act(a, who[l], rejects[l], 0, NULL), AUCTREG_ESTATE, "review.opinion.required");
        ck_assert_error(act(a, who[l], rejects[l], 0, ""), AUCTREG_ESTATE, "review.opinion.required");
        ck_assert_ok(act(a, who[l], rejects[l], 0, "继续教育记录需补正"));
        ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_REJECTED);
        ck_assert_int_eq(review(a, (auctreg_level)l), AUCTREG_REVIEW_REJECTED);
        /* the applicant edits: every level is pending again, the payment stays */
        ck_assert_ok(auctreg_application_ce_add(a, "行业新业态专题（补正）", 30));
        ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_EDIT, 0, NULL));
        ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_REJECTED);
        for (int k = 0; k < 3; k++)
            ck_assert_int_eq(review(a, (auctreg_level)k), AUCTREG_REVIEW_PENDING);
        const char *op = NULL;
        ck_assert_ok(auctreg_application_review(a, (auctreg_level)l, NULL, &op, NULL));
        ck_assert_str_eq(op, "继续教育记录需补正"); /* the last opinion stays readable */
        ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_RESUBMIT, 0, NULL));
        ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
        ck_assert_int_eq(num(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_PAID);
        ck_assert_int_eq(num(a, AUCTREG_APP_SUBMIT_COUNT), 2);
        auctreg_application_free(a);
    }
    /* an edit while in review sends the application back to the enterprise level */
    auctreg_application *a = app_in(AUCTREG_STATE_NATIONAL_REVIEW, 32);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_EDIT, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    ck_assert_int_eq(review(a, AUCTREG_LEVEL_ENTERPRISE), AUCTREG_REVIEW_PENDING);
    ck_assert_int_eq(review(a, AUCTREG_LEVEL_PROVINCE), AUCTREG_REVIEW_PENDING);
    ck_assert_int_eq(num(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_PAID);
    /* ... but only with valid content */
    ck_assert_ok(auctreg_application_ce_remove(a, 0));
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_EDIT, 0, NULL), AUCTREG_EINVAL,
                    "application.invalid");
    ck_assert(auctreg_test_has_problem("ce", "ce.hours.insufficient"));
    auctreg_application_free(a);
}
END_TEST

START_TEST(guards)
{
    /* R3: renewal and re-registration need the CE minimum; first registration does not */
    auctreg_application *a = new_app(32, AUCTREG_TYPE_REREGISTRATION);
    fix_ce(a, 440);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL), AUCTREG_EINVAL,
                    "application.invalid");
    ck_assert(auctreg_test_has_problem("ce", "ce.hours.insufficient"));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_DRAFT);
    ck_assert_ok(auctreg_application_ce_add(a, "补课", 10));
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL));
    auctreg_application_free(a);

    /* a year with a 40-hour minimum (rules as data) */
    auctreg_rules *rules = NULL;
    ck_assert_ok(auctreg_rules_new(&rules, 2026));
    ck_assert_ok(auctreg_rules_set_ce_min_tenths(rules, 400));
    a = new_app(32, AUCTREG_TYPE_RENEWAL);
    fix_ce(a, 420);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    auctreg_wf_context *c = ctx_for(AUCTREG_ROLE_APPLICANT, MGMT);
    ck_assert_ok(auctreg_wf_context_set_rules(c, rules));
    ck_assert_ok(auctreg_workflow_apply(a, c, AUCTREG_ACTION_SUBMIT));
    auctreg_wf_context_free(c);
    auctreg_application_free(a);

    /* R6: a first registration without CE, with 王蓓's data */
    a = new_app(41, AUCTREG_TYPE_FIRST);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL), AUCTREG_EINVAL,
                    "application.invalid");
    ck_assert(auctreg_test_has_problem("person", "person.missing"));
    auctreg_person *p = fix_wang_bei();
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_GENDER, "1")); /* disagrees with the ID number */
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_EMAIL, "not-an-email"));
    ck_assert_ok(auctreg_application_set_person(a, p));
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL), AUCTREG_EINVAL,
                    "application.invalid");
    ck_assert(auctreg_test_has_problem("person.gender", NULL));
    ck_assert(auctreg_test_has_problem("person.email", "email.format"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_GENDER, "2"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_EMAIL, "wangbei@example.com"));
    ck_assert_ok(auctreg_application_set_person(a, p));
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL));
    auctreg_person_free(p);
    auctreg_application_free(a);

    /* R4: enterprise in preparation needs the consent document */
    a = new_app(32, AUCTREG_TYPE_RENEWAL);
    fix_ce(a, 460);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    c = ctx_for(AUCTREG_ROLE_APPLICANT, MGMT);
    ck_assert_ok(auctreg_wf_context_set_facts(c, 0, 1));
    ck_assert_error(auctreg_workflow_apply(a, c, AUCTREG_ACTION_SUBMIT), AUCTREG_EINVAL, "application.invalid");
    ck_assert(auctreg_test_has_problem("documents", "enterprise.preparing.consent_missing"));
    fix_consent(a);
    ck_assert_ok(auctreg_workflow_apply(a, c, AUCTREG_ACTION_SUBMIT));
    auctreg_wf_context_free(c);
    auctreg_application_free(a);

    /* R5: practice records go through the validator */
    a = new_app(32, AUCTREG_TYPE_RENEWAL);
    fix_ce(a, 460);
    ck_assert_ok(auctreg_application_practice_add(a, 3, "spaceships", 100));
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL), AUCTREG_EINVAL,
                    "application.invalid");
    ck_assert(auctreg_test_has_problem("practice[0].subject", "code.unknown"));
    auctreg_application_free(a);
    auctreg_rules_free(rules);
}
END_TEST

START_TEST(windows_and_blockers)
{
    auctreg_rules *rules = NULL;
    ck_assert_ok(auctreg_rules_new(&rules, 2026));
    ck_assert_ok(auctreg_rules_set_window(rules, AUCTREG_WINDOW_APPLICANT, "2025-11-01", "2025-11-15"));
    ck_assert_ok(auctreg_rules_set_window(rules, AUCTREG_WINDOW_ENTERPRISE, "2025-12-01", NULL));
    auctreg_application *a = new_app(32, AUCTREG_TYPE_RENEWAL);
    fix_ce(a, 300); /* also short of CE */
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    auctreg_wf_context *c = ctx_for(AUCTREG_ROLE_APPLICANT, MGMT);
    ck_assert_ok(auctreg_wf_context_set_rules(c, rules));
    /* every reason at once, nothing changed */
    auctreg_blockers *b = NULL;
    ck_assert_ok(auctreg_workflow_blockers(a, c, AUCTREG_ACTION_SUBMIT, &b));
    ck_assert_int_eq(auctreg_blockers_count(b), 2);
    ck_assert_str_eq(auctreg_blockers_reason(b, 0), "window.applicant.closed");
    ck_assert_str_eq(auctreg_blockers_field(b, 0), "");
    ck_assert_str_eq(auctreg_blockers_reason(b, 1), "ce.hours.insufficient");
    ck_assert_str_eq(auctreg_blockers_field(b, 1), "ce");
    ck_assert_ptr_nonnull(strstr(auctreg_blockers_message(b, 0, AUCTREG_LANG_EN), "2025-11-15"));
    ck_assert_ptr_nonnull(strstr(auctreg_blockers_message(b, 0, AUCTREG_LANG_ZH), "已结束"));
    ck_assert_ptr_null(auctreg_blockers_reason(b, 2));
    auctreg_blockers_free(b);
    ck_assert_int_eq(num(a, AUCTREG_APP_VERSION), 1);
    ck_assert_error(auctreg_workflow_apply(a, c, AUCTREG_ACTION_SUBMIT), AUCTREG_ESTATE, "window.applicant.closed");
    ck_assert_int_eq(auctreg_error_problem_count(), 2);
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_DRAFT);
    ck_assert_ok(auctreg_wf_context_set_time(c, "2025-10-31", NOW));
    ck_assert_error(auctreg_workflow_apply(a, c, AUCTREG_ACTION_SUBMIT), AUCTREG_ESTATE,
                    "window.applicant.not_open");
    ck_assert_ok(auctreg_wf_context_set_time(c, "2025-11-10", NOW));
    ck_assert_ok(auctreg_application_ce_add(a, "补课", 150));
    ck_assert_ok(auctreg_workflow_apply(a, c, AUCTREG_ACTION_SUBMIT));
    auctreg_wf_context_free(c);
    /* the enterprise's window has not opened yet on 11-20 */
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_ok(act(a, AUCTREG_ROLE_ADMIN, AUCTREG_ACTION_CONFIRM_PAYMENT, 0, NULL));
    c = ctx_for(AUCTREG_ROLE_ENTERPRISE, ENT);
    ck_assert_ok(auctreg_wf_context_set_rules(c, rules));
    uint32_t mask = 0;
    ck_assert_ok(auctreg_workflow_available(a, c, &mask));
    ck_assert_uint_eq(mask, 0);
    ck_assert_error(auctreg_workflow_apply(a, c, AUCTREG_ACTION_APPROVE_ENTERPRISE), AUCTREG_ESTATE,
                    "window.enterprise.not_open");
    ck_assert_ok(auctreg_wf_context_set_time(c, "2025-12-01", NOW));
    ck_assert_ok(auctreg_workflow_available(a, c, &mask));
    ck_assert_uint_eq(mask, AUCTREG_ACTION_BIT(AUCTREG_ACTION_APPROVE_ENTERPRISE) |
                                AUCTREG_ACTION_BIT(AUCTREG_ACTION_REJECT_ENTERPRISE));
    auctreg_wf_context_free(c);
    /* the applicant, meanwhile, may edit */
    c = ctx_for(AUCTREG_ROLE_APPLICANT, MGMT);
    ck_assert_ok(auctreg_workflow_available(a, c, &mask));
    ck_assert_uint_eq(mask, AUCTREG_ACTION_BIT(AUCTREG_ACTION_EDIT));
    auctreg_wf_context_free(c);
    auctreg_application_free(a);
    auctreg_rules_free(rules);
}
END_TEST

START_TEST(fee_choices)
{
    auctreg_application *a = app_in(AUCTREG_STATE_SUBMITTED, 32);
    /* no choice made */
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_NONE, NULL), AUCTREG_ESTATE,
                    "fee.choice.invalid");
    /* already a member: only when it is true */
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_ALREADY_MEMBER, NULL),
                    AUCTREG_ESTATE, "fee.not_member");
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_MEMBERSHIP, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_FEE_DUE_FEN), 100000);
    ck_assert_int_eq(num(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID); /* 会员免缴 once paid */
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_AWAITING_PAYMENT);
    /* change of mind before paying */
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_FEE_DUE_FEN), 1000);
    ck_assert_int_eq(num(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID);
    auctreg_wf_context *c = ctx_for(AUCTREG_ROLE_APPLICANT, MGMT);
    ck_assert_ok(auctreg_wf_context_set_facts(c, 1, 0));
    ck_assert_ok(auctreg_wf_context_set_params(c, AUCTREG_FEE_ALREADY_MEMBER, NULL));
    ck_assert_ok(auctreg_workflow_apply(a, c, AUCTREG_ACTION_CHOOSE_FEE));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    ck_assert_int_eq(num(a, AUCTREG_APP_FEE_DUE_FEN), 0);
    ck_assert_int_eq(num(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_MEMBER_EXEMPT);
    /* once in review the choice is settled */
    ck_assert_error(auctreg_workflow_apply(a, c, AUCTREG_ACTION_CHOOSE_FEE), AUCTREG_ESTATE,
                    "workflow.state.invalid");
    auctreg_wf_context_free(c);
    auctreg_application_free(a);
    /* first registration pays 20 yuan */
    a = new_app(41, AUCTREG_TYPE_FIRST);
    auctreg_person *p = fix_wang_bei();
    ck_assert_ok(auctreg_application_set_person(a, p));
    auctreg_person_free(p);
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CREATE, 0, NULL));
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL));
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_CHOOSE_FEE, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_FEE_DUE_FEN), 2000);
    auctreg_application_free(a);
}
END_TEST

START_TEST(withdraw_and_states)
{
    auctreg_application *a = app_in(AUCTREG_STATE_WITHDRAWN, 32);
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_WITHDRAWN);
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_SUBMIT, 0, NULL), AUCTREG_ESTATE,
                    "workflow.state.invalid");
    auctreg_application_free(a);
    a = app_in(AUCTREG_STATE_SUBMITTED, 32);
    ck_assert_error(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_WITHDRAW, 0, NULL), AUCTREG_ESTATE,
                    "workflow.state.invalid");
    ck_assert_error(act(a, AUCTREG_ROLE_ADMIN, AUCTREG_ACTION_CONFIRM_PAYMENT, 0, NULL), AUCTREG_ESTATE,
                    "workflow.state.invalid");
    /* R10: a submitted application (待审核) may still be edited; it stays submitted */
    ck_assert_ok(act(a, AUCTREG_ROLE_APPLICANT, AUCTREG_ACTION_EDIT, 0, NULL));
    ck_assert_int_eq(num(a, AUCTREG_APP_STATE), AUCTREG_STATE_SUBMITTED);
    auctreg_application_free(a);
    /* the denial message names the role and the action in both languages */
    a = app_in(AUCTREG_STATE_DRAFT, 32);
    ck_assert_error(act(a, AUCTREG_ROLE_NATIONAL, AUCTREG_ACTION_SUBMIT, 0, NULL), AUCTREG_EDENIED,
                    "workflow.role.denied");
    ck_assert_ptr_nonnull(strstr(auctreg_error_problem_message_lang(0, AUCTREG_LANG_EN), "national"));
    ck_assert_ptr_nonnull(strstr(auctreg_error_problem_message_lang(0, AUCTREG_LANG_ZH), "提交申请"));
    ck_assert_error(auctreg_workflow_apply(a, NULL, AUCTREG_ACTION_SUBMIT), AUCTREG_EINVAL, "arg.null");
    auctreg_wf_context *c = ctx_for(AUCTREG_ROLE_APPLICANT, MGMT);
    ck_assert_error(auctreg_workflow_apply(a, c, (auctreg_action)99), AUCTREG_EINVAL, "action.unknown");
    ck_assert_error(auctreg_wf_context_set_time(c, "20251120", 0), AUCTREG_EINVAL, "date.format");
    ck_assert_error(auctreg_wf_context_set_actor(c, (auctreg_role)9, "x"), AUCTREG_EINVAL, "role.unknown");
    auctreg_wf_context_free(c);
    auctreg_application_free(a);
}
END_TEST

START_TEST(codes_and_diagrams)
{
    for (int i = 0; i < AUCTREG_ACTION_COUNT; i++) {
        auctreg_action back;
        ck_assert_ok(auctreg_action_from_code(auctreg_action_code((auctreg_action)i), &back));
        ck_assert_int_eq(back, i);
        ck_assert_ptr_nonnull(auctreg_action_label((auctreg_action)i, AUCTREG_LANG_ZH));
    }
    ck_assert_error(auctreg_action_from_code("fly", &(auctreg_action){0}), AUCTREG_ENOTFOUND, "action.unknown");
    ck_assert_int_eq(auctreg_action_level(AUCTREG_ACTION_REJECT_PROVINCE), AUCTREG_LEVEL_PROVINCE);
    ck_assert_int_eq(auctreg_action_level(AUCTREG_ACTION_SUBMIT), -1);
    char *dot = auctreg_workflow_dot(), *mmd = auctreg_workflow_mermaid();
    ck_assert_ptr_nonnull(dot);
    ck_assert_ptr_nonnull(mmd);
    ck_assert_ptr_nonnull(strstr(dot, "digraph auctreg_workflow {"));
    ck_assert_ptr_nonnull(strstr(dot, "ENTERPRISE_REVIEW -> NATIONAL_REVIEW"));
    ck_assert_ptr_nonnull(strstr(dot, "chain skips province"));
    ck_assert_ptr_nonnull(strstr(mmd, "stateDiagram-v2"));
    ck_assert_ptr_nonnull(strstr(mmd, "[*] --> DRAFT: create"));
    for (int i = 0; i < AUCTREG_ACTION_COUNT; i++) {
        ck_assert_ptr_nonnull(strstr(dot, auctreg_action_code((auctreg_action)i)));
        ck_assert_ptr_nonnull(strstr(mmd, auctreg_action_code((auctreg_action)i)));
    }
    /* the committed docs show exactly what the engine prints */
    FILE *f = fopen(AUCTREG_SOURCE_DIR "/docs/workflow.dot", "rb");
    ck_assert_msg(f != NULL, "docs/workflow.dot missing");
    char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    ck_assert_str_eq(buf, dot);
    auctreg_free(dot);
    auctreg_free(mmd);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("workflow");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_add_test(tc, full_path);
    tcase_add_test(tc, role_matrix);
    tcase_add_test(tc, scope);
    tcase_add_test(tc, level_order_and_chain);
    tcase_add_test(tc, reject_edit_resubmit);
    tcase_add_test(tc, guards);
    tcase_add_test(tc, windows_and_blockers);
    tcase_add_test(tc, fee_choices);
    tcase_add_test(tc, withdraw_and_states);
    tcase_add_test(tc, codes_and_diagrams);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return auctreg_test_run(suite()); }
