/* Shared helpers of the registry commands: open, actor, ids, versions, application content, printing. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commands.h"

int cli_registry_open(cli *c, auctreg_registry **r)
{
    auctreg_registry_options o;
    int rc = auctreg_registry_options_init(&o, AUCTREG_REGISTRY_OPTIONS_VERSION);
    if (rc == 0)
        rc = auctreg_registry_open(r, c->db, &o);
    if (rc) {
        *r = NULL;
        return cli_report_error(c, rc);
    }
    if (c->today && (rc = auctreg_registry_set_today(*r, c->today)) != 0) {
        auctreg_registry_close(*r);
        *r = NULL;
        return cli_report_error(c, rc);
    }
    return 0;
}

const char *cli_actor_id(const cli *c)
{
    if (c->actor.id && *c->actor.id)
        return c->actor.id;
    const char *code = auctreg_enum_code(AUCTREG_ENUM_ROLE, c->actor.role);
    return code ? code : "";
}

int cli_need_actor(const cli *c, const char *cmd)
{
    if (c->actor.set)
        return 0;
    return cli_usage_error(c, cmd, "%s",
                           cli_t(c, "需要用 --as ROLE[:ID] 指定执行者（如 --as applicant:3200278）",
                                 "needs the actor: --as ROLE[:ID] (e.g. --as applicant:3200278)"));
}

const char *cli_target_mgmt_no(const cli *c, const cli_args *a)
{
    const char *m = a->npos == 1 ? a->pos[0] : (c->actor.role == AUCTREG_ROLE_APPLICANT ? c->actor.id : NULL);
    return a->npos <= 1 && m && *m ? m : NULL;
}

int cli_parse_app_id(const cli *c, const cli_args *a, const char *cmd, int64_t *id)
{
    if (a->npos != 1)
        return cli_usage_error(c, cmd, "%s", cli_t(c, "需要一个参数：申请编号 ID", "needs one argument: the application ID"));
    return cli_parse_int(c, "ID", a->pos[0], 1, INT64_MAX, id) ? 0 : CLI_EXIT_USAGE;
}

int cli_expected_version(cli *c, const cli_args *a, auctreg_registry *r, int64_t id, int64_t *version)
{
    const char *v = cli_opt(a, "expect-version");
    if (v)
        return cli_parse_int(c, "--expect-version", v, 0, INT64_MAX, version) ? 0 : CLI_EXIT_USAGE;
    auctreg_application *app = NULL;
    int rc = auctreg_registry_get_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, &app);
    if (rc)
        return cli_report_error(c, rc);
    *version = auctreg_application_get_int(app, AUCTREG_APP_VERSION);
    auctreg_application_free(app);
    return 0;
}

const char *cli_fmt_time(int64_t us, char *buf, size_t n)
{
    if (us <= 0) {
        snprintf(buf, n, "-");
        return buf;
    }
    /* Beijing time, as the registry's default "today" (UTC+08:00). */
    time_t t = (time_t)(us / 1000000) + 8 * 3600;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || strftime(buf, n, "%Y-%m-%d %H:%M:%S", &tm) == 0)
        snprintf(buf, n, "%" PRId64, us);
    return buf;
}

/* ---------------------------------------------------------------- application content options */

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Split "KEY=VALUE" (or with `sep`) into a bounded copy of the key and a pointer to the value. */
static bool split(const char *s, char sep, char *key, size_t n, const char **value)
{
    const char *eq = strchr(s, sep);
    if (!eq || eq == s || (size_t)(eq - s) >= n)
        return false;
    memcpy(key, s, (size_t)(eq - s));
    key[eq - s] = '\0';
    *value = eq + 1;
    return true;
}

