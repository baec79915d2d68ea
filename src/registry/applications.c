/* Applications: load and store, create, edit, and the workflow actions. */
#include <stdio.h>
#include <string.h>

#include "registry/registry_internal.h"
#include "validate/validate_internal.h"

/* ------------------------------------------------------------------ load / store */

static char *col_dup(sqlite3_stmt *st, int col, bool *ok)
{
    const char *s = (const char *)sqlite3_column_text(st, col);
    if (!s)
        return NULL;
    char *d = auctreg__strdup(s);
    if (!d)
        *ok = false;
    return d;
}

static int load_children(auctreg_registry *r, auctreg_application *app, int what)
{
    int64_t id = app->num[AUCTREG_APP_ID];
    sqlite3_stmt *st;
    int rc;
    if (!(st = auctreg__store_stmt(&r->st, ST_PRACTICE_SEL)))
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, id);
    while ((rc = auctreg__store_row(&r->st, st)) == 1)
        if ((rc = auctreg_application_practice_add(app, sqlite3_column_int64(st, 0),
                                                   (const char *)sqlite3_column_text(st, 1),
                                                   sqlite3_column_int64(st, 2))))
            break;
    if (rc) {
        sqlite3_reset(st);
        return rc < 0 ? rc : auctreg_error_code();
    }
    if (!(st = auctreg__store_stmt(&r->st, ST_CE_SEL)))
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, id);
    while ((rc = auctreg__store_row(&r->st, st)) == 1)
        if ((rc = auctreg_application_ce_add(app, (const char *)sqlite3_column_text(st, 0),
                                             sqlite3_column_int64(st, 1))))
            break;
    if (rc) {
        sqlite3_reset(st);
        return rc;
    }
    if (!(st = auctreg__store_stmt(&r->st, (what & REG_LOAD_CONTENT) ? ST_DOC_SEL_FULL : ST_DOC_SEL_META)))
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, id);
    while ((rc = auctreg__store_row(&r->st, st)) == 1) {
        const char *kind = (const char *)sqlite3_column_text(st, 0);
        const char *name = (const char *)sqlite3_column_text(st, 1);
        if (sqlite3_column_type(st, 5) == SQLITE_BLOB || sqlite3_column_type(st, 5) == SQLITE_TEXT)
            rc = auctreg_application_document_add(app, kind, name, sqlite3_column_blob(st, 5),
                                                  (size_t)sqlite3_column_bytes(st, 5));
        else
            rc = auctreg_application_document_add_meta(app, kind, name, (const char *)sqlite3_column_text(st, 2),
                                                       sqlite3_column_int64(st, 3),
                                                       (const char *)sqlite3_column_text(st, 4));
        if (rc)
            break;
    }
    if (rc) {
        sqlite3_reset(st);
        return rc;
    }
    auctreg_person *p = NULL;
    if ((rc = auctreg__reg_read_person(r, ST_APERSON_SEL, NULL, id, &p)))
        return rc;
    app->person = p;
    return 0;
}

int auctreg__reg_load(auctreg_registry *r, int64_t id, auctreg_application **out, int what)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_APP_LOAD);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, id);
    int rc = auctreg__store_row(&r->st, st);
    if (rc == 0)
        return auctreg__fail(AUCTREG_ENOTFOUND, "application.not_found", "申请不存在：%lld",
                             "no such application: %lld", (long long)id);
    if (rc < 0)
        return rc;
    auctreg_application *app = auctreg__calloc(1, sizeof *app);
    bool ok = app != NULL;
    if (ok) {
        static const int num_cols[][2] = {
            {AUCTREG_APP_ID, 0},           {AUCTREG_APP_PROVINCE, 3},     {AUCTREG_APP_YEAR, 4},
            {AUCTREG_APP_TYPE, 5},         {AUCTREG_APP_STATE, 6},        {AUCTREG_APP_VERSION, 7},
            {AUCTREG_APP_FEE_CHOICE, 8},   {AUCTREG_APP_FEE_DUE_FEN, 9},  {AUCTREG_APP_PAY_STATUS, 10},
            {AUCTREG_APP_CREATED_AT, 11},  {AUCTREG_APP_UPDATED_AT, 12},  {AUCTREG_APP_SUBMITTED_AT, 13},
            {AUCTREG_APP_SUBMIT_COUNT, 14},
        };
        for (size_t i = 0; i < sizeof num_cols / sizeof num_cols[0]; i++)
            app->num[num_cols[i][0]] = sqlite3_column_int64(st, num_cols[i][1]);
        app->text[AUCTREG_APP_MGMT_NO] = col_dup(st, 1, &ok);
        app->text[AUCTREG_APP_ENTERPRISE] = col_dup(st, 2, &ok);
        for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
            app->review[l].status = sqlite3_column_int(st, 15 + 3 * l);
            app->review[l].opinion = col_dup(st, 16 + 3 * l, &ok);
            app->review[l].decided_at = sqlite3_column_int64(st, 17 + 3 * l);
        }
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (!ok) {
        auctreg_application_free(app);
        return auctreg__oom();
    }
    if (what & (REG_LOAD_CHILDREN | REG_LOAD_CONTENT)) {
        if ((rc = load_children(r, app, what))) {
            auctreg_application_free(app);
            return rc;
        }
    }
    *out = app;
    return 0;
}

