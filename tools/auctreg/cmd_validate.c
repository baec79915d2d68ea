/* Commands over the pure modules (no registry): validate a field value, list code tables. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commands.h"

/* Today's date for checks that need one: --today, or the system date (the tool is the application). */
int cli_today(const cli *c, const char *opt, char out[11])
{
    if (opt) {
        int rc = auctreg_validate_date(opt);
        if (rc != 0)
            return cli_report_error(c, rc);
        memcpy(out, opt, 10);
        out[10] = '\0';
        return 0;
    }
    time_t now = time(NULL);
    struct tm tm;
    if (!localtime_r(&now, &tm) || strftime(out, 11, "%Y-%m-%d", &tm) != 10)
        return cli_io_error(c, "无法读取系统日期", "cannot read the system date", NULL);
    return 0;
}

static const char *const extra_fields[] = {"uscc", "mobile", "date", "hours", "turnover", NULL};

static void print_ok(cli *c, const char *field, const char *value, const char *normal,
                     const auctreg_id_info *info)
{
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "field", field);
        cli_json_kv_string(&j, "value", value);
        cli_json_kv_bool(&j, "valid", true);
        if (normal)
            cli_json_kv_string(&j, "normalised", normal);
        if (info && info->number[0]) {
            cli_json_kv_string(&j, "birth_date", info->birth_date);
            cli_json_kv_string(&j, "gender", info->gender);
            cli_json_kv_string(&j, "area", info->area);
        }
        cli_json_end_object(&j);
        fputc('\n', c->out);
        return;
    }
    fprintf(c->out, "%s: %s %s\n", field, value, cli_t(c, "有效", "is valid"));
    if (normal)
        fprintf(c->out, "  %s: %s\n", cli_t(c, "规范值", "normalised"), normal);
    if (info && info->number[0]) {
        const char *g = auctreg_codes_label(AUCTREG_CODES_GENDER, info->gender, c->lang);
        const char *area = auctreg_codes_label(AUCTREG_CODES_DIVISION, info->area, c->lang);
        fprintf(c->out, "  %s: %s\n  %s: %s (%s)\n  %s: %s%s%s%s\n", cli_t(c, "出生日期", "birth date"),
                info->birth_date, cli_t(c, "性别", "gender"), g ? g : "", info->gender,
                cli_t(c, "地区码", "area code"), info->area, area ? " (" : "", area ? area : "",
                area ? ")" : "");
    }
}

static int cmd_validate(cli *c, const cli_args *a)
{
    if (a->npos != 2)
        return cli_usage_error(c, "validate", "%s",
                               cli_t(c, "需要两个参数：FIELD VALUE", "needs two arguments: FIELD VALUE"));
    const char *field = a->pos[0], *value = a->pos[1];
    char today[11];
    int rc = cli_today(c, c->today, today);
    if (rc)
        return rc;
    auctreg_validate_options opts;
    rc = auctreg_validate_options_init(&opts, AUCTREG_VALIDATE_OPTIONS_VERSION);
    if (rc)
        return cli_report_error(c, rc);
    opts.today = today;
    char normal[32] = "";
    auctreg_id_info info;
    memset(&info, 0, sizeof info);
    const char *id_type = cli_opt(a, "id-type");
    auctreg_person_field pf;
    if (strcmp(field, "id_number") == 0) {
        rc = auctreg_validate_id_number(id_type ? id_type : AUCTREG_ID_TYPE_RESIDENT_ID, value, today,
                                        &info);
        if (!rc && info.number[0] && strcmp(info.number, value) != 0)
            snprintf(normal, sizeof normal, "%s", info.number);
    } else if (strcmp(field, "uscc") == 0) {
        rc = auctreg_validate_uscc(value);
    } else if (strcmp(field, "mobile") == 0) {
        rc = auctreg_validate_mobile(value);
    } else if (strcmp(field, "date") == 0) {
        rc = auctreg_validate_date(value);
    } else if (strcmp(field, "hours") == 0) {
        int64_t t = 0;
        rc = auctreg_parse_hours(value, &t);
        if (!rc)
            cli_fmt_tenths(t, normal, sizeof normal);
    } else if (strcmp(field, "turnover") == 0) {
        int64_t y = 0;
        rc = auctreg_parse_turnover_wan(value, &y);
        if (!rc)
            snprintf(normal, sizeof normal, "%lld %s", (long long)y, cli_t(c, "元", "yuan"));
    } else if (auctreg_person_field_from_name(field, &pf) == 0) {
        rc = auctreg_validate_person_field(pf, value, &opts);
    } else {
        cli_words w = {"", 0};
        for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++)
            cli_words_add(&w, auctreg_person_field_name((auctreg_person_field)f));
        for (size_t i = 0; extra_fields[i]; i++)
            cli_words_add(&w, extra_fields[i]);
        return cli_usage_error(c, "validate", "%s: %s\n%s %s", cli_t(c, "未知字段", "unknown field"), field,
                               cli_t(c, "可用字段：", "known fields:"), w.buf);
    }
    if (rc)
        return cli_report_error(c, rc);
    print_ok(c, field, value, normal[0] ? normal : NULL, &info);
    return 0;
}

