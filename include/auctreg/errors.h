/**
 * @file auctreg/errors.h
 * @brief Status codes and the thread-local last error.
 *
 * Every fallible function of libauctreg returns an `int`: 0 (#AUCTREG_OK) on
 * success or one of the negative #auctreg_status codes below on failure. The
 * detail of the most recent failure on the calling thread is kept in a
 * thread-local "last error":
 *
 * - the status code (auctreg_error_code());
 * - a stable, machine-readable reason such as `ce.hours.insufficient`
 *   (auctreg_error_reason()); reasons never change once released and are
 *   listed in docs/errors.md;
 * - a human message in Chinese or English (auctreg_error_message());
 * - for #AUCTREG_EINVAL a list of every field problem found, and for
 *   #AUCTREG_ESTATE the list of blockers: each with a field path (empty for a
 *   blocker), a reason and a message (auctreg_error_problem_*()).
 *
 * A failing call replaces the whole last error; a successful call leaves it
 * untouched, so read it right after the call that failed, on the same thread.
 * One thread never sees another thread's error. All strings returned here are
 * owned by the library and stay valid until the next failing call on the same
 * thread or auctreg_error_clear(); never free them.
 */
#ifndef AUCTREG_ERRORS_H
#define AUCTREG_ERRORS_H

#include "common.h"

AUCTREG_BEGIN_DECL

/**
 * @brief Status codes. Few and stable: bindings map each to an exception class.
 */
typedef enum auctreg_status {
    AUCTREG_OK = 0,          /**< Success. */
    AUCTREG_ERROR = -1,      /**< Internal error not covered by another code. */
    AUCTREG_EINVAL = -2,     /**< Invalid input; field problems are attached. */
    AUCTREG_ENOTFOUND = -3,  /**< The record asked for does not exist. */
    AUCTREG_EDENIED = -4,    /**< The actor may not do this (role or scope). */
    AUCTREG_ESTATE = -5,     /**< Not possible now (state, guard, window); blockers attached. */
    AUCTREG_ECONFLICT = -6,  /**< The record changed since the caller read it (stale version). */
    AUCTREG_EDUPLICATE = -7, /**< The record already exists. */
    AUCTREG_EPAYMENT = -8,   /**< Payment refused: wrong amount, or superseded/cancelled order. */
    AUCTREG_EBUSY = -9,      /**< The database stayed locked longer than the busy timeout. */
    AUCTREG_ESTORAGE = -10,  /**< The database failed (I/O, corruption, full disk, schema). */
    AUCTREG_EXML = -11,      /**< An XML document is malformed, unsafe or not schema-valid. */
    AUCTREG_ENOMEM = -12,    /**< Out of memory. */
    AUCTREG_EVERSION = -13   /**< An options struct carries a version this library does not know. */
} auctreg_status;

/** Lowest (most negative) status code; codes run from here to #AUCTREG_OK. */
#define AUCTREG_STATUS_MIN AUCTREG_EVERSION

/**
 * @brief Short description of a status code, in the calling thread's language.
 * @param code a #auctreg_status value (an unknown value gives a generic text).
 * @return a static string, never NULL, never freed.
 */
AUCTREG_API const char *auctreg_strerror(int code);

/**
 * @brief Stable symbolic name of a status code, e.g. "AUCTREG_EINVAL".
 * @param code a #auctreg_status value.
 * @return a static string, or "AUCTREG_UNKNOWN" for a value outside the enum.
 */
AUCTREG_API const char *auctreg_status_name(int code);

/**
 * @brief Choose the language of messages produced on the calling thread.
 *
 * The setting is part of the thread-local error state: it affects
 * auctreg_strerror(), auctreg_error_message() and auctreg_error_problem_message()
 * on this thread only. Both languages are recorded for every error, so it may
 * be changed after a failure and the messages follow.
 *
 * @param lang #AUCTREG_LANG_ZH (default) or #AUCTREG_LANG_EN.
 * @return 0, or #AUCTREG_EINVAL for an unknown language (setting unchanged).
 */
AUCTREG_API int auctreg_error_set_language(auctreg_lang lang);

/** @brief The calling thread's message language (#AUCTREG_LANG_ZH unless set). */
AUCTREG_API auctreg_lang auctreg_error_language(void);

/** @brief Status code of the last failure on this thread, or 0 if none. */
AUCTREG_API int auctreg_error_code(void);

/**
 * @brief Stable machine-readable reason of the last failure, e.g.
 * "ce.hours.insufficient"; "" if there was none. Borrowed (see file docs).
 */
AUCTREG_API const char *auctreg_error_reason(void);

/**
 * @brief Human message of the last failure in the thread's language; "" if
 * none. Borrowed (see file docs).
 */
AUCTREG_API const char *auctreg_error_message(void);

/**
 * @brief Human message of the last failure in a given language; "" if none.
 * @param lang the language wanted (an unknown value gives Chinese).
 */
AUCTREG_API const char *auctreg_error_message_lang(auctreg_lang lang);

/**
 * @brief Number of problems (field errors or blockers) attached to the last
 * failure; 0 if none.
 */
AUCTREG_API size_t auctreg_error_problem_count(void);

/**
 * @brief Field path of problem @p i, e.g. "practice[2].turnover"; "" for a
 * blocker that concerns no single field, NULL if @p i is out of range.
 */
AUCTREG_API const char *auctreg_error_problem_field(size_t i);

/**
 * @brief Stable reason of problem @p i, e.g. "id.checksum"; NULL if @p i is
 * out of range.
 */
AUCTREG_API const char *auctreg_error_problem_reason(size_t i);

/**
 * @brief Message of problem @p i in the thread's language; NULL if @p i is out
 * of range.
 */
AUCTREG_API const char *auctreg_error_problem_message(size_t i);

/**
 * @brief Message of problem @p i in a given language; NULL if out of range.
 */
AUCTREG_API const char *auctreg_error_problem_message_lang(size_t i, auctreg_lang lang);

/**
 * @brief Forget the last error of this thread and release its memory.
 *
 * Optional: the memory is also released when the thread exits. The language
 * setting is kept.
 */
AUCTREG_API void auctreg_error_clear(void);

AUCTREG_END_DECL

#endif /* AUCTREG_ERRORS_H */
