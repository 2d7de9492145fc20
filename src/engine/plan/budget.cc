#include "engine/plan/budget.h"

#include <algorithm>
#include <numeric>

namespace lagom::plan {

double BudgetPriority(double stockout_risk, double class_weight, double margin_rate,
                      std::int64_t value_raw) {
  double currency = std::max(static_cast<double>(value_raw) / 10000.0, 0.01);
  return std::clamp(stockout_risk, 0.0, 1.0) * class_weight * (1.0 + std::max(margin_rate, 0.0)) /
         currency;
}

std::vector<bool> AllocateBudget(std::span<const BudgetCandidate> candidates,
                                 std::int64_t available_raw) {
  std::vector<std::size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return candidates[a].priority > candidates[b].priority;
  });
  std::vector<bool> kept(candidates.size(), false);
  for (std::size_t i : order) {
    if (candidates[i].value_raw <= available_raw) {
      kept[i] = true;
      available_raw -= candidates[i].value_raw;
    }
  }
  return kept;
}

}  // namespace lagom::plan