static void bind_opt_text(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

int auctreg__reg_stale(int64_t id, int64_t expected, int64_t current)
{
    return auctreg__fail(AUCTREG_ECONFLICT, "application.version.stale",
                         "申请 %lld 已被修改（您的版本 %lld，当前版本 %lld），请重新读取",
                         "application %lld has changed (your version %lld, current %lld): reload it",
                         (long long)id, (long long)expected, (long long)current);
}

int auctreg__reg_save_row(auctreg_registry *r, const auctreg_application *app, int64_t old_version)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_APP_SAVE);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, app->num[AUCTREG_APP_STATE]);
    sqlite3_bind_int64(st, 2, app->num[AUCTREG_APP_VERSION]);
    sqlite3_bind_int64(st, 3, app->num[AUCTREG_APP_FEE_CHOICE]);
    sqlite3_bind_int64(st, 4, app->num[AUCTREG_APP_FEE_DUE_FEN]);
    sqlite3_bind_int64(st, 5, app->num[AUCTREG_APP_PAY_STATUS]);
    sqlite3_bind_int64(st, 6, app->num[AUCTREG_APP_UPDATED_AT]);
    sqlite3_bind_int64(st, 7, app->num[AUCTREG_APP_SUBMITTED_AT]);
    sqlite3_bind_int64(st, 8, app->num[AUCTREG_APP_SUBMIT_COUNT]);
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        sqlite3_bind_int(st, 9 + 3 * l, app->review[l].status);
        bind_opt_text(st, 10 + 3 * l, app->review[l].opinion);
        sqlite3_bind_int64(st, 11 + 3 * l, app->review[l].decided_at);
    }
    sqlite3_bind_int64(st, 18, app->num[AUCTREG_APP_ID]);
    sqlite3_bind_int64(st, 19, old_version);
    int rc = auctreg__store_exec(&r->st, st);
    if (rc)
        return rc;
    if (sqlite3_changes(r->st.db) != 1)
        return auctreg__reg_stale(app->num[AUCTREG_APP_ID], old_version, -1);
    return 0;
}

int auctreg__reg_insert_row(auctreg_registry *r, const auctreg_application *app, int64_t *id)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_APP_INSERT);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, app->text[AUCTREG_APP_MGMT_NO], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, app->text[AUCTREG_APP_ENTERPRISE], -1, SQLITE_STATIC);
    static const int f[] = {AUCTREG_APP_PROVINCE,   AUCTREG_APP_YEAR,         AUCTREG_APP_TYPE,
                            AUCTREG_APP_STATE,      AUCTREG_APP_VERSION,      AUCTREG_APP_FEE_CHOICE,
                            AUCTREG_APP_FEE_DUE_FEN, AUCTREG_APP_PAY_STATUS,  AUCTREG_APP_CREATED_AT,
                            AUCTREG_APP_UPDATED_AT, AUCTREG_APP_SUBMITTED_AT, AUCTREG_APP_SUBMIT_COUNT};
    for (int i = 0; i < 12; i++)
        sqlite3_bind_int64(st, 3 + i, app->num[f[i]]);
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        sqlite3_bind_int(st, 15 + 3 * l, app->review[l].status);
        bind_opt_text(st, 16 + 3 * l, app->review[l].opinion);
        sqlite3_bind_int64(st, 17 + 3 * l, app->review[l].decided_at);
    }
    int rc = auctreg__store_exec(&r->st, st);
    if (!rc)
        *id = sqlite3_last_insert_rowid(r->st.db);
    return rc;
}

