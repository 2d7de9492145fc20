// One stock point through the planning run's steps: demand estimate → inventory policy →
// reorder decision. The planning run does this for every stock point; the stock point page
// does it for one, so that both show the same numbers.
#pragma once

#include "app/stock_point_policy.h"
#include "core/result.h"
#include "engine/forecast/moving_average.h"
#include "engine/plan/reorder.h"
#include "store/planning_data.h"

namespace lagom::app {

struct StockPointPlan {
  forecast::LevelEstimate demand;  // per period
  StockPointPolicyResult policy;
  plan::ReorderInput input;
  plan::ReorderDecision decision;  // rounded.quantity_milli 0: nothing to order
};

// Estimates demand from the last `history_periods` periods of `point.history`.
// REQUIRES: history_periods ≥ 1. Errors as ComputePolicy's.
Result<StockPointPlan> PlanStockPoint(const store::StockPointData& point,
                                      const store::PlanningData& data, int history_periods);

}  // namespace lagom::app
