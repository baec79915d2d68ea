/* Payment orders, gateway confirmations and receipts (R7, R8). */
#include <stdio.h>
#include <string.h>

#include "auctreg/codes.h"
#include "registry/registry_internal.h"
#include "validate/validate_internal.h"

static int order_not_found(const char *ref)
{
    return auctreg__fail(AUCTREG_ENOTFOUND, "payment.order.not_found", "付款订单不存在：%s",
                         "no such payment order: %s", ref);
}

/* Every problem of the payer's data and the channel, at once. */
static int check_payer(const char *name, const char *email, const char *mobile, auctreg_pay_channel channel,
                       const char *bank)
{
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    auctreg__vr vr;
    if (!name || !*name)
        auctreg__problems_add(&p, "payer_name", "payer.name.empty", "付款人姓名不能为空",
                              "the payer's name is required");
    else if ((vr = auctreg__vcheck_text(name, AUCTREG_NAME_MAX_CHARS)))
        auctreg__vr_add(&p, "", "payer_name", vr);
    if ((vr = auctreg__email_check(email ? email : "")))
        auctreg__vr_add(&p, "", "payer_email", vr);
    if ((vr = auctreg__mobile_check(mobile ? mobile : "")))
        auctreg__vr_add(&p, "", "payer_mobile", vr);
    bool has_bank = bank && *bank;
    if (channel == AUCTREG_CHANNEL_BANK) {
        if (!has_bank)
            auctreg__problems_add(&p, "bank_code", "bank.required", "网银支付须选择银行",
                                  "online banking needs a bank");
        else if (!auctreg_codes_is_valid(AUCTREG_CODES_BANK, bank))
            auctreg__problems_add(&p, "bank_code", "bank.unknown", "不支持的银行：%s", "unknown bank: %s", bank);
    } else if (channel == AUCTREG_CHANNEL_WECHAT || channel == AUCTREG_CHANNEL_ALIPAY) {
        if (has_bank)
            auctreg__problems_add(&p, "bank_code", "bank.unexpected", "只有网银支付需要选择银行",
                                  "only online banking takes a bank");
    } else {
        auctreg__problems_add(&p, "channel", "channel.unknown", "未知的支付方式：%d", "unknown payment channel: %d",
                              (int)channel);
    }
    if (p.count || p.oom)
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "payer.invalid", "付款信息有误",
                                      "invalid payment details");
    return 0;
}

int auctreg__reg_supersede_orders(auctreg_registry *r, int64_t app_id)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ORDER_SUPERSEDE);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, app_id);
    return auctreg__store_exec(&r->st, st);
}

/* Supersede the open orders of `app` and insert a new one for its amount due; ref receives the reference. */
static int order_insert(auctreg_registry *r, const auctreg_application *app, const char *name, const char *email,
                        const char *mobile, auctreg_pay_channel channel, const char *bank, char ref[48])
{
    int64_t id = app->num[AUCTREG_APP_ID], seq = 0;
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ORDER_COUNT_APP);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, id);
    int rc = auctreg__store_row(&r->st, st);
    if (rc <= 0)
        return rc == 0 ? auctreg__fail(AUCTREG_ERROR, "store.count", "无法统计订单", "cannot count orders") : rc;
    seq = sqlite3_column_int64(st, 0) + 1;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if ((rc = auctreg__reg_supersede_orders(r, id)))
        return rc;
    if (!(st = auctreg__store_stmt(&r->st, ST_ORDER_INS)))
        return auctreg_error_code();
    snprintf(ref, 48, "PO%04d-%08lld-%02lld", (int)app->num[AUCTREG_APP_YEAR], (long long)id, (long long)seq);
    sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_text(st, 3, app->text[AUCTREG_APP_MGMT_NO], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, app->num[AUCTREG_APP_YEAR]);
    sqlite3_bind_int64(st, 5, app->num[AUCTREG_APP_FEE_CHOICE]);
    sqlite3_bind_int64(st, 6, app->num[AUCTREG_APP_FEE_DUE_FEN]);
    sqlite3_bind_text(st, 7, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, email, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, mobile, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 10, channel);
    if (channel == AUCTREG_CHANNEL_BANK)
        sqlite3_bind_text(st, 11, bank, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 11);
    sqlite3_bind_int64(st, 12, auctreg__registry_now(r));
    return auctreg__store_exec(&r->st, st);
}

