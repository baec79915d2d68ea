/* Registry commands: the registry file, master data, applications, fees and payments, reviews. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "commands.h"

#define NOARGS(cmd)                                                                                \
    do {                                                                                           \
        if (a->npos)                                                                               \
            return cli_usage_error(c, cmd, "%s", cli_t(c, "不接受参数", "takes no arguments"));    \
    } while (0)

/* ---------------------------------------------------------------- init */

static int cmd_init(cli *c, const cli_args *a)
{
    NOARGS("init");
    auctreg_registry *r = NULL;
    int rc = cli_registry_open(c, &r);
    if (rc)
        return rc;
    int v = auctreg_registry_schema_version(r);
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "db", c->db);
        cli_json_kv_int(&j, "schema_version", v);
        cli_json_kv_string(&j, "today", auctreg_registry_today(r));
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        fprintf(c->out, "%s: %s, %s %d, %s %s\n", cli_t(c, "注册库", "registry"), c->db,
                cli_t(c, "数据结构版本", "schema version"), v, cli_t(c, "今天", "today"), auctreg_registry_today(r));
    }
    auctreg_registry_close(r);
    return 0;
}

/* ---------------------------------------------------------------- enterprises */

static int enterprise_show(cli *c, auctreg_registry *r, const char *uscc)
{
    char *name = NULL;
    int province = 0, status = 0;
    int rc = auctreg_registry_get_enterprise(r, uscc, &name, &province, &status);
    if (rc)
        return cli_report_error(c, rc);
    char prov[8];
    snprintf(prov, sizeof prov, "%02d0000", province);
    const char *pname = auctreg_codes_label(AUCTREG_CODES_DIVISION, prov, c->lang);
    const char *st = status == AUCTREG_ENTERPRISE_PREPARING ? cli_t(c, "筹建", "in preparation")
                                                            : cli_t(c, "正常", "active");
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "uscc", uscc);
        cli_json_kv_string(&j, "name", name);
        cli_json_kv_int(&j, "province", province);
        cli_json_kv_string(&j, "status", status == AUCTREG_ENTERPRISE_PREPARING ? "PREPARING" : "ACTIVE");
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        char pv[64];
        snprintf(pv, sizeof pv, "%02d %s", province, pname ? pname : "");
        const char *kv[] = {cli_t(c, "统一社会信用代码", "Credit code"), uscc, cli_t(c, "名称", "Name"), name,
                            cli_t(c, "省份", "Province"), pv, cli_t(c, "状态", "Status"), st};
        cli_print_kv(c, kv, 4);
    }
    auctreg_free(name);
    return 0;
}

static int cmd_enterprise(cli *c, const cli_args *a)
{
    const char *verb = a->npos ? a->pos[0] : "";
    auctreg_registry *r = NULL;
    int rc;
    if (strcmp(verb, "show") == 0 && a->npos == 2) {
        if ((rc = cli_registry_open(c, &r)) != 0)
            return rc;
        rc = enterprise_show(c, r, a->pos[1]);
        auctreg_registry_close(r);
        return rc;
    }
    if (strcmp(verb, "add") != 0 || a->npos != 3)
        return cli_usage_error(c, "enterprise", "%s",
                               cli_t(c, "用法：enterprise add 统一社会信用代码 名称 --province 代码 [--preparing] | enterprise show 统一社会信用代码",
                                     "usage: enterprise add USCC NAME --province CODE [--preparing] | enterprise show USCC"));
    if ((rc = cli_need_actor(c, "enterprise")) != 0)
        return rc;
    int64_t province = 0;
    const char *pv = cli_opt(a, "province");
    if (!pv)
        return cli_usage_error(c, "enterprise", "%s", cli_t(c, "需要 --province", "needs --province"));
    if (!cli_parse_int(c, "--province", pv, 0, 99, &province))
        return CLI_EXIT_USAGE;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    rc = auctreg_registry_put_enterprise(r, (auctreg_role)c->actor.role, cli_actor_id(c), a->pos[1], a->pos[2],
                                         (int)province,
                                         cli_flag(a, "preparing") ? AUCTREG_ENTERPRISE_PREPARING
                                                                  : AUCTREG_ENTERPRISE_ACTIVE,
                                         cli_opt(a, "left-preparation"));
    rc = rc ? cli_report_error(c, rc) : enterprise_show(c, r, a->pos[1]);
    auctreg_registry_close(r);
    return rc;
}

/* ---------------------------------------------------------------- auctioneers */

