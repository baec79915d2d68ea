/* SQLite store: open, migrate, prepared statements, nested transactions, busy handling. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "store/store_sql.h"
#include "util/util.h"

int auctreg__store_fail(auctreg__store *s, int rc, const char *what)
{
    int primary = rc & 0xff;
    const char *msg = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return auctreg__fail(AUCTREG_EBUSY, "store.busy", "数据库忙，等待超时（%s）",
                             "the database stayed locked longer than the busy timeout (%s)", what);
    if (primary == SQLITE_NOMEM)
        return auctreg__oom();
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
        return auctreg__fail(AUCTREG_EDUPLICATE, "store.duplicate", "记录已存在（%s：%s）",
                             "the record already exists (%s: %s)", what, msg);
    return auctreg__fail(AUCTREG_ESTORAGE, "store.sqlite", "数据库错误（%s）：%s", "database error (%s): %s", what,
                         msg);
}

sqlite3_stmt *auctreg__store_stmt(auctreg__store *s, auctreg__stmt_id id)
{
    sqlite3_stmt *st = s->st[id];
    if (!st) {
        int rc = sqlite3_prepare_v3(s->db, auctreg__sql[id], -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
        if (rc != SQLITE_OK) {
            auctreg__store_fail(s, rc, "prepare");
            return NULL;
        }
        s->st[id] = st;
    }
    return st;
}

int auctreg__store_row(auctreg__store *s, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return 0;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return auctreg__store_fail(s, rc, sqlite3_sql(st));
}

int auctreg__store_exec(auctreg__store *s, sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return 0;
    return auctreg__store_fail(s, rc, sqlite3_sql(st));
}

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts); /* a timeout, not the time of day */
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void nap(void)
{
    struct timespec ts = {0, 2 * 1000 * 1000};
    nanosleep(&ts, NULL);
}

/*
 * Run a statement, retrying SQLITE_BUSY until the busy timeout has passed.
 * SQLite's busy handler already waits inside most calls; this loop covers the
 * cases where SQLite returns BUSY without calling it (WAL recovery, a reader
 * racing a checkpoint), so callers never see a transient BUSY.
 */
static int step_retry(auctreg__store *s, sqlite3_stmt *st)
{
    int64_t deadline = mono_ms() + s->busy_ms;
    for (;;) {
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return 0;
        if (((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) && mono_ms() < deadline) {
            nap();
            continue;
        }
        return auctreg__store_fail(s, rc, sqlite3_sql(st));
    }
}

static int exec_retry(auctreg__store *s, const char *sql)
{
    int64_t deadline = mono_ms() + s->busy_ms;
    for (;;) {
        int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK)
            return 0;
        if (((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) && mono_ms() < deadline) {
            nap();
            continue;
        }
        return auctreg__store_fail(s, rc, sql);
    }
}

int auctreg__store_begin(auctreg__store *s, bool write)
{
    if (s->depth == 0) {
        sqlite3_stmt *st = auctreg__store_stmt(s, write ? ST_BEGIN_WRITE : ST_BEGIN_READ);
        if (!st)
            return auctreg_error_code();
        int rc = step_retry(s, st);
        if (rc)
            return rc;
    } else {
        sqlite3_stmt *st = auctreg__store_stmt(s, ST_SAVEPOINT);
        if (!st)
            return auctreg_error_code();
        int rc = auctreg__store_exec(s, st);
        if (rc)
            return rc;
    }
    s->depth++;
    return 0;
}

int auctreg__store_commit(auctreg__store *s)
{
    if (s->depth <= 0)
        return auctreg__fail(AUCTREG_ERROR, "store.tx.none", "没有进行中的事务", "no transaction is open");
    sqlite3_stmt *st = auctreg__store_stmt(s, s->depth == 1 ? ST_COMMIT : ST_RELEASE);
    if (!st)
        return auctreg_error_code();
    int rc = s->depth == 1 ? step_retry(s, st) : auctreg__store_exec(s, st);
    if (rc) {
        auctreg__store_rollback(s);
        return rc;
    }
    s->depth--;
    return 0;
}

void auctreg__store_rollback(auctreg__store *s)
{
    if (s->depth <= 0)
        return;
    if (s->depth == 1) {
        /* Errors here leave nothing to do: SQLite rolls back on its own when it cannot. */
        if (!sqlite3_get_autocommit(s->db)) {
            sqlite3_stmt *st = auctreg__store_stmt(s, ST_ROLLBACK);
            if (st) {
                sqlite3_step(st);
                sqlite3_reset(st);
            }
        }
    } else {
        sqlite3_stmt *a = auctreg__store_stmt(s, ST_ROLLBACK_TO), *b = auctreg__store_stmt(s, ST_RELEASE);
        if (a && b) {
            sqlite3_step(a);
            sqlite3_reset(a);
            sqlite3_step(b);
            sqlite3_reset(b);
        }
    }
    s->depth--;
}

static int user_version(auctreg__store *s, int *v)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return auctreg__store_fail(s, rc, "PRAGMA user_version");
    rc = sqlite3_step(st);
    *v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : auctreg__store_fail(s, rc, "PRAGMA user_version");
}

