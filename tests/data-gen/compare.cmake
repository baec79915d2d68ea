# Run "GEN emit OUT" with PY and fail unless OUT equals EXPECTED.
execute_process(COMMAND ${PY} -B ${GEN} emit ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${GEN} emit failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED} RESULT_VARIABLE diff)
if(NOT diff EQUAL 0)
  message(FATAL_ERROR "${EXPECTED} differs from what ${GEN} generates: run it and commit")
endif()
