/* Query commands: history list, reviewer queue, application detail, audit trail, actions, receipts, orders. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

#define I64(buf, v) (snprintf((buf), sizeof(buf), "%" PRId64, (int64_t)(v)), (buf))

static const char *ops_text(const cli *c, int64_t ops, char *buf, size_t n)
{
    buf[0] = '\0';
    struct {
        unsigned bit;
        const char *code, *zh, *en;
    } op[] = {{AUCTREG_OP_VIEW, "view", "查看详情", "view"},
              {AUCTREG_OP_PAY, "pay", "付款", "pay"},
              {AUCTREG_OP_PRINT, "print", "打印执业记录", "print practice record"}};
    for (size_t i = 0; i < 3; i++)
        if ((unsigned)ops & op[i].bit) {
            size_t len = strlen(buf);
            snprintf(buf + len, n - len, "%s%s", len ? (c->json ? "," : cli_t(c, " ", ", ")) : "",
                     c->json ? op[i].code : cli_t(c, op[i].zh, op[i].en));
        }
    return buf;
}

/* The manual's history list: 年份 付费状态 拍企是否同意 省拍协是否同意 中拍协是否同意 操作. */
int cli_print_history(cli *c, auctreg_registry *r, const char *mgmt_no, int64_t offset, int64_t limit)
{
    static const cli_column cols[] = {
        {"id", "编号", "ID", CLI_COL_INT},
        {"year", "年份", "Year", CLI_COL_INT},
        {"type", "注册类型", "Type", CLI_COL_TEXT},
        {"pay_status", "付费状态", "Payment", CLI_COL_TEXT},
        {"enterprise", "拍企是否同意", "Enterprise", CLI_COL_TEXT},
        {"province", "省拍协是否同意", "Province", CLI_COL_TEXT},
        {"national", "中拍协是否同意", "National", CLI_COL_TEXT},
        {"state", "状态", "State", CLI_COL_TEXT},
        {"operations", "操作", "Operations", CLI_COL_TEXT},
    };
    auctreg_rows *rows = NULL;
    int rc = auctreg_registry_history(r, (auctreg_role)c->actor.role, cli_actor_id(c), mgmt_no, offset, limit, &rows);
    if (rc)
        return cli_report_error(c, rc);
    cli_table t;
    cli_table_init(&t, cols, 9);
    for (size_t i = 0; i < auctreg_rows_count(rows); i++) {
        char id[24], year[24], ops[96];
        const char *row[9] = {
            I64(id, auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_ID)),
            I64(year, auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_YEAR)),
            cli_enum_text(c, AUCTREG_ENUM_APP_TYPE, (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_TYPE)),
            cli_enum_text(c, AUCTREG_ENUM_PAY_STATUS, (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_PAY_STATUS)),
            cli_enum_text(c, AUCTREG_ENUM_REVIEW_STATUS,
                          (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_REVIEW_ENTERPRISE)),
            cli_enum_text(c, AUCTREG_ENUM_REVIEW_STATUS,
                          (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_REVIEW_PROVINCE)),
            cli_enum_text(c, AUCTREG_ENUM_REVIEW_STATUS,
                          (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_REVIEW_NATIONAL)),
            cli_enum_text(c, AUCTREG_ENUM_APP_STATE, (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_STATE)),
            ops_text(c, auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_OPERATIONS), ops, sizeof ops),
        };
        cli_table_row(&t, row);
    }
    cli_print_rows(c, &t, rows);
    cli_table_free(&t);
    auctreg_rows_free(rows);
    return 0;
}

