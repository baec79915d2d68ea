/*
 * `auctreg demo`: the stories of the association's operation manual, end to end, on a fresh
 * registry file, through the public API only. Every step checks that the library answered as
 * the rules say (an expected refusal must be refused, with its reason); the demo exits non-zero
 * otherwise. The data is realistic and valid: ID numbers and credit codes carry their real check
 * characters, division codes are real.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "commands.h"

#define DEMO_TODAY "2025-11-20" /* the 2026 registration opened in November 2025 */

typedef struct demo {
    cli *c;
    auctreg_registry *r;
    int step;
    int failures;
} demo;

static const char *T(demo *d, const char *zh, const char *en) { return cli_t(d->c, zh, en); }

static void title(demo *d, const char *zh, const char *en)
{
    fprintf(d->c->out, "\n[%d] %s\n", ++d->step, T(d, zh, en));
}

/* A step that must succeed. */
static bool ok(demo *d, int rc, const char *zh, const char *en)
{
    if (rc == 0) {
        fprintf(d->c->out, "    ✓ %s\n", T(d, zh, en));
        return true;
    }
    fprintf(d->c->out, "    ✗ %s: %s [%s] %s\n", T(d, zh, en), auctreg_status_name(rc), auctreg_error_reason(),
            auctreg_error_message());
    for (size_t i = 0; i < auctreg_error_problem_count(); i++)
        fprintf(d->c->out, "        - %s [%s] %s\n", auctreg_error_problem_field(i), auctreg_error_problem_reason(i),
                auctreg_error_problem_message(i));
    d->failures++;
    return false;
}

/* A step the rules must refuse with `code`, listing `reason` (as the status reason or a problem). */
static bool refused(demo *d, int rc, int code, const char *reason, const char *zh, const char *en)
{
    bool found = rc == code && strcmp(auctreg_error_reason(), reason) == 0;
    for (size_t i = 0; rc == code && !found && i < auctreg_error_problem_count(); i++)
        found = strcmp(auctreg_error_problem_reason(i), reason) == 0;
    if (found) {
        const char *msg = auctreg_error_message();
        for (size_t i = 0; i < auctreg_error_problem_count(); i++)
            if (strcmp(auctreg_error_problem_reason(i), reason) == 0)
                msg = auctreg_error_problem_message(i);
        fprintf(d->c->out, "    ✓ %s: %s %s — %s\n", T(d, zh, en), auctreg_status_name(rc), reason, msg);
        return true;
    }
    fprintf(d->c->out, "    ✗ %s: %s %s %s, %s %s [%s]\n", T(d, zh, en), T(d, "应被拒绝", "expected refusal"),
            auctreg_status_name(code), reason, T(d, "实际", "got"), auctreg_status_name(rc),
            rc ? auctreg_error_reason() : "");
    d->failures++;
    return false;
}

