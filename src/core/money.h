// Money: an exact amount in the company currency, in 1/10000 of the currency unit
// (four decimals, so that unit costs such as 0.0125 stay exact).
#pragma once

#include "core/fixed_point.h"
#include "core/quantity.h"

namespace lagom {

using Money = Fixed<4, struct MoneyTag>;

// unit_price × quantity, rounded to the nearest 1/10000 (halves away from zero).
// Throws std::overflow_error when the product does not fit.
inline Money Extend(Money unit_price, Quantity quantity) {
  fixed_point_detail::Int128 product =
      static_cast<fixed_point_detail::Int128>(unit_price.raw()) * quantity.raw();
  return Money::FromRaw(fixed_point_detail::DivideRounded(product, Quantity::kScale));
}

}  // namespace lagom
