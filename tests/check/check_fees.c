/* Fees, membership exemption, payment orders, confirmations, receipts and windows (R7, R8, issue 5). */
#include <string.h>

#include "auctreg.h"
#include "fixtures.h"
#include "testutil.h"

#define APPL AUCTREG_ROLE_APPLICANT

static fix_world W;

static void setup(void) { fix_world_open(&W, ":memory:"); }
static void teardown(void) { fix_world_close(&W); }

/* Create and submit. */
static int64_t submitted(const char *mgmt)
{
    int64_t id = fix_create(&W, mgmt, 460);
    ck_assert_ok(auctreg_registry_submit(W.r, APPL, mgmt, id, fix_ver(&W, id), NULL));
    return id;
}

static int choose(const char *mgmt, int64_t id, auctreg_fee_choice c)
{
    return auctreg_registry_choose_fee(W.r, APPL, mgmt, id, fix_ver(&W, id), c, NULL);
}

static char *order(const char *mgmt, int64_t id, auctreg_pay_channel ch, const char *bank, int64_t *amount)
{
    char *ref = NULL;
    ck_assert_ok(auctreg_registry_create_payment_order(W.r, APPL, mgmt, id, fix_ver(&W, id), "付款人",
                                                       "payer@example.com", "13912345678", ch, bank, &ref, amount));
    return ref;
}

static int confirm(const char *ref, const char *txn, int64_t amount, int *already, char **rcpt)
{
    return auctreg_registry_confirm_payment(W.r, AUCTREG_ROLE_ADMIN, "gateway", ref, txn, amount, already, rcpt);
}

/* The last audit row of an application. */
static void last_audit(int64_t id, int *action, int *from, int *to)
{
    auctreg_rows *t = NULL;
    int64_t n = fix_audit_count(&W, id);
    ck_assert_ok(auctreg_registry_audit(W.r, AUCTREG_ROLE_NATIONAL, "cn", id, n - 1, 1, &t));
    ck_assert_int_eq(auctreg_rows_count(t), 1);
    *action = (int)auctreg_rows_get_int(t, 0, AUCTREG_AUDIT_ACTION);
    *from = (int)auctreg_rows_get_int(t, 0, AUCTREG_AUDIT_FROM);
    *to = (int)auctreg_rows_get_int(t, 0, AUCTREG_AUDIT_TO);
    auctreg_rows_free(t);
}

START_TEST(registration_fee_per_type)
{
    static const struct {
        const char *mgmt;
        int type;
        int64_t fee;
    } cases[] = {{FIX_REN, AUCTREG_TYPE_RENEWAL, 1000},
                 {FIX_REREG, AUCTREG_TYPE_REREGISTRATION, 1000},
                 {FIX_WANG, AUCTREG_TYPE_FIRST, 2000}};
    for (size_t i = 0; i < 3; i++) {
        int64_t id = submitted(cases[i].mgmt);
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_TYPE), cases[i].type);
        ck_assert_ok(choose(cases[i].mgmt, id, AUCTREG_FEE_REGISTRATION));
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_DUE_FEN), cases[i].fee);
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID);
        int action, from, to;
        last_audit(id, &action, &from, &to);
        ck_assert_int_eq(action, AUCTREG_ACTION_CHOOSE_FEE);
        ck_assert_int_eq(from, AUCTREG_STATE_SUBMITTED);
        ck_assert_int_eq(to, AUCTREG_STATE_AWAITING_PAYMENT);
        /* the history offers "pay" */
        auctreg_rows *h = NULL;
        ck_assert_ok(auctreg_registry_history(W.r, APPL, cases[i].mgmt, cases[i].mgmt, 0, 10, &h));
        ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_OPERATIONS), AUCTREG_OP_VIEW | AUCTREG_OP_PAY);
        auctreg_rows_free(h);
        int64_t amount = 0;
        char *ref = order(cases[i].mgmt, id, AUCTREG_CHANNEL_WECHAT, NULL, &amount);
        ck_assert_int_eq(amount, cases[i].fee);
        char *rcpt = NULL;
        int already = -1;
        char txn[16];
        snprintf(txn, sizeof txn, "T%zu", i);
        ck_assert_ok(confirm(ref, txn, amount, &already, &rcpt));
        ck_assert_int_eq(already, 0);
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_PAID);
        ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
        last_audit(id, &action, &from, &to);
        ck_assert_int_eq(action, AUCTREG_ACTION_CONFIRM_PAYMENT);
        ck_assert_int_eq(from, AUCTREG_STATE_AWAITING_PAYMENT);
        ck_assert_int_eq(to, AUCTREG_STATE_ENTERPRISE_REVIEW);
        auctreg_free(ref);
        auctreg_free(rcpt);
    }
}
END_TEST