static void note(demo *d, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
static void note(demo *d, const char *fmt, ...)
{
    va_list ap;
    fputs("      ", d->c->out);
    va_start(ap, fmt);
    vfprintf(d->c->out, fmt, ap);
    va_end(ap);
    fputc('\n', d->c->out);
}

static int64_t app_int(demo *d, auctreg_role role, const char *actor, int64_t id, auctreg_app_field f)
{
    auctreg_application *app = NULL;
    int64_t v = -1;
    if (auctreg_registry_get_application(d->r, role, actor, id, &app) == 0)
        v = auctreg_application_get_int(app, f);
    auctreg_application_free(app);
    return v;
}

static void show_state(demo *d, auctreg_role role, const char *actor, int64_t id)
{
    auctreg_application *app = NULL;
    if (auctreg_registry_get_application(d->r, role, actor, id, &app) != 0)
        return;
    char due[32];
    note(d, "#%" PRId64 " %" PRId64 " %s · %s · %s · %s %s %s", id, auctreg_application_get_int(app, AUCTREG_APP_YEAR),
         auctreg_enum_label(AUCTREG_ENUM_APP_TYPE, (int)auctreg_application_get_int(app, AUCTREG_APP_TYPE), d->c->lang),
         auctreg_enum_label(AUCTREG_ENUM_APP_STATE, (int)auctreg_application_get_int(app, AUCTREG_APP_STATE), d->c->lang),
         auctreg_enum_label(AUCTREG_ENUM_PAY_STATUS, (int)auctreg_application_get_int(app, AUCTREG_APP_PAY_STATUS),
                            d->c->lang),
         T(d, "应付", "due"), cli_fmt_fen(auctreg_application_get_int(app, AUCTREG_APP_FEE_DUE_FEN), due, sizeof due),
         T(d, "元", "yuan"));
    auctreg_application_free(app);
}

/* A minimal but well-formed one-page PDF: what a scanned letter looks like to the library. */
static const char demo_pdf[] =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    "trailer<</Root 1 0 R>>\n%%EOF\n";

/* ---------------------------------------------------------------- master data */

typedef struct demo_person {
    const char *mgmt_no, *name, *enterprise;
    const char *fields[AUCTREG_PERSON_FIELD_COUNT];
} demo_person;

#define ENT_NANJING "91320100134782562N" /* 江苏金陵拍卖有限公司, 南京 */
#define ENT_SUZHOU "91320500725836411E"  /* 苏州姑苏拍卖有限公司, 苏州 */
#define ENT_HANGZHOU "91330100MA2B7K4N7P" /* 杭州西湖拍卖有限公司（筹）, 杭州, in preparation */
#define ENT_BEIJING "91110105102938470R" /* 北京朝阳拍卖有限公司, 北京 */

static int load_master_data(demo *d)
{
    const char *admin = "admin";
    struct {
        const char *uscc, *name;
        int province;
        auctreg_enterprise_status status;
    } ents[] = {
        {ENT_NANJING, "江苏金陵拍卖有限公司", 32, AUCTREG_ENTERPRISE_ACTIVE},
        {ENT_SUZHOU, "苏州姑苏拍卖有限公司", 32, AUCTREG_ENTERPRISE_ACTIVE},
        {ENT_HANGZHOU, "杭州西湖拍卖有限公司（筹）", 33, AUCTREG_ENTERPRISE_PREPARING},
        {ENT_BEIJING, "北京朝阳拍卖有限公司", 11, AUCTREG_ENTERPRISE_ACTIVE},
    };
    for (size_t i = 0; i < sizeof ents / sizeof ents[0]; i++) {
        int rc = auctreg_registry_put_enterprise(d->r, AUCTREG_ROLE_ADMIN, admin, ents[i].uscc, ents[i].name,
                                                 ents[i].province, ents[i].status, NULL);
        if (!ok(d, rc, "拍卖企业", "enterprise"))
            return rc;
        note(d, "%s  %s  %02d%s", ents[i].uscc, ents[i].name, ents[i].province,
             ents[i].status == AUCTREG_ENTERPRISE_PREPARING ? T(d, "  筹建", "  in preparation") : "");
    }
    /* name gender id_type id_number id_valid_until mgmt_no birth_date work_start_date political_status
       ethnicity nationality education postal_code phone email residence_city residence_county address */
    static const demo_person people[] = {
        {"3200115", "张伟", ENT_NANJING,
         {"张伟", "1", "resident_id", "320102197503120018", "2035-06-30", "3200115", "1975-03-12", "1998-07-01", "01",
          "01", "CHN", "21", "210008", "13813905521", "zhangwei@example.com", "320100", "320102",
          "南京市玄武区北京东路 41 号"}},
        {"3200231", "李娜", ENT_SUZHOU,
         {"李娜", "2", "resident_id", "320583198209150042", "2032-10-08", "3200231", "1982-09-15", "2006-03-01", "13",
          "01", "CHN", "14", "215300", "13962418830", "lina@example.com", "320500", "320583",
          "昆山市前进西路 1801 号"}},
        {"3300452", "陈静", ENT_HANGZHOU,
         {"陈静", "2", "resident_id", "330106198804030026", "2036-01-20", "3300452", "1988-04-03", "2012-08-15", "03",
          "01", "CHN", "21", "310013", "13757160294", "chenjing@example.com", "330100", "330106",
          "杭州市西湖区文三路 90 号"}},
        {"1100087", "刘洋", ENT_BEIJING,
         {"刘洋", "1", "resident_id", "110105197906200039", "长期", "1100087", "1979-06-20", "2003-05-01", "01",
          "01", "CHN", "14", "100020", "13601128467", "liuyang@example.com", "110100", "110105",
          "北京市朝阳区建国路 88 号"}},
        {"3200278", "王蓓", ENT_NANJING,
         {"王蓓", "2", "resident_id", "410103198007250027", "2031-03-15", "3200278", "1980-07-25", "2006-09-01", "13",
          "01", "CHN", "21", "210005", "13951876023", "wangbei@example.com", "320100", "320104",
          "南京市秦淮区中山南路 88 号"}},
    };
    for (size_t i = 0; i < sizeof people / sizeof people[0]; i++) {
        auctreg_person *p = NULL;
        int rc = auctreg_person_new(&p);
        for (int f = 0; rc == 0 && f < AUCTREG_PERSON_FIELD_COUNT; f++)
            rc = auctreg_person_set(p, (auctreg_person_field)f, people[i].fields[f]);
        if (rc == 0)
            rc = auctreg_registry_put_auctioneer(d->r, AUCTREG_ROLE_ADMIN, admin, people[i].mgmt_no, people[i].name,
                                                 people[i].enterprise, p);
        auctreg_person_free(p);
        if (!ok(d, rc, "拍卖师", "auctioneer"))
            return rc;
        note(d, "%s  %s  %s  %s %s", people[i].mgmt_no, people[i].name, people[i].fields[AUCTREG_PERSON_ID_NUMBER],
             T(d, "注册单位", "enterprise"), people[i].enterprise);
    }
    /* Legacy registration history (R1 works from the first day) and branch membership. */
    struct {
        const char *mgmt_no;
        int from, to;
    } hist[] = {{"3200115", 2019, 2025}, {"3200231", 2020, 2025}, {"3300452", 2024, 2025}, {"1100087", 2018, 2025}};
    for (size_t i = 0; i < sizeof hist / sizeof hist[0]; i++)
        for (int y = hist[i].from; y <= hist[i].to; y++) {
            int rc = auctreg_registry_import_registration_year(d->r, AUCTREG_ROLE_ADMIN, admin, hist[i].mgmt_no, y);
            if (rc)
                return ok(d, rc, "导入注册年度", "import a registration year"), rc;
        }
    int rc = auctreg_registry_add_membership_year(d->r, AUCTREG_ROLE_ADMIN, admin, "3200231", 2026);
    if (!ok(d, rc, "导入执业注册历史（2018–2025 年）和李娜 2026 年度的分会会员资格",
            "imported the registration history (2018–2025) and 李娜's branch membership for 2026"))
        return rc;
    return 0;
}

static int set_rules(demo *d, int year)
{
    auctreg_rules *rules = NULL;
    int rc = auctreg_registry_get_rules(d->r, year, &rules);
    if (rc == 0 && (rc = auctreg_rules_set_fee(rules, AUCTREG_TYPE_RENEWAL, 1000)) == 0 &&
        (rc = auctreg_rules_set_fee(rules, AUCTREG_TYPE_REREGISTRATION, 1000)) == 0 &&
        (rc = auctreg_rules_set_fee(rules, AUCTREG_TYPE_FIRST, 2000)) == 0 &&
        (rc = auctreg_rules_set_membership_fee(rules, 100000)) == 0 && (rc = auctreg_rules_set_ce_min_tenths(rules, 450)) == 0)
        rc = auctreg_registry_set_rules(d->r, AUCTREG_ROLE_ADMIN, "admin", rules);
    auctreg_rules_free(rules);
    if (ok(d, rc, "2026 年度规则：拍卖师注册费 10 元、再注册 10 元、首次注册 20 元，分会会费 1000.00 元，继续教育不少于 45 学时",
           "2026 rules: renewal 10 yuan, re-registration 10 yuan, first registration 20 yuan, branch membership 1000.00 yuan, at least 45 CE hours"))
        return 0;
    return rc ? rc : AUCTREG_ERROR;
}

/* ---------------------------------------------------------------- the stories */

static bool create(demo *d, const char *mgmt_no, auctreg_application *content, int64_t *id)
{
    int rc = auctreg_registry_create_application(d->r, AUCTREG_ROLE_APPLICANT, mgmt_no, content, id);
    if (!ok(d, rc, "创建注册申请草稿（类型由系统根据执业历史判定）", "draft created (the system decides the type from the history)"))
        return false;
    show_state(d, AUCTREG_ROLE_APPLICANT, mgmt_no, *id);
    return true;
}

static int64_t ver(demo *d, const char *mgmt_no, int64_t id)
{
    return app_int(d, AUCTREG_ROLE_APPLICANT, mgmt_no, id, AUCTREG_APP_VERSION);
}

static bool pay_and_confirm(demo *d, const char *mgmt_no, int64_t id, const char *payer, const char *email,
                            const char *mobile, auctreg_pay_channel ch, const char *bank, const char *txn, bool twice)
{
    char *ref = NULL, *receipt = NULL, amount_s[32];
    int64_t amount = 0;
    int already = 0;
    int rc = auctreg_registry_create_payment_order(d->r, AUCTREG_ROLE_APPLICANT, mgmt_no, id, ver(d, mgmt_no, id), payer,
                                                   email, mobile, ch, bank, &ref, &amount);
    if (!ok(d, rc, "创建付款单", "payment order created"))
        return false;
    note(d, "%s %s, %s %s", T(d, "付款单", "order"), ref, T(d, "总价(元)", "amount (yuan)"),
         cli_fmt_fen(amount, amount_s, sizeof amount_s));
    rc = auctreg_registry_confirm_payment(d->r, AUCTREG_ROLE_ADMIN, "gateway", ref, txn, amount, &already, &receipt);
    bool good = ok(d, rc, "支付平台回调：付款已确认，进入审核", "gateway callback: payment confirmed, review starts");
    if (good)
        note(d, "%s %s", T(d, "回执号", "receipt"), receipt);
    auctreg_free(receipt);
    receipt = NULL;
    if (good && twice) {
        int64_t before = ver(d, mgmt_no, id);
        rc = auctreg_registry_confirm_payment(d->r, AUCTREG_ROLE_ADMIN, "gateway", ref, txn, amount, &already, &receipt);
        good = ok(d, rc, "同一笔交易再次回调", "the same transaction is confirmed again");
        if (good && already && ver(d, mgmt_no, id) == before) {
            note(d, "%s (already = 1, %s %s, %s %" PRId64 ")", T(d, "幂等：未作任何更改", "idempotent: nothing changed"),
                 T(d, "回执号", "receipt"), receipt, T(d, "版本仍为", "version still"), before);
        } else if (good) {
            fprintf(d->c->out, "    ✗ %s\n", T(d, "重复确认改变了申请", "the repeated confirmation changed the application"));
            d->failures++;
            good = false;
        }
        auctreg_free(receipt);
    }
    auctreg_free(ref);
    show_state(d, AUCTREG_ROLE_APPLICANT, mgmt_no, id);
    return good;
}

static bool decide(demo *d, auctreg_role role, const char *actor, int64_t id, auctreg_level level, bool approve,
                   const char *opinion)
{
    int64_t v = app_int(d, role, actor, id, AUCTREG_APP_VERSION);
    int rc = approve ? auctreg_registry_approve(d->r, role, actor, id, v, level, opinion, NULL)
                     : auctreg_registry_reject(d->r, role, actor, id, v, level, opinion, NULL);
    char what[160];
    snprintf(what, sizeof what, "%s%s", auctreg_enum_label(AUCTREG_ENUM_LEVEL, level, d->c->lang),
             approve ? T(d, " 审核通过", ": approved") : T(d, " 驳回", ": rejected"));
    bool good = ok(d, rc, what, what);
    if (good && opinion)
        note(d, "%s: %s", T(d, "审核意见", "opinion"), opinion);
    return good;
}

static bool story_renewal(demo *d)
{
    const char *me = "3200115";
    title(d, "张伟（3200115）拍卖师注册：继续教育只有 44.5 学时，不能提交；补足后提交",
          "张伟 (3200115) renews: with 44.5 CE hours he cannot submit; with enough he can");
    auctreg_application *content = NULL;
    int64_t id = 0;
    bool good = auctreg_application_new(&content) == 0 &&
                auctreg_application_ce_add(content, "拍卖法律法规网络课程", 300) == 0 &&
                auctreg_application_ce_add(content, "拍卖师职业道德与执业规范", 145) == 0 &&
                auctreg_application_practice_add(content, 18, "real_estate", 46505000) == 0 &&
                auctreg_application_practice_add(content, 6, "motor_vehicle", 3120000) == 0;
    good = ok(d, good ? 0 : auctreg_error_code(), "填写执业情况（2 行）和继续教育（30.0 + 14.5 = 44.5 学时）",
              "practice records (2 rows) and CE records (30.0 + 14.5 = 44.5 hours)") &&
           create(d, me, content, &id);
    auctreg_application_free(content);
    if (!good)
        return false;
    int rc = auctreg_registry_submit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (!refused(d, rc, AUCTREG_EINVAL, "ce.hours.insufficient", "提交被拒绝（R3）", "submission refused (R3)"))
        return false;
    auctreg_application *app = NULL;
    rc = auctreg_registry_get_application(d->r, AUCTREG_ROLE_APPLICANT, me, id, &app);
    if (rc == 0)
        rc = auctreg_application_ce_add(app, "拍卖实务案例研讨（面授）", 10);
    if (rc == 0)
        rc = auctreg_registry_save_application(d->r, AUCTREG_ROLE_APPLICANT, me, app, NULL);
    auctreg_application_free(app);
    if (!ok(d, rc, "补充 1.0 学时的面授课程，合计 45.5 学时", "added a 1.0-hour classroom course: 45.5 hours in total"))
        return false;
    rc = auctreg_registry_submit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (!ok(d, rc, "提交成功", "submitted"))
        return false;
    rc = auctreg_registry_choose_fee(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), AUCTREG_FEE_REGISTRATION, NULL);
    if (!ok(d, rc, "不入会，缴纳注册费", "does not join the branch: pays the registration fee"))
        return false;
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    if (!pay_and_confirm(d, me, id, "张伟", "zhangwei@example.com", "13813905521", AUCTREG_CHANNEL_WECHAT, NULL,
                         "4200002025112012345678", false))
        return false;
    good = decide(d, AUCTREG_ROLE_ENTERPRISE, ENT_NANJING, id, AUCTREG_LEVEL_ENTERPRISE, true, "聘用合同在有效期内，同意注册。") &&
           decide(d, AUCTREG_ROLE_PROVINCE, "32", id, AUCTREG_LEVEL_PROVINCE, true, NULL) &&
           decide(d, AUCTREG_ROLE_NATIONAL, "national", id, AUCTREG_LEVEL_NATIONAL, true, NULL);
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    return good;
}

