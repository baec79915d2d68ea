/* Test data shared by the workflow, registry and fee tests (static inline: no link changes). */
#ifndef AUCTREG_TEST_FIXTURES_H
#define AUCTREG_TEST_FIXTURES_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "auctreg.h"

/* A minimal PDF (the validator accepts PDF, JPEG and PNG documents). */
static const char FIX_PDF[] = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/* USCC with its GB 32100-2015 check character computed from the first 17 characters. */
static inline void fix_uscc(char out[19], const char *first17)
{
    static const char cs[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static const int w[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; i++)
        sum += (int)(strchr(cs, first17[i]) - cs) * w[i];
    memcpy(out, first17, 17);
    out[17] = cs[(31 - sum % 31) % 31];
    out[18] = '\0';
}

/* 王蓓, the manual's first registration (R6): every field valid and consistent. */
static inline auctreg_person *fix_wang_bei(void)
{
    auctreg_person *p = NULL;
    ck_assert_int_eq(auctreg_person_new(&p), 0);
    static const struct {
        auctreg_person_field f;
        const char *v;
    } v[] = {
        {AUCTREG_PERSON_NAME, "王蓓"},
        {AUCTREG_PERSON_GENDER, "2"},
        {AUCTREG_PERSON_ID_TYPE, "resident_id"},
        {AUCTREG_PERSON_ID_NUMBER, "410103198007250027"},
        {AUCTREG_PERSON_ID_VALID_UNTIL, "2035-07-25"},
        {AUCTREG_PERSON_MGMT_NO, "3200278"},
        {AUCTREG_PERSON_BIRTH_DATE, "1980-07-25"},
        {AUCTREG_PERSON_WORK_START_DATE, "2005-03-01"},
        {AUCTREG_PERSON_POLITICAL_STATUS, "13"},
        {AUCTREG_PERSON_ETHNICITY, "01"},
        {AUCTREG_PERSON_NATIONALITY, "CHN"},
        {AUCTREG_PERSON_EDUCATION, "21"},
        {AUCTREG_PERSON_POSTAL_CODE, "450000"},
        {AUCTREG_PERSON_PHONE, "13800138000"},
        {AUCTREG_PERSON_EMAIL, "wangbei@example.com"},
        {AUCTREG_PERSON_RESIDENCE_CITY, "410100"},
        {AUCTREG_PERSON_RESIDENCE_COUNTY, "410103"},
        {AUCTREG_PERSON_ADDRESS, "河南省郑州市二七区大学路1号"},
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        ck_assert_msg(auctreg_person_set(p, v[i].f, v[i].v) == 0, "person field %d: %s", (int)v[i].f, auctreg_error_reason());
    return p;
}

/* Add CE records totalling `tenths` (in two records). */
static inline void fix_ce(auctreg_application *a, int64_t tenths)
{
    ck_assert_int_eq(auctreg_application_ce_add(a, "拍卖法律法规更新", tenths / 2), 0);
    ck_assert_int_eq(auctreg_application_ce_add(a, "拍卖实务与职业道德", tenths - tenths / 2), 0);
}

/* Add the previous year's practice records (R5). */
static inline void fix_practice(auctreg_application *a)
{
    ck_assert_int_eq(auctreg_application_practice_add(a, 12, "real_estate", 3500000), 0);
    ck_assert_int_eq(auctreg_application_practice_add(a, 3, "art", 800000), 0);
}

/* Add the enterprise's consent document (R4). */
static inline void fix_consent(auctreg_application *a)
{
    ck_assert_int_eq(auctreg_application_document_add(a, "consent", "consent.pdf", FIX_PDF, sizeof FIX_PDF - 1), 0);
}

/* ---------------------------------------------------------------- a registry with master data */

#define FIX_REN "3200101"   /* practising in 2025: renewal */
#define FIX_REREG "3200102" /* registered in 2023 only: re-registration */
#define FIX_WANG "3200278"  /* 王蓓: never registered, first registration */
#define FIX_BJ "1100001"    /* Beijing enterprise: no provincial level */
#define FIX_PREP "3200103"  /* enterprise in preparation (R4) */
#define FIX_MEMB "3200104"  /* renewal, already a branch member for 2026 */
#define FIX_ADMIN AUCTREG_ROLE_ADMIN, "admin"

typedef struct fix_world {
    auctreg_registry *r;
    char js[19], bj[19], prep[19], hn[19];
} fix_world;

static inline void fix_ok(int rc)
{
    ck_assert_msg(rc == 0, "expected success, got %s (%s: %s)", auctreg_status_name(rc), auctreg_error_reason(),
                  auctreg_error_message_lang(AUCTREG_LANG_EN));
}

static inline void fix_world_master(fix_world *w)
{
    fix_uscc(w->js, "91320100MA1XXXXX0");
    fix_uscc(w->bj, "91110105MA0AAAAA0");
    fix_uscc(w->prep, "91320200MA2BBBBB0");
    fix_uscc(w->hn, "91410100MA3CCCCC0");
    fix_ok(auctreg_registry_put_enterprise(w->r, FIX_ADMIN, w->js, "南京拍卖行有限公司", 32,
                                           AUCTREG_ENTERPRISE_ACTIVE, "2010-05-01"));
    fix_ok(auctreg_registry_put_enterprise(w->r, FIX_ADMIN, w->bj, "北京拍卖有限公司", 11, AUCTREG_ENTERPRISE_ACTIVE,
                                           NULL));
    fix_ok(auctreg_registry_put_enterprise(w->r, FIX_ADMIN, w->prep, "无锡拍卖有限公司（筹）", 32,
                                           AUCTREG_ENTERPRISE_PREPARING, NULL));
    fix_ok(auctreg_registry_put_enterprise(w->r, FIX_ADMIN, w->hn, "郑州拍卖有限公司", 41, AUCTREG_ENTERPRISE_ACTIVE,
                                           NULL));
    auctreg_person *wang = fix_wang_bei();
    fix_ok(auctreg_registry_put_auctioneer(w->r, FIX_ADMIN, FIX_REN, "李明", w->js, NULL));
    fix_ok(auctreg_registry_put_auctioneer(w->r, FIX_ADMIN, FIX_REREG, "张华", w->js, NULL));
    fix_ok(auctreg_registry_put_auctioneer(w->r, FIX_ADMIN, FIX_WANG, "王蓓", w->hn, wang));
    fix_ok(auctreg_registry_put_auctioneer(w->r, FIX_ADMIN, FIX_BJ, "赵京", w->bj, NULL));
    fix_ok(auctreg_registry_put_auctioneer(w->r, FIX_ADMIN, FIX_PREP, "钱筹", w->prep, NULL));
    fix_ok(auctreg_registry_put_auctioneer(w->r, FIX_ADMIN, FIX_MEMB, "孙会", w->js, NULL));
    auctreg_person_free(wang);
    fix_ok(auctreg_registry_import_registration_year(w->r, FIX_ADMIN, FIX_REN, 2024));
    fix_ok(auctreg_registry_import_registration_year(w->r, FIX_ADMIN, FIX_REN, 2025));
    fix_ok(auctreg_registry_import_registration_year(w->r, FIX_ADMIN, FIX_REREG, 2023));
    fix_ok(auctreg_registry_import_registration_year(w->r, FIX_ADMIN, FIX_BJ, 2025));
    fix_ok(auctreg_registry_import_registration_year(w->r, FIX_ADMIN, FIX_PREP, 2025));
    fix_ok(auctreg_registry_import_registration_year(w->r, FIX_ADMIN, FIX_MEMB, 2025));
    fix_ok(auctreg_registry_add_membership_year(w->r, FIX_ADMIN, FIX_MEMB, 2026));
}

/* Open `path` (":memory:" or a file) on 2025-11-20 with the master data above. */
static inline void fix_world_open(fix_world *w, const char *path)
{
    memset(w, 0, sizeof *w);
    fix_ok(auctreg_registry_open(&w->r, path, NULL));
    fix_ok(auctreg_registry_set_today(w->r, "2025-11-20"));
    fix_world_master(w);
}

static inline void fix_world_close(fix_world *w)
{
    auctreg_registry_close(w->r);
    w->r = NULL;
}

/* The current version of an application (read as the national reviewer). */
static inline int64_t fix_ver(fix_world *w, int64_t id)
{
    auctreg_application *a = NULL;
    fix_ok(auctreg_registry_get_application(w->r, AUCTREG_ROLE_NATIONAL, "cn", id, &a));
    int64_t v = auctreg_application_get_int(a, AUCTREG_APP_VERSION);
    auctreg_application_free(a);
    return v;
}

static inline int64_t fix_int(fix_world *w, int64_t id, auctreg_app_field f)
{
    auctreg_application *a = NULL;
    fix_ok(auctreg_registry_get_application(w->r, AUCTREG_ROLE_NATIONAL, "cn", id, &a));
    int64_t v = auctreg_application_get_int(a, f);
    auctreg_application_free(a);
    return v;
}

/* Create `mgmt`'s draft with `ce_tenths` hours of CE and two practice records. */
static inline int64_t fix_create(fix_world *w, const char *mgmt, int64_t ce_tenths)
{
    auctreg_application *c = NULL;
    fix_ok(auctreg_application_new(&c));
    if (ce_tenths)
        fix_ce(c, ce_tenths);
    fix_practice(c);
    int64_t id = 0;
    fix_ok(auctreg_registry_create_application(w->r, AUCTREG_ROLE_APPLICANT, mgmt, c, &id));
    auctreg_application_free(c);
    return id;
}

/* Pay what is due through an order and the gateway confirmation. */
static inline void fix_pay(fix_world *w, int64_t id, const char *mgmt, const char *txn)
{
    char *ref = NULL;
    int64_t amount = 0;
    fix_ok(auctreg_registry_create_payment_order(w->r, AUCTREG_ROLE_APPLICANT, mgmt, id, fix_ver(w, id), "李付",
                                                 "payer@example.com", "13912345678", AUCTREG_CHANNEL_BANK, "ICBC",
                                                 &ref, &amount));
    fix_ok(auctreg_registry_confirm_payment(w->r, AUCTREG_ROLE_SYSTEM, "gateway", ref, txn, amount, NULL, NULL));
    auctreg_free(ref);
}

/* Submit, choose the registration fee and pay: the application is in enterprise review. */
static inline void fix_to_review(fix_world *w, int64_t id, const char *mgmt)
{
    fix_ok(auctreg_registry_submit(w->r, AUCTREG_ROLE_APPLICANT, mgmt, id, fix_ver(w, id), NULL));
    fix_ok(auctreg_registry_choose_fee(w->r, AUCTREG_ROLE_APPLICANT, mgmt, id, fix_ver(w, id),
                                       AUCTREG_FEE_REGISTRATION, NULL));
    char txn[32];
    snprintf(txn, sizeof txn, "TXN-%lld", (long long)id);
    fix_pay(w, id, mgmt, txn);
}

/* Number of audit rows of an application. */
static inline int64_t fix_audit_count(fix_world *w, int64_t id)
{
    auctreg_rows *rows = NULL;
    fix_ok(auctreg_registry_audit(w->r, AUCTREG_ROLE_NATIONAL, "cn", id, 0, 1, &rows));
    int64_t n = auctreg_rows_total(rows);
    auctreg_rows_free(rows);
    return n;
}

#endif
