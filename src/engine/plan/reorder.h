// The reorder decision for one stock point at a review: order when the inventory position
// (on hand + on order − reserved) is at or below the reorder point s, for the quantity that
// brings it up to the order-up-to level S, rounded up to the supplier's minimum order
// quantity and order multiple. The policy (s and S) comes from engine/policy.
// Quantities in the item's base unit; rounding is exact, in milli-units. Pure, thread-safe.
#pragma once

#include <cstdint>

namespace lagom::plan {

struct ReorderInput {
  double reorder_point = 0;  // s
  double order_up_to = 0;    // S ≥ s
  std::int64_t on_hand_milli = 0;
  std::int64_t on_order_milli = 0;  // open purchase order quantity not yet received
  std::int64_t reserved_milli = 0;
  std::int64_t min_order_milli = 0;          // 0 = no minimum
  std::int64_t order_multiple_milli = 1000;  // > 0; 1000 = whole units
};

struct ReorderDecision {
  std::int64_t position_milli = 0;  // on hand + on order − reserved
  double raw_need = 0;              // S − position when at or below s, else 0
  std::int64_t quantity_milli = 0;  // after minimum and multiple; 0 = no order
  bool raised_to_minimum = false;
};

ReorderDecision DecideReorder(const ReorderInput& input);

// Rounds a need (> 0) up to the next multiple and to at least the minimum, in milli-units.
// A need within a millionth of a milli-unit above a step (floating-point noise) is not
// rounded up a whole step.
std::int64_t RoundOrderQuantity(double need, std::int64_t minimum_milli,
                                std::int64_t multiple_milli, bool* raised_to_minimum);

}  // namespace lagom::plan
