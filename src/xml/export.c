/* Registry export (auctreg_xml_export*) and the practice-record print-out. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auctreg/xml.h"
#include "xml/xml_registry.h"

/* ------------------------------------------------------------ codes of the registry's own enums */

static const char *const channel_codes[] = {NULL, "BANK", "WECHAT", "ALIPAY"};
static const char *const order_codes[] = {"OPEN", "PAID", "SUPERSEDED", "CANCELLED"};

const char *auctreg__xml_channel_code(int channel)
{
    return channel >= 1 && channel <= 3 ? channel_codes[channel] : NULL;
}

const char *auctreg__xml_order_code(int status)
{
    return status >= 0 && status <= 3 ? order_codes[status] : NULL;
}

int auctreg__xml_code_value(const char *kind, const char *code)
{
    const char *const *t = strcmp(kind, "channel") == 0 ? channel_codes : order_codes;
    int first = t == channel_codes ? 1 : 0;
    for (int i = first; i < 4; i++)
        if (code && strcmp(t[i], code) == 0)
            return i;
    return -1;
}

/* ------------------------------------------------------------ statements */

int auctreg__xml_prepare(auctreg_registry *r, const char *sql, sqlite3_stmt **st)
{
    int rc = sqlite3_prepare_v2(auctreg__registry_db(r), sql, -1, st, NULL);
    return rc == SQLITE_OK ? 0 : auctreg__store_fail(&r->st, rc, "prepare");
}

static const char *col_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? (const char *)t : "";
}

/* ------------------------------------------------------------ options */

int auctreg_xml_export_options_init(auctreg_xml_export_options *opts, unsigned int version)
{
    if (!opts)
        return auctreg__null_arg("auctreg_xml_export_options_init", "opts");
    int rc = auctreg__options_version(version, AUCTREG_XML_EXPORT_OPTIONS_VERSION);
    if (rc)
        return rc;
    memset(opts, 0, sizeof *opts);
    opts->version = version;
    opts->what = AUCTREG_XML_EXPORT_ALL;
    opts->level = -1;
    return 0;
}

/* ------------------------------------------------------------ sections */

static int export_enterprises(auctreg_registry *r, auctreg__xw *w)
{
    sqlite3_stmt *st = NULL;
    int rc = auctreg__xml_prepare(
        r, "SELECT uscc, name, province, preparing, left_preparation_on FROM enterprise ORDER BY uscc", &st);
    if (rc)
        return rc;
    auctreg__xw_start(w, "enterprises");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        auctreg__xw_start(w, "enterprise");
        auctreg__xw_attr(w, "uscc", col_text(st, 0));
        auctreg__xw_attr_i64(w, "province", sqlite3_column_int64(st, 2));
        auctreg__xw_attr(w, "in_preparation", sqlite3_column_int(st, 3) ? "true" : "false");
        if (sqlite3_column_type(st, 4) != SQLITE_NULL && *col_text(st, 4))
            auctreg__xw_attr(w, "left_preparation_on", col_text(st, 4));
        auctreg__xw_elem(w, "name", col_text(st, 1));
        auctreg__xw_end(w, "enterprise");
        if ((rc = auctreg__xw_record_done(w)))
            break;
    }
    auctreg__xw_end(w, "enterprises");
    rc = rc == SQLITE_DONE ? 0 : rc > 0 ? auctreg__store_fail(&r->st, rc, "export enterprises") : rc;
    sqlite3_finalize(st);
    return rc;
}

