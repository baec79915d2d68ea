/* The SQLite registry: the manual's stories, R1-R12, scope, versions, atomicity, concurrency, queries. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "auctreg.h"
#include "fixtures.h"
#include "registry/registry_internal.h"
#include "testutil.h"

#define APPL AUCTREG_ROLE_APPLICANT
#define ENTR AUCTREG_ROLE_ENTERPRISE
#define PROV AUCTREG_ROLE_PROVINCE
#define NATL AUCTREG_ROLE_NATIONAL

static fix_world W;
static char tmpdir[64];

static void setup(void) { fix_world_open(&W, ":memory:"); }
static void teardown(void) { fix_world_close(&W); }

static void file_setup(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/auctreg-check-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void file_teardown(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    ck_assert_int_eq(system(cmd), 0);
}

static int64_t sql_int(const char *sql)
{
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(auctreg__registry_db(W.r), sql, -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    int64_t v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Approve at every level of the chain as the right reviewers. */
static void approve_all(int64_t id, const char *ent, const char *prov)
{
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, ent, id, fix_ver(&W, id), AUCTREG_LEVEL_ENTERPRISE, "同意",
                                          NULL));
    if (fix_int(&W, id, AUCTREG_APP_STATE) == AUCTREG_STATE_PROVINCE_REVIEW)
        ck_assert_ok(auctreg_registry_approve(W.r, PROV, prov, id, fix_ver(&W, id), AUCTREG_LEVEL_PROVINCE, "同意",
                                              NULL));
    ck_assert_ok(auctreg_registry_approve(W.r, NATL, "cn", id, fix_ver(&W, id), AUCTREG_LEVEL_NATIONAL, "核准", NULL));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_APPROVED);
}

/* ------------------------------------------------------------------ the manual's stories */

START_TEST(story_renewal)
{
    int64_t id = fix_create(&W, FIX_REN, 0);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_TYPE), AUCTREG_TYPE_RENEWAL); /* R1 */
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_YEAR), 2026);
    /* the applicant fills in the CE records and saves (R5) */
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REN, id, &a));
    ck_assert_int_eq(auctreg_application_practice_count(a), 2);
    ck_assert_str_eq(auctreg_application_get_text(a, AUCTREG_APP_ENTERPRISE), W.js);
    ck_assert_int_eq(auctreg_application_get_int(a, AUCTREG_APP_PROVINCE), 32);
    fix_ce(a, 460);
    int64_t v = 0;
    ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_REN, a, &v));
    ck_assert_int_eq(v, 2);
    auctreg_application_free(a);
    ck_assert_int_eq(fix_audit_count(&W, id), 2); /* the edit of the draft has its audit row too */
    fix_to_review(&W, id, FIX_REN);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_PAID);
    approve_all(id, W.js, "32");
    /* R12: practising in 2026 */
    int yes = 0;
    ck_assert_ok(auctreg_registry_is_practising(W.r, FIX_REN, 2026, &yes));
    ck_assert_int_eq(yes, 1);
    /* the history list: one row, paid, three approvals, view and print */
    auctreg_rows *h = NULL;
    ck_assert_ok(auctreg_registry_history(W.r, APPL, FIX_REN, FIX_REN, 0, 10, &h));
    ck_assert_int_eq(auctreg_rows_total(h), 1);
    ck_assert_int_eq(auctreg_rows_page(h), 1);
    ck_assert_int_eq(auctreg_rows_pages(h), 1);
    ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_YEAR), 2026);
    ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_PAY_STATUS), AUCTREG_PAY_PAID);
    for (int c = AUCTREG_HISTORY_REVIEW_ENTERPRISE; c <= AUCTREG_HISTORY_REVIEW_NATIONAL; c++)
        ck_assert_int_eq(auctreg_rows_get_int(h, 0, c), AUCTREG_REVIEW_APPROVED);
    ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_OPERATIONS), AUCTREG_OP_VIEW | AUCTREG_OP_PRINT);
    ck_assert_str_eq(auctreg_rows_column_name(h, AUCTREG_HISTORY_PAY_STATUS), "pay_status");
    auctreg_rows_free(h);
    /* the audit trail: one row per change (the draft's edit included), in order */
    auctreg_rows *t = NULL;
    ck_assert_ok(auctreg_registry_audit(W.r, APPL, FIX_REN, id, 0, 100, &t));
    static const int to[] = {AUCTREG_STATE_DRAFT,           AUCTREG_STATE_DRAFT,
                             AUCTREG_STATE_SUBMITTED,       AUCTREG_STATE_AWAITING_PAYMENT,
                             AUCTREG_STATE_ENTERPRISE_REVIEW, AUCTREG_STATE_PROVINCE_REVIEW,
                             AUCTREG_STATE_NATIONAL_REVIEW, AUCTREG_STATE_APPROVED};
    ck_assert_int_eq(auctreg_rows_count(t), 8);
    ck_assert_int_eq(auctreg_rows_get_int(t, 1, AUCTREG_AUDIT_ACTION), AUCTREG_ACTION_EDIT);
    for (size_t i = 0; i < 8; i++) {
        ck_assert_int_eq(auctreg_rows_get_int(t, i, AUCTREG_AUDIT_TO), to[i]);
        if (i > 0) {
            ck_assert_int_eq(auctreg_rows_get_int(t, i, AUCTREG_AUDIT_FROM), to[i - 1]);
            ck_assert_int_ge(auctreg_rows_get_int(t, i, AUCTREG_AUDIT_AT), auctreg_rows_get_int(t, i - 1,
                                                                                               AUCTREG_AUDIT_AT));
        }
    }
    ck_assert_int_eq(auctreg_rows_get_int(t, 0, AUCTREG_AUDIT_FROM), AUCTREG_STATE_NONE);
    ck_assert_int_eq(auctreg_rows_get_int(t, 0, AUCTREG_AUDIT_LEVEL), -1);
    ck_assert_int_eq(auctreg_rows_get_int(t, 4, AUCTREG_AUDIT_ROLE), AUCTREG_ROLE_SYSTEM);
    ck_assert_str_eq(auctreg_rows_get_text(t, 4, AUCTREG_AUDIT_ACTOR), "gateway");
    ck_assert_int_eq(auctreg_rows_get_int(t, 5, AUCTREG_AUDIT_LEVEL), AUCTREG_LEVEL_ENTERPRISE);
    ck_assert_str_eq(auctreg_rows_get_text(t, 5, AUCTREG_AUDIT_ACTOR), W.js);
    ck_assert_str_eq(auctreg_rows_get_text(t, 7, AUCTREG_AUDIT_OPINION), "核准");
    ck_assert_int_eq(auctreg_rows_get_int(t, 7, AUCTREG_AUDIT_VERSION), 8);
    auctreg_rows_free(t);
}
END_TEST

START_TEST(story_reregistration)
{
    int64_t id = fix_create(&W, FIX_REREG, 440);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_TYPE), AUCTREG_TYPE_REREGISTRATION);
    /* R3: 44 hours are not enough */
    ck_assert_error(auctreg_registry_submit(W.r, APPL, FIX_REREG, id, 1, NULL), AUCTREG_EINVAL, "application.invalid");
    ck_assert(auctreg_test_has_problem("ce", "ce.hours.insufficient"));
    ck_assert_int_eq(fix_ver(&W, id), 1);
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REREG, id, &a));
    ck_assert_ok(auctreg_application_ce_add(a, "行业新业态专题", 20));
    ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_REREG, a, NULL));
    auctreg_application_free(a);
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, FIX_REREG, id, 2, NULL));
    /* joins the branch: the membership fee instead of the registration fee */
    ck_assert_ok(auctreg_registry_choose_fee(W.r, APPL, FIX_REREG, id, 3, AUCTREG_FEE_MEMBERSHIP, NULL));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_DUE_FEN), 100000);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID); /* 未付款 until paid */
    fix_pay(&W, id, FIX_REREG, "WX-0001");
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_MEMBER_EXEMPT); /* 会员免缴 */
    int member = 0;
    ck_assert_ok(auctreg_registry_is_member(W.r, FIX_REREG, 2026, &member));
    ck_assert_int_eq(member, 1);
    approve_all(id, W.js, "32");
}
END_TEST