static int remove_indexes(cli *c, const cli_args *a, const char *opt, auctreg_application *app,
                          int (*rm)(auctreg_application *, size_t))
{
    /* Remove from the highest index down, so that earlier numbers stay valid. */
    int64_t idx[CLI_MAX_OCC];
    size_t n = 0;
    const char *v;
    for (size_t i = 0; (v = cli_opt_nth(a, opt, i)) != NULL && n < CLI_MAX_OCC; i++)
        if (!cli_parse_int(c, opt, v, 1, 1000000, &idx[n++]))
            return CLI_EXIT_USAGE;
    for (size_t i = 0; i < n; i++)
        for (size_t k = i + 1; k < n; k++)
            if (idx[k] > idx[i]) {
                int64_t t = idx[i];
                idx[i] = idx[k];
                idx[k] = t;
            }
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && idx[i] == idx[i - 1])
            continue;
        int rc = rm(app, (size_t)(idx[i] - 1));
        if (rc)
            return cli_report_error(c, rc);
    }
    return 0;
}

/* Replace the records, documents and personal data of `app` by those of an XML application document. */
static int content_from_xml(cli *c, const char *path, auctreg_application *app)
{
    auctreg_application *from = NULL;
    int rc = cli_read_xml_application(c, path, &from);
    if (rc)
        return rc;
    while (rc == 0 && auctreg_application_ce_count(app))
        rc = auctreg_application_ce_remove(app, 0);
    while (rc == 0 && auctreg_application_practice_count(app))
        rc = auctreg_application_practice_remove(app, 0);
    while (rc == 0 && auctreg_application_document_count(app))
        rc = auctreg_application_document_remove(app, 0);
    for (size_t i = 0; rc == 0 && i < auctreg_application_ce_count(from); i++) {
        const char *item = NULL;
        int64_t h = 0;
        if ((rc = auctreg_application_ce_get(from, i, &item, &h)) == 0)
            rc = auctreg_application_ce_add(app, item, h);
    }
    for (size_t i = 0; rc == 0 && i < auctreg_application_practice_count(from); i++) {
        const char *subject = NULL;
        int64_t s = 0, y = 0;
        if ((rc = auctreg_application_practice_get(from, i, &s, &subject, &y)) == 0)
            rc = auctreg_application_practice_add(app, s, subject, y);
    }
    for (size_t i = 0; rc == 0 && i < auctreg_application_document_count(from); i++) {
        const char *kind = NULL, *name = NULL, *mt = NULL, *sha = NULL;
        int64_t size = 0;
        const void *data = NULL;
        size_t n = 0;
        if ((rc = auctreg_application_document_get(from, i, &kind, &name, &mt, &size, &sha)) == 0 &&
            (rc = auctreg_application_document_content(from, i, &data, &n)) == 0)
            rc = data ? auctreg_application_document_add(app, kind, name, data, n)
                      : auctreg_application_document_add_meta(app, kind, name, mt, size, sha);
    }
    if (rc == 0)
        rc = auctreg_application_set_person(app, auctreg_application_person(from));
    auctreg_application_free(from);
    return rc ? cli_report_error(c, rc) : 0;
}