static bool story_member(demo *d)
{
    const char *me = "3200231";
    title(d, "李娜（3200231）拍卖师注册：已是 2026 年度分会会员，免缴注册费",
          "李娜 (3200231) renews: already a branch member for 2026, she pays nothing");
    auctreg_application *content = NULL;
    int64_t id = 0;
    bool good = auctreg_application_new(&content) == 0 &&
                auctreg_application_ce_add(content, "拍卖师网络继续教育（2025 年度）", 450) == 0 &&
                auctreg_application_practice_add(content, 11, "art", 12800000) == 0;
    good = good && create(d, me, content, &id);
    auctreg_application_free(content);
    if (!good)
        return false;
    int rc = auctreg_registry_submit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (!ok(d, rc, "提交成功（45.0 学时）", "submitted (45.0 hours)"))
        return false;
    rc = auctreg_registry_choose_fee(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), AUCTREG_FEE_ALREADY_MEMBER, NULL);
    if (!ok(d, rc, "已是会员：无需付款，直接进入审核（会员免缴）", "already a member: nothing to pay, straight to review (member exempt)"))
        return false;
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    good = decide(d, AUCTREG_ROLE_ENTERPRISE, ENT_SUZHOU, id, AUCTREG_LEVEL_ENTERPRISE, true, NULL);
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    note(d, "%s", T(d, "（留在省拍协待审，可用 queue 查看）", "(left waiting for the provincial association: see `queue`)"));
    return good;
}

