# lagom_module(<name> SOURCES ... DEPS ...): a static library for one folder of src/,
# with src/ as the include root.
function(lagom_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(lagom_${name} STATIC ${ARG_SOURCES})
  target_include_directories(lagom_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(lagom_${name} PUBLIC lagom_options ${ARG_DEPS})
endfunction()

# lagom_tests(<name> SOURCES ... DEPS ...): one GoogleTest binary registered with ctest.
function(lagom_tests name)
  if(NOT LAGOM_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name}_test ${ARG_SOURCES})
  target_link_libraries(${name}_test PRIVATE ${ARG_DEPS} GTest::gtest_main GTest::gmock)
  gtest_discover_tests(${name}_test DISCOVERY_TIMEOUT 60
                       PROPERTIES ENVIRONMENT "LAGOM_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
