// The application identifiers the GS1 parser knows: length and character set of each.
// Internal to src/gs1.
#pragma once

#include <optional>
#include <string_view>

namespace lagom::gs1 {

enum class Content { kDigits, kDate, kAlphanumeric };  // n, n6 YYMMDD, x (CSET 82)

struct AiSpec {
  std::string_view ai;  // for 310n: "310" (the fourth digit is the decimals)
  std::string_view title;
  Content content;
  int min_length;
  int max_length;  // == min_length for fixed-length fields
  bool check_digit = false;
};

// The spec of the AI at the start of `text`, if it is one we know.
std::optional<AiSpec> LookUpAi(std::string_view text);

// Whether `c` is in GS1 AI encodable character set 82.
bool IsCset82(char c);

}  // namespace lagom::gs1