static bool story_preparing(demo *d)
{
    const char *me = "3300452";
    title(d, "陈静（3300452）的注册单位处于筹建状态：无企业同意说明不能提交，上传后可以",
          "陈静 (3300452) works for an enterprise in preparation: no submission without its consent letter, then with it");
    auctreg_application *content = NULL;
    int64_t id = 0;
    bool good = auctreg_application_new(&content) == 0 &&
                auctreg_application_ce_add(content, "拍卖师网络继续教育（2025 年度）", 465) == 0;
    good = good && create(d, me, content, &id);
    auctreg_application_free(content);
    if (!good)
        return false;
    int rc = auctreg_registry_submit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (!refused(d, rc, AUCTREG_EINVAL, "enterprise.preparing.consent_missing", "提交被拒绝（R4）", "submission refused (R4)"))
        return false;
    auctreg_application *app = NULL;
    rc = auctreg_registry_get_application(d->r, AUCTREG_ROLE_APPLICANT, me, id, &app);
    if (rc == 0)
        rc = auctreg_application_document_add(app, "consent", "企业同意拍卖师注册说明.pdf", demo_pdf, sizeof demo_pdf - 1);
    if (rc == 0)
        rc = auctreg_registry_save_application(d->r, AUCTREG_ROLE_APPLICANT, me, app, NULL);
    auctreg_application_free(app);
    if (!ok(d, rc, "上传证明材料：企业同意拍卖师注册说明.pdf", "uploaded the enterprise's consent letter (PDF)"))
        return false;
    rc = auctreg_registry_submit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (!ok(d, rc, "提交成功", "submitted"))
        return false;
    rc = auctreg_registry_choose_fee(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), AUCTREG_FEE_REGISTRATION, NULL);
    good = ok(d, rc, "缴纳注册费", "pays the registration fee") &&
           pay_and_confirm(d, me, id, "陈静", "chenjing@example.com", "13757160294", AUCTREG_CHANNEL_ALIPAY, NULL,
                           "2025112022001412345678901234", false);
    note(d, "%s", T(d, "（留在企业待审，可用 queue 查看）", "(left waiting for the enterprise: see `queue`)"));
    return good;
}