static int exec_del(auctreg_registry *r, auctreg__stmt_id sid, int64_t id)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, sid);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, id);
    return auctreg__store_exec(&r->st, st);
}

static int write_children(auctreg_registry *r, int64_t id, const auctreg_application *src, bool fresh);

int auctreg__reg_write_children(auctreg_registry *r, int64_t id, const auctreg_application *src)
{
    return write_children(r, id, src, false);
}

int auctreg__reg_insert_children(auctreg_registry *r, int64_t id, const auctreg_application *src)
{
    return write_children(r, id, src, true);
}

static int write_children(auctreg_registry *r, int64_t id, const auctreg_application *src, bool fresh)
{
    int rc;
    if (!fresh && ((rc = exec_del(r, ST_PRACTICE_DEL, id)) || (rc = exec_del(r, ST_CE_DEL, id)) ||
                   (rc = exec_del(r, ST_DOC_DEL, id))))
        return rc;
    sqlite3_stmt *st;
    for (size_t i = 0; i < src->n_practice; i++) {
        if (!(st = auctreg__store_stmt(&r->st, ST_PRACTICE_INS)))
            return auctreg_error_code();
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i + 1);
        sqlite3_bind_int64(st, 3, src->practice[i].sessions);
        sqlite3_bind_text(st, 4, src->practice[i].subject ? src->practice[i].subject : "", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 5, src->practice[i].turnover_yuan);
        if ((rc = auctreg__store_exec(&r->st, st)))
            return rc;
    }
    for (size_t i = 0; i < src->n_ce; i++) {
        if (!(st = auctreg__store_stmt(&r->st, ST_CE_INS)))
            return auctreg_error_code();
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i + 1);
        sqlite3_bind_text(st, 3, src->ce[i].item ? src->ce[i].item : "", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, src->ce[i].hours_tenths);
        if ((rc = auctreg__store_exec(&r->st, st)))
            return rc;
    }
    for (size_t i = 0; i < src->n_docs; i++) {
        const auctreg__document *d = &src->docs[i];
        if (!(st = auctreg__store_stmt(&r->st, ST_DOC_INS)))
            return auctreg_error_code();
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, (int64_t)i + 1);
        sqlite3_bind_text(st, 3, d->kind ? d->kind : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, d->file_name ? d->file_name : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, d->media_type ? d->media_type : "", -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 6, d->size);
        sqlite3_bind_text(st, 7, d->sha256, -1, SQLITE_STATIC);
        if (d->content)
            sqlite3_bind_blob64(st, 8, d->content, d->content_len, SQLITE_STATIC);
        else
            sqlite3_bind_null(st, 8);
        if ((rc = auctreg__store_exec(&r->st, st)))
            return rc;
    }
    return auctreg__reg_write_person(r, id, src->person, fresh);
}

int auctreg__reg_audit(auctreg_registry *r, int64_t app_id, int64_t at, auctreg_role role, const char *actor,
                       auctreg_action action, int from, int to, int level, const char *opinion, int64_t version)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_AUDIT_INS);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, app_id);
    sqlite3_bind_int64(st, 2, at);
    sqlite3_bind_int(st, 3, role);
    sqlite3_bind_text(st, 4, actor ? actor : "", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, action);
    sqlite3_bind_int(st, 6, from);
    sqlite3_bind_int(st, 7, to);
    if (level >= 0)
        sqlite3_bind_int(st, 8, level);
    else
        sqlite3_bind_null(st, 8);
    bind_opt_text(st, 9, opinion && *opinion ? opinion : NULL);
    sqlite3_bind_int64(st, 10, version);
    return auctreg__store_exec(&r->st, st);
}

int auctreg__reg_read_scope(const auctreg_application *app, auctreg_role role, const char *actor)
{
    if (auctreg__wf_in_scope(app, role, actor))
        return 0;
    return auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "无权查看此申请（%s 不在权限范围内）",
                         "this application is outside the scope of actor %s", actor ? actor : "");
}