START_TEST(rules_stored_per_year)
{
    auctreg_rules *r = NULL;
    ck_assert_ok(auctreg_registry_get_rules(W.r, 2026, &r)); /* defaults when none stored */
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_RENEWAL), 1000);
    ck_assert_ok(auctreg_rules_set_fee(r, AUCTREG_TYPE_RENEWAL, 1500));
    ck_assert_ok(auctreg_rules_set_membership_fee(r, 120000));
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_PROVINCE, "2025-11-01", "2026-01-10"));
    ck_assert_error(auctreg_registry_set_rules(W.r, AUCTREG_ROLE_NATIONAL, "cn", r), AUCTREG_EDENIED,
                    "registry.role.denied");
    ck_assert_ok(auctreg_registry_set_rules(W.r, FIX_ADMIN, r));
    auctreg_rules_free(r);
    ck_assert_ok(auctreg_registry_get_rules(W.r, 2026, &r));
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_RENEWAL), 1500);
    ck_assert_int_eq(auctreg_rules_membership_fee(r), 120000);
    const char *o = NULL, *c = NULL;
    ck_assert_ok(auctreg_rules_window(r, AUCTREG_WINDOW_PROVINCE, &o, &c));
    ck_assert_str_eq(o, "2025-11-01");
    ck_assert_str_eq(c, "2026-01-10");
    ck_assert_uint_eq(auctreg_rules_chain(r, 11), 5u);
    auctreg_rules_free(r);
    ck_assert_ok(auctreg_registry_get_rules(W.r, 2027, &r)); /* another year keeps the defaults */
    ck_assert_int_eq(auctreg_rules_fee(r, AUCTREG_TYPE_RENEWAL), 1000);
    auctreg_rules_free(r);
    int64_t id = submitted(FIX_REN);
    ck_assert_ok(choose(FIX_REN, id, AUCTREG_FEE_REGISTRATION));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_DUE_FEN), 1500);
    ck_assert_ok(choose(FIX_REN, id, AUCTREG_FEE_MEMBERSHIP));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_DUE_FEN), 120000);
}
END_TEST

START_TEST(membership_path)
{
    int64_t id = submitted(FIX_REN);
    ck_assert_ok(choose(FIX_REN, id, AUCTREG_FEE_MEMBERSHIP));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_DUE_FEN), 100000);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID); /* 未付款 until paid */
    int member = 1;
    ck_assert_ok(auctreg_registry_is_member(W.r, FIX_REN, 2026, &member));
    ck_assert_int_eq(member, 0); /* not before the payment is confirmed */
    int64_t amount = 0;
    char *ref = order(FIX_REN, id, AUCTREG_CHANNEL_BANK, "CCB", &amount);
    ck_assert_int_eq(amount, 100000);
    ck_assert_ok(confirm(ref, "CCB-77", amount, NULL, NULL));
    auctreg_free(ref);
    ck_assert_ok(auctreg_registry_is_member(W.r, FIX_REN, 2026, &member));
    ck_assert_int_eq(member, 1);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_MEMBER_EXEMPT);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    /* the receipt */
    auctreg_rows *rc = NULL;
    ck_assert_ok(auctreg_registry_list_receipts(W.r, APPL, FIX_REN, FIX_REN, 0, 10, &rc));
    ck_assert_int_eq(auctreg_rows_total(rc), 1);
    ck_assert_int_eq(auctreg_rows_get_int(rc, 0, AUCTREG_RECEIPT_AMOUNT_FEN), 100000);
    ck_assert_int_eq(auctreg_rows_get_int(rc, 0, AUCTREG_RECEIPT_FEE_CHOICE), AUCTREG_FEE_MEMBERSHIP);
    ck_assert_int_eq(auctreg_rows_get_int(rc, 0, AUCTREG_RECEIPT_CHANNEL), AUCTREG_CHANNEL_BANK);
    ck_assert_str_eq(auctreg_rows_get_text(rc, 0, AUCTREG_RECEIPT_BANK_CODE), "CCB");
    ck_assert_str_eq(auctreg_rows_get_text(rc, 0, AUCTREG_RECEIPT_TXN_ID), "CCB-77");
    ck_assert_ptr_nonnull(strstr(auctreg_rows_get_text(rc, 0, AUCTREG_RECEIPT_NO), "RC2026-"));
    auctreg_rows_free(rc);
}
END_TEST

