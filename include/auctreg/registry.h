/**
 * @file auctreg/registry.h
 * @brief The registry: master data, applications, fees, payments and queries
 * on an embedded SQLite database.
 *
 * Every function is one transaction: it authorises the actor, validates,
 * loads, asks the workflow (auctreg/workflow.h), writes the change and one
 * audit row per change of an application (edits included), and commits — or
 * changes nothing at all. Writes
 * use `BEGIN IMMEDIATE` with a busy timeout, so several handles, threads or
 * processes may share one database file; a lock held longer than the timeout
 * gives #AUCTREG_EBUSY, never a raw SQLITE_BUSY.
 *
 * **The actor** is passed to every operation as `(role, actor_id)`:
 * applicant → management number; enterprise → USCC; province → 2-digit
 * province code; national, admin, system → any id (recorded in the audit).
 * Scope is enforced inside every operation: outside it the call returns
 * #AUCTREG_EDENIED (`workflow.role.denied`, `workflow.scope.denied` or
 * `registry.role.denied`) and nothing changes.
 *
 * **Versions.** Every application carries a version, +1 on each change.
 * Mutating calls take the version the caller last saw; a different current
 * version gives #AUCTREG_ECONFLICT (`application.version.stale`) and nothing
 * changes — of two reviewers deciding at once, exactly one wins.
 *
 * **Errors** common to every function: #AUCTREG_EINVAL (`arg.null`, text
 * checks), #AUCTREG_EBUSY (`store.busy`), #AUCTREG_ESTORAGE (`store.sqlite`),
 * #AUCTREG_ENOMEM. Each function lists the others it returns.
 *
 * **Lists** are returned as #auctreg_rows handles (see the end of this file),
 * paged by offset/limit with the total count.
 *
 * Thread safety: one thread at a time per handle; open one handle per thread.
 */
#ifndef AUCTREG_REGISTRY_H
#define AUCTREG_REGISTRY_H

#include "application.h"
#include "common.h"
#include "person.h"
#include "rules.h"
#include "types.h"
#include "workflow.h"

AUCTREG_BEGIN_DECL

/** Opaque registry handle. */
typedef struct auctreg_registry auctreg_registry;

/** Version of #auctreg_registry_options this header describes. */
#define AUCTREG_REGISTRY_OPTIONS_VERSION 1

/** Options of auctreg_registry_open(). Initialise with auctreg_registry_options_init(). */
typedef struct auctreg_registry_options {
    unsigned int version;   /**< #AUCTREG_REGISTRY_OPTIONS_VERSION. */
    int busy_timeout_ms;    /**< Wait this long for a lock (default 5000; 0..3600000). */
    /** Clock: µs since the epoch; NULL = the wall clock (the only wall-clock reader). */
    int64_t (*clock)(void *ctx);
    void *clock_ctx;        /**< Passed to @ref clock. */
    int utc_offset_minutes; /**< Local time for "today" and windows (default +480, Beijing time). */
    int mgmt_no_min_digits; /**< Management numbers: fewest digits (default 0 = validator default). */
    int mgmt_no_max_digits; /**< Management numbers: most digits (default 0 = validator default). */
    int64_t document_max_bytes; /**< Largest supporting document (default 0 = validator default). */
} auctreg_registry_options;

/**
 * @brief Fill @p opts with the defaults.
 * @param version #AUCTREG_REGISTRY_OPTIONS_VERSION.
 * @return 0, #AUCTREG_EINVAL (`arg.null`), #AUCTREG_EVERSION (`options.version`).
 */
AUCTREG_API int auctreg_registry_options_init(auctreg_registry_options *opts, unsigned int version);

/**
 * @brief Open (and create or upgrade) a registry database.
 *
 * Creates the schema or upgrades an older file by numbered migrations
 * (`PRAGMA user_version`); turns on WAL, foreign keys and the busy timeout.
 * @param out receives the handle (NULL on failure); the caller closes it with
 *   auctreg_registry_close().
 * @param path a file path, or ":memory:" for a private in-memory database.
 * @param opts options, or NULL for the defaults.
 * @return 0; #AUCTREG_EVERSION (`options.version`); #AUCTREG_EINVAL
 *   (`options.range`); #AUCTREG_ESTORAGE (`store.open`,
 *   `store.schema.newer` for a file written by a newer library); #AUCTREG_EBUSY.
 */
AUCTREG_API int auctreg_registry_open(auctreg_registry **out, const char *path,
                                      const auctreg_registry_options *opts);

