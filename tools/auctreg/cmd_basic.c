/* Commands that need no registry: version, enums, statuses. */
#include <string.h>

#include "commands.h"

static int cmd_version(cli *c, const cli_args *a)
{
    if (a->npos)
        return cli_usage_error(c, "version", "%s", cli_t(c, "不接受参数", "takes no arguments"));
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "tool", AUCTREG_VERSION_STRING);
        cli_json_kv_string(&j, "library", auctreg_version());
        cli_json_kv_int(&j, "library_number", auctreg_version_number());
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        fprintf(c->out, "auctreg %s (libauctreg %s)\n", AUCTREG_VERSION_STRING, auctreg_version());
    }
    return 0;
}

static const struct {
    const char *name;
    auctreg_enum_kind kind;
} enum_kinds[] = {
    {"app_type", AUCTREG_ENUM_APP_TYPE},   {"app_state", AUCTREG_ENUM_APP_STATE},
    {"level", AUCTREG_ENUM_LEVEL},         {"review_status", AUCTREG_ENUM_REVIEW_STATUS},
    {"pay_status", AUCTREG_ENUM_PAY_STATUS}, {"fee_choice", AUCTREG_ENUM_FEE_CHOICE},
    {"role", AUCTREG_ENUM_ROLE},
};
#define NKINDS (sizeof enum_kinds / sizeof enum_kinds[0])

/* Enum values are small and dense; scanning 0..63 finds every one the library knows. */
#define ENUM_SCAN 64

static int cmd_enums(cli *c, const cli_args *a)
{
    static const cli_column cols[] = {
        {"kind", "枚举", "Enumeration", CLI_COL_TEXT},
        {"value", "值", "Value", CLI_COL_INT},
        {"code", "代码", "Code", CLI_COL_TEXT},
        {"label_zh", "中文名称", "Chinese label", CLI_COL_TEXT},
        {"label_en", "英文名称", "English label", CLI_COL_TEXT},
    };
    if (a->npos > 1)
        return cli_usage_error(c, "enums", "%s", cli_t(c, "最多一个参数 KIND", "at most one argument KIND"));
    size_t only = NKINDS;
    if (a->npos == 1) {
        for (size_t k = 0; k < NKINDS; k++)
            if (strcmp(enum_kinds[k].name, a->pos[0]) == 0)
                only = k;
        if (only == NKINDS) {
            cli_words w = {"", 0};
            for (size_t k = 0; k < NKINDS; k++)
                cli_words_add(&w, enum_kinds[k].name);
            return cli_usage_error(c, "enums", "%s: %s\n%s %s", cli_t(c, "未知的枚举", "unknown enumeration"),
                                   a->pos[0], cli_t(c, "可用：", "known:"), w.buf);
        }
    }
    cli_table t;
    cli_table_init(&t, cols, 5);
    for (size_t k = 0; k < NKINDS; k++) {
        if (only != NKINDS && k != only)
            continue;
        for (int v = 0; v < ENUM_SCAN; v++) {
            const char *code = auctreg_enum_code(enum_kinds[k].kind, v);
            if (!code)
                continue;
            char num[16];
            snprintf(num, sizeof num, "%d", v);
            const char *row[5] = {enum_kinds[k].name, num, code,
                                  auctreg_enum_label(enum_kinds[k].kind, v, AUCTREG_LANG_ZH),
                                  auctreg_enum_label(enum_kinds[k].kind, v, AUCTREG_LANG_EN)};
            if (!cli_table_row(&t, row)) {
                cli_table_free(&t);
                return cli_exit_for_status(AUCTREG_ENOMEM);
            }
        }
    }
    cli_table_print(c, &t);
    if (c->json)
        fputc('\n', c->out);
    cli_table_free(&t);
    return 0;
}

static int cmd_statuses(cli *c, const cli_args *a)
{
    static const cli_column cols[] = {
        {"exit", "退出状态", "Exit status", CLI_COL_INT},
        {"status", "状态码", "Status", CLI_COL_TEXT},
        {"code", "值", "Code", CLI_COL_INT},
        {"meaning", "含义", "Meaning", CLI_COL_TEXT},
    };
    if (a->npos)
        return cli_usage_error(c, "statuses", "%s", cli_t(c, "不接受参数", "takes no arguments"));
    cli_table t;
    cli_table_init(&t, cols, 4);
    char ex[16], code[16];
    const char *r0[4] = {"0", "AUCTREG_OK", "0", auctreg_strerror(AUCTREG_OK)};
    const char *r2[4] = {"2", "", "", cli_t(c, "用法错误（参数不正确）", "usage error (bad arguments)")};
    const char *r3[4] = {"3", "", "",
                         cli_t(c, "工具读写文件失败", "the tool could not read or write a file")};
    bool ok = cli_table_row(&t, r0) && cli_table_row(&t, r2) && cli_table_row(&t, r3);
    for (int s = AUCTREG_ERROR; ok && s >= AUCTREG_STATUS_MIN; s--) {
        snprintf(ex, sizeof ex, "%d", cli_exit_for_status(s));
        snprintf(code, sizeof code, "%d", s);
        const char *row[4] = {ex, auctreg_status_name(s), code, auctreg_strerror(s)};
        ok = cli_table_row(&t, row);
    }
    if (ok)
        cli_table_print(c, &t);
    if (ok && c->json)
        fputc('\n', c->out);
    cli_table_free(&t);
    return ok ? 0 : cli_exit_for_status(AUCTREG_ENOMEM);
}

const cli_command cli_commands_basic[] = {
    {"version", "", "显示工具和库的版本", "show the tool and library versions", NULL, cmd_version},
    {"enums", "[KIND]",
     "列出枚举的代码和中英文名称（app_type、app_state、level、review_status、pay_status、fee_choice、role）",
     "list enumeration codes with their Chinese and English labels (app_type, app_state, level, "
     "review_status, pay_status, fee_choice, role)",
     NULL, cmd_enums},
    {"statuses", "", "列出退出状态与库状态码的对应关系", "list the exit statuses and the library status codes",
     NULL, cmd_statuses},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
