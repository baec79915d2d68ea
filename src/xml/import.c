/*
 * Registry import (auctreg_xml_import*): a streaming walk over a <registry>
 * document; each record passes the hardening checks and the schema, then the
 * library's own rules (the registry's public operations, which validate),
 * inside one outer transaction: any problem rolls everything back.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "auctreg/xml.h"
#include "workflow/workflow_internal.h"
#include "xml/xml_registry.h"

typedef struct imp {
    auctreg_registry *r;
    auctreg_role role;
    const char *actor;
    size_t records;
    int stop; /* AUCTREG_ESTORAGE, AUCTREG_EBUSY or a cancel (AUCTREG_ERROR) that stopped the import */
    sqlite3_stmt *app_ins, *order_ins, *attempt_ins;
    /* progress (auctreg_xml_import_file_progress()) */
    auctreg_xml_progress_fn fn;
    void *ctx;
    uint64_t total, reported; /* file size; bytes read at the last report */
} imp;

/* Report progress (done capped at total); a non-zero answer cancels. */
static int report(imp *im, uint64_t done)
{
    im->reported = done;
    if (im->fn(im->ctx, done < im->total ? done : im->total, im->total, im->records) == 0)
        return 0;
    return auctreg__fail(AUCTREG_ERROR, "xml.cancelled", "导入已取消，未导入任何内容",
                         "the import was cancelled: nothing was imported");
}

/*
 * A failing call: record its problems and go on (every problem is reported);
 * out of memory, a storage failure or a lock timeout stop the import, the
 * last error left as the call set it.
 */
static int failed(auctreg__xr *x, xmlNodePtr node, const char *prefix, int rc)
{
    if (rc == AUCTREG_ESTORAGE || rc == AUCTREG_EBUSY)
        return rc;
    auctreg__xr_take_error(x, node, prefix, rc);
    return rc == AUCTREG_ENOMEM ? rc : 0;
}

static bool is_true(const char *v) { return v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0); }

static int64_t attr_int(xmlNodePtr n, const char *name, int64_t dflt)
{
    char *v = auctreg__xn_attr(n, name);
    int64_t out = dflt;
    if (v && !auctreg__xn_parse_i64(v, &out))
        out = dflt;
    xmlFree(v);
    return out;
}

/* ------------------------------------------------------------ master data */

static int import_enterprise(imp *im, auctreg__xr *x, xmlNodePtr n, const char *prefix)
{
    char *uscc = auctreg__xn_attr(n, "uscc"), *prep = auctreg__xn_attr(n, "in_preparation");
    char *left = auctreg__xn_attr(n, "left_preparation_on");
    char *name = auctreg__xn_text(auctreg__xn_child(n, "name"));
    int rc = auctreg_registry_put_enterprise(im->r, im->role, im->actor, uscc ? uscc : "", name ? name : "",
                                             (int)attr_int(n, "province", 0),
                                             is_true(prep) ? AUCTREG_ENTERPRISE_PREPARING : AUCTREG_ENTERPRISE_ACTIVE,
                                             left);
    xmlFree(uscc);
    xmlFree(prep);
    xmlFree(left);
    xmlFree(name);
    return rc ? failed(x, n, prefix, rc) : 0;
}

static int raw_year(imp *im, auctreg__stmt_id id, const char *mgmt_no, int64_t year, int64_t app)
{
    sqlite3_stmt *st = auctreg__store_stmt(&im->r->st, id);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, year);
    sqlite3_bind_int(st, 3, 1); /* source: through the registry */
    if (id == ST_REGYEAR_INS)
        sqlite3_bind_int64(st, 4, app);
    return auctreg__store_exec(&im->r->st, st);
}

/* The library's field rules on every field given (master data may be
 * incomplete: completeness is checked when a first registration is submitted). */
