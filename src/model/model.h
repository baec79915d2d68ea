/*
 * Internal layout of the model containers, shared with the modules above
 * (validate, workflow, store, registry, xml) so they can read lists without
 * copying. Outside src/ only the accessors of auctreg/application.h exist.
 */
#ifndef AUCTREG_MODEL_H
#define AUCTREG_MODEL_H

#include <stdbool.h>
#include <stdio.h>

#include "auctreg/application.h"

typedef struct auctreg__practice {
    int64_t sessions;
    char *subject;
    int64_t turnover_yuan;
} auctreg__practice;

typedef struct auctreg__ce {
    char *item;
    int64_t hours_tenths;
} auctreg__ce;

typedef struct auctreg__document {
    char *kind;
    char *file_name;
    char *media_type;
    int64_t size;
    char sha256[65];
    unsigned char *content; /* NULL when metadata only */
    size_t content_len;
} auctreg__document;

typedef struct auctreg__review {
    int status; /* auctreg_review_status */
    char *opinion;
    int64_t decided_at;
} auctreg__review;

struct auctreg_application {
    int64_t num[AUCTREG_APP_FIELD_COUNT]; /* int fields, indexed by auctreg_app_field */
    char *text[AUCTREG_APP_FIELD_COUNT];  /* text fields (NULL = "") */
    auctreg__practice *practice;
    size_t n_practice, cap_practice;
    auctreg__ce *ce;
    size_t n_ce, cap_ce;
    auctreg__document *docs;
    size_t n_docs, cap_docs;
    auctreg__review review[AUCTREG_LEVEL_COUNT];
    auctreg_person *person;
};

#endif /* AUCTREG_MODEL_H */
