/* Test data shared by the workflow, registry and fee tests (static inline: no link changes). */
#ifndef AUCTREG_TEST_FIXTURES_H
#define AUCTREG_TEST_FIXTURES_H

#include <check.h>
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

#endif
