#include "engine/analysis/empirical_demand.h"

#include <algorithm>
#include <cmath>

namespace lagom::analysis {

EmpiricalDemand EmpiricalPerPeriod(std::span<const double> history, double forecast_mean,
                                   int max_support) {
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
  out.unit = std::max(1.0, std::ceil(largest / max_support));
  const double steps = std::max(1.0, std::round(largest / out.unit));
  out.pmf.assign(static_cast<std::size_t>(steps) + 1, 0.0);
  const double mean_size = total / count;
  const double p = std::min(1.0, forecast_mean / mean_size);
  for (double v : history) {
    if (!(v > 0)) continue;
    const double k = std::max(1.0, std::round(v / out.unit));
    out.pmf[static_cast<std::size_t>(k)] += p / count;
  }
  out.pmf[0] = 1.0 - p;
  return out;
}

}  // namespace lagom::analysis
