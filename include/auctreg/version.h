/**
 * @file auctreg/version.h
 * @brief Compile-time and run-time version of libauctreg.
 *
 * The numbers below are the single source of truth: CMake reads them from this
 * file to set the project version and the SONAME (`libauctreg.so.<MAJOR>`).
 */
#ifndef AUCTREG_VERSION_H
#define AUCTREG_VERSION_H

#include "common.h"

/** Major version: changes only with an ABI break (and the SONAME with it). */
#define AUCTREG_VERSION_MAJOR 0
/** Minor version: new API, backwards compatible. */
#define AUCTREG_VERSION_MINOR 1
/** Patch version: fixes only. */
#define AUCTREG_VERSION_PATCH 0
/** Version as a string, "MAJOR.MINOR.PATCH". */
#define AUCTREG_VERSION_STRING "0.1.0"
/** Version as one number: MAJOR * 10000 + MINOR * 100 + PATCH. */
#define AUCTREG_VERSION_NUMBER \
    (AUCTREG_VERSION_MAJOR * 10000 + AUCTREG_VERSION_MINOR * 100 + AUCTREG_VERSION_PATCH)
/** True when the headers are at least version (maj, min, pat). */
#define AUCTREG_VERSION_CHECK(maj, min, pat) \
    (AUCTREG_VERSION_NUMBER >= ((maj) * 10000 + (min) * 100 + (pat)))

AUCTREG_BEGIN_DECL

/**
 * @brief Version of the library actually loaded at run time.
 *
 * Compare with #AUCTREG_VERSION_STRING to detect a header/library mismatch.
 *
 * @return a static string "MAJOR.MINOR.PATCH"; never NULL, never freed.
 */
AUCTREG_API const char *auctreg_version(void);

/**
 * @brief Version of the loaded library as #AUCTREG_VERSION_NUMBER would give it.
 * @return MAJOR * 10000 + MINOR * 100 + PATCH.
 */
AUCTREG_API int auctreg_version_number(void);

AUCTREG_END_DECL

#endif /* AUCTREG_VERSION_H */
