/* The registration workflow: transition table, blockers, apply (auctreg/workflow.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "workflow/workflow_internal.h"

/* ------------------------------------------------------------------ the table */

/* Guards: conditions a row needs beyond its from-state and route. */
enum {
    G_WIN_APPLICANT = 1 << 0, /* the applicants' window is open */
    G_WIN_LEVEL = 1 << 1,     /* the window of the action's review level is open */
    G_CONTENT = 1 << 2,       /* the submission checks pass (R3-R6) */
    G_OPINION = 1 << 3,       /* a non-empty opinion is given (reject) */
    G_MEMBER = 1 << 4,        /* member for the year (already-member exemption) */
    G_SETTLED = 1 << 5,       /* the fee is paid or exempt (resubmit into review) */
    G_NOT_MEMBER = 1 << 6     /* not yet a member for the year: a member pays nothing (R7) */
};
#define G_COUNT 7

/* Routes choose between rows of the same (state, action): they are not blockers. */
typedef enum route {
    R_ANY = 0,
    R_CHAIN_PROVINCE,    /* the province's chain has the provincial level */
    R_CHAIN_NO_PROVINCE, /* the province's chain skips it */
    R_CHOICE_PAYS,       /* fee choice registration or membership: something to pay */
    R_CHOICE_MEMBER      /* fee choice "already a member": nothing to pay */
} route;

#define ROLE(r) (1u << (unsigned)(r))
#define APPLICANT ROLE(AUCTREG_ROLE_APPLICANT)

typedef struct wf_row {
    auctreg_app_state from;
    auctreg_action action;
    unsigned roles;
    unsigned guards;
    route route;
    auctreg_app_state to;
} wf_row;

#define S(x) AUCTREG_STATE_##x
#define A(x) AUCTREG_ACTION_##x
static const wf_row table[] = {
    {S(NONE), A(CREATE), APPLICANT, G_WIN_APPLICANT, R_ANY, S(DRAFT)},
    {S(DRAFT), A(EDIT), APPLICANT, 0, R_ANY, S(DRAFT)},
    {S(DRAFT), A(SUBMIT), APPLICANT, G_WIN_APPLICANT | G_CONTENT, R_ANY, S(SUBMITTED)},
    {S(DRAFT), A(WITHDRAW), APPLICANT, 0, R_ANY, S(WITHDRAWN)},
    {S(SUBMITTED), A(EDIT), APPLICANT, G_CONTENT, R_ANY, S(SUBMITTED)},
    {S(SUBMITTED), A(CHOOSE_FEE), APPLICANT, G_NOT_MEMBER, R_CHOICE_PAYS, S(AWAITING_PAYMENT)},
    {S(SUBMITTED), A(CHOOSE_FEE), APPLICANT, G_MEMBER, R_CHOICE_MEMBER, S(ENTERPRISE_REVIEW)},
    {S(AWAITING_PAYMENT), A(EDIT), APPLICANT, G_CONTENT, R_ANY, S(AWAITING_PAYMENT)},
    {S(AWAITING_PAYMENT), A(CHOOSE_FEE), APPLICANT, G_NOT_MEMBER, R_CHOICE_PAYS, S(AWAITING_PAYMENT)},
    {S(AWAITING_PAYMENT), A(CHOOSE_FEE), APPLICANT, G_MEMBER, R_CHOICE_MEMBER, S(ENTERPRISE_REVIEW)},
    {S(AWAITING_PAYMENT), A(CONFIRM_PAYMENT), ROLE(AUCTREG_ROLE_ADMIN) | ROLE(AUCTREG_ROLE_SYSTEM), 0, R_ANY,
     S(ENTERPRISE_REVIEW)},
    {S(ENTERPRISE_REVIEW), A(APPROVE_ENTERPRISE), ROLE(AUCTREG_ROLE_ENTERPRISE), G_WIN_LEVEL, R_CHAIN_PROVINCE,
     S(PROVINCE_REVIEW)},
    {S(ENTERPRISE_REVIEW), A(APPROVE_ENTERPRISE), ROLE(AUCTREG_ROLE_ENTERPRISE), G_WIN_LEVEL, R_CHAIN_NO_PROVINCE,
     S(NATIONAL_REVIEW)},
    {S(ENTERPRISE_REVIEW), A(REJECT_ENTERPRISE), ROLE(AUCTREG_ROLE_ENTERPRISE), G_WIN_LEVEL | G_OPINION, R_ANY,
     S(REJECTED)},
    {S(PROVINCE_REVIEW), A(APPROVE_PROVINCE), ROLE(AUCTREG_ROLE_PROVINCE), G_WIN_LEVEL, R_ANY, S(NATIONAL_REVIEW)},
    {S(PROVINCE_REVIEW), A(REJECT_PROVINCE), ROLE(AUCTREG_ROLE_PROVINCE), G_WIN_LEVEL | G_OPINION, R_ANY,
     S(REJECTED)},
    {S(NATIONAL_REVIEW), A(APPROVE_NATIONAL), ROLE(AUCTREG_ROLE_NATIONAL), G_WIN_LEVEL, R_ANY, S(APPROVED)},
    {S(NATIONAL_REVIEW), A(REJECT_NATIONAL), ROLE(AUCTREG_ROLE_NATIONAL), G_WIN_LEVEL | G_OPINION, R_ANY,
     S(REJECTED)},
    {S(ENTERPRISE_REVIEW), A(EDIT), APPLICANT, G_CONTENT, R_ANY, S(ENTERPRISE_REVIEW)},
    {S(PROVINCE_REVIEW), A(EDIT), APPLICANT, G_CONTENT, R_ANY, S(ENTERPRISE_REVIEW)},
    {S(NATIONAL_REVIEW), A(EDIT), APPLICANT, G_CONTENT, R_ANY, S(ENTERPRISE_REVIEW)},
    {S(REJECTED), A(EDIT), APPLICANT, 0, R_ANY, S(REJECTED)},
    {S(REJECTED), A(RESUBMIT), APPLICANT, G_CONTENT | G_SETTLED, R_ANY, S(ENTERPRISE_REVIEW)},
};
#undef S
#undef A
#define TABLE_LEN (sizeof table / sizeof table[0])

