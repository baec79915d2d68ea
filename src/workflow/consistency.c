/* Is a stored application a state the workflow can reach? (used when restoring one from
 * outside, e.g. the XML import: an imported application must obey the same rules). */
#include <string.h>

#include "model/model.h"
#include "workflow/workflow_internal.h"

static const char *const level_field[AUCTREG_LEVEL_COUNT] = {"reviews.enterprise", "reviews.province",
                                                               "reviews.national"};

static void bad_review(auctreg__problems *out, int level, const char *state_code)
{
    auctreg__problems_add(out, level_field[level], "application.reviews.inconsistent",
                          "审核状态与申请状态 %s 不符", "the review status does not fit the state %s", state_code);
}

void auctreg__wf_consistency(const auctreg_application *a, const struct auctreg_rules *rules,
                             auctreg__problems *out)
{
    int state = (int)a->num[AUCTREG_APP_STATE];
    const char *code = auctreg_enum_code(AUCTREG_ENUM_APP_STATE, state);
    unsigned chain = auctreg__rules_chain(rules, (int)a->num[AUCTREG_APP_PROVINCE]);
    int st[AUCTREG_LEVEL_COUNT];
    /* Once submitted into review (review states, approved, rejected), a level is skipped
     * exactly when the province's chain skips it; before that a skipped level may still read
     * pending, but a level the chain reviews is never skipped. */
    bool in_review = (state >= AUCTREG_STATE_ENTERPRISE_REVIEW && state <= AUCTREG_STATE_APPROVED);
    for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
        st[l] = a->review[l].status;
        bool reviews = chain & AUCTREG_CHAIN_BIT(l);
        if ((st[l] == AUCTREG_REVIEW_SKIPPED && reviews) || (in_review && !reviews && st[l] != AUCTREG_REVIEW_SKIPPED))
            bad_review(out, l, code ? code : "?");
    }
    /* What each state allows: levels before the current one approved (or skipped), the rest pending. */
    int current = state == AUCTREG_STATE_ENTERPRISE_REVIEW ? AUCTREG_LEVEL_ENTERPRISE
                  : state == AUCTREG_STATE_PROVINCE_REVIEW ? AUCTREG_LEVEL_PROVINCE
                  : state == AUCTREG_STATE_NATIONAL_REVIEW ? AUCTREG_LEVEL_NATIONAL
                  : state == AUCTREG_STATE_APPROVED        ? AUCTREG_LEVEL_COUNT
                                                           : -1;
    if (current >= 0) {
        if (current == AUCTREG_LEVEL_PROVINCE && !(chain & AUCTREG_CHAIN_BIT(AUCTREG_LEVEL_PROVINCE)))
            auctreg__problems_add(out, "state", "application.state.inconsistent",
                                  "该省份的审核流程不经过省拍协，申请不能处于 %s",
                                  "the province's chain skips the provincial level: the state cannot be %s", code);
        for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
            bool ok = l < current ? st[l] == AUCTREG_REVIEW_APPROVED || st[l] == AUCTREG_REVIEW_SKIPPED
                                  : st[l] == AUCTREG_REVIEW_PENDING || st[l] == AUCTREG_REVIEW_SKIPPED;
            if (!ok)
                bad_review(out, l, code);
        }
    } else if (state == AUCTREG_STATE_REJECTED) {
        /* one level rejected, those before it approved, those after pending; or, after an
         * edit, every level pending again */
        int rejected = -1;
        for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++)
            if (st[l] == AUCTREG_REVIEW_REJECTED && rejected < 0)
                rejected = l;
        for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++) {
            bool ok = rejected < 0 ? st[l] == AUCTREG_REVIEW_PENDING || st[l] == AUCTREG_REVIEW_SKIPPED
                      : l < rejected  ? st[l] == AUCTREG_REVIEW_APPROVED || st[l] == AUCTREG_REVIEW_SKIPPED
                      : l == rejected ? true
                                      : st[l] == AUCTREG_REVIEW_PENDING || st[l] == AUCTREG_REVIEW_SKIPPED;
            if (!ok)
                bad_review(out, l, code);
        }
    } else {
        /* before review (draft, submitted, awaiting payment, withdrawn): no decision yet */
        for (int l = 0; l < AUCTREG_LEVEL_COUNT; l++)
            if (st[l] == AUCTREG_REVIEW_APPROVED || st[l] == AUCTREG_REVIEW_REJECTED)
                bad_review(out, l, code ? code : "?");
    }
    /* Fees (R7, R8): review and beyond need the fee settled; awaiting payment needs something due. */
    int64_t choice = a->num[AUCTREG_APP_FEE_CHOICE], pay = a->num[AUCTREG_APP_PAY_STATUS];
    bool settled = (pay == AUCTREG_PAY_PAID && choice == AUCTREG_FEE_REGISTRATION) ||
                   (pay == AUCTREG_PAY_MEMBER_EXEMPT &&
                    (choice == AUCTREG_FEE_MEMBERSHIP || choice == AUCTREG_FEE_ALREADY_MEMBER));
    bool reviewed = current >= 0 || state == AUCTREG_STATE_REJECTED;
    if (reviewed && !settled)
        auctreg__problems_add(out, "pay_status", "application.payment.inconsistent",
                              "申请处于 %s，但费用尚未结清", "the state is %s but the fee is not settled", code);
    if (state == AUCTREG_STATE_AWAITING_PAYMENT &&
        !(pay == AUCTREG_PAY_UNPAID && (choice == AUCTREG_FEE_REGISTRATION || choice == AUCTREG_FEE_MEMBERSHIP)))
        auctreg__problems_add(out, "pay_status", "application.payment.inconsistent",
                              "待付款的申请必须已选择缴费方式且未付款",
                              "an application awaiting payment has a fee choice and is unpaid");
    if (!reviewed && state != AUCTREG_STATE_AWAITING_PAYMENT && pay != AUCTREG_PAY_UNPAID)
        auctreg__problems_add(out, "pay_status", "application.payment.inconsistent",
                              "申请处于 %s，不应已付款", "the state is %s: nothing can be paid yet", code);
}
