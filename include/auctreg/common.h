/**
 * @file auctreg/common.h
 * @brief Export macros, language selection and the library allocator.
 *
 * Included by every other public header. Nothing here allocates or keeps state.
 */
#ifndef AUCTREG_COMMON_H
#define AUCTREG_COMMON_H

#include <stddef.h>
#include <stdint.h>

/** @cond INTERNAL */
#if defined(_WIN32)
#  if defined(AUCTREG_BUILDING)
#    define AUCTREG_API __declspec(dllexport)
#  else
#    define AUCTREG_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define AUCTREG_API __attribute__((visibility("default")))
#else
#  define AUCTREG_API
#endif

#ifdef __cplusplus
#  define AUCTREG_BEGIN_DECL extern "C" {
#  define AUCTREG_END_DECL }
#else
#  define AUCTREG_BEGIN_DECL
#  define AUCTREG_END_DECL
#endif
/** @endcond */

AUCTREG_BEGIN_DECL

/**
 * @brief Language of human-readable messages.
 *
 * Machine-readable codes (status codes, reason strings, code-table codes) never
 * depend on the language; only messages and display names do.
 */
typedef enum auctreg_lang {
    AUCTREG_LANG_ZH = 0, /**< Simplified Chinese (zh-CN), the default. */
    AUCTREG_LANG_EN = 1  /**< English. */
} auctreg_lang;

/**
 * @brief Release memory that the library allocated and handed to the caller.
 *
 * Use it for every `char *` (or other buffer) that a function documents as
 * "caller frees with auctreg_free()". Never pass such memory to libc free():
 * the library may use another allocator. NULL is a harmless no-op.
 *
 * @param p memory returned by the library, or NULL.
 */
AUCTREG_API void auctreg_free(void *p);

AUCTREG_END_DECL

#endif /* AUCTREG_COMMON_H */
