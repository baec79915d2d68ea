/* XML interchange: export applications, import one as a draft, validate documents, print the schema. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"

int cli_read_xml_application(cli *c, const char *path, auctreg_application **out)
{
    char *xml = NULL;
    size_t len = 0;
    int rc = cli_read_file(c, path, &xml, &len, NULL);
    if (rc)
        return rc;
    rc = auctreg_xml_application_read(xml, len, out);
    free(xml);
    if (rc) {
        return cli_report_file_error(c, rc, path);
    }
    return 0;
}

/* mkdir -p: 0, or -1 with errno set. */
static int make_dirs(const char *path)
{
    char buf[4096];
    size_t n = strlen(path);
    if (n == 0 || n >= sizeof buf) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(buf, path, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] != '/' && buf[i] != '\0')
            continue;
        char saved = buf[i];
        buf[i] = '\0';
        struct stat sb;
        if (mkdir(buf, 0777) != 0 && !(errno == EEXIST && stat(buf, &sb) == 0 && S_ISDIR(sb.st_mode)))
            return -1;
        buf[i] = saved;
    }
    return 0;
}

/* Append the ids of every page of one listing (a queue with a state filter, or a history). */
static int collect_pages(cli *c, auctreg_registry *r, int state, int64_t **ids, size_t *n)
{
    auctreg_role role = (auctreg_role)c->actor.role;
    for (int64_t off = 0;; off += AUCTREG_PAGE_MAX) {
        auctreg_rows *rows = NULL;
        int rc = role == AUCTREG_ROLE_APPLICANT
                     ? auctreg_registry_history(r, role, cli_actor_id(c), cli_actor_id(c), off, AUCTREG_PAGE_MAX, &rows)
                     : auctreg_registry_queue(r, role, cli_actor_id(c), 0, 0, state, off, AUCTREG_PAGE_MAX, &rows);
        if (rc)
            return cli_report_error(c, rc);
        size_t k = auctreg_rows_count(rows);
        int64_t *p = k ? realloc(*ids, (*n + k) * sizeof **ids) : *ids;
        if (k && !p) {
            auctreg_rows_free(rows);
            return cli_exit_for_status(AUCTREG_ENOMEM);
        }
        *ids = p;
        for (size_t i = 0; i < k; i++) /* the id is column 0 of both listings */
            (*ids)[(*n)++] = auctreg_rows_get_int(rows, i, AUCTREG_QUEUE_ID);
        int64_t total = auctreg_rows_total(rows);
        auctreg_rows_free(rows);
        if (k == 0 || off + (int64_t)k >= total)
            return 0;
    }
}

static int cmp_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* Every application the actor may see, in id order: an applicant its own (history), a
 * reviewer every state in its scope, administrators everything. The library decides scope. */
static int collect_ids(cli *c, auctreg_registry *r, int64_t **ids, size_t *n)
{
    *ids = NULL;
    *n = 0;
    auctreg_role role = (auctreg_role)c->actor.role;
    int rc = 0;
    if (role == AUCTREG_ROLE_APPLICANT || role == AUCTREG_ROLE_ADMIN || role == AUCTREG_ROLE_SYSTEM)
        rc = collect_pages(c, r, 0, ids, n); /* state 0: every state for administrators */
    else
        for (int s = AUCTREG_STATE_DRAFT; s <= AUCTREG_STATE_WITHDRAWN && !rc; s++)
            rc = collect_pages(c, r, s, ids, n);
    if (rc) {
        free(*ids);
        *ids = NULL;
        *n = 0;
        return rc;
    }
    if (*n)
        qsort(*ids, *n, sizeof **ids, cmp_id);
    return 0;
}