START_TEST(story_first_wang_bei)
{
    int64_t id = fix_create(&W, FIX_WANG, 0);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_TYPE), AUCTREG_TYPE_FIRST);
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_WANG, id, &a));
    const auctreg_person *p = auctreg_application_person(a);
    ck_assert_ptr_nonnull(p); /* the stored personal data starts the form */
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_NAME), "王蓓");
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_ID_NUMBER), "410103198007250027");
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_GENDER), "2");
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_BIRTH_DATE), "1980-07-25");
    ck_assert_int_eq(auctreg_application_get_int(a, AUCTREG_APP_PROVINCE), 41);
    auctreg_application_free(a);
    /* R6: the personal data must be her own: another management number is refused */
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_WANG, id, &a));
    auctreg_person *other = NULL;
    ck_assert_ok(auctreg_person_dup(&other, auctreg_application_person(a)));
    ck_assert_ok(auctreg_person_set(other, AUCTREG_PERSON_MGMT_NO, FIX_REN));
    ck_assert_ok(auctreg_application_set_person(a, other));
    auctreg_person_free(other);
    int64_t v2 = 0;
    ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_WANG, a, &v2));
    auctreg_application_free(a);
    ck_assert_error(auctreg_registry_submit(W.r, APPL, FIX_WANG, id, v2, NULL), AUCTREG_EINVAL, "application.invalid");
    ck_assert(auctreg_test_has_problem("person.mgmt_no", "auctioneer.mgmt_no.mismatch"));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_DRAFT);
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_WANG, id, &a));
    ck_assert_ok(auctreg_person_dup(&other, auctreg_application_person(a)));
    ck_assert_ok(auctreg_person_set(other, AUCTREG_PERSON_MGMT_NO, FIX_WANG));
    ck_assert_ok(auctreg_application_set_person(a, other));
    auctreg_person_free(other);
    ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_WANG, a, &v2));
    auctreg_application_free(a);
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, FIX_WANG, id, v2, NULL));
    ck_assert_ok(auctreg_registry_choose_fee(W.r, APPL, FIX_WANG, id, fix_ver(&W, id), AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_DUE_FEN), 2000);
    char *ref = NULL;
    ck_assert_ok(auctreg_registry_create_payment_order(W.r, APPL, FIX_WANG, id, fix_ver(&W, id), "王蓓", "wangbei@example.com",
                                                       "13800138000", AUCTREG_CHANNEL_ALIPAY, NULL, &ref, NULL));
    char *rcpt = NULL;
    ck_assert_ok(auctreg_registry_confirm_payment(W.r, FIX_ADMIN, ref, "ALI-2025112000001", 2000, NULL, &rcpt));
    ck_assert_ptr_nonnull(strstr(rcpt, "RC2026-"));
    auctreg_free(ref);
    auctreg_free(rcpt);
    approve_all(id, W.hn, "41");
    /* a year later she renews (R12 feeds R1) */
    ck_assert_ok(auctreg_registry_set_today(W.r, "2026-11-20"));
    int64_t next = fix_create(&W, FIX_WANG, 460);
    ck_assert_int_eq(fix_int(&W, next, AUCTREG_APP_TYPE), AUCTREG_TYPE_RENEWAL);
    ck_assert_int_eq(fix_int(&W, next, AUCTREG_APP_YEAR), 2027);
    auctreg_rows *h = NULL;
    ck_assert_ok(auctreg_registry_history(W.r, APPL, FIX_WANG, FIX_WANG, 0, 10, &h));
    ck_assert_int_eq(auctreg_rows_total(h), 2);
    ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_YEAR), 2027); /* newest first */
    ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_OPERATIONS), AUCTREG_OP_VIEW);
    ck_assert_int_eq(auctreg_rows_get_int(h, 1, AUCTREG_HISTORY_YEAR), 2026);
    auctreg_rows_free(h);
    /* an unknown role sees nothing and is told so */
    ck_assert_error(auctreg_registry_history(W.r, (auctreg_role)42, "x", FIX_WANG, 0, 10, &h), AUCTREG_EDENIED,
                    "workflow.role.denied");
    ck_assert_error(auctreg_registry_history(W.r, (auctreg_role)-1, "x", FIX_WANG, 0, 10, &h), AUCTREG_EDENIED,
                    "workflow.role.denied");
    ck_assert_ok(auctreg_registry_history(W.r, APPL, FIX_WANG, FIX_WANG, 1, 1, &h));
    ck_assert_int_eq(auctreg_rows_count(h), 1);
    ck_assert_int_eq(auctreg_rows_page(h), 2);
    ck_assert_int_eq(auctreg_rows_pages(h), 2);
    auctreg_rows_free(h);
}
END_TEST

/* ------------------------------------------------------------------ R1, R2 */

START_TEST(r1_r2_types_and_uniqueness)
{
    ck_assert_int_eq(fix_int(&W, fix_create(&W, FIX_REN, 0), AUCTREG_APP_TYPE), AUCTREG_TYPE_RENEWAL);
    ck_assert_int_eq(fix_int(&W, fix_create(&W, FIX_REREG, 0), AUCTREG_APP_TYPE), AUCTREG_TYPE_REREGISTRATION);
    int64_t wang = fix_create(&W, FIX_WANG, 0);
    ck_assert_int_eq(fix_int(&W, wang, AUCTREG_APP_TYPE), AUCTREG_TYPE_FIRST);
    /* R2: one per auctioneer and year */
    int64_t id = 0;
    ck_assert_error(auctreg_registry_create_application(W.r, APPL, FIX_REN, NULL, &id), AUCTREG_EDUPLICATE,
                    "application.duplicate");
    /* a withdrawn draft frees the year */
    ck_assert_ok(auctreg_registry_withdraw(W.r, APPL, FIX_WANG, wang, 1, NULL));
    ck_assert_int_eq(fix_int(&W, wang, AUCTREG_APP_STATE), AUCTREG_STATE_WITHDRAWN);
    ck_assert_ok(auctreg_registry_create_application(W.r, APPL, FIX_WANG, NULL, &id));
    ck_assert_int_ne(id, wang);
    /* R2 against history: a year already registered (imported) takes no new application */
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200777", "钱早", W.js, NULL));
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, "3200777", 2025));
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, "3200777", 2026));
    ck_assert_error(auctreg_registry_create_application(W.r, APPL, "3200777", NULL, &id), AUCTREG_EDUPLICATE,
                    "application.duplicate");
    /* unknown auctioneer, or one without an enterprise */
    ck_assert_error(auctreg_registry_create_application(W.r, APPL, "9999999", NULL, &id), AUCTREG_ENOTFOUND,
                    "auctioneer.not_found");
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200999", "周无", NULL, NULL));
    ck_assert_error(auctreg_registry_create_application(W.r, APPL, "3200999", NULL, &id), AUCTREG_ESTATE,
                    "auctioneer.enterprise.missing");
    /* a window that runs into January: the application is for this year, R1 relative to last year */
    auctreg_rules *rules = NULL;
    ck_assert_ok(auctreg_rules_new(&rules, 2026));
    ck_assert_ok(auctreg_rules_set_window(rules, AUCTREG_WINDOW_APPLICANT, "2025-12-01", "2026-01-31"));
    ck_assert_ok(auctreg_registry_set_rules(W.r, FIX_ADMIN, rules));
    auctreg_rules_free(rules);
    ck_assert_ok(auctreg_registry_set_today(W.r, "2026-01-10"));
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200500", "冯冬", W.js, NULL));
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, "3200500", 2025));
    int64_t jan = fix_create(&W, "3200500", 0);
    ck_assert_int_eq(fix_int(&W, jan, AUCTREG_APP_YEAR), 2026);
    ck_assert_int_eq(fix_int(&W, jan, AUCTREG_APP_TYPE), AUCTREG_TYPE_RENEWAL);
    ck_assert_ok(auctreg_registry_set_today(W.r, "2026-02-01")); /* closed: next year's application */
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200501", "冯春", W.js, NULL));
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, "3200501", 2025));
    int64_t feb = fix_create(&W, "3200501", 0);
    ck_assert_int_eq(fix_int(&W, feb, AUCTREG_APP_YEAR), 2027);
    ck_assert_int_eq(fix_int(&W, feb, AUCTREG_APP_TYPE), AUCTREG_TYPE_REREGISTRATION);
    /* only applicants create */
    ck_assert_error(auctreg_registry_create_application(W.r, NATL, FIX_REN, NULL, &id), AUCTREG_EDENIED,
                    "workflow.role.denied");
}
END_TEST

/* ------------------------------------------------------------------ roles and scope */