static int export_auctioneers(auctreg_registry *r, auctreg__xw *w)
{
    sqlite3_stmt *st = NULL, *years = NULL, *members = NULL;
    int rc = auctreg__xml_prepare(r, "SELECT mgmt_no, name, enterprise FROM auctioneer ORDER BY mgmt_no", &st);
    if (!rc)
        rc = auctreg__xml_prepare(
            r, "SELECT year, source, application_id FROM registration_year WHERE mgmt_no = ?1 ORDER BY year",
            &years);
    if (!rc)
        rc = auctreg__xml_prepare(r, "SELECT year, source FROM membership_year WHERE mgmt_no = ?1 ORDER BY year",
                                  &members);
    if (rc)
        goto done;
    auctreg__xw_start(w, "auctioneers");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *mgmt_no = col_text(st, 0);
        auctreg__xw_start(w, "auctioneer");
        auctreg__xw_attr(w, "mgmt_no", mgmt_no);
        if (sqlite3_column_type(st, 2) != SQLITE_NULL && *col_text(st, 2))
            auctreg__xw_attr(w, "enterprise", col_text(st, 2));
        auctreg__xw_elem(w, "name", col_text(st, 1));
        auctreg_person *p = NULL;
        if ((rc = auctreg__reg_read_person(r, ST_PERSON_SEL, mgmt_no, 0, &p)))
            break;
        if (p)
            auctreg__xml_person_write(w, "person", p);
        auctreg_person_free(p);
        sqlite3_bind_text(years, 1, mgmt_no, -1, SQLITE_TRANSIENT);
        while ((rc = sqlite3_step(years)) == SQLITE_ROW) {
            auctreg__xw_start(w, "registration");
            auctreg__xw_attr_i64(w, "year", sqlite3_column_int64(years, 0));
            if (sqlite3_column_int(years, 1) != 0 && sqlite3_column_type(years, 2) != SQLITE_NULL)
                auctreg__xw_attr_i64(w, "application", sqlite3_column_int64(years, 2));
            auctreg__xw_end(w, "registration");
        }
        sqlite3_reset(years);
        if (rc != SQLITE_DONE)
            break;
        sqlite3_bind_text(members, 1, mgmt_no, -1, SQLITE_TRANSIENT);
        while ((rc = sqlite3_step(members)) == SQLITE_ROW) {
            auctreg__xw_start(w, "membership");
            auctreg__xw_attr_i64(w, "year", sqlite3_column_int64(members, 0));
            if (sqlite3_column_int(members, 1) != 0)
                auctreg__xw_attr(w, "paid", "true");
            auctreg__xw_end(w, "membership");
        }
        sqlite3_reset(members);
        if (rc != SQLITE_DONE)
            break;
        auctreg__xw_end(w, "auctioneer");
        if ((rc = auctreg__xw_record_done(w)))
            break;
    }
    auctreg__xw_end(w, "auctioneers");
    rc = rc == SQLITE_DONE ? 0 : rc > 0 ? auctreg__store_fail(&r->st, rc, "export auctioneers") : rc;
done:
    sqlite3_finalize(st);
    sqlite3_finalize(years);
    sqlite3_finalize(members);
    return rc;
}

static const char *level_list(unsigned mask, char *buf, size_t n)
{
    buf[0] = '\0';
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++)
        if (mask & AUCTREG_CHAIN_BIT(l)) {
            if (buf[0])
                strncat(buf, " ", n - strlen(buf) - 1);
            strncat(buf, auctreg_enum_code(AUCTREG_ENUM_LEVEL, l), n - strlen(buf) - 1);
        }
    return buf;
}

static void write_rules(auctreg__xw *w, const auctreg_rules *rules, const auctreg_rules *defaults)
{
    auctreg__xw_start(w, "rules");
    auctreg__xw_attr_i64(w, "year", auctreg_rules_year(rules));
    for (int t = AUCTREG_TYPE_RENEWAL; t <= AUCTREG_TYPE_FIRST; t++) {
        auctreg__xw_start(w, "fee");
        auctreg__xw_attr(w, "type", auctreg_enum_code(AUCTREG_ENUM_APP_TYPE, t));
        auctreg__xw_attr_i64(w, "fen", auctreg_rules_fee(rules, (auctreg_app_type)t));
        auctreg__xw_end(w, "fee");
    }
    auctreg__xw_elem_i64(w, "membership_fee_fen", auctreg_rules_membership_fee(rules));
    auctreg__xw_elem_i64(w, "ce_min_tenths", auctreg_rules_ce_min_tenths(rules));
    for (int k = 0; k < AUCTREG_WINDOW_COUNT; k++) {
        const char *opens = "", *closes = "";
        auctreg_rules_window(rules, (auctreg_window)k, &opens, &closes);
        if (!*opens && !*closes)
            continue;
        auctreg__xw_start(w, "window");
        auctreg__xw_attr(w, "level", auctreg_window_code((auctreg_window)k));
        if (*opens)
            auctreg__xw_attr(w, "opens", opens);
        if (*closes)
            auctreg__xw_attr(w, "closes", closes);
        auctreg__xw_end(w, "window");
    }
    for (int p = 11; p <= 99; p++) {
        unsigned mask = auctreg_rules_chain(rules, p);
        if (mask == auctreg_rules_chain(defaults, p))
            continue;
        char levels[64];
        auctreg__xw_start(w, "chain");
        auctreg__xw_attr_i64(w, "province", p);
        auctreg__xw_attr(w, "levels", level_list(mask, levels, sizeof levels));
        auctreg__xw_end(w, "chain");
    }
    auctreg__xw_end(w, "rules");
}

