# taskmonitor_add_test(NAME name SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s] [LAUNCHER cmd ...])
# One Qt Test executable registered with CTest, run offscreen. LAUNCHER runs it through a
# command, e.g. a script that starts a private D-Bus session first.
function(taskmonitor_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;RESOURCES;LAUNCHER" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    if(ARG_RESOURCES)
        qt_add_resources(${ARG_NAME} "${ARG_NAME}_fixtures" PREFIX "/" FILES ${ARG_RESOURCES})
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${ARG_NAME}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(labels ${ARG_LABELS})
    if(NOT labels)
        set(labels unit)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${labels}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_DISABLE_STACK_DUMP=1;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
endfunction()