START_TEST(scope_enforced)
{
    int64_t id = fix_create(&W, FIX_REN, 460);
    int64_t audit = fix_audit_count(&W, id);
    auctreg_application *a = NULL;
    ck_assert_error(auctreg_registry_get_application(W.r, APPL, FIX_REREG, id, &a), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_registry_submit(W.r, APPL, FIX_REREG, id, 1, NULL), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_registry_submit(W.r, ENTR, W.js, id, 1, NULL), AUCTREG_EDENIED, "workflow.role.denied");
    fix_to_review(&W, id, FIX_REN);
    int64_t v = fix_ver(&W, id);
    audit = fix_audit_count(&W, id);
    ck_assert_error(auctreg_registry_approve(W.r, ENTR, W.bj, id, v, AUCTREG_LEVEL_ENTERPRISE, NULL, NULL),
                    AUCTREG_EDENIED, "workflow.scope.denied");
    ck_assert_error(auctreg_registry_approve(W.r, APPL, FIX_REN, id, v, AUCTREG_LEVEL_ENTERPRISE, NULL, NULL),
                    AUCTREG_EDENIED, "workflow.role.denied");
    ck_assert_error(auctreg_registry_approve(W.r, FIX_ADMIN, id, v, AUCTREG_LEVEL_ENTERPRISE, NULL, NULL),
                    AUCTREG_EDENIED, "workflow.role.denied");
    /* a denial beats a stale version: the outsider learns nothing */
    ck_assert_error(auctreg_registry_approve(W.r, ENTR, W.bj, id, v - 1, AUCTREG_LEVEL_ENTERPRISE, NULL, NULL),
                    AUCTREG_EDENIED, "workflow.scope.denied");
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.js, id, v, AUCTREG_LEVEL_ENTERPRISE, NULL, NULL));
    v++;
    ck_assert_error(auctreg_registry_approve(W.r, PROV, "33", id, v, AUCTREG_LEVEL_PROVINCE, NULL, NULL),
                    AUCTREG_EDENIED, "workflow.scope.denied");
    ck_assert_int_eq(fix_ver(&W, id), v);
    ck_assert_int_eq(fix_audit_count(&W, id), audit + 1);
    /* reads: the enterprise and the province see it, others do not */
    ck_assert_ok(auctreg_registry_get_application(W.r, ENTR, W.js, id, &a));
    auctreg_application_free(a);
    ck_assert_ok(auctreg_registry_get_application(W.r, PROV, "32", id, &a));
    auctreg_application_free(a);
    ck_assert_error(auctreg_registry_get_application(W.r, PROV, "11", id, &a), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    auctreg_rows *rows = NULL;
    ck_assert_error(auctreg_registry_audit(W.r, ENTR, W.bj, id, 0, 10, &rows), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_registry_history(W.r, APPL, FIX_REREG, FIX_REN, 0, 10, &rows), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_ok(auctreg_registry_history(W.r, ENTR, W.bj, FIX_REN, 0, 10, &rows));
    ck_assert_int_eq(auctreg_rows_total(rows), 0); /* outside its scope: nothing */
    auctreg_rows_free(rows);
    /* master data and rules are the administrator's */
    ck_assert_error(auctreg_registry_put_enterprise(W.r, NATL, "cn", W.js, "x", 32, AUCTREG_ENTERPRISE_ACTIVE, NULL),
                    AUCTREG_EDENIED, "registry.role.denied");
    ck_assert_error(auctreg_registry_import_registration_year(W.r, APPL, FIX_REN, FIX_REN, 2025), AUCTREG_EDENIED,
                    "registry.role.denied");
    uint32_t mask = 0;
    ck_assert_error(auctreg_registry_available(W.r, APPL, FIX_REREG, id, &mask), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_ok(auctreg_registry_available(W.r, PROV, "32", id, &mask));
    ck_assert_uint_eq(mask, AUCTREG_ACTION_BIT(AUCTREG_ACTION_APPROVE_PROVINCE) |
                                AUCTREG_ACTION_BIT(AUCTREG_ACTION_REJECT_PROVINCE));
    ck_assert_ok(auctreg_registry_available(W.r, APPL, FIX_REN, id, &mask));
    ck_assert_uint_eq(mask, AUCTREG_ACTION_BIT(AUCTREG_ACTION_EDIT));
    auctreg_blockers *b = NULL;
    ck_assert_ok(auctreg_registry_blockers(W.r, PROV, "32", id, AUCTREG_ACTION_REJECT_PROVINCE, 0, NULL, &b));
    ck_assert_int_eq(auctreg_blockers_count(b), 1);
    ck_assert_str_eq(auctreg_blockers_reason(b, 0), "review.opinion.required");
    auctreg_blockers_free(b);
    ck_assert_ok(auctreg_registry_blockers(W.r, NATL, "cn", id, AUCTREG_ACTION_APPROVE_NATIONAL, 0, NULL, &b));
    ck_assert_str_eq(auctreg_blockers_reason(b, 0), "review.level.not_reached");
    auctreg_blockers_free(b);
}
END_TEST

/* Every registry action, called by every role that may not fire it: EDENIED, nothing changes. */
static int call_action(auctreg_action a, auctreg_role role, const char *actor, int64_t id, int64_t v)
{
    switch (a) {
    case AUCTREG_ACTION_SUBMIT: return auctreg_registry_submit(W.r, role, actor, id, v, NULL);
    case AUCTREG_ACTION_CHOOSE_FEE:
        return auctreg_registry_choose_fee(W.r, role, actor, id, v, AUCTREG_FEE_REGISTRATION, NULL);
    case AUCTREG_ACTION_APPROVE_ENTERPRISE:
        return auctreg_registry_approve(W.r, role, actor, id, v, AUCTREG_LEVEL_ENTERPRISE, "同意", NULL);
    case AUCTREG_ACTION_REJECT_ENTERPRISE:
        return auctreg_registry_reject(W.r, role, actor, id, v, AUCTREG_LEVEL_ENTERPRISE, "不同意", NULL);
    case AUCTREG_ACTION_APPROVE_PROVINCE:
        return auctreg_registry_approve(W.r, role, actor, id, v, AUCTREG_LEVEL_PROVINCE, "同意", NULL);
    case AUCTREG_ACTION_REJECT_PROVINCE:
        return auctreg_registry_reject(W.r, role, actor, id, v, AUCTREG_LEVEL_PROVINCE, "不同意", NULL);
    case AUCTREG_ACTION_APPROVE_NATIONAL:
        return auctreg_registry_approve(W.r, role, actor, id, v, AUCTREG_LEVEL_NATIONAL, "同意", NULL);
    case AUCTREG_ACTION_REJECT_NATIONAL:
        return auctreg_registry_reject(W.r, role, actor, id, v, AUCTREG_LEVEL_NATIONAL, "不同意", NULL);
    case AUCTREG_ACTION_RESUBMIT: return auctreg_registry_resubmit(W.r, role, actor, id, v, NULL);
    case AUCTREG_ACTION_WITHDRAW: return auctreg_registry_withdraw(W.r, role, actor, id, v, NULL);
    case AUCTREG_ACTION_EDIT: {
        auctreg_application *a2 = NULL;
        ck_assert_ok(auctreg_registry_get_application(W.r, NATL, "cn", id, &a2));
        int rc = auctreg_registry_save_application(W.r, role, actor, a2, NULL);
        auctreg_application_free(a2);
        return rc;
    }
    default: return AUCTREG_ERROR;
    }
}

START_TEST(registry_role_matrix)
{
    static const struct {
        auctreg_action action;
        auctreg_role allowed;
    } acts[] = {
        {AUCTREG_ACTION_EDIT, APPL},           {AUCTREG_ACTION_SUBMIT, APPL},
        {AUCTREG_ACTION_CHOOSE_FEE, APPL},     {AUCTREG_ACTION_APPROVE_ENTERPRISE, ENTR},
        {AUCTREG_ACTION_REJECT_ENTERPRISE, ENTR}, {AUCTREG_ACTION_APPROVE_PROVINCE, PROV},
        {AUCTREG_ACTION_REJECT_PROVINCE, PROV},   {AUCTREG_ACTION_APPROVE_NATIONAL, NATL},
        {AUCTREG_ACTION_REJECT_NATIONAL, NATL},   {AUCTREG_ACTION_RESUBMIT, APPL},
        {AUCTREG_ACTION_WITHDRAW, APPL},
    };
    int64_t id = fix_create(&W, FIX_REN, 460);
    const char *actors[] = {FIX_REN, W.js, "32", "cn", "admin", "sys"};
    for (size_t k = 0; k < sizeof acts / sizeof acts[0]; k++)
        for (int role = 0; role <= AUCTREG_ROLE_SYSTEM; role++) {
            if ((auctreg_role)role == acts[k].allowed)
                continue;
            int64_t v = fix_ver(&W, id), n = fix_audit_count(&W, id);
            int rc = call_action(acts[k].action, (auctreg_role)role, actors[role], id, v);
            ck_assert_msg(rc == AUCTREG_EDENIED, "%s by %s: %s", auctreg_action_code(acts[k].action),
                          auctreg_enum_code(AUCTREG_ENUM_ROLE, role), auctreg_status_name(rc));
            ck_assert_str_eq(auctreg_error_reason(), "workflow.role.denied");
            ck_assert_int_eq(fix_ver(&W, id), v);
            ck_assert_int_eq(fix_audit_count(&W, id), n);
        }
    /* the confirmation is the administrator's (or the system's) only */
    for (int role = APPL; role <= NATL; role++)
        ck_assert_error(auctreg_registry_confirm_payment(W.r, (auctreg_role)role, actors[role], "PO2026-00000001-01",
                                                         "T", 1000, NULL, NULL),
                        AUCTREG_EDENIED, "registry.role.denied");
    ck_assert_int_eq(auctreg_rows_count(NULL), 0);
    ck_assert_int_eq(auctreg_rows_total(NULL), 0);
    ck_assert_int_eq(auctreg_rows_pages(NULL), 1);
    ck_assert_ptr_null(auctreg_rows_get_text(NULL, 0, 0));
    auctreg_rows_free(NULL);
}
END_TEST

START_TEST(beijing_chain)
{
    int64_t id = fix_create(&W, FIX_BJ, 460);
    fix_to_review(&W, id, FIX_BJ);
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, NATL, "cn", id, &a));
    int st = -1;
    ck_assert_ok(auctreg_application_review(a, AUCTREG_LEVEL_PROVINCE, &st, NULL, NULL));
    ck_assert_int_eq(st, AUCTREG_REVIEW_SKIPPED);
    auctreg_application_free(a);
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.bj, id, fix_ver(&W, id), AUCTREG_LEVEL_ENTERPRISE, NULL, NULL));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_NATIONAL_REVIEW);
    ck_assert_error(auctreg_registry_approve(W.r, PROV, "11", id, fix_ver(&W, id), AUCTREG_LEVEL_PROVINCE, NULL, NULL),
                    AUCTREG_ESTATE, "review.level.skipped");
    ck_assert_ok(auctreg_registry_approve(W.r, NATL, "cn", id, fix_ver(&W, id), AUCTREG_LEVEL_NATIONAL, NULL, NULL));
    /* the chain is data: give Beijing its level back for 2026 */
    auctreg_rules *rules = NULL;
    ck_assert_ok(auctreg_registry_get_rules(W.r, 2026, &rules));
    ck_assert_ok(auctreg_rules_set_chain(rules, 11, AUCTREG_CHAIN_FULL));
    ck_assert_ok(auctreg_registry_set_rules(W.r, FIX_ADMIN, rules));
    auctreg_rules_free(rules);
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "1100002", "钱京", W.bj, NULL));
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, "1100002", 2025));
    id = fix_create(&W, "1100002", 460);
    fix_to_review(&W, id, "1100002");
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.bj, id, fix_ver(&W, id), AUCTREG_LEVEL_ENTERPRISE, NULL, NULL));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_PROVINCE_REVIEW);
}
END_TEST