static int export_rules(auctreg_registry *r, auctreg__xw *w)
{
    sqlite3_stmt *st = NULL;
    int rc = auctreg__xml_prepare(r, "SELECT year FROM rules ORDER BY year", &st);
    if (rc)
        return rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int year = sqlite3_column_int(st, 0);
        auctreg_rules *rules = NULL, *defaults = NULL;
        rc = auctreg_registry_get_rules(r, year, &rules);
        if (!rc)
            rc = auctreg_rules_new(&defaults, year);
        if (!rc)
            write_rules(w, rules, defaults);
        auctreg_rules_free(rules);
        auctreg_rules_free(defaults);
        if (rc || (rc = auctreg__xw_record_done(w)))
            break;
    }
    rc = rc == SQLITE_DONE ? 0 : rc > 0 ? auctreg__store_fail(&r->st, rc, "export rules") : rc;
    sqlite3_finalize(st);
    return rc;
}

/* Payments and the audit trail of application id. */
static int export_app_extras(auctreg_registry *r, auctreg__xw *w, int64_t id, sqlite3_stmt *orders,
                             sqlite3_stmt *attempts, sqlite3_stmt *audit)
{
    int rc;
    bool open = false;
    sqlite3_bind_int64(orders, 1, id);
    while ((rc = sqlite3_step(orders)) == SQLITE_ROW) {
        if (!open) {
            auctreg__xw_start(w, "payments");
            open = true;
        }
        auctreg__xw_start(w, "order");
        auctreg__xw_attr(w, "ref", col_text(orders, 0));
        auctreg__xw_attr(w, "fee_choice", auctreg_enum_code(AUCTREG_ENUM_FEE_CHOICE, sqlite3_column_int(orders, 1)));
        auctreg__xw_attr_i64(w, "amount_fen", sqlite3_column_int64(orders, 2));
        const char *ch = auctreg__xml_channel_code(sqlite3_column_int(orders, 6));
        auctreg__xw_attr(w, "channel", ch ? ch : "");
        if (*col_text(orders, 7))
            auctreg__xw_attr(w, "bank", col_text(orders, 7));
        const char *status = auctreg__xml_order_code(sqlite3_column_int(orders, 8));
        auctreg__xw_attr(w, "status", status ? status : "");
        auctreg__xw_attr_i64(w, "created_at", sqlite3_column_int64(orders, 9));
        if (sqlite3_column_type(orders, 10) != SQLITE_NULL)
            auctreg__xw_attr(w, "txn_id", col_text(orders, 10));
        if (sqlite3_column_type(orders, 11) != SQLITE_NULL)
            auctreg__xw_attr_i64(w, "paid_at", sqlite3_column_int64(orders, 11));
        if (sqlite3_column_type(orders, 12) != SQLITE_NULL)
            auctreg__xw_attr(w, "receipt_no", col_text(orders, 12));
        auctreg__xw_elem(w, "payer_name", col_text(orders, 3));
        auctreg__xw_elem(w, "payer_email", col_text(orders, 4));
        auctreg__xw_elem(w, "payer_mobile", col_text(orders, 5));
        auctreg__xw_end(w, "order");
    }
    sqlite3_reset(orders);
    if (rc != SQLITE_DONE)
        return auctreg__store_fail(&r->st, rc, "export payments");
    sqlite3_bind_int64(attempts, 1, id);
    while ((rc = sqlite3_step(attempts)) == SQLITE_ROW) {
        if (!open) {
            auctreg__xw_start(w, "payments");
            open = true;
        }
        auctreg__xw_start(w, "attempt");
        auctreg__xw_attr(w, "order_ref", col_text(attempts, 0));
        auctreg__xw_attr(w, "txn_id", col_text(attempts, 1));
        auctreg__xw_attr_i64(w, "amount_fen", sqlite3_column_int64(attempts, 2));
        auctreg__xw_attr_i64(w, "at", sqlite3_column_int64(attempts, 3));
        auctreg__xw_attr(w, "role", auctreg_enum_code(AUCTREG_ENUM_ROLE, sqlite3_column_int(attempts, 4)));
        auctreg__xw_attr(w, "actor", col_text(attempts, 5));
        auctreg__xw_attr(w, "result", col_text(attempts, 6));
        auctreg__xw_end(w, "attempt");
    }
    sqlite3_reset(attempts);
    if (rc != SQLITE_DONE)
        return auctreg__store_fail(&r->st, rc, "export payments");
    if (open)
        auctreg__xw_end(w, "payments");

    open = false;
    sqlite3_bind_int64(audit, 1, id);
    while ((rc = sqlite3_step(audit)) == SQLITE_ROW) {
        if (!open) {
            auctreg__xw_start(w, "audit");
            open = true;
        }
        auctreg__xw_start(w, "event");
        auctreg__xw_attr_i64(w, "at", sqlite3_column_int64(audit, 0));
        auctreg__xw_attr(w, "role", auctreg_enum_code(AUCTREG_ENUM_ROLE, sqlite3_column_int(audit, 1)));
        auctreg__xw_attr(w, "actor", col_text(audit, 2));
        const char *action = auctreg_action_code((auctreg_action)sqlite3_column_int(audit, 3));
        auctreg__xw_attr(w, "action", action ? action : "");
        auctreg__xw_attr(w, "from", auctreg_enum_code(AUCTREG_ENUM_APP_STATE, sqlite3_column_int(audit, 4)));
        auctreg__xw_attr(w, "to", auctreg_enum_code(AUCTREG_ENUM_APP_STATE, sqlite3_column_int(audit, 5)));
        if (sqlite3_column_type(audit, 6) != SQLITE_NULL && sqlite3_column_int(audit, 6) >= 0)
            auctreg__xw_attr(w, "level", auctreg_enum_code(AUCTREG_ENUM_LEVEL, sqlite3_column_int(audit, 6)));
        auctreg__xw_attr_i64(w, "version", sqlite3_column_int64(audit, 8));
        auctreg__xw_text(w, col_text(audit, 7));
        auctreg__xw_end(w, "event");
    }
    sqlite3_reset(audit);
    if (rc != SQLITE_DONE)
        return auctreg__store_fail(&r->st, rc, "export audit");
    if (open)
        auctreg__xw_end(w, "audit");
    return 0;
}

