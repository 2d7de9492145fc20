// The planning run's third stage: purchasing budgets for the month of the run. When the
// purchase proposals in a budget's scope cost more than is left of it, the ones that protect
// the most service per unit of money are kept and the rest deferred (engine/plan/budget.h),
// with the reason written into the plan.
#pragma once

#include <span>

#include "engine/plan/stock_point_plan.h"
#include "store/planning_data.h"

namespace lagom::app {

// Supplier budgets first, then item groups, then the company; a line deferred by one budget
// does not count against the next. REQUIRES: plans[i] belongs to data.stock_points[i].
void ApplyBudgets(const store::PlanningData& data, std::span<plan::StockPointPlan> plans,
                  Date as_of);

}  // namespace lagom::app