static int check_person(imp *im, auctreg__xr *x, xmlNodePtr node, const char *prefix, const auctreg_person *p)
{
    char today[11];
    auctreg__registry_today(im->r, auctreg__registry_now(im->r), today);
    auctreg_validate_options o = im->r->vopts;
    o.today = today;
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
        const char *v = auctreg_person_get(p, (auctreg_person_field)f);
        if (!v || !*v)
            continue;
        int rc;
        if (f == AUCTREG_PERSON_ID_NUMBER && *auctreg_person_get(p, AUCTREG_PERSON_ID_TYPE))
            rc = auctreg_validate_id_number(auctreg_person_get(p, AUCTREG_PERSON_ID_TYPE), v, today, NULL);
        else
            rc = auctreg_validate_person_field((auctreg_person_field)f, v, &o);
        if (rc && auctreg__xr_take_error(x, node, prefix, rc) == AUCTREG_ENOMEM)
            return rc;
    }
    return 0;
}

static int import_auctioneer(imp *im, auctreg__xr *x, xmlNodePtr n, const char *prefix)
{
    char *mgmt_no = auctreg__xn_attr(n, "mgmt_no"), *ent = auctreg__xn_attr(n, "enterprise");
    char *name = auctreg__xn_text(auctreg__xn_child(n, "name"));
    char *pp = auctreg__asprintf("%s.person", prefix);
    auctreg_person *person = NULL;
    xmlNodePtr pn = auctreg__xn_child(n, "person");
    int stop = 0;
    if (!mgmt_no || !name || !pp) {
        stop = auctreg__oom();
        goto done;
    }
    size_t before = x->content_errors;
    if (pn && (stop = auctreg__xml_person_read(x, pn, pp, &person)))
        goto done;
    if (person && (stop = check_person(im, x, pn, pp, person)))
        goto done;
    if (x->content_errors != before)
        goto done;
    int rc = auctreg_registry_put_auctioneer(im->r, im->role, im->actor, mgmt_no, name, ent, person);
    if (rc) {
        stop = failed(x, n, prefix, rc);
        goto done;
    }
    for (xmlNodePtr c = auctreg__xn_child(n, NULL); c && !stop; c = auctreg__xn_next(c, NULL)) {
        bool reg = auctreg__xn_is(c, "registration");
        if (!reg && !auctreg__xn_is(c, "membership"))
            continue;
        int64_t year = attr_int(c, "year", 0), app = attr_int(c, "application", 0);
        char *paid = auctreg__xn_attr(c, "paid");
        if (reg && app > 0)
            rc = raw_year(im, ST_REGYEAR_INS, mgmt_no, year, app);
        else if (!reg && is_true(paid))
            rc = raw_year(im, ST_MEMBER_INS, mgmt_no, year, 0);
        else if (reg)
            rc = auctreg_registry_import_registration_year(im->r, im->role, im->actor, mgmt_no, (int)year);
        else
            rc = auctreg_registry_add_membership_year(im->r, im->role, im->actor, mgmt_no, (int)year);
        xmlFree(paid);
        if (rc)
            stop = failed(x, c, prefix, rc);
    }
done:
    auctreg_person_free(person);
    auctreg__mfree(pp);
    xmlFree(mgmt_no);
    xmlFree(ent);
    xmlFree(name);
    return stop;
}

/* ------------------------------------------------------------ rules */

static unsigned chain_mask(const char *levels)
{
    unsigned mask = 0;
    char word[32];
    for (const char *p = levels ? levels : ""; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ' && p[n] != '\t' && p[n] != '\n' && p[n] != '\r')
            n++;
        if (!n)
            break;
        snprintf(word, sizeof word, "%.*s", (int)n, p);
        int l;
        if (auctreg_enum_from_code(AUCTREG_ENUM_LEVEL, word, &l) == 0)
            mask |= AUCTREG_CHAIN_BIT(l);
        p += n;
    }
    return mask;
}

