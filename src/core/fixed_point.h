// Exact decimal numbers as scaled 64-bit integers: the representation of ledger quantities
// and money (DESIGN.md "Numbers"). Arithmetic is checked: an overflow throws
// std::overflow_error rather than wrapping, because a wrapped stock value is worse than a
// failed transaction. Parsing outside input never throws; it returns an Error.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace lagom {

namespace fixed_point_detail {
__extension__ using Int128 = __int128;  // GCC/Clang extension, for exact products
std::int64_t CheckedAdd(std::int64_t a, std::int64_t b);
std::int64_t CheckedMul(std::int64_t a, std::int64_t b);
// Parses "[-+]digits[.digits]" with at most `decimals` fraction digits into units of
// 10^-decimals. `what` names the kind of number in error messages.
Result<std::int64_t> ParseScaled(std::string_view text, int decimals, const char* what);
std::string FormatScaled(std::int64_t raw, int decimals);
Result<std::int64_t> ScaledFromDouble(double value, std::int64_t scale, const char* what);
// round(numerator / denominator), halves away from zero; checked.
std::int64_t DivideRounded(Int128 numerator, std::int64_t denominator);
}  // namespace fixed_point_detail

// Fixed<Decimals, Tag>: value = raw / 10^Decimals. Tag keeps money and quantities apart.
template <int Decimals, class Tag>
class Fixed {
 public:
  static constexpr int kDecimals = Decimals;
  static constexpr std::int64_t kScale = [] {
    std::int64_t s = 1;
    for (int i = 0; i < Decimals; ++i) s *= 10;
    return s;
  }();

  constexpr Fixed() = default;
  static constexpr Fixed FromRaw(std::int64_t raw) { return Fixed(raw); }
  static Fixed FromUnits(std::int64_t units) {
    return Fixed(fixed_point_detail::CheckedMul(units, kScale));
  }
  // Rounds to the nearest representable value (halves away from zero); rejects NaN,
  // infinities and values out of range. Used where planning math (double) meets the ledger.
  static Result<Fixed> FromDouble(double value, const char* what = "number") {
    auto raw = fixed_point_detail::ScaledFromDouble(value, kScale, what);
    if (!raw) return raw.error();
    return Fixed(*raw);
  }
  static Result<Fixed> Parse(std::string_view text, const char* what = "number") {
    auto raw = fixed_point_detail::ParseScaled(text, Decimals, what);
    if (!raw) return raw.error();
    return Fixed(*raw);
  }

  constexpr std::int64_t raw() const { return raw_; }
  double ToDouble() const { return static_cast<double>(raw_) / static_cast<double>(kScale); }
  // Shortest exact decimal form: "12.5", "-0.001", "3".
  std::string ToString() const { return fixed_point_detail::FormatScaled(raw_, Decimals); }

  friend Fixed operator+(Fixed a, Fixed b) {
    return Fixed(fixed_point_detail::CheckedAdd(a.raw_, b.raw_));
  }
  friend Fixed operator-(Fixed a, Fixed b) {
    return Fixed(fixed_point_detail::CheckedAdd(a.raw_, -b.raw_));
  }
  Fixed operator-() const { return Fixed(fixed_point_detail::CheckedMul(raw_, -1)); }
  friend Fixed operator*(Fixed a, std::int64_t k) {
    return Fixed(fixed_point_detail::CheckedMul(a.raw_, k));
  }
  Fixed& operator+=(Fixed other) { return *this = *this + other; }
  Fixed& operator-=(Fixed other) { return *this = *this - other; }
  constexpr auto operator<=>(const Fixed&) const = default;

 private:
  constexpr explicit Fixed(std::int64_t raw) : raw_(raw) {}
  std::int64_t raw_ = 0;
};

}  // namespace lagom
