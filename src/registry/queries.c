/* Paged queries: history, reviewer queue, audit trail, opinions, receipts, orders, attempts. */
#include <string.h>

#include "registry/registry_internal.h"

typedef struct rows_cell {
    int64_t i;
    char *s;
} rows_cell;

typedef struct rows_shape {
    int ncols;
    const char *const *names;
    const unsigned char *is_text; /* per column */
} rows_shape;

struct auctreg_rows {
    rows_shape shape;
    size_t count, cap;
    rows_cell *cells; /* count * ncols */
    int64_t total, offset, limit;
};

size_t auctreg_rows_count(const auctreg_rows *rows) { return rows ? rows->count : 0; }
int64_t auctreg_rows_total(const auctreg_rows *rows) { return rows ? rows->total : 0; }
int auctreg_rows_columns(const auctreg_rows *rows) { return rows ? rows->shape.ncols : 0; }

int64_t auctreg_rows_page(const auctreg_rows *rows)
{
    return rows && rows->limit > 0 ? rows->offset / rows->limit + 1 : 1;
}

int64_t auctreg_rows_pages(const auctreg_rows *rows)
{
    if (!rows || rows->limit <= 0 || rows->total <= 0)
        return 1;
    return (rows->total + rows->limit - 1) / rows->limit;
}

const char *auctreg_rows_column_name(const auctreg_rows *rows, int column)
{
    return rows && column >= 0 && column < rows->shape.ncols ? rows->shape.names[column] : NULL;
}

int64_t auctreg_rows_get_int(const auctreg_rows *rows, size_t row, int column)
{
    if (!rows || row >= rows->count || column < 0 || column >= rows->shape.ncols || rows->shape.is_text[column])
        return 0;
    return rows->cells[row * (size_t)rows->shape.ncols + (size_t)column].i;
}

const char *auctreg_rows_get_text(const auctreg_rows *rows, size_t row, int column)
{
    if (!rows || row >= rows->count || column < 0 || column >= rows->shape.ncols || !rows->shape.is_text[column])
        return NULL;
    const char *s = rows->cells[row * (size_t)rows->shape.ncols + (size_t)column].s;
    return s ? s : "";
}

void auctreg_rows_free(auctreg_rows *rows)
{
    if (!rows)
        return;
    for (size_t i = 0; i < rows->count * (size_t)rows->shape.ncols; i++)
        auctreg__mfree(rows->cells[i].s);
    auctreg__mfree(rows->cells);
    auctreg__mfree(rows);
}

/* ------------------------------------------------------------------ shapes */

static const char *const history_names[] = {"id", "year", "type", "state", "pay_status", "fee_choice",
                                            "fee_due_fen", "review_enterprise", "review_province",
                                            "review_national", "version", "submitted_at", "operations"};
static const unsigned char history_text[13] = {0};
static const rows_shape history_shape = {13, history_names, history_text};

static const char *const queue_names[] = {"id",         "year",         "type",    "state",
                                          "mgmt_no",    "name",         "enterprise", "province",
                                          "pay_status", "submitted_at", "version", "enterprise_preparing"};
static const unsigned char queue_text[12] = {0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0};
static const rows_shape queue_shape = {12, queue_names, queue_text};

static const char *const audit_names[] = {"id", "at", "role", "actor", "action", "from_state", "to_state",
                                          "level", "opinion", "version"};