/* ------------------------------------------------------------------ R4, R9, R10 */

START_TEST(r4_preparing_enterprise)
{
    int64_t id = fix_create(&W, FIX_PREP, 460);
    ck_assert_error(auctreg_registry_submit(W.r, APPL, FIX_PREP, id, 1, NULL), AUCTREG_EINVAL, "application.invalid");
    ck_assert(auctreg_test_has_problem("documents", "enterprise.preparing.consent_missing"));
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_PREP, id, &a));
    fix_consent(a);
    ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_PREP, a, NULL));
    auctreg_application_free(a);
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, FIX_PREP, id, 2, NULL));
    /* the document came back with its content and digest */
    ck_assert_ok(auctreg_registry_get_application(W.r, NATL, "cn", id, &a));
    const void *data = NULL;
    size_t n = 0;
    const char *media = NULL;
    ck_assert_ok(auctreg_application_document_get(a, 0, NULL, NULL, &media, NULL, NULL));
    ck_assert_str_eq(media, "application/pdf");
    ck_assert_ok(auctreg_application_document_content(a, 0, &data, &n));
    ck_assert_int_eq(n, sizeof FIX_PDF - 1);
    ck_assert_int_eq(memcmp(data, FIX_PDF, n), 0);
    auctreg_application_free(a);
    /* the provincial association is informed (queue flag) so that it can coordinate */
    ck_assert_ok(auctreg_registry_choose_fee(W.r, APPL, FIX_PREP, id, fix_ver(&W, id), AUCTREG_FEE_REGISTRATION,
                                             NULL));
    fix_pay(&W, id, FIX_PREP, "TXN-R4");
    auctreg_rows *q = NULL;
    ck_assert_ok(auctreg_registry_queue(W.r, AUCTREG_ROLE_ADMIN, "admin", 0, 0, 0, 0, 100, &q));
    int seen = 0;
    for (size_t i = 0; i < auctreg_rows_count(q); i++)
        if (auctreg_rows_get_int(q, i, AUCTREG_QUEUE_ID) == id) {
            ck_assert_int_eq(auctreg_rows_get_int(q, i, AUCTREG_QUEUE_ENTERPRISE_PREPARING), 1);
            seen = 1;
        }
    ck_assert(seen);
    auctreg_rows_free(q);
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.prep, id, fix_ver(&W, id), AUCTREG_LEVEL_ENTERPRISE, "同意",
                                          NULL));
    ck_assert_ok(auctreg_registry_queue(W.r, PROV, "32", 0, 0, 0, 0, 10, &q));
    ck_assert_int_eq(auctreg_rows_total(q), 1);
    ck_assert_int_eq(auctreg_rows_get_int(q, 0, AUCTREG_QUEUE_ID), id);
    ck_assert_int_eq(auctreg_rows_get_int(q, 0, AUCTREG_QUEUE_ENTERPRISE_PREPARING), 1);
    auctreg_rows_free(q);
    /* or the enterprise leaves preparation */
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200105", "吴筹", W.prep, NULL));
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, "3200105", 2025));
    int64_t other = fix_create(&W, "3200105", 460);
    ck_assert_ok(auctreg_registry_put_enterprise(W.r, FIX_ADMIN, W.prep, "无锡拍卖有限公司", 32,
                                                 AUCTREG_ENTERPRISE_ACTIVE, "2025-11-18"));
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, "3200105", other, 1, NULL));
}
END_TEST