/** @brief Close the handle (an open outer transaction is rolled back); NULL is a no-op. */
AUCTREG_API void auctreg_registry_close(auctreg_registry *r);

/**
 * @brief Fix "today" (tools, tests, demos): the clock then starts at 00:00
 * local time of @p today and advances by 1 µs per reading, so timestamps stay
 * ordered and reproducible. NULL returns to the options' clock.
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `date.format`).
 */
AUCTREG_API int auctreg_registry_set_today(auctreg_registry *r, const char *today);

/**
 * @brief Today's local date as the registry sees it ("YYYY-MM-DD").
 * @return a string borrowed from @p r, valid until the next call on @p r; NULL for NULL.
 */
AUCTREG_API const char *auctreg_registry_today(auctreg_registry *r);

/** @brief Schema version of the open database (PRAGMA user_version); -1 for NULL. */
AUCTREG_API int auctreg_registry_schema_version(auctreg_registry *r);

/* ================================================================== master data */

/** Status of an enterprise (R4). */
typedef enum auctreg_enterprise_status {
    AUCTREG_ENTERPRISE_ACTIVE = 0,   /**< Established. */
    AUCTREG_ENTERPRISE_PREPARING = 1 /**< 筹建: in preparation. */
} auctreg_enterprise_status;

/**
 * @brief Create or update an enterprise (administrator).
 * @param uscc Unified Social Credit Code (checked by auctreg_validate_uscc()).
 * @param name name, 1..200 bytes.
 * @param province GB/T 2260 province code, 11..99.
 * @param status active or preparing.
 * @param left_preparation_on ISO date the enterprise left preparation
 *   (active only; may be NULL).
 * @return 0; #AUCTREG_EDENIED (`registry.role.denied`); #AUCTREG_EINVAL with
 *   every field problem (`uscc.*`, `enterprise.name.empty`,
 *   `rules.province.range`, `date.format`, `enterprise.status.invalid`).
 */
AUCTREG_API int auctreg_registry_put_enterprise(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                const char *uscc, const char *name, int province,
                                                auctreg_enterprise_status status,
                                                const char *left_preparation_on);

/**
 * @brief Read an enterprise. Every out pointer may be NULL.
 * @param name receives the name (caller frees with auctreg_free()).
 * @param province receives the province code.
 * @param status receives the #auctreg_enterprise_status.
 * @return 0, #AUCTREG_ENOTFOUND (`enterprise.not_found`).
 */
AUCTREG_API int auctreg_registry_get_enterprise(auctreg_registry *r, const char *uscc, char **name,
                                                int *province, int *status);

/**
 * @brief Create or update an auctioneer (administrator).
 * @param mgmt_no management number (checked by auctreg_validate_mgmt_no()).
 * @param name name, 1..200 bytes.
 * @param enterprise_uscc current enterprise (must exist), or NULL for none.
 * @param person personal data (R6) to keep with the auctioneer (copied; may
 *   be NULL to keep none). A first registration starts from it. Legacy data may
 *   be partial: empty fields are allowed here (a first registration's submit
 *   requires them all), but every field that is set must pass its validator,
 *   the fields set must agree with each other (gender and birth date with the
 *   ID number, ...) and its management number, if set, must be @p mgmt_no.
 * @return 0; #AUCTREG_EDENIED; #AUCTREG_EINVAL (`auctioneer.invalid` listing
 *   every problem: `mgmt_no.*`, `auctioneer.name.empty`, `person.<field>` with
 *   the reasons of auctreg_validate_person(), `auctioneer.mgmt_no.mismatch`);
 *   #AUCTREG_ENOTFOUND (`enterprise.not_found`). Nothing is stored on error.
 */
AUCTREG_API int auctreg_registry_put_auctioneer(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                const char *mgmt_no, const char *name,
                                                const char *enterprise_uscc, const auctreg_person *person);

/**
 * @brief Read an auctioneer (personal data: scoped). Applicants read themselves;
 * enterprise reviewers the auctioneers of their enterprise; provincial
 * reviewers those of enterprises in their province; national reviewers,
 * administrators and the system anyone. Every out pointer may be NULL.
 * @param name receives the name (caller frees with auctreg_free()).
 * @param enterprise receives the USCC, "" for none (caller frees with auctreg_free()).
 * @param person receives the stored personal data, or NULL when none
 *   (caller frees with auctreg_person_free()).
 * @return 0; #AUCTREG_ENOTFOUND (`auctioneer.not_found`); #AUCTREG_EDENIED
 *   (`workflow.scope.denied`).
 */