static const struct {
    const char *code, *zh, *en;
} actions[AUCTREG_ACTION_COUNT] = {
    [AUCTREG_ACTION_CREATE] = {"create", "新建申请", "Create draft"},
    [AUCTREG_ACTION_EDIT] = {"edit", "修改申请", "Edit"},
    [AUCTREG_ACTION_SUBMIT] = {"submit", "提交申请", "Submit"},
    [AUCTREG_ACTION_CHOOSE_FEE] = {"choose_fee", "选择缴费方式", "Choose fee"},
    [AUCTREG_ACTION_CONFIRM_PAYMENT] = {"confirm_payment", "确认付款", "Confirm payment"},
    [AUCTREG_ACTION_APPROVE_ENTERPRISE] = {"approve_enterprise", "拍卖企业审核通过", "Enterprise approval"},
    [AUCTREG_ACTION_REJECT_ENTERPRISE] = {"reject_enterprise", "拍卖企业驳回", "Enterprise rejection"},
    [AUCTREG_ACTION_APPROVE_PROVINCE] = {"approve_province", "省拍协审核通过", "Provincial approval"},
    [AUCTREG_ACTION_REJECT_PROVINCE] = {"reject_province", "省拍协驳回", "Provincial rejection"},
    [AUCTREG_ACTION_APPROVE_NATIONAL] = {"approve_national", "中拍协审核通过", "National approval"},
    [AUCTREG_ACTION_REJECT_NATIONAL] = {"reject_national", "中拍协驳回", "National rejection"},
    [AUCTREG_ACTION_RESUBMIT] = {"resubmit", "重新提交", "Resubmit"},
    [AUCTREG_ACTION_WITHDRAW] = {"withdraw", "撤回草稿", "Withdraw"},
};

static const char *const guard_names[G_COUNT] = {"applicant window open", "level window open",
                                                 "R3-R6 checks pass", "opinion given",
                                                 "member this year", "fee paid or exempt",
                                                 "not yet a member this year"};

static const struct {
    const char *code, *zh, *en;
} window_texts[AUCTREG_WINDOW_COUNT] = {
    {"applicant", "拍卖师申请", "applications"},
    {"enterprise", "拍卖企业审核", "enterprise review"},
    {"province", "省拍协审核", "provincial review"},
    {"national", "中拍协审核", "national review"},
};

const char *auctreg_action_code(auctreg_action a)
{
    return (unsigned)a < AUCTREG_ACTION_COUNT ? actions[a].code : NULL;
}

const char *auctreg_action_label(auctreg_action a, auctreg_lang lang)
{
    if ((unsigned)a >= AUCTREG_ACTION_COUNT)
        return NULL;
    return lang == AUCTREG_LANG_EN ? actions[a].en : actions[a].zh;
}

int auctreg_action_from_code(const char *code, auctreg_action *out)
{
    if (!code || !out)
        return auctreg__null_arg("auctreg_action_from_code", !code ? "code" : "out");
    for (int i = 0; i < AUCTREG_ACTION_COUNT; i++)
        if (strcmp(actions[i].code, code) == 0) {
            *out = (auctreg_action)i;
            return 0;
        }
    return auctreg__fail(AUCTREG_ENOTFOUND, "action.unknown", "未知的操作：%s", "unknown action: %s", code);
}

int auctreg_action_level(auctreg_action a)
{
    switch (a) {
    case AUCTREG_ACTION_APPROVE_ENTERPRISE:
    case AUCTREG_ACTION_REJECT_ENTERPRISE: return AUCTREG_LEVEL_ENTERPRISE;
    case AUCTREG_ACTION_APPROVE_PROVINCE:
    case AUCTREG_ACTION_REJECT_PROVINCE: return AUCTREG_LEVEL_PROVINCE;
    case AUCTREG_ACTION_APPROVE_NATIONAL:
    case AUCTREG_ACTION_REJECT_NATIONAL: return AUCTREG_LEVEL_NATIONAL;
    default: return -1;
    }
}

static bool is_reject(auctreg_action a)
{
    return a == AUCTREG_ACTION_REJECT_ENTERPRISE || a == AUCTREG_ACTION_REJECT_PROVINCE ||
           a == AUCTREG_ACTION_REJECT_NATIONAL;
}

