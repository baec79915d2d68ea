/*
 * The SQLite store (library-internal): schema and numbered migrations,
 * persistent prepared statements, nested transactions (BEGIN IMMEDIATE at
 * depth 0, SAVEPOINTs inside), busy handling that never surfaces SQLITE_BUSY.
 */
#ifndef AUCTREG_STORE_H
#define AUCTREG_STORE_H

#include <sqlite3.h>
#include <stdbool.h>

/* Every statement the library runs, prepared once (SQLITE_PREPARE_PERSISTENT). */
typedef enum auctreg__stmt_id {
    ST_BEGIN_WRITE, ST_BEGIN_READ, ST_COMMIT, ST_ROLLBACK, ST_SAVEPOINT, ST_RELEASE, ST_ROLLBACK_TO,
    ST_DATA_VERSION, /* changes when another connection commits: validates the handle's caches */
    /* application row */
    ST_APP_LOAD, ST_APP_SAVE, ST_APP_INSERT, ST_APP_FIND_YEAR, ST_APP_WITHDRAW_SLOT,
    /* children */
    ST_PRACTICE_DEL, ST_PRACTICE_INS, ST_PRACTICE_SEL,
    ST_CE_DEL, ST_CE_INS, ST_CE_SEL,
    ST_DOC_DEL, ST_DOC_INS, ST_DOC_SEL_META, ST_DOC_SEL_FULL,
    ST_APERSON_DEL, ST_APERSON_INS, ST_APERSON_SEL,
    /* audit */
    ST_AUDIT_INS,
    /* master data */
    ST_ENT_UPSERT, ST_ENT_SEL,
    ST_AUC_UPSERT, ST_AUC_SEL,
    ST_PERSON_DEL, ST_PERSON_INS, ST_PERSON_SEL,
    ST_REGYEAR_INS, ST_REGYEAR_R1, ST_REGYEAR_HAS,
    ST_MEMBER_INS, ST_MEMBER_HAS,
    /* rules */
    ST_RULES_UPSERT, ST_RULES_SEL,
    /* payments */
    ST_ORDER_INS, ST_ORDER_BY_REF, ST_ORDER_BY_TXN, ST_ORDER_SUPERSEDE, ST_ORDER_PAY, ST_ORDER_CANCEL,
    ST_ORDER_COUNT_APP, ST_ATTEMPT_INS,
    /* queries */
    ST_Q_HISTORY, ST_Q_HISTORY_N, ST_Q_QUEUE, ST_Q_QUEUE_N, ST_Q_AUDIT, ST_Q_AUDIT_N, ST_Q_OPINIONS,
    ST_Q_RECEIPTS, ST_Q_RECEIPTS_N, ST_Q_ORDERS, ST_Q_ORDERS_N, ST_Q_ATTEMPTS, ST_Q_ATTEMPTS_N,
    ST__COUNT
} auctreg__stmt_id;

/* Current schema version (PRAGMA user_version after the last migration). */
#define AUCTREG__SCHEMA_VERSION 2

typedef struct auctreg__store {
    sqlite3 *db;
    int depth;      /* open transaction levels: 0 none, 1 BEGIN, >1 SAVEPOINTs */
    int busy_ms;    /* how long to wait for a lock before AUCTREG_EBUSY */
    sqlite3_stmt *st[ST__COUNT];
} auctreg__store;

/* Open (creating and migrating as needed). On failure the store is closed. */
int auctreg__store_open(auctreg__store *s, const char *path, int busy_ms);
void auctreg__store_close(auctreg__store *s);

/* The prepared statement `id`, reset and with its bindings cleared; NULL + last error on failure. */
sqlite3_stmt *auctreg__store_stmt(auctreg__store *s, auctreg__stmt_id id);

/* Transactions: write = BEGIN IMMEDIATE at depth 0; nested levels use a SAVEPOINT. */
int auctreg__store_begin(auctreg__store *s, bool write);
int auctreg__store_commit(auctreg__store *s);
void auctreg__store_rollback(auctreg__store *s);

/* Map an SQLite result to a library error (EBUSY, EDUPLICATE for UNIQUE, ESTORAGE) and set it. */
int auctreg__store_fail(auctreg__store *s, int sqlite_rc, const char *what);

/* Step a statement that returns no row; resets it. Returns 0 or the mapped error. */
int auctreg__store_exec(auctreg__store *s, sqlite3_stmt *st);

/* Step once: 1 = a row, 0 = done (statement reset), <0 = error (statement reset). */
int auctreg__store_row(auctreg__store *s, sqlite3_stmt *st);

#endif