/* ------------------------------------------------------------------ the workflow step */

/* Actions whose guards read the content and facts about the enterprise. */
static bool needs_content(auctreg_action a)
{
    return a == AUCTREG_ACTION_SUBMIT || a == AUCTREG_ACTION_RESUBMIT || a == AUCTREG_ACTION_EDIT;
}

/* Fill a workflow context for `app` (rules, time, facts); `rules` and `vopts` are the caller's storage. */
static int make_ctx(auctreg_registry *r, const auctreg_application *app, auctreg_role role, const char *actor,
                    auctreg_action action, auctreg_fee_choice choice, const char *opinion, auctreg__wf_ctx *ctx,
                    struct auctreg_rules *rules, auctreg_validate_options *vopts, bool all_facts)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->role = role;
    ctx->actor = actor ? actor : "";
    ctx->now_us = auctreg__registry_now(r);
    auctreg__registry_today(r, ctx->now_us, ctx->today);
    ctx->choice = choice;
    ctx->opinion = opinion;
    int rc = auctreg__reg_rules(r, (int)app->num[AUCTREG_APP_YEAR], rules);
    if (rc)
        return rc;
    ctx->rules = rules;
    *vopts = r->vopts;
    vopts->today = ctx->today;
    ctx->vopts = vopts;
    const char *mgmt = app->text[AUCTREG_APP_MGMT_NO] ? app->text[AUCTREG_APP_MGMT_NO] : "";
    /* Every fee choice needs membership: a member may only take the exemption (R7). */
    if (all_facts || action == AUCTREG_ACTION_CHOOSE_FEE) {
        if ((rc = auctreg__reg_is_member(r, mgmt, (int)app->num[AUCTREG_APP_YEAR], &ctx->member)))
            return rc;
    }
    if (all_facts || needs_content(action)) {
        const char *e = app->text[AUCTREG_APP_ENTERPRISE] ? app->text[AUCTREG_APP_ENTERPRISE] : "";
        if ((rc = auctreg__reg_enterprise_preparing(r, e, &ctx->preparing)))
            return rc;
    }
    return 0;
}

int auctreg__reg_transition(auctreg_registry *r, auctreg_application *app, auctreg_role role, const char *actor,
                            int64_t expected_version, auctreg_action action, auctreg_fee_choice choice,
                            const char *opinion)
{
    auctreg__wf_ctx ctx;
    struct auctreg_rules rules;
    auctreg_validate_options vopts;
    int rc;
    /* Denial first: an actor outside its role or scope learns nothing else. */
    if (!auctreg__wf_permits(app, role, actor, action)) {
        memset(&ctx, 0, sizeof ctx);
        ctx.role = role;
        ctx.actor = actor ? actor : "";
        return auctreg__wf_apply(app, &ctx, action);
    }
    int64_t old_version = app->num[AUCTREG_APP_VERSION];
    if (old_version != expected_version)
        return auctreg__reg_stale(app->num[AUCTREG_APP_ID], expected_version, old_version);
    if ((rc = make_ctx(r, app, role, actor, action, choice, opinion, &ctx, &rules, &vopts, false)))
        return rc;
    int from = (int)app->num[AUCTREG_APP_STATE];
    if ((rc = auctreg__wf_apply(app, &ctx, action)))
        return rc;
    if ((rc = auctreg__reg_save_row(r, app, old_version)))
        return rc;
    int to = (int)app->num[AUCTREG_APP_STATE];
    if (action == AUCTREG_ACTION_EDIT && from == to)
        return 0; /* an edit that changes no state writes no audit row */
    int level = auctreg_action_level(action);
    return auctreg__reg_audit(r, app->num[AUCTREG_APP_ID], ctx.now_us, role, actor, action, from, to, level,
                              level >= 0 ? opinion : NULL, app->num[AUCTREG_APP_VERSION]);
}

/* ------------------------------------------------------------------ create */

/* Reject documents the validator refuses (size, media type, file name) before storing them. */
static int check_documents(auctreg_registry *r, const auctreg_application *content, const char *today)
{
    if (!content || content->n_docs == 0)
        return 0;
    auctreg_validate_options o = r->vopts;
    o.today = today;
    auctreg__problems p = AUCTREG__PROBLEMS_INIT;
    auctreg__validate_documents_into(&p, content, &o);
    if (p.count || p.oom)
        return auctreg__fail_problems(AUCTREG_EINVAL, &p, "document.invalid", "证明材料有误",
                                      "invalid supporting documents");
    return 0;
}