static int cmd_history(cli *c, const cli_args *a)
{
    int rc;
    if ((rc = cli_need_actor(c, "history")) != 0)
        return rc;
    const char *mgmt_no = cli_target_mgmt_no(c, a);
    if (!mgmt_no)
        return cli_usage_error(c, "history", "%s", cli_t(c, "需要拍卖师管理号", "needs the auctioneer's management number"));
    int64_t off, lim;
    if ((rc = cli_page(c, a, &off, &lim)) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    rc = cli_print_history(c, r, mgmt_no, off, lim);
    auctreg_registry_close(r);
    return rc;
}

static int cmd_queue(cli *c, const cli_args *a)
{
    static const cli_column cols[] = {
        {"id", "编号", "ID", CLI_COL_INT},
        {"year", "年度", "Year", CLI_COL_INT},
        {"type", "注册类型", "Type", CLI_COL_TEXT},
        {"mgmt_no", "管理号", "Mgmt no", CLI_COL_TEXT},
        {"name", "姓名", "Name", CLI_COL_TEXT},
        {"enterprise", "注册单位", "Enterprise", CLI_COL_TEXT},
        {"pay_status", "付费状态", "Payment", CLI_COL_TEXT},
        {"state", "状态", "State", CLI_COL_TEXT},
        {"submitted_at", "提交时间", "Submitted", CLI_COL_INT},
        {"version", "版本", "Version", CLI_COL_INT},
        {"enterprise_preparing", "企业筹建", "In preparation", CLI_COL_INT},
    };
    int rc;
    if (a->npos)
        return cli_usage_error(c, "queue", "%s", cli_t(c, "不接受参数", "takes no arguments"));
    if ((rc = cli_need_actor(c, "queue")) != 0)
        return rc;
    int64_t year = 0, off, lim;
    int type = 0, state = 0;
    const char *v;
    if ((v = cli_opt(a, "year")) && !cli_parse_int(c, "--year", v, 1900, 9999, &year))
        return CLI_EXIT_USAGE;
    if ((v = cli_opt(a, "type")) && !cli_parse_enum(c, "--type", AUCTREG_ENUM_APP_TYPE, v, &type))
        return CLI_EXIT_USAGE;
    if ((v = cli_opt(a, "state")) && !cli_parse_enum(c, "--state", AUCTREG_ENUM_APP_STATE, v, &state))
        return CLI_EXIT_USAGE;
    if ((rc = cli_page(c, a, &off, &lim)) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    auctreg_rows *rows = NULL;
    rc = auctreg_registry_queue(r, (auctreg_role)c->actor.role, cli_actor_id(c), (int)year, type, state, off, lim, &rows);
    if (rc) {
        rc = cli_report_error(c, rc);
    } else {
        cli_table t;
        cli_table_init(&t, cols, 11);
        for (size_t i = 0; i < auctreg_rows_count(rows); i++) {
            char id[24], yr[24], ver[24], at[40];
            int64_t sub = auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_SUBMITTED_AT);
            if (c->json)
                I64(at, sub);
            else
                cli_fmt_time(sub, at, sizeof at);
            int prep = (int)auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_ENTERPRISE_PREPARING);
            const char *row[11] = {
                I64(id, auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_ID)),
                I64(yr, auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_YEAR)),
                cli_enum_text(c, AUCTREG_ENUM_APP_TYPE, (int)auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_TYPE)),
                auctreg_rows_get_text(rows, i, AUCTREG_QUEUE_MGMT_NO),
                auctreg_rows_get_text(rows, i, AUCTREG_QUEUE_NAME),
                auctreg_rows_get_text(rows, i, AUCTREG_QUEUE_ENTERPRISE),
                cli_enum_text(c, AUCTREG_ENUM_PAY_STATUS, (int)auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_PAY_STATUS)),
                cli_enum_text(c, AUCTREG_ENUM_APP_STATE, (int)auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_STATE)),
                at,
                I64(ver, auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_VERSION)),
                c->json ? (prep ? "1" : "0") : prep ? cli_t(c, "是（需协调）", "yes (coordinate)") : "",
            };
            cli_table_row(&t, row);
        }
        cli_print_rows(c, &t, rows);
        cli_table_free(&t);
    }
    auctreg_rows_free(rows);
    auctreg_registry_close(r);
    return rc;
}

/* ---------------------------------------------------------------- show */

