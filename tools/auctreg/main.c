/*
 * `auctreg`: operate an auctioneer practice registry from the command line.
 *
 *   auctreg [GLOBAL OPTIONS] COMMAND [OPTIONS] [ARGUMENTS]
 *
 * Global options may appear before or after the command. See docs/auctreg.1.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "commands.h"

static const cli_command *const command_groups[] = {
    cli_commands_demo,
    cli_commands_basic,
    cli_commands_pure,
    cli_commands_workflow,
    cli_commands_registry,
    cli_commands_query,
    cli_commands_xml,
};

static const cli_optspec global_opts[] = {
    {"db", "PATH", "注册库文件（默认 ./auctreg.db）", "registry file (default ./auctreg.db)"},
    {"as", "ROLE[:ID]",
     "执行者：applicant:管理号、enterprise:统一社会信用代码、province:省代码、national、admin",
     "actor: applicant:MGMT_NO, enterprise:USCC, province:CODE, national, admin"},
    {"today", "DATE", "把“今天”定为 DATE（YYYY-MM-DD；默认系统日期）",
     "take DATE (YYYY-MM-DD) as today (default: the system date)"},
    {"json", NULL, "以 JSON 输出（供脚本使用）", "print JSON (for scripts)"},
    {"lang", "zh|en", "界面语言（默认 zh）", "language of labels and messages (default zh)"},
    {"help", NULL, "显示帮助", "show help"},
    {NULL, NULL, NULL, NULL},
};

const cli_command *cli_find_command(const char *name)
{
    for (size_t g = 0; g < sizeof command_groups / sizeof command_groups[0]; g++)
        for (const cli_command *cmd = command_groups[g]; cmd->name; cmd++)
            if (strcmp(cmd->name, name) == 0)
                return cmd;
    return NULL;
}

static void print_opts(const cli *c, const cli_optspec *o)
{
    for (; o && o->name; o++) {
        char head[96];
        snprintf(head, sizeof head, "  --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        cli_pad(c->out, head, 28);
        if (cli_display_width(head) >= 28)
            fprintf(c->out, "\n%28s", "");
        fprintf(c->out, " %s\n", cli_t(c, o->help_zh, o->help_en));
    }
}

void cli_print_command_help(const cli *c, const cli_command *cmd)
{
    fprintf(c->out, "%s: %s %s%s%s\n\n%s\n", cli_t(c, "用法", "Usage"), c->prog, cmd->name,
            *cmd->synopsis ? " " : "", cmd->synopsis, cli_t(c, cmd->summary_zh, cmd->summary_en));
    if (cmd->opts && cmd->opts->name) {
        fprintf(c->out, "\n%s\n", cli_t(c, "选项：", "Options:"));
        print_opts(c, cmd->opts);
    }
    fprintf(c->out, "\n%s\n", cli_t(c, "全局选项：", "Global options:"));
    print_opts(c, global_opts);
}

static void print_main_help(const cli *c)
{
    fprintf(c->out, "%s: %s [%s] %s [%s]\n\n%s\n\n%s\n", cli_t(c, "用法", "Usage"), c->prog,
            cli_t(c, "全局选项", "GLOBAL OPTIONS"), cli_t(c, "命令", "COMMAND"),
            cli_t(c, "参数", "ARGUMENTS"),
            cli_t(c, "拍卖师执业注册库（libauctreg）的命令行工具。",
                  "Command-line tool of the auctioneer practice registry (libauctreg)."),
            cli_t(c, "命令：", "Commands:"));
    for (size_t g = 0; g < sizeof command_groups / sizeof command_groups[0]; g++)
        for (const cli_command *cmd = command_groups[g]; cmd->name; cmd++) {
            fputs("  ", c->out);
            cli_pad(c->out, cmd->name, 18);
            fprintf(c->out, " %s\n", cli_t(c, cmd->summary_zh, cmd->summary_en));
        }
    fprintf(c->out, "\n%s\n", cli_t(c, "全局选项：", "Global options:"));
    print_opts(c, global_opts);
    fprintf(c->out, "\n%s\n",
            cli_t(c, "每个命令都接受 --help。退出状态见 auctreg(1) 或 `auctreg statuses`。",
                  "Every command accepts --help. Exit statuses: see auctreg(1) or `auctreg statuses`."));
}

static int parse_actor(cli *c, const char *s)
{
    char role[32];
    const char *colon = strchr(s, ':');
    size_t n = colon ? (size_t)(colon - s) : strlen(s);
    if (n == 0 || n >= sizeof role)
        return cli_usage_error(c, NULL, cli_t(c, "--as 应为 ROLE[:ID]：%s", "--as must be ROLE[:ID]: %s"), s);
    memcpy(role, s, n);
    role[n] = '\0';
    int r;
    if (!cli_parse_enum(c, "--as", AUCTREG_ENUM_ROLE, role, &r))
        return CLI_EXIT_USAGE;
    c->actor.set = true;
    c->actor.role = r;
    c->actor.id = colon ? colon + 1 : "";
    return 0;
}

/* Match "--name" or "--name=value" against a spec list; returns its index or -1. */
static int match_opt(const cli_optspec *spec, const char *arg, const char **inline_value)
{
    *inline_value = NULL;
    if (!spec || strncmp(arg, "--", 2) != 0)
        return -1;
    const char *name = arg + 2;
    const char *eq = strchr(name, '=');
    size_t n = eq ? (size_t)(eq - name) : strlen(name);
    for (int i = 0; spec[i].name; i++)
        if (strlen(spec[i].name) == n && strncmp(spec[i].name, name, n) == 0) {
            if (eq)
                *inline_value = eq + 1;
            return i;
        }
    return -1;
}

