# Check that every public declaration under INPUT is documented.
#
#   cmake -DDOXYGEN=doxygen -DDOXYFILE_IN=docs/Doxyfile.in -DINPUT=include -DOUT=dir
#         [-DEXPECT=fail -DEXPECT_TEXT=auctreg_undocumented] [-DHTML=YES] -P docs/check-docs.cmake
#
# Two checks, both must pass:
#  1. every header carries a Doxygen "@file" block (without it Doxygen would not even look at
#     the functions of that file, so their missing documentation would go unnoticed);
#  2. Doxygen run with WARN_IF_UNDOCUMENTED=YES (and every other warning) reports nothing.
# With -DEXPECT=fail the script inverts the verdict: it passes only if the checks fail and
# the report mentions EXPECT_TEXT (this proves the check really catches a fixture header).
foreach(v DOXYGEN DOXYFILE_IN INPUT OUT)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check-docs.cmake: ${v} is not set")
  endif()
endforeach()
if(NOT DEFINED HTML)
  set(HTML NO)
endif()
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})

set(problems "")
file(GLOB_RECURSE headers ${INPUT}/*.h)
if(NOT headers)
  message(FATAL_ERROR "no header under ${INPUT}")
endif()
foreach(h IN LISTS headers)
  file(READ ${h} text)
  if(NOT text MATCHES "[@\\\\]file")
    string(APPEND problems "${h}: no @file documentation block (its declarations would be skipped)\n")
  endif()
endforeach()

set(PROJECT_VERSION "check")
set(DOXY_OUTPUT ${OUT})
set(DOXY_INPUT ${INPUT})
set(DOXY_STRIP ${INPUT})
set(DOXY_WARN_LOG ${OUT}/warnings.log)
# Report every warning, then fail (WARN_AS_ERROR=YES would stop at the first one).
set(DOXY_WARN_AS_ERROR FAIL_ON_WARNINGS)
set(DOXY_HTML ${HTML})
set(DOXY_XML YES)
configure_file(${DOXYFILE_IN} ${OUT}/Doxyfile @ONLY)
execute_process(COMMAND ${DOXYGEN} ${OUT}/Doxyfile WORKING_DIRECTORY ${OUT}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(log "")
if(EXISTS ${OUT}/warnings.log)
  file(READ ${OUT}/warnings.log log)
endif()
string(APPEND problems "${log}")
if(NOT rc EQUAL 0 AND log STREQUAL "")
  string(APPEND problems "doxygen failed (${rc}): ${err}\n")
endif()

if(EXPECT STREQUAL "fail")
  if(problems STREQUAL "")
    message(FATAL_ERROR "expected undocumented declarations under ${INPUT} to be reported; nothing was")
  endif()
  if(DEFINED EXPECT_TEXT AND NOT problems MATCHES "${EXPECT_TEXT}")
    message(FATAL_ERROR "the report does not mention ${EXPECT_TEXT}:\n${problems}")
  endif()
  message(STATUS "reported as expected:\n${problems}")
else()
  if(NOT problems STREQUAL "")
    message(FATAL_ERROR "public declarations lack documentation:\n${problems}")
  endif()
  message(STATUS "every public declaration under ${INPUT} is documented")
endif()