static int order_in_tx(auctreg_registry *r, auctreg_role role, const char *actor, int64_t id, int64_t expected,
                       const char *name, const char *email, const char *mobile, auctreg_pay_channel channel,
                       const char *bank, char **ref_out, int64_t *amount_out)
{
    auctreg_application *app = NULL;
    int rc = auctreg__reg_load(r, id, &app, REG_LOAD_ROW);
    if (rc)
        return rc;
    char ref[48];
    if (role != AUCTREG_ROLE_APPLICANT || !auctreg__wf_in_scope(app, role, actor))
        rc = auctreg__fail(AUCTREG_EDENIED, role != AUCTREG_ROLE_APPLICANT ? "workflow.role.denied"
                                                                           : "workflow.scope.denied",
                           "只有申请人本人可以创建付款订单", "only the applicant may create a payment order");
    else if (app->num[AUCTREG_APP_VERSION] != expected)
        rc = auctreg__reg_stale(id, expected, app->num[AUCTREG_APP_VERSION]);
    else if (app->num[AUCTREG_APP_STATE] != AUCTREG_STATE_AWAITING_PAYMENT)
        rc = auctreg__fail(AUCTREG_ESTATE, "workflow.state.invalid", "申请不在待付款状态",
                           "the application is not awaiting payment");
    else if (app->num[AUCTREG_APP_FEE_DUE_FEN] <= 0)
        rc = auctreg__fail(AUCTREG_ESTATE, "payment.nothing_due", "没有应付款项", "nothing is due");
    else
        rc = check_payer(name, email, mobile, channel, bank);
    if (!rc)
        rc = order_insert(r, app, name, email, mobile, channel, bank, ref);
    if (!rc) {
        *ref_out = auctreg__strdup(ref);
        if (!*ref_out)
            rc = auctreg__oom();
        else if (amount_out)
            *amount_out = app->num[AUCTREG_APP_FEE_DUE_FEN];
    }
    auctreg_application_free(app);
    return rc;
}

int auctreg_registry_create_payment_order(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                                          int64_t expected_version, const char *payer_name, const char *payer_email,
                                          const char *payer_mobile, auctreg_pay_channel channel,
                                          const char *bank_code, char **order_ref, int64_t *amount_fen)
{
    if (!r || !order_ref)
        return auctreg__null_arg("auctreg_registry_create_payment_order", !r ? "r" : "order_ref");
    *order_ref = NULL;
    int rc = auctreg__store_begin(&r->st, true);
    if (rc)
        return rc;
    char *ref = NULL;
    rc = order_in_tx(r, role, actor_id, id, expected_version, payer_name, payer_email, payer_mobile, channel,
                     bank_code, &ref, amount_fen);
    rc = auctreg__reg_end(r, rc);
    if (rc) {
        auctreg__mfree(ref);
        return rc;
    }
    *order_ref = ref;
    return 0;
}

static int choose_order_in_tx(auctreg_registry *r, auctreg_role role, const char *actor, int64_t id,
                              int64_t expected, auctreg_fee_choice choice, const char *name, const char *email,
                              const char *mobile, auctreg_pay_channel channel, const char *bank, char **ref_out,
                              int64_t *amount_out, int64_t *new_version)
{
    auctreg_application *app = NULL;
    int rc = auctreg__reg_load(r, id, &app, REG_LOAD_ROW);
    if (!rc)
        rc = auctreg__reg_transition(r, app, role, actor, expected, AUCTREG_ACTION_CHOOSE_FEE, choice, NULL);
    char ref[48];
    bool due = !rc && app->num[AUCTREG_APP_FEE_DUE_FEN] > 0;
    if (!rc && due)
        rc = order_insert(r, app, name, email, mobile, channel, bank, ref); /* supersedes the old orders */
    else if (!rc)
        rc = auctreg__reg_supersede_orders(r, id);
    if (!rc && due && !(*ref_out = auctreg__strdup(ref)))
        rc = auctreg__oom();
    if (!rc) {
        if (amount_out)
            *amount_out = app->num[AUCTREG_APP_FEE_DUE_FEN];
        if (new_version)
            *new_version = app->num[AUCTREG_APP_VERSION];
    }
    auctreg_application_free(app);
    return rc;
}

