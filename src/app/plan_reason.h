// The human-readable "why" of a proposal, built from the numbers that produced it.
#pragma once

#include <string>

#include "engine/plan/reorder.h"
#include "store/planning_data.h"

namespace lagom::app {

// E.g. "demand 12.5/period (σ 4.1) × 3 periods (2 lead time + 1 review) = 37.5;
// safety stock 1.645 × 4.1 × √3 = 11.7; reorder point 49.2; position 20 on hand + 10 on
// order = 30 ≤ 49.2; order up to 61.7: need 31.7 → 36 (MOQ 24, multiple 12)".
std::string ExplainReorder(const plan::ReorderInput& input, const plan::ReorderDecision& decision,
                           const store::StockPointData& point);

}  // namespace lagom::app
