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

// `quantity_milli` stock units in purchase units of `purchase_unit_milli` stock units each,
// in milli-units, cut (not rounded): 1/12 case is 0.083. 128-bit in between, so any ledger
// quantity converts; a purchase unit of no size counts as one stock unit.
inline std::int64_t InPurchaseUnitsMilli(std::int64_t quantity_milli,
                                         std::int64_t purchase_unit_milli) {
  __int128 scaled = static_cast<__int128>(quantity_milli) * Quantity::kScale;
  return static_cast<std::int64_t>(
      scaled / (purchase_unit_milli > 0 ? purchase_unit_milli : Quantity::kScale));
}

}  // namespace lagom
