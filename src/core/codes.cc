#include "core/codes.h"

#include <string>

namespace lagom {

namespace {

constexpr std::size_t kMaxCodeLength = 100;
constexpr std::string_view kReserved = "/\\?#%";

std::string_view Why(std::string_view code) {
  if (code.empty()) return "empty";
  if (code.size() > kMaxCodeLength) return "longer than 100 characters";
  if (code == "." || code == "..") return "a path step";
  if (code.front() == ' ' || code.back() == ' ') return "spaces at an end";
  for (char c : code) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "a control character";
    if (kReserved.find(c) != std::string_view::npos) return "a character of / \\ ? # %";
  }
  return {};
}

}  // namespace

Status CheckCode(std::string_view code) {
  std::string_view why = Why(code);
  if (why.empty()) return {};
  std::string shown;
  for (char c : code.substr(0, kMaxCodeLength)) {
    shown += static_cast<unsigned char>(c) < 0x20 ? '?' : c;  // no line breaks in messages
  }
  return InvalidInput("'" + shown + "' is not a code (" + std::string(why) +
                      "): " + std::string(kCodeRule));
}

}  // namespace lagom