/* ------------------------------------------------------------------ evaluation */

static const char *state_code(int s)
{
    const char *c = auctreg_enum_code(AUCTREG_ENUM_APP_STATE, s);
    return c ? c : "?";
}

static const char *state_zh(int s)
{
    const char *c = auctreg_enum_label(AUCTREG_ENUM_APP_STATE, s, AUCTREG_LANG_ZH);
    return c ? c : "?";
}

/* Does the actor's scope cover the application? */
bool auctreg__wf_in_scope(const auctreg_application *app, auctreg_role role, const char *actor)
{
    actor = actor ? actor : "";
    switch (role) {
    case AUCTREG_ROLE_APPLICANT: {
        const char *m = app->text[AUCTREG_APP_MGMT_NO];
        return *actor && m && strcmp(m, actor) == 0;
    }
    case AUCTREG_ROLE_ENTERPRISE: {
        const char *e = app->text[AUCTREG_APP_ENTERPRISE];
        return *actor && e && strcmp(e, actor) == 0;
    }
    case AUCTREG_ROLE_PROVINCE:
        /* exactly two digits equal to the application's province code */
        return strlen(actor) == 2 && actor[0] >= '0' && actor[0] <= '9' && actor[1] >= '0' && actor[1] <= '9' &&
               (actor[0] - '0') * 10 + (actor[1] - '0') == app->num[AUCTREG_APP_PROVINCE];
    case AUCTREG_ROLE_NATIONAL:
    case AUCTREG_ROLE_ADMIN:
    case AUCTREG_ROLE_SYSTEM: return true;
    }
    return false;
}

static bool route_matches(route r, const auctreg_application *app, const struct auctreg_rules *rules,
                          auctreg_fee_choice choice)
{
    unsigned chain = auctreg__rules_chain(rules, (int)app->num[AUCTREG_APP_PROVINCE]);
    switch (r) {
    case R_ANY: return true;
    case R_CHAIN_PROVINCE: return (chain & AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_PROVINCE)) != 0;
    case R_CHAIN_NO_PROVINCE: return (chain & AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_PROVINCE)) == 0;
    case R_CHOICE_PAYS: return choice == AUCTREG_FEE_REGISTRATION || choice == AUCTREG_FEE_MEMBERSHIP;
    case R_CHOICE_MEMBER: return choice == AUCTREG_FEE_ALREADY_MEMBER;
    }
    return false;
}

/* Add a blocker whose Chinese and English texts take different arguments. */
static void add_pair(auctreg__problems *out, const char *field, const char *reason, char *zh, char *en)
{
    if (!zh || !en)
        out->oom = true;
    else
        auctreg__problems_add_msgs(out, field, reason, zh, en);
    auctreg__mfree(zh);
    auctreg__mfree(en);
}

static void window_blocker(auctreg__problems *out, auctreg_window w, int status, const struct auctreg_rules *r)
{
    char reason[48];
    if (status == AUCTREG_WINDOW_NOT_OPEN) {
        snprintf(reason, sizeof reason, "window.%s.not_open", window_texts[w].code);
        add_pair(out, "", reason, auctreg__asprintf("%s时段尚未开始（%s 开始）", window_texts[w].zh, r->opens[w]),
                 auctreg__asprintf("the %s window opens on %s", window_texts[w].en, r->opens[w]));
    } else {
        snprintf(reason, sizeof reason, "window.%s.closed", window_texts[w].code);
        add_pair(out, "", reason, auctreg__asprintf("%s时段已结束（%s 截止）", window_texts[w].zh, r->closes[w]),
                 auctreg__asprintf("the %s window closed on %s", window_texts[w].en, r->closes[w]));
    }
}

static void check_window(auctreg__problems *out, int *kinds, const auctreg__wf_ctx *ctx,
                         const struct auctreg_rules *rules, auctreg_window w)
{
    if (!ctx->today[0]) {
        /* Without a date the windows cannot be checked: only unbounded windows pass. */
        if (rules->opens[w][0] || rules->closes[w][0]) {
            auctreg__problems_add(out, "", "window.today.unknown", "未设置当前日期，无法判断%s时段%.0s",
                                  "%.0stoday's date is not set: the %s window cannot be checked",
                                  window_texts[w].zh, window_texts[w].en);
            *kinds |= AUCTREG__WF_STATE;
        }
        return;
    }
    int st = auctreg__rules_window_status(rules, w, ctx->today);
    if (st != AUCTREG_WINDOW_IS_OPEN) {
        window_blocker(out, w, st, rules);
        *kinds |= AUCTREG__WF_STATE;
    }
}