START_TEST(reject_each_level_then_resubmit)
{
    static const auctreg_level lv[] = {AUCTREG_LEVEL_ENTERPRISE, AUCTREG_LEVEL_PROVINCE, AUCTREG_LEVEL_NATIONAL};
    static const char *const opinions[] = {"聘用协议已过期", "继续教育记录需补正", "执业记录不完整"};
    int64_t id = fix_create(&W, FIX_REN, 460);
    fix_to_review(&W, id, FIX_REN);
    for (int l = 0; l < 3; l++) {
        /* climb to level l */
        for (int k = 0; k < l; k++) {
            auctreg_role role = k == 0 ? ENTR : PROV;
            ck_assert_ok(auctreg_registry_approve(W.r, role, k == 0 ? W.js : "32", id, fix_ver(&W, id), lv[k], "同意",
                                                  NULL));
        }
        auctreg_role role = l == 0 ? ENTR : l == 1 ? PROV : NATL;
        const char *actor = l == 0 ? W.js : l == 1 ? "32" : "cn";
        int64_t v = fix_ver(&W, id);
        ck_assert_error(auctreg_registry_reject(W.r, role, actor, id, v, lv[l], "", NULL), AUCTREG_ESTATE,
                        "review.opinion.required");
        ck_assert_int_eq(fix_ver(&W, id), v);
        ck_assert_ok(auctreg_registry_reject(W.r, role, actor, id, v, lv[l], opinions[l], NULL));
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_REJECTED);
        /* the applicant reads the opinion, edits following it and resubmits */
        auctreg_application *a = NULL;
        ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REN, id, &a));
        const char *op = NULL;
        int st = -1;
        ck_assert_ok(auctreg_application_review(a, lv[l], &st, &op, NULL));
        ck_assert_int_eq(st, AUCTREG_REVIEW_REJECTED);
        ck_assert_str_eq(op, opinions[l]);
        ck_assert_ok(auctreg_application_ce_add(a, "补正", 10));
        int64_t nv = 0;
        ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_REN, a, &nv));
        auctreg_application_free(a);
        ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REN, id, &a));
        for (int k = 0; k < 3; k++) {
            ck_assert_ok(auctreg_application_review(a, (auctreg_level)k, &st, NULL, NULL));
            ck_assert_int_eq(st, AUCTREG_REVIEW_PENDING);
        }
        ck_assert_int_eq(auctreg_application_get_int(a, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_PAID); /* kept */
        auctreg_application_free(a);
        ck_assert_ok(auctreg_registry_resubmit(W.r, APPL, FIX_REN, id, nv, NULL));
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_SUBMIT_COUNT), 2 + l);
    }
    /* every opinion stays in the detail, oldest first */
    auctreg_rows *o = NULL;
    ck_assert_ok(auctreg_registry_opinions(W.r, APPL, FIX_REN, id, &o));
    ck_assert_int_eq(auctreg_rows_count(o), 6); /* 3 rejections + 3 approvals on the way up */
    ck_assert_str_eq(auctreg_rows_get_text(o, 0, AUCTREG_AUDIT_OPINION), opinions[0]);
    ck_assert_int_eq(auctreg_rows_get_int(o, 0, AUCTREG_AUDIT_ACTION), AUCTREG_ACTION_REJECT_ENTERPRISE);
    ck_assert_str_eq(auctreg_rows_get_text(o, 5, AUCTREG_AUDIT_OPINION), opinions[2]);
    auctreg_rows_free(o);
    approve_all(id, W.js, "32");
    /* an edit while in review returns to the enterprise level with an audit row */
    int64_t id2 = fix_create(&W, FIX_REREG, 460);
    fix_to_review(&W, id2, FIX_REREG);
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.js, id2, fix_ver(&W, id2), AUCTREG_LEVEL_ENTERPRISE, NULL,
                                          NULL));
    int64_t before = fix_audit_count(&W, id2);
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REREG, id2, &a));
    ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_REREG, a, NULL));
    auctreg_application_free(a);
    ck_assert_int_eq(fix_int(&W, id2, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    ck_assert_int_eq(fix_audit_count(&W, id2), before + 1);
    /* an approved application is final */
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REN, id, &a));
    ck_assert_error(auctreg_registry_save_application(W.r, APPL, FIX_REN, a, NULL), AUCTREG_ESTATE,
                    "application.final");
    auctreg_application_free(a);
}
END_TEST

/* ------------------------------------------------------------------ versions, atomicity */

START_TEST(stale_version_two_reviewers)
{
    char path[128];
    snprintf(path, sizeof path, "%s/reg.db", tmpdir);
    fix_world_open(&W, path);
    int64_t id = fix_create(&W, FIX_REN, 460);
    fix_to_review(&W, id, FIX_REN);
    int64_t v = fix_ver(&W, id);
    /* two reviewers of the same enterprise, each with its own handle, decide from the same version */
    auctreg_registry *other = NULL;
    ck_assert_ok(auctreg_registry_open(&other, path, NULL));
    ck_assert_ok(auctreg_registry_set_today(other, "2025-11-21"));
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.js, id, v, AUCTREG_LEVEL_ENTERPRISE, "同意", NULL));
    ck_assert_error(auctreg_registry_reject(other, ENTR, W.js, id, v, AUCTREG_LEVEL_ENTERPRISE, "不同意", NULL),
                    AUCTREG_ECONFLICT, "application.version.stale");
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_PROVINCE_REVIEW);
    ck_assert_int_eq(fix_ver(&W, id), v + 1);
    /* a stale edit is refused too */
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REN, id, &a));
    ck_assert_ok(auctreg_application_set_int(a, AUCTREG_APP_VERSION, v));
    ck_assert_error(auctreg_registry_save_application(W.r, APPL, FIX_REN, a, NULL), AUCTREG_ECONFLICT,
                    "application.version.stale");
    auctreg_application_free(a);
    auctreg_registry_close(other);
    fix_world_close(&W);
    /* the file keeps everything: reopen */
    fix_ok(auctreg_registry_open(&W.r, path, NULL));
    ck_assert_int_eq(auctreg_registry_schema_version(W.r), 2);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_PROVINCE_REVIEW);
    fix_world_close(&W);
}
END_TEST

START_TEST(failed_write_leaves_no_trace)
{
    int64_t id = fix_create(&W, FIX_REN, 460);
    fix_to_review(&W, id, FIX_REN);
    int64_t v = fix_ver(&W, id), audits = sql_int("SELECT COUNT(*) FROM audit");
    sqlite3 *db = auctreg__registry_db(W.r);
    /* the audit INSERT (the last write of the operation) fails */
    ck_assert_int_eq(sqlite3_exec(db,
                                  "CREATE TEMP TRIGGER crash BEFORE INSERT ON main.audit "
                                  "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    ck_assert_error(auctreg_registry_approve(W.r, ENTR, W.js, id, v, AUCTREG_LEVEL_ENTERPRISE, "同意", NULL),
                    AUCTREG_ESTORAGE, "store.sqlite");
    ck_assert_int_eq(fix_ver(&W, id), v);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    ck_assert_int_eq(sql_int("SELECT COUNT(*) FROM audit"), audits);
    /* a failing create leaves no application, no children */
    int64_t apps = sql_int("SELECT COUNT(*) FROM application"), ce = sql_int("SELECT COUNT(*) FROM ce");
    int64_t nid = 0;
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200106", "郑新", W.js, NULL));
    auctreg_application *c = NULL;
    ck_assert_ok(auctreg_application_new(&c));
    fix_ce(c, 460);
    ck_assert_error(auctreg_registry_create_application(W.r, APPL, "3200106", c, &nid), AUCTREG_ESTORAGE,
                    "store.sqlite");
    auctreg_application_free(c);
    ck_assert_int_eq(sql_int("SELECT COUNT(*) FROM application"), apps);
    ck_assert_int_eq(sql_int("SELECT COUNT(*) FROM ce"), ce);
    /* a failing confirmation: the order stays open, the application unpaid */
    ck_assert_int_eq(sqlite3_exec(db, "DROP TRIGGER crash", NULL, NULL, NULL), SQLITE_OK);
    int64_t id2 = fix_create(&W, FIX_REREG, 460);
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, FIX_REREG, id2, 1, NULL));
    ck_assert_ok(auctreg_registry_choose_fee(W.r, APPL, FIX_REREG, id2, 2, AUCTREG_FEE_REGISTRATION, NULL));
    char *ref = NULL;
    ck_assert_ok(auctreg_registry_create_payment_order(W.r, APPL, FIX_REREG, id2, 3, "张华", "zh@example.com",
                                                       "13912345678", AUCTREG_CHANNEL_WECHAT, NULL, &ref, NULL));
    ck_assert_int_eq(sqlite3_exec(db,
                                  "CREATE TEMP TRIGGER crash2 BEFORE INSERT ON main.membership_year "
                                  "BEGIN SELECT RAISE(ABORT, 'x'); END;"
                                  "CREATE TEMP TRIGGER crash3 BEFORE UPDATE ON main.payment_order "
                                  "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    ck_assert_error(auctreg_registry_confirm_payment(W.r, FIX_ADMIN, ref, "WX-9", 1000, NULL, NULL), AUCTREG_ESTORAGE,
                    "store.sqlite");
    ck_assert_int_eq(fix_int(&W, id2, AUCTREG_APP_STATE), AUCTREG_STATE_AWAITING_PAYMENT);
    ck_assert_int_eq(fix_int(&W, id2, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID);
    ck_assert_int_eq(sqlite3_exec(db, "DROP TRIGGER crash2; DROP TRIGGER crash3", NULL, NULL, NULL), SQLITE_OK);
    ck_assert_ok(auctreg_registry_confirm_payment(W.r, FIX_ADMIN, ref, "WX-9", 1000, NULL, NULL));
    auctreg_free(ref);
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.js, id, v, AUCTREG_LEVEL_ENTERPRISE, "同意", NULL));
    /* the audit trail is append-only */
    ck_assert_int_ne(sqlite3_exec(db, "UPDATE audit SET opinion = 'forged'", NULL, NULL, NULL), SQLITE_OK);
    ck_assert_int_ne(sqlite3_exec(db, "DELETE FROM audit", NULL, NULL, NULL), SQLITE_OK);
}
END_TEST

