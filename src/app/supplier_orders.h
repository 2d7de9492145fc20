// The planning run's second stage: each supplier's lines (every stock point it supplies,
// ordering or not) as one order — minimum order value (surpass or hold), free-freight
// top-up, containers (greedy or optimal fill, split). What each step changed is written into
// the plans' adjustments, hold reasons and containers. Suppliers are processed in parallel.
#pragma once

#include <span>

#include "engine/plan/plan_parameters.h"
#include "engine/plan/stock_point_plan.h"
#include "store/planning_data.h"

namespace lagom::app {

// REQUIRES: plans[i] belongs to data.stock_points[i].
void ApplySupplierOrderRules(const store::PlanningData& data,
                             const plan::PlanParameters& parameters,
                             std::span<plan::StockPointPlan> plans);

}  // namespace lagom::app