static int auctioneer_show(cli *c, auctreg_registry *r, const char *mgmt_no)
{
    char *name = NULL, *ent = NULL;
    auctreg_person *p = NULL;
    /* personal data is scoped by the library: the actor is required (see cmd_auctioneer) */
    int rc = auctreg_registry_get_auctioneer(r, (auctreg_role)c->actor.role, cli_actor_id(c), mgmt_no, &name, &ent, &p);
    if (rc)
        return cli_report_error(c, rc);
    int year = 0;
    const char *today = auctreg_registry_today(r);
    if (today)
        year = atoi(today);
    int practising = 0, member = 0, member_next = 0;
    if (auctreg_registry_is_practising(r, mgmt_no, year, &practising) ||
        auctreg_registry_is_member(r, mgmt_no, year, &member) ||
        auctreg_registry_is_member(r, mgmt_no, year + 1, &member_next))
        auctreg_error_clear();
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "mgmt_no", mgmt_no);
        cli_json_kv_string(&j, "name", name);
        cli_json_kv_string(&j, "enterprise", ent);
        cli_json_kv_int(&j, "year", year);
        cli_json_kv_bool(&j, "practising", practising);
        cli_json_kv_bool(&j, "member", member);
        cli_json_kv_bool(&j, "member_next_year", member_next);
        if (p) {
            cli_json_key(&j, "person");
            cli_json_begin_object(&j);
            for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++)
                cli_json_kv_string(&j, auctreg_person_field_name((auctreg_person_field)f),
                                   auctreg_person_get(p, (auctreg_person_field)f));
            cli_json_end_object(&j);
        }
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        const char *yes = cli_t(c, "是", "yes"), *no = cli_t(c, "否", "no");
        char k1[64], k2[64], k3[64];
        snprintf(k1, sizeof k1, "%s %d", cli_t(c, "执业年度", "Practising in"), year);
        snprintf(k2, sizeof k2, "%s %d", cli_t(c, "分会会员", "Branch member in"), year);
        snprintf(k3, sizeof k3, "%s %d", cli_t(c, "分会会员", "Branch member in"), year + 1);
        const char *kv[] = {cli_t(c, "管理号", "Management number"), mgmt_no, cli_t(c, "姓名", "Name"), name,
                            cli_t(c, "注册单位", "Enterprise"), *ent ? ent : "-", k1, practising ? yes : no,
                            k2, member ? yes : no, k3, member_next ? yes : no};
        cli_print_kv(c, kv, 6);
        if (p) {
            fprintf(c->out, "%s:\n", cli_t(c, "个人信息", "Personal data"));
            for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
                const char *v = auctreg_person_get(p, (auctreg_person_field)f);
                if (v && *v)
                    fprintf(c->out, "  %s: %s\n", auctreg_person_field_name((auctreg_person_field)f), v);
            }
        }
    }
    auctreg_free(name);
    auctreg_free(ent);
    auctreg_person_free(p);
    return 0;
}

/* "2019,2020-2022" → each year through `fn`. */
static int for_years(cli *c, const char *list, const char *opt,
                     int (*fn)(auctreg_registry *, auctreg_role, const char *, const char *, int),
                     auctreg_registry *r, const char *mgmt_no)
{
    const char *p = list;
    while (p && *p) {
        char part[32];
        const char *comma = strchr(p, ',');
        size_t n = comma ? (size_t)(comma - p) : strlen(p);
        if (n == 0 || n >= sizeof part)
            return cli_usage_error(c, NULL, cli_t(c, "--%s 应为年份列表，如 2019,2021-2024", "--%s must be a list of years such as 2019,2021-2024"), opt);
        memcpy(part, p, n);
        part[n] = '\0';
        int64_t from, to;
        char *dash = strchr(part, '-');
        if (dash) {
            *dash = '\0';
            if (!cli_parse_int(c, opt, part, 1900, 9999, &from) || !cli_parse_int(c, opt, dash + 1, 1900, 9999, &to))
                return CLI_EXIT_USAGE;
        } else {
            if (!cli_parse_int(c, opt, part, 1900, 9999, &from))
                return CLI_EXIT_USAGE;
            to = from;
        }
        for (int64_t y = from; y <= to; y++) {
            int rc = fn(r, (auctreg_role)c->actor.role, cli_actor_id(c), mgmt_no, (int)y);
            if (rc)
                return cli_report_error(c, rc);
        }
        p = comma ? comma + 1 : NULL;
    }
    return 0;
}

