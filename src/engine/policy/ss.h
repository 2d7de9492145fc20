// Periodic-review (s, S) policy with backorders and a fixed order cost (Snyder & Shen §4.6):
// at each review, if the inventory position is <= s, order up to S. One "period" here is the
// review cycle; h and p are per unit per period; K per order. `review_demand` is the demand
// in one period, `protection_demand` the demand over lead time + one period (equal to
// review_demand with zero lead time). For (R, s, S) pass the demand over R periods and over
// R + L periods. Pure functions, thread-safe; the exact algorithm allocates O(S - s) tables.
#pragma once

#include "core/result.h"
#include "engine/policy/distribution.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

struct SsProblem {
  double holding_cost = 0.0;
  double stockout_cost = 0.0;
  double fixed_cost = 0.0;
  Distribution review_demand;      // discrete (Poisson or negative binomial) for SsExact
  Distribution protection_demand;  // same kind as review_demand
};

struct SsResult {
  double reorder_point = 0.0;      // s
  double order_up_to_level = 0.0;  // S
  double cost = 0.0;               // expected cost per period, purchase cost excluded
  Explanation explanation;
};

// c(s, S) = [K + Σ_{j=0}^{S-s-1} m(j) G(S - j)] / M(S - s), with G(y) = h n̄(y) + p n(y) over
// the protection demand and m, M the renewal functions of the review demand (Zheng &
// Federgruen 1991, eq. 4.72 in the book). REQUIRES: discrete demand, s < S integers.
Result<double> SsCost(const SsProblem& problem, double reorder_point, double order_up_to);

// The exact optimum by the Zheng & Federgruen (1991) algorithm (discrete demand).
Result<SsResult> SsExact(const SsProblem& problem);

// Power approximation (Ehrhardt 1979, Ehrhardt & Mosier 1984; book eqs. 4.77–4.80) for
// demand with mean μ and sd σ per period and lead time L periods (μ_L = μ(L+1), σ_L = σ√(L+1)):
//   Q = 1.30 μ^0.494 (K/h)^0.506 (1 + σ_L²/μ²)^0.116, z = sqrt(Q h / (σ_L p)),
//   s = 0.973 μ_L + σ_L (0.183/z + 1.063 - 2.192 z), S = s + Q.
// `cost` is 0 (not evaluated) for this heuristic.
Result<SsResult> SsPowerApproximation(double holding_cost, double stockout_cost, double fixed_cost,
                                      double demand_mean, double demand_sd, double lead_time = 0.0);

}  // namespace lagom::policy
