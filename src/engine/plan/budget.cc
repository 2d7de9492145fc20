#include "engine/plan/budget.h"

#include <algorithm>
#include <numeric>

namespace lagom::plan {

double BudgetPriority(double expected_short, double ordered, double unit_sales_value,
                      double class_weight, std::int64_t value_raw) {
  double currency = std::max(static_cast<double>(value_raw) / 10000.0, 0.01);
  double saved = std::clamp(expected_short, 0.0, std::max(ordered, 0.0));
  return class_weight * saved * std::max(unit_sales_value, 0.0) / currency;
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