static int cmd_auctioneer(cli *c, const cli_args *a)
{
    const char *verb = a->npos ? a->pos[0] : "";
    auctreg_registry *r = NULL;
    int rc;
    if (strcmp(verb, "show") == 0 && a->npos == 2) {
        if ((rc = cli_need_actor(c, "auctioneer")) != 0 || (rc = cli_registry_open(c, &r)) != 0)
            return rc;
        rc = auctioneer_show(c, r, a->pos[1]);
        auctreg_registry_close(r);
        return rc;
    }
    if (strcmp(verb, "add") != 0 || a->npos != 3)
        return cli_usage_error(c, "auctioneer", "%s",
                               cli_t(c, "用法：auctioneer add 管理号 姓名 [--enterprise 代码] [--person 字段=值]... | auctioneer show 管理号",
                                     "usage: auctioneer add MGMT_NO NAME [--enterprise USCC] [--person FIELD=VALUE]... | auctioneer show MGMT_NO"));
    if ((rc = cli_need_actor(c, "auctioneer")) != 0)
        return rc;
    auctreg_person *p = NULL;
    if (cli_opt(a, "person")) {
        if ((rc = auctreg_person_new(&p)) != 0)
            return cli_report_error(c, rc);
        if ((rc = cli_apply_person(c, a, "person", p)) != 0) {
            auctreg_person_free(p);
            return rc;
        }
    }
    if ((rc = cli_registry_open(c, &r)) != 0) {
        auctreg_person_free(p);
        return rc;
    }
    const char *mgmt_no = a->pos[1];
    rc = auctreg_registry_put_auctioneer(r, (auctreg_role)c->actor.role, cli_actor_id(c), mgmt_no, a->pos[2],
                                         cli_opt(a, "enterprise"), p);
    auctreg_person_free(p);
    if (rc)
        rc = cli_report_error(c, rc);
    if (!rc && cli_opt(a, "registered"))
        rc = for_years(c, cli_opt(a, "registered"), "registered", auctreg_registry_import_registration_year, r, mgmt_no);
    if (!rc && cli_opt(a, "member"))
        rc = for_years(c, cli_opt(a, "member"), "member", auctreg_registry_add_membership_year, r, mgmt_no);
    if (!rc)
        rc = auctioneer_show(c, r, mgmt_no);
    auctreg_registry_close(r);
    return rc;
}

/* ---------------------------------------------------------------- applications */

static int cmd_apply(cli *c, const cli_args *a)
{
    NOARGS("apply");
    int rc;
    if ((rc = cli_need_actor(c, "apply")) != 0)
        return rc;
    auctreg_application *content = NULL;
    if ((rc = auctreg_application_new(&content)) != 0)
        return cli_report_error(c, rc);
    if ((rc = cli_apply_content(c, a, content)) != 0) {
        auctreg_application_free(content);
        return rc;
    }
    return cli_create_draft(c, content, cli_t(c, "已创建草稿", "draft created"));
}

int cli_create_draft(cli *c, auctreg_application *content, const char *what)
{
    auctreg_registry *r = NULL;
    int rc = cli_registry_open(c, &r);
    if (rc == 0) {
        int64_t id = 0;
        rc = auctreg_registry_create_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), content, &id);
        if (rc)
            rc = cli_report_error(c, rc);
        else
            cli_print_app_brief(c, r, id, what);
        auctreg_registry_close(r);
    }
    auctreg_application_free(content);
    return rc;
}

static int cmd_edit(cli *c, const cli_args *a)
{
    int64_t id = 0;
    int rc;
    if ((rc = cli_parse_app_id(c, a, "edit", &id)) != 0 || (rc = cli_need_actor(c, "edit")) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    auctreg_application *app = NULL;
    rc = auctreg_registry_get_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, &app);
    if (rc) {
        rc = cli_report_error(c, rc);
    } else {
        const char *ev = cli_opt(a, "expect-version");
        int64_t v = 0;
        if (ev && !cli_parse_int(c, "--expect-version", ev, 0, INT64_MAX, &v))
            rc = CLI_EXIT_USAGE;
        else if (ev && (rc = auctreg_application_set_int(app, AUCTREG_APP_VERSION, v)) != 0)
            rc = cli_report_error(c, rc);
        if (!rc)
            rc = cli_apply_content(c, a, app);
        if (!rc) {
            int64_t nv = 0;
            rc = auctreg_registry_save_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), app, &nv);
            if (rc)
                rc = cli_report_error(c, rc);
            else
                cli_print_app_brief(c, r, id, cli_t(c, "已保存修改", "changes saved"));
        }
    }
    auctreg_application_free(app);
    auctreg_registry_close(r);
    return rc;
}

typedef int (*simple_action_fn)(auctreg_registry *, auctreg_role, const char *, int64_t, int64_t, int64_t *);