/* Blockers explaining why no row starts from the current state. */
static void state_blocker(auctreg__problems *out, const auctreg_application *app, const struct auctreg_rules *rules,
                          auctreg_action action)
{
    int st = (int)app->num[AUCTREG_APP_STATE];
    int level = auctreg_action_level(action);
    if (st == AUCTREG_STATE_APPROVED) {
        auctreg__problems_add(out, "", "application.final", "申请已审核通过，不能再更改",
                              "the application is approved: it is final and cannot change");
        return;
    }
    if (level >= 0) {
        unsigned chain = auctreg__rules_chain(rules, (int)app->num[AUCTREG_APP_PROVINCE]);
        if (!(chain & AUCTREG_CHAIN_BIT(level))) {
            add_pair(out, "", "review.level.skipped",
                     auctreg__asprintf("该省份的审核流程不经过%s",
                                       auctreg_enum_label(AUCTREG_ENUM_LEVEL, level, AUCTREG_LANG_ZH)),
                     auctreg__asprintf("the review chain of this province skips the %s level",
                                       auctreg_enum_code(AUCTREG_ENUM_LEVEL, level)));
            return;
        }
        int waiting = st - AUCTREG_STATE_ENTERPRISE_REVIEW; /* level the application waits at */
        if (st >= AUCTREG_STATE_ENTERPRISE_REVIEW && st <= AUCTREG_STATE_NATIONAL_REVIEW && waiting < level) {
            add_pair(out, "", "review.level.not_reached",
                     auctreg__asprintf("上一级审核尚未通过（当前：%s）", state_zh(st)),
                     auctreg__asprintf("the previous level has not approved yet (now: %s)", state_code(st)));
            return;
        }
    }
    add_pair(out, "", "workflow.state.invalid",
             auctreg__asprintf("当前状态（%s）下不能执行“%s”", state_zh(st), actions[action].zh),
             auctreg__asprintf("\"%s\" is not possible in state %s", actions[action].code, state_code(st)));
}

static const struct auctreg_rules *rules_for(const auctreg_application *app, const auctreg__wf_ctx *ctx,
                                             struct auctreg_rules *scratch)
{
    if (ctx->rules)
        return ctx->rules;
    int year = (int)app->num[AUCTREG_APP_YEAR];
    auctreg__rules_defaults(scratch, year ? year : 1900);
    return scratch;
}

/* The row that fires for (state, action, params), or NULL. found_state: some row starts there. */
static const wf_row *find_row(const auctreg_application *app, const struct auctreg_rules *rules,
                              auctreg_action action, auctreg_fee_choice choice, bool *found_state)
{
    int st = (int)app->num[AUCTREG_APP_STATE];
    *found_state = false;
    for (size_t i = 0; i < TABLE_LEN; i++) {
        if (table[i].action != action || (int)table[i].from != st)
            continue;
        *found_state = true;
        if (route_matches(table[i].route, app, rules, choice))
            return &table[i];
    }
    return NULL;
}

static unsigned roles_of(auctreg_action action)
{
    unsigned r = 0;
    for (size_t i = 0; i < TABLE_LEN; i++)
        if (table[i].action == action)
            r |= table[i].roles;
    return r;
}

bool auctreg__wf_permits(const auctreg_application *app, auctreg_role role, const char *actor,
                         auctreg_action action)
{
    return (roles_of(action) & ROLE(role)) && auctreg__wf_in_scope(app, role, actor);
}

void auctreg__wf_evaluate(const auctreg_application *app, const auctreg__wf_ctx *ctx, auctreg_action action,
                          bool ignore_params, auctreg__problems *out, int *kinds)
{
    struct auctreg_rules scratch;
    const struct auctreg_rules *rules = rules_for(app, ctx, &scratch);
    *kinds = 0;

    /* 1. role and scope: a denial explains itself, nothing else is listed */
    if (!(roles_of(action) & ROLE(ctx->role))) {
        const char *rz = auctreg_enum_label(AUCTREG_ENUM_ROLE, ctx->role, AUCTREG_LANG_ZH);
        const char *rc = auctreg_enum_code(AUCTREG_ENUM_ROLE, ctx->role);
        add_pair(out, "", "workflow.role.denied",
                 auctreg__asprintf("角色“%s”不能执行“%s”", rz ? rz : "?", actions[action].zh),
                 auctreg__asprintf("role %s may not perform \"%s\"", rc ? rc : "?", actions[action].code));
        *kinds |= AUCTREG__WF_DENY;
        return;
    }
    if (!auctreg__wf_in_scope(app, ctx->role, ctx->actor)) {
        auctreg__problems_add(out, "", "workflow.scope.denied", "无权处理此申请（%s 不在权限范围内）",
                              "this application is outside the scope of actor %s", ctx->actor ? ctx->actor : "");
        *kinds |= AUCTREG__WF_DENY;
        return;
    }

    /* 2. the row: from-state and route */
    auctreg_fee_choice choice = ctx->choice;
    /* "Could this actor choose a fee now?": with a choice that can pass (a member may only
     * take the exemption, anybody else may pay). */
    if (ignore_params && action == AUCTREG_ACTION_CHOOSE_FEE && choice == AUCTREG_FEE_NONE)
        choice = ctx->member ? AUCTREG_FEE_ALREADY_MEMBER : AUCTREG_FEE_REGISTRATION;
    bool found_state;
    const wf_row *row = find_row(app, rules, action, choice, &found_state);
    if (!row) {
        if (found_state && action == AUCTREG_ACTION_CHOOSE_FEE)
            auctreg__problems_add(out, "choice", "fee.choice.invalid", "请选择缴费方式（注册费、入会或已是会员）",
                                  "choose a fee: registration, membership or already a member");
        else
            state_blocker(out, app, rules, action);
        *kinds |= AUCTREG__WF_STATE;
        return;
    }

    /* 3. guards: all of them, so the caller sees every reason at once */
    if (row->guards & G_WIN_APPLICANT)
        check_window(out, kinds, ctx, rules, AUCTREG_WINDOW_APPLICANT);
    if (row->guards & G_WIN_LEVEL)
        check_window(out, kinds, ctx, rules, (auctreg_window)(auctreg_action_level(action) + 1));
    if ((row->guards & G_OPINION) && !ignore_params && (!ctx->opinion || !*ctx->opinion)) {
        auctreg__problems_add(out, "opinion", "review.opinion.required", "驳回时必须填写审核意见",
                              "a rejection needs a review opinion");
        *kinds |= AUCTREG__WF_STATE;
    }
    if ((row->guards & G_MEMBER) && !ctx->member) {
        auctreg__problems_add(out, "choice", "fee.not_member", "%d 年度尚不是分会会员，不能免缴",
                              "not a branch member for %d: no exemption", (int)app->num[AUCTREG_APP_YEAR]);
        *kinds |= AUCTREG__WF_STATE;
    }
    if ((row->guards & G_NOT_MEMBER) && ctx->member) {
        auctreg__problems_add(out, "choice", "fee.already_member",
                              "已是 %d 年度分会会员，免缴注册费：请选择“已是会员”",
                              "already a branch member for %d, so no fee is due: choose \"already a member\"",
                              (int)app->num[AUCTREG_APP_YEAR]);
        *kinds |= AUCTREG__WF_STATE;
    }
    if ((row->guards & G_SETTLED) && app->num[AUCTREG_APP_PAY_STATUS] == AUCTREG_PAY_UNPAID &&
        app->num[AUCTREG_APP_FEE_CHOICE] != AUCTREG_FEE_ALREADY_MEMBER) {
        auctreg__problems_add(out, "", "fee.unpaid", "费用尚未支付", "the fee has not been paid");
        *kinds |= AUCTREG__WF_STATE;
    }
    if (row->guards & G_CONTENT) {
        size_t before = out->count;
        auctreg__wf_content(app, ctx, rules, out);
        if (out->count > before || out->oom)
            *kinds |= AUCTREG__WF_CONTENT;
    }
}

