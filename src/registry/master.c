/* Master data: enterprises, auctioneers, registration years, membership years. */
#include <stdio.h>
#include <string.h>

#include "registry/registry_internal.h"
#include "validate/validate_internal.h"

#define NAME_MAX_BYTES 200

static int bind_text(sqlite3_stmt *st, int i, const char *s)
{
    return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

int auctreg_registry_put_enterprise(auctreg_registry *r, auctreg_role role, const char *actor_id, const char *uscc,
                                    const char *name, int province, auctreg_enterprise_status status,
                                    const char *left_preparation_on)
{
    (void)actor_id;
    if (!r || !uscc || !name)
        return auctreg__null_arg("auctreg_registry_put_enterprise", !r ? "r" : !uscc ? "uscc" : "name");
    int rc = auctreg__reg_need_admin(role, "维护拍卖企业", "maintain enterprises");
    if (rc)
        return rc;
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    auctreg__vr vr = auctreg__uscc_check(uscc);
    if (vr)
        auctreg__vr_add(&p, "", "uscc", vr);
    if (!*name)
        auctreg__problems_add(&p, "name", "enterprise.name.empty", "企业名称不能为空", "the name is required");
    else if (auctreg__check_text("name", name, NAME_MAX_BYTES, false))
        auctreg__problems_add_msgs(&p, "name", auctreg_error_reason(), auctreg_error_message_lang(AUCTREG_LANG_ZH),
                                   auctreg_error_message_lang(AUCTREG_LANG_EN));
    if (province < 11 || province > 99)
        auctreg__problems_add(&p, "province", "rules.province.range", "省级行政区划代码无效：%d",
                              "invalid province code: %d", province);
    if (status != AUCTREG_ENTERPRISE_ACTIVE && status != AUCTREG_ENTERPRISE_PREPARING)
        auctreg__problems_add(&p, "status", "enterprise.status.invalid", "企业状态无效：%d",
                              "invalid enterprise status: %d", (int)status);
    if (left_preparation_on && *left_preparation_on) {
        if (!auctreg__date_parse(left_preparation_on, NULL, NULL, NULL))
            auctreg__problems_add(&p, "left_preparation_on", "date.format", "日期格式应为 YYYY-MM-DD：%s",
                                  "date must be YYYY-MM-DD: %s", left_preparation_on);
        else if (status == AUCTREG_ENTERPRISE_PREPARING)
            auctreg__problems_add(&p, "left_preparation_on", "enterprise.left_preparation.unexpected",
                                  "筹建中的企业没有去筹日期", "an enterprise in preparation has no date of leaving it");
    }
    if (p.count || p.oom)
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "enterprise.invalid", "企业信息有误", "invalid enterprise");
    if ((rc = auctreg__store_begin(&r->st, true)))
        return rc;
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ENT_UPSERT);
    if (!st)
        return auctreg__reg_end(r, auctreg_error_code());
    sqlite3_bind_text(st, 1, uscc, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, province);
    sqlite3_bind_int(st, 4, status == AUCTREG_ENTERPRISE_PREPARING);
    bind_text(st, 5, left_preparation_on && *left_preparation_on ? left_preparation_on : NULL);
    return auctreg__reg_end(r, auctreg__store_exec(&r->st, st));
}

static int enterprise_not_found(const char *uscc)
{
    return auctreg__fail(AUCTREG_ENOTFOUND, "enterprise.not_found", "拍卖企业不存在：%s",
                         "no such enterprise: %s", uscc);
}

int auctreg_registry_get_enterprise(auctreg_registry *r, const char *uscc, char **name, int *province, int *status)
{
    if (!r || !uscc)
        return auctreg__null_arg("auctreg_registry_get_enterprise", !r ? "r" : "uscc");
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ENT_SEL);
    if (!st)
        return auctreg__reg_end(r, auctreg_error_code());
    sqlite3_bind_text(st, 1, uscc, -1, SQLITE_STATIC);
    rc = auctreg__store_row(&r->st, st);
    if (rc == 0)
        return auctreg__reg_end(r, enterprise_not_found(uscc));
    if (rc < 0)
        return auctreg__reg_end(r, rc);
    char *n = name ? auctreg__strdup((const char *)sqlite3_column_text(st, 0)) : NULL;
    if (province)
        *province = sqlite3_column_int(st, 1);
    if (status)
        *status = sqlite3_column_int(st, 2);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    rc = auctreg__reg_end(r, name && !n ? auctreg__oom() : 0);
    if (rc) {
        auctreg__mfree(n);
        return rc;
    }
    if (name)
        *name = n;
    return 0;
}