AUCTREG_API int auctreg_registry_get_auctioneer(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                const char *mgmt_no, char **name, char **enterprise,
                                                auctreg_person **person);

/**
 * @brief Record that the auctioneer held an approved registration for @p year
 * (legacy history, so that R1 works from the first day). Idempotent.
 * @return 0; #AUCTREG_EDENIED (administrator or system only);
 *   #AUCTREG_ENOTFOUND (`auctioneer.not_found`); #AUCTREG_EINVAL (`year.range`).
 */
AUCTREG_API int auctreg_registry_import_registration_year(auctreg_registry *r, auctreg_role role,
                                                          const char *actor_id, const char *mgmt_no, int year);

/**
 * @brief Record a branch membership for @p year (imported). Idempotent.
 * @return as auctreg_registry_import_registration_year().
 */
AUCTREG_API int auctreg_registry_add_membership_year(auctreg_registry *r, auctreg_role role,
                                                     const char *actor_id, const char *mgmt_no, int year);

/**
 * @brief Is the auctioneer a branch member for @p year?
 * @param member receives 1 or 0.
 * @return 0, #AUCTREG_EINVAL.
 */
AUCTREG_API int auctreg_registry_is_member(auctreg_registry *r, const char *mgmt_no, int year, int *member);

/**
 * @brief Is the auctioneer practising in @p year (an approved registration,
 * imported or approved here; R12)?
 * @param practising receives 1 or 0.
 * @return 0, #AUCTREG_EINVAL.
 */
AUCTREG_API int auctreg_registry_is_practising(auctreg_registry *r, const char *mgmt_no, int year,
                                               int *practising);

/* ================================================================== rules */

/**
 * @brief Store the rules of their year (administrator), replacing any.
 * @return 0; #AUCTREG_EDENIED (`registry.role.denied`).
 */
AUCTREG_API int auctreg_registry_set_rules(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                           const auctreg_rules *rules);

/**
 * @brief The rules of a year: the stored ones, or the defaults (auctreg_rules_new()).
 * @param out receives a copy (caller frees with auctreg_rules_free()).
 * @return 0; #AUCTREG_EINVAL (`rules.year.range`).
 */
AUCTREG_API int auctreg_registry_get_rules(auctreg_registry *r, int year, auctreg_rules **out);

/* ================================================================== applications */

/**
 * @brief Create the applicant's draft for next year (R1, R2).
 *
 * The registration year is the registry's current year + 1 — or the current
 * year while that year's own applicants' window (stored, with a closing date)
 * is still open, as first registrations run into January. The type is decided
 * from the auctioneer's history (R1) relative to the year before the
 * registration year ("this year"): an approved registration for it → RENEWAL;
 * an earlier one → REREGISTRATION; none → FIRST. The
 * enterprise and province are the auctioneer's current ones. A first
 * registration starts with the auctioneer's stored personal data.
 * @param role must be #AUCTREG_ROLE_APPLICANT; @p actor_id its management number.
 * @param content optional initial content (practice records, CE records,
 *   documents, personal data are copied from it; everything else is ignored);
 *   NULL for an empty draft.
 * @param id receives the new application id.
 * @return 0; #AUCTREG_EDENIED; #AUCTREG_ENOTFOUND (`auctioneer.not_found`);
 *   #AUCTREG_ESTATE (`auctioneer.enterprise.missing`,
 *   `window.applicant.not_open|closed`); #AUCTREG_EDUPLICATE
 *   (`application.duplicate`: one per auctioneer per year, R2).
 */
AUCTREG_API int auctreg_registry_create_application(auctreg_registry *r, auctreg_role role,
                                                    const char *actor_id, const auctreg_application *content,
                                                    int64_t *id);

/**
 * @brief Load an application with everything it carries (documents with
 * their content).
 * @param out receives the object (caller frees with auctreg_application_free()).
 * @return 0; #AUCTREG_ENOTFOUND (`application.not_found`); #AUCTREG_EDENIED
 *   (`workflow.scope.denied` outside the actor's scope).
 */
AUCTREG_API int auctreg_registry_get_application(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                 int64_t id, auctreg_application **out);

/**
 * @brief Save the applicant's edits (R5, R10): the practice records, CE
 * records, documents and personal data of @p app replace the stored ones;
 * every other field is the registry's. The application's id and version say
 * which application and which version the edit is based on.
 *
 * Allowed in DRAFT and REJECTED (levels reset to pending), while SUBMITTED or
 * AWAITING_PAYMENT (the submission checks run; the state stays) and while in
 * review (the submission checks run, levels reset and the application returns
 * to the enterprise level); a payment already made stays valid. Every edit
 * writes an audit row (action edit).
 * @param new_version receives the new version (may be NULL).
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_ECONFLICT;
 *   #AUCTREG_ESTATE (`application.final`, `workflow.state.invalid`);
 *   #AUCTREG_EINVAL (document checks; once submitted, the submission checks).
 */