START_TEST(already_member_goes_straight_to_review)
{
    /* 3200104 is a member for 2026 (imported) */
    int64_t id = submitted(FIX_MEMB);
    int64_t n = fix_audit_count(&W, id);
    int64_t v0 = fix_ver(&W, id);
    /* R7: a member owes nothing, so a paying choice is blocked and changes nothing */
    ck_assert_error(choose(FIX_MEMB, id, AUCTREG_FEE_REGISTRATION), AUCTREG_ESTATE, "fee.already_member");
    ck_assert_error(choose(FIX_MEMB, id, AUCTREG_FEE_MEMBERSHIP), AUCTREG_ESTATE, "fee.already_member");
    ck_assert_int_eq(fix_ver(&W, id), v0);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_SUBMITTED);
    ck_assert_int_eq(fix_audit_count(&W, id), n);
    ck_assert_ok(choose(FIX_MEMB, id, AUCTREG_FEE_ALREADY_MEMBER));
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_DUE_FEN), 0);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_MEMBER_EXEMPT);
    ck_assert_int_eq(fix_audit_count(&W, id), n + 1);
    int action, from, to;
    last_audit(id, &action, &from, &to);
    ck_assert_int_eq(action, AUCTREG_ACTION_CHOOSE_FEE);
    ck_assert_int_eq(to, AUCTREG_STATE_ENTERPRISE_REVIEW);
    char *ref = NULL;
    ck_assert_error(auctreg_registry_create_payment_order(W.r, APPL, FIX_MEMB, id, fix_ver(&W, id), "孙会",
                                                          "s@example.com", "13912345678", AUCTREG_CHANNEL_WECHAT,
                                                          NULL, &ref, NULL),
                    AUCTREG_ESTATE, "workflow.state.invalid");
    ck_assert_ptr_null(ref);
    /* and the history says 会员免缴, nothing to pay */
    auctreg_rows *h = NULL;
    ck_assert_ok(auctreg_registry_history(W.r, APPL, FIX_MEMB, FIX_MEMB, 0, 10, &h));
    ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_PAY_STATUS), AUCTREG_PAY_MEMBER_EXEMPT);
    ck_assert_int_eq(auctreg_rows_get_int(h, 0, AUCTREG_HISTORY_OPERATIONS), AUCTREG_OP_VIEW);
    auctreg_rows_free(h);
    /* someone who is not a member cannot claim it */
    int64_t other = submitted(FIX_REN);
    int64_t v = fix_ver(&W, other);
    ck_assert_error(choose(FIX_REN, other, AUCTREG_FEE_ALREADY_MEMBER), AUCTREG_ESTATE, "fee.not_member");
    ck_assert_int_eq(fix_ver(&W, other), v);
    auctreg_blockers *b = NULL;
    ck_assert_ok(auctreg_registry_blockers(W.r, APPL, FIX_REN, other, AUCTREG_ACTION_CHOOSE_FEE,
                                           AUCTREG_FEE_ALREADY_MEMBER, NULL, &b));
    ck_assert_int_eq(auctreg_blockers_count(b), 1);
    ck_assert_str_eq(auctreg_blockers_reason(b, 0), "fee.not_member");
    auctreg_blockers_free(b);
}
END_TEST