int auctreg__reg_enterprise_preparing(auctreg_registry *r, const char *uscc, bool *preparing)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ENT_SEL);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, uscc, -1, SQLITE_STATIC);
    int rc = auctreg__store_row(&r->st, st);
    if (rc <= 0)
        return rc == 0 ? enterprise_not_found(uscc) : rc;
    *preparing = sqlite3_column_int(st, 2) != 0;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return 0;
}

/* Replace the stored personal data of an auctioneer (or an application when app_id > 0). */
static int write_person(auctreg_registry *r, auctreg__stmt_id del, auctreg__stmt_id ins, const char *mgmt_no,
                        int64_t app_id, const auctreg_person *person, bool fresh)
{
    sqlite3_stmt *st;
    int rc = 0;
    if (!fresh) {
        if (!(st = auctreg__store_stmt(&r->st, del)))
            return auctreg_error_code();
        if (mgmt_no)
            sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
        else
            sqlite3_bind_int64(st, 1, app_id);
        rc = auctreg__store_exec(&r->st, st);
    }
    if (rc || !person)
        return rc;
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
        const char *v = auctreg_person_get(person, (auctreg_person_field)f);
        if (!v || !*v)
            continue;
        if (!(st = auctreg__store_stmt(&r->st, ins)))
            return auctreg_error_code();
        if (mgmt_no)
            sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
        else
            sqlite3_bind_int64(st, 1, app_id);
        sqlite3_bind_int(st, 2, f);
        sqlite3_bind_text(st, 3, v, -1, SQLITE_STATIC);
        if ((rc = auctreg__store_exec(&r->st, st)))
            return rc;
    }
    return 0;
}

int auctreg__reg_write_person(auctreg_registry *r, int64_t app_id, const auctreg_person *person, bool fresh)
{
    return write_person(r, ST_APERSON_DEL, ST_APERSON_INS, NULL, app_id, person, fresh);
}

/* Read personal data rows (field, value) of `sel` into a new person; *out NULL when there is none. */
int auctreg__reg_read_person(auctreg_registry *r, auctreg__stmt_id sel, const char *mgmt_no, int64_t app_id,
                             auctreg_person **out)
{
    *out = NULL;
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, sel);
    if (!st)
        return auctreg_error_code();
    if (mgmt_no)
        sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    else
        sqlite3_bind_int64(st, 1, app_id);
    auctreg_person *p = NULL;
    int rc;
    while ((rc = auctreg__store_row(&r->st, st)) == 1) {
        if (!p && (rc = auctreg_person_new(&p)))
            break;
        int f = sqlite3_column_int(st, 0);
        if (f >= 0 && f < AUCTREG_PERSON_FIELD_COUNT &&
            (rc = auctreg_person_set(p, (auctreg_person_field)f, (const char *)sqlite3_column_text(st, 1))))
            break;
    }
    if (rc > 0) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    if (rc) {
        auctreg_person_free(p);
        return rc;
    }
    *out = p;
    return 0;
}

int auctreg_registry_put_auctioneer(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                    const char *mgmt_no, const char *name, const char *enterprise_uscc,
                                    const auctreg_person *person)
{
    (void)actor_id;
    if (!r || !mgmt_no || !name)
        return auctreg__null_arg("auctreg_registry_put_auctioneer", !r ? "r" : !mgmt_no ? "mgmt_no" : "name");
    int rc = auctreg__reg_need_admin(role, "维护拍卖师信息", "maintain auctioneers");
    if (rc)
        return rc;
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    auctreg__vr vr = auctreg__mgmt_no_check(mgmt_no, r->vopts.mgmt_no_min_digits, r->vopts.mgmt_no_max_digits);
    if (vr)
        auctreg__vr_add(&p, "", "mgmt_no", vr);
    if (!*name)
        auctreg__problems_add(&p, "name", "auctioneer.name.empty", "姓名不能为空", "the name is required");
    else if (auctreg__check_text("name", name, NAME_MAX_BYTES, false))
        auctreg__problems_add_msgs(&p, "name", auctreg_error_reason(), auctreg_error_message_lang(AUCTREG_LANG_ZH),
                                   auctreg_error_message_lang(AUCTREG_LANG_EN));
    if (person) {
        /* Personal data may be incomplete for auctioneers known before R6, but every field
         * that is set must be valid and the fields set must agree with each other. */
        char today[11];
        auctreg__registry_today(r, auctreg__registry_now(r), today);
        auctreg_validate_options vo = r->vopts;
        vo.today = today;
        auctreg__validate_person_partial_into(&p, person, &vo, "person");
        const char *pm = auctreg_person_get(person, AUCTREG_PERSON_MGMT_NO);
        if (*pm && strcmp(pm, mgmt_no) != 0)
            auctreg__problems_add(&p, "person.mgmt_no", "auctioneer.mgmt_no.mismatch",
                                  "个人资料中的管理号 %s 与拍卖师管理号 %s 不一致",
                                  "the management number %s in the personal data differs from %s", pm, mgmt_no);
    }
    if (p.count || p.oom)
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "auctioneer.invalid", "拍卖师信息有误",
                                      "invalid auctioneer");
    if ((rc = auctreg__store_begin(&r->st, true)))
        return rc;
    if (enterprise_uscc && *enterprise_uscc) {
        bool prep;
        if ((rc = auctreg__reg_enterprise_preparing(r, enterprise_uscc, &prep)))
            return auctreg__reg_end(r, rc);
    }
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_AUC_UPSERT);
    if (!st)
        return auctreg__reg_end(r, auctreg_error_code());
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    bind_text(st, 3, enterprise_uscc && *enterprise_uscc ? enterprise_uscc : NULL);
    rc = auctreg__store_exec(&r->st, st);
    if (!rc)
        rc = write_person(r, ST_PERSON_DEL, ST_PERSON_INS, mgmt_no, 0, person, false);
    return auctreg__reg_end(r, rc);
}

