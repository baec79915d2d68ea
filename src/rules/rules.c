/* Per-year rules: fees, membership fee, CE minimum, windows, review chains (auctreg/rules.h). */
#include <stdio.h>
#include <string.h>

#include "rules/rules_internal.h"
#include "util/util.h"

#define FEE_MAX 100000000 /* 1,000,000.00 yuan: far above any real fee, catches unit mistakes */
#define CE_MAX 100000

static const char *const window_codes[AUCTREG_WINDOW_COUNT] = {"APPLICANT", "ENTERPRISE", "PROVINCE",
                                                               "NATIONAL"};

void auctreg__rules_defaults(struct auctreg_rules *r, int year)
{
    memset(r, 0, sizeof *r);
    r->year = year;
    r->fee[AUCTREG_TYPE_RENEWAL] = 1000;
    r->fee[AUCTREG_TYPE_REREGISTRATION] = 1000;
    r->fee[AUCTREG_TYPE_FIRST] = 2000;
    r->membership_fee = 100000;
    r->ce_min_tenths = 450;
    /* Beijing registrants skip the provincial level (DOMAIN.md facts). */
    r->chain[11] = AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_ENTERPRISE) | AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_NATIONAL);
}

int auctreg_rules_new(auctreg_rules **out, int year)
{
    if (!out)
        return auctreg__null_arg("auctreg_rules_new", "out");
    if (year < 1900 || year > 9999)
        return auctreg__fail(AUCTREG_EINVAL, "rules.year.range", "注册年度超出范围：%d",
                             "registration year out of range: %d", year);
    auctreg_rules *r = auctreg__malloc(sizeof *r);
    if (!r)
        return auctreg__oom();
    auctreg__rules_defaults(r, year);
    *out = r;
    return 0;
}

int auctreg_rules_dup(auctreg_rules **out, const auctreg_rules *src)
{
    if (!out || !src)
        return auctreg__null_arg("auctreg_rules_dup", !out ? "out" : "src");
    auctreg_rules *r = auctreg__malloc(sizeof *r);
    if (!r)
        return auctreg__oom();
    *r = *src;
    *out = r;
    return 0;
}

void auctreg_rules_free(auctreg_rules *rules) { auctreg__mfree(rules); }

int auctreg_rules_year(const auctreg_rules *rules) { return rules ? rules->year : 0; }

static bool type_ok(auctreg_app_type t)
{
    return t == AUCTREG_TYPE_RENEWAL || t == AUCTREG_TYPE_REREGISTRATION || t == AUCTREG_TYPE_FIRST;
}

static int bad_type(int t)
{
    return auctreg__fail(AUCTREG_EINVAL, "rules.type.unknown", "未知的注册类型：%d",
                         "unknown registration type: %d", t);
}

static int bad_fee(int64_t fen)
{
    return auctreg__fail(AUCTREG_EINVAL, "rules.fee.range", "费用超出范围（0 至 %d 分）：%lld",
                         "fee out of range (0 to %d fen): %lld", FEE_MAX, (long long)fen);
}

int auctreg_rules_set_fee(auctreg_rules *rules, auctreg_app_type type, int64_t fen)
{
    if (!rules)
        return auctreg__null_arg("auctreg_rules_set_fee", "rules");
    if (!type_ok(type))
        return bad_type((int)type);
    if (fen < 0 || fen > FEE_MAX)
        return bad_fee(fen);
    rules->fee[type] = fen;
    return 0;
}

int64_t auctreg_rules_fee(const auctreg_rules *rules, auctreg_app_type type)
{
    return rules && type_ok(type) ? rules->fee[type] : -1;
}

int auctreg_rules_set_membership_fee(auctreg_rules *rules, int64_t fen)
{
    if (!rules)
        return auctreg__null_arg("auctreg_rules_set_membership_fee", "rules");
    if (fen < 0 || fen > FEE_MAX)
        return bad_fee(fen);
    rules->membership_fee = fen;
    return 0;
}

int64_t auctreg_rules_membership_fee(const auctreg_rules *rules) { return rules ? rules->membership_fee : -1; }

int auctreg_rules_set_ce_min_tenths(auctreg_rules *rules, int64_t tenths)
{
    if (!rules)
        return auctreg__null_arg("auctreg_rules_set_ce_min_tenths", "rules");
    if (tenths < 0 || tenths > CE_MAX)
        return auctreg__fail(AUCTREG_EINVAL, "rules.ce.range", "继续教育学时下限超出范围：%lld",
                             "CE minimum out of range: %lld", (long long)tenths);
    rules->ce_min_tenths = tenths;
    return 0;
}

int64_t auctreg_rules_ce_min_tenths(const auctreg_rules *rules) { return rules ? rules->ce_min_tenths : -1; }

static int bad_window(int w)
{
    return auctreg__fail(AUCTREG_EINVAL, "rules.window.unknown", "未知的申请时段：%d", "unknown window: %d", w);
}