static int create_in_tx(auctreg_registry *r, const char *actor, const auctreg_application *content, int64_t *id_out)
{
    char *name = NULL, *ent = NULL;
    auctreg_application *app = NULL;
    auctreg_person *stored = NULL;
    int rc = auctreg__reg_auctioneer(r, actor, &name, &ent);
    if (rc)
        return rc;
    int64_t now = auctreg__registry_now(r);
    char today[11];
    auctreg__registry_today(r, now, today);
    int cur_year = 0;
    auctreg__date_parse(today, &cur_year, NULL, NULL);
    /*
     * The registration year is next year (manual) — unless this year's own applicants' window,
     * explicitly bounded, is still open (first registrations for 2026 run until January 2026).
     */
    int year = cur_year + 1;
    struct auctreg_rules this_year;
    if ((rc = auctreg__reg_rules(r, cur_year, &this_year)))
        goto out;
    if (this_year.closes[AUCTREG_WINDOW_APPLICANT][0] &&
        auctreg__rules_window_status(&this_year, AUCTREG_WINDOW_APPLICANT, today) == AUCTREG_WINDOW_IS_OPEN)
        year = cur_year;
    int basis = year - 1; /* R1: "practising this year" is the year before the registration year */
    int province = 0;
    if (!*ent) {
        rc = auctreg__fail(AUCTREG_ESTATE, "auctioneer.enterprise.missing", "拍卖师 %s 没有注册单位",
                           "auctioneer %s has no enterprise", actor);
        goto out;
    }
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_ENT_SEL);
    if (!st) {
        rc = auctreg_error_code();
        goto out;
    }
    sqlite3_bind_text(st, 1, ent, -1, SQLITE_STATIC);
    if ((rc = auctreg__store_row(&r->st, st)) <= 0) {
        if (rc == 0)
            rc = auctreg__fail(AUCTREG_ENOTFOUND, "enterprise.not_found", "拍卖企业不存在：%s",
                               "no such enterprise: %s", ent);
        goto out;
    }
    province = sqlite3_column_int(st, 1);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);

    /* R1: the type from the history and today */
    if (!(st = auctreg__store_stmt(&r->st, ST_REGYEAR_R1))) {
        rc = auctreg_error_code();
        goto out;
    }
    sqlite3_bind_text(st, 1, actor, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, basis);
    if ((rc = auctreg__store_row(&r->st, st)) <= 0) {
        if (rc == 0)
            rc = auctreg__fail(AUCTREG_ERROR, "store.r1", "无法读取注册历史", "cannot read the history");
        goto out;
    }
    int type = sqlite3_column_int(st, 0) ? AUCTREG_TYPE_RENEWAL
               : sqlite3_column_int64(st, 1) > 0 ? AUCTREG_TYPE_REREGISTRATION
                                                 : AUCTREG_TYPE_FIRST;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);

    if ((rc = auctreg_application_new(&app)) || (rc = auctreg_application_set_text(app, AUCTREG_APP_MGMT_NO, actor)) ||
        (rc = auctreg_application_set_text(app, AUCTREG_APP_ENTERPRISE, ent)))
        goto out;
    app->num[AUCTREG_APP_PROVINCE] = province;
    app->num[AUCTREG_APP_YEAR] = year;
    app->num[AUCTREG_APP_TYPE] = type;

    auctreg__wf_ctx ctx;
    struct auctreg_rules rules;
    auctreg_validate_options vopts;
    if ((rc = make_ctx(r, app, AUCTREG_ROLE_APPLICANT, actor, AUCTREG_ACTION_CREATE, AUCTREG_FEE_NONE, NULL, &ctx,
                       &rules, &vopts, false)))
        goto out;
    if ((rc = auctreg__wf_apply(app, &ctx, AUCTREG_ACTION_CREATE)))
        goto out;
    if ((rc = check_documents(r, content, ctx.today)))
        goto out;

    /* R2: one live application per auctioneer and year */
    if (!(st = auctreg__store_stmt(&r->st, ST_APP_FIND_YEAR))) {
        rc = auctreg_error_code();
        goto out;
    }
    sqlite3_bind_text(st, 1, actor, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, year);
    if ((rc = auctreg__store_row(&r->st, st)) != 0) {
        if (rc == 1) {
            int64_t other = sqlite3_column_int64(st, 0);
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            rc = auctreg__fail(AUCTREG_EDUPLICATE, "application.duplicate",
                               "%d 年度已有申请（编号 %lld），每人每年度只能有一份申请",
                               "there is already an application for %d (id %lld): one per auctioneer and year",
                               year, (long long)other);
        }
        goto out;
    }
    int64_t id = 0;
    if ((rc = auctreg__reg_insert_row(r, app, &id)))
        goto out;
    app->num[AUCTREG_APP_ID] = id;
    /* The content: the caller's lists; a first registration starts from the stored personal data. */
    const auctreg_person *person = content ? content->person : NULL;
    if (!person && type == AUCTREG_TYPE_FIRST) {
        if ((rc = auctreg__reg_read_person(r, ST_PERSON_SEL, actor, 0, &stored)))
            goto out;
        person = stored;
    }
    auctreg_application empty;
    memset(&empty, 0, sizeof empty);
    auctreg_application src = content ? *content : empty;
    src.person = (auctreg_person *)person;
    if ((rc = auctreg__reg_insert_children(r, id, &src)))
        goto out;
    if ((rc = auctreg__reg_audit(r, id, ctx.now_us, AUCTREG_ROLE_APPLICANT, actor, AUCTREG_ACTION_CREATE,
                                 AUCTREG_STATE_NONE, AUCTREG_STATE_DRAFT, -1, NULL, app->num[AUCTREG_APP_VERSION])))
        goto out;
    *id_out = id;
