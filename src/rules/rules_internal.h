/*
 * Internal layout of the per-year rules (auctreg/rules.h), shared with the
 * workflow and the registry so they can read it without accessor calls and
 * keep one on the stack (fixed size, no allocation).
 */
#ifndef AUCTREG_RULES_INTERNAL_H
#define AUCTREG_RULES_INTERNAL_H

#include <stdint.h>

#include "auctreg/rules.h"

/* Province codes index the chain table directly (0..99; 0..10 unused). */
#define AUCTREG__PROVINCE_SLOTS 100

struct auctreg_rules {
    int year;
    int64_t fee[4];          /* indexed by auctreg_app_type (0 unused) */
    int64_t membership_fee;
    int64_t ce_min_tenths;
    char opens[AUCTREG_WINDOW_COUNT][11];  /* "" = unbounded */
    char closes[AUCTREG_WINDOW_COUNT][11];
    uint8_t chain[AUCTREG__PROVINCE_SLOTS]; /* 0 = default (full chain) */
};

/* Fill *r with the defaults of a year (no allocation). */
void auctreg__rules_defaults(struct auctreg_rules *r, int year);

/* Window status of an ISO date (already known valid) without error reporting. */
int auctreg__rules_window_status(const struct auctreg_rules *r, auctreg_window w, const char *today);

/* Chain mask of a province (full chain for unknown codes). */
unsigned auctreg__rules_chain(const struct auctreg_rules *r, int province);

#endif
