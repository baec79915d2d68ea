/* XML interchange: export applications, import one as a draft, validate documents, print the schema. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

int cli_read_xml_application(cli *c, const char *path, auctreg_application **out)
{
    char *xml = NULL;
    size_t len = 0;
    int rc = cli_read_file(c, path, &xml, &len);
    if (rc)
        return rc;
    rc = auctreg_xml_application_read(xml, len, out);
    free(xml);
    if (rc) {
        fprintf(c->err, "%s: %s\n", c->prog, path);
        return cli_report_error(c, rc);
    }
    return 0;
}

static int write_file(const cli *c, const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    size_t n = strlen(text);
    if (!f || fwrite(text, 1, n, f) != n || fclose(f) != 0) {
        fprintf(c->err, "%s: %s: %s\n", c->prog, cli_t(c, "无法写入文件", "cannot write file"), path);
        return CLI_EXIT_IO;
    }
    return 0;
}

/* Every application the actor can list (administrators: all of them), oldest submission first. */
static int collect_ids(cli *c, auctreg_registry *r, int64_t **ids, size_t *n)
{
    *ids = NULL;
    *n = 0;
    for (int64_t off = 0;; off += AUCTREG_PAGE_MAX) {
        auctreg_rows *rows = NULL;
        int rc = auctreg_registry_queue(r, (auctreg_role)c->actor.role, cli_actor_id(c), 0, 0, 0, off,
                                        AUCTREG_PAGE_MAX, &rows);
        if (rc) {
            free(*ids);
            *ids = NULL;
            return cli_report_error(c, rc);
        }
        size_t k = auctreg_rows_count(rows);
        int64_t *p = k ? realloc(*ids, (*n + k) * sizeof **ids) : *ids;
        if (k && !p) {
            auctreg_rows_free(rows);
            free(*ids);
            *ids = NULL;
            return cli_exit_for_status(AUCTREG_ENOMEM);
        }
        *ids = p;
        for (size_t i = 0; i < k; i++)
            (*ids)[(*n)++] = auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_ID);
        int64_t total = auctreg_rows_total(rows);
        auctreg_rows_free(rows);
        if (k == 0 || (int64_t)*n >= total)
            return 0;
    }
}

static int cmd_export(cli *c, const cli_args *a)
{
    int rc;
    if ((rc = cli_need_actor(c, "export")) != 0)
        return rc;
    const char *dir = cli_opt(a, "dir");
    if (!dir || !*dir)
        return cli_usage_error(c, "export", "%s", cli_t(c, "需要 --dir 目录", "needs --dir DIR"));
    int64_t *ids = NULL;
    size_t n = 0;
    if (a->npos) {
        ids = calloc(a->npos, sizeof *ids);
        if (!ids)
            return cli_exit_for_status(AUCTREG_ENOMEM);
        for (size_t i = 0; i < a->npos; i++)
            if (!cli_parse_int(c, "ID", a->pos[i], 1, INT64_MAX, &ids[n++])) {
                free(ids);
                return CLI_EXIT_USAGE;
            }
    }
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0) {
        free(ids);
        return rc;
    }
    if (!a->npos && (rc = collect_ids(c, r, &ids, &n)) != 0) {
        auctreg_registry_close(r);
        return rc;
    }
    int flags = cli_flag(a, "no-content") ? AUCTREG_XML_NO_CONTENT : 0;
    cli_progress bar;
    cli_progress_start(&bar, c, cli_t(c, "导出", "export"), n);
    cli_json j;
    cli_json_init(&j, c->out);
    if (c->json)
        cli_json_begin_array(&j);
    size_t done = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        auctreg_application *app = NULL;
        char *xml = NULL;
        char path[4096];
        rc = auctreg_registry_get_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), ids[i], &app);
        if (rc == 0)
            rc = auctreg_xml_application_write(app, flags, &xml);
        auctreg_application_free(app);
        if (rc) {
            cli_progress_finish(&bar);
            rc = cli_report_error(c, rc);
        } else if ((size_t)snprintf(path, sizeof path, "%s/application-%" PRId64 ".xml", dir, ids[i]) >= sizeof path) {
            rc = cli_usage_error(c, "export", "%s", cli_t(c, "--dir 路径过长", "--dir path too long"));
        } else if ((rc = write_file(c, path, xml)) == 0) {
            done++;
            if (c->json)
                cli_json_string(&j, path);
            else if (!bar.active)
                fprintf(c->out, "%s\n", path);
        }
        auctreg_free(xml);
        cli_progress_update(&bar, i + 1);
    }
    cli_progress_finish(&bar);
    if (c->json) {
        cli_json_end_array(&j);
        fputc('\n', c->out);
    } else if (rc == 0) {
        fprintf(c->out, "%s %zu %s %s\n", cli_t(c, "已导出", "exported"), done,
                cli_t(c, "份申请到", "applications to"), dir);
    }
    free(ids);
    auctreg_registry_close(r);
    return rc;
}

