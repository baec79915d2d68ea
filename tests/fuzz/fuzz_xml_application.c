/*
 * Fuzz target: auctreg_xml_application_read() on arbitrary bytes.
 * Oracle: whatever is accepted is written, read back and written again, and
 * both writings must be byte-identical (the round-trip guarantee); nothing
 * may crash, leak or trip a sanitizer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "auctreg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auctreg_application *a = NULL, *b = NULL;
    if (auctreg_xml_application_read((const char *)data, size, &a) != 0) {
        if (a != NULL || auctreg_error_code() == 0)
            abort(); /* a failure must report itself and return nothing */
        return 0;
    }
    char *x1 = NULL, *x2 = NULL;
    if (auctreg_xml_application_write(a, 0, &x1) != 0)
        abort();
    if (auctreg_xml_application_read(x1, strlen(x1), &b) != 0)
        abort(); /* our own output must always be accepted */
    if (auctreg_xml_application_write(b, 0, &x2) != 0 || strcmp(x1, x2) != 0)
        abort();
    auctreg_free(x1);
    auctreg_free(x2);
    auctreg_application_free(a);
    auctreg_application_free(b);
    return 0;
}
