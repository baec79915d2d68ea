# Turn a data file into a C source file, so that the library needs no file at
# run time. Usage:
#   cmake -DIN=<file> -DOUT=<file.c> -DNAME=<c identifier> -P embed-file.cmake
# Defines `const char NAME[]` (the bytes plus a terminating NUL) and
# `const size_t NAME_len` (the number of bytes, without the NUL).
if(NOT IN OR NOT OUT OR NOT NAME)
  message(FATAL_ERROR "embed-file.cmake: IN, OUT and NAME are required")
endif()
file(READ "${IN}" _hex HEX)
string(LENGTH "${_hex}" _n)
math(EXPR _bytes "${_n} / 2")
# Character constants ('\xNN') avoid narrowing warnings for bytes >= 0x80.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," _arr "${_hex}")
# One source line per line of the file.
string(REPLACE "'\\x0a'," "'\\x0a',\n    " _arr "${_arr}")
get_filename_component(_base "${IN}" NAME)
file(WRITE "${OUT}.tmp"
"/* Generated from ${_base} by cmake/embed-file.cmake: do not edit. */\n"
"#include <stddef.h>\n"
"extern const char ${NAME}[];\n"
"extern const size_t ${NAME}_len;\n"
"const char ${NAME}[] = {\n    ${_arr}'\\0'};\n"
"const size_t ${NAME}_len = ${_bytes};\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