/* The applications an export selects (parameters ?1 to ?5, bound by bind_filter()). */
#define APP_FILTER                                                                                             \
    "(?1 = 0 OR year = ?1) AND (?2 = 0 OR province = ?2) AND (?3 = 0 OR state = ?3) AND (?4 = 0 OR state = ?4)" \
    " AND (?5 IS NULL OR enterprise = ?5)"

static void bind_filter(sqlite3_stmt *st, const auctreg_xml_export_options *o, const char *enterprise)
{
    static const int level_state[AUCTREG_LEVEL_COUNT] = {
        AUCTREG_STATE_ENTERPRISE_REVIEW, AUCTREG_STATE_PROVINCE_REVIEW, AUCTREG_STATE_NATIONAL_REVIEW};
    sqlite3_bind_int(st, 1, o->year);
    sqlite3_bind_int(st, 2, o->province);
    sqlite3_bind_int(st, 3, o->state);
    sqlite3_bind_int(st, 4, o->level >= 0 && o->level < AUCTREG_LEVEL_COUNT ? level_state[o->level] : 0);
    if (enterprise)
        sqlite3_bind_text(st, 5, enterprise, -1, SQLITE_STATIC);
}

/* The number of records an export writes (for progress reports), in its snapshot. */
static int count_records(auctreg_registry *r, const auctreg_xml_export_options *o, const char *enterprise,
                         uint64_t *total)
{
    sqlite3_stmt *st = NULL;
    int rc = auctreg__xml_prepare(r,
                                  "SELECT CASE WHEN ?6 THEN (SELECT count(*) FROM enterprise)"
                                  " + (SELECT count(*) FROM auctioneer) ELSE 0 END"
                                  " + CASE WHEN ?7 THEN (SELECT count(*) FROM rules) ELSE 0 END"
                                  " + CASE WHEN ?8 THEN (SELECT count(*) FROM application WHERE " APP_FILTER
                                  ") ELSE 0 END",
                                  &st);
    if (rc)
        return rc;
    bind_filter(st, o, enterprise);
    sqlite3_bind_int(st, 6, (o->what & AUCTREG_XML_EXPORT_MASTER) != 0);
    sqlite3_bind_int(st, 7, (o->what & AUCTREG_XML_EXPORT_RULES) != 0);
    sqlite3_bind_int(st, 8, (o->what & AUCTREG_XML_EXPORT_APPLICATIONS) != 0);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *total = (uint64_t)sqlite3_column_int64(st, 0);
        rc = 0;
    } else {
        rc = auctreg__store_fail(&r->st, rc, "export count");
    }
    sqlite3_finalize(st);
    return rc;
}

