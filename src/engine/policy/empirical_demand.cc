#include "engine/policy/empirical_demand.h"

#include <algorithm>
#include <cmath>

namespace lagom::policy {

EmpiricalDemand EmpiricalPerPeriod(std::span<const double> history, double forecast_mean,
                                   int max_support, SizeTail tail) {
  EmpiricalDemand out;
  double largest = 0.0, total = 0.0;
  int count = 0;
  for (double v : history) {
    if (!(v > 0)) continue;  // zero, negative (returns) and missing
    largest = std::max(largest, v);
    total += v;
    ++count;
  }
  if (count == 0) return out;
  const double tail_share = tail.ratio > 0.0 ? tail.weight / (count + 1) : 0.0;
  const double tail_size = tail.ratio * largest;
  out.unit = std::max(1.0, std::ceil(std::max(largest, tail_size) / max_support));
  auto step = [&](double v) {
    return static_cast<std::size_t>(std::max(1.0, std::round(v / out.unit)));
  };
  out.pmf.assign(step(std::max(largest, tail_size)) + 1, 0.0);
  const double mean_size = (1.0 - tail_share) * total / count + tail_share * tail_size;
  const double p = std::min(1.0, forecast_mean / mean_size);
  for (double v : history) {
    if (v > 0) out.pmf[step(v)] += p * (1.0 - tail_share) / count;
  }
  if (tail_share > 0.0) out.pmf[step(tail_size)] += p * tail_share;
  out.pmf[0] = 1.0 - p;
  return out;
}

Result<EmpiricalPolicy> ComputeEmpiricalPolicy(StockPointInput in, std::span<const double> history,
                                               SizeTail tail) {
  EmpiricalPolicy out;
  out.demand = EmpiricalPerPeriod(history, in.demand_mean, kEmpiricalSupport, tail);
  if (!out.demand.pmf.empty()) {
    in.demand_pmf = out.demand.pmf;
    in.order_quantity /= out.demand.unit;  // the pmf counts steps of `unit`
  }
  Result<StockPointPolicy> computed = ComputeStockPointPolicy(in);
  if (!computed) return computed.error();
  out.policy = *computed;
  out.policy.safety_stock *= out.demand.unit;
  out.policy.reorder_point *= out.demand.unit;
  out.policy.order_up_to_level *= out.demand.unit;
  return out;
}

}  // namespace lagom::policy
