/*
 * Internal layout of the code tables (src/codes/), shared with the validators.
 * The division and nationality arrays are generated (see data/); both are
 * sorted by code.
 */
#ifndef AUCTREG_CODES_INTERNAL_H
#define AUCTREG_CODES_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "auctreg/codes.h"

typedef struct auctreg__division {
    const char *code;   /* 6 digits */
    const char *parent; /* NULL for a province */
    int level;          /* auctreg_division_level */
    const char *zh;
    const char *en;     /* NULL below province level */
} auctreg__division;

typedef struct auctreg__country {
    const char *alpha3;
    const char *alpha2;
    const char *numeric;
    const char *zh;
    const char *en;
} auctreg__country;

extern const auctreg__division auctreg__divisions[];
extern const size_t auctreg__division_count;
extern const auctreg__country auctreg__countries[];
extern const size_t auctreg__country_count;

/* Division entry of a code, or NULL (binary search; allocation-free). */
const auctreg__division *auctreg__division_get(const char *code);

#endif /* AUCTREG_CODES_INTERNAL_H */