/* A database at version 0 must be empty (not somebody else's SQLite file we would add our
 * tables to); from version 1 on, the core tables must be there. */
static int check_schema_shape(auctreg__store *s, int v)
{
    sqlite3_stmt *st = NULL;
    const char *sql = v == 0 ? "SELECT COUNT(*) FROM sqlite_master"
                             : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                               "name IN ('enterprise', 'auctioneer', 'application', 'audit')";
    int e = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (e != SQLITE_OK)
        return auctreg__store_fail(s, e, "sqlite_master");
    e = sqlite3_step(st);
    int64_t n = e == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    if (n < 0)
        return auctreg__store_fail(s, e, "sqlite_master");
    if (v == 0 && n > 0)
        return auctreg__fail(AUCTREG_ESTORAGE, "store.foreign",
                             "该文件是其他程序的 SQLite 数据库，不是 libauctreg 注册库",
                             "the file is another program's SQLite database, not a libauctreg registry");
    if (v > 0 && n != 4)
        return auctreg__fail(AUCTREG_ESTORAGE, "store.schema.invalid",
                             "数据库结构版本为 %d，但缺少注册库的数据表", "schema version %d, but the registry's tables are missing",
                             v);
    return 0;
}

/* Bring the schema to AUCTREG__SCHEMA_VERSION, one migration per transaction-free step inside one IMMEDIATE. */
static int migrate(auctreg__store *s)
{
    int rc = exec_retry(s, "BEGIN IMMEDIATE");
    if (rc)
        return rc;
    int v = 0;
    rc = user_version(s, &v);
    if (!rc && v < 0)
        rc = auctreg__fail(AUCTREG_ESTORAGE, "store.schema.invalid", "数据库结构版本 %d 无效",
                           "invalid database schema version %d", v);
    if (!rc && v > AUCTREG__SCHEMA_VERSION)
        rc = auctreg__fail(AUCTREG_ESTORAGE, "store.schema.newer",
                           "数据库结构版本 %d 高于本库支持的版本 %d，请升级 libauctreg",
                           "the database schema version %d is newer than this library's %d: upgrade libauctreg", v,
                           AUCTREG__SCHEMA_VERSION);
    if (!rc)
        rc = check_schema_shape(s, v);
    for (; !rc && v < AUCTREG__SCHEMA_VERSION; v++) {
        int e = SQLITE_OK;
        for (const char *const *q = auctreg__migrations[v]; *q && e == SQLITE_OK; q++)
            e = sqlite3_exec(s->db, *q, NULL, NULL, NULL);
        if (e != SQLITE_OK) {
            rc = auctreg__store_fail(s, e, "migration");
            break;
        }
        char sql[48];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
        e = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
        if (e != SQLITE_OK)
            rc = auctreg__store_fail(s, e, "PRAGMA user_version");
    }
    if (rc) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return rc;
    }
    return exec_retry(s, "COMMIT");
}

int auctreg__store_open(auctreg__store *s, const char *path, int busy_ms)
{
    memset(s, 0, sizeof *s);
    s->busy_ms = busy_ms;
    int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        int err = s->db ? auctreg__fail(AUCTREG_ESTORAGE, "store.open", "无法打开数据库 %s：%s",
                                        "cannot open database %s: %s", path, sqlite3_errmsg(s->db))
                        : auctreg__oom();
        sqlite3_close(s->db);
        s->db = NULL;
        return err;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, busy_ms);
    rc = exec_retry(s, "PRAGMA foreign_keys = ON");
    if (!rc)
        rc = exec_retry(s, "PRAGMA journal_mode = WAL");
    if (!rc)
        rc = exec_retry(s, "PRAGMA synchronous = NORMAL");
    if (!rc)
        rc = migrate(s);
    if (rc) {
        auctreg__store_close(s);
        return rc;
    }
    return 0;
}

void auctreg__store_close(auctreg__store *s)
{
    if (!s->db)
        return;
    while (s->depth > 0)
        auctreg__store_rollback(s);
    for (int i = 0; i < ST__COUNT; i++)
        sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
    memset(s, 0, sizeof *s);
}