int cli_apply_content(cli *c, const cli_args *a, auctreg_application *app)
{
    int rc;
    const char *v;
    if ((v = cli_opt(a, "from")) != NULL && (rc = content_from_xml(c, v, app)) != 0)
        return rc;
    if ((rc = remove_indexes(c, a, "remove-ce", app, auctreg_application_ce_remove)) ||
        (rc = remove_indexes(c, a, "remove-practice", app, auctreg_application_practice_remove)) ||
        (rc = remove_indexes(c, a, "remove-document", app, auctreg_application_document_remove)))
        return rc;
    for (size_t i = 0; (v = cli_opt_nth(a, "ce", i)) != NULL; i++) {
        /* ITEM=HOURS; the item may itself contain '=': split at the last one. */
        const char *eq = strrchr(v, '=');
        if (!eq || eq == v)
            return cli_usage_error(c, NULL, cli_t(c, "--ce 应为 项目=学时：%s", "--ce must be ITEM=HOURS: %s"), v);
        char *item = malloc((size_t)(eq - v) + 1);
        if (!item)
            return cli_exit_for_status(AUCTREG_ENOMEM);
        memcpy(item, v, (size_t)(eq - v));
        item[eq - v] = '\0';
        int64_t tenths = 0;
        rc = auctreg_parse_hours(eq + 1, &tenths);
        if (rc == 0)
            rc = auctreg_application_ce_add(app, item, tenths);
        free(item);
        if (rc)
            return cli_report_error(c, rc);
    }
    for (size_t i = 0; (v = cli_opt_nth(a, "practice", i)) != NULL; i++) {
        /* SESSIONS,SUBJECT,TURNOVER(万元) */
        char sess[32], subj[128];
        const char *rest, *turn;
        if (!split(v, ',', sess, sizeof sess, &rest) || !split(rest, ',', subj, sizeof subj, &turn))
            return cli_usage_error(c, NULL,
                                   cli_t(c, "--practice 应为 场次,标的类型代码,成交额(万元)：%s",
                                         "--practice must be SESSIONS,SUBJECT,TURNOVER (万元): %s"),
                                   v);
        int64_t sessions = 0, yuan = 0;
        if (!cli_parse_int(c, "--practice", sess, 0, INT64_MAX, &sessions))
            return CLI_EXIT_USAGE;
        size_t idx;
        const char *subject = subj;
        if (auctreg_codes_find(AUCTREG_CODES_SUBJECT_TYPE, subj, NULL) != 0 &&
            auctreg_codes_find_name(AUCTREG_CODES_SUBJECT_TYPE, subj, &idx) == 0)
            subject = auctreg_codes_code(AUCTREG_CODES_SUBJECT_TYPE, idx); /* 房地产 → real_estate */
        auctreg_error_clear();
        if ((rc = auctreg_parse_turnover_wan(turn, &yuan)) != 0 ||
            (rc = auctreg_application_practice_add(app, sessions, subject, yuan)) != 0)
            return cli_report_error(c, rc);
    }
    for (size_t i = 0; (v = cli_opt_nth(a, "document", i)) != NULL; i++) {
        char kind[64];
        const char *path;
        if (!split(v, '=', kind, sizeof kind, &path) || !*path)
            return cli_usage_error(c, NULL, cli_t(c, "--document 应为 类型=文件：%s", "--document must be KIND=FILE: %s"), v);
        char *data = NULL;
        size_t size = 0;
        if ((rc = cli_read_file(c, path, &data, &size, NULL)) != 0)
            return rc;
        rc = auctreg_application_document_add(app, kind, base_name(path), data, size);
        free(data);
        if (rc)
            return cli_report_error(c, rc);
    }
    if (cli_opt_nth(a, "person", 0)) {
        auctreg_person *p = NULL;
        const auctreg_person *cur = auctreg_application_person(app);
        rc = cur ? auctreg_person_dup(&p, cur) : auctreg_person_new(&p);
        if (rc)
            return cli_report_error(c, rc);
        rc = cli_apply_person(c, a, "person", p);
        if (rc == 0 && (rc = auctreg_application_set_person(app, p)) != 0)
            rc = cli_report_error(c, rc);
        auctreg_person_free(p);
        if (rc)
            return rc;
    }
    return 0;
}

int cli_apply_person(cli *c, const cli_args *a, const char *opt, auctreg_person *p)
{
    const char *v;
    for (size_t i = 0; (v = cli_opt_nth(a, opt, i)) != NULL; i++) {
        char name[64];
        const char *value;
        auctreg_person_field f;
        if (!split(v, '=', name, sizeof name, &value))
            return cli_usage_error(c, NULL, cli_t(c, "--%s 应为 字段=值：%s", "--%s must be FIELD=VALUE: %s"), opt, v);
        int rc = auctreg_person_field_from_name(name, &f);
        if (rc == 0)
            rc = auctreg_person_set(p, f, value);
        if (rc)
            return cli_report_error(c, rc);
    }
    return 0;
}

/* ---------------------------------------------------------------- printing */

