/*
 * Internals of the workflow shared with the registry: the evaluation context
 * as a plain struct (kept on the stack, borrowed pointers, no allocation) and
 * the evaluate/apply entry points behind the public API.
 */
#ifndef AUCTREG_WORKFLOW_INTERNAL_H
#define AUCTREG_WORKFLOW_INTERNAL_H

#include <stdbool.h>

#include "auctreg/workflow.h"
#include "rules/rules_internal.h"
#include "util/util.h"

struct auctreg_validate_options;

typedef struct auctreg__wf_ctx {
    auctreg_role role;
    const char *actor;                 /* borrowed, never NULL */
    char today[11];                    /* ISO date, "" = unknown */
    int64_t now_us;
    const struct auctreg_rules *rules; /* NULL = defaults of the application's year */
    bool member;                       /* member for the application's year */
    bool preparing;                    /* enterprise in preparation (R4) */
    auctreg_fee_choice choice;         /* CHOOSE_FEE parameter */
    const char *opinion;               /* approve/reject parameter (may be NULL) */
    const struct auctreg_validate_options *vopts; /* NULL = defaults */
} auctreg__wf_ctx;

/* Kinds of blockers, from the most to the least severe. */
enum { AUCTREG__WF_DENY = 1, AUCTREG__WF_STATE = 2, AUCTREG__WF_CONTENT = 4 };

/*
 * Collect every blocker of `action` into *out (appended). *kinds receives the
 * OR of the kinds found (0 = allowed). When ignore_params, the parameter
 * guards (opinion, fee choice) are not evaluated ("could this actor do it").
 */
void auctreg__wf_evaluate(const auctreg_application *app, const auctreg__wf_ctx *ctx, auctreg_action action,
                          bool ignore_params, auctreg__problems *out, int *kinds);

/* Is the application inside the scope of (role, actor)? */
bool auctreg__wf_in_scope(const auctreg_application *app, auctreg_role role, const char *actor);

/* May (role, actor) fire `action` on this application at all (role and scope only)? */
bool auctreg__wf_permits(const auctreg_application *app, auctreg_role role, const char *actor,
                         auctreg_action action);

/* Evaluate then apply; sets the last error exactly like auctreg_workflow_apply(). */
int auctreg__wf_apply(auctreg_application *app, const auctreg__wf_ctx *ctx, auctreg_action action);

/* The public queries on an internal context. */
int auctreg__wf_available(const auctreg_application *app, const auctreg__wf_ctx *ctx, uint32_t *mask);
int auctreg__wf_blockers(const auctreg_application *app, const auctreg__wf_ctx *ctx, auctreg_action action,
                         auctreg_blockers **out);

/* Blocker list -> error code and last error (problems moved). */
int auctreg__wf_fail(auctreg_action action, auctreg__problems *p, int kinds);

/* The submission checks (R3-R6) of `app` as problems (content.c). */
void auctreg__wf_content(const auctreg_application *app, const auctreg__wf_ctx *ctx,
                         const struct auctreg_rules *rules, auctreg__problems *out);

/*
 * Problems that make a stored application unreachable by the workflow (restoring one from
 * outside, e.g. the XML import): reviews that do not fit the state and the province's chain,
 * a fee not settled in review or beyond, a payment before submission. Appends to out.
 */
void auctreg__wf_consistency(const auctreg_application *app, const struct auctreg_rules *rules,
                             auctreg__problems *out);

/* Reset every level per the chain: PENDING if it reviews, SKIPPED otherwise (opinions kept). */
void auctreg__wf_reset_reviews(auctreg_application *app, const struct auctreg_rules *rules);

#endif