static int import_rules(imp *im, auctreg__xr *x, xmlNodePtr n, const char *prefix)
{
    auctreg_rules *rules = NULL;
    int rc = auctreg_rules_new(&rules, (int)attr_int(n, "year", 0));
    if (rc)
        return failed(x, n, prefix, rc);
    int stop = 0;
    for (xmlNodePtr c = auctreg__xn_child(n, NULL); c && !stop; c = auctreg__xn_next(c, NULL)) {
        rc = 0;
        if (auctreg__xn_is(c, "fee")) {
            char *type = auctreg__xn_attr(c, "type");
            int t = 0;
            rc = auctreg_enum_from_code(AUCTREG_ENUM_APP_TYPE, type ? type : "", &t);
            if (!rc)
                rc = auctreg_rules_set_fee(rules, (auctreg_app_type)t, attr_int(c, "fen", -1));
            xmlFree(type);
        } else if (auctreg__xn_is(c, "membership_fee_fen") || auctreg__xn_is(c, "ce_min_tenths")) {
            char *v = auctreg__xn_text(c);
            int64_t num = -1;
            (void)auctreg__xn_parse_i64(v, &num);
            rc = auctreg__xn_is(c, "ce_min_tenths") ? auctreg_rules_set_ce_min_tenths(rules, num)
                                                    : auctreg_rules_set_membership_fee(rules, num);
            xmlFree(v);
        } else if (auctreg__xn_is(c, "window")) {
            char *level = auctreg__xn_attr(c, "level"), *opens = auctreg__xn_attr(c, "opens");
            char *closes = auctreg__xn_attr(c, "closes");
            int k = 0;
            while (k < AUCTREG_WINDOW_COUNT && !(level && strcmp(auctreg_window_code((auctreg_window)k), level) == 0))
                k++;
            rc = auctreg_rules_set_window(rules, (auctreg_window)k, opens, closes);
            xmlFree(level);
            xmlFree(opens);
            xmlFree(closes);
        } else if (auctreg__xn_is(c, "chain")) {
            char *levels = auctreg__xn_attr(c, "levels");
            rc = auctreg_rules_set_chain(rules, (int)attr_int(c, "province", 0), chain_mask(levels));
            xmlFree(levels);
        }
        if (rc)
            stop = failed(x, c, prefix, rc);
    }
    size_t before = x->content_errors;
    if (!stop && before == x->content_errors &&
        (rc = auctreg_registry_set_rules(im->r, im->role, im->actor, rules)))
        stop = failed(x, n, prefix, rc);
    auctreg_rules_free(rules);
    return stop;
}

/* ------------------------------------------------------------ applications */

static int exec_own(imp *im, sqlite3_stmt *st, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : auctreg__store_fail(&im->r->st, rc, what);
}

static void bind_opt_text(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(st, i);
}

static int insert_row(imp *im, const auctreg_application *a)
{
    sqlite3_stmt *st = im->app_ins;
    int64_t id = a->num[AUCTREG_APP_ID];
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, auctreg_application_get_text(a, AUCTREG_APP_MGMT_NO), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, auctreg_application_get_text(a, AUCTREG_APP_ENTERPRISE), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, a->num[AUCTREG_APP_PROVINCE]);
    sqlite3_bind_int64(st, 5, a->num[AUCTREG_APP_YEAR]);
    sqlite3_bind_int64(st, 6, a->num[AUCTREG_APP_STATE] == AUCTREG_STATE_WITHDRAWN ? id : 0);
    static const auctreg_app_field cols[] = {
        AUCTREG_APP_TYPE, AUCTREG_APP_STATE, AUCTREG_APP_VERSION, AUCTREG_APP_FEE_CHOICE,
        AUCTREG_APP_FEE_DUE_FEN, AUCTREG_APP_PAY_STATUS, AUCTREG_APP_CREATED_AT, AUCTREG_APP_UPDATED_AT,
        AUCTREG_APP_SUBMITTED_AT, AUCTREG_APP_SUBMIT_COUNT,
    };
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++)
        sqlite3_bind_int64(st, 7 + (int)i, a->num[cols[i]]);
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        sqlite3_bind_int(st, 17 + 3 * l, a->review[l].status);
        bind_opt_text(st, 18 + 3 * l, a->review[l].opinion);
        sqlite3_bind_int64(st, 19 + 3 * l, a->review[l].decided_at);
    }
    return exec_own(im, st, "import application");
}