START_TEST(change_of_choice_and_superseded_order)
{
    int64_t id = submitted(FIX_REN);
    ck_assert_ok(choose(FIX_REN, id, AUCTREG_FEE_REGISTRATION));
    char *old = order(FIX_REN, id, AUCTREG_CHANNEL_ALIPAY, NULL, NULL);
    /* changes her mind: joins the branch; the 10-yuan order is superseded */
    ck_assert_ok(choose(FIX_REN, id, AUCTREG_FEE_MEMBERSHIP));
    int action, from, to;
    last_audit(id, &action, &from, &to);
    ck_assert_int_eq(from, AUCTREG_STATE_AWAITING_PAYMENT);
    ck_assert_int_eq(to, AUCTREG_STATE_AWAITING_PAYMENT);
    int64_t amount = 0;
    char *cur = order(FIX_REN, id, AUCTREG_CHANNEL_WECHAT, NULL, &amount);
    ck_assert_int_eq(amount, 100000);
    ck_assert_str_ne(old, cur);
    int64_t v = fix_ver(&W, id), audits = fix_audit_count(&W, id);
    /* the late callback of the old order is refused and recorded */
    ck_assert_error(confirm(old, "ALI-1", 1000, NULL, NULL), AUCTREG_EPAYMENT, "payment.order.superseded");
    ck_assert_int_eq(fix_ver(&W, id), v);
    ck_assert_int_eq(fix_audit_count(&W, id), audits);
    auctreg_rows *at = NULL;
    ck_assert_ok(auctreg_registry_list_payment_attempts(W.r, FIX_ADMIN, id, 0, 10, &at));
    ck_assert_int_eq(auctreg_rows_total(at), 1);
    ck_assert_str_eq(auctreg_rows_get_text(at, 0, AUCTREG_ATTEMPT_RESULT), "payment.order.superseded");
    ck_assert_str_eq(auctreg_rows_get_text(at, 0, AUCTREG_ATTEMPT_TXN_ID), "ALI-1");
    auctreg_rows_free(at);
    ck_assert_error(auctreg_registry_list_payment_attempts(W.r, APPL, FIX_REN, id, 0, 10, &at), AUCTREG_EDENIED,
                    "registry.role.denied");
    ck_assert_ok(confirm(cur, "WX-2", 100000, NULL, NULL));
    /* after the payment the choice is settled */
    ck_assert_error(choose(FIX_REN, id, AUCTREG_FEE_REGISTRATION), AUCTREG_ESTATE, "workflow.state.invalid");
    auctreg_rows *orders = NULL;
    ck_assert_ok(auctreg_registry_list_payment_orders(W.r, APPL, FIX_REN, id, 0, 10, &orders));
    ck_assert_int_eq(auctreg_rows_total(orders), 2);
    ck_assert_int_eq(auctreg_rows_get_int(orders, 0, AUCTREG_ORDER_STATUS), AUCTREG_ORDER_SUPERSEDED);
    ck_assert_int_eq(auctreg_rows_get_int(orders, 1, AUCTREG_ORDER_STATUS), AUCTREG_ORDER_PAID);
    ck_assert_str_eq(auctreg_rows_get_text(orders, 1, AUCTREG_ORDER_TXN_ID), "WX-2");
    auctreg_rows_free(orders);
    auctreg_free(old);
    auctreg_free(cur);
}
END_TEST

START_TEST(double_confirmation_is_idempotent)
{
    int64_t id = submitted(FIX_REN);
    ck_assert_ok(choose(FIX_REN, id, AUCTREG_FEE_REGISTRATION));
    char *ref = order(FIX_REN, id, AUCTREG_CHANNEL_BANK, "BOC", NULL);
    char *r1 = NULL, *r2 = NULL;
    int already = -1;
    ck_assert_ok(confirm(ref, "BOC-5", 1000, &already, &r1));
    ck_assert_int_eq(already, 0);
    int64_t v = fix_ver(&W, id), audits = fix_audit_count(&W, id);
    /* the gateway delivers the same callback again */
    ck_assert_ok(confirm(ref, "BOC-5", 1000, &already, &r2));
    ck_assert_int_eq(already, 1);
    ck_assert_str_eq(r1, r2);
    ck_assert_int_eq(fix_ver(&W, id), v);
    ck_assert_int_eq(fix_audit_count(&W, id), audits);
    auctreg_rows *rc = NULL;
    ck_assert_ok(auctreg_registry_list_receipts(W.r, AUCTREG_ROLE_NATIONAL, "cn", FIX_REN, 0, 10, &rc));
    ck_assert_int_eq(auctreg_rows_total(rc), 1);
    auctreg_rows_free(rc);
    /* another transaction for the paid order, or the same transaction for another amount: refused */
    ck_assert_error(confirm(ref, "BOC-6", 1000, &already, NULL), AUCTREG_EPAYMENT, "payment.order.already_paid");
    ck_assert_error(confirm(ref, "BOC-5", 999, &already, NULL), AUCTREG_EPAYMENT, "payment.txn.reused");
    ck_assert_int_eq(fix_ver(&W, id), v);
    auctreg_free(ref);
    auctreg_free(r1);
    auctreg_free(r2);
}
END_TEST

