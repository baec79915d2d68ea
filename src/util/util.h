/*
 * Internal utilities shared by every module (not part of the public API).
 * Names use the auctreg__ prefix (double underscore = library-internal); none
 * is exported from the shared library (see src/auctreg.map).
 */
#ifndef AUCTREG_UTIL_H
#define AUCTREG_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "auctreg/errors.h"

#if defined(__GNUC__)
#  define AUCTREG__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#  define AUCTREG__PRINTF(a, b)
#endif

/* ---------------------------------------------------------------- errors */

/*
 * A list of problems (field path, reason, zh and en messages) being collected,
 * e.g. by a record validator. Zero-initialise with AUCTREG__PROBLEMS_INIT.
 */
typedef struct auctreg__problem {
    char *field;
    char *reason;
    char *msg_zh;
    char *msg_en;
} auctreg__problem;

typedef struct auctreg__problems {
    auctreg__problem *items;
    size_t count;
    size_t cap;
    bool oom; /* an allocation failed while adding: report ENOMEM */
} auctreg__problems;

#define AUCTREG__PROBLEMS_INIT {NULL, 0, 0, false}

/*
 * Add one problem. zh_fmt and en_fmt are printf formats that take the SAME
 * arguments (given once). field may be "" (a blocker). Never fails: on memory
 * exhaustion the list is marked oom.
 */
void auctreg__problems_add(auctreg__problems *p, const char *field, const char *reason,
                           const char *zh_fmt, const char *en_fmt, ...) AUCTREG__PRINTF(4, 6);
void auctreg__problems_vadd(auctreg__problems *p, const char *field, const char *reason,
                            const char *zh_fmt, const char *en_fmt, va_list ap);
/* Add one problem whose two messages are already formatted (they may differ in arguments). */
void auctreg__problems_add_msgs(auctreg__problems *p, const char *field, const char *reason, const char *msg_zh,
                               const char *msg_en);
/* Append every problem of src to dst, prefixing field paths with prefix (may be NULL). */
void auctreg__problems_merge(auctreg__problems *dst, auctreg__problems *src, const char *prefix);
void auctreg__problems_free(auctreg__problems *p);

/*
 * Set the thread's last error to code/reason/messages with no problems and
 * return code. zh_fmt and en_fmt take the same arguments.
 */
int auctreg__fail(int code, const char *reason, const char *zh_fmt, const char *en_fmt, ...)
    AUCTREG__PRINTF(3, 5);

/*
 * Set the thread's last error to code with the problems of *p (ownership of
 * the items moves to the error; *p is left empty) and a summary message.
 * If p->oom, sets AUCTREG_ENOMEM instead. Returns the code set.
 */
int auctreg__fail_problems(int code, auctreg__problems *p, const char *reason,
                           const char *zh_fmt, const char *en_fmt, ...) AUCTREG__PRINTF(4, 6);

/* An options struct's version against the one this library knows: 0, or
 * AUCTREG_EVERSION (reason options.version) with both numbers in the message. */
int auctreg__options_version(unsigned int got, unsigned int known);

/* Shorthands. */
int auctreg__oom(void);                                   /* AUCTREG_ENOMEM, reason "memory" */
int auctreg__null_arg(const char *func, const char *arg); /* AUCTREG_EINVAL, reason "arg.null" */

/* ---------------------------------------------------------------- memory, strings */

void *auctreg__malloc(size_t n);
void *auctreg__calloc(size_t n, size_t size);
void *auctreg__realloc(void *p, size_t n);
void auctreg__mfree(void *p);
char *auctreg__strdup(const char *s);                /* NULL -> NULL */
char *auctreg__strndup(const char *s, size_t n);
char *auctreg__asprintf(const char *fmt, ...) AUCTREG__PRINTF(1, 2);
char *auctreg__vasprintf(const char *fmt, va_list ap);