START_TEST(outer_transaction)
{
    /* an import runs many operations in one outer transaction: all or nothing */
    int64_t before = sql_int("SELECT COUNT(*) FROM application"), id = 0;
    ck_assert_ok(auctreg__registry_begin(W.r));
    fix_create(&W, FIX_REN, 460);
    fix_create(&W, FIX_REREG, 460);
    /* a failing operation inside rolls back only itself */
    ck_assert_error(auctreg_registry_create_application(W.r, APPL, FIX_REN, NULL, &id), AUCTREG_EDUPLICATE,
                    "application.duplicate");
    ck_assert_int_eq(sql_int("SELECT COUNT(*) FROM application"), before + 2);
    auctreg__registry_rollback(W.r);
    ck_assert_int_eq(sql_int("SELECT COUNT(*) FROM application"), before);
    ck_assert_ok(auctreg__registry_begin(W.r));
    fix_create(&W, FIX_REN, 460);
    ck_assert_ok(auctreg__registry_commit(W.r));
    ck_assert_int_eq(sql_int("SELECT COUNT(*) FROM application"), before + 1);
    ck_assert_error(auctreg__registry_commit(W.r), AUCTREG_ERROR, "store.tx.none");
}
END_TEST

/* ------------------------------------------------------------------ several processes */

#define CHILDREN 4
#define ROUNDS 25

/* One process: append a CE record to the shared draft ROUNDS times (retrying on conflict). */
static int child_work(const char *path, int64_t shared, int k)
{
    auctreg_registry *r = NULL;
    if (auctreg_registry_open(&r, path, NULL))
        return 10;
    auctreg_registry_set_today(r, "2025-11-20");
    int rc = 0;
    for (int i = 0; i < ROUNDS && !rc; i++) {
        for (;;) {
            auctreg_application *a = NULL;
            rc = auctreg_registry_get_application(r, APPL, FIX_REN, shared, &a);
            if (rc)
                break;
            char item[32];
            snprintf(item, sizeof item, "child %d round %d", k, i);
            auctreg_application_ce_add(a, item, 1);
            rc = auctreg_registry_save_application(r, APPL, FIX_REN, a, NULL);
            auctreg_application_free(a);
            if (rc != AUCTREG_ECONFLICT)
                break;
        }
    }
    auctreg_registry_close(r);
    return rc == AUCTREG_EBUSY ? 20 : rc ? 30 : 0;
}

START_TEST(processes_lose_no_update)
{
    char path[128];
    snprintf(path, sizeof path, "%s/multi.db", tmpdir);
    fix_world_open(&W, path);
    int64_t shared = fix_create(&W, FIX_REN, 0);
    fix_world_close(&W);
    pid_t pids[CHILDREN];
    for (int k = 0; k < CHILDREN; k++) {
        pids[k] = fork();
        ck_assert_int_ge(pids[k], 0);
        if (pids[k] == 0)
            _exit(child_work(path, shared, k));
    }
    for (int k = 0; k < CHILDREN; k++) {
        int status = 0;
        ck_assert_int_eq(waitpid(pids[k], &status, 0), pids[k]);
        ck_assert(WIFEXITED(status));
        ck_assert_msg(WEXITSTATUS(status) == 0, "child %d exited %d (20 = EBUSY surfaced)", k, WEXITSTATUS(status));
    }
    fix_ok(auctreg_registry_open(&W.r, path, NULL));
    auctreg_application *a = NULL;
    ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REN, shared, &a));
    ck_assert_int_eq(auctreg_application_ce_count(a), CHILDREN * ROUNDS); /* no update lost */
    ck_assert_int_eq(auctreg_application_get_int(a, AUCTREG_APP_VERSION), 1 + CHILDREN * ROUNDS);
    auctreg_application_free(a);
    fix_world_close(&W);
}
END_TEST

/* ------------------------------------------------------------------ queue, master data, schema */

START_TEST(reviewer_queue)
{
    int64_t a1 = fix_create(&W, FIX_REN, 460), a2 = fix_create(&W, FIX_REREG, 460), a3 = fix_create(&W, FIX_BJ, 460);
    fix_to_review(&W, a1, FIX_REN);
    fix_to_review(&W, a2, FIX_REREG);
    fix_to_review(&W, a3, FIX_BJ);
    auctreg_rows *q = NULL;
    ck_assert_ok(auctreg_registry_queue(W.r, ENTR, W.js, 0, 0, 0, 0, 10, &q));
    ck_assert_int_eq(auctreg_rows_total(q), 2);
    ck_assert_int_eq(auctreg_rows_get_int(q, 0, AUCTREG_QUEUE_ID), a1);
    ck_assert_str_eq(auctreg_rows_get_text(q, 0, AUCTREG_QUEUE_NAME), "李明");
    ck_assert_str_eq(auctreg_rows_get_text(q, 0, AUCTREG_QUEUE_MGMT_NO), FIX_REN);
    ck_assert_int_eq(auctreg_rows_get_int(q, 0, AUCTREG_QUEUE_VERSION), fix_ver(&W, a1));
    ck_assert_int_eq(auctreg_rows_get_int(q, 0, AUCTREG_QUEUE_ENTERPRISE_PREPARING), 0);
    ck_assert_ptr_null(auctreg_rows_get_text(q, 0, AUCTREG_QUEUE_ID));
    ck_assert_ptr_null(auctreg_rows_get_text(q, 5, AUCTREG_QUEUE_NAME));
    auctreg_rows_free(q);
    ck_assert_ok(auctreg_registry_queue(W.r, ENTR, W.js, 2026, AUCTREG_TYPE_REREGISTRATION, 0, 0, 10, &q));
    ck_assert_int_eq(auctreg_rows_total(q), 1);
    ck_assert_int_eq(auctreg_rows_get_int(q, 0, AUCTREG_QUEUE_ID), a2);
    auctreg_rows_free(q);
    ck_assert_ok(auctreg_registry_queue(W.r, ENTR, W.js, 2027, 0, 0, 0, 10, &q));
    ck_assert_int_eq(auctreg_rows_total(q), 0);
    auctreg_rows_free(q);
    /* province 32: nothing until the enterprise approved */
    ck_assert_ok(auctreg_registry_queue(W.r, PROV, "32", 0, 0, 0, 0, 10, &q));
    ck_assert_int_eq(auctreg_rows_total(q), 0);
    auctreg_rows_free(q);
    ck_assert_ok(auctreg_registry_approve(W.r, ENTR, W.js, a2, fix_ver(&W, a2), AUCTREG_LEVEL_ENTERPRISE, NULL, NULL));
    ck_assert_ok(auctreg_registry_queue(W.r, PROV, "32", 0, 0, 0, 0, 10, &q));
    ck_assert_int_eq(auctreg_rows_total(q), 1);
    auctreg_rows_free(q);
    /* administrators see every state; paging */
    ck_assert_ok(auctreg_registry_queue(W.r, FIX_ADMIN, 0, 0, 0, 1, 2, &q));
    ck_assert_int_eq(auctreg_rows_total(q), 3);
    ck_assert_int_eq(auctreg_rows_count(q), 2);
    ck_assert_int_eq(auctreg_rows_pages(q), 2);
    auctreg_rows_free(q);
    ck_assert_error(auctreg_registry_queue(W.r, APPL, FIX_REN, 0, 0, 0, 0, 10, &q), AUCTREG_EDENIED,
                    "workflow.role.denied");
    ck_assert_error(auctreg_registry_queue(W.r, NATL, "cn", 0, 0, 0, 0, 0, &q), AUCTREG_EINVAL, "page.range");
    ck_assert_error(auctreg_registry_queue(W.r, NATL, "cn", 0, 0, 0, -1, 10, &q), AUCTREG_EINVAL, "page.range");
}
END_TEST