START_TEST(wrong_amount_refused_and_recorded)
{
    int64_t id = submitted(FIX_REREG);
    ck_assert_ok(choose(FIX_REREG, id, AUCTREG_FEE_REGISTRATION));
    char *ref = order(FIX_REREG, id, AUCTREG_CHANNEL_WECHAT, NULL, NULL);
    int64_t v = fix_ver(&W, id);
    ck_assert_error(confirm(ref, "WX-10", 100, NULL, NULL), AUCTREG_EPAYMENT, "payment.amount.mismatch");
    ck_assert_ptr_nonnull(strstr(auctreg_error_message_lang(AUCTREG_LANG_EN), "1000"));
    ck_assert_int_eq(fix_ver(&W, id), v);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_AWAITING_PAYMENT);
    auctreg_rows *at = NULL;
    ck_assert_ok(auctreg_registry_list_payment_attempts(W.r, AUCTREG_ROLE_NATIONAL, "cn", id, 0, 10, &at));
    ck_assert_int_eq(auctreg_rows_total(at), 1);
    ck_assert_int_eq(auctreg_rows_get_int(at, 0, AUCTREG_ATTEMPT_AMOUNT_FEN), 100);
    ck_assert_str_eq(auctreg_rows_get_text(at, 0, AUCTREG_ATTEMPT_RESULT), "payment.amount.mismatch");
    auctreg_rows_free(at);
    /* the same transaction id with the right amount later goes through */
    ck_assert_ok(confirm(ref, "WX-10", 1000, NULL, NULL));
    /* a transaction id cannot pay two orders */
    int64_t id2 = submitted(FIX_WANG);
    ck_assert_ok(choose(FIX_WANG, id2, AUCTREG_FEE_REGISTRATION));
    char *ref2 = order(FIX_WANG, id2, AUCTREG_CHANNEL_WECHAT, NULL, NULL);
    ck_assert_error(confirm(ref2, "WX-10", 2000, NULL, NULL), AUCTREG_EPAYMENT, "payment.txn.reused");
    /* cancelled orders are refused */
    ck_assert_error(auctreg_registry_cancel_payment_order(W.r, APPL, FIX_REN, ref2), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_ok(auctreg_registry_cancel_payment_order(W.r, APPL, FIX_WANG, ref2));
    ck_assert_error(auctreg_registry_cancel_payment_order(W.r, APPL, FIX_WANG, ref2), AUCTREG_ESTATE,
                    "payment.order.not_open");
    ck_assert_error(confirm(ref2, "WX-11", 2000, NULL, NULL), AUCTREG_EPAYMENT, "payment.order.cancelled");
    ck_assert_error(confirm("PO2026-99999999-01", "WX-12", 2000, NULL, NULL), AUCTREG_ENOTFOUND,
                    "payment.order.not_found");
    /* only the administrator (the gateway) confirms */
    ck_assert_error(auctreg_registry_confirm_payment(W.r, APPL, FIX_WANG, ref2, "WX-13", 2000, NULL, NULL),
                    AUCTREG_EDENIED, "registry.role.denied");
    auctreg_free(ref);
    auctreg_free(ref2);
}
END_TEST