/* Growable byte buffer (always NUL-terminated when len > 0 or after any append). */
typedef struct auctreg__buf {
    char *data;
    size_t len;
    size_t cap;
    bool oom;
} auctreg__buf;
#define AUCTREG__BUF_INIT {NULL, 0, 0, false}
void auctreg__buf_append(auctreg__buf *b, const char *s, size_t n);
void auctreg__buf_puts(auctreg__buf *b, const char *s);
void auctreg__buf_printf(auctreg__buf *b, const char *fmt, ...) AUCTREG__PRINTF(2, 3);
char *auctreg__buf_detach(auctreg__buf *b); /* returns data ("" if empty) or NULL on oom */
void auctreg__buf_free(auctreg__buf *b);

/* ---------------------------------------------------------------- base64 */

/* Append the base64 (RFC 4648, padded, no line breaks) of data[0..n) to b. */
void auctreg__base64_encode(auctreg__buf *b, const void *data, size_t n);
/*
 * Decode base64 text s[0..n) (white space ignored). On success *out receives a
 * new buffer (free with auctreg__mfree) of *out_len bytes and 0 is returned;
 * AUCTREG_EINVAL for malformed input, AUCTREG_ENOMEM. Sets no last error.
 */
int auctreg__base64_decode(const char *s, size_t n, unsigned char **out, size_t *out_len);

/* ---------------------------------------------------------------- text checks */

/* True if s[0..n) is well-formed UTF-8 (no overlongs, no surrogates, <= U+10FFFF). */
bool auctreg__utf8_valid(const char *s, size_t n);
/* Number of code points of a valid UTF-8 string. */
size_t auctreg__utf8_len(const char *s);
/* Decode one code point at *s (valid UTF-8 assumed); advances *s. */
uint32_t auctreg__utf8_next(const char **s);
/* True if s contains a C0/C1 control character or DEL (tab/newline allowed when allow_ws). */
bool auctreg__has_control(const char *s, bool allow_ws);
/*
 * Common check for a text value handed to a container: valid UTF-8, no control
 * characters (allow_newlines permits \t \n \r), at most max_bytes bytes.
 * Returns 0, or sets the last error (AUCTREG_EINVAL, reason text.utf8,
 * text.control or text.too_long, problem on field) and returns it.
 */
int auctreg__check_text(const char *field, const char *s, size_t max_bytes, bool allow_newlines);

/* ---------------------------------------------------------------- dates */

/* Proleptic Gregorian calendar. */
bool auctreg__is_leap(int y);
int auctreg__days_in_month(int y, int m);
/* Days since 1970-01-01 of a civil date (any valid y/m/d). */
int64_t auctreg__days_from_civil(int y, int m, int d);
void auctreg__civil_from_days(int64_t z, int *y, int *m, int *d);
/*
 * Parse a strict ISO date "YYYY-MM-DD" (exactly 10 chars, year 1000..9999,
 * real calendar date). Returns true and fills y/m/d (any may be NULL).
 */
bool auctreg__date_parse(const char *s, int *y, int *m, int *d);
/* Format y-m-d as "YYYY-MM-DD" into out[11]. */
void auctreg__date_format(int y, int m, int d, char out[11]);
/* Day number (days since epoch) of an ISO date, or INT64_MIN if invalid. */
int64_t auctreg__date_days(const char *iso);
/* Date part of µs since the epoch (UTC) as "YYYY-MM-DD" into out[11]. */
void auctreg__date_from_us(int64_t us, char out[11]);

/* ---------------------------------------------------------------- money */

/* Format fen as "1000.00" (with '-' if negative) into out (>= 32 bytes). */
void auctreg__fen_format(int64_t fen, char out[32]);

/* ---------------------------------------------------------------- digests, media */

/* SHA-256 of data into out[32]. */
void auctreg__sha256(const void *data, size_t n, uint8_t out[32]);
/* SHA-256 as 64 lower-case hex digits + NUL. */
void auctreg__sha256_hex(const void *data, size_t n, char out[65]);
/*
 * Media type recognised from magic bytes: "application/pdf", "image/jpeg",
 * "image/png", or "application/octet-stream". Static string.
 */
const char *auctreg__sniff_media_type(const void *data, size_t n);

#endif /* AUCTREG_UTIL_H */