static bool story_beijing(demo *d)
{
    const char *me = "1100087";
    title(d, "刘洋（1100087，北京）拍卖师注册：北京不设省级审核，企业通过后直接由中拍协审核",
          "刘洋 (1100087, Beijing) renews: Beijing has no provincial level, the enterprise hands over to the national level");
    auctreg_application *content = NULL;
    int64_t id = 0;
    bool good = auctreg_application_new(&content) == 0 &&
                auctreg_application_ce_add(content, "拍卖师网络继续教育（2025 年度）", 480) == 0 &&
                auctreg_application_practice_add(content, 25, "equity", 98000000) == 0;
    good = good && create(d, me, content, &id);
    auctreg_application_free(content);
    if (!good)
        return false;
    int rc = auctreg_registry_submit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (rc == 0)
        rc = auctreg_registry_choose_fee(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), AUCTREG_FEE_REGISTRATION, NULL);
    good = ok(d, rc, "提交并选择缴纳注册费", "submitted, registration fee chosen") &&
           pay_and_confirm(d, me, id, "刘洋", "liuyang@example.com", "13601128467", AUCTREG_CHANNEL_BANK, "BOB",
                           "BOB20251120000187", false) &&
           decide(d, AUCTREG_ROLE_ENTERPRISE, ENT_BEIJING, id, AUCTREG_LEVEL_ENTERPRISE, true, NULL);
    if (!good)
        return false;
    int64_t v = app_int(d, AUCTREG_ROLE_PROVINCE, "11", id, AUCTREG_APP_VERSION);
    rc = auctreg_registry_approve(d->r, AUCTREG_ROLE_PROVINCE, "11", id, v, AUCTREG_LEVEL_PROVINCE, NULL, NULL);
    good = refused(d, rc, AUCTREG_ESTATE, "review.level.skipped", "省级审核不适用", "the provincial level does not apply") &&
           decide(d, AUCTREG_ROLE_NATIONAL, "national", id, AUCTREG_LEVEL_NATIONAL, true, NULL);
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    return good;
}