static int import_payment(imp *im, const auctreg_application *a, xmlNodePtr c)
{
    bool order = auctreg__xn_is(c, "order");
    sqlite3_stmt *st = order ? im->order_ins : im->attempt_ins;
    static const char *const order_attrs[] = {"ref", "bank", "txn_id", "receipt_no"};
    static const char *const attempt_attrs[] = {"order_ref", "txn_id", "actor", "result"};
    char *v[4];
    for (int i = 0; i < 4; i++)
        v[i] = auctreg__xn_attr(c, order ? order_attrs[i] : attempt_attrs[i]);
    sqlite3_bind_int64(st, 1, a->num[AUCTREG_APP_ID]);
    int rc;
    if (order) {
        char *choice = auctreg__xn_attr(c, "fee_choice"), *channel = auctreg__xn_attr(c, "channel");
        char *status = auctreg__xn_attr(c, "status");
        char *payer[3] = {auctreg__xn_text(auctreg__xn_child(c, "payer_name")),
                          auctreg__xn_text(auctreg__xn_child(c, "payer_email")),
                          auctreg__xn_text(auctreg__xn_child(c, "payer_mobile"))};
        int fc = 0;
        (void)auctreg_enum_from_code(AUCTREG_ENUM_FEE_CHOICE, choice ? choice : "", &fc);
        sqlite3_bind_text(st, 2, v[0], -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, auctreg_application_get_text(a, AUCTREG_APP_MGMT_NO), -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 4, a->num[AUCTREG_APP_YEAR]);
        sqlite3_bind_int(st, 5, fc);
        sqlite3_bind_int64(st, 6, attr_int(c, "amount_fen", 0));
        for (int i = 0; i < 3; i++)
            bind_opt_text(st, 7 + i, payer[i] ? payer[i] : "");
        sqlite3_bind_int(st, 10, auctreg__xml_code_value("channel", channel));
        bind_opt_text(st, 11, v[1]);
        sqlite3_bind_int(st, 12, auctreg__xml_code_value("order", status));
        sqlite3_bind_int64(st, 13, attr_int(c, "created_at", 0));
        bind_opt_text(st, 14, v[2]);
        if (attr_int(c, "paid_at", -1) >= 0)
            sqlite3_bind_int64(st, 15, attr_int(c, "paid_at", 0));
        bind_opt_text(st, 16, v[3]);
        rc = exec_own(im, st, "import payment order");
        xmlFree(choice);
        xmlFree(channel);
        xmlFree(status);
        for (int i = 0; i < 3; i++)
            xmlFree(payer[i]);
    } else {
        char *role = auctreg__xn_attr(c, "role");
        int ro = 0;
        (void)auctreg_enum_from_code(AUCTREG_ENUM_ROLE, role ? role : "", &ro);
        sqlite3_bind_text(st, 2, v[0], -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, v[1], -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 4, attr_int(c, "amount_fen", 0));
        sqlite3_bind_int64(st, 5, attr_int(c, "at", 0));
        sqlite3_bind_int(st, 6, ro);
        sqlite3_bind_text(st, 7, v[2], -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 8, v[3], -1, SQLITE_TRANSIENT);
        rc = exec_own(im, st, "import payment attempt");
        xmlFree(role);
    }
    for (int i = 0; i < 4; i++)
        xmlFree(v[i]);
    return rc;
}