/* ------------------------------------------------------------------ apply */

void auctreg__wf_reset_reviews(auctreg_application *app, const struct auctreg_rules *rules)
{
    unsigned chain = auctreg__rules_chain(rules, (int)app->num[AUCTREG_APP_PROVINCE]);
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        app->review[l].status = (chain & AUCTREG_CHAIN_BIT(l)) ? AUCTREG_REVIEW_PENDING : AUCTREG_REVIEW_SKIPPED;
        app->review[l].decided_at = 0;
    }
}

int auctreg__wf_fail(auctreg_action action, auctreg__problems *p, int kinds)
{
    const char *code = actions[action].code;
    if (p->oom)
        return auctreg__fail_problems(AUCTREG_ENOMEM, p, "memory", "内存不足", "out of memory");
    if (kinds & AUCTREG__WF_DENY) {
        /* the reason of the denial is the error's reason */
        char reason[32];
        snprintf(reason, sizeof reason, "%s", p->count ? p->items[0].reason : "workflow.role.denied");
        return auctreg__fail_problems(AUCTREG_EDENIED, p, reason, "无权执行“%s”%.0s", "%.0snot allowed to %s",
                                      actions[action].zh, code);
    }
    if (kinds & AUCTREG__WF_STATE) {
        char reason[48];
        /* the first state blocker names the error */
        snprintf(reason, sizeof reason, "%s", p->count ? p->items[0].reason : "workflow.state.invalid");
        return auctreg__fail_problems(AUCTREG_ESTATE, p, reason, "现在不能执行“%s”%.0s（共 %zu 个原因）",
                                      "%.0scannot %s now (%zu reasons)", actions[action].zh, code, p->count);
    }
    return auctreg__fail_problems(AUCTREG_EINVAL, p, "application.invalid", "申请内容有 %zu 处问题，不能%s%.0s",
                                  "the application has %zu problems: cannot %.0s%s", p->count, actions[action].zh,
                                  code);
}