static const unsigned char audit_text[10] = {0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
static const rows_shape audit_shape = {10, audit_names, audit_text};

static const char *const receipt_names[] = {"receipt_no", "order_ref", "application_id", "year", "amount_fen",
                                            "fee_choice", "channel", "bank_code", "txn_id", "paid_at"};
static const unsigned char receipt_text[10] = {1, 1, 0, 0, 0, 0, 0, 1, 1, 0};
static const rows_shape receipt_shape = {10, receipt_names, receipt_text};

static const char *const order_names[] = {"order_ref", "amount_fen", "fee_choice", "channel", "bank_code",
                                          "status", "created_at", "txn_id", "paid_at", "receipt_no"};
static const unsigned char order_text[10] = {1, 0, 0, 0, 1, 0, 0, 1, 0, 1};
static const rows_shape order_shape = {10, order_names, order_text};

static const char *const attempt_names[] = {"id", "order_ref", "txn_id", "amount_fen", "at", "result"};
static const unsigned char attempt_text[6] = {0, 1, 1, 0, 0, 1};
static const rows_shape attempt_shape = {6, attempt_names, attempt_text};

/* ------------------------------------------------------------------ filling */

static int rows_new(const rows_shape *shape, int64_t offset, int64_t limit, auctreg_rows **out)
{
    auctreg_rows *rows = auctreg__calloc(1, sizeof *rows);
    if (!rows)
        return auctreg__oom();
    rows->shape = *shape;
    rows->offset = offset;
    rows->limit = limit;
    *out = rows;
    return 0;
}

/* Append every row of a bound statement; `sql_cols` columns come from SQL, the rest stay 0. */
static int rows_fill(auctreg_registry *r, auctreg_rows *rows, sqlite3_stmt *st, int sql_cols)
{
    int rc;
    size_t nc = (size_t)rows->shape.ncols;
    while ((rc = auctreg__store_row(&r->st, st)) == 1) {
        if (rows->count == rows->cap) {
            size_t cap = rows->cap ? rows->cap * 2 : 16;
            rows_cell *c = auctreg__realloc(rows->cells, cap * nc * sizeof *c);
            if (!c) {
                sqlite3_reset(st);
                return auctreg__oom();
            }
            memset(c + rows->cap * nc, 0, (cap - rows->cap) * nc * sizeof *c);
            rows->cells = c;
            rows->cap = cap;
        }
        rows_cell *row = rows->cells + rows->count * nc;
        rows->count++;
        for (int k = 0; k < sql_cols; k++) {
            if (rows->shape.is_text[k]) {
                const char *s = (const char *)sqlite3_column_text(st, k);
                if (s && !(row[k].s = auctreg__strdup(s))) {
                    sqlite3_reset(st);
                    return auctreg__oom();
                }
            } else {
                row[k].i = sqlite3_column_int64(st, k); /* NULL reads as 0 */
            }
        }
    }
    return rc;
}

static int count_into(auctreg_registry *r, sqlite3_stmt *st, int64_t *total)
{
    int rc = auctreg__store_row(&r->st, st);
    if (rc == 1) {
        *total = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return 0;
    }
    return rc == 0 ? auctreg__fail(AUCTREG_ERROR, "store.count", "无法统计记录数", "cannot count rows") : rc;
}

/* Scope kind of the read queries: 0 everything (national, admin, system, and an applicant
 * reading its own records), 1 one enterprise, 2 one province. Callers refuse unknown roles
 * first (auctreg__reg_known_role); an unknown role here sees nothing (-1 matches no row). */
static int scope_kind(auctreg_role role)
{
    switch (role) {
    case AUCTREG_ROLE_ENTERPRISE: return 1;
    case AUCTREG_ROLE_PROVINCE: return 2;
    case AUCTREG_ROLE_APPLICANT:
    case AUCTREG_ROLE_NATIONAL:
    case AUCTREG_ROLE_ADMIN:
    case AUCTREG_ROLE_SYSTEM: return 0;
    }
    return -1;
}

static int province_of(const char *actor)
{
    if (!actor || strlen(actor) != 2 || actor[0] < '0' || actor[0] > '9' || actor[1] < '0' || actor[1] > '9')
        return -1;
    return (actor[0] - '0') * 10 + (actor[1] - '0');
}

static void bind_scope(sqlite3_stmt *st, int k, auctreg_role role, const char *actor)
{
    sqlite3_bind_int(st, k, scope_kind(role));
    sqlite3_bind_text(st, k + 1, actor ? actor : "", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, k + 2, province_of(actor));
}

/* ------------------------------------------------------------------ history (R11) */

static int history_in_tx(auctreg_registry *r, auctreg_role role, const char *actor, const char *mgmt_no,
                         auctreg_rows *rows)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_Q_HISTORY_N);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    bind_scope(st, 2, role, actor);
    int rc = count_into(r, st, &rows->total);
    if (rc)
        return rc;
    if (!(st = auctreg__store_stmt(&r->st, ST_Q_HISTORY)))
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    bind_scope(st, 2, role, actor);
    sqlite3_bind_int64(st, 5, rows->limit);
    sqlite3_bind_int64(st, 6, rows->offset);
    if ((rc = rows_fill(r, rows, st, 12)))
        return rc;
    for (size_t i = 0; i < rows->count; i++) {
        rows_cell *row = rows->cells + i * (size_t)rows->shape.ncols;
        int64_t state = row[AUCTREG_HISTORY_STATE].i;
        unsigned ops = AUCTREG_OP_VIEW;
        if (state == AUCTREG_STATE_SUBMITTED || (state == AUCTREG_STATE_AWAITING_PAYMENT &&
                                                 row[AUCTREG_HISTORY_FEE_DUE_FEN].i > 0))
            ops |= AUCTREG_OP_PAY;
        if (state == AUCTREG_STATE_APPROVED)
            ops |= AUCTREG_OP_PRINT;
        row[AUCTREG_HISTORY_OPERATIONS].i = ops;
    }
    return 0;
}

