// Quantity: an exact amount of stock in the item's base unit of measure, in milli-units
// (three decimals), e.g. 2.5 kg or 12 pieces.
#pragma once

#include "core/fixed_point.h"

namespace lagom {

using Quantity = Fixed<3, struct QuantityTag>;

}  // namespace lagom
