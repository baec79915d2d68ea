/**
 * @file good.h
 * @brief A fully documented fixture header.
 */
#ifndef FIXTURE_GOOD_H
#define FIXTURE_GOOD_H
/** @cond INTERNAL */
#define AUCTREG_API __attribute__((visibility("default")))
/** @endcond */

/** @brief A documented enumeration. */
typedef enum fixture_colour {
    FIXTURE_RED = 0, /**< Red. */
    FIXTURE_BLUE = 1 /**< Blue. */
} fixture_colour;

/**
 * @brief A documented function.
 * @param x any value.
 * @return @p x plus one.
 */
AUCTREG_API int auctreg_fixture_documented(int x);

#endif
