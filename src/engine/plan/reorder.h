// The reorder decision for one stock point at a review: order when the inventory position
// (on hand + on order − reserved) is at or below the reorder point s, for the quantity that
// brings it up to the order-up-to level S, rounded to the supplier's rules (rounding.h).
// The policy (s and S) comes from engine/policy.
// Quantities in the item's base unit; rounding is exact, in milli-units. Pure, thread-safe.
#pragma once

#include <cstdint>

#include "engine/plan/rounding.h"

namespace lagom::plan {

struct ReorderInput {
  double reorder_point = 0;  // s
  double order_up_to = 0;    // S ≥ s
  std::int64_t on_hand_milli = 0;
  std::int64_t on_order_milli = 0;  // open purchase order quantity not yet received
  std::int64_t reserved_milli = 0;
  SupplierRules rules;
};

struct ReorderDecision {
  std::int64_t position_milli = 0;  // on hand + on order − reserved
  double raw_need = 0;              // S − position when at or below s, else 0
  Rounded rounded;  // the need rounded to the supplier's rules; quantity 0 = no order
};

ReorderDecision DecideReorder(const ReorderInput& input);

}  // namespace lagom::plan
