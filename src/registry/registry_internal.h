/*
 * Internals of the registry, shared by its files and by modules above it
 * (the XML import runs many operations inside one outer transaction).
 */
#ifndef AUCTREG_REGISTRY_INTERNAL_H
#define AUCTREG_REGISTRY_INTERNAL_H

#include <stdbool.h>

#include "auctreg/registry.h"
#include "auctreg/validate.h"
#include "model/model.h"
#include "rules/rules_internal.h"
#include "store/store.h"
#include "util/util.h"
#include "workflow/workflow_internal.h"

struct auctreg_registry {
    auctreg__store st;
    int64_t (*clock)(void *ctx);
    void *clock_ctx;
    int utc_offset_min;
    bool fixed;          /* set_today: fixed_base + ticks */
    int64_t fixed_base;
    int64_t fixed_ticks;
    char today_buf[11];  /* auctreg_registry_today() */
    auctreg_validate_options vopts;
    /* The rules of the last years read (a draft reads this year's and next year's), valid while
     * no other connection has committed since (PRAGMA data_version) and this handle has not
     * stored rules (auctreg__reg_rules()). rules_cached counts the valid entries. */
    int rules_cached;
    int rules_next;
    int64_t rules_data_version;
    struct auctreg_rules rules_cache[4];
};

/* ---- for other modules: outer transactions (depth counted, SAVEPOINTs inside) ---- */

/* Open a write transaction; every public operation called until the matching
 * commit/rollback runs inside it (as a SAVEPOINT), so a batch is all-or-nothing. */
int auctreg__registry_begin(auctreg_registry *r);
int auctreg__registry_commit(auctreg_registry *r);
void auctreg__registry_rollback(auctreg_registry *r);
/* The connection (for the XML module's own statements; never close it). */
sqlite3 *auctreg__registry_db(auctreg_registry *r);
/* The registry's clock: µs since the epoch, and today's local date into out[11]. */
int64_t auctreg__registry_now(auctreg_registry *r);
void auctreg__registry_today(auctreg_registry *r, int64_t now_us, char out[11]);

/* ---- shared by the registry's files ---- */

/* End an operation's transaction: commit when rc == 0, otherwise roll back; returns the final rc. */
int auctreg__reg_end(auctreg_registry *r, int rc);

/* Load the stored rules of a year into *out (defaults when none). */
int auctreg__reg_rules(auctreg_registry *r, int year, struct auctreg_rules *out);

/* What auctreg__reg_load() reads besides the row. */
enum { REG_LOAD_ROW = 0, REG_LOAD_CHILDREN = 1, REG_LOAD_CONTENT = 2 };

/* Load application `id` into a new *out (caller frees with auctreg_application_free()); ENOTFOUND if absent. */
int auctreg__reg_load(auctreg_registry *r, int64_t id, auctreg_application **out, int what);

/* Versioned UPDATE of the row (WHERE id AND version = old_version): ECONFLICT when no row changed. */
int auctreg__reg_save_row(auctreg_registry *r, const auctreg_application *app, int64_t old_version);

/* INSERT a new application row from app (its id is ignored); *id receives the new id. */
int auctreg__reg_insert_row(auctreg_registry *r, const auctreg_application *app, int64_t *id);

/* Replace the children (practice, CE, documents, personal data) of application id by those of src. */
int auctreg__reg_write_children(auctreg_registry *r, int64_t id, const auctreg_application *src);
/* The same for an application inserted in this transaction (nothing to delete first). */
int auctreg__reg_insert_children(auctreg_registry *r, int64_t id, const auctreg_application *src);

/* One audit row. level < 0 and opinion NULL for non-review actions. */
int auctreg__reg_audit(auctreg_registry *r, int64_t app_id, int64_t at, auctreg_role role, const char *actor,
                       auctreg_action action, int from, int to, int level, const char *opinion, int64_t version);

/* ECONFLICT with the stale-version message. */
int auctreg__reg_stale(int64_t id, int64_t expected, int64_t current);

/* Is the auctioneer a member for the year / is the enterprise in preparation? */
int auctreg__reg_is_member(auctreg_registry *r, const char *mgmt_no, int year, bool *member);
/* Whether an approved registration for the year is recorded (R12 or imported history). */
int auctreg__reg_is_registered(auctreg_registry *r, const char *mgmt_no, int year, bool *registered);
int auctreg__reg_enterprise_preparing(auctreg_registry *r, const char *uscc, bool *preparing);

/*
 * Run one workflow action as a whole operation on a loaded application:
 * scope and role, expected version, workflow (with rules, time and facts),
 * versioned UPDATE and audit row. The caller owns the transaction.
 */
int auctreg__reg_transition(auctreg_registry *r, auctreg_application *app, auctreg_role role, const char *actor,
                            int64_t expected_version, auctreg_action action, auctreg_fee_choice choice,
                            const char *opinion);

/* EDENIED for a role that may not call a master-data/admin operation. */
int auctreg__reg_need_admin(auctreg_role role, const char *what_zh, const char *what_en);

/* Check the actor's read scope over a loaded application (EDENIED outside). */
int auctreg__reg_read_scope(const auctreg_application *app, auctreg_role role, const char *actor);

/* Text argument checks: NULL -> arg.null; representation -> text.*. */
int auctreg__reg_text_arg(const char *func, const char *name, const char *value, size_t max);

/* Page arguments: offset >= 0, 1 <= limit <= AUCTREG_PAGE_MAX. */
int auctreg__reg_page_args(int64_t offset, int64_t limit);

/* Year range check (1900..9999). */
int auctreg__reg_year_arg(int year);

/* Mark the open payment orders of an application superseded (payments.c). */
int auctreg__reg_supersede_orders(auctreg_registry *r, int64_t app_id);

/* Master data helpers (master.c). */
int auctreg__reg_auctioneer(auctreg_registry *r, const char *mgmt_no, char **name, char **enterprise);
int auctreg__reg_write_person(auctreg_registry *r, int64_t app_id, const auctreg_person *person, bool fresh);
int auctreg__reg_read_person(auctreg_registry *r, auctreg__stmt_id sel, const char *mgmt_no, int64_t app_id,
                             auctreg_person **out);

#endif