START_TEST(master_data)
{
    char *name = NULL, *ent = NULL;
    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_registry_get_auctioneer(W.r, APPL, FIX_WANG, FIX_WANG, &name, &ent, &p));
    ck_assert_str_eq(name, "王蓓");
    ck_assert_str_eq(ent, W.hn);
    ck_assert_str_eq(auctreg_person_get(p, AUCTREG_PERSON_ID_NUMBER), "410103198007250027");
    auctreg_free(name);
    auctreg_free(ent);
    auctreg_person_free(p);
    ck_assert_ok(auctreg_registry_get_auctioneer(W.r, ENTR, W.js, FIX_REN, NULL, &ent, &p));
    ck_assert_ptr_null(p);
    auctreg_free(ent);
    /* personal data is scoped like the applications */
    ck_assert_ok(auctreg_registry_get_auctioneer(W.r, PROV, "41", FIX_WANG, NULL, NULL, NULL));
    ck_assert_ok(auctreg_registry_get_auctioneer(W.r, NATL, "cn", FIX_WANG, NULL, NULL, NULL));
    ck_assert_error(auctreg_registry_get_auctioneer(W.r, APPL, FIX_REN, FIX_WANG, &name, NULL, &p), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_registry_get_auctioneer(W.r, ENTR, W.js, FIX_WANG, NULL, NULL, &p), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_registry_get_auctioneer(W.r, PROV, "32", FIX_WANG, NULL, NULL, &p), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_registry_get_auctioneer(W.r, NATL, "cn", "9999999", NULL, NULL, NULL), AUCTREG_ENOTFOUND,
                    "auctioneer.not_found");
    int prov = 0, status = -1;
    ck_assert_ok(auctreg_registry_get_enterprise(W.r, W.prep, &name, &prov, &status));
    ck_assert_int_eq(prov, 32);
    ck_assert_int_eq(status, AUCTREG_ENTERPRISE_PREPARING);
    auctreg_free(name);
    ck_assert_error(auctreg_registry_get_enterprise(W.r, "91110000000000000X", NULL, NULL, NULL), AUCTREG_ENOTFOUND,
                    "enterprise.not_found");
    /* every problem at once */
    char bad[19];
    memcpy(bad, W.js, sizeof bad);
    bad[17] = bad[17] == '0' ? '1' : '0';
    ck_assert_error(auctreg_registry_put_enterprise(W.r, FIX_ADMIN, bad, "", 7, AUCTREG_ENTERPRISE_PREPARING,
                                                    "2025-01-01"),
                    AUCTREG_EINVAL, "enterprise.invalid");
    ck_assert(auctreg_test_has_problem("uscc", "uscc.checksum"));
    ck_assert(auctreg_test_has_problem("name", "enterprise.name.empty"));
    ck_assert(auctreg_test_has_problem("province", "rules.province.range"));
    ck_assert(auctreg_test_has_problem("left_preparation_on", "enterprise.left_preparation.unexpected"));
    ck_assert_error(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "32A0278", "", W.js, NULL), AUCTREG_EINVAL,
                    "auctioneer.invalid");
    ck_assert(auctreg_test_has_problem("mgmt_no", NULL));
    ck_assert(auctreg_test_has_problem("name", "auctioneer.name.empty"));
    ck_assert_error(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200107", "新人", bad, NULL), AUCTREG_ENOTFOUND,
                    "enterprise.not_found");
    ck_assert_error(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, "3200999", 2025), AUCTREG_ENOTFOUND,
                    "auctioneer.not_found");
    ck_assert_error(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, FIX_REN, 1800), AUCTREG_EINVAL,
                    "year.range");
    /* importing twice is harmless */
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, FIX_REN, 2025));
    int yes = 0;
    ck_assert_ok(auctreg_registry_is_practising(W.r, FIX_REN, 2025, &yes));
    ck_assert_int_eq(yes, 1);
    ck_assert_ok(auctreg_registry_is_practising(W.r, FIX_REREG, 2025, &yes));
    ck_assert_int_eq(yes, 0);
}
END_TEST

/* put_auctioneer: partial personal data is accepted, but what is set must be valid and
 * consistent, and a refused call stores nothing. */
START_TEST(master_data_personal_data_checked)
{
    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_NAME, "赵敏"));
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200501", "赵敏", W.js, p)); /* partial: fine */
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_TYPE, "resident_id"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250028")); /* wrong check digit */
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_EMAIL, "not-an-address"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_MGMT_NO, "3200999"));
    int64_t before = sql_int("SELECT count(*) FROM auctioneer");
    ck_assert_error(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200502", "赵敏", W.js, p), AUCTREG_EINVAL,
                    "auctioneer.invalid");
    ck_assert(auctreg_test_has_problem("person.id_number", "id.checksum"));
    ck_assert(auctreg_test_has_problem("person.email", "email.format"));
    ck_assert(auctreg_test_has_problem("person.mgmt_no", "auctioneer.mgmt_no.mismatch"));
    ck_assert_int_eq(sql_int("SELECT count(*) FROM auctioneer"), before);
    /* fields that are set must agree with each other: a male gender against a female ID */
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250027"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_EMAIL, NULL));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_MGMT_NO, "3200502"));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_GENDER, "1"));
    ck_assert_error(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200502", "赵敏", W.js, p), AUCTREG_EINVAL,
                    "auctioneer.invalid");
    ck_assert(auctreg_test_has_problem("person.gender", "person.gender_mismatch"));
    ck_assert_uint_eq(auctreg_error_problem_count(), 1);
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_GENDER, "2"));
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200502", "赵敏", W.js, p));
    ck_assert_int_eq(sql_int("SELECT count(*) FROM auctioneer"), before + 1);
    auctreg_person_free(p);
}
END_TEST

/* Review fixes: a member sees "choose fee" as available; edits while submitted or awaiting
 * payment pass the submission checks and are audited; a year with an open application
 * cannot be imported as registered; partial personal data: an ID number without its type is
 * a resident ID. */
START_TEST(review_fixes)
{
    int64_t m = fix_create(&W, FIX_MEMB, 460);
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, FIX_MEMB, m, fix_ver(&W, m), NULL));
    uint32_t mask = 0;
    ck_assert_ok(auctreg_registry_available(W.r, APPL, FIX_MEMB, m, &mask));
    ck_assert(mask & AUCTREG_ACTION_BIT(AUCTREG_ACTION_CHOOSE_FEE));

    int64_t id = fix_create(&W, FIX_REN, 460);
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, FIX_REN, id, fix_ver(&W, id), NULL));
    for (int pass = 0; pass < 2; pass++) { /* SUBMITTED, then AWAITING_PAYMENT */
        if (pass == 1)
            ck_assert_ok(auctreg_registry_choose_fee(W.r, APPL, FIX_REN, id, fix_ver(&W, id),
                                                     AUCTREG_FEE_REGISTRATION, NULL));
        int state = (int)fix_int(&W, id, AUCTREG_APP_STATE);
        int64_t audits = fix_audit_count(&W, id), v = fix_ver(&W, id);
        auctreg_application *a = NULL;
        ck_assert_ok(auctreg_registry_get_application(W.r, APPL, FIX_REN, id, &a));
        ck_assert_ok(auctreg_application_ce_set(a, 0, "拍卖法律法规更新", 10)); /* below 45 h in total */
        ck_assert_error(auctreg_registry_save_application(W.r, APPL, FIX_REN, a, NULL), AUCTREG_EINVAL,
                        "application.invalid");
        ck_assert(auctreg_test_has_problem("ce", "ce.hours.insufficient"));
        ck_assert_int_eq(fix_ver(&W, id), v);
        ck_assert_int_eq(fix_audit_count(&W, id), audits);
        ck_assert_ok(auctreg_application_ce_set(a, 0, "拍卖法律法规更新（更正）", 300));
        ck_assert_ok(auctreg_registry_save_application(W.r, APPL, FIX_REN, a, NULL));
        auctreg_application_free(a);
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), state);
        ck_assert_int_eq(fix_audit_count(&W, id), audits + 1);
    }
    /* the open 2026 application blocks importing 2026 as registered */
    ck_assert_error(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, FIX_REN, 2026), AUCTREG_EDUPLICATE,
                    "application.duplicate");
    ck_assert_ok(auctreg_registry_import_registration_year(W.r, FIX_ADMIN, FIX_REN, 2020));

    auctreg_person *p = NULL;
    ck_assert_ok(auctreg_person_new(&p));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250027"));
    ck_assert_ok(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200601", "孔旧", W.js, p));
    ck_assert_ok(auctreg_person_set(p, AUCTREG_PERSON_ID_NUMBER, "410103198007250028"));
    ck_assert_error(auctreg_registry_put_auctioneer(W.r, FIX_ADMIN, "3200601", "孔旧", W.js, p), AUCTREG_EINVAL,
                    "auctioneer.invalid");
    ck_assert(auctreg_test_has_problem("person.id_number", "id.checksum"));
    auctreg_person_free(p);
}
END_TEST

