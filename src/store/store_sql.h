/* The SQL text of the store (schema.c), shared with store.c only. */
#ifndef AUCTREG_STORE_SQL_H
#define AUCTREG_STORE_SQL_H

#include "store/store.h"

extern const char *const *const auctreg__migrations[AUCTREG__SCHEMA_VERSION]; /* NULL-terminated */
extern const char *const auctreg__sql[ST__COUNT];

#endif
