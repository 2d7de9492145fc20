# Third-party libraries, all from Debian 12 packages (scripts/install-deps.sh installs them).
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)  # libpq only (libpq-dev)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(fmt REQUIRED)
find_package(TBB REQUIRED)
find_package(Threads REQUIRED)
if(LAGOM_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(LAGOM_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()

# ccache, when installed, makes rebuilds and second work trees cheap. Paths are hashed relative
# to the source tree, so two checkouts of the same commit share one cache.
find_program(LAGOM_CCACHE ccache)
if(LAGOM_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}
                                  CCACHE_NOHASHDIR=1 ${LAGOM_CCACHE})
endif()