/* The whole registry (or a filtered part) as one <registry> document, written as it is produced. */
static int export_registry(cli *c, const cli_args *a, const char *path)
{
    auctreg_xml_export_options o;
    int rc = auctreg_xml_export_options_init(&o, AUCTREG_XML_EXPORT_OPTIONS_VERSION);
    if (rc)
        return cli_report_error(c, rc);
    const char *v;
    if ((v = cli_opt(a, "what")) != NULL) {
        o.what = 0;
        char buf[128];
        snprintf(buf, sizeof buf, "%s", v);
        for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
            if (strcmp(t, "master") == 0)
                o.what |= AUCTREG_XML_EXPORT_MASTER;
            else if (strcmp(t, "rules") == 0)
                o.what |= AUCTREG_XML_EXPORT_RULES;
            else if (strcmp(t, "applications") == 0)
                o.what |= AUCTREG_XML_EXPORT_APPLICATIONS;
            else
                return cli_usage_error(c, "export", "--what: master,rules,applications (%s)", t);
        }
    }
    int64_t n;
    if ((v = cli_opt(a, "year")) != NULL) {
        if (!cli_parse_int(c, "--year", v, 1900, 9999, &n))
            return CLI_EXIT_USAGE;
        o.year = (int)n;
    }
    if ((v = cli_opt(a, "province")) != NULL) {
        if (!cli_parse_int(c, "--province", v, 11, 99, &n))
            return CLI_EXIT_USAGE;
        o.province = (int)n;
    }
    if ((v = cli_opt(a, "state")) != NULL && !cli_parse_enum(c, "--state", AUCTREG_ENUM_APP_STATE, v, &o.state))
        return CLI_EXIT_USAGE;
    if (cli_flag(a, "no-content"))
        o.flags |= AUCTREG_XML_NO_CONTENT;
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    cli_progress bar; /* records written, drawn from the library's progress reports */
    cli_progress_start(&bar, c, cli_t(c, "导出", "export"), 0);
    rc = auctreg_xml_export_file_progress(r, (auctreg_role)c->actor.role, cli_actor_id(c), &o, path,
                                          cli_progress_report, &bar);
    auctreg_registry_close(r);
    if (rc) {
        cli_progress_abort(&bar);
        return cli_report_error(c, rc);
    }
    cli_progress_finish(&bar);
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "file", path);
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        fprintf(c->out, "%s %s\n", cli_t(c, "已导出注册库到", "registry exported to"), path);
    }
    return 0;
}