static int import_event(imp *im, const auctreg_application *a, xmlNodePtr c)
{
    char *role = auctreg__xn_attr(c, "role"), *actor = auctreg__xn_attr(c, "actor");
    char *action = auctreg__xn_attr(c, "action"), *from = auctreg__xn_attr(c, "from");
    char *to = auctreg__xn_attr(c, "to"), *level = auctreg__xn_attr(c, "level");
    char *opinion = auctreg__xn_text(c);
    int ro = 0, f = 0, t = 0, l = -1;
    auctreg_action ac = AUCTREG_ACTION_CREATE;
    int rc = auctreg_enum_from_code(AUCTREG_ENUM_ROLE, role ? role : "", &ro);
    if (!rc)
        rc = auctreg_action_from_code(action ? action : "", &ac);
    if (!rc)
        rc = auctreg_enum_from_code(AUCTREG_ENUM_APP_STATE, from ? from : "", &f);
    if (!rc)
        rc = auctreg_enum_from_code(AUCTREG_ENUM_APP_STATE, to ? to : "", &t);
    if (!rc && level)
        rc = auctreg_enum_from_code(AUCTREG_ENUM_LEVEL, level, &l);
    if (!rc)
        rc = auctreg__reg_audit(im->r, a->num[AUCTREG_APP_ID], attr_int(c, "at", 0), (auctreg_role)ro,
                                actor ? actor : "", ac, f, t, l, opinion && *opinion ? opinion : NULL,
                                attr_int(c, "version", 0));
    xmlFree(role);
    xmlFree(actor);
    xmlFree(action);
    xmlFree(from);
    xmlFree(to);
    xmlFree(level);
    xmlFree(opinion);
    return rc;
}

static int import_application(imp *im, auctreg__xr *x, xmlNodePtr n, const char *prefix)
{
    auctreg_application *a = NULL;
    size_t before = x->content_errors;
    int rc = auctreg__xml_app_from_node(x, n, prefix, &a);
    if (rc)
        return rc;
    int stop = 0;
    if (x->content_errors != before)
        goto done;
    /* A stored application has an id, a type and a state; its auctioneer and
       enterprise exist. */
    const char *missing = a->num[AUCTREG_APP_ID] <= 0 ? "id"
                          : a->num[AUCTREG_APP_TYPE] == AUCTREG_TYPE_UNSET ? "type"
                          : a->num[AUCTREG_APP_STATE] == AUCTREG_STATE_NONE ? "state"
                          : !*auctreg_application_get_text(a, AUCTREG_APP_MGMT_NO) ? "mgmt_no"
                          : !*auctreg_application_get_text(a, AUCTREG_APP_ENTERPRISE) ? "enterprise"
                                                                                    : NULL;
    if (missing) {
        char *f = auctreg__asprintf("%s.%s", prefix, missing);
        auctreg__xr_problem(x, n, f ? f : prefix, "xml.application.incomplete", "%s：已登记的申请必须有此项",
                            "%s: a stored application must have it", missing);
        auctreg__mfree(f);
        goto done;
    }
    int ent_province = 0;
    if ((rc = auctreg__reg_auctioneer(im->r, auctreg_application_get_text(a, AUCTREG_APP_MGMT_NO), NULL, NULL)) ||
        (rc = auctreg_registry_get_enterprise(im->r, auctreg_application_get_text(a, AUCTREG_APP_ENTERPRISE), NULL,
                                              &ent_province, NULL))) {
        stop = failed(x, n, prefix, rc);
        goto done;
    }
    /* The library's own rules: the application must be a state the workflow can reach, in
     * the province of its enterprise (scope and the review chain depend on it). */
    struct auctreg_rules rules;
    if ((rc = auctreg__reg_rules(im->r, (int)a->num[AUCTREG_APP_YEAR], &rules))) {
        stop = failed(x, n, prefix, rc);
        goto done;
    }
    auctreg__problems probs = AUCTREG__PROBLEMS_INIT;
    if (a->num[AUCTREG_APP_PROVINCE] != ent_province)
        auctreg__problems_add(&probs, "province", "application.province.mismatch",
                              "省份 %lld 与注册单位所在省份 %d 不一致",
                              "province %lld differs from the enterprise's province %d",
                              (long long)a->num[AUCTREG_APP_PROVINCE], ent_province);
    auctreg__wf_consistency(a, &rules, &probs);
    /* Facts of the registry the application relies on: an exemption needs the membership of
     * its year (R7), and a year already registered takes no other application (R2, R12). */
    const char *mgmt = auctreg_application_get_text(a, AUCTREG_APP_MGMT_NO);
    int year = (int)a->num[AUCTREG_APP_YEAR];
    bool member = false, registered = false;
    if ((rc = auctreg__reg_is_member(im->r, mgmt, year, &member)) ||
        (rc = auctreg__reg_is_registered(im->r, mgmt, year, &registered))) {
        auctreg__problems_free(&probs);
        stop = failed(x, n, prefix, rc);
        goto done;
    }
    if (a->num[AUCTREG_APP_PAY_STATUS] == AUCTREG_PAY_MEMBER_EXEMPT && !member)
        auctreg__problems_add(&probs, "pay_status", "application.payment.inconsistent",
                              "会员免缴，但 %d 年度不是分会会员", "member exempt, but not a member for %d", year);
    int state = (int)a->num[AUCTREG_APP_STATE];
    if (registered && state != AUCTREG_STATE_APPROVED && state != AUCTREG_STATE_WITHDRAWN)
        auctreg__problems_add(&probs, "year", "application.duplicate",
                              "%d 年度已有已核准的执业注册，不能再有申请", "%d is already a registered year", year);
    if (probs.count || probs.oom) {
        rc = auctreg__fail_problems(AUCTREG_EINVAL, &probs, "xml.content", "申请状态不一致", "inconsistent application");
        stop = failed(x, n, prefix, rc);
        goto done;
    }
    if ((rc = insert_row(im, a)) || (rc = auctreg__reg_insert_children(im->r, a->num[AUCTREG_APP_ID], a))) {
        stop = failed(x, n, prefix, rc);
        goto done;
    }
    /* R12: an approved application makes the auctioneer practising in its year. */
    if (a->num[AUCTREG_APP_STATE] == AUCTREG_STATE_APPROVED &&
        (rc = auctreg_registry_import_registration_year(im->r, im->role, im->actor,
                                                        auctreg_application_get_text(a, AUCTREG_APP_MGMT_NO),
                                                        (int)a->num[AUCTREG_APP_YEAR]))) {
        stop = failed(x, n, prefix, rc);
        goto done;
    }
    xmlNodePtr pay = auctreg__xn_child(n, "payments"), audit = auctreg__xn_child(n, "audit");
    for (xmlNodePtr c = auctreg__xn_child(pay, NULL); c && !stop; c = auctreg__xn_next(c, NULL))
        if ((rc = import_payment(im, a, c)))
            stop = failed(x, c, prefix, rc);
    for (xmlNodePtr c = auctreg__xn_child(audit, "event"); c && !stop; c = auctreg__xn_next(c, "event"))
        if ((rc = import_event(im, a, c)))
            stop = failed(x, c, prefix, rc);
done:
    auctreg_application_free(a);
    return stop;
}