out:
    auctreg__mfree(name);
    auctreg__mfree(ent);
    auctreg_person_free(stored);
    auctreg_application_free(app);
    return rc;
}

int auctreg_registry_create_application(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                        const auctreg_application *content, int64_t *id)
{
    if (!r || !actor_id || !id)
        return auctreg__null_arg("auctreg_registry_create_application", !r ? "r" : !actor_id ? "actor_id" : "id");
    if (role != AUCTREG_ROLE_APPLICANT) {
        /* the workflow explains the denial */
        auctreg_application blank;
        memset(&blank, 0, sizeof blank);
        auctreg__wf_ctx ctx;
        memset(&ctx, 0, sizeof ctx);
        ctx.role = role;
        ctx.actor = actor_id;
        return auctreg__wf_apply(&blank, &ctx, AUCTREG_ACTION_CREATE);
    }
    int rc = auctreg__store_begin(&r->st, true);
    if (rc)
        return rc;
    return auctreg__reg_end(r, create_in_tx(r, actor_id, content, id));
}

/* ------------------------------------------------------------------ read */

int auctreg_registry_get_application(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                                     auctreg_application **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_get_application", !r ? "r" : "out");
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    auctreg_application *app = NULL;
    rc = auctreg__reg_load(r, id, &app, REG_LOAD_CONTENT);
    if (!rc)
        rc = auctreg__reg_read_scope(app, role, actor_id);
    rc = auctreg__reg_end(r, rc);
    if (rc) {
        auctreg_application_free(app);
        return rc;
    }
    *out = app;
    return 0;
}

/* ------------------------------------------------------------------ edit */

static int save_in_tx(auctreg_registry *r, auctreg_role role, const char *actor, const auctreg_application *edit,
                      int64_t *new_version)
{
    auctreg_application *app = NULL;
    int rc = auctreg__reg_load(r, edit->num[AUCTREG_APP_ID], &app, REG_LOAD_ROW);
    if (rc)
        return rc;
    if (auctreg__wf_permits(app, role, actor, AUCTREG_ACTION_EDIT)) {
        char today[11];
        auctreg__registry_today(r, auctreg__registry_now(r), today);
        rc = check_documents(r, edit, today);
    }
    if (!rc) {
        /* The edited content, borrowed for the guards; the rest stays the registry's. */
        app->practice = edit->practice;
        app->n_practice = edit->n_practice;
        app->ce = edit->ce;
        app->n_ce = edit->n_ce;
        app->docs = edit->docs;
        app->n_docs = edit->n_docs;
        app->person = edit->person;
        rc = auctreg__reg_transition(r, app, role, actor, edit->num[AUCTREG_APP_VERSION], AUCTREG_ACTION_EDIT,
                                     AUCTREG_FEE_NONE, NULL);
        if (!rc)
            rc = auctreg__reg_write_children(r, app->num[AUCTREG_APP_ID], app);
        app->practice = NULL;
        app->n_practice = 0;
        app->ce = NULL;
        app->n_ce = 0;
        app->docs = NULL;
        app->n_docs = 0;
        app->person = NULL;
    }
    if (!rc && new_version)
        *new_version = app->num[AUCTREG_APP_VERSION];
    auctreg_application_free(app);
    return rc;
}

