// EOQ with quantity discounts (Snyder & Shen §3.4). Price regions j = 0..n-1 start at
// breakpoints b_0 = 0 < b_1 < … and have unit purchase costs c_0 > c_1 > …; the holding cost
// is i·(unit cost) per unit per time unit. The cost includes the purchase cost λ·c.
// Pure functions, thread-safe; they allocate nothing.
#pragma once

#include <span>

#include "core/result.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

struct DiscountResult {
  double order_quantity = 0.0;
  int region = 0;  // 0-based index of the price region containing the order quantity
  double cost = 0.0;
  Explanation explanation;
};

// All-units: the unit price of the region applies to every unit of the order.
// g_j(Q) = c_j λ + Kλ/Q + i c_j Q/2; each region's best Q is clamped up to b_j (skipped if
// its unconstrained optimum lies beyond b_{j+1}); the cheapest region wins.
Result<DiscountResult> EoqAllUnits(double fixed_cost, double holding_cost_rate, double demand_rate,
                                   std::span<const double> breakpoints,
                                   std::span<const double> unit_costs);

// Incremental: c_j applies only to the units beyond b_j. With ā_j the purchase cost of b_j
// units and F_j = ā_j - c_j b_j: g_j(Q) = c_j λ + (K + F_j)λ/Q + i(c_j Q + F_j)/2,
// Q_j = sqrt(2(K + F_j)λ/(i c_j)), considered only when it falls inside region j.
Result<DiscountResult> EoqIncremental(double fixed_cost, double holding_cost_rate,
                                      double demand_rate, std::span<const double> breakpoints,
                                      std::span<const double> unit_costs);

}  // namespace lagom::policy
