/* Codes and display names of the shared enumerations (auctreg/types.h). */
#include <string.h>

#include "auctreg/types.h"
#include "util/util.h"

typedef struct enum_entry {
    int value;
    const char *code, *zh, *en;
} enum_entry;

static const enum_entry app_types[] = {
    {AUCTREG_TYPE_UNSET, "UNSET", "未确定", "Not decided"},
    {AUCTREG_TYPE_RENEWAL, "RENEWAL", "拍卖师注册", "Renewal"},
    {AUCTREG_TYPE_REREGISTRATION, "REREGISTRATION", "拍卖师再注册", "Re-registration"},
    {AUCTREG_TYPE_FIRST, "FIRST", "拍卖师首次注册", "First registration"},
};
static const enum_entry app_states[] = {
    {AUCTREG_STATE_NONE, "NONE", "未创建", "Not created"},
    {AUCTREG_STATE_DRAFT, "DRAFT", "草稿", "Draft"},
    {AUCTREG_STATE_SUBMITTED, "SUBMITTED", "已提交", "Submitted"},
    {AUCTREG_STATE_AWAITING_PAYMENT, "AWAITING_PAYMENT", "待付款", "Awaiting payment"},
    {AUCTREG_STATE_ENTERPRISE_REVIEW, "ENTERPRISE_REVIEW", "企业审核中", "Enterprise review"},
    {AUCTREG_STATE_PROVINCE_REVIEW, "PROVINCE_REVIEW", "省拍协审核中", "Provincial review"},
    {AUCTREG_STATE_NATIONAL_REVIEW, "NATIONAL_REVIEW", "中拍协审核中", "National review"},
    {AUCTREG_STATE_REJECTED, "REJECTED", "驳回", "Rejected"},
    {AUCTREG_STATE_APPROVED, "APPROVED", "已通过", "Approved"},
    {AUCTREG_STATE_WITHDRAWN, "WITHDRAWN", "已撤回", "Withdrawn"},
};
static const enum_entry levels[] = {
    {AUCTREG_LEVEL_ENTERPRISE, "ENTERPRISE", "拍卖企业", "Enterprise"},
    {AUCTREG_LEVEL_PROVINCE, "PROVINCE", "省拍协", "Provincial association"},
    {AUCTREG_LEVEL_NATIONAL, "NATIONAL", "中拍协", "National association"},
};
static const enum_entry review_statuses[] = {
    {AUCTREG_REVIEW_PENDING, "PENDING", "待审核", "Pending"},
    {AUCTREG_REVIEW_APPROVED, "APPROVED", "已通过", "Approved"},
    {AUCTREG_REVIEW_REJECTED, "REJECTED", "驳回", "Rejected"},
    {AUCTREG_REVIEW_SKIPPED, "SKIPPED", "不适用", "Not applicable"},
};
static const enum_entry pay_statuses[] = {
    {AUCTREG_PAY_UNPAID, "UNPAID", "未付款", "Unpaid"},
    {AUCTREG_PAY_PAID, "PAID", "已付款", "Paid"},
    {AUCTREG_PAY_MEMBER_EXEMPT, "MEMBER_EXEMPT", "会员免缴", "Member exempt"},
};
static const enum_entry fee_choices[] = {
    {AUCTREG_FEE_NONE, "NONE", "未选择", "Not chosen"},
    {AUCTREG_FEE_REGISTRATION, "REGISTRATION", "缴纳注册费", "Registration fee"},
    {AUCTREG_FEE_MEMBERSHIP, "MEMBERSHIP", "入会缴纳会费", "Membership fee"},
    {AUCTREG_FEE_ALREADY_MEMBER, "ALREADY_MEMBER", "已是会员", "Already a member"},
};
static const enum_entry roles[] = {
    {AUCTREG_ROLE_APPLICANT, "applicant", "拍卖师", "Applicant"},
    {AUCTREG_ROLE_ENTERPRISE, "enterprise", "拍卖企业", "Enterprise reviewer"},
    {AUCTREG_ROLE_PROVINCE, "province", "省拍协", "Provincial reviewer"},
    {AUCTREG_ROLE_NATIONAL, "national", "中拍协", "National reviewer"},
    {AUCTREG_ROLE_ADMIN, "admin", "管理员", "Administrator"},
    {AUCTREG_ROLE_SYSTEM, "system", "系统", "System"},
};

#define TABLE(t) {t, sizeof t / sizeof t[0]}
static const struct {
    const enum_entry *items;
    size_t n;
} tables[] = {
    TABLE(app_types), TABLE(app_states), TABLE(levels), TABLE(review_statuses),
    TABLE(pay_statuses), TABLE(fee_choices), TABLE(roles),
};

static const enum_entry *find(auctreg_enum_kind kind, int value)
{
    if ((unsigned)kind >= sizeof tables / sizeof tables[0])
        return NULL;
    for (size_t i = 0; i < tables[kind].n; i++)
        if (tables[kind].items[i].value == value)
            return &tables[kind].items[i];
    return NULL;
}

const char *auctreg_enum_code(auctreg_enum_kind kind, int value)
{
    const enum_entry *e = find(kind, value);
    return e ? e->code : NULL;
}

const char *auctreg_enum_label(auctreg_enum_kind kind, int value, auctreg_lang lang)
{
    const enum_entry *e = find(kind, value);
    if (!e)
        return NULL;
    return lang == AUCTREG_LANG_EN ? e->en : e->zh;
}

int auctreg_enum_from_code(auctreg_enum_kind kind, const char *code, int *out)
{
    if (!code || !out)
        return auctreg__null_arg("auctreg_enum_from_code", !code ? "code" : "out");
    if ((unsigned)kind < sizeof tables / sizeof tables[0])
        for (size_t i = 0; i < tables[kind].n; i++)
            if (strcmp(tables[kind].items[i].code, code) == 0) {
                *out = tables[kind].items[i].value;
                return 0;
            }
    return auctreg__fail(AUCTREG_ENOTFOUND, "enum.unknown", "未知的代码：%s", "unknown code: %s", code);
}
