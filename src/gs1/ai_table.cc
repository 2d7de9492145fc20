#include "gs1/ai_table.h"

#include <array>
#include <cstring>

namespace lagom::gs1 {

namespace {

constexpr std::array<AiSpec, 15> kAis = {{
    {"00", "SSCC", Content::kDigits, 18, 18, true},
    {"01", "GTIN", Content::kDigits, 14, 14, true},
    {"02", "contained GTIN", Content::kDigits, 14, 14, true},
    {"10", "lot", Content::kAlphanumeric, 1, 20},
    {"11", "production date", Content::kDate, 6, 6},
    {"12", "due date", Content::kDate, 6, 6},
    {"13", "packaging date", Content::kDate, 6, 6},
    {"15", "best before date", Content::kDate, 6, 6},
    {"16", "sell by date", Content::kDate, 6, 6},
    {"17", "expiry date", Content::kDate, 6, 6},
    {"20", "variant", Content::kDigits, 2, 2},
    {"21", "serial number", Content::kAlphanumeric, 1, 20},
    {"30", "count", Content::kDigits, 1, 8},
    {"37", "count of trade items", Content::kDigits, 1, 8},
    {"310", "net weight (kg)", Content::kDigits, 6, 6},
}};

}  // namespace

std::optional<AiSpec> LookUpAi(std::string_view text) {
  for (const AiSpec& spec : kAis) {
    std::size_t length = spec.ai == "310" ? 4 : spec.ai.size();
    if (text.size() < length || !text.starts_with(spec.ai)) continue;
    if (spec.ai == "310" && (text[3] < '0' || text[3] > '6')) continue;
    return spec;
  }
  return std::nullopt;
}

bool IsCset82(char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  return c != '\0' && std::strchr("!\"%&'()*+,-./:;<=>?_", c) != nullptr;
}

}  // namespace lagom::gs1
