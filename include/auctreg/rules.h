/**
 * @file auctreg/rules.h
 * @brief The yearly configuration of the registration, as data.
 *
 * An #auctreg_rules object holds everything that changes from one
 * registration year to the next (DOMAIN.md "Facts"): the registration fee per
 * registration type, the branch membership fee, the continuing-education
 * minimum (R3), the application windows per level, and the review chain per
 * province (R9). It is a plain value object: usable on its own (the workflow
 * accepts one, so a portal with its own database can apply the same rules),
 * and stored per year in the registry (auctreg_registry_set_rules()).
 *
 * Defaults (auctreg_rules_new()): renewal 1000 fen, re-registration 1000 fen,
 * first registration 2000 fen (10, 10 and 20 yuan, the association's published
 * fees); membership fee 100000 fen (1000.00 yuan, the manual's payment screen);
 * CE minimum 450 tenths (45 hours, since 2022); every window unbounded; review
 * chain enterprise → province → national everywhere except Beijing ("11"),
 * which skips the provincial level.
 *
 * Money is integer fen, hours integer tenths, dates ISO `YYYY-MM-DD`.
 * Thread safety: one thread at a time per object; const access may be shared.
 */
#ifndef AUCTREG_RULES_H
#define AUCTREG_RULES_H

#include "common.h"
#include "types.h"

AUCTREG_BEGIN_DECL

/** Opaque per-year rules. Create with auctreg_rules_new(). */
typedef struct auctreg_rules auctreg_rules;

/** Application windows: one per acting level (applicants, then each review level). */
typedef enum auctreg_window {
    AUCTREG_WINDOW_APPLICANT = 0,  /**< 拍卖师申请: create and submit. */
    AUCTREG_WINDOW_ENTERPRISE = 1, /**< 企业审核: enterprise approve/reject. */
    AUCTREG_WINDOW_PROVINCE = 2,   /**< 省拍协审核: provincial approve/reject. */
    AUCTREG_WINDOW_NATIONAL = 3    /**< 中拍协审核: national approve/reject. */
} auctreg_window;

/** Number of windows. */
#define AUCTREG_WINDOW_COUNT 4

/** Bit of a review level in a chain mask: `AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_PROVINCE)`. */
#define AUCTREG_CHAIN_BIT(level) (1u << (unsigned)(level))
/** The full chain enterprise → province → national. */
#define AUCTREG_CHAIN_FULL 7u

/** Result of auctreg_rules_window_check(). */
typedef enum auctreg_window_status {
    AUCTREG_WINDOW_IS_OPEN = 0,   /**< today is inside the window. */
    AUCTREG_WINDOW_NOT_OPEN = 1,  /**< today is before the opening date. */
    AUCTREG_WINDOW_CLOSED = 2     /**< today is after the closing date. */
} auctreg_window_status;

/**
 * @brief Create the default rules of a registration year (see file docs).
 * @param out receives the object; the caller frees it with auctreg_rules_free().
 * @param year registration year, 1900..9999.
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `rules.year.range`); #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_rules_new(auctreg_rules **out, int year);

/**
 * @brief Deep copy.
 * @param out receives the copy (caller frees with auctreg_rules_free()).
 * @return 0, #AUCTREG_EINVAL (`arg.null`), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_rules_dup(auctreg_rules **out, const auctreg_rules *src);

/** @brief Release a rules object; NULL is a no-op. */
AUCTREG_API void auctreg_rules_free(auctreg_rules *rules);

/** @brief Registration year the rules apply to (0 for NULL). */
AUCTREG_API int auctreg_rules_year(const auctreg_rules *rules);

/**
 * @brief Set the registration fee of one registration type.
 * @param type #AUCTREG_TYPE_RENEWAL, #AUCTREG_TYPE_REREGISTRATION or #AUCTREG_TYPE_FIRST.
 * @param fen amount in fen, 0..100000000.
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `rules.type.unknown`, `rules.fee.range`), unchanged.
 */
AUCTREG_API int auctreg_rules_set_fee(auctreg_rules *rules, auctreg_app_type type, int64_t fen);

/** @brief Registration fee of a type in fen; -1 for NULL or an unknown type. */
AUCTREG_API int64_t auctreg_rules_fee(const auctreg_rules *rules, auctreg_app_type type);

