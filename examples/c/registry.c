/*
 * Embedding libauctreg in C: a registry in memory, one renewal from the draft to the final
 * approval, a stale version refused, and the history list read back.
 *
 *   cc registry.c $(pkg-config --cflags --libs auctreg) -o registry
 *
 * Every registry call names its actor (role, id) and is one transaction: it changes everything
 * it should, or nothing. Mutating calls take the version the caller last saw.
 */
#include <inttypes.h>
#include <stdio.h>

#include <auctreg.h>

#define ENT "91320100134782562N" /* a valid Unified Social Credit Code (Nanjing) */

static int fail(const char *what, int rc)
{
    fprintf(stderr, "%s: %s [%s] %s\n", what, auctreg_status_name(rc), auctreg_error_reason(),
            auctreg_error_message());
    return 1;
}

/* The version of an application as the actor sees it now (0 if it cannot be read). */
static int64_t version_of(auctreg_registry *r, auctreg_role role, const char *actor, int64_t id)
{
    auctreg_application *app = NULL;
    int64_t v = 0;
    if (auctreg_registry_get_application(r, role, actor, id, &app) == 0)
        v = auctreg_application_get_int(app, AUCTREG_APP_VERSION);
    auctreg_application_free(app);
    return v;
}

int main(void)
{
    auctreg_error_set_language(AUCTREG_LANG_EN);
    auctreg_registry *r = NULL;
    int rc = auctreg_registry_open(&r, ":memory:", NULL); /* or a file path */
    if (rc)
        return fail("open", rc);
    auctreg_registry_set_today(r, "2025-11-20"); /* the clock is injectable; 2026 is next year */

    /* Master data (administrator): an enterprise and an auctioneer practising in 2025. */
    if ((rc = auctreg_registry_put_enterprise(r, AUCTREG_ROLE_ADMIN, "admin", ENT, "江苏金陵拍卖有限公司", 32,
                                              AUCTREG_ENTERPRISE_ACTIVE, NULL)) ||
        (rc = auctreg_registry_put_auctioneer(r, AUCTREG_ROLE_ADMIN, "admin", "3200115", "张伟", ENT, NULL)) ||
        (rc = auctreg_registry_import_registration_year(r, AUCTREG_ROLE_ADMIN, "admin", "3200115", 2025)))
        return fail("master data", rc);

    /* The applicant's draft: 45 CE hours. The library decides the type (R1). */
    auctreg_application *content = NULL;
    int64_t id = 0;
    auctreg_application_new(&content);
    auctreg_application_ce_add(content, "拍卖师网络继续教育", 450);
    rc = auctreg_registry_create_application(r, AUCTREG_ROLE_APPLICANT, "3200115", content, &id);
    auctreg_application_free(content);
    if (rc)
        return fail("create", rc);

    int64_t v = version_of(r, AUCTREG_ROLE_APPLICANT, "3200115", id);
    if ((rc = auctreg_registry_submit(r, AUCTREG_ROLE_APPLICANT, "3200115", id, v, &v)) ||
        (rc = auctreg_registry_choose_fee(r, AUCTREG_ROLE_APPLICANT, "3200115", id, v, AUCTREG_FEE_REGISTRATION, &v)))
        return fail("submit", rc);

    /* A stale version is refused and changes nothing. */
    rc = auctreg_registry_submit(r, AUCTREG_ROLE_APPLICANT, "3200115", id, v - 1, NULL);
    printf("stale version: %s (%s)\n", auctreg_status_name(rc), auctreg_error_reason());

    /* Payment: the portal creates the order, the gateway's callback confirms it. */
    char *ref = NULL, *receipt = NULL;
    int64_t amount = 0;
    int already = 0;
    rc = auctreg_registry_create_payment_order(r, AUCTREG_ROLE_APPLICANT, "3200115", id, v, "张伟",
                                               "zhangwei@example.com", "13813905521", AUCTREG_CHANNEL_WECHAT,
                                               NULL, &ref, &amount);
    if (rc)
        return fail("order", rc);
    printf("order %s: %" PRId64 ".%02" PRId64 " yuan\n", ref, amount / 100, amount % 100);
    rc = auctreg_registry_confirm_payment(r, AUCTREG_ROLE_ADMIN, "gateway", ref, "4200002025112012345678", amount,
                                          &already, &receipt);
    auctreg_free(ref);
    if (rc)
        return fail("confirm", rc);
    printf("receipt %s\n", receipt);
    auctreg_free(receipt);

    /* Three review levels, in order, each by its own reviewer. */
    struct {
        auctreg_role role;
        const char *actor;
        auctreg_level level;
    } chain[] = {{AUCTREG_ROLE_ENTERPRISE, ENT, AUCTREG_LEVEL_ENTERPRISE},
                 {AUCTREG_ROLE_PROVINCE, "32", AUCTREG_LEVEL_PROVINCE},
                 {AUCTREG_ROLE_NATIONAL, "national", AUCTREG_LEVEL_NATIONAL}};
    for (size_t i = 0; i < 3; i++) {
        v = version_of(r, chain[i].role, chain[i].actor, id);
        if ((rc = auctreg_registry_approve(r, chain[i].role, chain[i].actor, id, v, chain[i].level, NULL, NULL)))
            return fail("approve", rc);
    }

    /* The history list (R11), as the applicant sees it. */
    auctreg_rows *rows = NULL;
    if ((rc = auctreg_registry_history(r, AUCTREG_ROLE_APPLICANT, "3200115", "3200115", 0, 20, &rows)))
        return fail("history", rc);
    for (size_t i = 0; i < auctreg_rows_count(rows); i++)
        printf("%" PRId64 " %s %s %s\n", auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_YEAR),
               auctreg_enum_code(AUCTREG_ENUM_APP_TYPE, (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_TYPE)),
               auctreg_enum_code(AUCTREG_ENUM_PAY_STATUS, (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_PAY_STATUS)),
               auctreg_enum_code(AUCTREG_ENUM_APP_STATE, (int)auctreg_rows_get_int(rows, i, AUCTREG_HISTORY_STATE)));
    printf("%" PRId64 " rows, page %" PRId64 " of %" PRId64 "\n", auctreg_rows_total(rows), auctreg_rows_page(rows),
           auctreg_rows_pages(rows));
    auctreg_rows_free(rows);
    int practising = 0;
    auctreg_registry_is_practising(r, "3200115", 2026, &practising);
    printf("practising in 2026: %s\n", practising ? "yes" : "no");
    auctreg_registry_close(r);
    return 0;
}
