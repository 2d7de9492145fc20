// The human-readable "why" of a proposal, built from the numbers that produced it.
#pragma once

#include <string>

#include "app/stock_point_policy.h"
#include "engine/plan/reorder.h"
#include "store/planning_data.h"

namespace lagom::app {

// E.g. "demand 10.00/period (σ 1.63) over 3.00 periods (2.00 lead time ± 0.00 + 1.00
// review) = 30.00; fill-rate 0.95, normal: safety stock 4.65, reorder point 34.65
// (achieved 0.953); cover 1 periods: Q 10.00, order up to 44.65; position 15 on hand + 5 on
// order = 20 ≤ 34.65: need 24.65 → 30 (MOQ 24, multiple 6)".
std::string ExplainReorder(const StockPointPolicyResult& policy, const plan::ReorderInput& input,
                           const plan::ReorderDecision& decision,
                           const store::StockPointData& point);

}  // namespace lagom::app
