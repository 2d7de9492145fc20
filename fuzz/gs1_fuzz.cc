// Fuzz target for everything a scanner or RFID reader sends (gs1::ReadCode: element strings,
// Digital Link URIs, EPC hex and URNs): any bytes must give a result or a rejection — never a
// crash, a hang or a sanitizer report. A parsed result must hold a GTIN with a valid check digit
// whenever it holds one at all.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "gs1/read_code.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto read = lagom::gs1::ReadCode(text, lagom::MakeDate(2024, 6, 15));
  if (read && !read->content.gtin.empty()) {
    std::string_view gtin = read->content.gtin;
    if (lagom::gs1::CheckDigit(gtin.substr(0, 13)) != gtin.back() - '0') std::abort();
  }
  return 0;
}
