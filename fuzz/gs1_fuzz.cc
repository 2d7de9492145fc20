// Fuzz target for the GS1 element-string parser: any bytes must give an element string or a
// rejection — never a crash, a hang or a sanitizer report. A parsed result must hold a
// GTIN with a valid check digit whenever it holds one at all.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "gs1/element_string.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = lagom::gs1::Parse(text, lagom::MakeDate(2024, 6, 15));
  if (parsed && !parsed->gtin.empty()) {
    std::string_view gtin = parsed->gtin;
    if (lagom::gs1::CheckDigit(gtin.substr(0, 13)) != gtin.back() - '0') std::abort();
  }
  return 0;
}
