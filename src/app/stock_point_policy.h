// From a stock point's data and demand estimate to its inventory policy (safety stock,
// reorder point s, order-up-to level S) via engine/policy, with the settings in force:
//   service kind and target   cycle (α), fill-rate (β), days-of-cover, fixed
//   order rule                cover: Q = demand over cover_periods; up-to: (R,S), Q = 0;
//                             eoq: Q = √(2 K D / h); fixed: Q = fixed_quantity
//   lead time                 the supplier's mean and sd, converted to periods
//   distribution              auto (engine/policy's rule) or the one named
#pragma once

#include <string>

#include "core/result.h"
#include "engine/forecast/moving_average.h"
#include "engine/policy/stock_point.h"
#include "store/planning_data.h"

namespace lagom::app {

struct StockPointPolicyResult {
  policy::StockPointInput input;
  policy::StockPointPolicy policy;
  std::string order_rule_note;  // e.g. "cover 1 period", "EOQ (K 25, h 0.0048/period)"
  std::string summary;          // e.g. "fill rate 0.95, normal"
};

// InvalidInput when a stored setting is not valid (names the stock point and the setting).
Result<StockPointPolicyResult> ComputePolicy(const store::StockPointData& point,
                                             const forecast::LevelEstimate& demand,
                                             const store::PlanningData& data);

}  // namespace lagom::app