static int simple_action(cli *c, const cli_args *a, const char *cmd, simple_action_fn fn, const char *done)
{
    int64_t id = 0, version = 0, nv = 0;
    int rc;
    if ((rc = cli_parse_app_id(c, a, cmd, &id)) != 0 || (rc = cli_need_actor(c, cmd)) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    if ((rc = cli_expected_version(c, a, r, id, &version)) == 0) {
        rc = fn(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, version, &nv);
        if (rc)
            rc = cli_report_error(c, rc);
        else
            cli_print_app_brief(c, r, id, done);
    }
    auctreg_registry_close(r);
    return rc;
}

static int cmd_submit(cli *c, const cli_args *a)
{
    return simple_action(c, a, "submit", auctreg_registry_submit, cli_t(c, "已提交", "submitted"));
}

static int cmd_resubmit(cli *c, const cli_args *a)
{
    return simple_action(c, a, "resubmit", auctreg_registry_resubmit, cli_t(c, "已重新提交", "resubmitted"));
}

static int cmd_withdraw(cli *c, const cli_args *a)
{
    return simple_action(c, a, "withdraw", auctreg_registry_withdraw, cli_t(c, "已撤回", "withdrawn"));
}

static int cmd_fee(cli *c, const cli_args *a)
{
    int64_t id = 0, version = 0, nv = 0;
    int choice = 0, rc;
    if (a->npos != 2)
        return cli_usage_error(c, "fee", "%s",
                               cli_t(c, "需要两个参数：ID 与 registration|membership|already_member",
                                     "needs two arguments: ID and registration|membership|already_member"));
    if (!cli_parse_int(c, "ID", a->pos[0], 1, INT64_MAX, &id) ||
        !cli_parse_enum(c, "fee choice", AUCTREG_ENUM_FEE_CHOICE, a->pos[1], &choice))
        return CLI_EXIT_USAGE;
    if ((rc = cli_need_actor(c, "fee")) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    if ((rc = cli_expected_version(c, a, r, id, &version)) == 0) {
        rc = auctreg_registry_choose_fee(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, version,
                                         (auctreg_fee_choice)choice, &nv);
        if (rc) {
            rc = cli_report_error(c, rc);
        } else {
            auctreg_application *app = NULL;
            if (!c->json &&
                auctreg_registry_get_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, &app) == 0) {
                char buf[32];
                fprintf(c->out, "%s: %s, %s %s %s\n", cli_t(c, "缴费方式", "fee choice"),
                        cli_enum_text(c, AUCTREG_ENUM_FEE_CHOICE, choice), cli_t(c, "应付", "due"),
                        cli_fmt_fen(auctreg_application_get_int(app, AUCTREG_APP_FEE_DUE_FEN), buf, sizeof buf),
                        cli_t(c, "元", "yuan"));
            }
            auctreg_application_free(app);
            auctreg_error_clear();
            cli_print_app_brief(c, r, id, cli_t(c, "已选择缴费方式", "fee chosen"));
        }
    }
    auctreg_registry_close(r);
    return rc;
}

static int cmd_pay(cli *c, const cli_args *a)
{
    int64_t id = 0, version = 0;
    int rc;
    if ((rc = cli_parse_app_id(c, a, "pay", &id)) != 0 || (rc = cli_need_actor(c, "pay")) != 0)
        return rc;
    const char *ch = cli_opt(a, "channel");
    auctreg_pay_channel channel;
    if (!ch || strcmp(ch, "bank") == 0)
        channel = AUCTREG_CHANNEL_BANK;
    else if (strcmp(ch, "wechat") == 0)
        channel = AUCTREG_CHANNEL_WECHAT;
    else if (strcmp(ch, "alipay") == 0)
        channel = AUCTREG_CHANNEL_ALIPAY;
    else
        return cli_usage_error(c, "pay", "--channel: bank | wechat | alipay (%s)", ch);
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    if ((rc = cli_expected_version(c, a, r, id, &version)) == 0) {
        char *ref = NULL;
        int64_t amount = 0;
        rc = auctreg_registry_create_payment_order(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, version,
                                                   cli_opt(a, "payer"), cli_opt(a, "email"), cli_opt(a, "mobile"),
                                                   channel, cli_opt(a, "bank"), &ref, &amount);
        if (rc) {
            rc = cli_report_error(c, rc);
        } else {
            char buf[32];
            if (c->json) {
                cli_json j;
                cli_json_init(&j, c->out);
                cli_json_begin_object(&j);
                cli_json_kv_int(&j, "id", id);
                cli_json_kv_string(&j, "order_ref", ref);
                cli_json_kv_int(&j, "amount_fen", amount);
                cli_json_end_object(&j);
                fputc('\n', c->out);
            } else {
                fprintf(c->out, "%s %s: %s %s %s\n", cli_t(c, "付款单", "payment order"), ref,
                        cli_t(c, "总价", "amount"), cli_fmt_fen(amount, buf, sizeof buf), cli_t(c, "元", "yuan"));
            }
        }
        auctreg_free(ref);
    }
    auctreg_registry_close(r);
    return rc;
}

static int cmd_confirm(cli *c, const cli_args *a)
{
    int rc;
    if (a->npos != 1)
        return cli_usage_error(c, "confirm", "%s", cli_t(c, "需要一个参数：付款单号", "needs one argument: the order reference"));
    if ((rc = cli_need_actor(c, "confirm")) != 0)
        return rc;
    const char *txn = cli_opt(a, "txn"), *amt = cli_opt(a, "amount");
    int64_t fen = 0;
    if (!txn || !amt)
        return cli_usage_error(c, "confirm", "%s", cli_t(c, "需要 --txn 和 --amount", "needs --txn and --amount"));
    if (!cli_parse_fen(c, "--amount", amt, &fen))
        return CLI_EXIT_USAGE;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    int already = 0;
    char *receipt = NULL;
    rc = auctreg_registry_confirm_payment(r, (auctreg_role)c->actor.role, cli_actor_id(c), a->pos[0], txn, fen,
                                          &already, &receipt);
    if (rc) {
        rc = cli_report_error(c, rc);
    } else if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "order_ref", a->pos[0]);
        cli_json_kv_string(&j, "receipt_no", receipt);
        cli_json_kv_bool(&j, "already_confirmed", already);
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        fprintf(c->out, "%s %s: %s %s%s\n", cli_t(c, "付款单", "order"), a->pos[0], cli_t(c, "回执号", "receipt"),
                receipt ? receipt : "",
                already ? cli_t(c, "（重复确认，未作任何更改）", " (already confirmed: nothing changed)") : "");
    }
    auctreg_free(receipt);
    auctreg_registry_close(r);
    return rc;
}

