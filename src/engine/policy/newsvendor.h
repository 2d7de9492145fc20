// Newsvendor / base-stock level (Snyder & Shen ch. 4): the order-up-to level S minimising
// g(S) = h E[(S - D)+] + p E[(D - S)+] = h n̄(S) + p n(S), at the critical ratio
// F(S*) >= p / (p + h) (smallest such S for discrete demand). h: holding cost per unit left
// over, p: stockout cost per unit short. Pure functions, thread-safe.
#pragma once

#include <span>

#include "core/result.h"
#include "engine/policy/distribution.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

struct NewsvendorResult {
  double base_stock_level = 0.0;
  double cost = 0.0;
  Explanation explanation;
};

// Optimal S for demand `demand` (any kind). For a base-stock policy with lead time L in
// periods, pass the demand over L + 1 periods (OverPeriods(per_period, L + 1)).
Result<NewsvendorResult> Newsvendor(double holding_cost, double stockout_cost,
                                    const Distribution& demand);

// g(S) at a given S (for discrete kinds, S is rounded down to an integer).
double NewsvendorCost(double holding_cost, double stockout_cost, const Distribution& demand,
                      double base_stock_level);

// Optimal integer S for an explicit pmf: pmf[k] = P(D = k), k = 0..size-1.
Result<NewsvendorResult> NewsvendorDiscrete(double holding_cost, double stockout_cost,
                                            std::span<const double> pmf);

}  // namespace lagom::policy