int auctreg_registry_save_application(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                      const auctreg_application *app, int64_t *new_version)
{
    if (!r || !app)
        return auctreg__null_arg("auctreg_registry_save_application", !r ? "r" : "app");
    int rc = auctreg__store_begin(&r->st, true);
    if (rc)
        return rc;
    return auctreg__reg_end(r, save_in_tx(r, role, actor_id, app, new_version));
}

/* ------------------------------------------------------------------ actions */

/* Load, run one action, apply its side effects; the whole operation in one transaction. */
static int act(auctreg_registry *r, auctreg_role role, const char *actor, int64_t id, int64_t expected,
               auctreg_action action, auctreg_fee_choice choice, const char *opinion, int64_t *new_version)
{
    int rc = auctreg__store_begin(&r->st, true);
    if (rc)
        return rc;
    auctreg_application *app = NULL;
    rc = auctreg__reg_load(r, id, &app, needs_content(action) ? REG_LOAD_CHILDREN : REG_LOAD_ROW);
    if (!rc)
        rc = auctreg__reg_transition(r, app, role, actor, expected, action, choice, opinion);
    if (!rc && action == AUCTREG_ACTION_APPROVE_NATIONAL) {
        /* R12: practising in the registration year */
        sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_REGYEAR_INS);
        rc = st ? 0 : auctreg_error_code();
        if (st) {
            sqlite3_bind_text(st, 1, app->text[AUCTREG_APP_MGMT_NO], -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 2, app->num[AUCTREG_APP_YEAR]);
            sqlite3_bind_int(st, 3, 1);
            sqlite3_bind_int64(st, 4, id);
            rc = auctreg__store_exec(&r->st, st);
        }
    }
    if (!rc && action == AUCTREG_ACTION_WITHDRAW) {
        /* the year is free again (R2 counts live applications only) */
        sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_APP_WITHDRAW_SLOT);
        rc = st ? 0 : auctreg_error_code();
        if (st) {
            sqlite3_bind_int64(st, 1, id);
            rc = auctreg__store_exec(&r->st, st);
        }
    }
    if (!rc && action == AUCTREG_ACTION_CHOOSE_FEE)
        rc = auctreg__reg_supersede_orders(r, id); /* the open orders were for the old amount */
    if (!rc && new_version)
        *new_version = app->num[AUCTREG_APP_VERSION];
    auctreg_application_free(app);
    return auctreg__reg_end(r, rc);
}

int auctreg_registry_submit(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                            int64_t expected_version, int64_t *new_version)
{
    if (!r)
        return auctreg__null_arg("auctreg_registry_submit", "r");
    return act(r, role, actor_id, id, expected_version, AUCTREG_ACTION_SUBMIT, AUCTREG_FEE_NONE, NULL, new_version);
}

int auctreg_registry_choose_fee(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                                int64_t expected_version, auctreg_fee_choice choice, int64_t *new_version)
{
    if (!r)
        return auctreg__null_arg("auctreg_registry_choose_fee", "r");
    if ((unsigned)choice > AUCTREG_FEE_ALREADY_MEMBER)
        return auctreg__fail(AUCTREG_EINVAL, "fee.choice.invalid", "费用选择无效：%d", "invalid fee choice: %d",
                             (int)choice);
    return act(r, role, actor_id, id, expected_version, AUCTREG_ACTION_CHOOSE_FEE, choice, NULL, new_version);
}