START_TEST(payer_validation)
{
    int64_t id = submitted(FIX_REN);
    ck_assert_ok(choose(FIX_REN, id, AUCTREG_FEE_REGISTRATION));
    char *ref = NULL;
    int64_t v = fix_ver(&W, id);
    ck_assert_error(auctreg_registry_create_payment_order(W.r, APPL, FIX_REN, id, v, "", "no-at-sign", "23912345678",
                                                          AUCTREG_CHANNEL_BANK, NULL, &ref, NULL),
                    AUCTREG_EINVAL, "payer.invalid");
    ck_assert_int_eq(auctreg_error_problem_count(), 4);
    ck_assert(auctreg_test_has_problem("payer_name", "payer.name.empty"));
    ck_assert(auctreg_test_has_problem("payer_email", "email.format"));
    ck_assert(auctreg_test_has_problem("payer_mobile", "mobile.format"));
    ck_assert(auctreg_test_has_problem("bank_code", "bank.required"));
    ck_assert_error(auctreg_registry_create_payment_order(W.r, APPL, FIX_REN, id, v, "李付", "a@example.com",
                                                          "13912345678", AUCTREG_CHANNEL_BANK, "XYZ", &ref, NULL),
                    AUCTREG_EINVAL, "payer.invalid");
    ck_assert(auctreg_test_has_problem("bank_code", "bank.unknown"));
    ck_assert_error(auctreg_registry_create_payment_order(W.r, APPL, FIX_REN, id, v, "李付", "a@example.com",
                                                          "13912345678", AUCTREG_CHANNEL_ALIPAY, "ICBC", &ref, NULL),
                    AUCTREG_EINVAL, "payer.invalid");
    ck_assert(auctreg_test_has_problem("bank_code", "bank.unexpected"));
    ck_assert_error(auctreg_registry_create_payment_order(W.r, APPL, FIX_REN, id, v, "李付", "a@example.com",
                                                          "13912345678", (auctreg_pay_channel)9, NULL, &ref, NULL),
                    AUCTREG_EINVAL, "payer.invalid");
    ck_assert(auctreg_test_has_problem("channel", "channel.unknown"));
    ck_assert_error(auctreg_registry_create_payment_order(W.r, APPL, FIX_REN, id, v - 1, "李付", "a@example.com",
                                                          "13912345678", AUCTREG_CHANNEL_ALIPAY, NULL, &ref, NULL),
                    AUCTREG_ECONFLICT, "application.version.stale");
    ck_assert_error(auctreg_registry_create_payment_order(W.r, AUCTREG_ROLE_ADMIN, "admin", id, v, "李付",
                                                          "a@example.com", "13912345678", AUCTREG_CHANNEL_ALIPAY,
                                                          NULL, &ref, NULL),
                    AUCTREG_EDENIED, "workflow.role.denied");
    ck_assert_ptr_null(ref);
    auctreg_rows *o = NULL;
    ck_assert_ok(auctreg_registry_list_payment_orders(W.r, APPL, FIX_REN, id, 0, 10, &o));
    ck_assert_int_eq(auctreg_rows_total(o), 0); /* nothing was written */
    auctreg_rows_free(o);
    /* every bank of the manual's list works */
    int64_t amount = 0;
    ref = order(FIX_REN, id, AUCTREG_CHANNEL_BANK, "PSBC", &amount);
    ck_assert_ptr_nonnull(strstr(ref, "PO2026-"));
    auctreg_free(ref);
}
END_TEST

START_TEST(windows_closed)
{
    auctreg_rules *r = NULL;
    ck_assert_ok(auctreg_registry_get_rules(W.r, 2026, &r));
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_APPLICANT, "2025-11-01", "2025-12-31"));
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_ENTERPRISE, "2025-11-01", "2026-01-05"));
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_PROVINCE, "2025-11-01", "2026-01-10"));
    ck_assert_ok(auctreg_rules_set_window(r, AUCTREG_WINDOW_NATIONAL, "2025-12-01", "2026-01-31"));
    ck_assert_ok(auctreg_registry_set_rules(W.r, FIX_ADMIN, r));
    auctreg_rules_free(r);
    /* before the applicants' window */
    ck_assert_ok(auctreg_registry_set_today(W.r, "2025-10-20"));
    int64_t id = 0;
    ck_assert_error(auctreg_registry_create_application(W.r, APPL, FIX_REN, NULL, &id), AUCTREG_ESTATE,
                    "window.applicant.not_open");
    ck_assert_ok(auctreg_registry_set_today(W.r, "2025-11-20"));
    id = fix_create(&W, FIX_REN, 460);
    int64_t late = fix_create(&W, FIX_REREG, 460);
    fix_to_review(&W, id, FIX_REN);
    /* the applicants' window closes: submitting is blocked, paying is not */
    ck_assert_ok(auctreg_registry_set_today(W.r, "2026-01-02"));
    ck_assert_error(auctreg_registry_submit(W.r, APPL, FIX_REREG, late, fix_ver(&W, late), NULL), AUCTREG_ESTATE,
                    "window.applicant.closed");
    ck_assert_ok(auctreg_registry_approve(W.r, AUCTREG_ROLE_ENTERPRISE, W.js, id, fix_ver(&W, id),
                                          AUCTREG_LEVEL_ENTERPRISE, NULL, NULL));
    /* the provincial window closes before the province acts */
    ck_assert_ok(auctreg_registry_set_today(W.r, "2026-01-11"));
    int64_t v = fix_ver(&W, id);
    ck_assert_error(auctreg_registry_approve(W.r, AUCTREG_ROLE_PROVINCE, "32", id, v, AUCTREG_LEVEL_PROVINCE, NULL,
                                             NULL),
                    AUCTREG_ESTATE, "window.province.closed");
    ck_assert_error(auctreg_registry_reject(W.r, AUCTREG_ROLE_PROVINCE, "32", id, v, AUCTREG_LEVEL_PROVINCE, "晚了",
                                            NULL),
                    AUCTREG_ESTATE, "window.province.closed");
    ck_assert_int_eq(fix_ver(&W, id), v);
    uint32_t mask = 1;
    ck_assert_ok(auctreg_registry_available(W.r, AUCTREG_ROLE_PROVINCE, "32", id, &mask));
    ck_assert_uint_eq(mask, 0);
    ck_assert_ok(auctreg_registry_set_today(W.r, "2026-01-10"));
    ck_assert_ok(auctreg_registry_approve(W.r, AUCTREG_ROLE_PROVINCE, "32", id, v, AUCTREG_LEVEL_PROVINCE, NULL, NULL));
}
END_TEST