AUCTREG_API int auctreg_registry_save_application(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                  const auctreg_application *app, int64_t *new_version);

/**
 * @brief Submit a draft (applicant): checks R3 (CE minimum for renewals and
 * re-registrations), R4 (consent document when the enterprise is in
 * preparation), R5 and R6 (the validator), reporting every problem at once.
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_ECONFLICT;
 *   #AUCTREG_ESTATE (blockers attached, e.g. `window.applicant.closed`);
 *   #AUCTREG_EINVAL (`application.invalid`, every problem attached, e.g.
 *   `ce.hours.insufficient`, `enterprise.preparing.consent_missing`).
 */
AUCTREG_API int auctreg_registry_submit(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                        int64_t id, int64_t expected_version, int64_t *new_version);

/**
 * @brief Choose (or change, until a payment is confirmed) the fee (R7, applicant).
 *
 * #AUCTREG_FEE_REGISTRATION: the type's registration fee is due, status UNPAID.
 * #AUCTREG_FEE_MEMBERSHIP: the membership fee is due, registration fee waived,
 * status UNPAID until the payment is confirmed, then MEMBER_EXEMPT.
 * #AUCTREG_FEE_ALREADY_MEMBER (a member for that year): nothing is due, status
 * MEMBER_EXEMPT, and the application goes straight to review; a member may
 * choose nothing else. Open payment orders of the application are superseded.
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_ECONFLICT;
 *   #AUCTREG_ESTATE (`fee.not_member`, `fee.already_member`, `fee.choice.invalid`,
 *   `workflow.state.invalid`).
 */
AUCTREG_API int auctreg_registry_choose_fee(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                            int64_t id, int64_t expected_version, auctreg_fee_choice choice,
                                            int64_t *new_version);

/**
 * @brief Approve at a level (the level's reviewer, in order, inside the
 * level's window). The national approval is final: the auctioneer is
 * practising in the registration year (R12).
 * @param opinion optional opinion (NULL for none).
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_ECONFLICT;
 *   #AUCTREG_ESTATE (`review.level.not_reached`, `review.level.skipped`,
 *   `window.<level>.*`, `application.final`, `workflow.state.invalid`).
 */
AUCTREG_API int auctreg_registry_approve(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                         int64_t id, int64_t expected_version, auctreg_level level,
                                         const char *opinion, int64_t *new_version);

/**
 * @brief Reject at a level: the application goes back to the applicant (REJECTED).
 * @param opinion required, non-empty (`review.opinion.required`).
 * @return as auctreg_registry_approve().
 */
AUCTREG_API int auctreg_registry_reject(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                        int64_t id, int64_t expected_version, auctreg_level level,
                                        const char *opinion, int64_t *new_version);

/**
 * @brief Submit again after a rejection (R10): the submission checks run,
 * every level resets to pending and review restarts at the enterprise.
 * @return as auctreg_registry_submit() (`fee.unpaid` too).
 */
AUCTREG_API int auctreg_registry_resubmit(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                          int64_t id, int64_t expected_version, int64_t *new_version);

/**
 * @brief Withdraw a draft (applicant). The year is free again for a new application.
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_ECONFLICT; #AUCTREG_ESTATE.
 */
AUCTREG_API int auctreg_registry_withdraw(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                          int64_t id, int64_t expected_version, int64_t *new_version);

/**
 * @brief Actions this actor can take on the application now (see
 * auctreg_workflow_available()); changes nothing.
 * @param mask receives the OR of #AUCTREG_ACTION_BIT.
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED (outside the actor's scope).
 */
AUCTREG_API int auctreg_registry_available(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                           int64_t id, uint32_t *mask);

/**
 * @brief Every blocker of @p action for this actor now (see
 * auctreg_workflow_blockers()); changes nothing.
 * @param choice fee choice to evaluate (#AUCTREG_ACTION_CHOOSE_FEE), else #AUCTREG_FEE_NONE.
 * @param opinion opinion to evaluate (reject), or NULL.
 * @param out receives the list (caller frees with auctreg_blockers_free()); an
 *   actor outside its role or scope gets a list with that one denial.
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EINVAL (`action.unknown`).
 */
