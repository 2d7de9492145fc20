// The human-readable "why" of a proposal, built from the numbers that produced it.
#pragma once

#include <string>

#include "engine/plan/stock_point_plan.h"
#include "store/planning_data.h"

namespace lagom::app {

// E.g. "demand 10.00/period (σ 1.63) over 3.00 periods (2.00 lead time ± 0.00 + 1.00
// review) = 30.00; fill-rate 0.95, normal; cover 1 periods: safety stock 4.65, reorder point
// 34.65 (achieved 0.953), order up to 44.65; position 15 on hand + 5 on order = 20 ≤ 34.65:
// need 24.65 → 30 (MOQ 24, multiple 6)", then the supplier-order and budget adjustments.
std::string ExplainProposal(const plan::StockPointPlan& plan, const store::StockPointData& point);

}  // namespace lagom::app
