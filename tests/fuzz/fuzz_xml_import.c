/*
 * Fuzz target: auctreg_xml_import() into an empty in-memory registry.
 * Oracles: no crash, leak or sanitizer report; a refused import leaves the
 * registry empty (all or nothing); an accepted one exports, imports into a
 * second empty registry and exports again byte-identically.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "auctreg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *export_all(auctreg_registry *r)
{
    char *x = NULL;
    if (auctreg_xml_export(r, AUCTREG_ROLE_ADMIN, "fuzz", NULL, &x) != 0)
        abort();
    return x;
}

static auctreg_registry *open_empty(void)
{
    auctreg_registry *r = NULL;
    if (auctreg_registry_open(&r, ":memory:", NULL) != 0 || auctreg_registry_set_today(r, "2025-11-20") != 0)
        abort();
    return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auctreg_registry *r = open_empty();
    char *empty = export_all(r);
    size_t n = 0;
    int rc = auctreg_xml_import(r, AUCTREG_ROLE_ADMIN, "fuzz", (const char *)data, size, &n);
    char *x1 = export_all(r);
    if (rc != 0) {
        if (auctreg_error_code() != rc || strcmp(x1, empty) != 0 || n != 0)
            abort(); /* refused: reported, and nothing imported */
    } else {
        auctreg_registry *r2 = open_empty();
        if (auctreg_xml_import(r2, AUCTREG_ROLE_ADMIN, "fuzz", x1, strlen(x1), NULL) != 0)
            abort(); /* our own export must import */
        char *x2 = export_all(r2);
        if (strcmp(x1, x2) != 0)
            abort();
        auctreg_free(x2);
        auctreg_registry_close(r2);
    }
    auctreg_free(empty);
    auctreg_free(x1);
    auctreg_registry_close(r);
    return 0;
}
