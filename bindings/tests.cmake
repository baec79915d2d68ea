# Binding tests (included from bindings/CMakeLists.txt when BUILD_TESTING).
#
# Python: every tests/python/test_*.py is one ctest entry, run with the pinned
#   interpreter and stdlib unittest, the build-tree package on PYTHONPATH.
# PHP: every tests/php/test_*.php is one ctest entry, run as
#   php -n -d extension=<build>/php/auctreg.so -d zend.assertions=1 -d assert.exception=1
#   (-n: no system ini, so nothing but our extension is loaded and assert() is live).
# Examples in examples/python and examples/php run too.
#
# Sanitizer builds: Python modules built with ASan need the ASan runtime first in the
# process, so LD_PRELOAD=libasan and detect_leaks=0 (CPython itself "leaks" at exit).
# PHP cannot run them at all: php 8.2 dlopen()s extensions with RTLD_DEEPBIND, which
# ASan refuses ("incompatible with sanitizer runtime") and there is no opt-out before
# PHP 8.5, so the PHP tests are registered but DISABLED there (ctest shows "Not Run").
set(_tests ${PROJECT_SOURCE_DIR}/tests)
set(_pyenv "PYTHONPATH=${PROJECT_BINARY_DIR}/python"
           "AUCTREG_BINDINGS_MANIFEST=${B}/gen/manifest.json"
           "AUCTREG_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
           "AUCTREG_PHP=${PHP_EXECUTABLE}"
           "AUCTREG_PHP_EXTENSION=$<TARGET_FILE:auctreg_php>"
           "PYTHONDONTWRITEBYTECODE=1")
if(AUCTREG_SANITIZE)
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libasan.so
                  OUTPUT_VARIABLE _libasan OUTPUT_STRIP_TRAILING_WHITESPACE)
  list(APPEND _pyenv "LD_PRELOAD=${_libasan}" "ASAN_OPTIONS=detect_leaks=0")
endif()
set(_php ${PHP_EXECUTABLE} -n -d extension=$<TARGET_FILE:auctreg_php>
         -d zend.assertions=1 -d assert.exception=1 -d display_errors=stderr -d error_reporting=-1)

file(GLOB _pytests CONFIGURE_DEPENDS ${_tests}/python/test_*.py)
foreach(t IN LISTS _pytests)
  get_filename_component(n ${t} NAME_WE)
  add_test(NAME python_${n} COMMAND ${Python3_EXECUTABLE} -m unittest -v ${n}
           WORKING_DIRECTORY ${_tests}/python)
  set_tests_properties(python_${n} PROPERTIES ENVIRONMENT "${_pyenv}" LABELS "bindings;python")
endforeach()

file(GLOB _phptests CONFIGURE_DEPENDS ${_tests}/php/test_*.php)
foreach(t IN LISTS _phptests)
  get_filename_component(n ${t} NAME_WE)
  add_test(NAME php_${n} COMMAND ${_php} ${t})
  set_tests_properties(php_${n} PROPERTIES LABELS "bindings;php"
    ENVIRONMENT "AUCTREG_BINDINGS_MANIFEST=${B}/gen/manifest.json;AUCTREG_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    FAIL_REGULAR_EXPRESSION "(Warning|Notice|Deprecated|Fatal error):")
  if(AUCTREG_SANITIZE)
    set_tests_properties(php_${n} PROPERTIES DISABLED TRUE)   # see above: RTLD_DEEPBIND vs ASan
  endif()
endforeach()

# Examples (they are documentation: the tests keep them working). As for the C
# examples, examples/<lang>/<name>.expected lists lines the output must contain, in order.
function(auctreg_binding_example lang file)
  get_filename_component(n ${file} NAME_WE)
  get_filename_component(d ${file} DIRECTORY)
  string(REPLACE ";" "$<SEMICOLON>" prog "${ARGN};${file}")
  add_test(NAME example_${lang}_${n}
    COMMAND ${CMAKE_COMMAND} "-DPROG=${prog}" -DEXPECTED=${d}/${n}.expected
            -P ${PROJECT_SOURCE_DIR}/tests/examples/run-example.cmake)
  set_tests_properties(example_${lang}_${n} PROPERTIES LABELS "bindings;${lang};examples")
endfunction()
file(GLOB _pyex CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/examples/python/*.py)
foreach(e IN LISTS _pyex)
  auctreg_binding_example(python ${e} ${Python3_EXECUTABLE})
  get_filename_component(n ${e} NAME_WE)
  set_tests_properties(example_python_${n} PROPERTIES ENVIRONMENT "${_pyenv}")
endforeach()
file(GLOB _phpex CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/examples/php/*.php)
foreach(e IN LISTS _phpex)
  auctreg_binding_example(php ${e} ${_php})
  get_filename_component(n ${e} NAME_WE)
  if(AUCTREG_SANITIZE)
    set_tests_properties(example_php_${n} PROPERTIES DISABLED TRUE)
  endif()
endforeach()

# Install into a temporary prefix and load the installed modules from there, without
# LD_LIBRARY_PATH (RUNPATH $ORIGIN/...). Not in sanitizer builds (like install_consumers).
if(NOT AUCTREG_SANITIZE)
  add_test(NAME bindings_install
    COMMAND sh ${_tests}/bindings/install.sh ${PROJECT_BINARY_DIR} ${B}/install-test
            ${Python3_EXECUTABLE} ${PHP_EXECUTABLE} ${AUCTREG_PYTHON_INSTALL_DIR}
            ${AUCTREG_PHP_EXTENSION_DIR} ${CMAKE_INSTALL_SYSCONFDIR}/php/conf.d)
  set_tests_properties(bindings_install PROPERTIES RUN_SERIAL TRUE LABELS "bindings;install")
endif()