START_TEST(open_options_and_schema)
{
    auctreg_registry_options o;
    ck_assert_error(auctreg_registry_options_init(&o, 99), AUCTREG_EVERSION, "options.version");
    ck_assert_ok(auctreg_registry_options_init(&o, AUCTREG_REGISTRY_OPTIONS_VERSION));
    ck_assert_int_eq(o.busy_timeout_ms, 5000);
    ck_assert_int_eq(o.utc_offset_minutes, 480);
    o.busy_timeout_ms = -1;
    auctreg_registry *r = NULL;
    ck_assert_error(auctreg_registry_open(&r, ":memory:", &o), AUCTREG_EINVAL, "options.range");
    o.busy_timeout_ms = 100;
    o.version = 7;
    ck_assert_error(auctreg_registry_open(&r, ":memory:", &o), AUCTREG_EVERSION, "options.version");
    /* a fixed "today" for tools and tests */
    ck_assert_ok(auctreg_registry_options_init(&o, AUCTREG_REGISTRY_OPTIONS_VERSION));
    ck_assert_ok(auctreg_registry_open(&r, ":memory:", &o));
    ck_assert_ok(auctreg_registry_set_today(r, "2025-11-21"));
    ck_assert_str_eq(auctreg_registry_today(r), "2025-11-21");
    ck_assert_ok(auctreg_registry_set_today(r, NULL));
    ck_assert_error(auctreg_registry_set_today(r, "21.11.2025"), AUCTREG_EINVAL, "date.format");
    auctreg_registry_close(r);
    auctreg_registry_close(NULL);
    ck_assert_error(auctreg_registry_open(&r, "/nonexistent-dir/registry.db", NULL), AUCTREG_ESTORAGE, "store.open");
    ck_assert_ptr_null(r);
    /* a file from a newer library is refused, not damaged */
    char path[128];
    snprintf(path, sizeof path, "%s/newer.db", tmpdir);
    sqlite3 *db = NULL;
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    ck_assert_error(auctreg_registry_open(&r, path, NULL), AUCTREG_ESTORAGE, "store.schema.newer");
    /* a negative version, somebody else's SQLite file, or a version without the tables */
    static const struct {
        const char *sql, *reason;
    } bad[] = {
        {"PRAGMA user_version = -1", "store.schema.invalid"},
        {"CREATE TABLE t(x)", "store.foreign"},
        {"PRAGMA user_version = 1", "store.schema.invalid"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(path, sizeof path, "%s/bad%zu.db", tmpdir, i);
        ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
        ck_assert_int_eq(sqlite3_exec(db, bad[i].sql, NULL, NULL, NULL), SQLITE_OK);
        sqlite3_close(db);
        ck_assert_error(auctreg_registry_open(&r, path, NULL), AUCTREG_ESTORAGE, bad[i].reason);
        ck_assert_ptr_null(r);
    }
    /* a version-1 file is upgraded in place (migration 2: the receipt-number index) */
    snprintf(path, sizeof path, "%s/v1.db", tmpdir);
    ck_assert_ok(auctreg_registry_open(&r, path, NULL));
    auctreg_registry_close(r);
    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, "DROP INDEX payment_order_receipt; PRAGMA user_version = 1", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    ck_assert_ok(auctreg_registry_open(&r, path, NULL));
    ck_assert_int_eq(auctreg_registry_schema_version(r), 2);
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(auctreg__registry_db(r),
                                        "SELECT COUNT(*) FROM sqlite_master WHERE name = 'payment_order_receipt'", -1,
                                        &st, NULL),
                     SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_int_eq(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    auctreg_registry_close(r);
}
END_TEST

static int64_t test_clock(void *ctx) { return *(int64_t *)ctx; }

START_TEST(injected_clock)
{
    auctreg_registry_options o;
    ck_assert_ok(auctreg_registry_options_init(&o, AUCTREG_REGISTRY_OPTIONS_VERSION));
    int64_t now = INT64_C(1763654340000000); /* 2025-11-20T15:59:00Z = 23:59 in Beijing */
    o.clock = test_clock;
    o.clock_ctx = &now;
    auctreg_registry *r = NULL;
    ck_assert_ok(auctreg_registry_open(&r, ":memory:", &o));
    ck_assert_str_eq(auctreg_registry_today(r), "2025-11-20");
    now += INT64_C(60) * 1000000; /* one minute later it is the 21st */
    ck_assert_str_eq(auctreg_registry_today(r), "2025-11-21");
    auctreg_registry_close(r);
    o.utc_offset_minutes = 0;
    ck_assert_ok(auctreg_registry_open(&r, ":memory:", &o));
    ck_assert_str_eq(auctreg_registry_today(r), "2025-11-20");
    auctreg_registry_close(r);
}
END_TEST

/* Two reviewer processes decide the same version at the same moment: exactly one wins. */
START_TEST(racing_reviewers)
{
    char path[128];
    snprintf(path, sizeof path, "%s/race.db", tmpdir);
    fix_world_open(&W, path);
    int64_t id = fix_create(&W, FIX_REN, 460);
    fix_to_review(&W, id, FIX_REN);
    int64_t v = fix_ver(&W, id);
    char js[19];
    memcpy(js, W.js, sizeof js);
    fix_world_close(&W);
    int go[2];
    ck_assert_int_eq(pipe(go), 0);
    pid_t pids[2];
    for (int k = 0; k < 2; k++) {
        pids[k] = fork();
        ck_assert_int_ge(pids[k], 0);
        if (pids[k] == 0) {
            auctreg_registry *r = NULL;
            if (auctreg_registry_open(&r, path, NULL))
                _exit(10);
            char c;
            close(go[1]);
            if (read(go[0], &c, 1) != 0) /* wait until the parent closes the pipe: both start together */
                _exit(11);
            int rc = k == 0 ? auctreg_registry_approve(r, ENTR, js, id, v, AUCTREG_LEVEL_ENTERPRISE, "同意", NULL)
                            : auctreg_registry_reject(r, ENTR, js, id, v, AUCTREG_LEVEL_ENTERPRISE, "不同意", NULL);
            auctreg_registry_close(r);
            _exit(rc == 0 ? 0 : rc == AUCTREG_ECONFLICT ? 1 : 2);
        }
    }
    close(go[0]);
    close(go[1]);
    int wins = 0, conflicts = 0;
    for (int k = 0; k < 2; k++) {
        int status = 0;
        ck_assert_int_eq(waitpid(pids[k], &status, 0), pids[k]);
        ck_assert(WIFEXITED(status));
        wins += WEXITSTATUS(status) == 0;
        conflicts += WEXITSTATUS(status) == 1;
    }
    ck_assert_int_eq(wins, 1);
    ck_assert_int_eq(conflicts, 1);
    fix_ok(auctreg_registry_open(&W.r, path, NULL));
    ck_assert_int_eq(fix_ver(&W, id), v + 1);
    ck_assert_int_eq(fix_audit_count(&W, id), 5); /* create, submit, fee, payment, one decision */
    fix_world_close(&W);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("registry");
    TCase *mem = tcase_create("memory");
    tcase_add_checked_fixture(mem, setup, teardown);
    tcase_add_test(mem, story_renewal);
    tcase_add_test(mem, story_reregistration);
    tcase_add_test(mem, story_first_wang_bei);
    tcase_add_test(mem, r1_r2_types_and_uniqueness);
    tcase_add_test(mem, scope_enforced);
    tcase_add_test(mem, registry_role_matrix);
    tcase_add_test(mem, beijing_chain);
    tcase_add_test(mem, r4_preparing_enterprise);
    tcase_add_test(mem, reject_each_level_then_resubmit);
    tcase_add_test(mem, failed_write_leaves_no_trace);
    tcase_add_test(mem, outer_transaction);
    tcase_add_test(mem, reviewer_queue);
    tcase_add_test(mem, master_data);
    tcase_add_test(mem, master_data_personal_data_checked);
    tcase_add_test(mem, review_fixes);
    suite_add_tcase(s, mem);
    TCase *files = tcase_create("files");
    tcase_add_checked_fixture(files, file_setup, file_teardown);
    tcase_set_timeout(files, 60);
    tcase_add_test(files, stale_version_two_reviewers);
    tcase_add_test(files, processes_lose_no_update);
    tcase_add_test(files, racing_reviewers);
    tcase_add_test(files, open_options_and_schema);
    tcase_add_test(files, injected_clock);
    suite_add_tcase(s, files);
    return s;
}

int main(void) { return auctreg_test_run(suite()); }
