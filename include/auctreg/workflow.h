/**
 * @file auctreg/workflow.h
 * @brief The registration workflow: one transition table, as data.
 *
 * The workflow is a single static table of rows (from-state, action, roles
 * allowed, guards, route, to-state); docs/workflow.md shows it, drawn from the
 * table itself by auctreg_workflow_dot() and auctreg_workflow_mermaid().
 *
 * Everything here is pure: it works on an in-memory #auctreg_application and
 * a context (#auctreg_wf_context) that says who acts, what day it is, the
 * year's rules and the few facts about the world an application does not
 * carry (is the auctioneer a member that year, is the enterprise in
 * preparation). A portal with its own database can therefore run exactly the
 * rules the registry runs:
 *
 * - auctreg_workflow_available(): which actions can this actor take now;
 * - auctreg_workflow_blockers(): for any action, every reason why not
 *   (reason code + Chinese and English message), changing nothing;
 * - auctreg_workflow_apply(): apply an action to the object (all or nothing).
 *
 * Scope (DOMAIN.md "Roles"): an applicant acts only on applications whose
 * management number is its actor id; an enterprise reviewer only where the
 * application's enterprise (USCC) is its actor id; a provincial reviewer only
 * where the application's province is its 2-digit actor id; national
 * reviewers, administrators and the system everywhere.
 */
#ifndef AUCTREG_WORKFLOW_H
#define AUCTREG_WORKFLOW_H

#include "application.h"
#include "common.h"
#include "rules.h"
#include "types.h"

AUCTREG_BEGIN_DECL

/** Actions of the workflow. Values are appended only, never renumbered. */
typedef enum auctreg_action {
    AUCTREG_ACTION_CREATE = 0,           /**< Create a draft (NONE → DRAFT). */
    AUCTREG_ACTION_EDIT = 1,             /**< Save changes (R10: also once submitted, while rejected or in review). */
    AUCTREG_ACTION_SUBMIT = 2,           /**< Submit a draft (R3–R6 checked). */
    AUCTREG_ACTION_CHOOSE_FEE = 3,       /**< Choose or change the fee (R7). */
    AUCTREG_ACTION_CONFIRM_PAYMENT = 4,  /**< Payment confirmed by the gateway (R8). */
    AUCTREG_ACTION_APPROVE_ENTERPRISE = 5, /**< Enterprise approves. */
    AUCTREG_ACTION_REJECT_ENTERPRISE = 6,  /**< Enterprise rejects (opinion required). */
    AUCTREG_ACTION_APPROVE_PROVINCE = 7,   /**< Provincial association approves. */
    AUCTREG_ACTION_REJECT_PROVINCE = 8,    /**< Provincial association rejects (opinion required). */
    AUCTREG_ACTION_APPROVE_NATIONAL = 9,   /**< National association approves (final, R12). */
    AUCTREG_ACTION_REJECT_NATIONAL = 10,   /**< National association rejects (opinion required). */
    AUCTREG_ACTION_RESUBMIT = 11,        /**< Submit again after a rejection (R10). */
    AUCTREG_ACTION_WITHDRAW = 12         /**< Withdraw a draft. */
} auctreg_action;

/** Number of actions. */
#define AUCTREG_ACTION_COUNT 13

/** Bit of an action in the mask of auctreg_workflow_available(). */
#define AUCTREG_ACTION_BIT(action) (1u << (unsigned)(action))

/** Opaque workflow context: actor, today, rules and facts. */
typedef struct auctreg_wf_context auctreg_wf_context;

/** Opaque list of blockers (reason code, field path, messages). */
typedef struct auctreg_blockers auctreg_blockers;

/**
 * @brief Create a context: role applicant, actor "", today "" (must be set
 * before anything that checks a window), time 0, default rules of the
 * application's year, not a member, enterprise not in preparation, no fee
 * choice, no opinion.
 * @param out receives the context (caller frees with auctreg_wf_context_free()).
 * @return 0, #AUCTREG_EINVAL (`arg.null`), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_wf_context_new(auctreg_wf_context **out);

/** @brief Release a context; NULL is a no-op. */
AUCTREG_API void auctreg_wf_context_free(auctreg_wf_context *ctx);

/**
 * @brief Set who acts.
 * @param actor_id management number, USCC, 2-digit province code or any id
 *   for national/admin/system (copied; NULL means "").
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `role.unknown`, `text.*`), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_wf_context_set_actor(auctreg_wf_context *ctx, auctreg_role role,
                                             const char *actor_id);

/**
 * @brief Set the current time: @p now_us (µs since the epoch) stamps the
 * changes, @p today (ISO date) is compared with the windows.
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `date.format`, `field.range`).
 */
AUCTREG_API int auctreg_wf_context_set_time(auctreg_wf_context *ctx, const char *today, int64_t now_us);

/**
 * @brief Use these rules (copied). NULL returns to the defaults of the
 * application's year.
 * @return 0, #AUCTREG_EINVAL (`arg.null`), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_wf_context_set_rules(auctreg_wf_context *ctx, const auctreg_rules *rules);

/**
 * @brief Facts the application does not carry.
 * @param member non-zero if the auctioneer is a branch member for the
 *   application's year (needed by #AUCTREG_FEE_ALREADY_MEMBER).
 * @param enterprise_preparing non-zero if the enterprise is in preparation (R4).
 * @return 0, #AUCTREG_EINVAL (`arg.null`).
 */
