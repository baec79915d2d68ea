/* The submission checks a workflow guard runs (R3-R6). */
#include <string.h>

#include "model/model.h"
#include "validate/validate_internal.h"
#include "workflow/workflow_internal.h"

void auctreg__wf_content(const auctreg_application *app, const auctreg__wf_ctx *ctx,
                         const struct auctreg_rules *rules, auctreg__problems *out)
{
    int type = (int)app->num[AUCTREG_APP_TYPE];
    /* R3: renewals and re-registrations need the year's CE minimum. */
    if (type == AUCTREG_TYPE_RENEWAL || type == AUCTREG_TYPE_REREGISTRATION) {
        int64_t total = auctreg_application_ce_total_tenths(app);
        if (total < rules->ce_min_tenths)
            auctreg__problems_add(out, "ce", "ce.hours.insufficient",
                                  "继续教育总学时 %lld.%lld 不足 %lld.%lld 学时，不能提交",
                                  "continuing education totals %lld.%lld hours, below the minimum of %lld.%lld",
                                  (long long)(total / 10), (long long)(total % 10),
                                  (long long)(rules->ce_min_tenths / 10), (long long)(rules->ce_min_tenths % 10));
    }
    /* R4: an enterprise in preparation must consent in writing. */
    if (ctx->preparing && auctreg_application_document_find(app, "consent") < 0)
        auctreg__problems_add(out, "documents", "enterprise.preparing.consent_missing",
                              "所在拍卖企业处于筹建状态：请先去筹，或上传企业同意拍卖师注册说明",
                              "the enterprise is in preparation: it must leave preparation first, or a consent "
                              "document (企业同意拍卖师注册说明) must be attached");
    /* R5 and the records' fields, the documents, and R6 for a first registration: the validator. */
    auctreg_validate_options o;
    if (ctx->vopts)
        o = *ctx->vopts;
    else
        auctreg_validate_options_init(&o, AUCTREG_VALIDATE_OPTIONS_VERSION);
    o.today = ctx->today[0] ? ctx->today : NULL;
    auctreg__validate_practice_into(out, app, &o);
    auctreg__validate_ce_into(out, app, &o);
    auctreg__validate_documents_into(out, app, &o);
    if (type == AUCTREG_TYPE_FIRST) {
        if (!app->person)
            auctreg__problems_add(out, "person", "person.missing", "首次注册须填写个人信息",
                                  "a first registration needs the personal data");
        else {
            auctreg__validate_person_into(out, app->person, &o, "person");
            /* The personal data must be the applicant's own (R6: 执业证书管理号). */
            const char *pm = auctreg_person_get(app->person, AUCTREG_PERSON_MGMT_NO);
            const char *am = app->text[AUCTREG_APP_MGMT_NO] ? app->text[AUCTREG_APP_MGMT_NO] : "";
            if (*pm && *am && strcmp(pm, am) != 0)
                auctreg__problems_add(out, "person.mgmt_no", "auctioneer.mgmt_no.mismatch",
                                      "个人资料中的管理号 %s 与申请人的管理号 %s 不一致",
                                      "the management number %s in the personal data differs from the applicant's %s",
                                      pm, am);
        }
    }
}
