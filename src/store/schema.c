/* Schema migrations and the SQL of every prepared statement. */
#include <stddef.h>

#include "store/store_sql.h"

/* Migration 0 -> 1: the first schema, one statement per string. */
static const char *const migration_1[] = {
    "CREATE TABLE enterprise ("
    "  uscc TEXT PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  province INTEGER NOT NULL CHECK (province BETWEEN 11 AND 99),"
    "  preparing INTEGER NOT NULL CHECK (preparing IN (0, 1)),"
    "  left_preparation_on TEXT"
    ") WITHOUT ROWID;",
    "CREATE TABLE auctioneer ("
    "  mgmt_no TEXT PRIMARY KEY,"
    "  name TEXT NOT NULL,"
    "  enterprise TEXT REFERENCES enterprise(uscc)"
    ") WITHOUT ROWID;",
    "CREATE TABLE auctioneer_person ("
    "  mgmt_no TEXT NOT NULL REFERENCES auctioneer(mgmt_no),"
    "  field INTEGER NOT NULL,"
    "  value TEXT NOT NULL,"
    "  PRIMARY KEY (mgmt_no, field)"
    ") WITHOUT ROWID;",
    /* source: 0 imported legacy history, 1 approved through the registry (R12) */
    "CREATE TABLE registration_year ("
    "  mgmt_no TEXT NOT NULL REFERENCES auctioneer(mgmt_no),"
    "  year INTEGER NOT NULL,"
    "  source INTEGER NOT NULL,"
    "  application_id INTEGER,"
    "  PRIMARY KEY (mgmt_no, year)"
    ") WITHOUT ROWID;",
    /* source: 0 imported, 1 confirmed membership payment */
    "CREATE TABLE membership_year ("
    "  mgmt_no TEXT NOT NULL REFERENCES auctioneer(mgmt_no),"
    "  year INTEGER NOT NULL,"
    "  source INTEGER NOT NULL,"
    "  PRIMARY KEY (mgmt_no, year)"
    ") WITHOUT ROWID;",
    "CREATE TABLE rules ("
    "  year INTEGER PRIMARY KEY,"
    "  fee_renewal INTEGER NOT NULL, fee_rereg INTEGER NOT NULL, fee_first INTEGER NOT NULL,"
    "  membership_fee INTEGER NOT NULL, ce_min_tenths INTEGER NOT NULL,"
    "  w0_opens TEXT NOT NULL, w0_closes TEXT NOT NULL, w1_opens TEXT NOT NULL, w1_closes TEXT NOT NULL,"
    "  w2_opens TEXT NOT NULL, w2_closes TEXT NOT NULL, w3_opens TEXT NOT NULL, w3_closes TEXT NOT NULL,"
    "  chain BLOB NOT NULL"
    ");",
    /* slot is 0 for the live application of (mgmt_no, year) and the id once withdrawn (R2) */
    "CREATE TABLE application ("
    "  id INTEGER PRIMARY KEY,"
    "  mgmt_no TEXT NOT NULL REFERENCES auctioneer(mgmt_no),"
    "  enterprise TEXT NOT NULL REFERENCES enterprise(uscc),"
    "  province INTEGER NOT NULL,"
    "  year INTEGER NOT NULL,"
    "  slot INTEGER NOT NULL DEFAULT 0,"
    "  type INTEGER NOT NULL CHECK (type BETWEEN 1 AND 3),"
    "  state INTEGER NOT NULL CHECK (state BETWEEN 1 AND 9),"
    "  version INTEGER NOT NULL,"
    "  fee_choice INTEGER NOT NULL,"
    "  fee_due INTEGER NOT NULL CHECK (fee_due >= 0),"
    "  pay_status INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    "  submitted_at INTEGER NOT NULL, submit_count INTEGER NOT NULL,"
    "  r0_status INTEGER NOT NULL, r0_opinion TEXT, r0_at INTEGER NOT NULL,"
    "  r1_status INTEGER NOT NULL, r1_opinion TEXT, r1_at INTEGER NOT NULL,"
    "  r2_status INTEGER NOT NULL, r2_opinion TEXT, r2_at INTEGER NOT NULL,"
    "  UNIQUE (mgmt_no, year, slot)"
    ");",
    "CREATE TABLE practice ("
    "  application_id INTEGER NOT NULL REFERENCES application(id),"
    "  seq INTEGER NOT NULL,"
    "  sessions INTEGER NOT NULL CHECK (sessions >= 0),"
    "  subject TEXT NOT NULL,"
    "  turnover_yuan INTEGER NOT NULL CHECK (turnover_yuan >= 0),"
    "  PRIMARY KEY (application_id, seq)"
    ") WITHOUT ROWID;",
    "CREATE TABLE ce ("
    "  application_id INTEGER NOT NULL REFERENCES application(id),"
    "  seq INTEGER NOT NULL,"
    "  item TEXT NOT NULL,"
    "  hours_tenths INTEGER NOT NULL CHECK (hours_tenths > 0),"
    "  PRIMARY KEY (application_id, seq)"
    ") WITHOUT ROWID;",
    "CREATE TABLE document ("
    "  application_id INTEGER NOT NULL REFERENCES application(id),"
    "  seq INTEGER NOT NULL,"
    "  kind TEXT NOT NULL, file_name TEXT NOT NULL, media_type TEXT NOT NULL,"
    "  size INTEGER NOT NULL CHECK (size >= 0), sha256 TEXT NOT NULL, content BLOB,"
    "  PRIMARY KEY (application_id, seq)"
    ");",
    "CREATE TABLE application_person ("
    "  application_id INTEGER NOT NULL REFERENCES application(id),"
    "  field INTEGER NOT NULL,"
    "  value TEXT NOT NULL,"
    "  PRIMARY KEY (application_id, field)"
    ") WITHOUT ROWID;",
    /* The trail of an application is clustered by application: id numbers the rows of one
     * application 1, 2, ... (max + 1 at insert, under the write lock), so appending a row writes
     * one page, where a rowid table plus an index on application_id writes two. */
    "CREATE TABLE audit ("
    "  application_id INTEGER NOT NULL REFERENCES application(id),"
    "  id INTEGER NOT NULL,"
    "  at INTEGER NOT NULL, role INTEGER NOT NULL, actor TEXT NOT NULL, action INTEGER NOT NULL,"
    "  from_state INTEGER NOT NULL, to_state INTEGER NOT NULL, level INTEGER, opinion TEXT,"
    "  version INTEGER NOT NULL,"
    "  PRIMARY KEY (application_id, id)"
    ") WITHOUT ROWID;",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    "  BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    "  BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;",
    /* status: 0 open, 1 paid, 2 superseded, 3 cancelled */
    "CREATE TABLE payment_order ("
    "  id INTEGER PRIMARY KEY,"
    "  ref TEXT NOT NULL UNIQUE,"
    "  application_id INTEGER NOT NULL REFERENCES application(id),"
    "  mgmt_no TEXT NOT NULL, year INTEGER NOT NULL,"
    "  fee_choice INTEGER NOT NULL, amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
    "  payer_name TEXT NOT NULL, payer_email TEXT NOT NULL, payer_mobile TEXT NOT NULL,"
    "  channel INTEGER NOT NULL, bank_code TEXT,"
    "  status INTEGER NOT NULL, created_at INTEGER NOT NULL,"
    "  txn_id TEXT, paid_at INTEGER, receipt_no TEXT"
    ");",
    /* Only paid orders carry a transaction id: a partial index keeps open orders out of it (one
     * page less per new order). receipt_no is RC<year>-<order id>, unique by construction and
     * never looked up, so it has no index; receipts are found through the application. */
    "CREATE UNIQUE INDEX payment_order_txn ON payment_order(txn_id) WHERE txn_id IS NOT NULL;",
    "CREATE INDEX payment_order_app ON payment_order(application_id);",
    "CREATE TABLE payment_attempt ("
    "  id INTEGER PRIMARY KEY,"
    "  order_ref TEXT NOT NULL, application_id INTEGER, txn_id TEXT NOT NULL,"
    "  amount_fen INTEGER NOT NULL, at INTEGER NOT NULL, role INTEGER NOT NULL, actor TEXT NOT NULL,"
    "  result TEXT NOT NULL"
    ");",
    "CREATE INDEX payment_attempt_app ON payment_attempt(application_id);",
    NULL,
};