static bool story_first(demo *d, int64_t *out_id)
{
    const char *me = "3200278";
    title(d, "王蓓（3200278）拍卖师首次注册：身份证 410103198007250027，女，1980-07-25 出生",
          "王蓓 (3200278) registers for the first time: ID 410103198007250027, female, born 1980-07-25");
    int64_t id = 0;
    if (!create(d, me, NULL, &id))
        return false;
    *out_id = id;
    auctreg_application *app = NULL;
    int rc = auctreg_registry_get_application(d->r, AUCTREG_ROLE_APPLICANT, me, id, &app);
    const auctreg_person *p = rc == 0 ? auctreg_application_person(app) : NULL;
    if (p)
        note(d, "%s: %s, %s %s, %s %s, %s %s", T(d, "个人信息（来自拍卖师档案）", "personal data (from the auctioneer's record)"),
             auctreg_person_get(p, AUCTREG_PERSON_NAME), T(d, "性别", "gender"),
             auctreg_codes_label(AUCTREG_CODES_GENDER, auctreg_person_get(p, AUCTREG_PERSON_GENDER), d->c->lang),
             T(d, "出生日期", "born"), auctreg_person_get(p, AUCTREG_PERSON_BIRTH_DATE), T(d, "学历", "education"),
             auctreg_codes_label(AUCTREG_CODES_EDUCATION, auctreg_person_get(p, AUCTREG_PERSON_EDUCATION), d->c->lang));
    auctreg_application_free(app);
    rc = auctreg_registry_submit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (!ok(d, rc, "提交成功（个人信息全部通过校验：校验码、出生日期、性别与身份证号一致）",
            "submitted (every personal-data field valid: check digit, birth date and gender agree with the ID number)"))
        return false;
    rc = auctreg_registry_choose_fee(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), AUCTREG_FEE_MEMBERSHIP, NULL);
    if (!ok(d, rc, "选择入会：缴纳分会会费，免缴注册费", "joins the branch: pays the membership fee, the registration fee is waived"))
        return false;
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    if (!pay_and_confirm(d, me, id, "王蓓", "wangbei@example.com", "13951876023", AUCTREG_CHANNEL_BANK, "ICBC",
                         "ICBC202511200000000278", true))
        return false;
    title(d, "省拍协驳回王蓓的申请并给出意见；她修改后重新提交", "The provincial association rejects 王蓓's application with an opinion; she edits and resubmits");
    const char *opinion = "聘用合同已于 2025-10-31 到期，请上传续签的聘用合同后重新提交。";
    if (!decide(d, AUCTREG_ROLE_ENTERPRISE, ENT_NANJING, id, AUCTREG_LEVEL_ENTERPRISE, true, NULL))
        return false;
    int64_t v = app_int(d, AUCTREG_ROLE_PROVINCE, "32", id, AUCTREG_APP_VERSION);
    rc = auctreg_registry_reject(d->r, AUCTREG_ROLE_PROVINCE, "32", id, v, AUCTREG_LEVEL_PROVINCE, "", NULL);
    if (!refused(d, rc, AUCTREG_ESTATE, "review.opinion.required", "不写意见不能驳回", "a rejection without an opinion is refused"))
        return false;
    if (!decide(d, AUCTREG_ROLE_PROVINCE, "32", id, AUCTREG_LEVEL_PROVINCE, false, opinion))
        return false;
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    rc = auctreg_registry_get_application(d->r, AUCTREG_ROLE_APPLICANT, me, id, &app);
    if (rc == 0)
        rc = auctreg_application_document_add(app, "labour_contract", "聘用合同（续签）.pdf", demo_pdf, sizeof demo_pdf - 1);
    if (rc == 0)
        rc = auctreg_registry_save_application(d->r, AUCTREG_ROLE_APPLICANT, me, app, NULL);
    auctreg_application_free(app);
    if (!ok(d, rc, "按意见修改：上传续签的聘用合同", "edits as asked: uploads the renewed labour contract"))
        return false;
    rc = auctreg_registry_resubmit(d->r, AUCTREG_ROLE_APPLICANT, me, id, ver(d, me, id), NULL);
    if (!ok(d, rc, "重新提交：各级审核重置为待审核，已付的会费仍有效", "resubmitted: every level pending again, the fee paid stays valid"))
        return false;
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    title(d, "三级审核通过，王蓓 2026 年度执业", "All three levels approve: 王蓓 practises in 2026");
    bool good = decide(d, AUCTREG_ROLE_ENTERPRISE, ENT_NANJING, id, AUCTREG_LEVEL_ENTERPRISE, true, NULL) &&
                decide(d, AUCTREG_ROLE_PROVINCE, "32", id, AUCTREG_LEVEL_PROVINCE, true, "材料齐全，同意。") &&
                decide(d, AUCTREG_ROLE_NATIONAL, "national", id, AUCTREG_LEVEL_NATIONAL, true, "核准注册。");
    show_state(d, AUCTREG_ROLE_APPLICANT, me, id);
    int practising = 0, member = 0;
    if (good && auctreg_registry_is_practising(d->r, me, 2026, &practising) == 0 &&
        auctreg_registry_is_member(d->r, me, 2026, &member) == 0)
        note(d, "%s: %s; %s: %s", T(d, "2026 年度执业", "practising in 2026"), practising ? T(d, "是", "yes") : T(d, "否", "no"),
             T(d, "2026 年度分会会员", "branch member in 2026"), member ? T(d, "是", "yes") : T(d, "否", "no"));
    return good;
}