AUCTREG_API int auctreg_registry_blockers(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                          int64_t id, auctreg_action action, auctreg_fee_choice choice,
                                          const char *opinion, auctreg_blockers **out);

/* ================================================================== payments */

/** Payment channel (R8). */
typedef enum auctreg_pay_channel {
    AUCTREG_CHANNEL_BANK = 1,   /**< 网银: online banking; a bank code is required. */
    AUCTREG_CHANNEL_WECHAT = 2, /**< 微信支付. */
    AUCTREG_CHANNEL_ALIPAY = 3  /**< 支付宝. */
} auctreg_pay_channel;

/** Status of a payment order. */
typedef enum auctreg_order_status {
    AUCTREG_ORDER_OPEN = 0,       /**< Waiting for the gateway. */
    AUCTREG_ORDER_PAID = 1,       /**< Confirmed; has a receipt. */
    AUCTREG_ORDER_SUPERSEDED = 2, /**< Replaced by a newer order or a new fee choice. */
    AUCTREG_ORDER_CANCELLED = 3   /**< Cancelled. */
} auctreg_order_status;

/**
 * @brief Create a payment order for the amount due (applicant, state
 * AWAITING_PAYMENT). Earlier open orders of the application are superseded.
 * The library talks to no payment provider: the portal passes the reference
 * and amount to its gateway.
 * @param payer_name payer's name (required); @p payer_email, @p payer_mobile
 *   validated (they receive the electronic receipt).
 * @param bank_code a code of the bank table (auctreg/codes.h) for
 *   #AUCTREG_CHANNEL_BANK; must be NULL or "" otherwise.
 * @param order_ref receives the reference, e.g. "PO2026-00000042-01" (caller
 *   frees with auctreg_free()).
 * @param amount_fen receives the amount due (may be NULL).
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_ECONFLICT;
 *   #AUCTREG_ESTATE (`payment.nothing_due`, `workflow.state.invalid`);
 *   #AUCTREG_EINVAL (every payer problem: `payer.name.empty`, `email.*`,
 *   `mobile.*`, `bank.unknown`, `bank.required`, `bank.unexpected`,
 *   `channel.unknown`).
 */
AUCTREG_API int auctreg_registry_create_payment_order(auctreg_registry *r, auctreg_role role,
                                                      const char *actor_id, int64_t id,
                                                      int64_t expected_version, const char *payer_name,
                                                      const char *payer_email, const char *payer_mobile,
                                                      auctreg_pay_channel channel, const char *bank_code,
                                                      char **order_ref, int64_t *amount_fen);

/**
 * @brief Choose the fee and create its payment order in one transaction: the
 * portal's payment page, where the applicant picks "join or not", fills in
 * the payer and pays (R7 + R8).
 *
 * Same rules as auctreg_registry_choose_fee() followed by
 * auctreg_registry_create_payment_order(), but one request and one
 * transaction: the payer's data is checked before anything changes, the choice
 * writes its audit row, the open orders are superseded and the new order is
 * made for the new amount. With #AUCTREG_FEE_ALREADY_MEMBER nothing is due: no
 * order is made (payer arguments ignored), `*order_ref` stays NULL and the
 * application goes to review.
 * @param order_ref receives the reference, or NULL when nothing is due (caller
 *   frees with auctreg_free()).
 * @param amount_fen receives the amount due (may be NULL).
 * @param new_version receives the new version (may be NULL).
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_ECONFLICT;
 *   #AUCTREG_ESTATE (`fee.not_member`, `fee.already_member`, `workflow.state.invalid`);
 *   #AUCTREG_EINVAL (`fee.choice.invalid`, `payer.invalid` with every payer
 *   problem, as auctreg_registry_create_payment_order()).
 */
AUCTREG_API int auctreg_registry_choose_fee_and_order(auctreg_registry *r, auctreg_role role,
                                                      const char *actor_id, int64_t id,
                                                      int64_t expected_version, auctreg_fee_choice choice,
                                                      const char *payer_name, const char *payer_email,
                                                      const char *payer_mobile, auctreg_pay_channel channel,
                                                      const char *bank_code, char **order_ref,
                                                      int64_t *amount_fen, int64_t *new_version);

/**
 * @brief Cancel an open order (the applicant who owns it, or an administrator).
 * @return 0; #AUCTREG_ENOTFOUND (`payment.order.not_found`); #AUCTREG_EDENIED;
 *   #AUCTREG_ESTATE (`payment.order.not_open`).
 */
