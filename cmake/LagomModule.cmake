# lagom_module(<name> SOURCES ... DEPS ...): a static library for one folder of src/,
# with src/ as the include root.
function(lagom_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(lagom_${name} STATIC ${ARG_SOURCES})
  target_include_directories(lagom_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(lagom_${name} PUBLIC lagom_options ${ARG_DEPS})
endfunction()

# The throw-away PostgreSQL cluster of the `pg.` tests: started before the first of them and
# stopped after the last, even when tests fail (CTest fixture pg_cluster). Its URI is written
# to ${LAGOM_PG_STATE}/uri, which the tests read through LAGOM_TEST_POSTGRES_FILE.
option(LAGOM_TEST_POSTGRES "Run the store/app tests a second time on PostgreSQL (pg.*)" ON)
set(LAGOM_PG_STATE ${CMAKE_BINARY_DIR}/pg-test)
if(LAGOM_BUILD_TESTS AND LAGOM_TEST_POSTGRES)
  add_test(NAME pg.cluster.start
           COMMAND ${PROJECT_SOURCE_DIR}/scripts/test-postgres.sh start ${LAGOM_PG_STATE})
  add_test(NAME pg.cluster.stop
           COMMAND ${PROJECT_SOURCE_DIR}/scripts/test-postgres.sh stop ${LAGOM_PG_STATE})
  set_tests_properties(pg.cluster.start PROPERTIES FIXTURES_SETUP pg_cluster)
  set_tests_properties(pg.cluster.stop PROPERTIES FIXTURES_CLEANUP pg_cluster)
endif()

# lagom_tests(<name> [POSTGRES] SOURCES ... DEPS ...): one GoogleTest binary registered with
# ctest; with POSTGRES its tests run again on the PostgreSQL cluster, named pg.<test>.
function(lagom_tests name)
  if(NOT LAGOM_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "POSTGRES" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name}_test ${ARG_SOURCES})
  target_link_libraries(${name}_test PRIVATE ${ARG_DEPS} GTest::gtest_main GTest::gmock)
  gtest_discover_tests(${name}_test DISCOVERY_TIMEOUT 60
                       PROPERTIES ENVIRONMENT "LAGOM_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  if(ARG_POSTGRES AND LAGOM_TEST_POSTGRES)
    gtest_discover_tests(${name}_test DISCOVERY_TIMEOUT 60 TEST_PREFIX pg.
                         PROPERTIES ENVIRONMENT "LAGOM_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
                         ENVIRONMENT_MODIFICATION
                         "LAGOM_TEST_POSTGRES_FILE=set:${LAGOM_PG_STATE}/uri"
                         FIXTURES_REQUIRED pg_cluster)
    # After discovery, ctest marks the tests tests/postgres-pending.txt lists as disabled:
    # shown as "Not Run (Disabled)", never silently left out.
    set(pending ${CMAKE_CURRENT_BINARY_DIR}/${name}_postgres_pending.cmake)
    file(WRITE ${pending}
         "file(STRINGS \"${PROJECT_SOURCE_DIR}/tests/postgres-pending.txt\" lines REGEX \"^pg[.]\")\n"
         "foreach(line IN LISTS lines)\n"
         "  string(REGEX MATCH \"^[^ #]+\" test \"\${line}\")\n"
         "  set_tests_properties(\${test} PROPERTIES DISABLED TRUE)\n"
         "endforeach()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${pending})
  endif()
endfunction()
