# The dashboard (web/): `npm ci` when the lockfile changes, `npm run build` when a source
# changes, into web/dist — the folder `lagom serve` serves by default. Part of `all`, so
# `cmake --build`, `make demo` and `make test` build it. Without node and npm the dashboard
# is skipped (the API still builds and serves).
option(LAGOM_BUILD_WEB "Build the dashboard with npm and register its browser tests" ON)
find_program(LAGOM_NPM npm)
find_program(LAGOM_NODE node)
# The browser tests drive Debian's Chromium (found here so scripts/check-deps.sh checks it).
find_program(LAGOM_CHROMIUM chromium)

set(LAGOM_WEB_DIR ${PROJECT_SOURCE_DIR}/web)
if(LAGOM_BUILD_WEB AND LAGOM_NPM AND LAGOM_NODE)
  file(GLOB_RECURSE web_sources CONFIGURE_DEPENDS ${LAGOM_WEB_DIR}/src/*)
  set(web_installed ${LAGOM_WEB_DIR}/node_modules/.package-lock.json)
  add_custom_command(
    OUTPUT ${web_installed}
    COMMAND ${LAGOM_NPM} ci --no-audit --no-fund --loglevel=error
    DEPENDS ${LAGOM_WEB_DIR}/package.json ${LAGOM_WEB_DIR}/package-lock.json
    WORKING_DIRECTORY ${LAGOM_WEB_DIR}
    COMMENT "Installing the dashboard's npm packages (npm ci)")
  add_custom_command(
    OUTPUT ${LAGOM_WEB_DIR}/dist/index.html
    COMMAND ${LAGOM_NPM} run build --silent
    DEPENDS ${web_installed} ${web_sources} ${LAGOM_WEB_DIR}/index.html
            ${LAGOM_WEB_DIR}/vite.config.js
    WORKING_DIRECTORY ${LAGOM_WEB_DIR}
    COMMENT "Building the dashboard (vite)")
  add_custom_target(web ALL DEPENDS ${LAGOM_WEB_DIR}/dist/index.html)
  set(LAGOM_HAVE_WEB ON)
else()
  message(STATUS "Dashboard not built (LAGOM_BUILD_WEB=${LAGOM_BUILD_WEB}, npm: ${LAGOM_NPM}, "
                 "node: ${LAGOM_NODE})")
  set(LAGOM_HAVE_WEB OFF)
endif()

# lagom_browser_tests(): the dashboard in headless Chromium against `lagom serve`
# (web/tests/browser.test.mjs, mrp-browser.test.mjs) found as LAGOM_CHROMIUM; skipped (exit 77) where it is missing.
function(lagom_browser_tests)
  if(NOT LAGOM_HAVE_WEB OR NOT LAGOM_BUILD_TESTS)
    return()
  endif()
  add_test(NAME dashboard_browser
           COMMAND ${LAGOM_NODE} ${LAGOM_WEB_DIR}/tests/browser.test.mjs
           WORKING_DIRECTORY ${LAGOM_WEB_DIR})
  set_tests_properties(dashboard_browser PROPERTIES
    ENVIRONMENT "LAGOM_BIN=$<TARGET_FILE:lagom>;LAGOM_WEB_DIST=${LAGOM_WEB_DIR}/dist;CHROMIUM=${LAGOM_CHROMIUM}"
    SKIP_RETURN_CODE 77 TIMEOUT 120 RUN_SERIAL ON)
  # The Manufacturing screen on the bike (web/tests/mrp-browser.test.mjs).
  add_test(NAME dashboard_mrp_browser
           COMMAND ${LAGOM_NODE} ${LAGOM_WEB_DIR}/tests/mrp-browser.test.mjs
           WORKING_DIRECTORY ${LAGOM_WEB_DIR})
  set_tests_properties(dashboard_mrp_browser PROPERTIES
    ENVIRONMENT "LAGOM_BIN=$<TARGET_FILE:lagom>;LAGOM_WEB_DIST=${LAGOM_WEB_DIR}/dist;CHROMIUM=${LAGOM_CHROMIUM}"
    SKIP_RETURN_CODE 77 TIMEOUT 120 RUN_SERIAL ON)
endfunction()
