// A purchasing budget: when the proposals in its scope (the company, a supplier, an item
// group) cost more than is left of it, keep the ones that protect the most service per unit
// of money and defer the rest. The service an order protects is the sales it saves: the
// units that would be short before the next chance to order without it (at most what it
// brings) times their sales value, weighted by the item's class. Priority = that per unit
// of money spent: an A item about to run out goes first; an order that only tops up stock
// protects nothing and goes last. Pure, deterministic (ties by order given).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace lagom::plan {

struct BudgetCandidate {
  std::int64_t value_raw = 0;  // Money raw
  double priority = 0;         // higher is kept first
};

// expected_short: units expected short before the next chance to order without this order;
// ordered: units the order brings; unit_sales_value: price per unit (cost if unknown), in
// currency units; class_weight: e.g. A 3, B 2, C 1.
double BudgetPriority(double expected_short, double ordered, double unit_sales_value,
                      double class_weight, std::int64_t value_raw);

// Which candidates the `available_raw` money keeps: by priority, skipping one that does not
// fit and trying the next (a smaller order may still fit).
std::vector<bool> AllocateBudget(std::span<const BudgetCandidate> candidates,
                                 std::int64_t available_raw);

}  // namespace lagom::plan