static void show_text(cli *c, const auctreg_application *app, const auctreg_rows *opinions)
{
    char buf[64];
    FILE *o = c->out;
    int64_t id = auctreg_application_get_int(app, AUCTREG_APP_ID);
    fprintf(o, "%s #%" PRId64 "\n", cli_t(c, "注册申请", "Application"), id);
    fprintf(o, "  %s: %" PRId64 "\n", cli_t(c, "申请注册年度", "Registration year"), auctreg_application_get_int(app, AUCTREG_APP_YEAR));
    fprintf(o, "  %s: %s\n", cli_t(c, "注册类型", "Type"),
            cli_enum_text(c, AUCTREG_ENUM_APP_TYPE, (int)auctreg_application_get_int(app, AUCTREG_APP_TYPE)));
    fprintf(o, "  %s: %s\n", cli_t(c, "拍卖师管理号", "Management number"), auctreg_application_get_text(app, AUCTREG_APP_MGMT_NO));
    fprintf(o, "  %s: %s (%02" PRId64 ")\n", cli_t(c, "注册单位", "Enterprise"), auctreg_application_get_text(app, AUCTREG_APP_ENTERPRISE),
            auctreg_application_get_int(app, AUCTREG_APP_PROVINCE));
    fprintf(o, "  %s: %s\n", cli_t(c, "状态", "State"),
            cli_enum_text(c, AUCTREG_ENUM_APP_STATE, (int)auctreg_application_get_int(app, AUCTREG_APP_STATE)));
    fprintf(o, "  %s: %s, %s %s %s\n", cli_t(c, "缴费方式", "Fee choice"),
            cli_enum_text(c, AUCTREG_ENUM_FEE_CHOICE, (int)auctreg_application_get_int(app, AUCTREG_APP_FEE_CHOICE)),
            cli_t(c, "应付", "due"), cli_fmt_fen(auctreg_application_get_int(app, AUCTREG_APP_FEE_DUE_FEN), buf, sizeof buf),
            cli_t(c, "元", "yuan"));
    fprintf(o, "  %s: %s\n", cli_t(c, "付费状态", "Payment status"),
            cli_enum_text(c, AUCTREG_ENUM_PAY_STATUS, (int)auctreg_application_get_int(app, AUCTREG_APP_PAY_STATUS)));
    fprintf(o, "  %s: %" PRId64 ", %s: %" PRId64 "\n", cli_t(c, "版本", "Version"), auctreg_application_get_int(app, AUCTREG_APP_VERSION),
            cli_t(c, "提交次数", "Submissions"), auctreg_application_get_int(app, AUCTREG_APP_SUBMIT_COUNT));
    fprintf(o, "%s:\n", cli_t(c, "审核", "Reviews"));
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        int st = 0;
        const char *op = "";
        int64_t at = 0;
        auctreg_application_review(app, (auctreg_level)l, &st, &op, &at);
        fputs("  ", o);
        cli_pad(o, auctreg_enum_label(AUCTREG_ENUM_LEVEL, l, c->lang), 24);
        fprintf(o, "%s%s%s\n", cli_enum_text(c, AUCTREG_ENUM_REVIEW_STATUS, st), *op ? "  " : "", op);
    }
    size_t n = auctreg_application_ce_count(app);
    char tot[32];
    fprintf(o, "%s (%s %s):\n", cli_t(c, "继续教育", "Continuing education"), cli_t(c, "合计学时", "total hours"),
            cli_fmt_tenths(auctreg_application_ce_total_tenths(app), tot, sizeof tot));
    for (size_t i = 0; i < n; i++) {
        const char *item = "";
        int64_t h = 0;
        auctreg_application_ce_get(app, i, &item, &h);
        fprintf(o, "  %zu. %s  %s\n", i + 1, item, cli_fmt_tenths(h, buf, sizeof buf));
    }
    n = auctreg_application_practice_count(app);
    fprintf(o, "%s:\n", cli_t(c, "执业情况", "Practice records"));
    for (size_t i = 0; i < n; i++) {
        int64_t s = 0, y = 0;
        const char *subj = "";
        auctreg_application_practice_get(app, i, &s, &subj, &y);
        const char *label = auctreg_codes_label(AUCTREG_CODES_SUBJECT_TYPE, subj, c->lang);
        fprintf(o, "  %zu. %" PRId64 " %s, %s, %" PRId64 " %s\n", i + 1, s, cli_t(c, "场", "sessions"), label ? label : subj,
                y, cli_t(c, "元", "yuan"));
    }
    n = auctreg_application_document_count(app);
    fprintf(o, "%s:\n", cli_t(c, "证明材料", "Supporting documents"));
    for (size_t i = 0; i < n; i++) {
        const char *kind = "", *name = "", *mt = "", *sha = "";
        int64_t size = 0;
        auctreg_application_document_get(app, i, &kind, &name, &mt, &size, &sha);
        const char *label = auctreg_codes_label(AUCTREG_CODES_DOCUMENT_KIND, kind, c->lang);
        fprintf(o, "  %zu. %s: %s (%s, %" PRId64 " bytes, sha256 %.16s…)\n", i + 1, label ? label : kind, name, mt, size, sha);
    }
    const auctreg_person *p = auctreg_application_person(app);
    if (p) {
        fprintf(o, "%s:\n", cli_t(c, "个人信息", "Personal data"));
        for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
            const char *v = auctreg_person_get(p, (auctreg_person_field)f);
            if (v && *v)
                fprintf(o, "  %s: %s\n", auctreg_person_field_name((auctreg_person_field)f), v);
        }
    }
    fprintf(o, "%s:\n", cli_t(c, "审核意见", "Opinions"));
    for (size_t i = 0; i < auctreg_rows_count(opinions); i++) {
        char at[40];
        int lv = (int)auctreg_rows_get_int(opinions, i, AUCTREG_AUDIT_LEVEL);
        fprintf(o, "  %s  %s  %s: %s\n", cli_fmt_time(auctreg_rows_get_int(opinions, i, AUCTREG_AUDIT_AT), at, sizeof at),
                lv >= 0 ? auctreg_enum_label(AUCTREG_ENUM_LEVEL, lv, c->lang) : "",
                auctreg_action_label((auctreg_action)auctreg_rows_get_int(opinions, i, AUCTREG_AUDIT_ACTION), c->lang),
                auctreg_rows_get_text(opinions, i, AUCTREG_AUDIT_OPINION));
    }
}

