/*
 * Fuzz target: auctreg_xml_validate() (the streaming walk over every kind of
 * document: registry structure, records, schema) on arbitrary bytes.
 * Oracle: no crash, leak or sanitizer report; a failure sets the last error.
 */
#include <stdint.h>
#include <stdlib.h>

#include "auctreg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int rc = auctreg_xml_validate((const char *)data, size);
    if (rc != 0 && (auctreg_error_code() != rc || auctreg_error_reason()[0] == '\0'))
        abort();
    return 0;
}