static int export_applications(auctreg_registry *r, auctreg__xw *w, const auctreg_xml_export_options *o,
                               const char *enterprise)
{
    sqlite3_stmt *ids = NULL, *orders = NULL, *attempts = NULL, *audit = NULL;
    int rc = auctreg__xml_prepare(r, "SELECT id FROM application WHERE " APP_FILTER " ORDER BY id", &ids);
    if (!rc)
        rc = auctreg__xml_prepare(r,
                                  "SELECT ref, fee_choice, amount_fen, payer_name, payer_email, payer_mobile, channel,"
                                  " bank_code, status, created_at, txn_id, paid_at, receipt_no FROM payment_order"
                                  " WHERE application_id = ?1 ORDER BY id",
                                  &orders);
    if (!rc)
        rc = auctreg__xml_prepare(r,
                                  "SELECT order_ref, txn_id, amount_fen, at, role, actor, result FROM payment_attempt"
                                  " WHERE application_id = ?1 ORDER BY id",
                                  &attempts);
    if (!rc)
        rc = auctreg__xml_prepare(r,
                                  "SELECT at, role, actor, action, from_state, to_state, level, opinion, version"
                                  " FROM audit WHERE application_id = ?1 ORDER BY id",
                                  &audit);
    if (rc)
        goto done;
    bind_filter(ids, o, enterprise);
    auctreg__xw_start(w, "applications");
    while ((rc = sqlite3_step(ids)) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(ids, 0);
        auctreg_application *app = NULL;
        rc = auctreg__reg_load(r, id, &app, (o->flags & AUCTREG_XML_NO_CONTENT) ? REG_LOAD_CHILDREN
                                                                                 : REG_LOAD_CONTENT);
        if (rc)
            break;
        auctreg__xw_start(w, "application");
        auctreg__xml_app_write_body(w, app, o->flags);
        auctreg_application_free(app);
        rc = export_app_extras(r, w, id, orders, attempts, audit);
        auctreg__xw_end(w, "application");
        if (rc || (rc = auctreg__xw_record_done(w)))
            break;
    }
    auctreg__xw_end(w, "applications");
    rc = rc == SQLITE_DONE ? 0 : rc > 0 ? auctreg__store_fail(&r->st, rc, "export applications") : rc;
done:
    sqlite3_finalize(ids);
    sqlite3_finalize(orders);
    sqlite3_finalize(attempts);
    sqlite3_finalize(audit);
    return rc;
}

/* ------------------------------------------------------------ entry points */