int auctreg_rules_set_window(auctreg_rules *rules, auctreg_window window, const char *opens, const char *closes)
{
    if (!rules)
        return auctreg__null_arg("auctreg_rules_set_window", "rules");
    if ((unsigned)window >= AUCTREG_WINDOW_COUNT)
        return bad_window((int)window);
    opens = opens ? opens : "";
    closes = closes ? closes : "";
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    char path[40];
    if (*opens && !auctreg__date_parse(opens, NULL, NULL, NULL)) {
        snprintf(path, sizeof path, "windows[%d].opens", (int)window);
        auctreg__problems_add(&p, path, "rules.window.date", "日期格式应为 YYYY-MM-DD：%s",
                              "date must be YYYY-MM-DD: %s", opens);
    }
    if (*closes && !auctreg__date_parse(closes, NULL, NULL, NULL)) {
        snprintf(path, sizeof path, "windows[%d].closes", (int)window);
        auctreg__problems_add(&p, path, "rules.window.date", "日期格式应为 YYYY-MM-DD：%s",
                              "date must be YYYY-MM-DD: %s", closes);
    }
    if (p.count || p.oom)
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "rules.window.date", "申请时段日期无效",
                                      "invalid window date");
    if (*opens && *closes && strcmp(closes, opens) < 0)
        return auctreg__fail(AUCTREG_EINVAL, "rules.window.order", "截止日期 %s 早于开始日期 %s",
                             "closing date %s is before opening date %s", closes, opens);
    memcpy(rules->opens[window], opens, strlen(opens) + 1);
    memcpy(rules->closes[window], closes, strlen(closes) + 1);
    return 0;
}

int auctreg_rules_window(const auctreg_rules *rules, auctreg_window window, const char **opens,
                         const char **closes)
{
    if (!rules)
        return auctreg__null_arg("auctreg_rules_window", "rules");
    if ((unsigned)window >= AUCTREG_WINDOW_COUNT)
        return bad_window((int)window);
    if (opens)
        *opens = rules->opens[window];
    if (closes)
        *closes = rules->closes[window];
    return 0;
}

int auctreg__rules_window_status(const struct auctreg_rules *r, auctreg_window w, const char *today)
{
    /* ISO dates compare correctly as strings. */
    if (r->opens[w][0] && strcmp(today, r->opens[w]) < 0)
        return AUCTREG_WINDOW_NOT_OPEN;
    if (r->closes[w][0] && strcmp(today, r->closes[w]) > 0)
        return AUCTREG_WINDOW_CLOSED;
    return AUCTREG_WINDOW_IS_OPEN;
}

int auctreg_rules_window_check(const auctreg_rules *rules, auctreg_window window, const char *today, int *status)
{
    if (!rules || !today || !status)
        return auctreg__null_arg("auctreg_rules_window_check", !rules ? "rules" : !today ? "today" : "status");
    if ((unsigned)window >= AUCTREG_WINDOW_COUNT)
        return bad_window((int)window);
    if (!auctreg__date_parse(today, NULL, NULL, NULL))
        return auctreg__fail(AUCTREG_EINVAL, "date.format", "日期格式应为 YYYY-MM-DD：%s",
                             "date must be YYYY-MM-DD: %s", today);
    *status = auctreg__rules_window_status(rules, window, today);
    return 0;
}

int auctreg_rules_set_chain(auctreg_rules *rules, int province, unsigned mask)
{
    if (!rules)
        return auctreg__null_arg("auctreg_rules_set_chain", "rules");
    if (province < 11 || province >= AUCTREG__PROVINCE_SLOTS)
        return auctreg__fail(AUCTREG_EINVAL, "rules.province.range", "省级行政区划代码无效：%d",
                             "invalid province code: %d", province);
    const unsigned must = AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_ENTERPRISE) | AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_NATIONAL);
    if ((mask & ~AUCTREG_CHAIN_FULL) || (mask & must) != must)
        return auctreg__fail(AUCTREG_EINVAL, "rules.chain.invalid",
                             "审核链无效（%u）：拍卖企业和中拍协审核不能省略，只能省略省拍协审核",
                             "invalid review chain (%u): the enterprise and national levels are mandatory, "
                             "only the provincial level may be skipped", mask);
    rules->chain[province] = (uint8_t)mask;
    return 0;
}

unsigned auctreg__rules_chain(const struct auctreg_rules *r, int province)
{
    if (province < 0 || province >= AUCTREG__PROVINCE_SLOTS || r->chain[province] == 0)
        return AUCTREG_CHAIN_FULL;
    return r->chain[province];
}

unsigned auctreg_rules_chain(const auctreg_rules *rules, int province)
{
    return rules ? auctreg__rules_chain(rules, province) : 0;
}

int auctreg_rules_amount_due(const auctreg_rules *rules, auctreg_app_type type, auctreg_fee_choice choice,
                             int64_t *fen)
{
    if (!rules || !fen)
        return auctreg__null_arg("auctreg_rules_amount_due", !rules ? "rules" : "fen");
    if (!type_ok(type))
        return bad_type((int)type);
    switch (choice) {
    case AUCTREG_FEE_REGISTRATION: *fen = rules->fee[type]; return 0;
    case AUCTREG_FEE_MEMBERSHIP: *fen = rules->membership_fee; return 0;
    case AUCTREG_FEE_ALREADY_MEMBER: *fen = 0; return 0;
    default:
        return auctreg__fail(AUCTREG_EINVAL, "fee.choice.invalid", "费用选择无效：%d", "invalid fee choice: %d",
                             (int)choice);
    }
}

const char *auctreg_window_code(auctreg_window window)
{
    return (unsigned)window < AUCTREG_WINDOW_COUNT ? window_codes[window] : NULL;
}
