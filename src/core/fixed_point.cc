#include "core/fixed_point.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace lagom::fixed_point_detail {

std::int64_t CheckedAdd(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) throw std::overflow_error("fixed-point addition");
  return sum;
}

std::int64_t CheckedMul(std::int64_t a, std::int64_t b) {
  std::int64_t product = 0;
  if (__builtin_mul_overflow(a, b, &product)) {
    throw std::overflow_error("fixed-point multiplication");
  }
  return product;
}

Result<std::int64_t> ParseScaled(std::string_view text, int decimals, const char* what) {
  auto fail = [&](const std::string& why) {
    return InvalidInput("'" + std::string(text) + "' is not a valid " + what + ": " + why);
  };
  if (text.empty()) return fail("empty");
  std::size_t pos = 0;
  bool negative = false;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    pos = 1;
  }
  Int128 magnitude = 0;
  int digits = 0;
  int fraction_digits = 0;
  bool in_fraction = false;
  constexpr Int128 kLimit = std::numeric_limits<std::int64_t>::max();
  for (; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c == '.' && !in_fraction) {
      in_fraction = true;
      continue;
    }
    if (c < '0' || c > '9') return fail(std::string("unexpected character '") + c + "'");
    if (in_fraction && ++fraction_digits > decimals) {
      return fail("more than " + std::to_string(decimals) + " decimals");
    }
    magnitude = magnitude * 10 + (c - '0');
    if (magnitude > kLimit) return fail("out of range");
    ++digits;
  }
  if (digits == 0) return fail("no digits");
  for (int i = fraction_digits; i < decimals; ++i) {
    magnitude *= 10;
    if (magnitude > kLimit) return fail("out of range");
  }
  return static_cast<std::int64_t>(negative ? -magnitude : magnitude);
}

std::string FormatScaled(std::int64_t raw, int decimals) {
  bool negative = raw < 0;
  // Work in unsigned to print INT64_MIN correctly.
  unsigned long long magnitude =
      negative ? 0ULL - static_cast<unsigned long long>(raw) : static_cast<unsigned long long>(raw);
  std::string digits = std::to_string(magnitude);
  if (digits.size() <= static_cast<std::size_t>(decimals)) {
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  }
  std::string integer = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
  std::string fraction = digits.substr(integer.size());
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string out = negative ? "-" + integer : integer;
  if (!fraction.empty()) out += "." + fraction;
  return out;
}

Result<std::int64_t> ScaledFromDouble(double value, std::int64_t scale, const char* what) {
  if (!std::isfinite(value)) return InvalidInput(std::string(what) + " is not a finite number");
  double scaled = std::round(value * static_cast<double>(scale));
  // 2^63 is exactly representable; anything at or beyond it does not fit.
  if (scaled >= 9223372036854775808.0 || scaled < -9223372036854775808.0) {
    return InvalidInput(std::string(what) + " is out of range");
  }
  return static_cast<std::int64_t>(scaled);
}

std::int64_t DivideRounded(Int128 numerator, std::int64_t denominator) {
  Int128 quotient = numerator / denominator;
  Int128 remainder = numerator % denominator;
  if (remainder != 0 && 2 * (remainder < 0 ? -remainder : remainder) >=
                            (denominator < 0 ? -denominator : denominator)) {
    quotient += ((numerator < 0) != (denominator < 0)) ? -1 : 1;
  }
  if (quotient > std::numeric_limits<std::int64_t>::max() ||
      quotient < std::numeric_limits<std::int64_t>::min()) {
    throw std::overflow_error("fixed-point division");
  }
  return static_cast<std::int64_t>(quotient);
}

}  // namespace lagom::fixed_point_detail