static int cmd_export(cli *c, const cli_args *a)
{
    int rc;
    if ((rc = cli_need_actor(c, "export")) != 0)
        return rc;
    const char *reg = cli_opt(a, "registry");
    if (reg) {
        if (a->npos || cli_opt(a, "dir"))
            return cli_usage_error(c, "export", "%s", cli_t(c, "--registry 不能与 ID 或 --dir 同用", "--registry takes no IDs and no --dir"));
        return export_registry(c, a, reg);
    }
    const char *dir = cli_opt(a, "dir");
    if (!dir || !*dir)
        return cli_usage_error(c, "export", "%s", cli_t(c, "需要 --dir 目录", "needs --dir DIR"));
    /* The directory is created when missing, with its parents (like mkdir -p). */
    if (make_dirs(dir) != 0)
        return cli_io_error(c, "无法创建目录", "cannot create the directory", dir);
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
        } else if ((rc = cli_write_file(c, path, xml)) == 0) {
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

/*
 * Whether the file's root element is <registry> (any prefix), judged from its
 * first 4 KiB: byte-order mark, white space, processing instructions and
 * comments are skipped. A guess only: the library checks the document.
 */
static bool looks_like_registry(const char *path)
{
    char buf[4096];
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    const char *p = buf;
    if (strncmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    for (;;) {
        while (*p && isspace((unsigned char)*p))
            p++;
        const char *end = strncmp(p, "<?", 2) == 0      ? strstr(p, "?>")
                          : strncmp(p, "<!--", 4) == 0 ? strstr(p, "-->")
                                                       : NULL;
        if (!end)
            break;
        p = end + 2;
    }
    if (*p++ != '<')
        return false;
    size_t len = strcspn(p, " \t\r\n/>");
    const char *colon = memchr(p, ':', len);
    if (colon) {
        len -= (size_t)(colon + 1 - p);
        p = colon + 1;
    }
    return len == 8 && strncmp(p, "registry", 8) == 0 && p[8] != '\0';
}

/* A whole <registry> document (administrator), all or nothing, read as a stream with a bar of bytes read. */
static int import_registry(cli *c, const char *path)
{
    auctreg_registry *r = NULL;
    int rc = cli_registry_open(c, &r);
    if (rc)
        return rc;
    size_t records = 0;
    cli_progress bar;
    cli_progress_start(&bar, c, cli_t(c, "导入", "import"), 0);
    rc = auctreg_xml_import_file_progress(r, (auctreg_role)c->actor.role, cli_actor_id(c), path, &records,
                                          cli_progress_report, &bar);
    auctreg_registry_close(r);
    if (rc) {
        cli_progress_abort(&bar);
        return cli_report_file_error(c, rc, path);
    }
    cli_progress_finish(&bar);
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_string(&j, "file", path);
        cli_json_kv_int(&j, "records", (int64_t)records);
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        fprintf(c->out, "%s %zu %s\n", cli_t(c, "已导入", "imported"), records, cli_t(c, "条记录", "records"));
    }
    return 0;
}

static int cmd_import(cli *c, const cli_args *a)
{
    int rc;
    if (a->npos != 1)
        return cli_usage_error(c, "import", "%s", cli_t(c, "需要一个参数：XML 文件", "needs one argument: the XML file"));
    if ((rc = cli_need_actor(c, "import")) != 0)
        return rc;
    /* A <registry> document is streamed from the file (it may be far larger than memory allows). */
    if (looks_like_registry(a->pos[0]))
        return import_registry(c, a->pos[0]);
    char *xml = NULL;
    size_t len = 0;
    if ((rc = cli_read_file(c, a->pos[0], &xml, &len, cli_t(c, "读取", "read"))) != 0)
        return rc;
    auctreg_application *content = NULL;
    rc = auctreg_xml_application_read(xml, len, &content);
    free(xml);
    if (rc == AUCTREG_EXML && strcmp(auctreg_error_reason(), "xml.root") == 0)
        return import_registry(c, a->pos[0]); /* not an <application>: the library says what it is */
    if (rc) {
        return cli_report_file_error(c, rc, a->pos[0]);
    }
    return cli_create_draft(c, content, cli_t(c, "已从 XML 创建草稿", "draft created from XML"));
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
        int rc = cli_read_file(c, path, &xml, &len, NULL);
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

static int cmd_record(cli *c, const cli_args *a)
{
    int rc;
    if ((rc = cli_need_actor(c, "record")) != 0)
        return rc;
    const char *mgmt_no = cli_target_mgmt_no(c, a);
    if (!mgmt_no)
        return cli_usage_error(c, "record", "%s", cli_t(c, "需要拍卖师管理号", "needs the auctioneer's management number"));
    auctreg_registry *r = NULL;
    if ((rc = cli_registry_open(c, &r)) != 0)
        return rc;
    char *xml = NULL;
    rc = auctreg_xml_practice_record(r, (auctreg_role)c->actor.role, cli_actor_id(c), mgmt_no, &xml);
    auctreg_registry_close(r);
    if (rc)
        return cli_report_error(c, rc);
    const char *out = cli_opt(a, "out");
    if (out) {
        rc = cli_write_file(c, out, xml);
        if (rc == 0 && !c->json)
            fprintf(c->out, "%s %s\n", cli_t(c, "执业记录已写入", "practice record written to"), out);
    } else {
        fputs(xml, c->out);
    }
    auctreg_free(xml);
    return rc;
}

static const cli_optspec record_opts[] = {
    {"out", "FILE", "写入文件（默认输出到标准输出）", "write to FILE (default: standard output)"},
    {NULL, NULL, NULL, NULL},
};

static const cli_optspec export_opts[] = {
    {"dir", "DIR", "写入的目录（每份申请一个 application-ID.xml）", "directory to write (one application-ID.xml each)"},
    {"no-content", NULL, "证明材料只导出元数据，不含文件内容", "documents' metadata only, without their content"},
    {"registry", "FILE", "把整个注册库（或其一部分）导出为一个 <registry> 文档", "export the whole registry (or part of it) as one <registry> document"},
    {"what", "LIST", "与 --registry 同用：master、rules、applications 的组合", "with --registry: a list of master, rules, applications"},
    {"year", "YEAR", "与 --registry 同用：只导出该年度的申请", "with --registry: only applications of this year"},
    {"province", "CODE", "与 --registry 同用：只导出该省的申请", "with --registry: only applications of this province"},
    {"state", "STATE", "与 --registry 同用：只导出该状态的申请", "with --registry: only applications in this state"},
    {NULL, NULL, NULL, NULL},
};

const cli_command cli_commands_xml[] = {
    {"export", "[ID...]", "把申请导出为 XML（不给 ID 时导出执行者可见的全部申请）",
     "export applications as XML (without IDs: every application the actor can list)", export_opts, cmd_export},
    {"import", "FILE", "导入 XML：<application> 文档成为执行者的草稿；<registry> 文档整体导入（admin，全部或全不）",
     "import XML: an <application> document becomes the actor's draft; a <registry> document is imported whole (admin, all or nothing)",
     NULL, cmd_import},
    {"record", "[MGMT_NO]", "拍卖师执业记录（打印执业记录）的 XML 文档", "an auctioneer's practice record print-out (打印执业记录) as XML",
     record_opts, cmd_record},
    {"xml", "validate FILE... | schema", "按内置 XML 模式校验文档，或输出模式", "check documents against the built-in XML schema, or print it",
     NULL, cmd_xml},
    {NULL, NULL, NULL, NULL, NULL, NULL},
};