static int review(cli *c, const cli_args *a, const char *cmd, bool approve)
{
    int64_t id = 0, version = 0, nv = 0;
    int rc, level = -1;
    if ((rc = cli_parse_app_id(c, a, cmd, &id)) != 0 || (rc = cli_need_actor(c, cmd)) != 0)
        return rc;
    const char *lv = cli_opt(a, "level");
    if (lv) {
        if (!cli_parse_enum(c, "--level", AUCTREG_ENUM_LEVEL, lv, &level))
            return CLI_EXIT_USAGE;
    } else if (c->actor.role == AUCTREG_ROLE_ENTERPRISE) {
        level = AUCTREG_LEVEL_ENTERPRISE; /* a reviewer acts at its own level unless told otherwise */
    } else if (c->actor.role == AUCTREG_ROLE_PROVINCE) {
        level = AUCTREG_LEVEL_PROVINCE;
    } else if (c->actor.role == AUCTREG_ROLE_NATIONAL) {
        level = AUCTREG_LEVEL_NATIONAL;
    } else {
        return cli_usage_error(c, cmd, "%s", cli_t(c, "需要 --level enterprise|province|national", "needs --level enterprise|province|national"));
    }
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    if ((rc = cli_expected_version(c, a, r, id, &version)) == 0) {
        const char *opinion = cli_opt(a, "opinion");
        rc = approve ? auctreg_registry_approve(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, version,
                                                (auctreg_level)level, opinion, &nv)
                     : auctreg_registry_reject(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, version,
                                               (auctreg_level)level, opinion, &nv);
        if (rc)
            rc = cli_report_error(c, rc);
        else
            cli_print_app_brief(c, r, id, approve ? cli_t(c, "审核通过", "approved") : cli_t(c, "已驳回", "rejected"));
    }
    auctreg_registry_close(r);
    return rc;
}

static int cmd_approve(cli *c, const cli_args *a) { return review(c, a, "approve", true); }
static int cmd_reject(cli *c, const cli_args *a) { return review(c, a, "reject", false); }

/* ---------------------------------------------------------------- rules */