/* Export into w; with total non-NULL, first count the records to write into it. */
static int export_to(auctreg_registry *r, auctreg_role role, const char *actor_id,
                     const auctreg_xml_export_options *opts, auctreg__xw *w, uint64_t *total)
{
    auctreg_xml_export_options o;
    if (!opts) {
        auctreg_xml_export_options_init(&o, AUCTREG_XML_EXPORT_OPTIONS_VERSION);
    } else {
        int vrc = auctreg__options_version(opts->version, AUCTREG_XML_EXPORT_OPTIONS_VERSION);
        if (vrc)
            return vrc;
        o = *opts;
    }
    if ((o.what & ~(unsigned)AUCTREG_XML_EXPORT_ALL) || (o.flags & ~AUCTREG_XML_NO_CONTENT) || o.year < 0 ||
        o.province < 0 || o.province > 99 || o.level < -1 || o.level >= AUCTREG_LEVEL_COUNT || o.state < 0 ||
        o.state > AUCTREG_STATE_WITHDRAWN)
        return auctreg__fail(AUCTREG_EINVAL, "options.range", "导出选项无效", "invalid export options");
    /* Scope: administrators, the national level and the system see everything;
       a province its applications, an enterprise its own; applicants nothing. */
    const char *enterprise = NULL;
    if (role == AUCTREG_ROLE_PROVINCE || role == AUCTREG_ROLE_ENTERPRISE) {
        if (o.what & ~(unsigned)AUCTREG_XML_EXPORT_APPLICATIONS)
            return auctreg__fail(AUCTREG_EDENIED, "registry.role.denied", "只有管理员可以导出主数据和规则",
                                 "only an administrator may export master data and rules");
        if (role == AUCTREG_ROLE_PROVINCE) {
            int64_t p = 0;
            if (!auctreg__xn_parse_i64(actor_id, &p) || p < 11 || p > 99)
                return auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "省拍协身份无效：%s",
                                     "invalid provincial actor: %s", actor_id ? actor_id : "(null)");
            if (o.province && o.province != p)
                return auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "超出本省范围",
                                     "outside the actor's province");
            o.province = (int)p;
        } else {
            if (!actor_id || !*actor_id)
                return auctreg__null_arg("auctreg_xml_export", "actor_id");
            enterprise = actor_id;
        }
    } else if (role != AUCTREG_ROLE_ADMIN && role != AUCTREG_ROLE_SYSTEM && role != AUCTREG_ROLE_NATIONAL) {
        return auctreg__fail(AUCTREG_EDENIED, "registry.role.denied", "该角色不能导出", "this role may not export");
    }
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    if (total && (rc = count_records(r, &o, enterprise, total))) {
        auctreg__store_rollback(&r->st);
        return rc;
    }
    auctreg__xw_decl(w);
    auctreg__xw_start(w, "registry");
    auctreg__xw_attr(w, "xmlns", AUCTREG__XML_NS);
    auctreg__xw_attr(w, "version", "1");
    if (o.what & AUCTREG_XML_EXPORT_MASTER) {
        rc = export_enterprises(r, w);
        if (!rc)
            rc = export_auctioneers(r, w);
    }
    if (!rc && (o.what & AUCTREG_XML_EXPORT_RULES))
        rc = export_rules(r, w);
    if (!rc && (o.what & AUCTREG_XML_EXPORT_APPLICATIONS))
        rc = export_applications(r, w, &o, enterprise);
    auctreg__xw_end(w, "registry");
    if (!rc)
        rc = auctreg__xw_check_chars(w);
    if (!rc)
        rc = auctreg__xw_flush(w);
    if (rc == AUCTREG_ENOMEM)
        auctreg__oom();
    if (rc)
        auctreg__store_rollback(&r->st);
    else
        rc = auctreg__store_commit(&r->st);
    return rc;
}

int auctreg_xml_export(auctreg_registry *r, auctreg_role role, const char *actor_id,
                       const auctreg_xml_export_options *opts, char **out_xml)
{
    if (out_xml)
        *out_xml = NULL;
    if (!r || !out_xml)
        return auctreg__null_arg("auctreg_xml_export", !r ? "r" : "out_xml");
    auctreg__xw w;
    auctreg__xw_init(&w);
    int rc = export_to(r, role, actor_id, opts, &w, NULL);
    if (rc) {
        auctreg__xw_free(&w);
        return rc;
    }
    *out_xml = auctreg__xw_detach(&w);
    return *out_xml ? 0 : AUCTREG_ENOMEM;
}

/* The output file of auctreg_xml_export_file*() and its progress reports. */
typedef struct file_out {
    FILE *f;
    auctreg_xml_progress_fn fn;
    void *ctx;
    uint64_t bytes, records, total;          /* written so far; records to write */
    uint64_t bytes_reported, records_reported; /* at the last report */
} file_out;

static int file_sink(void *arg, const char *data, size_t len)
{
    file_out *o = arg;
    if (fwrite(data, 1, len, o->f) != len)
        return auctreg__fail(AUCTREG_ERROR, "xml.io", "写入文件失败：%s", "writing the file failed: %s",
                             strerror(errno));
    o->bytes += len;
    return 0;
}