void cli_print_paging(const cli *c, const auctreg_rows *rows)
{
    if (c->json)
        return;
    if (c->lang == AUCTREG_LANG_EN)
        fprintf(c->out, "%" PRId64 " records, page %" PRId64 " of %" PRId64 "\n", auctreg_rows_total(rows),
                auctreg_rows_page(rows), auctreg_rows_pages(rows));
    else
        fprintf(c->out, "共 %" PRId64 " 行记录 第 %" PRId64 " 页 / %" PRId64 " 页\n", auctreg_rows_total(rows),
                auctreg_rows_page(rows), auctreg_rows_pages(rows));
}

void cli_print_rows(const cli *c, const cli_table *t, const auctreg_rows *rows)
{
    if (c->json) {
        fprintf(c->out, "{\"total\":%" PRId64 ",\"page\":%" PRId64 ",\"pages\":%" PRId64 ",\"rows\":",
                auctreg_rows_total(rows), auctreg_rows_page(rows), auctreg_rows_pages(rows));
        cli_table_print(c, t);
        fputs("}\n", c->out);
        return;
    }
    cli_table_print(c, t);
    cli_print_paging(c, rows);
}

int cli_page(cli *c, const cli_args *a, int64_t *offset, int64_t *limit)
{
    int64_t page = 1, size = 20;
    const char *v;
    if ((v = cli_opt(a, "page")) && !cli_parse_int(c, "--page", v, 1, INT32_MAX, &page))
        return CLI_EXIT_USAGE;
    if ((v = cli_opt(a, "page-size")) && !cli_parse_int(c, "--page-size", v, 1, AUCTREG_PAGE_MAX, &size))
        return CLI_EXIT_USAGE;
    *offset = (page - 1) * size;
    *limit = size;
    return 0;
}

void cli_print_app_brief(cli *c, auctreg_registry *r, int64_t id, const char *what)
{
    auctreg_application *app = NULL;
    if (auctreg_registry_get_application(r, (auctreg_role)c->actor.role, cli_actor_id(c), id, &app) != 0) {
        auctreg_error_clear(); /* the change itself succeeded; the actor may not read it back */
        if (c->json) {
            cli_json j;
            cli_json_init(&j, c->out);
            cli_json_begin_object(&j);
            cli_json_kv_int(&j, "id", id);
            cli_json_kv_string(&j, "done", what);
            cli_json_end_object(&j);
            fputc('\n', c->out);
        } else
            fprintf(c->out, "%s #%" PRId64 "\n", what, id);
        return;
    }
    int state = (int)auctreg_application_get_int(app, AUCTREG_APP_STATE);
    int pay = (int)auctreg_application_get_int(app, AUCTREG_APP_PAY_STATUS);
    int type = (int)auctreg_application_get_int(app, AUCTREG_APP_TYPE);
    int64_t year = auctreg_application_get_int(app, AUCTREG_APP_YEAR);
    int64_t version = auctreg_application_get_int(app, AUCTREG_APP_VERSION);
    if (c->json) {
        cli_json j;
        cli_json_init(&j, c->out);
        cli_json_begin_object(&j);
        cli_json_kv_int(&j, "id", id);
        cli_json_kv_string(&j, "done", what);
        cli_json_kv_int(&j, "year", year);
        cli_json_kv_string(&j, "type", cli_enum_text(c, AUCTREG_ENUM_APP_TYPE, type));
        cli_json_kv_string(&j, "state", cli_enum_text(c, AUCTREG_ENUM_APP_STATE, state));
        cli_json_kv_string(&j, "pay_status", cli_enum_text(c, AUCTREG_ENUM_PAY_STATUS, pay));
        cli_json_kv_int(&j, "version", version);
        cli_json_end_object(&j);
        fputc('\n', c->out);
    } else {
        fprintf(c->out, "%s #%" PRId64 ": %" PRId64 " %s, %s %s, %s %s, %s %" PRId64 "\n", what, id, year,
                cli_enum_text(c, AUCTREG_ENUM_APP_TYPE, type), cli_t(c, "状态", "state"),
                cli_enum_text(c, AUCTREG_ENUM_APP_STATE, state), cli_t(c, "付费", "payment"),
                cli_enum_text(c, AUCTREG_ENUM_PAY_STATUS, pay), cli_t(c, "版本", "version"), version);
    }
    auctreg_application_free(app);
}