int auctreg__wf_apply(auctreg_application *app, const auctreg__wf_ctx *ctx, auctreg_action action)
{
    if ((unsigned)action >= AUCTREG_ACTION_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "action.unknown", "未知的操作：%d", "unknown action: %d", (int)action);
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    int kinds = 0;
    auctreg__wf_evaluate(app, ctx, action, false, &p, &kinds);
    if (kinds || p.oom)
        return auctreg__wf_fail(action, &p, kinds);
    auctreg__problems_free(&p);

    struct auctreg_rules scratch;
    const struct auctreg_rules *rules = rules_for(app, ctx, &scratch);
    bool found;
    const wf_row *row = find_row(app, rules, action, ctx->choice, &found);
    int from = (int)app->num[AUCTREG_APP_STATE];
    int level = auctreg_action_level(action);

    /* the only allocation comes first: nothing changes if it fails */
    char *opinion = NULL;
    if (level >= 0 && ctx->opinion && *ctx->opinion) {
        opinion = auctreg__strdup(ctx->opinion);
        if (!opinion)
            return auctreg__oom();
    }
    int64_t now = ctx->now_us;
    switch (action) {
    case AUCTREG_ACTION_CREATE:
        app->num[AUCTREG_APP_CREATED_AT] = now;
        app->num[AUCTREG_APP_FEE_CHOICE] = AUCTREG_FEE_NONE;
        app->num[AUCTREG_APP_FEE_DUE_FEN] = 0;
        app->num[AUCTREG_APP_PAY_STATUS] = AUCTREG_PAY_UNPAID;
        auctreg__wf_reset_reviews(app, rules);
        break;
    case AUCTREG_ACTION_SUBMIT:
    case AUCTREG_ACTION_RESUBMIT:
        app->num[AUCTREG_APP_SUBMITTED_AT] = now;
        app->num[AUCTREG_APP_SUBMIT_COUNT]++;
        auctreg__wf_reset_reviews(app, rules);
        break;
    case AUCTREG_ACTION_EDIT:
        if (from != AUCTREG_STATE_DRAFT)
            auctreg__wf_reset_reviews(app, rules);
        if (from >= AUCTREG_STATE_ENTERPRISE_REVIEW && from <= AUCTREG_STATE_NATIONAL_REVIEW) {
            app->num[AUCTREG_APP_SUBMITTED_AT] = now;
            app->num[AUCTREG_APP_SUBMIT_COUNT]++;
        }
        break;
    case AUCTREG_ACTION_CHOOSE_FEE: {
        int64_t due = 0;
        auctreg_app_type t = (auctreg_app_type)app->num[AUCTREG_APP_TYPE];
        if (ctx->choice == AUCTREG_FEE_REGISTRATION)
            due = (t >= AUCTREG_TYPE_RENEWAL && t <= AUCTREG_TYPE_FIRST) ? rules->fee[t] : 0;
        else if (ctx->choice == AUCTREG_FEE_MEMBERSHIP)
            due = rules->membership_fee;
        app->num[AUCTREG_APP_FEE_CHOICE] = ctx->choice;
        app->num[AUCTREG_APP_FEE_DUE_FEN] = due;
        /* 未付款 until the fee is paid; 会员免缴 once membership is settled (paid or held). */
        app->num[AUCTREG_APP_PAY_STATUS] =
            ctx->choice == AUCTREG_FEE_ALREADY_MEMBER ? AUCTREG_PAY_MEMBER_EXEMPT : AUCTREG_PAY_UNPAID;
        if (row->to == AUCTREG_STATE_ENTERPRISE_REVIEW)
            auctreg__wf_reset_reviews(app, rules);
        break;
    }
    case AUCTREG_ACTION_CONFIRM_PAYMENT:
        app->num[AUCTREG_APP_PAY_STATUS] = app->num[AUCTREG_APP_FEE_CHOICE] == AUCTREG_FEE_MEMBERSHIP
                                               ? AUCTREG_PAY_MEMBER_EXEMPT
                                               : AUCTREG_PAY_PAID;
        auctreg__wf_reset_reviews(app, rules);
        break;
    case AUCTREG_ACTION_APPROVE_ENTERPRISE:
    case AUCTREG_ACTION_APPROVE_PROVINCE:
    case AUCTREG_ACTION_APPROVE_NATIONAL:
    case AUCTREG_ACTION_REJECT_ENTERPRISE:
    case AUCTREG_ACTION_REJECT_PROVINCE:
    case AUCTREG_ACTION_REJECT_NATIONAL:
        app->review[level].status = is_reject(action) ? AUCTREG_REVIEW_REJECTED : AUCTREG_REVIEW_APPROVED;
        auctreg__mfree(app->review[level].opinion);
        app->review[level].opinion = opinion;
        opinion = NULL;
        app->review[level].decided_at = now;
        break;
    case AUCTREG_ACTION_WITHDRAW: break;
    }
    auctreg__mfree(opinion);
    app->num[AUCTREG_APP_STATE] = row->to;
    app->num[AUCTREG_APP_VERSION]++;
    app->num[AUCTREG_APP_UPDATED_AT] = now;
    return 0;
}

/* ------------------------------------------------------------------ public context */

struct auctreg_wf_context {
    auctreg__wf_ctx c;
    char *actor;
    char *opinion;
    bool has_rules;
    struct auctreg_rules rules;
};

int auctreg_wf_context_new(auctreg_wf_context **out)
{
    if (!out)
        return auctreg__null_arg("auctreg_wf_context_new", "out");
    auctreg_wf_context *c = auctreg__calloc(1, sizeof *c);
    if (!c)
        return auctreg__oom();
    c->c.role = AUCTREG_ROLE_APPLICANT;
    c->c.actor = "";
    *out = c;
    return 0;
}

void auctreg_wf_context_free(auctreg_wf_context *ctx)
{
    if (!ctx)
        return;
    auctreg__mfree(ctx->actor);
    auctreg__mfree(ctx->opinion);
    auctreg__mfree(ctx);
}

