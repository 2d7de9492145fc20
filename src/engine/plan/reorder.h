// The replenishment decision for one stock point under a periodic review with a reorder
// point (the planning run reviews every stock point once per period):
//
//   protection period P = lead time L + review period R                        (periods)
//   safety stock     SS = z(α) · σ · √P,  z(α) = Φ⁻¹(cycle-service target α)
//   reorder point     s = d · P + SS
//   order-up-to       S = s + d · R
//   order when the inventory position (on hand + on order − reserved) is at or below s,
//   for S − position, rounded up to the minimum order quantity and the order multiple.
//
// d and σ are demand per period; quantities are in the item's base unit; rounding to the
// supplier's pack happens in milli-units, exactly. Pure and thread-safe.
#pragma once

#include <cstdint>

namespace lagom::plan {

struct ReorderInput {
  double demand_per_period = 0;     // d ≥ 0 (negative forecasts are treated as 0)
  double demand_sd_per_period = 0;  // σ ≥ 0
  double lead_time_periods = 0;     // L ≥ 0
  double review_periods = 1;        // R ≥ 0
  double service_target = 0.95;     // α, 0 < α < 1
  std::int64_t on_hand_milli = 0;
  std::int64_t on_order_milli = 0;  // open purchase order quantity not yet received
  std::int64_t reserved_milli = 0;
  std::int64_t min_order_milli = 0;       // 0 = no minimum
  std::int64_t order_multiple_milli = 1000;  // > 0; 1000 = whole units
};

struct ReorderDecision {
  double z = 0;
  double protection_periods = 0;
  double safety_stock = 0;
  double reorder_point = 0;
  double order_up_to = 0;
  std::int64_t position_milli = 0;  // on hand + on order − reserved
  double raw_need = 0;              // S − position when at or below s, else 0
  std::int64_t quantity_milli = 0;  // after minimum and multiple; 0 = no order
  bool raised_to_minimum = false;
};

ReorderDecision DecideReorder(const ReorderInput& input);

// Rounds a need (> 0) up to the next multiple and to at least the minimum, in milli-units.
// Needs below one milli-unit's millionth of noise are not rounded up a whole step.
std::int64_t RoundOrderQuantity(double need, std::int64_t minimum_milli, std::int64_t multiple_milli,
                                bool* raised_to_minimum);

}  // namespace lagom::plan