AUCTREG_API int auctreg_registry_cancel_payment_order(auctreg_registry *r, auctreg_role role,
                                                      const char *actor_id, const char *order_ref);

/**
 * @brief Confirm a payment (administrator or system: the gateway callback).
 *
 * Idempotent by @p txn_id: confirming the same transaction of the same order
 * with the same amount again changes nothing, returns 0 and sets
 * `*already = 1`. Otherwise the order becomes paid with a receipt number, the
 * application enters review (one audit row), and a membership payment makes
 * the auctioneer a member for the year.
 *
 * A refused confirmation (#AUCTREG_EPAYMENT) is recorded as a payment
 * attempt (auctreg_registry_list_payment_attempts()) and changes nothing else.
 * @param already receives 1 for a repeated confirmation, else 0 (may be NULL).
 * @param receipt_no receives the receipt number, e.g. "RC2026-00000007"
 *   (caller frees with auctreg_free(); may be NULL).
 * @return 0; #AUCTREG_EDENIED; #AUCTREG_ENOTFOUND (`payment.order.not_found`);
 *   #AUCTREG_EPAYMENT (`payment.amount.mismatch`, `payment.order.superseded`,
 *   `payment.order.cancelled`, `payment.order.already_paid`,
 *   `payment.txn.reused`, `payment.application.state`).
 */
AUCTREG_API int auctreg_registry_confirm_payment(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                                 const char *order_ref, const char *txn_id, int64_t amount_fen,
                                                 int *already, char **receipt_no);

/* ================================================================== result lists */

/** Opaque page of rows returned by the list functions. */
typedef struct auctreg_rows auctreg_rows;

/** Largest page size a list function accepts. */
#define AUCTREG_PAGE_MAX 1000

/** @brief Rows in this page (0 for NULL). */
AUCTREG_API size_t auctreg_rows_count(const auctreg_rows *rows);
/** @brief Rows matching in total, across every page (0 for NULL). */
AUCTREG_API int64_t auctreg_rows_total(const auctreg_rows *rows);
/** @brief 1-based number of this page ("第 1 页"); 1 for an empty list. */
AUCTREG_API int64_t auctreg_rows_page(const auctreg_rows *rows);
/** @brief Number of pages ("/ 1 页"); at least 1. */
AUCTREG_API int64_t auctreg_rows_pages(const auctreg_rows *rows);
/** @brief Number of columns. */
AUCTREG_API int auctreg_rows_columns(const auctreg_rows *rows);
/** @brief Stable name of a column, e.g. "pay_status"; NULL if out of range. */
AUCTREG_API const char *auctreg_rows_column_name(const auctreg_rows *rows, int column);
/** @brief Integer cell (0 when NULL, text or out of range). */
AUCTREG_API int64_t auctreg_rows_get_int(const auctreg_rows *rows, size_t row, int column);
/**
 * @brief Text cell, borrowed until auctreg_rows_free(); "" when NULL; NULL
 * when out of range or an integer column.
 */
AUCTREG_API const char *auctreg_rows_get_text(const auctreg_rows *rows, size_t row, int column);
/** @brief Release a page; NULL is a no-op. */
AUCTREG_API void auctreg_rows_free(auctreg_rows *rows);

/** Operations of the history list (R11), OR-ed in #AUCTREG_HISTORY_OPERATIONS. */
#define AUCTREG_OP_VIEW 1u  /**< 查看详情. */
#define AUCTREG_OP_PAY 2u   /**< 付款: the fee is still to be chosen or paid. */
#define AUCTREG_OP_PRINT 4u /**< 打印执业记录: approved. */

/** Columns of auctreg_registry_history(). */
typedef enum auctreg_history_col {
    AUCTREG_HISTORY_ID = 0,       /**< int: application id. */
    AUCTREG_HISTORY_YEAR,         /**< int: registration year. */
    AUCTREG_HISTORY_TYPE,         /**< int: #auctreg_app_type. */
    AUCTREG_HISTORY_STATE,        /**< int: #auctreg_app_state. */
    AUCTREG_HISTORY_PAY_STATUS,   /**< int: #auctreg_pay_status. */
    AUCTREG_HISTORY_FEE_CHOICE,   /**< int: #auctreg_fee_choice. */
    AUCTREG_HISTORY_FEE_DUE_FEN,  /**< int: amount due. */
    AUCTREG_HISTORY_REVIEW_ENTERPRISE, /**< int: #auctreg_review_status. */
    AUCTREG_HISTORY_REVIEW_PROVINCE,   /**< int: #auctreg_review_status. */
    AUCTREG_HISTORY_REVIEW_NATIONAL,   /**< int: #auctreg_review_status. */
    AUCTREG_HISTORY_VERSION,      /**< int: version. */
    AUCTREG_HISTORY_SUBMITTED_AT, /**< int: µs, 0 if never submitted. */
    AUCTREG_HISTORY_OPERATIONS    /**< int: OR of AUCTREG_OP_*. */
} auctreg_history_col;

