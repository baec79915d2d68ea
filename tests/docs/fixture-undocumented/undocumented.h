/**
 * @file undocumented.h
 * @brief A fixture header with one public function that has no documentation.
 */
#ifndef FIXTURE_UNDOCUMENTED_H
#define FIXTURE_UNDOCUMENTED_H
/** @cond INTERNAL */
#define AUCTREG_API __attribute__((visibility("default")))
/** @endcond */

/** @brief A documented function. @return 0. */
AUCTREG_API int auctreg_fixture_documented(void);

AUCTREG_API int auctreg_fixture_undocumented(int x);

#endif