static void show_json(cli *c, const auctreg_application *app, const auctreg_rows *opinions)
{
    cli_json j;
    cli_json_init(&j, c->out);
    cli_json_begin_object(&j);
    for (int f = 0; f < AUCTREG_APP_FIELD_COUNT; f++) {
        const char *name = auctreg_app_field_name((auctreg_app_field)f);
        const char *txt = auctreg_application_get_text(app, (auctreg_app_field)f);
        if (txt) {
            cli_json_kv_string(&j, name, txt);
            continue;
        }
        int64_t v = auctreg_application_get_int(app, (auctreg_app_field)f);
        auctreg_enum_kind kind;
        bool is_enum = true;
        switch (f) {
        case AUCTREG_APP_TYPE: kind = AUCTREG_ENUM_APP_TYPE; break;
        case AUCTREG_APP_STATE: kind = AUCTREG_ENUM_APP_STATE; break;
        case AUCTREG_APP_FEE_CHOICE: kind = AUCTREG_ENUM_FEE_CHOICE; break;
        case AUCTREG_APP_PAY_STATUS: kind = AUCTREG_ENUM_PAY_STATUS; break;
        default: is_enum = false; kind = AUCTREG_ENUM_APP_TYPE; break;
        }
        if (is_enum)
            cli_json_kv_string(&j, name, auctreg_enum_code(kind, (int)v));
        else
            cli_json_kv_int(&j, name, v);
    }
    cli_json_key(&j, "reviews");
    cli_json_begin_object(&j);
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        int st = 0;
        const char *op = "";
        int64_t at = 0;
        auctreg_application_review(app, (auctreg_level)l, &st, &op, &at);
        cli_json_key(&j, auctreg_enum_code(AUCTREG_ENUM_LEVEL, l));
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "status", auctreg_enum_code(AUCTREG_ENUM_REVIEW_STATUS, st));
        cli_json_kv_string(&j, "opinion", op);
        cli_json_kv_int(&j, "decided_at", at);
        cli_json_end_object(&j);
    }
    cli_json_end_object(&j);
    cli_json_kv_int(&j, "ce_total_tenths", auctreg_application_ce_total_tenths(app));
    cli_json_key(&j, "ce");
    cli_json_begin_array(&j);
    for (size_t i = 0; i < auctreg_application_ce_count(app); i++) {
        const char *item = "";
        int64_t h = 0;
        auctreg_application_ce_get(app, i, &item, &h);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "item", item);
        cli_json_kv_int(&j, "hours_tenths", h);
        cli_json_end_object(&j);
    }
    cli_json_end_array(&j);
    cli_json_key(&j, "practice");
    cli_json_begin_array(&j);
    for (size_t i = 0; i < auctreg_application_practice_count(app); i++) {
        int64_t s = 0, y = 0;
        const char *subj = "";
        auctreg_application_practice_get(app, i, &s, &subj, &y);
        cli_json_begin_object(&j);
        cli_json_kv_int(&j, "sessions", s);
        cli_json_kv_string(&j, "subject", subj);
        cli_json_kv_int(&j, "turnover_yuan", y);
        cli_json_end_object(&j);
    }
    cli_json_end_array(&j);
    cli_json_key(&j, "documents");
    cli_json_begin_array(&j);
    for (size_t i = 0; i < auctreg_application_document_count(app); i++) {
        const char *kind = "", *name = "", *mt = "", *sha = "";
        int64_t size = 0;
        auctreg_application_document_get(app, i, &kind, &name, &mt, &size, &sha);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "kind", kind);
        cli_json_kv_string(&j, "file_name", name);
        cli_json_kv_string(&j, "media_type", mt);
        cli_json_kv_int(&j, "size", size);
        cli_json_kv_string(&j, "sha256", sha);
        cli_json_end_object(&j);
    }
    cli_json_end_array(&j);
    const auctreg_person *p = auctreg_application_person(app);
    if (p) {
        cli_json_key(&j, "person");
        cli_json_begin_object(&j);
        for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++)
            cli_json_kv_string(&j, auctreg_person_field_name((auctreg_person_field)f), auctreg_person_get(p, (auctreg_person_field)f));
        cli_json_end_object(&j);
    }
    cli_json_key(&j, "opinions");
    cli_json_begin_array(&j);
    for (size_t i = 0; i < auctreg_rows_count(opinions); i++) {
        int lv = (int)auctreg_rows_get_int(opinions, i, AUCTREG_AUDIT_LEVEL);
        cli_json_begin_object(&j);
        cli_json_kv_int(&j, "at", auctreg_rows_get_int(opinions, i, AUCTREG_AUDIT_AT));
        cli_json_kv_string(&j, "level", lv >= 0 ? auctreg_enum_code(AUCTREG_ENUM_LEVEL, lv) : NULL);
        cli_json_kv_string(&j, "action", auctreg_action_code((auctreg_action)auctreg_rows_get_int(opinions, i, AUCTREG_AUDIT_ACTION)));
        cli_json_kv_string(&j, "opinion", auctreg_rows_get_text(opinions, i, AUCTREG_AUDIT_OPINION));
        cli_json_end_object(&j);
    }
    cli_json_end_array(&j);
    cli_json_end_object(&j);
    fputc('\n', c->out);
}

