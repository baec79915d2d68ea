/*
 * auctreg.i: the one SWIG interface of libauctreg, shared by Python and PHP.
 *
 * Included by the per-language top files bindings/python/auctreg_python.i and
 * bindings/php/auctreg_php.i, which give the module name. The per-function part
 * (classes, methods, module functions, with the headers' Doxygen comments) is
 * generated at build time from include/auctreg/*.h by gen_interface.py, using the
 * library's naming and ownership conventions; this file holds what is common:
 *
 *  - an int return is a status: negative -> exception of the class for that code
 *    (built from the thread-local last error: code, reason, message, problems);
 *    0 -> the function's outputs (none: None/null, one: that value, several: a
 *    tuple in Python, an array in PHP);
 *  - scalar out-parameters (int64_t *, int *, size_t *, long *, enum *) and
 *    borrowed strings (const char **) become return values; owned strings
 *    (char **) are copied and released with auctreg_free();
 *  - T **out returns a new object owned by the script (freed by its destructor);
 *  - a borrowed handle returned by a getter (const T *) is copied with
 *    auctreg_T_dup(), so no script object ever points into freed memory;
 *  - (const void *, size_t) is bytes in; (const void **, size_t *) bytes out;
 *    char out[N] is a string out;
 *  - a versioned options struct (const auctreg_x_options *) is passed as a dict /
 *    PHP array of its fields (defaults from auctreg_x_options_init()); a struct the
 *    function fills (auctreg_x_info *) comes back as a dict / PHP array.
 *
 * Nothing here knows a business rule: every check happens in the C library.
 */

%{
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include "auctreg.h"
/* An int that is a value, or a truth value, not a status (see wrap-policy.txt). */
typedef int auctreg_value_int;
typedef int auctreg_bool_int;

/* One field of a transparent struct (options in, facts out): the generated part
 * describes each struct with a table of these, the language part converts. */
typedef struct auctreg_field_desc {
    const char *name;
    int kind;
    size_t offset, size;
} auctreg_field_desc;
enum { AUCTREG_F_STR, AUCTREG_F_CHARS, AUCTREG_F_INT, AUCTREG_F_UINT, AUCTREG_F_I64, AUCTREG_F_BOOL };
%}

%include <stdint.i>
typedef int auctreg_value_int;
typedef int auctreg_bool_int;

/* Generated: the headers (enums and #define constants become module constants;
 * every function is %ignore'd there and wrapped below instead) and the table of
 * exception classes. Included before the typemaps (build-notes §5.2). */
%include "auctreg_gen_pre.i"

#if defined(SWIGPYTHON)
%include "python/auctreg_python_typemaps.i"
#elif defined(SWIGPHP)
%include "php/auctreg_php_typemaps.i"
#else
#error "libauctreg bindings exist for Python and PHP only"
#endif

/* Generated: classes (constructor, destructor, methods), module functions. */
%include "auctreg_gen.i"

#if defined(SWIGPHP)
%include "php/auctreg_php_extras.i"
#endif
