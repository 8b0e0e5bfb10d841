# Runs EXE with the list ARGS in WORKDIR; fails unless the exit code is EXIT and stderr/stdout
# contain STDERR/STDOUT (literal text).
execute_process(COMMAND ${EXE} ${ARGS} WORKING_DIRECTORY ${WORKDIR}
  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(report "\nstdout:\n${out}\nstderr:\n${err}")
if(NOT code STREQUAL EXIT)
  message(FATAL_ERROR "exit code ${code}, expected ${EXIT}${report}")
endif()
function(expect_contains stream text expected)
  if(NOT expected STREQUAL "")
    string(FIND "${text}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${stream} lacks: ${expected}${report}")
    endif()
  endif()
endfunction()
expect_contains(stderr "${err}" "${STDERR}")
expect_contains(stdout "${out}" "${STDOUT}")
