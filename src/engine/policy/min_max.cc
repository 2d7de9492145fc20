#include "engine/policy/min_max.h"

#include <algorithm>

#include "engine/policy/eoq.h"

namespace lagom::policy {

Result<MinMaxResult> MinMax(StockPointInput input, double fixed_cost, double holding_cost) {
  Result<EoqResult> eoq = Eoq(fixed_cost, holding_cost, input.demand_mean);
  if (!eoq.ok()) return eoq.error();
  input.order_quantity = eoq->order_quantity;
  Result<StockPointPolicy> service = ComputeStockPointPolicy(input);
  if (!service.ok()) return service.error();
  MinMaxResult r;
  r.order_quantity = eoq->order_quantity;
  r.min = service->reorder_point;
  r.max = r.min + std::max(r.order_quantity, 0.0);
  r.service = *service;
  r.explanation.method = "min/max: min = service reorder point with Q = EOQ, max = min + EOQ";
  r.explanation.inputs.Add("fixed_cost", fixed_cost);
  r.explanation.inputs.Add("holding_cost", holding_cost);
  r.explanation.steps.Add("eoq", r.order_quantity);
  r.explanation.steps.Add("min", r.min);
  r.explanation.steps.Add("max", r.max);
  return r;
}

}  // namespace lagom::policy