static int cmd_codes(cli *c, const cli_args *a)
{
    static const cli_column cols[] = {
        {"code", "代码", "Code", CLI_COL_TEXT},
        {"name_zh", "中文名称", "Chinese name", CLI_COL_TEXT},
        {"name_en", "英文名称", "English name", CLI_COL_TEXT},
    };
    if (a->npos > 1)
        return cli_usage_error(c, "codes", "%s", cli_t(c, "最多一个参数 TABLE", "at most one argument TABLE"));
    if (a->npos == 0) { /* list the tables */
        static const cli_column tcols[] = {
            {"table", "代码表", "Table", CLI_COL_TEXT},
            {"entries", "条目数", "Entries", CLI_COL_INT},
            {"source", "来源", "Source", CLI_COL_TEXT},
        };
        cli_table t;
        cli_table_init(&t, tcols, 3);
        for (int k = 0; k < AUCTREG_CODES_TABLE_COUNT; k++) {
            char n[24];
            snprintf(n, sizeof n, "%zu", auctreg_codes_count((auctreg_code_table)k));
            const char *row[3] = {auctreg_codes_table_name((auctreg_code_table)k), n,
                                  auctreg_codes_source((auctreg_code_table)k)};
            cli_table_row(&t, row);
        }
        cli_table_print(c, &t);
        if (c->json)
            fputc('\n', c->out);
        cli_table_free(&t);
        return 0;
    }
    int table = -1;
    for (int k = 0; k < AUCTREG_CODES_TABLE_COUNT; k++)
        if (strcmp(auctreg_codes_table_name((auctreg_code_table)k), a->pos[0]) == 0)
            table = k;
    if (table < 0)
        return cli_usage_error(c, "codes", cli_t(c, "未知的代码表：%s（不带参数可列出全部）",
                                                 "unknown code table: %s (run without arguments to list them)"),
                               a->pos[0]);
    const char *under = cli_opt(a, "under");
    const char *find = cli_opt(a, "find");
    /* An exact name (aliases such as 毛难族 included) names one entry, found by the library. */
    size_t exact = (size_t)-1;
    if (find && auctreg_codes_find_name((auctreg_code_table)table, find, &exact) != 0)
        exact = (size_t)-1;
    cli_table t;
    cli_table_init(&t, cols, 3);
    size_t n = auctreg_codes_count((auctreg_code_table)table);
    for (size_t i = 0; i < n; i++) {
        const char *code = auctreg_codes_code((auctreg_code_table)table, i);
        const char *zh = auctreg_codes_name((auctreg_code_table)table, i, AUCTREG_LANG_ZH);
        const char *en = auctreg_codes_name((auctreg_code_table)table, i, AUCTREG_LANG_EN);
        if (under && strncmp(code, under, strlen(under)) != 0)
            continue;
        if (find && i != exact && !strstr(zh, find) && !strstr(en, find) && strcmp(code, find) != 0)
            continue;
        const char *row[3] = {code, zh, en};
        cli_table_row(&t, row);
    }
    size_t rows = t.nrows;
    cli_table_print(c, &t);
    if (c->json)
        fputc('\n', c->out);
    cli_table_free(&t);
    if (!rows && (under || find)) {
        auctreg_error_clear();
        if (c->json) {
            cli_json j;
            cli_json_error_begin(c, &j, auctreg_status_name(AUCTREG_ENOTFOUND), AUCTREG_ENOTFOUND,
                                 cli_exit_for_status(AUCTREG_ENOTFOUND));
            cli_json_kv_string(&j, "message", cli_t(c, "没有匹配的条目", "no matching entry"));
            cli_json_error_end(&j);
        } else {
            fprintf(c->err, "%s\n", cli_t(c, "没有匹配的条目", "no matching entry"));
        }
        return cli_exit_for_status(AUCTREG_ENOTFOUND);
    }
    return 0;
}

static const cli_optspec validate_opts[] = {
    {"id-type", "TYPE", "证件类型代码（用于 id_number，默认 resident_id）",
     "ID document type code (for id_number; default resident_id)"},
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec codes_opts[] = {
    {"find", "TEXT", "只列出代码相同或名称包含 TEXT 的条目", "only entries whose code is TEXT or whose name contains it"},
    {"under", "PREFIX", "只列出以 PREFIX 开头的代码（如省代码 32）", "only codes starting with PREFIX (e.g. province 32)"},
    {NULL, NULL, NULL, NULL},
};

const cli_command cli_commands_pure[] = {
    {"validate", "FIELD VALUE",
     "检查单个字段值（如身份证号、统一社会信用代码、手机号、学时），报告所有问题",
     "check one field value (ID number, credit code, mobile, hours...) and report every problem",
     validate_opts, cmd_validate},
    {"codes", "[TABLE]", "列出代码表（民族、学历、行政区划、银行……）",
     "list a code table (ethnicity, education, divisions, banks...)", codes_opts, cmd_codes},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
