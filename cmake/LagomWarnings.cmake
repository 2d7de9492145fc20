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
