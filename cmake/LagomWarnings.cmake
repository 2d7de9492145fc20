# Compiler flags every Lagom target gets through the lagom_options interface target.
add_library(lagom_options INTERFACE)
target_compile_options(lagom_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                               -Wnon-virtual-dtor -Wconversion -Wno-sign-conversion
                                               # g++ 12 warns about members that a designated
                                               # initializer omits even when they have default
                                               # member initializers (fixed in g++ 13).
                                               -Wno-missing-field-initializers)
if(LAGOM_WERROR)
  target_compile_options(lagom_options INTERFACE -Werror)
endif()
if(LAGOM_SANITIZE)
  set(sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # -O1, as AddressSanitizer's authors advise: about twice as fast as -O0 with the same reports
  # (the sanitized suite's time decides how long CI takes).
  target_compile_options(lagom_options INTERFACE ${sanitizers} -O1)
  target_link_options(lagom_options INTERFACE ${sanitizers})
endif()
if(LAGOM_FUZZ)
  # Every library the fuzz targets link is instrumented for libFuzzer's coverage (without it
  # the fuzzer sees only the harness and mutates blind) and checked by AddressSanitizer and
  # UndefinedBehaviorSanitizer, so a bad read deep in a parser is a crash the run reports.
  set(fuzz_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  target_compile_options(lagom_options INTERFACE -fsanitize=fuzzer-no-link ${fuzz_sanitizers})
  target_link_options(lagom_options INTERFACE ${fuzz_sanitizers})
endif()
if(LAGOM_TSAN)
  # ThreadSanitizer (make test-tsan): -O1 keeps the reports exact and the tests a few times
  # slower only; -g for the stacks in its reports.
  set(tsan -fsanitize=thread -fno-omit-frame-pointer)
  target_compile_options(lagom_options INTERFACE ${tsan} -O1 -g)
  target_link_options(lagom_options INTERFACE ${tsan})
endif()