/** Columns of auctreg_registry_queue(). */
typedef enum auctreg_queue_col {
    AUCTREG_QUEUE_ID = 0,       /**< int. */
    AUCTREG_QUEUE_YEAR,         /**< int. */
    AUCTREG_QUEUE_TYPE,         /**< int: #auctreg_app_type. */
    AUCTREG_QUEUE_STATE,        /**< int: #auctreg_app_state. */
    AUCTREG_QUEUE_MGMT_NO,      /**< text. */
    AUCTREG_QUEUE_NAME,         /**< text: the auctioneer's name. */
    AUCTREG_QUEUE_ENTERPRISE,   /**< text: USCC. */
    AUCTREG_QUEUE_PROVINCE,     /**< int. */
    AUCTREG_QUEUE_PAY_STATUS,   /**< int: #auctreg_pay_status. */
    AUCTREG_QUEUE_SUBMITTED_AT, /**< int: µs. */
    AUCTREG_QUEUE_VERSION,      /**< int: pass it back to approve/reject. */
    /** int: 1 when the enterprise is in preparation (筹建). Such an application was
     *  submitted with the enterprise's consent document (R4), and the manual asks the
     *  provincial association to coordinate: the flag is how the province is informed. */
    AUCTREG_QUEUE_ENTERPRISE_PREPARING
} auctreg_queue_col;

/** Columns of auctreg_registry_audit() and auctreg_registry_opinions(). */
typedef enum auctreg_audit_col {
    AUCTREG_AUDIT_ID = 0,   /**< int: number of the row in the application's trail: 1, 2, ... (increasing). */
    AUCTREG_AUDIT_AT,       /**< int: µs. */
    AUCTREG_AUDIT_ROLE,     /**< int: #auctreg_role. */
    AUCTREG_AUDIT_ACTOR,    /**< text: actor id. */
    AUCTREG_AUDIT_ACTION,   /**< int: #auctreg_action. */
    AUCTREG_AUDIT_FROM,     /**< int: #auctreg_app_state before (NONE for create). */
    AUCTREG_AUDIT_TO,       /**< int: #auctreg_app_state after. */
    AUCTREG_AUDIT_LEVEL,    /**< int: #auctreg_level of a review decision, -1 otherwise. */
    AUCTREG_AUDIT_OPINION,  /**< text: opinion, "" if none. */
    AUCTREG_AUDIT_VERSION   /**< int: version after the change. */
} auctreg_audit_col;

/** Columns of auctreg_registry_list_receipts(). */
typedef enum auctreg_receipt_col {
    AUCTREG_RECEIPT_NO = 0,       /**< text: receipt number (回执号). */
    AUCTREG_RECEIPT_ORDER_REF,    /**< text. */
    AUCTREG_RECEIPT_APP_ID,       /**< int. */
    AUCTREG_RECEIPT_YEAR,         /**< int. */
    AUCTREG_RECEIPT_AMOUNT_FEN,   /**< int. */
    AUCTREG_RECEIPT_FEE_CHOICE,   /**< int: #auctreg_fee_choice. */
    AUCTREG_RECEIPT_CHANNEL,      /**< int: #auctreg_pay_channel. */
    AUCTREG_RECEIPT_BANK_CODE,    /**< text: "" unless online banking. */
    AUCTREG_RECEIPT_TXN_ID,       /**< text: the provider's transaction id. */
    AUCTREG_RECEIPT_PAID_AT       /**< int: µs. */
} auctreg_receipt_col;

/** Columns of auctreg_registry_list_payment_orders(). */
typedef enum auctreg_order_col {
    AUCTREG_ORDER_REF = 0,      /**< text. */
    AUCTREG_ORDER_AMOUNT_FEN,   /**< int. */
    AUCTREG_ORDER_FEE_CHOICE,   /**< int. */
    AUCTREG_ORDER_CHANNEL,      /**< int. */
    AUCTREG_ORDER_BANK_CODE,    /**< text. */
    AUCTREG_ORDER_STATUS,       /**< int: #auctreg_order_status. */
    AUCTREG_ORDER_CREATED_AT,   /**< int: µs. */
    AUCTREG_ORDER_TXN_ID,       /**< text, "" until paid. */
    AUCTREG_ORDER_PAID_AT,      /**< int: µs, 0 until paid. */
    AUCTREG_ORDER_RECEIPT_NO    /**< text, "" until paid. */
} auctreg_order_col;