START_TEST(receipts_paged)
{
    /* two years of receipts for one auctioneer */
    int64_t id = fix_create(&W, FIX_REN, 460);
    fix_to_review(&W, id, FIX_REN);
    ck_assert_ok(auctreg_registry_approve(W.r, AUCTREG_ROLE_ENTERPRISE, W.js, id, fix_ver(&W, id),
                                          AUCTREG_LEVEL_ENTERPRISE, NULL, NULL));
    ck_assert_ok(auctreg_registry_approve(W.r, AUCTREG_ROLE_PROVINCE, "32", id, fix_ver(&W, id),
                                          AUCTREG_LEVEL_PROVINCE, NULL, NULL));
    ck_assert_ok(auctreg_registry_approve(W.r, AUCTREG_ROLE_NATIONAL, "cn", id, fix_ver(&W, id),
                                          AUCTREG_LEVEL_NATIONAL, NULL, NULL));
    ck_assert_ok(auctreg_registry_set_today(W.r, "2026-11-20"));
    int64_t id2 = fix_create(&W, FIX_REN, 460);
    fix_to_review(&W, id2, FIX_REN);
    auctreg_rows *rc = NULL;
    ck_assert_ok(auctreg_registry_list_receipts(W.r, APPL, FIX_REN, FIX_REN, 0, 1, &rc));
    ck_assert_int_eq(auctreg_rows_total(rc), 2);
    ck_assert_int_eq(auctreg_rows_count(rc), 1);
    ck_assert_int_eq(auctreg_rows_pages(rc), 2);
    ck_assert_int_eq(auctreg_rows_get_int(rc, 0, AUCTREG_RECEIPT_YEAR), 2027); /* newest first */
    auctreg_rows_free(rc);
    ck_assert_ok(auctreg_registry_list_receipts(W.r, APPL, FIX_REN, FIX_REN, 1, 1, &rc));
    ck_assert_int_eq(auctreg_rows_get_int(rc, 0, AUCTREG_RECEIPT_YEAR), 2026);
    ck_assert_int_eq(auctreg_rows_page(rc), 2);
    auctreg_rows_free(rc);
    ck_assert_error(auctreg_registry_list_receipts(W.r, APPL, FIX_REREG, FIX_REN, 0, 1, &rc), AUCTREG_EDENIED,
                    "workflow.scope.denied");
    ck_assert_error(auctreg_registry_list_receipts(W.r, APPL, FIX_REN, FIX_REN, 0, AUCTREG_PAGE_MAX + 1, &rc),
                    AUCTREG_EINVAL, "page.range");
}
END_TEST