int auctreg_wf_context_set_actor(auctreg_wf_context *ctx, auctreg_role role, const char *actor_id)
{
    if (!ctx)
        return auctreg__null_arg("auctreg_wf_context_set_actor", "ctx");
    if ((unsigned)role > AUCTREG_ROLE_SYSTEM)
        return auctreg__fail(AUCTREG_EINVAL, "role.unknown", "未知的角色：%d", "unknown role: %d", (int)role);
    int rc = auctreg__check_text("actor_id", actor_id ? actor_id : "", 256, false);
    if (rc)
        return rc;
    char *a = auctreg__strdup(actor_id ? actor_id : "");
    if (!a)
        return auctreg__oom();
    auctreg__mfree(ctx->actor);
    ctx->actor = a;
    ctx->c.actor = a;
    ctx->c.role = role;
    return 0;
}

int auctreg_wf_context_set_time(auctreg_wf_context *ctx, const char *today, int64_t now_us)
{
    if (!ctx || !today)
        return auctreg__null_arg("auctreg_wf_context_set_time", !ctx ? "ctx" : "today");
    if (!auctreg__date_parse(today, NULL, NULL, NULL))
        return auctreg__fail(AUCTREG_EINVAL, "date.format", "日期格式应为 YYYY-MM-DD：%s",
                             "date must be YYYY-MM-DD: %s", today);
    if (now_us < 0)
        return auctreg__fail(AUCTREG_EINVAL, "field.range", "时间不能为负数", "time must not be negative");
    memcpy(ctx->c.today, today, 11);
    ctx->c.now_us = now_us;
    return 0;
}

int auctreg_wf_context_set_rules(auctreg_wf_context *ctx, const auctreg_rules *rules)
{
    if (!ctx)
        return auctreg__null_arg("auctreg_wf_context_set_rules", "ctx");
    if (rules) {
        ctx->rules = *rules;
        ctx->has_rules = true;
        ctx->c.rules = &ctx->rules;
    } else {
        ctx->has_rules = false;
        ctx->c.rules = NULL;
    }
    return 0;
}

int auctreg_wf_context_set_facts(auctreg_wf_context *ctx, int member, int enterprise_preparing)
{
    if (!ctx)
        return auctreg__null_arg("auctreg_wf_context_set_facts", "ctx");
    ctx->c.member = member != 0;
    ctx->c.preparing = enterprise_preparing != 0;
    return 0;
}

int auctreg_wf_context_set_params(auctreg_wf_context *ctx, auctreg_fee_choice choice, const char *opinion)
{
    if (!ctx)
        return auctreg__null_arg("auctreg_wf_context_set_params", "ctx");
    if ((unsigned)choice > AUCTREG_FEE_ALREADY_MEMBER)
        return auctreg__fail(AUCTREG_EINVAL, "fee.choice.invalid", "费用选择无效：%d", "invalid fee choice: %d",
                             (int)choice);
    char *o = NULL;
    if (opinion) {
        int rc = auctreg__check_text("opinion", opinion, AUCTREG_APP_TEXT_MAX, true);
        if (rc)
            return rc;
        if (!(o = auctreg__strdup(opinion)))
            return auctreg__oom();
    }
    auctreg__mfree(ctx->opinion);
    ctx->opinion = o;
    ctx->c.opinion = o;
    ctx->c.choice = choice;
    return 0;
}

/* ------------------------------------------------------------------ public queries */

struct auctreg_blockers {
    auctreg__problems p;
};

int auctreg_workflow_available(const auctreg_application *app, const auctreg_wf_context *ctx, uint32_t *mask)
{
    if (!app || !ctx || !mask)
        return auctreg__null_arg("auctreg_workflow_available", !app ? "app" : !ctx ? "ctx" : "mask");
    return auctreg__wf_available(app, &ctx->c, mask);
}

int auctreg__wf_available(const auctreg_application *app, const auctreg__wf_ctx *ctx, uint32_t *mask)
{
    uint32_t m = 0;
    for (int a = 0; a < AUCTREG_ACTION_COUNT; a++) {
        auctreg__problems p = AUCTREG__PROBLEMS_INIT;
        int kinds = 0;
        auctreg__wf_evaluate(app, ctx, (auctreg_action)a, true, &p, &kinds);
        bool oom = p.oom;
        auctreg__problems_free(&p);
        if (oom)
            return auctreg__oom();
        if (!kinds)
            m |= AUCTREG_ACTION_BIT(a);
    }
    *mask = m;
    return 0;
}

int auctreg_workflow_blockers(const auctreg_application *app, const auctreg_wf_context *ctx, auctreg_action action,
                              auctreg_blockers **out)
{
    if (!app || !ctx || !out)
        return auctreg__null_arg("auctreg_workflow_blockers", !app ? "app" : !ctx ? "ctx" : "out");
    return auctreg__wf_blockers(app, &ctx->c, action, out);
}

int auctreg__wf_blockers(const auctreg_application *app, const auctreg__wf_ctx *ctx, auctreg_action action,
                         auctreg_blockers **out)
{
    if ((unsigned)action >= AUCTREG_ACTION_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "action.unknown", "未知的操作：%d", "unknown action: %d", (int)action);
    auctreg_blockers *b = auctreg__calloc(1, sizeof *b);
    if (!b)
        return auctreg__oom();
    int kinds = 0;
    auctreg__wf_evaluate(app, ctx, action, false, &b->p, &kinds);
    if (b->p.oom) {
        auctreg_blockers_free(b);
        return auctreg__oom();
    }
    *out = b;
    return 0;
}

