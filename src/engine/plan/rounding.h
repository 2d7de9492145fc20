// Rounding a stock point's need to what its supplier sells: a minimum order quantity, an
// order multiple (pack size), a maximum order quantity, and — as AGR does — rounding down to
// the lower multiple when the need is only a little above it (`round_down_fraction` of a
// pack), which saves overstock of a whole pack for a sliver of need. Exact, in milli-units.
// Pure, thread-safe.
#pragma once

#include <cstdint>

namespace lagom::plan {

struct SupplierRules {
  std::int64_t min_order_milli = 0;    // MOQ; 0 = none
  std::int64_t multiple_milli = 1000;  // pack size, > 0
  std::int64_t max_order_milli = 0;    // 0 = no maximum
  double round_down_fraction = 0;      // 0 ≤ f < 1: round down if the excess over the
                                       // lower multiple is at most f of a pack
};

struct Rounded {
  std::int64_t need_milli = 0;      // the need, in milli-units (rounded up to a milli-unit)
  std::int64_t quantity_milli = 0;  // what to order; 0 if nothing
  bool raised_to_minimum = false;
  bool rounded_down = false;  // to the lower multiple, within the threshold
  bool capped_at_maximum = false;
};

// REQUIRES: rules.multiple_milli > 0. A need ≤ 0 orders nothing. The minimum wins over the
// round-down; the maximum (rounded down to a multiple) wins over everything.
Rounded RoundToSupplierRules(double need, const SupplierRules& rules);

}  // namespace lagom::plan