/** Columns of auctreg_registry_list_payment_attempts(). */
typedef enum auctreg_attempt_col {
    AUCTREG_ATTEMPT_ID = 0,     /**< int. */
    AUCTREG_ATTEMPT_ORDER_REF,  /**< text. */
    AUCTREG_ATTEMPT_TXN_ID,     /**< text. */
    AUCTREG_ATTEMPT_AMOUNT_FEN, /**< int: the amount the gateway reported. */
    AUCTREG_ATTEMPT_AT,         /**< int: µs. */
    AUCTREG_ATTEMPT_RESULT      /**< text: the refusal reason, e.g. "payment.amount.mismatch". */
} auctreg_attempt_col;

/**
 * @brief An auctioneer's history list (R11): one row per registration year,
 * newest first, with payment status, the three review statuses and the
 * operations available.
 *
 * Applicants see their own; enterprise and provincial reviewers the rows in
 * their scope; national reviewers and administrators everything.
 * @param offset rows to skip (≥ 0); @p limit page size, 1..#AUCTREG_PAGE_MAX.
 * @param out receives the page (caller frees with auctreg_rows_free()).
 * @return 0; #AUCTREG_EDENIED; #AUCTREG_EINVAL (`page.range`).
 */
AUCTREG_API int auctreg_registry_history(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                         const char *mgmt_no, int64_t offset, int64_t limit,
                                         auctreg_rows **out);

/**
 * @brief A reviewer's queue: applications in the actor's scope waiting at its
 * level, oldest submission first (columns #auctreg_queue_col).
 * @param year filter (0 = any); @p type filter (0 = any);
 * @param state 0 = the state of the actor's level (enterprise, provincial or
 *   national review; administrators: any state), or a #auctreg_app_state.
 * @return 0; #AUCTREG_EDENIED (applicants); #AUCTREG_EINVAL (`page.range`).
 */
AUCTREG_API int auctreg_registry_queue(auctreg_registry *r, auctreg_role role, const char *actor_id, int year,
                                       int type, int state, int64_t offset, int64_t limit, auctreg_rows **out);

/**
 * @brief The audit trail of an application, oldest first (#auctreg_audit_col).
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_EINVAL (`page.range`).
 */
AUCTREG_API int auctreg_registry_audit(auctreg_registry *r, auctreg_role role, const char *actor_id, int64_t id,
                                       int64_t offset, int64_t limit, auctreg_rows **out);

/**
 * @brief Every review opinion ever given on an application, oldest first
 * (the audit rows that carry one; #auctreg_audit_col). Not paged.
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED.
 */
AUCTREG_API int auctreg_registry_opinions(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                          int64_t id, auctreg_rows **out);

/**
 * @brief An auctioneer's receipts (回执), newest first (#auctreg_receipt_col).
 * Applicants see their own; administrators and national reviewers anyone's.
 * @return 0; #AUCTREG_EDENIED; #AUCTREG_EINVAL (`page.range`).
 */
AUCTREG_API int auctreg_registry_list_receipts(auctreg_registry *r, auctreg_role role, const char *actor_id,
                                               const char *mgmt_no, int64_t offset, int64_t limit,
                                               auctreg_rows **out);

/**
 * @brief The payment orders of an application, oldest first (#auctreg_order_col).
 * @return 0; #AUCTREG_ENOTFOUND; #AUCTREG_EDENIED; #AUCTREG_EINVAL (`page.range`).
 */
AUCTREG_API int auctreg_registry_list_payment_orders(auctreg_registry *r, auctreg_role role,
                                                     const char *actor_id, int64_t id, int64_t offset,
                                                     int64_t limit, auctreg_rows **out);

/**
 * @brief Refused payment confirmations of an application (#auctreg_attempt_col),
 * administrators and national reviewers only.
 * @return 0; #AUCTREG_EDENIED; #AUCTREG_EINVAL (`page.range`).
 */
AUCTREG_API int auctreg_registry_list_payment_attempts(auctreg_registry *r, auctreg_role role,
                                                       const char *actor_id, int64_t id, int64_t offset,
                                                       int64_t limit, auctreg_rows **out);

AUCTREG_END_DECL

#endif /* AUCTREG_REGISTRY_H */