int cli_show_application(cli *c, auctreg_registry *r, int64_t id)
{
    auctreg_application *app = NULL;
    auctreg_rows *opinions = NULL;
    int rc = auctreg_registry_get_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, &app);
    if (rc == 0)
        rc = auctreg_registry_opinions(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, &opinions);
    if (rc)
        rc = cli_report_error(c, rc);
    else if (c->json)
        show_json(c, app, opinions);
    else
        show_text(c, app, opinions);
    auctreg_rows_free(opinions);
    auctreg_application_free(app);
    return rc;
}

static int cmd_show(cli *c, const cli_args *a)
{
    int64_t id;
    int rc;
    if ((rc = cli_parse_app_id(c, a, "show", &id)) != 0 || (rc = cli_need_actor(c, "show")) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    rc = cli_show_application(c, r, id);
    auctreg_registry_close(r);
    return rc;
}

/* ---------------------------------------------------------------- audit */

int cli_print_audit(cli *c, auctreg_registry *r, int64_t id, int64_t off, int64_t lim)
{
    static const cli_column cols[] = {
        {"at", "时间", "Time", CLI_COL_INT},
        {"role", "角色", "Role", CLI_COL_TEXT},
        {"actor", "执行者", "Actor", CLI_COL_TEXT},
        {"action", "操作", "Action", CLI_COL_TEXT},
        {"from", "原状态", "From", CLI_COL_TEXT},
        {"to", "新状态", "To", CLI_COL_TEXT},
        {"level", "级别", "Level", CLI_COL_TEXT},
        {"version", "版本", "Version", CLI_COL_INT},
        {"opinion", "意见", "Opinion", CLI_COL_TEXT},
    };
    auctreg_rows *rows = NULL;
    int rc = auctreg_registry_audit(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, off, lim, &rows);
    if (rc)
        return cli_report_error(c, rc);
    cli_table t;
    cli_table_init(&t, cols, 9);
    for (size_t i = 0; i < auctreg_rows_count(rows); i++) {
        char at[40], ver[24];
        int64_t us = auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_AT);
        int lv = (int)auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_LEVEL);
        auctreg_action act = (auctreg_action)auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_ACTION);
        const char *row[9] = {
            c->json ? I64(at, us) : cli_fmt_time(us, at, sizeof at),
            cli_enum_text(c, AUCTREG_ENUM_ROLE, (int)auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_ROLE)),
            auctreg_rows_get_text(rows, i, AUCTREG_AUDIT_ACTOR),
            c->json ? auctreg_action_code(act) : auctreg_action_label(act, c->lang),
            cli_enum_text(c, AUCTREG_ENUM_APP_STATE, (int)auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_FROM)),
            cli_enum_text(c, AUCTREG_ENUM_APP_STATE, (int)auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_TO)),
            lv >= 0 ? cli_enum_text(c, AUCTREG_ENUM_LEVEL, lv) : "",
            I64(ver, auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_VERSION)),
            auctreg_rows_get_text(rows, i, AUCTREG_AUDIT_OPINION),
        };
        cli_table_row(&t, row);
    }
    cli_print_rows(c, &t, rows);
    cli_table_free(&t);
    auctreg_rows_free(rows);
    return 0;
}

