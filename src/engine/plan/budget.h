// A purchasing budget: when the proposals in its scope (the company, a supplier, an item
// group) cost more than is left of it, keep the ones that protect the most service per unit
// of money and defer the rest. Priority = stock-out risk × class weight × (1 + margin rate)
// per unit of currency: an A item about to run out with a good margin goes first; an order
// that only tops up stock goes last. Pure, deterministic (ties by order given).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace lagom::plan {

struct BudgetCandidate {
  std::int64_t value_raw = 0;  // Money raw
  double priority = 0;         // higher is kept first
};

// stockout_risk: probability of running out before the next chance to order, without this
// order (0–1); class_weight: e.g. A 3, B 2, C 1; margin_rate: (price − cost) / price.
double BudgetPriority(double stockout_risk, double class_weight, double margin_rate,
                      std::int64_t value_raw);

// Which candidates the `available_raw` money keeps: by priority, skipping one that does not
// fit and trying the next (a smaller order may still fit).
std::vector<bool> AllocateBudget(std::span<const BudgetCandidate> candidates,
                                 std::int64_t available_raw);

}  // namespace lagom::plan