START_TEST(choose_and_order_in_one_request)
{
    int64_t id = submitted(FIX_REN);
    int64_t v = fix_ver(&W, id), n = fix_audit_count(&W, id), amount = 0, nv = 0;
    char *ref = NULL;
    /* a refused payer form changes nothing, not even the choice */
    ck_assert_error(auctreg_registry_choose_fee_and_order(W.r, APPL, FIX_REN, id, v, AUCTREG_FEE_MEMBERSHIP, "", "x",
                                                          "1", AUCTREG_CHANNEL_BANK, NULL, &ref, &amount, &nv),
                    AUCTREG_EINVAL, "payer.invalid");
    ck_assert_int_eq(auctreg_error_problem_count(), 4);
    ck_assert_int_eq(fix_ver(&W, id), v);
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_FEE_CHOICE), AUCTREG_FEE_NONE);
    ck_assert_ok(auctreg_registry_choose_fee_and_order(W.r, APPL, FIX_REN, id, v, AUCTREG_FEE_MEMBERSHIP, "李付",
                                                       "payer@example.com", "13912345678", AUCTREG_CHANNEL_BANK,
                                                       "CMB", &ref, &amount, &nv));
    ck_assert_int_eq(amount, 100000);
    ck_assert_int_eq(nv, v + 1);
    ck_assert_int_eq(fix_audit_count(&W, id), n + 1); /* one state change, one row */
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_PAY_STATUS), AUCTREG_PAY_UNPAID);
    /* change of mind through the same call: the first order is superseded */
    char *ref2 = NULL;
    ck_assert_ok(auctreg_registry_choose_fee_and_order(W.r, APPL, FIX_REN, id, nv, AUCTREG_FEE_REGISTRATION, "李付",
                                                       "payer@example.com", "13912345678", AUCTREG_CHANNEL_WECHAT,
                                                       NULL, &ref2, &amount, &nv));
    ck_assert_int_eq(amount, 1000);
    ck_assert_error(confirm(ref, "CMB-1", 100000, NULL, NULL), AUCTREG_EPAYMENT, "payment.order.superseded");
    ck_assert_ok(confirm(ref2, "WX-1", 1000, NULL, NULL));
    auctreg_free(ref);
    ref = NULL;
    ck_assert_int_eq(fix_int(&W, id, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
    auctreg_free(ref2);
    /* settled once paid; stale; denied */
    ck_assert_error(auctreg_registry_choose_fee_and_order(W.r, APPL, FIX_REN, id, nv, AUCTREG_FEE_REGISTRATION, "李付",
                                                          "payer@example.com", "13912345678",
                                                          AUCTREG_CHANNEL_WECHAT, NULL, &ref2, NULL, NULL),
                    AUCTREG_ECONFLICT, "application.version.stale");
    ck_assert_ptr_null(ref2);
    ck_assert_error(auctreg_registry_choose_fee_and_order(W.r, APPL, FIX_REN, id, fix_ver(&W, id),
                                                          AUCTREG_FEE_REGISTRATION, "李付",
                                                          "payer@example.com", "13912345678",
                                                          AUCTREG_CHANNEL_WECHAT, NULL, &ref, NULL, NULL),
                    AUCTREG_ESTATE, "workflow.state.invalid");
    ck_assert_ptr_null(ref);
    int64_t other = submitted(FIX_REREG);
    ck_assert_error(auctreg_registry_choose_fee_and_order(W.r, APPL, FIX_REN, other, fix_ver(&W, other),
                                                          AUCTREG_FEE_REGISTRATION, "李付", "payer@example.com",
                                                          "13912345678", AUCTREG_CHANNEL_ALIPAY, NULL, &ref, NULL,
                                                          NULL),
                    AUCTREG_EDENIED, "workflow.scope.denied");
    ck_assert_ptr_null(ref);
    /* already a member: nothing due, no order, straight to review */
    int64_t m = submitted(FIX_MEMB);
    ck_assert_ok(auctreg_registry_choose_fee_and_order(W.r, APPL, FIX_MEMB, m, fix_ver(&W, m),
                                                       AUCTREG_FEE_ALREADY_MEMBER, NULL, NULL, NULL, 0, NULL, &ref,
                                                       &amount, NULL));
    ck_assert_ptr_null(ref);
    ck_assert_int_eq(amount, 0);
    ck_assert_int_eq(fix_int(&W, m, AUCTREG_APP_STATE), AUCTREG_STATE_ENTERPRISE_REVIEW);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("fees");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, registration_fee_per_type);
    tcase_add_test(tc, rules_stored_per_year);
    tcase_add_test(tc, membership_path);
    tcase_add_test(tc, already_member_goes_straight_to_review);
    tcase_add_test(tc, change_of_choice_and_superseded_order);
    tcase_add_test(tc, double_confirmation_is_idempotent);
    tcase_add_test(tc, wrong_amount_refused_and_recorded);
    tcase_add_test(tc, payer_validation);
    tcase_add_test(tc, windows_closed);
    tcase_add_test(tc, receipts_paged);
    tcase_add_test(tc, choose_and_order_in_one_request);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return auctreg_test_run(suite()); }