int auctreg_registry_history(auctreg_registry *r, auctreg_role role, const char *actor_id, const char *mgmt_no,
                             int64_t offset, int64_t limit, auctreg_rows **out)
{
    if (!r || !mgmt_no || !out)
        return auctreg__null_arg("auctreg_registry_history", !r ? "r" : !mgmt_no ? "mgmt_no" : "out");
    int rc = auctreg__reg_page_args(offset, limit);
    if (rc)
        return rc;
    if ((unsigned)role > AUCTREG_ROLE_SYSTEM)
        return auctreg__fail(AUCTREG_EDENIED, "workflow.role.denied", "未知的角色：%d", "unknown role: %d", (int)role);
    if (role == AUCTREG_ROLE_APPLICANT && (!actor_id || strcmp(actor_id, mgmt_no) != 0))
        return auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "只能查看本人的注册记录",
                             "an applicant sees only its own history");
    auctreg_rows *rows = NULL;
    if ((rc = rows_new(&history_shape, offset, limit, &rows)))
        return rc;
    if (!(rc = auctreg__store_begin(&r->st, false)))
        rc = auctreg__reg_end(r, history_in_tx(r, role, actor_id, mgmt_no, rows));
    if (rc) {
        auctreg_rows_free(rows);
        return rc;
    }
    *out = rows;
    return 0;
}

/* ------------------------------------------------------------------ reviewer queue */

static int queue_in_tx(auctreg_registry *r, auctreg_role role, const char *actor, int year, int type, int state,
                       auctreg_rows *rows)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_Q_QUEUE_N);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_int(st, 1, state);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, type);
    bind_scope(st, 4, role, actor);
    int rc = count_into(r, st, &rows->total);
    if (rc)
        return rc;
    if (!(st = auctreg__store_stmt(&r->st, ST_Q_QUEUE)))
        return auctreg_error_code();
    sqlite3_bind_int(st, 1, state);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, type);
    bind_scope(st, 4, role, actor);
    sqlite3_bind_int64(st, 7, rows->limit);
    sqlite3_bind_int64(st, 8, rows->offset);
    return rows_fill(r, rows, st, 12);
}

