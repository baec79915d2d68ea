/* Store: durability settings, the audit trail's numbering, WAL pages per operation, query plans. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auctreg.h"
#include "fixtures.h"
#include "registry/registry_internal.h"
#include "store/store_sql.h"
#include "testutil.h"

/* A fresh database file (WAL needs a file; ":memory:" has no WAL). */
static void db_path(char out[256], const char *name)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(out, 256, "%s/auctreg-check-store-%ld-%s.db", tmp && *tmp ? tmp : "/tmp", (long)getpid(), name);
    char sfx[300];
    for (int k = 0; k < 3; k++) {
        snprintf(sfx, sizeof sfx, "%s%s", out, k == 0 ? "" : k == 1 ? "-wal" : "-shm");
        remove(sfx);
    }
}

static void db_remove(const char *path)
{
    char sfx[300];
    for (int k = 0; k < 3; k++) {
        snprintf(sfx, sizeof sfx, "%s%s", path, k == 0 ? "" : k == 1 ? "-wal" : "-shm");
        remove(sfx);
    }
}

static int64_t pragma_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    int64_t v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* The durability the benchmarks compare against: WAL, synchronous=NORMAL, foreign keys on. */
START_TEST(durability_settings)
{
    char path[256];
    db_path(path, "pragmas");
    fix_world w;
    fix_world_open(&w, path);
    sqlite3 *db = auctreg__registry_db(w.r);
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_str_eq((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    ck_assert_int_eq(pragma_int(db, "PRAGMA synchronous"), 1); /* NORMAL */
    ck_assert_int_eq(pragma_int(db, "PRAGMA foreign_keys"), 1);
    fix_world_close(&w);
    db_remove(path);
}
END_TEST

/* Audit ids number each application's trail 1, 2, ... in order, whatever other trails do meanwhile. */
START_TEST(audit_numbering)
{
    fix_world w;
    fix_world_open(&w, ":memory:");
    int64_t a = fix_create(&w, FIX_REN, 460), b = fix_create(&w, FIX_REREG, 460);
    fix_ok(auctreg_registry_submit(w.r, AUCTREG_ROLE_APPLICANT, FIX_REN, a, 1, NULL));
    fix_ok(auctreg_registry_submit(w.r, AUCTREG_ROLE_APPLICANT, FIX_REREG, b, 1, NULL));
    fix_ok(auctreg_registry_choose_fee(w.r, AUCTREG_ROLE_APPLICANT, FIX_REN, a, 2, AUCTREG_FEE_REGISTRATION, NULL));
    for (int k = 0; k < 2; k++) {
        int64_t id = k ? b : a;
        auctreg_rows *rows = NULL;
        fix_ok(auctreg_registry_audit(w.r, AUCTREG_ROLE_NATIONAL, "cn", id, 0, 10, &rows));
        ck_assert_int_eq(auctreg_rows_count(rows), k ? 2 : 3);
        for (size_t i = 0; i < auctreg_rows_count(rows); i++) {
            ck_assert_int_eq(auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_ID), (int64_t)i + 1);
            ck_assert_int_eq(auctreg_rows_get_int(rows, i, AUCTREG_AUDIT_VERSION), (int64_t)i + 1);
        }
        ck_assert_int_eq(auctreg_rows_get_int(rows, 0, AUCTREG_AUDIT_TO), AUCTREG_STATE_DRAFT);
        ck_assert_int_eq(auctreg_rows_get_int(rows, 1, AUCTREG_AUDIT_TO), AUCTREG_STATE_SUBMITTED);
        auctreg_rows_free(rows);
    }
    /* a page of the trail starts at the right row */
    auctreg_rows *rows = NULL;
    fix_ok(auctreg_registry_audit(w.r, AUCTREG_ROLE_NATIONAL, "cn", a, 2, 10, &rows));
    ck_assert_int_eq(auctreg_rows_count(rows), 1);
    ck_assert_int_eq(auctreg_rows_total(rows), 3);
    ck_assert_int_eq(auctreg_rows_get_int(rows, 0, AUCTREG_AUDIT_ID), 3);
    ck_assert_int_eq(auctreg_rows_get_int(rows, 0, AUCTREG_AUDIT_TO), AUCTREG_STATE_AWAITING_PAYMENT);
    auctreg_rows_free(rows);
    /* the trail stays append-only */
    ck_assert_int_ne(sqlite3_exec(auctreg__registry_db(w.r), "UPDATE audit SET opinion = 'x'", NULL, NULL, NULL),
                     SQLITE_OK);
    ck_assert_int_ne(sqlite3_exec(auctreg__registry_db(w.r), "DELETE FROM audit", NULL, NULL, NULL), SQLITE_OK);
    fix_world_close(&w);
}
END_TEST

/* Rules changed by another handle (another process) are seen by the next operation of this one. */
START_TEST(rules_cache_follows_other_connections)
{
    char path[256];
    db_path(path, "rules");
    fix_world w;
    fix_world_open(&w, path);
    auctreg_registry *other = NULL;
    fix_ok(auctreg_registry_open(&other, path, NULL));
    int64_t a = fix_create(&w, FIX_REN, 460), b = fix_create(&w, FIX_REREG, 460);
    fix_ok(auctreg_registry_submit(w.r, AUCTREG_ROLE_APPLICANT, FIX_REN, a, 1, NULL));
    fix_ok(auctreg_registry_submit(w.r, AUCTREG_ROLE_APPLICANT, FIX_REREG, b, 1, NULL));
    fix_ok(auctreg_registry_choose_fee(w.r, AUCTREG_ROLE_APPLICANT, FIX_REN, a, 2, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(fix_int(&w, a, AUCTREG_APP_FEE_DUE_FEN), 1000); /* the default renewal fee */
    auctreg_rules *rules = NULL;
    fix_ok(auctreg_rules_new(&rules, 2026));
    fix_ok(auctreg_rules_set_fee(rules, AUCTREG_TYPE_REREGISTRATION, 4321));
    fix_ok(auctreg_registry_set_rules(other, FIX_ADMIN, rules));
    fix_ok(auctreg_registry_choose_fee(w.r, AUCTREG_ROLE_APPLICANT, FIX_REREG, b, 2, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(fix_int(&w, b, AUCTREG_APP_FEE_DUE_FEN), 4321);
    /* and this handle's own change too */
    fix_ok(auctreg_rules_set_fee(rules, AUCTREG_TYPE_REREGISTRATION, 1234));
    fix_ok(auctreg_registry_set_rules(w.r, FIX_ADMIN, rules));
    fix_ok(auctreg_registry_choose_fee(w.r, AUCTREG_ROLE_APPLICANT, FIX_REREG, b, 3, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(fix_int(&w, b, AUCTREG_APP_FEE_DUE_FEN), 1234);
    auctreg_rules_free(rules);
    auctreg_registry_close(other);
    fix_world_close(&w);
    db_remove(path);
}
END_TEST

/* WAL frames appended by the last commit (sqlite3_wal_hook reports the WAL's size after each commit). */
static int wal_size, wal_delta;
static int wal_hook(void *u, sqlite3 *db, const char *name, int pages)
{
    (void)u;
    (void)db;
    (void)name;
    wal_delta = pages - wal_size;
    wal_size = pages;
    return SQLITE_OK;
}

/* Pages each operation writes: the schema keeps them few (bench/README.md, "season"). */
START_TEST(wal_pages_per_operation)
{
    char path[256];
    db_path(path, "wal");
    fix_world w;
    fix_world_open(&w, path);
    sqlite3 *db = auctreg__registry_db(w.r);
    ck_assert_int_eq(sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL), SQLITE_OK);
    sqlite3_wal_hook(db, wal_hook, NULL);
    wal_size = 0;
    int64_t other = fix_create(&w, FIX_REREG, 460), id = fix_create(&w, FIX_REN, 460);
    (void)other;
    /* a state change: the application row and one audit row, one page each */
    fix_ok(auctreg_registry_submit(w.r, AUCTREG_ROLE_APPLICANT, FIX_REN, id, 1, NULL));
    ck_assert_int_eq(wal_delta, 2);
    fix_ok(auctreg_registry_choose_fee(w.r, AUCTREG_ROLE_APPLICANT, FIX_REN, id, 2, AUCTREG_FEE_REGISTRATION, NULL));
    ck_assert_int_eq(wal_delta, 2);
    /* a new order: its row, the ref index and the application index (no transaction id yet) */
    char *ref = NULL;
    int64_t amount = 0;
    fix_ok(auctreg_registry_create_payment_order(w.r, AUCTREG_ROLE_APPLICANT, FIX_REN, id, 3, "李付",
                                                 "payer@example.com", "13912345678", AUCTREG_CHANNEL_WECHAT, NULL,
                                                 &ref, &amount));
    ck_assert_int_eq(wal_delta, 3);
    /* the confirmation: the order row, the transaction-id and receipt indexes, the application and
     * its audit row */
    int already = -1;
    fix_ok(auctreg_registry_confirm_payment(w.r, AUCTREG_ROLE_SYSTEM, "gateway", ref, "TXN-1", amount, &already,
                                            NULL));
    ck_assert_int_eq(already, 0);
    ck_assert_int_eq(wal_delta, 5); /* + the receipt-number index (migration 2) */
    /* a repeated delivery writes nothing */
    int before = wal_size;
    fix_ok(auctreg_registry_confirm_payment(w.r, AUCTREG_ROLE_SYSTEM, "gateway", ref, "TXN-1", amount, &already,
                                            NULL));
    ck_assert_int_eq(already, 1);
    ck_assert_int_eq(wal_size, before);
    auctreg_free(ref);
    fix_ok(auctreg_registry_approve(w.r, AUCTREG_ROLE_ENTERPRISE, w.js, id, 4, AUCTREG_LEVEL_ENTERPRISE, "同意", NULL));
    ck_assert_int_eq(wal_delta, 2);
    sqlite3_wal_hook(db, NULL, NULL);
    fix_world_close(&w);
    db_remove(path);
}
END_TEST

/* The EXPLAIN QUERY PLAN details of a statement, joined by '|'. */
static void plan_of(sqlite3 *db, auctreg__stmt_id id, char *out, size_t n)
{
    char sql[4096];
    snprintf(sql, sizeof sql, "EXPLAIN QUERY PLAN %s", auctreg__sql[id]);
    sqlite3_stmt *st = NULL;
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    out[0] = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        strncat(out, (const char *)sqlite3_column_text(st, 3), n - strlen(out) - 2);
        strncat(out, "|", n - strlen(out) - 1);
    }
    sqlite3_finalize(st);
}

/* The lookups of the hot path and of the lists use an index, never a table scan or a sort. */
START_TEST(query_plans)
{
    fix_world w;
    fix_world_open(&w, ":memory:");
    sqlite3 *db = auctreg__registry_db(w.r);
    char plan[2048];
    plan_of(db, ST_ORDER_BY_TXN, plan, sizeof plan);
    ck_assert_msg(strstr(plan, "payment_order_txn") != NULL, "%s", plan);
    static const auctreg__stmt_id no_scan[] = {ST_APP_LOAD,  ST_ORDER_BY_REF, ST_Q_AUDIT,   ST_Q_AUDIT_N,
                                               ST_Q_OPINIONS, ST_Q_RECEIPTS,  ST_Q_RECEIPTS_N, ST_Q_ORDERS,
                                               ST_RULES_SEL, ST_ENT_SEL,      ST_REGYEAR_R1};
    for (size_t i = 0; i < sizeof no_scan / sizeof no_scan[0]; i++) {
        plan_of(db, no_scan[i], plan, sizeof plan);
        ck_assert_msg(strstr(plan, "SCAN") == NULL, "%s: %s", auctreg__sql[no_scan[i]], plan);
    }
    static const auctreg__stmt_id no_sort[] = {ST_Q_AUDIT, ST_Q_OPINIONS, ST_Q_ORDERS};
    for (size_t i = 0; i < sizeof no_sort / sizeof no_sort[0]; i++) {
        plan_of(db, no_sort[i], plan, sizeof plan);
        ck_assert_msg(strstr(plan, "TEMP B-TREE") == NULL, "%s: %s", auctreg__sql[no_sort[i]], plan);
    }
    fix_world_close(&w);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("store");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, durability_settings);
    tcase_add_test(tc, audit_numbering);
    tcase_add_test(tc, rules_cache_follows_other_connections);
    tcase_add_test(tc, wal_pages_per_operation);
    tcase_add_test(tc, query_plans);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return auctreg_test_run(suite()); }
