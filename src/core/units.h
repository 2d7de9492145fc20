// Units of measure, named once: which units are counted in whole units. An item kept in a
// whole unit (pieces, cases …) is never ordered, received or moved in fractions; any other
// unit (kg, l, m …) is divisible. Header-only; thread-safe.
#pragma once

#include <cstdint>
#include <numeric>
#include <string_view>

#include "core/quantity.h"

namespace lagom {

inline constexpr std::string_view kWholeUnits[] = {
    "pcs",   "pc",   "ea",    "each", "piece", "pieces", "unit",  "units", "box",
    "boxes", "case", "cases", "pack", "packs", "pair",   "pairs", "set",   "sets",
};

inline bool CountedInWholeUnits(std::string_view uom) {
  for (std::string_view unit : kWholeUnits) {
    if (unit == uom) return true;
  }
  return false;
}

// Whether `quantity` is a whole number of units.
inline bool IsWhole(Quantity quantity) {
  return quantity.raw() % Quantity::kScale == 0;
}

// The quantity an order must be a multiple of, in milli-units of the stock unit: the supply
// terms' order multiple and, when the supplier sells in a purchase unit (a case) of
// `purchase_unit_milli` stock units, whole purchase units too — their least common multiple.
// The default multiple of one stock unit gives way to the purchase unit (a sack of 2.5 kg is
// ordered by the sack, not by 5 kg). Both positive.
inline std::int64_t OrderPack(std::int64_t order_multiple_milli, std::int64_t purchase_unit_milli) {
  if (purchase_unit_milli == Quantity::kScale) return order_multiple_milli;
  if (order_multiple_milli == Quantity::kScale) return purchase_unit_milli;
  return std::lcm(order_multiple_milli, purchase_unit_milli);
}

}  // namespace lagom