int auctreg__reg_auctioneer(auctreg_registry *r, const char *mgmt_no, char **name, char **enterprise)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_AUC_SEL);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    int rc = auctreg__store_row(&r->st, st);
    if (rc == 0)
        return auctreg__fail(AUCTREG_ENOTFOUND, "auctioneer.not_found", "拍卖师不存在：%s",
                             "no such auctioneer: %s", mgmt_no);
    if (rc < 0)
        return rc;
    const char *e = (const char *)sqlite3_column_text(st, 1);
    char *n = name ? auctreg__strdup((const char *)sqlite3_column_text(st, 0)) : NULL;
    char *en = enterprise ? auctreg__strdup(e ? e : "") : NULL;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if ((name && !n) || (enterprise && !en)) {
        auctreg__mfree(n);
        auctreg__mfree(en);
        return auctreg__oom();
    }
    if (name)
        *name = n;
    if (enterprise)
        *enterprise = en;
    return 0;
}

/* May (role, actor) read the auctioneer whose current enterprise is `ent`? */
static int auctioneer_scope(auctreg_registry *r, auctreg_role role, const char *actor, const char *mgmt_no,
                            const char *ent)
{
    bool ok = false;
    if (role == AUCTREG_ROLE_NATIONAL || role == AUCTREG_ROLE_ADMIN || role == AUCTREG_ROLE_SYSTEM)
        ok = true;
    else if (role == AUCTREG_ROLE_APPLICANT)
        ok = actor && strcmp(actor, mgmt_no) == 0;
    else if (role == AUCTREG_ROLE_ENTERPRISE)
        ok = actor && *ent && strcmp(actor, ent) == 0;
    else if (role == AUCTREG_ROLE_PROVINCE && *ent && actor && strlen(actor) == 2) {
        sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ENT_SEL);
        if (!st)
            return auctreg_error_code();
        sqlite3_bind_text(st, 1, ent, -1, SQLITE_STATIC);
        int rc = auctreg__store_row(&r->st, st);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            char code[4];
            snprintf(code, sizeof code, "%02d", sqlite3_column_int(st, 1));
            ok = strcmp(code, actor) == 0;
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
        }
    }
    if (ok)
        return 0;
    return auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "无权查看拍卖师 %s 的信息",
                         "not allowed to read auctioneer %s", mgmt_no);
}

int auctreg_registry_get_auctioneer(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                    const char *mgmt_no, char **name, char **enterprise, auctreg_person **person)
{
    if (!r || !mgmt_no)
        return auctreg__null_arg("auctreg_registry_get_auctioneer", !r ? "r" : "mgmt_no");
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    char *n = NULL, *e = NULL;
    auctreg_person *p = NULL;
    rc = auctreg__reg_auctioneer(r, mgmt_no, &n, &e);
    if (!rc)
        rc = auctioneer_scope(r, role, actor_id, mgmt_no, e);
    if (!rc && person)
        rc = auctreg__reg_read_person(r, ST_PERSON_SEL, mgmt_no, 0, &p);
    rc = auctreg__reg_end(r, rc);
    if (rc || !name)
        auctreg__mfree(n);
    if (rc || !enterprise)
        auctreg__mfree(e);
    if (rc) {
        auctreg_person_free(p);
        return rc;
    }
    if (name)
        *name = n;
    if (enterprise)
        *enterprise = e;
    if (person)
        *person = p;
    return 0;
}

