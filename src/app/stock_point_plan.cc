#include "app/stock_point_plan.h"

#include <algorithm>

namespace lagom::app {

Result<StockPointPlan> PlanStockPoint(const store::StockPointData& point,
                                      const store::PlanningData& data, int history_periods) {
  StockPointPlan plan;
  plan.demand = forecast::MovingAverage(point.history, history_periods);
  auto policy = ComputePolicy(point, plan.demand, data);
  if (!policy) return policy.error();
  plan.policy = std::move(*policy);
  plan::ReorderInput& in = plan.input;
  in.reorder_point = plan.policy.policy.reorder_point;
  in.order_up_to = plan.policy.policy.order_up_to_level;
  in.on_hand_milli = point.on_hand_milli;
  in.on_order_milli = point.on_order_milli;
  if (point.supply) {
    in.rules.min_order_milli = point.supply->min_order_milli;
    in.rules.multiple_milli = std::max<std::int64_t>(point.supply->order_multiple_milli, 1);
  }
  plan.decision = plan::DecideReorder(in);
  return plan;
}

}  // namespace lagom::app