/* Report progress (done capped at total); a non-zero answer cancels. */
static int file_report(file_out *o, uint64_t done)
{
    o->bytes_reported = o->bytes;
    o->records_reported = o->records;
    if (o->fn(o->ctx, done < o->total ? done : o->total, o->total, o->records) == 0)
        return 0;
    return auctreg__fail(AUCTREG_ERROR, "xml.cancelled", "导出已取消，未留下文件",
                         "the export was cancelled: no file is left");
}

static int file_record(void *arg)
{
    file_out *o = arg;
    o->records++;
    if (o->records - o->records_reported >= AUCTREG__XML_PROGRESS_RECORDS ||
        o->bytes - o->bytes_reported >= AUCTREG__XML_PROGRESS_BYTES)
        return file_report(o, o->records);
    return 0;
}

int auctreg_xml_export_file_progress(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                     const auctreg_xml_export_options *opts, const char *path,
                                     auctreg_xml_progress_fn fn, void *ctx)
{
    if (!r || !path)
        return auctreg__null_arg("auctreg_xml_export_file", !r ? "r" : "path");
    /* Written to a temporary file beside the target and renamed over it only on success:
     * a refused or failed export never touches an existing file. Mode 0600 (personal data). */
    char *tmp = auctreg__asprintf("%s.tmp-XXXXXX", path);
    if (!tmp)
        return auctreg__oom();
    int fd = mkstemp(tmp);
    file_out o = {.f = fd >= 0 ? fdopen(fd, "wb") : NULL, .fn = fn, .ctx = ctx};
    if (!o.f) {
        int err = errno;
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        auctreg__mfree(tmp);
        return auctreg__fail(AUCTREG_ERROR, "xml.io", "无法创建文件 %s：%s", "cannot create %s: %s", path,
                             strerror(err));
    }
    auctreg__xw w;
    auctreg__xw_init(&w);
    w.sink = file_sink;
    w.sink_arg = &o;
    w.on_record = fn ? file_record : NULL;
    int rc = export_to(r, role, actor_id, opts, &w, fn ? &o.total : NULL);
    auctreg__xw_free(&w);
    if (!rc && fn) /* the final report, before the file is closed: a cancel still removes it */
        rc = file_report(&o, o.total);
    if (fclose(o.f) != 0 && !rc)
        rc = auctreg__fail(AUCTREG_ERROR, "xml.io", "写入文件失败：%s", "writing the file failed: %s",
                           strerror(errno));
    if (!rc && rename(tmp, path) != 0)
        rc = auctreg__fail(AUCTREG_ERROR, "xml.io", "无法写入 %s：%s", "cannot write %s: %s", path, strerror(errno));
    if (rc)
        unlink(tmp);
    auctreg__mfree(tmp);
    return rc;
}

int auctreg_xml_export_file(auctreg_registry *r, auctreg_role role, const char *actor_id,
                            const auctreg_xml_export_options *opts, const char *path)
{
    return auctreg_xml_export_file_progress(r, role, actor_id, opts, path, NULL, NULL);
}

/* ------------------------------------------------------------ practice record */

