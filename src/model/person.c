/* The personal-data container (auctreg/person.h). */
#include <stdlib.h>
#include <string.h>

#include "auctreg/person.h"
#include "util/util.h"

struct auctreg_person {
    char *v[AUCTREG_PERSON_FIELD_COUNT]; /* NULL = "" */
};

static const char *const field_names[AUCTREG_PERSON_FIELD_COUNT] = {
    "name", "gender", "id_type", "id_number", "id_valid_until", "mgmt_no",
    "birth_date", "work_start_date", "political_status", "ethnicity", "nationality",
    "education", "postal_code", "phone", "email", "residence_city", "residence_county",
    "address",
};

int auctreg_person_new(auctreg_person **out)
{
    if (!out)
        return auctreg__null_arg("auctreg_person_new", "out");
    *out = calloc(1, sizeof **out);
    return *out ? 0 : auctreg__oom();
}

void auctreg_person_free(auctreg_person *p)
{
    if (!p)
        return;
    for (int i = 0; i < AUCTREG_PERSON_FIELD_COUNT; i++)
        free(p->v[i]);
    free(p);
}

int auctreg_person_dup(auctreg_person **out, const auctreg_person *src)
{
    if (!out || !src)
        return auctreg__null_arg("auctreg_person_dup", !out ? "out" : "src");
    auctreg_person *p = calloc(1, sizeof *p);
    if (!p)
        return auctreg__oom();
    for (int i = 0; i < AUCTREG_PERSON_FIELD_COUNT; i++) {
        if (src->v[i] && !(p->v[i] = strdup(src->v[i]))) {
            auctreg_person_free(p);
            return auctreg__oom();
        }
    }
    *out = p;
    return 0;
}

static int bad_field(int field)
{
    return auctreg__fail(AUCTREG_EINVAL, "field.unknown", "未知的字段：%d", "unknown field: %d", field);
}

int auctreg_person_set(auctreg_person *p, auctreg_person_field field, const char *value)
{
    if (!p)
        return auctreg__null_arg("auctreg_person_set", "p");
    if ((unsigned)field >= AUCTREG_PERSON_FIELD_COUNT)
        return bad_field((int)field);
    int rc = auctreg__check_text(field_names[field], value, AUCTREG_PERSON_VALUE_MAX,
                                 false);
    if (rc)
        return rc;
    char *copy = NULL;
    if (value && *value && !(copy = strdup(value)))
        return auctreg__oom();
    free(p->v[field]);
    p->v[field] = copy;
    return 0;
}

const char *auctreg_person_get(const auctreg_person *p, auctreg_person_field field)
{
    if (!p || (unsigned)field >= AUCTREG_PERSON_FIELD_COUNT)
        return NULL;
    return p->v[field] ? p->v[field] : "";
}

const char *auctreg_person_field_name(auctreg_person_field field)
{
    return (unsigned)field < AUCTREG_PERSON_FIELD_COUNT ? field_names[field] : NULL;
}

int auctreg_person_field_from_name(const char *name, auctreg_person_field *out)
{
    if (!name || !out)
        return auctreg__null_arg("auctreg_person_field_from_name", !name ? "name" : "out");
    for (int i = 0; i < AUCTREG_PERSON_FIELD_COUNT; i++)
        if (strcmp(field_names[i], name) == 0) {
            *out = (auctreg_person_field)i;
            return 0;
        }
    return auctreg__fail(AUCTREG_ENOTFOUND, "field.unknown", "未知的字段：%s", "unknown field: %s", name);
}
