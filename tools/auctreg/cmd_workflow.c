/* The workflow diagram, drawn by the library from its own transition table. */
#include <string.h>

#include "commands.h"

static int cmd_workflow(cli *c, const cli_args *a)
{
    if (a->npos)
        return cli_usage_error(c, "workflow", "%s", cli_t(c, "不接受参数", "takes no arguments"));
    const char *fmt = cli_opt(a, "format");
    bool mermaid;
    if (!fmt || strcmp(fmt, "dot") == 0)
        mermaid = false;
    else if (strcmp(fmt, "mermaid") == 0)
        mermaid = true;
    else
        return cli_usage_error(c, "workflow", "--format: dot | mermaid (%s)", fmt);
    char *text = mermaid ? auctreg_workflow_mermaid() : auctreg_workflow_dot();
    if (!text)
        return cli_report_error(c, auctreg_error_code() ? auctreg_error_code() : AUCTREG_ENOMEM);
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "format", mermaid ? "mermaid" : "dot");
        cli_json_kv_string(&j, "diagram", text);
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        fputs(text, c->out);
        size_t n = strlen(text);
        if (n && text[n - 1] != '\n')
            fputc('\n', c->out);
    }
    auctreg_free(text);
    return 0;
}

static const cli_optspec workflow_opts[] = {
    {"format", "dot|mermaid", "图的格式（默认 dot，Graphviz）", "diagram format (default dot, for Graphviz)"},
    {NULL, NULL, NULL, NULL},
};

const cli_command cli_commands_workflow[] = {
    {"workflow", "", "输出工作流状态图（由库的状态转换表生成，DOT 或 Mermaid）",
     "print the workflow state diagram, drawn from the library's transition table (DOT or Mermaid)",
     workflow_opts, cmd_workflow},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