int auctreg_registry_queue(auctreg_registry *r, auctreg_role role, const char *actor_id, int year, int type,
                           int state, int64_t offset, int64_t limit, auctreg_rows **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_queue", !r ? "r" : "out");
    int rc = auctreg__reg_page_args(offset, limit);
    if (rc)
        return rc;
    if (role == AUCTREG_ROLE_APPLICANT || (unsigned)role > AUCTREG_ROLE_SYSTEM)
        return auctreg__fail(AUCTREG_EDENIED, "workflow.role.denied", "申请人没有审核队列",
                             "applicants have no review queue");
    if (state < 0 || state > AUCTREG_STATE_WITHDRAWN || type < 0 || type > AUCTREG_TYPE_FIRST || year < 0)
        return auctreg__fail(AUCTREG_EINVAL, "filter.range", "筛选条件无效", "invalid filter");
    if (state == 0) {
        static const int waiting[] = {[AUCTREG_ROLE_ENTERPRISE] = AUCTREG_STATE_ENTERPRISE_REVIEW,
                                      [AUCTREG_ROLE_PROVINCE] = AUCTREG_STATE_PROVINCE_REVIEW,
                                      [AUCTREG_ROLE_NATIONAL] = AUCTREG_STATE_NATIONAL_REVIEW,
                                      [AUCTREG_ROLE_ADMIN] = 0,
                                      [AUCTREG_ROLE_SYSTEM] = 0};
        state = waiting[role];
    }
    auctreg_rows *rows = NULL;
    if ((rc = rows_new(&queue_shape, offset, limit, &rows)))
        return rc;
    if (!(rc = auctreg__store_begin(&r->st, false)))
        rc = auctreg__reg_end(r, queue_in_tx(r, role, actor_id, year, type, state, rows));
    if (rc) {
        auctreg_rows_free(rows);
        return rc;
    }
    *out = rows;
    return 0;
}

/* ------------------------------------------------------------------ per-application lists */

typedef struct app_list {
    auctreg__stmt_id count, list; /* count may be ST__COUNT: not paged */
    const rows_shape *shape;
    bool admin_only;
} app_list;

static int app_list_in_tx(auctreg_registry *r, auctreg_role role, const char *actor, int64_t id,
                          const app_list *l, auctreg_rows *rows)
{
    auctreg_application *app = NULL;
    int rc = auctreg__reg_load(r, id, &app, REG_LOAD_ROW);
    if (rc)
        return rc;
    rc = auctreg__reg_read_scope(app, role, actor);
    auctreg_application_free(app);
    if (rc)
        return rc;
    sqlite3_stmt *st;
    if (l->count != ST__COUNT) {
        if (!(st = auctreg__store_stmt(&r->st, l->count)))
            return auctreg_error_code();
        sqlite3_bind_int64(st, 1, id);
        if ((rc = count_into(r, st, &rows->total)))
            return rc;
    }
    if (!(st = auctreg__store_stmt(&r->st, l->list)))
        return auctreg_error_code();
    sqlite3_bind_int64(st, 1, id);
    if (l->count != ST__COUNT) {
        sqlite3_bind_int64(st, 2, rows->limit);
        sqlite3_bind_int64(st, 3, rows->offset);
    }
    if ((rc = rows_fill(r, rows, st, rows->shape.ncols)))
        return rc;
    if (l->count == ST__COUNT) {
        rows->total = (int64_t)rows->count;
        rows->limit = rows->count ? (int64_t)rows->count : 1;
    }
    return 0;
}

static int app_list_run(auctreg_registry *r, auctreg_role role, const char *actor, int64_t id, int64_t offset,
                        int64_t limit, const app_list *l, auctreg_rows **out)
{
    int rc = l->count == ST__COUNT ? 0 : auctreg__reg_page_args(offset, limit);
    if (rc)
        return rc;
    if (l->admin_only && role != AUCTREG_ROLE_ADMIN && role != AUCTREG_ROLE_NATIONAL && role != AUCTREG_ROLE_SYSTEM)
        return auctreg__fail(AUCTREG_EDENIED, "registry.role.denied", "只有管理员可以查看付款尝试记录",
                             "only administrators may list payment attempts");
    auctreg_rows *rows = NULL;
    if ((rc = rows_new(l->shape, offset, limit, &rows)))
        return rc;
    if (!(rc = auctreg__store_begin(&r->st, false)))
        rc = auctreg__reg_end(r, app_list_in_tx(r, role, actor, id, l, rows));
    if (rc) {
        auctreg_rows_free(rows);
        return rc;
    }
    *out = rows;
    return 0;
}

