/* Run-time version of the library. */
#include "auctreg/version.h"

const char *auctreg_version(void) { return AUCTREG_VERSION_STRING; }

int auctreg_version_number(void) { return AUCTREG_VERSION_NUMBER; }