static int cmd_rules(cli *c, const cli_args *a)
{
    int64_t year = 0;
    if (a->npos != 1 || !cli_parse_int(c, "YEAR", a->pos[0], 1900, 9999, &year))
        return a->npos != 1 ? cli_usage_error(c, "rules", "%s", cli_t(c, "需要一个参数：年度", "needs one argument: the year"))
                            : CLI_EXIT_USAGE;
    auctreg_registry *r = NULL;
    int rc;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    auctreg_rules *rules = NULL;
    rc = auctreg_registry_get_rules(r, (int)year, &rules);
    if (rc) {
        rc = cli_report_error(c, rc);
        auctreg_registry_close(r);
        return rc;
    }
    bool changed = false;
    const char *v;
    struct {
        const char *opt;
        int type;
    } fees[] = {{"fee-renewal", AUCTREG_TYPE_RENEWAL},
                {"fee-reregistration", AUCTREG_TYPE_REREGISTRATION},
                {"fee-first", AUCTREG_TYPE_FIRST}};
    for (size_t i = 0; !rc && i < 3; i++)
        if ((v = cli_opt(a, fees[i].opt)) != NULL) {
            int64_t fen;
            if (!cli_parse_fen(c, fees[i].opt, v, &fen))
                rc = CLI_EXIT_USAGE;
            else if ((rc = auctreg_rules_set_fee(rules, (auctreg_app_type)fees[i].type, fen)) != 0)
                rc = cli_report_error(c, rc);
            changed = true;
        }
    if (!rc && (v = cli_opt(a, "membership-fee")) != NULL) {
        int64_t fen;
        if (!cli_parse_fen(c, "--membership-fee", v, &fen))
            rc = CLI_EXIT_USAGE;
        else if ((rc = auctreg_rules_set_membership_fee(rules, fen)) != 0)
            rc = cli_report_error(c, rc);
        changed = true;
    }
    if (!rc && (v = cli_opt(a, "ce-min")) != NULL) {
        int64_t t;
        if ((rc = auctreg_parse_hours(v, &t)) != 0 || (rc = auctreg_rules_set_ce_min_tenths(rules, t)) != 0)
            rc = cli_report_error(c, rc);
        changed = true;
    }
    for (size_t i = 0; !rc && (v = cli_opt_nth(a, "window", i)) != NULL; i++) {
        /* CODE=OPENS..CLOSES, e.g. APPLICANT=2025-11-01..2025-12-31 (an empty side: unbounded) */
        const char *eq = strchr(v, '='), *dots = eq ? strstr(eq, "..") : NULL;
        int w = -1;
        for (int k = 0; eq && k < AUCTREG_WINDOW_COUNT; k++) {
            const char *code = auctreg_window_code((auctreg_window)k);
            if (strlen(code) == (size_t)(eq - v) && strncasecmp(code, v, (size_t)(eq - v)) == 0)
                w = k;
        }
        if (w < 0 || !dots) {
            rc = cli_usage_error(c, "rules", "%s: %s",
                                 cli_t(c, "--window 应为 APPLICANT|ENTERPRISE|PROVINCE|NATIONAL=开始..结束",
                                       "--window must be APPLICANT|ENTERPRISE|PROVINCE|NATIONAL=OPENS..CLOSES"),
                                 v);
            break;
        }
        char opens[16] = "", closes[16] = "";
        snprintf(opens, sizeof opens, "%.*s", (int)(dots - eq - 1), eq + 1);
        snprintf(closes, sizeof closes, "%s", dots + 2);
        if ((rc = auctreg_rules_set_window(rules, (auctreg_window)w, *opens ? opens : NULL, *closes ? closes : NULL)) != 0)
            rc = cli_report_error(c, rc);
        changed = true;
    }
    for (size_t i = 0; !rc && (v = cli_opt_nth(a, "chain", i)) != NULL; i++) {
        /* PROVINCE=LEVEL,LEVEL..., e.g. 11=enterprise,national */
        char prov[8];
        const char *eq = strchr(v, '=');
        int64_t p = 0;
        unsigned mask = 0;
        if (!eq || (size_t)(eq - v) >= sizeof prov) {
            rc = cli_usage_error(c, "rules", "%s: %s", cli_t(c, "--chain 应为 省代码=级别,级别", "--chain must be PROVINCE=LEVEL,LEVEL"), v);
            break;
        }
        snprintf(prov, sizeof prov, "%.*s", (int)(eq - v), v);
        if (!cli_parse_int(c, "--chain", prov, 0, 99, &p)) {
            rc = CLI_EXIT_USAGE;
            break;
        }
        char levels[96];
        snprintf(levels, sizeof levels, "%s", eq + 1);
        for (char *save = NULL, *t = strtok_r(levels, ",", &save); t && !rc; t = strtok_r(NULL, ",", &save)) {
            int l;
            if (!cli_parse_enum(c, "--chain", AUCTREG_ENUM_LEVEL, t, &l))
                rc = CLI_EXIT_USAGE;
            else
                mask |= AUCTREG_CHAIN_BIT(l);
        }
        if (!rc && (rc = auctreg_rules_set_chain(rules, (int)p, mask)) != 0)
            rc = cli_report_error(c, rc);
        changed = true;
    }
    if (!rc && changed) {
        if ((rc = cli_need_actor(c, "rules")) == 0 &&
            (rc = auctreg_registry_set_rules(r, (auctreg_role)c->actor.role, cli_actor_id(c), rules)) != 0)
            rc = cli_report_error(c, rc);
    }
    if (!rc) {
        char f1[32], f2[32], f3[32], fm[32], ce[32];
        cli_fmt_fen(auctreg_rules_fee(rules, AUCTREG_TYPE_RENEWAL), f1, sizeof f1);
        cli_fmt_fen(auctreg_rules_fee(rules, AUCTREG_TYPE_REREGISTRATION), f2, sizeof f2);
        cli_fmt_fen(auctreg_rules_fee(rules, AUCTREG_TYPE_FIRST), f3, sizeof f3);
        cli_fmt_fen(auctreg_rules_membership_fee(rules), fm, sizeof fm);
        cli_fmt_tenths(auctreg_rules_ce_min_tenths(rules), ce, sizeof ce);
        if (c->json) {
            cli_json j;
            cli_json_init(&j, c->out);
            cli_json_begin_object(&j);
            cli_json_kv_int(&j, "year", year);
            cli_json_kv_int(&j, "fee_renewal_fen", auctreg_rules_fee(rules, AUCTREG_TYPE_RENEWAL));
            cli_json_kv_int(&j, "fee_reregistration_fen", auctreg_rules_fee(rules, AUCTREG_TYPE_REREGISTRATION));
            cli_json_kv_int(&j, "fee_first_fen", auctreg_rules_fee(rules, AUCTREG_TYPE_FIRST));
            cli_json_kv_int(&j, "membership_fee_fen", auctreg_rules_membership_fee(rules));
            cli_json_kv_int(&j, "ce_min_tenths", auctreg_rules_ce_min_tenths(rules));
            cli_json_key(&j, "windows");
            cli_json_begin_object(&j);
            for (int w = 0; w < AUCTREG_WINDOW_COUNT; w++) {
                const char *o = NULL, *cl = NULL;
                auctreg_rules_window(rules, (auctreg_window)w, &o, &cl);
                cli_json_key(&j, auctreg_window_code((auctreg_window)w));
                cli_json_begin_object(&j);
                cli_json_kv_string(&j, "opens", o && *o ? o : NULL);
                cli_json_kv_string(&j, "closes", cl && *cl ? cl : NULL);
                cli_json_end_object(&j);
            }
            cli_json_end_object(&j);
            cli_json_end_object(&j);
            fputc('\n', c->out);
        } else {
            const char *yuan = cli_t(c, "元", "yuan");
            fprintf(c->out, "%s %" PRId64 "\n", cli_t(c, "年度", "Year"), year);
            fprintf(c->out, "  %s: %s %s\n", auctreg_enum_label(AUCTREG_ENUM_APP_TYPE, AUCTREG_TYPE_RENEWAL, c->lang), f1, yuan);
            fprintf(c->out, "  %s: %s %s\n", auctreg_enum_label(AUCTREG_ENUM_APP_TYPE, AUCTREG_TYPE_REREGISTRATION, c->lang), f2, yuan);
            fprintf(c->out, "  %s: %s %s\n", auctreg_enum_label(AUCTREG_ENUM_APP_TYPE, AUCTREG_TYPE_FIRST, c->lang), f3, yuan);
            fprintf(c->out, "  %s: %s %s\n", cli_t(c, "分会会费", "Membership fee"), fm, yuan);
            fprintf(c->out, "  %s: %s\n", cli_t(c, "继续教育最低学时", "CE minimum hours"), ce);
            for (int w = 0; w < AUCTREG_WINDOW_COUNT; w++) {
                const char *o = NULL, *cl = NULL;
                auctreg_rules_window(rules, (auctreg_window)w, &o, &cl);
                fprintf(c->out, "  %s %s: %s .. %s\n", cli_t(c, "时间窗口", "window"),
                        auctreg_window_code((auctreg_window)w), o && *o ? o : "-", cl && *cl ? cl : "-");
            }
            for (int p = 11; p <= 99; p++) {
                unsigned mask = auctreg_rules_chain(rules, p);
                if (mask == AUCTREG_CHAIN_FULL)
                    continue; /* only the provinces whose chain differs from the full one */
                fprintf(c->out, "  %s %02d:", cli_t(c, "审核流程", "review chain"), p);
                for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++)
                    if (mask & AUCTREG_CHAIN_BIT(l))
                        fprintf(c->out, " %s", auctreg_enum_label(AUCTREG_ENUM_LEVEL, l, c->lang));
                fputc('\n', c->out);
            }
        }
    }
    auctreg_rules_free(rules);
    auctreg_registry_close(r);
    return rc;
}