int auctreg_registry_choose_fee_and_order(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                                          int64_t expected_version, auctreg_fee_choice choice,
                                          const char *payer_name, const char *payer_email, const char *payer_mobile,
                                          auctreg_pay_channel channel, const char *bank_code, char **order_ref,
                                          int64_t *amount_fen, int64_t *new_version)
{
    if (!r || !order_ref)
        return auctreg__null_arg("auctreg_registry_choose_fee_and_order", !r ? "r" : "order_ref");
    *order_ref = NULL;
    if ((unsigned)choice > AUCTREG_FEE_ALREADY_MEMBER)
        return auctreg__fail(AUCTREG_EINVAL, "fee.choice.invalid", "费用选择无效：%d", "invalid fee choice: %d",
                             (int)choice);
    /* the payer's data is checked first, so a refused form changes nothing */
    int rc = choice == AUCTREG_FEE_ALREADY_MEMBER ? 0
                                                  : check_payer(payer_name, payer_email, payer_mobile, channel,
                                                                bank_code);
    if (rc)
        return rc;
    if ((rc = auctreg__store_begin(&r->st, true)))
        return rc;
    char *ref = NULL;
    rc = choose_order_in_tx(r, role, actor_id, id, expected_version, choice, payer_name, payer_email, payer_mobile,
                            channel, bank_code, &ref, amount_fen, new_version);
    rc = auctreg__reg_end(r, rc);
    if (rc) {
        auctreg__mfree(ref);
        return rc;
    }
    *order_ref = ref;
    return 0;
}

/* The order row of ST_ORDER_BY_REF. */
typedef struct order_row {
    int64_t id, app_id, amount;
    int choice, status;
    char txn[129], receipt[32], mgmt_no[65];
} order_row;

static int load_order(auctreg_registry *r, const char *ref, order_row *o)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ORDER_BY_REF);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
    int rc = auctreg__store_row(&r->st, st);
    if (rc <= 0)
        return rc == 0 ? order_not_found(ref) : rc;
    o->id = sqlite3_column_int64(st, 0);
    o->app_id = sqlite3_column_int64(st, 1);
    o->choice = sqlite3_column_int(st, 2);
    o->amount = sqlite3_column_int64(st, 3);
    o->status = sqlite3_column_int(st, 4);
    const char *t = (const char *)sqlite3_column_text(st, 5), *c = (const char *)sqlite3_column_text(st, 6),
               *m = (const char *)sqlite3_column_text(st, 7);
    snprintf(o->txn, sizeof o->txn, "%s", t ? t : "");
    snprintf(o->receipt, sizeof o->receipt, "%s", c ? c : "");
    snprintf(o->mgmt_no, sizeof o->mgmt_no, "%s", m ? m : "");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return 0;
}

int auctreg_registry_cancel_payment_order(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                          const char *order_ref)
{
    if (!r || !order_ref)
        return auctreg__null_arg("auctreg_registry_cancel_payment_order", !r ? "r" : "order_ref");
    int rc = auctreg__store_begin(&r->st, true);
    if (rc)
        return rc;
    order_row o;
    rc = load_order(r, order_ref, &o);
    if (!rc && !(role == AUCTREG_ROLE_ADMIN || role == AUCTREG_ROLE_SYSTEM ||
                 (role == AUCTREG_ROLE_APPLICANT && actor_id && strcmp(actor_id, o.mgmt_no) == 0)))
        rc = auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "无权取消此订单",
                           "not allowed to cancel this order");
    if (!rc && o.status != AUCTREG_ORDER_OPEN)
        rc = auctreg__fail(AUCTREG_ESTATE, "payment.order.not_open", "订单 %s 已不能取消",
                           "order %s is no longer open", order_ref);
    if (!rc) {
        sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ORDER_CANCEL);
        rc = st ? 0 : auctreg_error_code();
        if (st) {
            sqlite3_bind_int64(st, 1, o.id);
            rc = auctreg__store_exec(&r->st, st);
        }
    }
    return auctreg__reg_end(r, rc);
}