/* ------------------------------------------------------------ driver */

static int on_record(void *arg, auctreg__xr *x, const char *kind, size_t index, xmlNodePtr node)
{
    imp *im = arg;
    if (strcmp(kind, "practice_record") == 0)
        return 0;
    char prefix[64];
    const char *plural = strcmp(kind, "rules") == 0 ? "rules" : kind; /* enterprise -> enterprises[...] */
    snprintf(prefix, sizeof prefix, "%s%s[%zu]", plural, strcmp(kind, "rules") == 0 ? "" : "s", index);
    size_t before = x->content_errors;
    int rc;
    if (strcmp(kind, "enterprise") == 0)
        rc = import_enterprise(im, x, node, prefix);
    else if (strcmp(kind, "auctioneer") == 0)
        rc = import_auctioneer(im, x, node, prefix);
    else if (strcmp(kind, "rules") == 0)
        rc = import_rules(im, x, node, prefix);
    else
        rc = import_application(im, x, node, prefix);
    if (!rc && x->content_errors == before)
        im->records++;
    if (rc == AUCTREG_ESTORAGE || rc == AUCTREG_EBUSY)
        im->stop = rc;
    if (!rc && im->fn && x->bytes - im->reported >= AUCTREG__XML_PROGRESS_BYTES)
        rc = im->stop = report(im, x->bytes); /* 0, or a cancel */
    return rc;
}