int auctreg_registry_audit(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                           int64_t offset, int64_t limit, auctreg_rows **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_audit", !r ? "r" : "out");
    static const app_list l = {ST_Q_AUDIT_N, ST_Q_AUDIT, &audit_shape, false};
    return app_list_run(r, role, actor_id, id, offset, limit, &l, out);
}

int auctreg_registry_opinions(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                              auctreg_rows **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_opinions", !r ? "r" : "out");
    static const app_list l = {ST__COUNT, ST_Q_OPINIONS, &audit_shape, false};
    return app_list_run(r, role, actor_id, id, 0, 1, &l, out);
}

int auctreg_registry_list_payment_orders(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                                         int64_t offset, int64_t limit, auctreg_rows **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_list_payment_orders", !r ? "r" : "out");
    static const app_list l = {ST_Q_ORDERS_N, ST_Q_ORDERS, &order_shape, false};
    return app_list_run(r, role, actor_id, id, offset, limit, &l, out);
}

int auctreg_registry_list_payment_attempts(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                           int64_t id, int64_t offset, int64_t limit, auctreg_rows **out)
{
    if (!r || !out)
        return auctreg__null_arg("auctreg_registry_list_payment_attempts", !r ? "r" : "out");
    static const app_list l = {ST_Q_ATTEMPTS_N, ST_Q_ATTEMPTS, &attempt_shape, true};
    return app_list_run(r, role, actor_id, id, offset, limit, &l, out);
}

/* ------------------------------------------------------------------ receipts */

static int receipts_in_tx(auctreg_registry *r, const char *mgmt_no, auctreg_rows *rows)
{
    sqlite3_stmt *st = auctreg__store_stmt(&r->st, ST_Q_RECEIPTS_N);
    if (!st)
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    int rc = count_into(r, st, &rows->total);
    if (rc)
        return rc;
    if (!(st = auctreg__store_stmt(&r->st, ST_Q_RECEIPTS)))
        return auctreg_error_code();
    sqlite3_bind_text(st, 1, mgmt_no, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, rows->limit);
    sqlite3_bind_int64(st, 3, rows->offset);
    return rows_fill(r, rows, st, 10);
}

int auctreg_registry_list_receipts(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                   const char *mgmt_no, int64_t offset, int64_t limit, auctreg_rows **out)
{
    if (!r || !mgmt_no || !out)
        return auctreg__null_arg("auctreg_registry_list_receipts", !r ? "r" : !mgmt_no ? "mgmt_no" : "out");
    int rc = auctreg__reg_page_args(offset, limit);
    if (rc)
        return rc;
    bool own = role == AUCTREG_ROLE_APPLICANT && actor_id && strcmp(actor_id, mgmt_no) == 0;
    if (!own && role != AUCTREG_ROLE_ADMIN && role != AUCTREG_ROLE_NATIONAL && role != AUCTREG_ROLE_SYSTEM)
        return auctreg__fail(AUCTREG_EDENIED, "workflow.scope.denied", "无权查看此拍卖师的回执",
                             "not allowed to list this auctioneer's receipts");
    auctreg_rows *rows = NULL;
    if ((rc = rows_new(&receipt_shape, offset, limit, &rows)))
        return rc;
    if (!(rc = auctreg__store_begin(&r->st, false)))
        rc = auctreg__reg_end(r, receipts_in_tx(r, mgmt_no, rows));
    if (rc) {
        auctreg_rows_free(rows);
        return rc;
    }
    *out = rows;
    return 0;
}