AUCTREG_API int auctreg_wf_context_set_facts(auctreg_wf_context *ctx, int member, int enterprise_preparing);

/**
 * @brief Parameters of the action: the fee choice (#AUCTREG_ACTION_CHOOSE_FEE)
 * and the review opinion (approve/reject; required to reject).
 * @param opinion copied; NULL means none.
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `fee.choice.invalid`, `text.*`), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_wf_context_set_params(auctreg_wf_context *ctx, auctreg_fee_choice choice,
                                              const char *opinion);

/**
 * @brief Every action this actor can take on @p app now.
 * @param mask receives the OR of #AUCTREG_ACTION_BIT of each action whose
 *   blocker list is empty.
 * @return 0, #AUCTREG_EINVAL (`arg.null`).
 */
AUCTREG_API int auctreg_workflow_available(const auctreg_application *app, const auctreg_wf_context *ctx,
                                           uint32_t *mask);

/**
 * @brief Every reason why @p action cannot be taken now; nothing changes.
 *
 * Reasons: `workflow.role.denied`, `workflow.scope.denied`,
 * `workflow.state.invalid`, `application.final`, `review.level.not_reached`,
 * `review.level.skipped`, `review.opinion.required`,
 * `window.<level>.not_open`, `window.<level>.closed` (level = applicant,
 * enterprise, province, national), `fee.choice.invalid`, `fee.not_member`,
 * `fee.unpaid`, `ce.hours.insufficient` (R3), `enterprise.preparing.consent_missing`
 * (R4), plus the field problems of the submission checks (R5/R6) with their
 * field paths.
 * @param out receives the list, empty when the action is possible (caller
 *   frees with auctreg_blockers_free()).
 * @return 0, #AUCTREG_EINVAL (`arg.null`, `action.unknown`), #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_workflow_blockers(const auctreg_application *app, const auctreg_wf_context *ctx,
                                          auctreg_action action, auctreg_blockers **out);

/**
 * @brief Apply @p action to @p app: state, reviews, fee fields, counters,
 * timestamps and version (+1) change together, or nothing changes.
 *
 * #AUCTREG_ACTION_EDIT applies the workflow consequences of an edit already
 * made to the object (R10: in review the levels reset to pending and the
 * application returns to the enterprise; while rejected the levels reset;
 * submitted or awaiting payment, the state stays and the submission checks run).
 * @return 0; #AUCTREG_EDENIED (role or scope; reason of the first blocker);
 *   #AUCTREG_ESTATE (any other blocker; every blocker attached as a problem);
 *   #AUCTREG_EINVAL when the only blockers are submission-content problems
 *   (every problem attached); #AUCTREG_ENOMEM.
 */
AUCTREG_API int auctreg_workflow_apply(auctreg_application *app, const auctreg_wf_context *ctx,
                                       auctreg_action action);

/** @brief Number of blockers (0 for NULL). */
AUCTREG_API size_t auctreg_blockers_count(const auctreg_blockers *b);
/** @brief Reason code of blocker @p i (borrowed), NULL if out of range. */
AUCTREG_API const char *auctreg_blockers_reason(const auctreg_blockers *b, size_t i);
/** @brief Field path of blocker @p i ("" for a state blocker), NULL if out of range. */
AUCTREG_API const char *auctreg_blockers_field(const auctreg_blockers *b, size_t i);
/** @brief Message of blocker @p i in @p lang (borrowed), NULL if out of range. */
AUCTREG_API const char *auctreg_blockers_message(const auctreg_blockers *b, size_t i, auctreg_lang lang);
/** @brief Release a blocker list; NULL is a no-op. */
AUCTREG_API void auctreg_blockers_free(auctreg_blockers *b);

/** @brief Stable code of an action, e.g. "approve_province"; NULL if unknown. */
AUCTREG_API const char *auctreg_action_code(auctreg_action action);
/** @brief Display name of an action ("省拍协审核通过" / "Provincial approval"); NULL if unknown. */
AUCTREG_API const char *auctreg_action_label(auctreg_action action, auctreg_lang lang);
/**
 * @brief Action from its code.
 * @return 0, #AUCTREG_EINVAL (`arg.null`), #AUCTREG_ENOTFOUND (`action.unknown`).
 */
AUCTREG_API int auctreg_action_from_code(const char *code, auctreg_action *out);

/**
 * @brief Review level an action decides at.
 * @return the #auctreg_level, or -1 for an action that is not a review decision.
 */
AUCTREG_API int auctreg_action_level(auctreg_action action);

/**
 * @brief The transition table as a Graphviz DOT digraph.
 * @return a NUL-terminated string the caller frees with auctreg_free(), or
 *   NULL on memory exhaustion (last error #AUCTREG_ENOMEM).
 */
AUCTREG_API char *auctreg_workflow_dot(void);

/**
 * @brief The transition table as a Mermaid `stateDiagram-v2`.
 * @return a string the caller frees with auctreg_free(), or NULL (#AUCTREG_ENOMEM).
 */
AUCTREG_API char *auctreg_workflow_mermaid(void);

AUCTREG_END_DECL

#endif /* AUCTREG_WORKFLOW_H */