/* Record a refused confirmation, commit that record, and return the refusal. */
static int refuse(auctreg_registry *r, auctreg_role role, const char *actor, const char *ref, int64_t app_id,
                  const char *txn, int64_t amount, int refusal)
{
    char reason[64];
    snprintf(reason, sizeof reason, "%s", auctreg_error_reason());
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ATTEMPT_INS);
    int rc = st ? 0 : auctreg_error_code();
    if (st) {
        sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
        if (app_id > 0)
            sqlite3_bind_int64(st, 2, app_id);
        else
            sqlite3_bind_null(st, 2);
        sqlite3_bind_text(st, 3, txn, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, amount);
        sqlite3_bind_int64(st, 5, auctreg__registry_now(r));
        sqlite3_bind_int(st, 6, role);
        sqlite3_bind_text(st, 7, actor ? actor : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 8, reason, -1, SQLITE_STATIC);
        rc = auctreg__store_exec(&r->st, st);
    }
    if (rc)
        return auctreg__reg_end(r, rc);
    /* keep the refusal as the last error: a successful commit leaves it untouched */
    rc = auctreg__reg_end(r, 0);
    return rc ? rc : refusal;
}

static int copy_out(const char *s, char **out)
{
    if (!out)
        return 0;
    *out = auctreg__strdup(s);
    return *out ? 0 : auctreg__oom();
}

