/* The practice record print-out (执业记录) as XML: see auctreg__xml_practice_record(). */
#include <stdlib.h>
#include <string.h>

#include "auctreg/codes.h"
#include "model/model.h"
#include "xml/xml_internal.h"

/* The code table behind a person field, or -1 for free text. */
static int person_table(auctreg_person_field f)
{
    switch (f) {
    case AUCTREG_PERSON_GENDER: return AUCTREG_CODES_GENDER;
    case AUCTREG_PERSON_ID_TYPE: return AUCTREG_CODES_ID_TYPE;
    case AUCTREG_PERSON_POLITICAL_STATUS: return AUCTREG_CODES_POLITICAL_STATUS;
    case AUCTREG_PERSON_ETHNICITY: return AUCTREG_CODES_ETHNICITY;
    case AUCTREG_PERSON_NATIONALITY: return AUCTREG_CODES_NATIONALITY;
    case AUCTREG_PERSON_EDUCATION: return AUCTREG_CODES_EDUCATION;
    case AUCTREG_PERSON_RESIDENCE_CITY:
    case AUCTREG_PERSON_RESIDENCE_COUNTY: return AUCTREG_CODES_DIVISION;
    default: return -1;
    }
}

static int cmp_desc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x < y) - (x > y);
}

static bool has_year(const int *years, size_t n, int year)
{
    for (size_t i = 0; i < n; i++)
        if (years[i] == year)
            return true;
    return false;
}

int auctreg__xml_practice_record(auctreg__xw *w, const auctreg__xml_pr *pr)
{
    /* Every year: those of the applications and those of the master data, newest first, once. */
    size_t n = 0, cap = pr->n_registered + pr->n_apps;
    int *years = auctreg__calloc(cap ? cap : 1, sizeof *years);
    if (!years)
        return auctreg__oom();
    for (size_t i = 0; i < pr->n_registered; i++)
        if (!has_year(years, n, pr->registered[i]))
            years[n++] = pr->registered[i];
    for (size_t i = 0; i < pr->n_apps; i++) {
        int y = (int)auctreg_application_get_int(pr->apps[i], AUCTREG_APP_YEAR);
        if (y && !has_year(years, n, y))
            years[n++] = y;
    }
    qsort(years, n, sizeof *years, cmp_desc);

    auctreg__xw_decl(w);
    auctreg__xw_start(w, "practice_record");
    auctreg__xw_attr(w, "xmlns", AUCTREG__XML_NS);
    auctreg__xw_attr(w, "mgmt_no", pr->mgmt_no);
    auctreg__xw_attr(w, "generated_on", pr->today);

    auctreg__xw_start(w, "person");
    for (int f = 0; f < AUCTREG_PERSON_FIELD_COUNT; f++) {
        const char *v = auctreg_person_get(pr->person, (auctreg_person_field)f);
        if (f == AUCTREG_PERSON_NAME && (!v || !*v))
            v = pr->name;
        if (!v || !*v)
            continue;
        const char *name = auctreg_person_field_name((auctreg_person_field)f);
        int table = person_table((auctreg_person_field)f);
        const char *label = table >= 0 ? auctreg_codes_label((auctreg_code_table)table, v, AUCTREG_LANG_ZH) : NULL;
        auctreg__xw_start(w, name);
        if (label)
            auctreg__xw_attr(w, "label", label);
        auctreg__xw_text(w, v);
        auctreg__xw_end(w, name);
    }
    auctreg__xw_end(w, "person");

    if (pr->enterprise_uscc && *pr->enterprise_uscc) {
        char province[7];
        snprintf(province, sizeof province, "%02d0000", pr->enterprise_province);
        const char *label = auctreg_codes_label(AUCTREG_CODES_DIVISION, province, AUCTREG_LANG_ZH);
        auctreg__xw_start(w, "enterprise");
        auctreg__xw_attr(w, "uscc", pr->enterprise_uscc);
        auctreg__xw_attr_i64(w, "province", pr->enterprise_province);
        if (label)
            auctreg__xw_attr(w, "province_label", label);
        auctreg__xw_text(w, pr->enterprise_name);
        auctreg__xw_end(w, "enterprise");
    }

    for (size_t k = 0; k < n; k++) {
        const auctreg_application *a = NULL;
        for (size_t i = 0; i < pr->n_apps && !a; i++)
            if (auctreg_application_get_int(pr->apps[i], AUCTREG_APP_YEAR) == years[k])
                a = pr->apps[i];
        auctreg__xw_start(w, "registration");
        auctreg__xw_attr_i64(w, "year", years[k]);
        int state = a ? (int)auctreg_application_get_int(a, AUCTREG_APP_STATE) : AUCTREG_STATE_APPROVED;
        auctreg__xw_attr(w, "state", auctreg_enum_code(AUCTREG_ENUM_APP_STATE, state));
        if (a) {
            auctreg__xw_attr(w, "type", auctreg_enum_code(AUCTREG_ENUM_APP_TYPE,
                                                          (int)auctreg_application_get_int(a, AUCTREG_APP_TYPE)));
            auctreg__xw_attr(w, "pay_status",
                             auctreg_enum_code(AUCTREG_ENUM_PAY_STATUS,
                                               (int)auctreg_application_get_int(a, AUCTREG_APP_PAY_STATUS)));
            auctreg__xw_attr_i64(w, "ce_total_tenths", auctreg_application_ce_total_tenths(a));
        }
        if (has_year(pr->members, pr->n_members, years[k]))
            auctreg__xw_attr(w, "member", "true");
        if (a && a->n_practice) {
            auctreg__xw_start(w, "practice");
            for (size_t i = 0; i < a->n_practice; i++) {
                const char *label =
                    auctreg_codes_label(AUCTREG_CODES_SUBJECT_TYPE, a->practice[i].subject, AUCTREG_LANG_ZH);
                auctreg__xw_start(w, "record");
                auctreg__xw_attr_i64(w, "sessions", a->practice[i].sessions);
                auctreg__xw_attr(w, "subject", a->practice[i].subject);
                auctreg__xw_attr_i64(w, "turnover_yuan", a->practice[i].turnover_yuan);
                if (label)
                    auctreg__xw_attr(w, "subject_label", label);
                auctreg__xw_end(w, "record");
            }
            auctreg__xw_end(w, "practice");
        }
        if (a)
            auctreg__xml_ce_write(w, a);
        auctreg__xw_end(w, "registration");
    }
    auctreg__xw_end(w, "practice_record");
    auctreg__mfree(years);
    return w->buf.oom ? auctreg__oom() : 0;
}