/* ---------------------------------------------------------------- command */

static int remove_db(cli *c)
{
    if (strcmp(c->db, ":memory:") == 0)
        return 0;
    const char *suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < 4; i++) {
        char path[4096];
        if ((size_t)snprintf(path, sizeof path, "%s%s", c->db, suffix[i]) >= sizeof path)
            return cli_usage_error(c, "demo", "%s", cli_t(c, "--db 路径过长", "--db path too long"));
        if (unlink(path) != 0 && access(path, F_OK) == 0)
            return cli_io_error(c, "无法删除旧的注册库文件", "cannot remove the old registry file", path);
    }
    return 0;
}

static int cmd_demo(cli *c, const cli_args *a)
{
    if (a->npos)
        return cli_usage_error(c, "demo", "%s", cli_t(c, "不接受参数", "takes no arguments"));
    if (c->json)
        return cli_usage_error(c, "demo", "%s", cli_t(c, "演示没有 JSON 输出", "the demo has no JSON output"));
    int rc = remove_db(c);
    if (rc)
        return rc;
    const char *saved_today = c->today;
    if (!c->today)
        c->today = DEMO_TODAY;
    demo d = {c, NULL, 0, 0};
    rc = cli_registry_open(c, &d.r);
    c->today = saved_today;
    if (rc)
        return rc;
    fprintf(c->out, "%s %s (%s %s, %s %d)\n", T(&d, "libauctreg 演示：新建注册库", "libauctreg demo: a fresh registry in"),
            c->db, T(&d, "今天", "today"), auctreg_registry_today(d.r), T(&d, "数据结构版本", "schema version"),
            auctreg_registry_schema_version(d.r));
    title(&d, "载入拍卖企业、拍卖师、执业注册历史和年度规则", "Enterprises, auctioneers, registration history and the year's rules");
    int64_t wang = 0;
    bool good = load_master_data(&d) == 0 && set_rules(&d, 2026) == 0;
    good = good && story_renewal(&d);
    good = good && story_member(&d);
    good = good && story_preparing(&d);
    good = good && story_beijing(&d);
    good = good && story_first(&d, &wang);
    if (good) {
        c->actor.set = true;
        c->actor.role = AUCTREG_ROLE_NATIONAL;
        c->actor.id = "national";
        title(&d, "拍卖师注册申请历史记录", "Registration history lists");
        const char *who[] = {"3200278", "3200115", "3200231", "3300452", "1100087"};
        for (size_t i = 0; i < 5 && good; i++) {
            fprintf(c->out, "\n%s %s\n", T(&d, "管理号", "Management number"), who[i]);
            good = cli_print_history(c, d.r, who[i], 0, 20) == 0;
        }
        if (good) {
            title(&d, "王蓓申请的审计记录", "Audit trail of 王蓓's application");
            good = cli_print_audit(c, d.r, wang, 0, 50) == 0;
        }
    }
    auctreg_registry_close(d.r);
    if (!good || d.failures) {
        fprintf(c->out, "\n%s\n", T(&d, "演示失败：见上面标 ✗ 的步骤。", "The demo FAILED: see the steps marked ✗."));
        return cli_exit_for_status(auctreg_error_code() ? auctreg_error_code() : AUCTREG_ERROR);
    }
    const char *db = c->db, *me = c->argv0;
    fprintf(c->out, "\n%s\n", T(&d, "演示完成。注册库文件保留在此，可继续操作，例如：", "Demo complete. The registry file stays; try for example:"));
    fprintf(c->out, "  %s --db %s --as applicant:3200278 history\n", me, db);
    fprintf(c->out, "  %s --db %s --as applicant:3200278 show %" PRId64 "\n", me, db, wang);
    fprintf(c->out, "  %s --db %s --as province:32 queue\n", me, db);
    fprintf(c->out, "  %s --db %s --as enterprise:%s queue\n", me, db, ENT_HANGZHOU);
    fprintf(c->out, "  %s --db %s --lang en --as enterprise:%s actions 3\n", me, db, ENT_HANGZHOU);
    fprintf(c->out, "  %s --db %s --as enterprise:%s approve 3 --opinion 同意\n", me, db, ENT_HANGZHOU);
    fprintf(c->out, "  %s --db %s --as national audit %" PRId64 "\n", me, db, wang);
    fprintf(c->out, "  %s --db %s --as applicant:3200278 receipts\n  %s --db %s --as applicant:3200278 record\n", me, db, me, db);
    fprintf(c->out, "  %s workflow --format mermaid\n", me);
    fprintf(c->out, "  %s --lang en --help\n", me);
    return 0;
}

const cli_command cli_commands_demo[] = {
    {"demo", "", "在新建的注册库上演示手册中的全部流程（会删除并重建 --db 文件）",
     "play the manual's stories end to end on a fresh registry (removes and recreates the --db file)", NULL, cmd_demo},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
