// Units of measure, named once: which units are counted in whole units. An item kept in a
// whole unit (pieces, cases …) is never ordered, received or moved in fractions; any other
// unit (kg, l, m …) is divisible. Header-only; thread-safe.
#pragma once

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

}  // namespace lagom