/* 2: receipt numbers are unique. The library derives them from the order id, but an import
 * brings receipts issued elsewhere; the index refuses a duplicate instead of issuing it twice. */
static const char *const migration_2[] = {
    "CREATE UNIQUE INDEX payment_order_receipt ON payment_order(receipt_no) WHERE receipt_no IS NOT NULL;",
    NULL,
};

/*
 * Migrations: entry i upgrades a database from user_version i to i + 1.
 * Append only; never edit a released migration.
 */
const char *const *const auctreg__migrations[AUCTREG__SCHEMA_VERSION] = {migration_1, migration_2};

#define APP_COLS                                                                                                 \
    "id, mgmt_no, enterprise, province, year, type, state, version, fee_choice, fee_due, pay_status, "           \
    "created_at, updated_at, submitted_at, submit_count, r0_status, r0_opinion, r0_at, r1_status, r1_opinion, " \
    "r1_at, r2_status, r2_opinion, r2_at"

/* Scope filter shared by the read queries: ?K kind (0 all, 1 enterprise, 2 province). */
#define SCOPE(k, e, p) "(" k " = 0 OR (" k " = 1 AND enterprise = " e ") OR (" k " = 2 AND province = " p "))"

const char *const auctreg__sql[ST__COUNT] = {
    [ST_BEGIN_WRITE] = "BEGIN IMMEDIATE",
    [ST_BEGIN_READ] = "BEGIN",
    [ST_COMMIT] = "COMMIT",
    [ST_ROLLBACK] = "ROLLBACK",
    [ST_SAVEPOINT] = "SAVEPOINT auctreg_op",
    [ST_RELEASE] = "RELEASE auctreg_op",
    [ST_ROLLBACK_TO] = "ROLLBACK TO auctreg_op",
    [ST_DATA_VERSION] = "PRAGMA data_version",

    [ST_APP_LOAD] = "SELECT " APP_COLS " FROM application WHERE id = ?1",
    [ST_APP_SAVE] = "UPDATE application SET state = ?1, version = ?2, fee_choice = ?3, fee_due = ?4, "
                    "pay_status = ?5, updated_at = ?6, submitted_at = ?7, submit_count = ?8, "
                    "r0_status = ?9, r0_opinion = ?10, r0_at = ?11, r1_status = ?12, r1_opinion = ?13, "
                    "r1_at = ?14, r2_status = ?15, r2_opinion = ?16, r2_at = ?17 "
                    "WHERE id = ?18 AND version = ?19",
    [ST_APP_INSERT] = "INSERT INTO application (mgmt_no, enterprise, province, year, type, state, version, "
                      "fee_choice, fee_due, pay_status, created_at, updated_at, submitted_at, submit_count, "
                      "r0_status, r0_opinion, r0_at, r1_status, r1_opinion, r1_at, r2_status, r2_opinion, r2_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                      "?19, ?20, ?21, ?22, ?23)",
    [ST_APP_FIND_YEAR] = "SELECT id FROM application WHERE mgmt_no = ?1 AND year = ?2 AND slot = 0",
    [ST_APP_WITHDRAW_SLOT] = "UPDATE application SET slot = id WHERE id = ?1",

    [ST_PRACTICE_DEL] = "DELETE FROM practice WHERE application_id = ?1",
    [ST_PRACTICE_INS] = "INSERT INTO practice (application_id, seq, sessions, subject, turnover_yuan) "
                        "VALUES (?1, ?2, ?3, ?4, ?5)",
    [ST_PRACTICE_SEL] = "SELECT sessions, subject, turnover_yuan FROM practice WHERE application_id = ?1 "
                        "ORDER BY seq",
    [ST_CE_DEL] = "DELETE FROM ce WHERE application_id = ?1",
    [ST_CE_INS] = "INSERT INTO ce (application_id, seq, item, hours_tenths) VALUES (?1, ?2, ?3, ?4)",
    [ST_CE_SEL] = "SELECT item, hours_tenths FROM ce WHERE application_id = ?1 ORDER BY seq",
    [ST_DOC_DEL] = "DELETE FROM document WHERE application_id = ?1",
    [ST_DOC_INS] = "INSERT INTO document (application_id, seq, kind, file_name, media_type, size, sha256, content) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_DOC_SEL_META] = "SELECT kind, file_name, media_type, size, sha256, NULL FROM document "
                        "WHERE application_id = ?1 ORDER BY seq",
    [ST_DOC_SEL_FULL] = "SELECT kind, file_name, media_type, size, sha256, content FROM document "
                        "WHERE application_id = ?1 ORDER BY seq",
    [ST_APERSON_DEL] = "DELETE FROM application_person WHERE application_id = ?1",
    [ST_APERSON_INS] = "INSERT INTO application_person (application_id, field, value) VALUES (?1, ?2, ?3)",
    [ST_APERSON_SEL] = "SELECT field, value FROM application_person WHERE application_id = ?1",

    [ST_AUDIT_INS] = "INSERT INTO audit (application_id, id, at, role, actor, action, from_state, to_state, level, "
                     "opinion, version) VALUES (?1, (SELECT COALESCE(MAX(id), 0) + 1 FROM audit WHERE "
                     "application_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",

    [ST_ENT_UPSERT] = "INSERT INTO enterprise (uscc, name, province, preparing, left_preparation_on) "
                      "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (uscc) DO UPDATE SET name = excluded.name, "
                      "province = excluded.province, preparing = excluded.preparing, "
                      "left_preparation_on = excluded.left_preparation_on",
    [ST_ENT_SEL] = "SELECT name, province, preparing, left_preparation_on FROM enterprise WHERE uscc = ?1",
    [ST_AUC_UPSERT] = "INSERT INTO auctioneer (mgmt_no, name, enterprise) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (mgmt_no) DO UPDATE SET name = excluded.name, enterprise = excluded.enterprise",
    [ST_AUC_SEL] = "SELECT name, enterprise FROM auctioneer WHERE mgmt_no = ?1",
    [ST_PERSON_DEL] = "DELETE FROM auctioneer_person WHERE mgmt_no = ?1",
    [ST_PERSON_INS] = "INSERT INTO auctioneer_person (mgmt_no, field, value) VALUES (?1, ?2, ?3)",
    [ST_PERSON_SEL] = "SELECT field, value FROM auctioneer_person WHERE mgmt_no = ?1",
    [ST_REGYEAR_INS] = "INSERT OR IGNORE INTO registration_year (mgmt_no, year, source, application_id) "
                       "VALUES (?1, ?2, ?3, ?4)",
    [ST_REGYEAR_R1] = "SELECT COALESCE(MAX(year = ?2), 0), COUNT(*) FROM registration_year "
                      "WHERE mgmt_no = ?1 AND year <= ?2",
    [ST_REGYEAR_HAS] = "SELECT 1 FROM registration_year WHERE mgmt_no = ?1 AND year = ?2",
    [ST_MEMBER_INS] = "INSERT OR IGNORE INTO membership_year (mgmt_no, year, source) VALUES (?1, ?2, ?3)",
    [ST_MEMBER_HAS] = "SELECT 1 FROM membership_year WHERE mgmt_no = ?1 AND year = ?2",

    [ST_RULES_UPSERT] = "INSERT OR REPLACE INTO rules (year, fee_renewal, fee_rereg, fee_first, membership_fee, "
                        "ce_min_tenths, w0_opens, w0_closes, w1_opens, w1_closes, w2_opens, w2_closes, w3_opens, "
                        "w3_closes, chain) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    [ST_RULES_SEL] = "SELECT fee_renewal, fee_rereg, fee_first, membership_fee, ce_min_tenths, w0_opens, "
                     "w0_closes, w1_opens, w1_closes, w2_opens, w2_closes, w3_opens, w3_closes, chain "
                     "FROM rules WHERE year = ?1",

    [ST_ORDER_INS] = "INSERT INTO payment_order (ref, application_id, mgmt_no, year, fee_choice, amount_fen, "
                     "payer_name, payer_email, payer_mobile, channel, bank_code, status, created_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12)",
    [ST_ORDER_BY_REF] = "SELECT id, application_id, fee_choice, amount_fen, status, txn_id, receipt_no, mgmt_no "
                        "FROM payment_order WHERE ref = ?1",
    [ST_ORDER_BY_TXN] = "SELECT ref, amount_fen, receipt_no FROM payment_order WHERE txn_id = ?1",
    [ST_ORDER_SUPERSEDE] = "UPDATE payment_order SET status = 2 WHERE application_id = ?1 AND status = 0",
    [ST_ORDER_PAY] = "UPDATE payment_order SET status = 1, txn_id = ?2, paid_at = ?3, receipt_no = ?4 "
                     "WHERE id = ?1 AND status = 0",
    [ST_ORDER_CANCEL] = "UPDATE payment_order SET status = 3 WHERE id = ?1 AND status = 0",
    [ST_ORDER_COUNT_APP] = "SELECT COUNT(*) FROM payment_order WHERE application_id = ?1",
    [ST_ATTEMPT_INS] = "INSERT INTO payment_attempt (order_ref, application_id, txn_id, amount_fen, at, role, "
                       "actor, result) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",

    [ST_Q_HISTORY] = "SELECT id, year, type, state, pay_status, fee_choice, fee_due, r0_status, r1_status, "
                     "r2_status, version, submitted_at FROM application WHERE mgmt_no = ?1 AND slot = 0 AND "
                     SCOPE("?2", "?3", "?4") " ORDER BY year DESC, id DESC LIMIT ?5 OFFSET ?6",
    [ST_Q_HISTORY_N] = "SELECT COUNT(*) FROM application WHERE mgmt_no = ?1 AND slot = 0 AND "
                       SCOPE("?2", "?3", "?4"),
    [ST_Q_QUEUE] = "SELECT a.id, a.year, a.type, a.state, a.mgmt_no, u.name, a.enterprise, a.province, "
                   "a.pay_status, a.submitted_at, a.version, COALESCE(e.preparing, 0) FROM application a "
                   "JOIN auctioneer u ON u.mgmt_no = a.mgmt_no LEFT JOIN enterprise e ON e.uscc = a.enterprise WHERE (?1 = 0 OR a.state = ?1) AND (?2 = 0 OR a.year = ?2) "
                   "AND (?3 = 0 OR a.type = ?3) AND "
                   "(?4 = 0 OR (?4 = 1 AND a.enterprise = ?5) OR (?4 = 2 AND a.province = ?6)) "
                   "ORDER BY a.submitted_at, a.id LIMIT ?7 OFFSET ?8",
    [ST_Q_QUEUE_N] = "SELECT COUNT(*) FROM application a WHERE (?1 = 0 OR a.state = ?1) AND "
                     "(?2 = 0 OR a.year = ?2) AND (?3 = 0 OR a.type = ?3) AND "
                     "(?4 = 0 OR (?4 = 1 AND a.enterprise = ?5) OR (?4 = 2 AND a.province = ?6))",
    [ST_Q_AUDIT] = "SELECT id, at, role, actor, action, from_state, to_state, COALESCE(level, -1), opinion, version "
                   "FROM audit WHERE application_id = ?1 ORDER BY id LIMIT ?2 OFFSET ?3",
    [ST_Q_AUDIT_N] = "SELECT COUNT(*) FROM audit WHERE application_id = ?1",
    [ST_Q_OPINIONS] = "SELECT id, at, role, actor, action, from_state, to_state, COALESCE(level, -1), opinion, version "
                      "FROM audit WHERE application_id = ?1 AND opinion IS NOT NULL ORDER BY id",
    [ST_Q_RECEIPTS] = "SELECT receipt_no, ref, application_id, year, amount_fen, fee_choice, channel, bank_code, "
                      "txn_id, paid_at FROM payment_order WHERE application_id IN "
                      "(SELECT id FROM application WHERE mgmt_no = ?1) AND receipt_no IS NOT NULL "
                      "ORDER BY paid_at DESC, id DESC LIMIT ?2 OFFSET ?3",
    [ST_Q_RECEIPTS_N] = "SELECT COUNT(*) FROM payment_order WHERE application_id IN "
                        "(SELECT id FROM application WHERE mgmt_no = ?1) AND receipt_no IS NOT NULL",
    [ST_Q_ORDERS] = "SELECT ref, amount_fen, fee_choice, channel, bank_code, status, created_at, txn_id, "
                    "paid_at, receipt_no FROM payment_order WHERE application_id = ?1 ORDER BY id "
                    "LIMIT ?2 OFFSET ?3",
    [ST_Q_ORDERS_N] = "SELECT COUNT(*) FROM payment_order WHERE application_id = ?1",
    [ST_Q_ATTEMPTS] = "SELECT id, order_ref, txn_id, amount_fen, at, result FROM payment_attempt "
                      "WHERE application_id = ?1 ORDER BY id LIMIT ?2 OFFSET ?3",
    [ST_Q_ATTEMPTS_N] = "SELECT COUNT(*) FROM payment_attempt WHERE application_id = ?1",
};