/* R2: a registered year has at most one application, the approved one. Recording a year as
 * registered while another application for it is live (not approved, not withdrawn) would
 * give that year two registrations: refused. */
static int live_application_allows_history(auctreg_registry *r, const char *mgmt_no, int year)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_APP_FIND_YEAR);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, year);
    int rc = auctreg__store_row(&r->st, st);
    if (rc <= 0)
        return rc;
    int64_t id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    auctreg_application *app = NULL;
    if ((rc = auctreg__reg_load(r, id, &app, REG_LOAD_ROW)))
        return rc;
    int state = (int)app->num[AUCTREG_APP_STATE];
    auctreg_application_free(app);
    if (state == AUCTREG_STATE_APPROVED)
        return 0;
    return auctreg__fail(AUCTREG_EDUPLICATE, "application.duplicate",
                         "%d 年度已有未完成的申请（编号 %lld），不能再导入该年度的注册",
                         "an application for %d is still open (id %lld): the year cannot be imported as registered",
                         year, (long long)id);
}

static int add_year(auctreg_registry *r, auctreg_role role, const char *mgmt_no, int year, auctreg__stmt_id ins,
                    const char *what_zh, const char *what_en)
{
    if (!r || !mgmt_no)
        return auctreg__null_arg(what_en, !r ? "r" : "mgmt_no");
    int rc = auctreg__reg_need_admin(role, what_zh, what_en);
    if (!rc)
        rc = auctreg__reg_year_arg(year);
    if (rc)
        return rc;
    if ((rc = auctreg__store_begin(&r->st, true)))
        return rc;
    if ((rc = auctreg__reg_auctioneer(r, mgmt_no, NULL, NULL)))
        return auctreg__reg_end(r, rc);
    if (ins == ST_REGYEAR_INS && (rc = live_application_allows_history(r, mgmt_no, year)))
        return auctreg__reg_end(r, rc);
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ins);
    if (!st)
        return auctreg__reg_end(r, auctreg_error_code());
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, 0); /* source: imported */
    if (ins == ST_REGYEAR_INS)
        sqlite3_bind_null(st, 4);
    return auctreg__reg_end(r, auctreg__store_exec(&r->st, st));
}

int auctreg_registry_import_registration_year(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                              const char *mgmt_no, int year)
{
    (void)actor_id;
    return add_year(r, role, mgmt_no, year, ST_REGYEAR_INS, "导入注册历史", "import registration history");
}

int auctreg_registry_add_membership_year(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                         const char *mgmt_no, int year)
{
    (void)actor_id;
    return add_year(r, role, mgmt_no, year, ST_MEMBER_INS, "登记会员年度", "record membership years");
}

static int has_year(auctreg_registry *r, auctreg__stmt_id sel, const char *mgmt_no, int year, bool *yes)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, sel);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, year);
    int rc = auctreg__store_row(&r->st, st);
    if (rc < 0)
        return rc;
    *yes = rc == 1;
    if (rc == 1) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    return 0;
}

int auctreg__reg_is_member(auctreg_registry *r, const char *mgmt_no, int year, bool *member)
{
    return has_year(r, ST_MEMBER_HAS, mgmt_no, year, member);
}

int auctreg__reg_is_registered(auctreg_registry *r, const char *mgmt_no, int year, bool *registered)
{
    return has_year(r, ST_REGYEAR_HAS, mgmt_no, year, registered);
}

static int public_has(auctreg_registry *r, auctreg__stmt_id sel, const char *mgmt_no, int year, int *out,
                      const char *func)
{
    if (!r || !mgmt_no || !out)
        return auctreg__null_arg(func, !r ? "r" : !mgmt_no ? "mgmt_no" : "out");
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    bool yes = false;
    rc = auctreg__reg_end(r, has_year(r, sel, mgmt_no, year, &yes));
    if (!rc)
        *out = yes;
    return rc;
}

int auctreg_registry_is_member(auctreg_registry *r, const char *mgmt_no, int year, int *member)
{
    return public_has(r, ST_MEMBER_HAS, mgmt_no, year, member, "auctreg_registry_is_member");
}

int auctreg_registry_is_practising(auctreg_registry *r, const char *mgmt_no, int year, int *practising)
{
    return public_has(r, ST_REGYEAR_HAS, mgmt_no, year, practising, "auctreg_registry_is_practising");
}