/**
 * @brief Set the branch membership fee (R7) in fen, 0..100000000.
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `rules.fee.range`), unchanged.
 */
AUCTREG_API int auctreg_rules_set_membership_fee(auctreg_rules *rules, int64_t fen);

/** @brief Branch membership fee in fen; -1 for NULL. */
AUCTREG_API int64_t auctreg_rules_membership_fee(const auctreg_rules *rules);

/**
 * @brief Set the CE minimum (R3) in tenths of an hour, 0..100000.
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `rules.ce.range`), unchanged.
 */
AUCTREG_API int auctreg_rules_set_ce_min_tenths(auctreg_rules *rules, int64_t tenths);

/** @brief CE minimum in tenths of an hour; -1 for NULL. */
AUCTREG_API int64_t auctreg_rules_ce_min_tenths(const auctreg_rules *rules);

/**
 * @brief Set one application window. Both dates are inclusive.
 * @param opens first day (ISO date), or NULL / "" for "no lower bound".
 * @param closes last day (ISO date), or NULL / "" for "no upper bound".
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `rules.window.unknown`,
 *   `rules.window.date` with the field path `windows[i].opens|closes`,
 *   `rules.window.order` when @p closes is before @p opens), unchanged.
 */
AUCTREG_API int auctreg_rules_set_window(auctreg_rules *rules, auctreg_window window,
                                         const char *opens, const char *closes);

/**
 * @brief Read one application window.
 * @param opens receives the opening date, "" when unbounded (borrowed from
 *   @p rules, valid until it changes; may be NULL).
 * @param closes receives the closing date, "" when unbounded (may be NULL).
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `rules.window.unknown`).
 */
AUCTREG_API int auctreg_rules_window(const auctreg_rules *rules, auctreg_window window,
                                     const char **opens, const char **closes);

/**
 * @brief Where @p today lies relative to a window.
 * @param today ISO date.
 * @param status receives an #auctreg_window_status.
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `rules.window.unknown`, `date.format`).
 */
AUCTREG_API int auctreg_rules_window_check(const auctreg_rules *rules, auctreg_window window,
                                           const char *today, int *status);

/**
 * @brief Set the review chain of a province.
 * @param province GB/T 2260 province code, 11..99 (e.g. 11 for Beijing).
 * @param mask OR of #AUCTREG_CHAIN_BIT of the levels that review; the
 *   enterprise and national levels are mandatory (only the provincial level
 *   may be skipped, DOMAIN.md R9), so the valid masks are
 *   #AUCTREG_CHAIN_FULL and enterprise|national.
 * @return 0; #AUCTREG_EINVAL (`arg.null`, `rules.province.range`,
 *   `rules.chain.invalid`), unchanged.
 */
AUCTREG_API int auctreg_rules_set_chain(auctreg_rules *rules, int province, unsigned mask);

/**
 * @brief Review chain of a province as a level mask (see auctreg_rules_set_chain()).
 * @return the mask; #AUCTREG_CHAIN_FULL for an unknown province; 0 for NULL.
 */
AUCTREG_API unsigned auctreg_rules_chain(const auctreg_rules *rules, int province);

/**
 * @brief Amount due in fen for a fee choice (R7).
 * @param type registration type of the application.
 * @param choice #AUCTREG_FEE_REGISTRATION (the type's fee),
 *   #AUCTREG_FEE_MEMBERSHIP (the membership fee, registration fee waived) or
 *   #AUCTREG_FEE_ALREADY_MEMBER (0).
 * @param fen receives the amount.
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `rules.type.unknown`, `fee.choice.invalid`).
 */
AUCTREG_API int auctreg_rules_amount_due(const auctreg_rules *rules, auctreg_app_type type,
                                         auctreg_fee_choice choice, int64_t *fen);

/**
 * @brief Stable code of a window ("APPLICANT", "ENTERPRISE", "PROVINCE", "NATIONAL").
 * @return a static string, or NULL for an unknown window.
 */
AUCTREG_API const char *auctreg_window_code(auctreg_window window);

AUCTREG_END_DECL

#endif /* AUCTREG_RULES_H */