static int cmd_audit(cli *c, const cli_args *a)
{
    int64_t id, off, lim;
    int rc;
    if ((rc = cli_parse_app_id(c, a, "audit", &id)) != 0 || (rc = cli_need_actor(c, "audit")) != 0 ||
        (rc = cli_page(c, a, &off, &lim)) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    rc = cli_print_audit(c, r, id, off, lim);
    auctreg_registry_close(r);
    return rc;
}

/* ---------------------------------------------------------------- actions */

static int cmd_actions(cli *c, const cli_args *a)
{
    static const cli_column cols[] = {
        {"action", "操作", "Action", CLI_COL_TEXT},
        {"label", "名称", "Name", CLI_COL_TEXT},
        {"available", "可执行", "Available", CLI_COL_TEXT},
        {"blockers", "原因", "Blockers", CLI_COL_TEXT},
    };
    int64_t id;
    int rc;
    if ((rc = cli_parse_app_id(c, a, "actions", &id)) != 0 || (rc = cli_need_actor(c, "actions")) != 0)
        return rc;
    int only = -1, choice = AUCTREG_FEE_NONE;
    const char *v;
    if ((v = cli_opt(a, "action"))) {
        auctreg_action act;
        if (auctreg_action_from_code(v, &act) != 0) {
            auctreg_error_clear();
            cli_words w = {"", 0};
            for (int k = 0; k < AUCTREG_ACTION_COUNT; k++)
                cli_words_add(&w, auctreg_action_code((auctreg_action)k));
            return cli_usage_error(c, "actions", "%s: %s\n%s %s", cli_t(c, "未知操作", "unknown action"), v,
                                   cli_t(c, "可用：", "known:"), w.buf);
        }
        only = (int)act;
    }
    if ((v = cli_opt(a, "fee")) && !cli_parse_enum(c, "--fee", AUCTREG_ENUM_FEE_CHOICE, v, &choice))
        return CLI_EXIT_USAGE;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    uint32_t mask = 0;
    rc = auctreg_registry_available(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, &mask);
    cli_table t;
    cli_table_init(&t, cols, 4);
    for (int k = 0; !rc && k < AUCTREG_ACTION_COUNT; k++) {
        if (only >= 0 && k != only)
            continue;
        if (only < 0 && k == AUCTREG_ACTION_CREATE)
            continue; /* creating concerns no existing application */
        auctreg_blockers *b = NULL;
        rc = auctreg_registry_blockers(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, (auctreg_action)k,
                                       (auctreg_fee_choice)choice, cli_opt(a, "opinion"), &b);
        if (rc)
            break;
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        for (size_t i = 0; m && i < auctreg_blockers_count(b); i++) {
            const char *field = auctreg_blockers_field(b, i);
            if (c->json)
                fprintf(m, "%s%s", i ? "," : "", auctreg_blockers_reason(b, i));
            else
                fprintf(m, "%s[%s%s%s] %s", i ? "; " : "", auctreg_blockers_reason(b, i), field && *field ? " " : "",
                        field ? field : "", auctreg_blockers_message(b, i, c->lang));
        }
        if (m)
            fclose(m);
        bool avail = (mask & AUCTREG_ACTION_BIT(k)) != 0;
        const char *row[4] = {auctreg_action_code((auctreg_action)k), auctreg_action_label((auctreg_action)k, c->lang),
                              c->json ? (avail ? "yes" : "no") : (avail ? cli_t(c, "是", "yes") : cli_t(c, "否", "no")),
                              text ? text : ""};
        /* Actions the role can never take are noise: shown with --all (or when asked for by name). */
        bool role_denied = auctreg_blockers_count(b) == 1 &&
                           strcmp(auctreg_blockers_reason(b, 0), "workflow.role.denied") == 0;
        if (only >= 0 || avail || cli_flag(a, "all") || (auctreg_blockers_count(b) > 0 && !role_denied))
            cli_table_row(&t, row);
        free(text);
        auctreg_blockers_free(b);
    }
    if (rc)
        rc = cli_report_error(c, rc);
    else {
        cli_table_print(c, &t);
        if (c->json)
            fputc('\n', c->out);
    }
    cli_table_free(&t);
    auctreg_registry_close(r);
    return rc;
}

/* ---------------------------------------------------------------- receipts, orders */

static int cmd_receipts(cli *c, const cli_args *a)
{
    static const cli_column cols[] = {
        {"receipt_no", "回执号", "Receipt", CLI_COL_TEXT},
        {"order_ref", "付款单", "Order", CLI_COL_TEXT},
        {"app_id", "申请编号", "Application", CLI_COL_INT},
        {"year", "年度", "Year", CLI_COL_INT},
        {"amount", "金额（元）", "Amount (yuan)", CLI_COL_TEXT},
        {"fee_choice", "缴费方式", "Fee", CLI_COL_TEXT},
        {"txn_id", "交易号", "Transaction", CLI_COL_TEXT},
        {"paid_at", "付款时间", "Paid at", CLI_COL_INT},
    };
    int rc;
    if ((rc = cli_need_actor(c, "receipts")) != 0)
        return rc;
    const char *mgmt_no = cli_target_mgmt_no(c, a);
    if (!mgmt_no)
        return cli_usage_error(c, "receipts", "%s", cli_t(c, "需要拍卖师管理号", "needs the auctioneer's management number"));
    int64_t off, lim;
    if ((rc = cli_page(c, a, &off, &lim)) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    auctreg_rows *rows = NULL;
    rc = auctreg_registry_list_receipts(r, (auctreg_role)c->actor.role, cli_actor_id(c), mgmt_no, off, lim, &rows);
    if (rc) {
        rc = cli_report_error(c, rc);
    } else {
        cli_table t;
        cli_table_init(&t, cols, 8);
        for (size_t i = 0; i < auctreg_rows_count(rows); i++) {
            char app[24], yr[24], amt[32], at[40];
            int64_t us = auctreg_rows_get_int(rows, i, AUCTREG_RECEIPT_PAID_AT);
            const char *row[8] = {
                auctreg_rows_get_text(rows, i, AUCTREG_RECEIPT_NO),
                auctreg_rows_get_text(rows, i, AUCTREG_RECEIPT_ORDER_REF),
                I64(app, auctreg_rows_get_int(rows, i, AUCTREG_RECEIPT_APP_ID)),
                I64(yr, auctreg_rows_get_int(rows, i, AUCTREG_RECEIPT_YEAR)),
                cli_fmt_fen(auctreg_rows_get_int(rows, i, AUCTREG_RECEIPT_AMOUNT_FEN), amt, sizeof amt),
                cli_enum_text(c, AUCTREG_ENUM_FEE_CHOICE, (int)auctreg_rows_get_int(rows, i, AUCTREG_RECEIPT_FEE_CHOICE)),
                auctreg_rows_get_text(rows, i, AUCTREG_RECEIPT_TXN_ID),
                c->json ? I64(at, us) : cli_fmt_time(us, at, sizeof at),
            };
            cli_table_row(&t, row);
        }
        cli_print_rows(c, &t, rows);
        cli_table_free(&t);
    }
    auctreg_rows_free(rows);
    auctreg_registry_close(r);
    return rc;
}

static int cmd_orders(cli *c, const cli_args *a)
{
    static const cli_column cols[] = {
        {"order_ref", "付款单", "Order", CLI_COL_TEXT},
        {"amount", "金额（元）", "Amount (yuan)", CLI_COL_TEXT},
        {"fee_choice", "缴费方式", "Fee", CLI_COL_TEXT},
        {"channel", "支付方式", "Channel", CLI_COL_TEXT},
        {"bank", "银行", "Bank", CLI_COL_TEXT},
        {"status", "状态", "Status", CLI_COL_TEXT},
        {"receipt_no", "回执号", "Receipt", CLI_COL_TEXT},
    };
    static const char *const channel_code[] = {"", "bank", "wechat", "alipay"};
    static const char *const status_code[] = {"open", "paid", "superseded", "cancelled"};
    static const char *const status_zh[] = {"待付款", "已付款", "已作废", "已取消"};
    int64_t id, off, lim;
    int rc;
    if ((rc = cli_parse_app_id(c, a, "orders", &id)) != 0 || (rc = cli_need_actor(c, "orders")) != 0 ||
        (rc = cli_page(c, a, &off, &lim)) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    auctreg_rows *rows = NULL;
    rc = auctreg_registry_list_payment_orders(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, off, lim, &rows);
    if (rc) {
        rc = cli_report_error(c, rc);
    } else {
        cli_table t;
        cli_table_init(&t, cols, 7);
        for (size_t i = 0; i < auctreg_rows_count(rows); i++) {
            char amt[32];
            int64_t ch = auctreg_rows_get_int(rows, i, AUCTREG_ORDER_CHANNEL);
            int64_t st = auctreg_rows_get_int(rows, i, AUCTREG_ORDER_STATUS);
            const char *bank = auctreg_rows_get_text(rows, i, AUCTREG_ORDER_BANK_CODE);
            const char *bank_name = bank && *bank && !c->json ? auctreg_codes_label(AUCTREG_CODES_BANK, bank, c->lang) : NULL;
            const char *row[7] = {
                auctreg_rows_get_text(rows, i, AUCTREG_ORDER_REF),
                cli_fmt_fen(auctreg_rows_get_int(rows, i, AUCTREG_ORDER_AMOUNT_FEN), amt, sizeof amt),
                cli_enum_text(c, AUCTREG_ENUM_FEE_CHOICE, (int)auctreg_rows_get_int(rows, i, AUCTREG_ORDER_FEE_CHOICE)),
                ch >= 1 && ch <= 3 ? channel_code[ch] : "?",
                bank_name ? bank_name : bank,
                st >= 0 && st <= 3 ? (c->json || c->lang == AUCTREG_LANG_EN ? status_code[st] : status_zh[st]) : "?",
                auctreg_rows_get_text(rows, i, AUCTREG_ORDER_RECEIPT_NO),
            };
            cli_table_row(&t, row);
        }
        cli_print_rows(c, &t, rows);
        cli_table_free(&t);
    }
    auctreg_rows_free(rows);
    auctreg_registry_close(r);
    return rc;
}

static const cli_optspec page_opts[] = {
    {"page", "N", "第 N 页（默认 1）", "page N (default 1)"},
    {"page-size", "N", "每页行数（默认 20）", "rows per page (default 20)"},
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec queue_opts[] = {
    {"year", "YEAR", "只列出该注册年度", "only this registration year"},
    {"type", "TYPE", "只列出该注册类型（RENEWAL、REREGISTRATION、FIRST）", "only this type (RENEWAL, REREGISTRATION, FIRST)"},
    {"state", "STATE", "只列出该状态（默认：本级待审）", "only this state (default: waiting at the actor's level)"},
    {"page", "N", "第 N 页（默认 1）", "page N (default 1)"},
    {"page-size", "N", "每页行数（默认 20）", "rows per page (default 20)"},
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec actions_opts[] = {
    {"action", "ACTION", "只看这一操作的原因（如 submit）", "only this action's blockers (e.g. submit)"},
    {"fee", "CHOICE", "评估 choose_fee 时的缴费方式", "fee choice to evaluate for choose_fee"},
    {"opinion", "TEXT", "评估驳回时的审核意见", "opinion to evaluate for a rejection"},
    {"all", NULL, "也列出该角色永远不能执行的操作", "also list the actions the actor's role can never take"},
    {NULL, NULL, NULL, NULL},
};

const cli_command cli_commands_query[] = {
    {"history", "[MGMT_NO]", "拍卖师注册申请历史记录（手册中的列表，分页）",
     "an auctioneer's registration history (the manual's list, paged)", page_opts, cmd_history},
    {"queue", "", "审核人的待审列表", "a reviewer's queue", queue_opts, cmd_queue},
    {"show", "ID", "申请详情，含全部审核意见", "an application's detail with every opinion", NULL, cmd_show},
    {"audit", "ID", "申请的审计记录", "an application's audit trail", page_opts, cmd_audit},
    {"actions", "ID", "执行者现在可执行的操作，以及其他操作不能执行的原因",
     "the actions this actor can take now, and why the others are blocked", actions_opts, cmd_actions},
    {"receipts", "[MGMT_NO]", "回执一览", "an auctioneer's receipts", page_opts, cmd_receipts},
    {"orders", "ID", "申请的付款单", "an application's payment orders", page_opts, cmd_orders},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