int main(int argc, char **argv)
{
    cli c = {0};
    c.prog = "auctreg";
    c.argv0 = argc > 0 && argv[0] && *argv[0] ? argv[0] : "auctreg";
    c.db = "./auctreg.db";
    c.lang = AUCTREG_LANG_ZH;
    c.out = stdout;
    c.err = stderr;

    /* First pass: --lang, so that every message, usage errors included, is in that language. */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        const char *v = NULL;
        if (strncmp(argv[i], "--lang=", 7) == 0)
            v = argv[i] + 7;
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            v = argv[i + 1];
        if (v && strcmp(v, "en") == 0)
            c.lang = AUCTREG_LANG_EN;
        else if (v && strcmp(v, "zh") == 0)
            c.lang = AUCTREG_LANG_ZH;
        else if (v)
            return cli_usage_error(&c, NULL, "--lang: zh | en (%s)", v);
    }
    auctreg_error_set_language(c.lang);

    const cli_command *cmd = NULL;
    cli_args a;
    memset(&a, 0, sizeof a);
    bool only_pos = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *val = NULL;
        int gi, ci;
        if (!only_pos && strcmp(arg, "--") == 0) {
            only_pos = true;
            continue;
        }
        if (!only_pos && (strcmp(arg, "-h") == 0)) {
            a.help = true;
            continue;
        }
        if (!only_pos && (gi = match_opt(global_opts, arg, &val)) >= 0) {
            const cli_optspec *o = &global_opts[gi];
            if (o->arg && !val) {
                if (i + 1 >= argc)
                    return cli_usage_error(&c, cmd ? cmd->name : NULL,
                                           cli_t(&c, "--%s 缺少参数", "--%s needs a value"), o->name);
                val = argv[++i];
            } else if (!o->arg && val) {
                return cli_usage_error(&c, cmd ? cmd->name : NULL,
                                       cli_t(&c, "--%s 不接受参数", "--%s takes no value"), o->name);
            }
            if (strcmp(o->name, "db") == 0) {
                if (!*val)
                    return cli_usage_error(&c, NULL, "%s", cli_t(&c, "--db 不能为空", "--db must not be empty"));
                c.db = val;
            } else if (strcmp(o->name, "as") == 0) {
                int rc = parse_actor(&c, val);
                if (rc)
                    return rc;
            } else if (strcmp(o->name, "today") == 0) {
                c.today = val;
            } else if (strcmp(o->name, "json") == 0) {
                c.json = true;
            } else if (strcmp(o->name, "help") == 0) {
                a.help = true;
            } /* --lang was handled in the first pass */
            continue;
        }
        if (!only_pos && cmd && (ci = match_opt(cmd->opts, arg, &val)) >= 0) {
            const cli_optspec *o = &cmd->opts[ci];
            if (o->arg && !val) {
                if (i + 1 >= argc)
                    return cli_usage_error(&c, cmd->name,
                                           cli_t(&c, "--%s 缺少参数", "--%s needs a value"), o->name);
                val = argv[++i];
            } else if (!o->arg && val) {
                return cli_usage_error(&c, cmd->name,
                                       cli_t(&c, "--%s 不接受参数", "--%s takes no value"), o->name);
            }
            a.value[ci] = o->arg ? val : "";
            if (a.nocc >= CLI_MAX_OCC)
                return cli_usage_error(&c, cmd->name, "%s", cli_t(&c, "选项过多", "too many options"));
            a.occ[a.nocc].opt = (size_t)ci;
            a.occ[a.nocc++].value = a.value[ci];
            continue;
        }
        if (!only_pos && arg[0] == '-' && arg[1] != '\0')
            return cli_usage_error(&c, cmd ? cmd->name : NULL,
                                   cli_t(&c, "未知选项：%s", "unknown option: %s"), arg);
        if (!cmd) {
            cmd = cli_find_command(arg);
            if (!cmd) {
                if (strcmp(arg, "help") == 0) {
                    a.help = true;
                    continue;
                }
                return cli_usage_error(&c, NULL, cli_t(&c, "未知命令：%s", "unknown command: %s"), arg);
            }
            a.spec = cmd->opts;
            for (a.nspec = 0; cmd->opts && cmd->opts[a.nspec].name; a.nspec++)
                ;
            continue;
        }
        if (a.npos >= CLI_MAX_POS)
            return cli_usage_error(&c, cmd->name, "%s", cli_t(&c, "参数过多", "too many arguments"));
        a.pos[a.npos++] = arg;
    }
    if (!cmd) {
        print_main_help(&c);
        return a.help ? CLI_EXIT_OK : CLI_EXIT_USAGE;
    }
    if (a.help) {
        cli_print_command_help(&c, cmd);
        return CLI_EXIT_OK;
    }
    int rc = cmd->run(&c, &a);
    if (fflush(c.out) != 0 && rc == 0)
        rc = CLI_EXIT_IO;
    return rc;
}
