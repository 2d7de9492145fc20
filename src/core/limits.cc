#include "core/limits.h"

#include <string>

namespace lagom::limits {

namespace {

using fixed_point_detail::Int128;

Int128 Magnitude(std::int64_t raw) {
  return raw < 0 ? -static_cast<Int128>(raw) : static_cast<Int128>(raw);
}

Error Outside(std::string_view field, const std::string& value, const std::string& limit) {
  return InvalidInput(std::string(field) + " " + value + " is outside the limit of ±" + limit);
}

template <class Fixed>
Status Within(Fixed value, Fixed limit, std::string_view field) {
  if (Magnitude(value.raw()) <= limit.raw()) return {};
  return Outside(field, value.ToString(), limit.ToString());
}

}  // namespace

Status CheckQuantity(Quantity quantity, std::string_view field) {
  return Within(quantity, kMaxQuantity, field);
}

Status CheckUnitCost(Money unit_cost, std::string_view field) {
  return Within(unit_cost, kMaxUnitCost, field);
}

Status CheckAmount(Money amount, std::string_view field) {
  return Within(amount, kMaxAmount, field);
}

Status CheckText(std::string_view text, std::string_view field) {
  if (text.size() <= kMaxTextBytes) return {};
  return InvalidInput(std::string(field) + " is longer than " + std::to_string(kMaxTextBytes) +
                      " bytes");
}

Status CheckExtended(Money unit, Quantity quantity, std::string_view field) {
  // Both factors below 2^63: the product fits in 127 bits.
  Int128 value = Magnitude(unit.raw()) * Magnitude(quantity.raw());
  if (value <= static_cast<Int128>(kMaxAmount.raw()) * Quantity::kScale) return {};
  return Outside(field, unit.ToString() + " × " + quantity.ToString(), kMaxAmount.ToString());
}

}  // namespace lagom::limits