int auctreg_registry_confirm_payment(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                     const char *order_ref, const char *txn_id, int64_t amount_fen, int *already,
                                     char **receipt_no)
{
    if (!r || !order_ref || !txn_id)
        return auctreg__null_arg("auctreg_registry_confirm_payment", !r ? "r" : !order_ref ? "order_ref" : "txn_id");
    if (already)
        *already = 0;
    if (receipt_no)
        *receipt_no = NULL;
    int rc = auctreg__reg_need_admin(role, "确认付款", "confirm payments");
    if (!rc)
        rc = auctreg__check_text("txn_id", txn_id, 128, false);
    if (!rc && !*txn_id)
        rc = auctreg__fail(AUCTREG_EINVAL, "payment.txn.empty", "缺少交易流水号", "the transaction id is required");
    if (rc)
        return rc;
    if ((rc = auctreg__store_begin(&r->st, true)))
        return rc;

    /* Idempotency: the same transaction confirmed again changes nothing. */
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ORDER_BY_TXN);
    if (!st)
        return auctreg__reg_end(r, auctreg_error_code());
    sqlite3_bind_text(st, 1, txn_id, -1, SQLITE_STATIC);
    if ((rc = auctreg__store_row(&r->st, st)) < 0)
        return auctreg__reg_end(r, rc);
    if (rc == 1) {
        bool same = strcmp((const char *)sqlite3_column_text(st, 0), order_ref) == 0 &&
                    sqlite3_column_int64(st, 1) == amount_fen;
        char rcpt[32];
        const char *c = (const char *)sqlite3_column_text(st, 2);
        snprintf(rcpt, sizeof rcpt, "%s", c ? c : "");
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (!same) {
            /* Record the attempt against the application of the order being confirmed, so that
             * it shows in that application's attempts (0 when the order does not exist). */
            order_row target;
            int64_t app_id = load_order(r, order_ref, &target) == 0 ? target.app_id : 0;
            int refusal = auctreg__fail(AUCTREG_EPAYMENT, "payment.txn.reused",
                                        "交易流水号 %s 已用于另一笔付款", "transaction %s already paid another order",
                                        txn_id);
            return refuse(r, role, actor_id, order_ref, app_id, txn_id, amount_fen, refusal);
        }
        if ((rc = auctreg__reg_end(r, 0)))
            return rc;
        if (already)
            *already = 1;
        return copy_out(rcpt, receipt_no);
    }

    order_row o;
    if ((rc = load_order(r, order_ref, &o)))
        return auctreg__reg_end(r, rc);
    int refusal = 0;
    if (o.status == AUCTREG_ORDER_SUPERSEDED)
        refusal = auctreg__fail(AUCTREG_EPAYMENT, "payment.order.superseded", "订单 %s 已被新的订单或缴费选择取代",
                                "order %s was superseded by a newer order or fee choice", order_ref);
    else if (o.status == AUCTREG_ORDER_CANCELLED)
        refusal = auctreg__fail(AUCTREG_EPAYMENT, "payment.order.cancelled", "订单 %s 已取消",
                                "order %s was cancelled", order_ref);
    else if (o.status == AUCTREG_ORDER_PAID)
        refusal = auctreg__fail(AUCTREG_EPAYMENT, "payment.order.already_paid", "订单 %s 已由交易 %s 付款",
                                "order %s was already paid by transaction %s", order_ref, o.txn);
    else if (amount_fen != o.amount)
        refusal = auctreg__fail(AUCTREG_EPAYMENT, "payment.amount.mismatch", "付款金额 %lld 分与应付金额 %lld 分不符",
                                "amount paid %lld fen differs from the amount due %lld fen", (long long)amount_fen,
                                (long long)o.amount);
    if (refusal)
        return refuse(r, role, actor_id, order_ref, o.app_id, txn_id, amount_fen, refusal);

    auctreg_application *app = NULL;
    if ((rc = auctreg__reg_load(r, o.app_id, &app, REG_LOAD_ROW)))
        return auctreg__reg_end(r, rc);
    if (app->num[AUCTREG_APP_STATE] != AUCTREG_STATE_AWAITING_PAYMENT ||
        app->num[AUCTREG_APP_FEE_CHOICE] != o.choice) {
        auctreg_application_free(app);
        refusal = auctreg__fail(AUCTREG_EPAYMENT, "payment.application.state", "申请当前不在待付款状态，不能确认订单 %s",
                                "the application is not awaiting this payment: order %s refused", order_ref);
        return refuse(r, role, actor_id, order_ref, o.app_id, txn_id, amount_fen, refusal);
    }
    int year = (int)app->num[AUCTREG_APP_YEAR];
    rc = auctreg__reg_transition(r, app, role, actor_id, app->num[AUCTREG_APP_VERSION],
                                 AUCTREG_ACTION_CONFIRM_PAYMENT, AUCTREG_FEE_NONE, NULL);
    char rcpt[32];
    snprintf(rcpt, sizeof rcpt, "RC%04d-%08lld", year, (long long)o.id);
    if (!rc) {
        st = auctreg__store_stmt(&r->st, ST_ORDER_PAY);
        rc = st ? 0 : auctreg_error_code();
        if (st) {
            sqlite3_bind_int64(st, 1, o.id);
            sqlite3_bind_text(st, 2, txn_id, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 3, app->num[AUCTREG_APP_UPDATED_AT]);
            sqlite3_bind_text(st, 4, rcpt, -1, SQLITE_STATIC);
            rc = auctreg__store_exec(&r->st, st);
        }
    }
    if (!rc && o.choice == AUCTREG_FEE_MEMBERSHIP) {
        /* a confirmed membership payment makes the auctioneer a member for the year */
        st = auctreg__store_stmt(&r->st, ST_MEMBER_INS);
        rc = st ? 0 : auctreg_error_code();
        if (st) {
            sqlite3_bind_text(st, 1, app->text[AUCTREG_APP_MGMT_NO], -1, SQLITE_STATIC);
            sqlite3_bind_int(st, 2, year);
            sqlite3_bind_int(st, 3, 1);
            rc = auctreg__store_exec(&r->st, st);
        }
    }
    auctreg_application_free(app);
    if ((rc = auctreg__reg_end(r, rc)))
        return rc;
    return copy_out(rcpt, receipt_no);
}