static int import_run(auctreg_registry *r, auctreg_role role, const char *actor_id, auctreg__xr *x,
                      size_t *records, auctreg_xml_progress_fn fn, void *ctx, uint64_t total)
{
    imp im = {.r = r, .role = role, .actor = actor_id ? actor_id : "", .fn = fn, .ctx = ctx, .total = total};
    int rc = auctreg__registry_begin(r);
    if (rc) {
        auctreg__xr_close(x);
        return rc;
    }
    rc = auctreg__xml_prepare(r,
                              "INSERT INTO application (id, mgmt_no, enterprise, province, year, slot, type, state,"
                              " version, fee_choice, fee_due, pay_status, created_at, updated_at, submitted_at,"
                              " submit_count, r0_status, r0_opinion, r0_at, r1_status, r1_opinion, r1_at,"
                              " r2_status, r2_opinion, r2_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                              " ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
                              &im.app_ins);
    if (!rc)
        rc = auctreg__xml_prepare(r,
                                  "INSERT INTO payment_order (application_id, ref, mgmt_no, year, fee_choice,"
                                  " amount_fen, payer_name, payer_email, payer_mobile, channel, bank_code, status,"
                                  " created_at, txn_id, paid_at, receipt_no) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                                  " ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                                  &im.order_ins);
    if (!rc)
        rc = auctreg__xml_prepare(r,
                                  "INSERT INTO payment_attempt (application_id, order_ref, txn_id, amount_fen, at,"
                                  " role, actor, result) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                  &im.attempt_ins);
    if (!rc)
        (void)auctreg__xml_walk(x, "registry", on_record, &im);
    sqlite3_finalize(im.app_ins);
    sqlite3_finalize(im.order_ins);
    sqlite3_finalize(im.attempt_ins);
    if (!rc)
        rc = im.stop ? im.stop : auctreg__xr_finish(x); /* a storage failure keeps its own error */
    if (!rc && fn) /* the final report, before the commit: a cancel still rolls back */
        rc = report(&im, total);
    auctreg__xr_close(x);
    if (rc) {
        auctreg__registry_rollback(r);
        return rc;
    }
    if ((rc = auctreg__registry_commit(r)))
        return rc;
    if (records)
        *records = im.records;
    return 0;
}

static int import_check(auctreg_registry *r, auctreg_role role, size_t *records)
{
    if (records)
        *records = 0;
    if (!r)
        return auctreg__null_arg("auctreg_xml_import", "r");
    return auctreg__reg_need_admin(role, "导入数据", "import data");
}

int auctreg_xml_import(auctreg_registry *r, auctreg_role role, const char *actor_id, const char *xml, size_t len,
                       size_t *records)
{
    int rc = import_check(r, role, records);
    if (rc)
        return rc;
    if (!xml && len)
        return auctreg__null_arg("auctreg_xml_import", "xml");
    auctreg__xr x;
    if ((rc = auctreg__xr_open_memory(&x, xml, len, 0)))
        return rc;
    return import_run(r, role, actor_id, &x, records, NULL, NULL, 0);
}

int auctreg_xml_import_file_progress(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                     const char *path, size_t *records, auctreg_xml_progress_fn fn, void *ctx)
{
    int rc = import_check(r, role, records);
    if (rc)
        return rc;
    if (!path)
        return auctreg__null_arg("auctreg_xml_import_file", "path");
    auctreg__xr x;
    if ((rc = auctreg__xr_open_file(&x, path, 0)))
        return rc;
    struct stat sb;
    uint64_t total = fstat(x.fd, &sb) == 0 && sb.st_size > 0 ? (uint64_t)sb.st_size : 0;
    return import_run(r, role, actor_id, &x, records, fn, ctx, total);
}

int auctreg_xml_import_file(auctreg_registry *r, auctreg_role role, const char *actor_id, const char *path,
                            size_t *records)
{
    return auctreg_xml_import_file_progress(r, role, actor_id, path, records, NULL, NULL);
}