int auctreg_xml_practice_record(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                const char *mgmt_no, char **out_xml)
{
    if (out_xml)
        *out_xml = NULL;
    if (!r || !mgmt_no || !out_xml)
        return auctreg__null_arg("auctreg_xml_practice_record", !r ? "r" : !mgmt_no ? "mgmt_no" : "out_xml");
    /* Who may print: the auctioneer, and the reviewers whose scope covers the
       auctioneer's applications (checked on each one below); administrators. */
    if (role == AUCTREG_ROLE_APPLICANT && (!actor_id || strcmp(actor_id, mgmt_no) != 0))
        return auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "只能打印本人的执业记录",
                             "applicants may print their own practice record only");
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    char *name = NULL, *ent = NULL, *ent_name = NULL;
    auctreg_person *person = NULL;
    sqlite3_stmt *years = NULL, *members = NULL, *ids = NULL;
    int *reg = NULL, *mem = NULL;
    size_t n_reg = 0, n_mem = 0, n_apps = 0, cap = 0;
    auctreg_application **apps = NULL;
    int province = 0;
    rc = auctreg_registry_get_auctioneer(r, role, actor_id, mgmt_no, &name, &ent, &person);
    if (!rc && ent && *ent)
        rc = auctreg_registry_get_enterprise(r, ent, &ent_name, &province, NULL);
    if (!rc)
        rc = auctreg__xml_prepare(r, "SELECT year FROM registration_year WHERE mgmt_no = ?1 ORDER BY year", &years);
    if (!rc)
        rc = auctreg__xml_prepare(r, "SELECT year FROM membership_year WHERE mgmt_no = ?1 ORDER BY year", &members);
    if (!rc)
        rc = auctreg__xml_prepare(r, "SELECT id FROM application WHERE mgmt_no = ?1 AND slot = 0 ORDER BY year DESC",
                                  &ids);
    for (int pass = 0; !rc && pass < 2; pass++) {
        sqlite3_stmt *st = pass ? members : years;
        int **arr = pass ? &mem : &reg;
        size_t *n = pass ? &n_mem : &n_reg, c = 0;
        sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
        int s;
        while ((s = sqlite3_step(st)) == SQLITE_ROW) {
            if (*n == c) {
                c = c ? 2 * c : 8;
                int *p = auctreg__realloc(*arr, c * sizeof *p);
                if (!p) {
                    rc = auctreg__oom();
                    break;
                }
                *arr = p;
            }
            (*arr)[(*n)++] = sqlite3_column_int(st, 0);
        }
        if (!rc && s != SQLITE_DONE)
            rc = auctreg__store_fail(&r->st, s, "practice record");
    }
    if (!rc) {
        sqlite3_bind_text(ids, 1, mgmt_no, -1, SQLITE_STATIC);
        int s;
        while (!rc && (s = sqlite3_step(ids)) == SQLITE_ROW) {
            auctreg_application *a = NULL;
            if ((rc = auctreg__reg_load(r, sqlite3_column_int64(ids, 0), &a, REG_LOAD_CHILDREN)))
                break;
            if ((rc = auctreg__reg_read_scope(a, role, actor_id))) {
                auctreg_application_free(a);
                break;
            }
            if (n_apps == cap) {
                cap = cap ? 2 * cap : 8;
                auctreg_application **p = auctreg__realloc(apps, cap * sizeof *p);
                if (!p) {
                    auctreg_application_free(a);
                    rc = auctreg__oom();
                    break;
                }
                apps = p;
            }
            apps[n_apps++] = a;
        }
        if (!rc && s != SQLITE_DONE)
            rc = auctreg__store_fail(&r->st, s, "practice record");
    }
    if (!rc && role != AUCTREG_ROLE_APPLICANT && role != AUCTREG_ROLE_ADMIN && role != AUCTREG_ROLE_SYSTEM &&
        role != AUCTREG_ROLE_NATIONAL && n_apps == 0)
        rc = auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "超出审核范围", "outside the actor's scope");
    if (!rc) {
        char today[11];
        auctreg__registry_today(r, auctreg__registry_now(r), today);
        auctreg__xml_pr pr = {
            .mgmt_no = mgmt_no, .name = name, .today = today, .person = person,
            .enterprise_uscc = ent, .enterprise_name = ent_name ? ent_name : "", .enterprise_province = province,
            .registered = reg, .n_registered = n_reg, .members = mem, .n_members = n_mem,
            .apps = (const auctreg_application *const *)apps, .n_apps = n_apps,
        };
        auctreg__xw w;
        auctreg__xw_init(&w);
        rc = auctreg__xml_practice_record(&w, &pr);
        if (!rc)
            rc = auctreg__xw_check_chars(&w);
        if (!rc && !(*out_xml = auctreg__xw_detach(&w)))
            rc = AUCTREG_ENOMEM;
        if (rc)
            auctreg__xw_free(&w);
    }
    if (rc)
        auctreg__store_rollback(&r->st);
    else
        rc = auctreg__store_commit(&r->st);
    if (rc) {
        auctreg_free(*out_xml);
        *out_xml = NULL;
    }
    for (size_t i = 0; i < n_apps; i++)
        auctreg_application_free(apps[i]);
    auctreg__mfree(apps);
    auctreg__mfree(reg);
    auctreg__mfree(mem);
    sqlite3_finalize(years);
    sqlite3_finalize(members);
    sqlite3_finalize(ids);
    auctreg_free(name);
    auctreg_free(ent);
    auctreg_free(ent_name);
    auctreg_person_free(person);
    return rc;
}