static int cmd_import(cli *c, const cli_args *a)
{
    int rc;
    if (a->npos != 1)
        return cli_usage_error(c, "import", "%s", cli_t(c, "需要一个参数：XML 文件", "needs one argument: the XML file"));
    if ((rc = cli_need_actor(c, "import")) != 0)
        return rc;
    auctreg_application *content = NULL;
    if ((rc = cli_read_xml_application(c, a->pos[0], &content)) != 0)
        return rc;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) == 0) {
        int64_t id = 0;
        rc = auctreg_registry_create_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), content, &id);
        if (rc)
            rc = cli_report_error(c, rc);
        else
            cli_print_app_brief(c, r, id, cli_t(c, "已从 XML 创建草稿", "draft created from XML"));
        auctreg_registry_close(r);
    }
    auctreg_application_free(content);
    return rc;
}

static int cmd_xml(cli *c, const cli_args *a)
{
    const char *verb = a->npos ? a->pos[0] : "";
    if (strcmp(verb, "schema") == 0 && a->npos == 1) {
        fputs(auctreg_xml_schema(), c->out);
        return 0;
    }
    if (strcmp(verb, "validate") != 0 || a->npos < 2)
        return cli_usage_error(c, "xml", "%s", cli_t(c, "用法：xml validate 文件... | xml schema",
                                                     "usage: xml validate FILE... | xml schema"));
    size_t n = a->npos - 1, bad = 0;
    int first_rc = 0;
    cli_progress bar;
    cli_progress_start(&bar, c, cli_t(c, "校验", "validate"), n);
    cli_json j;
    cli_json_init(&j, c->out);
    if (c->json)
        cli_json_begin_array(&j);
    for (size_t i = 0; i < n; i++) {
        const char *path = a->pos[i + 1];
        char *xml = NULL;
        size_t len = 0;
        int rc = cli_read_file(c, path, &xml, &len);
        if (rc) {
            if (!first_rc)
                first_rc = rc;
            bad++;
        } else {
            rc = auctreg_xml_validate(xml, len);
            free(xml);
            if (c->json) {
                cli_json_begin_object(&j);
                cli_json_kv_string(&j, "file", path);
                cli_json_kv_bool(&j, "valid", rc == 0);
                cli_json_kv_string(&j, "reason", rc ? auctreg_error_reason() : "");
                cli_json_end_object(&j);
            } else if (rc) {
                fprintf(c->err, "%s:\n", path);
                cli_report_error(c, rc);
            } else if (!bar.active) {
                fprintf(c->out, "%s: %s\n", path, cli_t(c, "有效", "valid"));
            }
            if (rc) {
                bad++;
                if (!first_rc)
                    first_rc = cli_exit_for_status(rc);
            }
        }
        cli_progress_update(&bar, i + 1);
    }
    cli_progress_finish(&bar);
    if (c->json) {
        cli_json_end_array(&j);
        fputc('\n', c->out);
    } else {
        fprintf(c->out, "%zu %s, %zu %s\n", n - bad, cli_t(c, "个有效", "valid"), bad, cli_t(c, "个无效", "invalid"));
    }
    return first_rc;
}

static const cli_optspec export_opts[] = {
    {"dir", "DIR", "写入的目录（每份申请一个 application-ID.xml）", "directory to write (one application-ID.xml each)"},
    {"no-content", NULL, "证明材料只导出元数据，不含文件内容", "documents' metadata only, without their content"},
    {NULL, NULL, NULL, NULL},
};

const cli_command cli_commands_xml[] = {
    {"export", "[ID...]", "把申请导出为 XML（不给 ID 时导出执行者可见的全部申请）",
     "export applications as XML (without IDs: every application the actor can list)", export_opts, cmd_export},
    {"import", "FILE", "从 XML 申请文档创建执行者的草稿", "create the actor's draft from an XML application document", NULL,
     cmd_import},
    {"xml", "validate FILE... | schema", "按内置 XML 模式校验文档，或输出模式", "check documents against the built-in XML schema, or print it",
     NULL, cmd_xml},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
