// Deterministic lot sizes (Snyder & Shen ch. 3): EOQ, EOQ with planned backorders, EPQ.
// Units: λ in units per time unit, h and p per unit per time unit, K per order; the cost is
// per time unit and excludes the purchase cost. Pure functions, thread-safe.
#pragma once

#include "core/result.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

struct EoqResult {
  double order_quantity = 0.0;
  double cost = 0.0;
  Explanation explanation;
};

// Q* = sqrt(2Kλ/h), g* = sqrt(2Kλh). REQUIRES (else InvalidInput): K >= 0, h > 0, λ >= 0.
Result<EoqResult> Eoq(double fixed_cost, double holding_cost, double demand_rate);

// Economic production quantity with production rate μ > λ:
// Q* = sqrt(2Kλ / (h(1 - λ/μ))), g* = sqrt(2Kλh(1 - λ/μ)).
Result<EoqResult> Epq(double fixed_cost, double holding_cost, double demand_rate,
                      double production_rate);

struct EoqBackorderResult {
  double order_quantity = 0.0;
  double stockout_fraction = 0.0;  // x* = h / (h + p), share of each cycle in backorder
  double cost = 0.0;
  Explanation explanation;
};

// Q* = sqrt(2Kλ(h + p)/(hp)), x* = h/(h + p), g* = sqrt(2Kλhp/(h + p)); p > 0.
Result<EoqBackorderResult> EoqWithBackorders(double fixed_cost, double holding_cost,
                                             double stockout_cost, double demand_rate);

}  // namespace lagom::policy