int auctreg_workflow_apply(auctreg_application *app, const auctreg_wf_context *ctx, auctreg_action action)
{
    if (!app || !ctx)
        return auctreg__null_arg("auctreg_workflow_apply", !app ? "app" : "ctx");
    return auctreg__wf_apply(app, &ctx->c, action);
}

size_t auctreg_blockers_count(const auctreg_blockers *b) { return b ? b->p.count : 0; }

const char *auctreg_blockers_reason(const auctreg_blockers *b, size_t i)
{
    return b && i < b->p.count ? b->p.items[i].reason : NULL;
}

const char *auctreg_blockers_field(const auctreg_blockers *b, size_t i)
{
    return b && i < b->p.count ? b->p.items[i].field : NULL;
}

const char *auctreg_blockers_message(const auctreg_blockers *b, size_t i, auctreg_lang lang)
{
    if (!b || i >= b->p.count)
        return NULL;
    return lang == AUCTREG_LANG_EN ? b->p.items[i].msg_en : b->p.items[i].msg_zh;
}

void auctreg_blockers_free(auctreg_blockers *b)
{
    if (!b)
        return;
    auctreg__problems_free(&b->p);
    auctreg__mfree(b);
}

/* ------------------------------------------------------------------ diagrams */

static void guards_text(auctreg__buf *b, unsigned guards, const char *sep)
{
    bool first = true;
    for (int g = 0; g < G_COUNT; g++)
        if (guards & (1u << g)) {
            auctreg__buf_printf(b, "%s%s", first ? "" : sep, guard_names[g]);
            first = false;
        }
}

static void roles_text(auctreg__buf *b, unsigned roles)
{
    bool first = true;
    for (int r = 0; r <= AUCTREG_ROLE_SYSTEM; r++)
        if (roles & ROLE(r)) {
            auctreg__buf_printf(b, "%s%s", first ? "" : "|", auctreg_enum_code(AUCTREG_ENUM_ROLE, r));
            first = false;
        }
}

static const char *route_text(route r)
{
    switch (r) {
    case R_CHAIN_PROVINCE: return "chain has province";
    case R_CHAIN_NO_PROVINCE: return "chain skips province";
    case R_CHOICE_PAYS: return "registration or membership fee";
    case R_CHOICE_MEMBER: return "already a member";
    default: return NULL;
    }
}

static void edge_label(auctreg__buf *b, const wf_row *r, const char *nl)
{
    auctreg__buf_printf(b, "%s%s(", actions[r->action].code, nl);
    roles_text(b, r->roles);
    auctreg__buf_puts(b, ")");
    const char *rt = route_text(r->route);
    if (rt || r->guards) {
        auctreg__buf_printf(b, "%s[", nl);
        if (rt)
            auctreg__buf_printf(b, "%s%s", rt, r->guards ? "; " : "");
        guards_text(b, r->guards, "; ");
        auctreg__buf_puts(b, "]");
    }
}

char *auctreg_workflow_dot(void)
{
    auctreg__buf b = AUCTREG__BUF_INIT;
    auctreg__buf_puts(&b, "digraph auctreg_workflow {\n"
                          "  rankdir=TB;\n"
                          "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
                          "  edge [fontname=\"Helvetica\", fontsize=10];\n"
                          "  NONE [shape=point, label=\"\"];\n");
    for (int s = AUCTREG_STATE_DRAFT; s <= AUCTREG_STATE_WITHDRAWN; s++) {
        bool final = s == AUCTREG_STATE_APPROVED || s == AUCTREG_STATE_WITHDRAWN;
        auctreg__buf_printf(&b, "  %s [label=\"%s\\n%s\"%s];\n", state_code(s), state_code(s), state_zh(s),
                            final ? ", peripheries=2" : "");
    }
    for (size_t i = 0; i < TABLE_LEN; i++) {
        auctreg__buf_printf(&b, "  %s -> %s [label=\"", state_code(table[i].from), state_code(table[i].to));
        edge_label(&b, &table[i], "\\n");
        auctreg__buf_puts(&b, "\"];\n");
    }
    auctreg__buf_puts(&b, "}\n");
    char *s = auctreg__buf_detach(&b);
    if (!s)
        auctreg__oom();
    return s;
}

char *auctreg_workflow_mermaid(void)
{
    auctreg__buf b = AUCTREG__BUF_INIT;
    auctreg__buf_puts(&b, "stateDiagram-v2\n");
    for (size_t i = 0; i < TABLE_LEN; i++) {
        const char *from = table[i].from == AUCTREG_STATE_NONE ? "[*]" : state_code(table[i].from);
        auctreg__buf_printf(&b, "    %s --> %s: ", from, state_code(table[i].to));
        edge_label(&b, &table[i], " ");
        auctreg__buf_puts(&b, "\n");
    }
    auctreg__buf_puts(&b, "    APPROVED --> [*]\n    WITHDRAWN --> [*]\n");
    char *s = auctreg__buf_detach(&b);
    if (!s)
        auctreg__oom();
    return s;
}