static int decide(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id, int64_t expected,
                  auctreg_level level, bool approve, const char *opinion, int64_t *new_version)
{
    if (!r)
        return auctreg__null_arg(approve ? "auctreg_registry_approve" : "auctreg_registry_reject", "r");
    static const auctreg_action approve_of[AUCTREG_LEVEL_COUNT] = {
        AUCTREG_ACTION_APPROVE_ENTERPRISE, AUCTREG_ACTION_APPROVE_PROVINCE, AUCTREG_ACTION_APPROVE_NATIONAL};
    static const auctreg_action reject_of[AUCTREG_LEVEL_COUNT] = {
        AUCTREG_ACTION_REJECT_ENTERPRISE, AUCTREG_ACTION_REJECT_PROVINCE, AUCTREG_ACTION_REJECT_NATIONAL};
    if ((unsigned)level >= AUCTREG_LEVEL_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "level.unknown", "未知的审核级别：%d", "unknown review level: %d",
                             (int)level);
    if (opinion) {
        int rc = auctreg__check_text("opinion", opinion, AUCTREG_APP_TEXT_MAX, true);
        if (rc)
            return rc;
    }
    return act(r, role, actor_id, id, expected, approve ? approve_of[level] : reject_of[level], AUCTREG_FEE_NONE,
               opinion, new_version);
}

int auctreg_registry_approve(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                             int64_t expected_version, auctreg_level level, const char *opinion,
                             int64_t *new_version)
{
    return decide(r, role, actor_id, id, expected_version, level, true, opinion, new_version);
}

int auctreg_registry_reject(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                            int64_t expected_version, auctreg_level level, const char *opinion, int64_t *new_version)
{
    return decide(r, role, actor_id, id, expected_version, level, false, opinion, new_version);
}

int auctreg_registry_resubmit(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                              int64_t expected_version, int64_t *new_version)
{
    if (!r)
        return auctreg__null_arg("auctreg_registry_resubmit", "r");
    return act(r, role, actor_id, id, expected_version, AUCTREG_ACTION_RESUBMIT, AUCTREG_FEE_NONE, NULL,
               new_version);
}

int auctreg_registry_withdraw(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                              int64_t expected_version, int64_t *new_version)
{
    if (!r)
        return auctreg__null_arg("auctreg_registry_withdraw", "r");
    return act(r, role, actor_id, id, expected_version, AUCTREG_ACTION_WITHDRAW, AUCTREG_FEE_NONE, NULL,
               new_version);
}

/* ------------------------------------------------------------------ questions */

static int ask(auctreg_registry *r, auctreg_role role, const char *actor, int64_t id, auctreg_fee_choice choice,
               const char *opinion, int action, uint32_t *mask, auctreg_blockers **out)
{
    int rc = auctreg__store_begin(&r->st, false);
    if (rc)
        return rc;
    auctreg_application *app = NULL;
    rc = auctreg__reg_load(r, id, &app, REG_LOAD_CHILDREN);
    if (!rc && mask)
        rc = auctreg__reg_read_scope(app, role, actor);
    auctreg__wf_ctx ctx;
    struct auctreg_rules rules;
    auctreg_validate_options vopts;
    if (!rc)
        rc = make_ctx(r, app, role, actor, AUCTREG_ACTION_EDIT, choice, opinion, &ctx, &rules, &vopts, true);
    rc = auctreg__reg_end(r, rc);
    if (!rc)
        rc = mask ? auctreg__wf_available(app, &ctx, mask)
                  : auctreg__wf_blockers(app, &ctx, (auctreg_action)action, out);
    auctreg_application_free(app);
    return rc;
}

int auctreg_registry_available(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                               uint32_t *mask)
{
    if (!r || !mask)
        return auctreg__null_arg("auctreg_registry_available", !r ? "r" : "mask");
    return ask(r, role, actor_id, id, AUCTREG_FEE_NONE, NULL, 0, mask, NULL);
}

int auctreg_registry_blockers(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                              auctreg_action action, auctreg_fee_choice choice, const char *opinion,
                              auctreg_blockers **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_blockers", !r ? "r" : "out");
    if ((unsigned)action >= AUCTREG_ACTION_COUNT)
        return auctreg__fail(AUCTREG_EINVAL, "action.unknown", "未知的操作：%d", "unknown action: %d", (int)action);
    return ask(r, role, actor_id, id, choice, opinion, (int)action, NULL, out);
}