/* ---------------------------------------------------------------- option tables */

#define OPT_VERSION                                                                                \
    {"expect-version", "N", "只在申请仍是第 N 版时执行（否则退出状态 16）",                         \
     "act only if the application is still at version N (else exit status 16)"}

static const cli_optspec enterprise_opts[] = {
    {"province", "CODE", "省代码（GB/T 2260 前两位，如 32）", "province code (first two digits of GB/T 2260, e.g. 32)"},
    {"preparing", NULL, "企业处于筹建状态", "the enterprise is in preparation (筹建)"},
    {"left-preparation", "DATE", "企业去筹的日期", "the date the enterprise left preparation"},
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec auctioneer_opts[] = {
    {"enterprise", "USCC", "注册单位（统一社会信用代码）", "the auctioneer's enterprise (credit code)"},
    {"person", "FIELD=VALUE", "个人信息字段（可重复），如 id_number=...", "a personal-data field (repeatable), e.g. id_number=..."},
    {"registered", "YEARS", "已有的执业注册年度（导入），如 2019,2021-2025", "years of past approved registrations (imported), e.g. 2019,2021-2025"},
    {"member", "YEARS", "分会会员年度，如 2026", "years of branch membership, e.g. 2026"},
    {NULL, NULL, NULL, NULL},
};

#define CONTENT_OPTS                                                                               \
    {"ce", "ITEM=HOURS", "继续教育记录（可重复），学时可有一位小数", "a continuing-education record (repeatable); hours with one decimal"}, \
    {"practice", "N,SUBJECT,WAN", "执业情况：场次,标的类型,总成交额(万元)（可重复）",                \
     "a practice record: sessions,subject type,turnover in 万元 (repeatable)"},                    \
    {"document", "KIND=FILE", "上传证明材料（可重复），如 consent=同意说明.pdf",                     \
     "attach a supporting document (repeatable), e.g. consent=letter.pdf"},                        \
    {"person", "FIELD=VALUE", "首次注册的个人信息字段（可重复）", "a personal-data field of a first registration (repeatable)"}

static const cli_optspec apply_opts[] = {
    CONTENT_OPTS,
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec edit_opts[] = {
    CONTENT_OPTS,
    {"from", "FILE", "先用 XML 申请文档中的记录、材料和个人信息替换现有内容", "first replace the records, documents and personal data by those of an XML application document"},
    {"remove-ce", "N", "删除第 N 条继续教育记录（可重复）", "delete CE record N (repeatable)"},
    {"remove-practice", "N", "删除第 N 条执业情况（可重复）", "delete practice record N (repeatable)"},
    {"remove-document", "N", "删除第 N 份证明材料（可重复）", "delete document N (repeatable)"},
    OPT_VERSION,
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec version_opts[] = {
    OPT_VERSION,
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec pay_opts[] = {
    {"payer", "NAME", "付款人姓名", "payer's name"},
    {"email", "EMAIL", "付款人邮箱（接收电子回执）", "payer's e-mail (receives the receipt)"},
    {"mobile", "PHONE", "付款人手机号", "payer's mobile number"},
    {"channel", "bank|wechat|alipay", "支付方式（默认 bank 网银）", "payment channel (default bank)"},
    {"bank", "CODE", "网银的银行代码（见 codes bank）", "bank code for online banking (see codes bank)"},
    OPT_VERSION,
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec confirm_opts[] = {
    {"txn", "ID", "支付平台的交易号", "the payment provider's transaction id"},
    {"amount", "YUAN", "实付金额（元）", "the amount paid, in yuan"},
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec review_opts[] = {
    {"level", "LEVEL", "审核级别 enterprise|province|national（默认按角色）", "review level enterprise|province|national (default: the actor's)"},
    {"opinion", "TEXT", "审核意见（驳回时必填）", "review opinion (required to reject)"},
    OPT_VERSION,
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec rules_opts[] = {
    {"fee-renewal", "YUAN", "设置拍卖师注册费", "set the renewal fee"},
    {"fee-reregistration", "YUAN", "设置再注册费", "set the re-registration fee"},
    {"fee-first", "YUAN", "设置首次注册费", "set the first-registration fee"},
    {"membership-fee", "YUAN", "设置分会会费", "set the branch membership fee"},
    {"ce-min", "HOURS", "设置继续教育最低学时", "set the CE minimum hours"},
    {"window", "CODE=FROM..TO", "设置时间窗口（可重复），如 APPLICANT=2025-11-01..2025-12-31",
     "set a window (repeatable), e.g. APPLICANT=2025-11-01..2025-12-31"},
    {"chain", "PROV=LEVELS", "设置某省的审核流程，如 11=enterprise,national", "set a province's review chain, e.g. 11=enterprise,national"},
    {NULL, NULL, NULL, NULL},
};

const cli_command cli_commands_registry[] = {
    {"init", "", "创建注册库文件，或把旧文件升级到当前数据结构", "create the registry file, or upgrade an older one", NULL, cmd_init},
    {"enterprise", "add USCC NAME | show USCC", "添加/修改或查看拍卖企业（添加需 admin）",
     "add/update or show an enterprise (adding needs admin)", enterprise_opts, cmd_enterprise},
    {"auctioneer", "add MGMT_NO NAME | show MGMT_NO", "添加/修改或查看拍卖师（添加需 admin）",
     "add/update or show an auctioneer (adding needs admin)", auctioneer_opts, cmd_auctioneer},
    {"rules", "YEAR", "查看或设置某年度的费用、继续教育学时和时间窗口", "show or set a year's fees, CE minimum and windows",
     rules_opts, cmd_rules},
    {"apply", "", "为下一年度创建注册申请草稿（类型由库判定）", "create the draft for next year (the library decides the type)",
     apply_opts, cmd_apply},
    {"edit", "ID", "修改申请（草稿、已提交、待付款、被驳回或审核中）", "edit an application (draft, submitted, awaiting payment, rejected or in review)", edit_opts, cmd_edit},
    {"submit", "ID", "提交申请", "submit a draft", version_opts, cmd_submit},
    {"fee", "ID CHOICE", "选择缴费方式：registration（注册费）、membership（入会）或 already_member",
     "choose the fee: registration, membership (join the branch) or already_member", version_opts, cmd_fee},
    {"pay", "ID", "创建付款单", "create a payment order", pay_opts, cmd_pay},
    {"confirm", "ORDER", "确认付款（支付平台回调，需 admin）", "confirm a payment (the gateway's callback; admin)", confirm_opts,
     cmd_confirm},
    {"approve", "ID", "审核通过（按级别）", "approve at a review level", review_opts, cmd_approve},
    {"reject", "ID", "驳回（需填写审核意见）", "reject at a review level (an opinion is required)", review_opts, cmd_reject},
    {"resubmit", "ID", "驳回后修改并重新提交", "submit again after a rejection", version_opts, cmd_resubmit},
    {"withdraw", "ID", "撤回草稿", "withdraw a draft", version_opts, cmd_withdraw},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
