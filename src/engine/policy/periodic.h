// Periodic-review policies with costs (Snyder & Shen §4.3–4.6, Axsäter ch. 4): every R
// periods the inventory position is reviewed; an order placed then arrives L periods later.
// h and p are per unit per period (h per unit held, p per unit backordered at the end of a
// period); K per order. For service-level targets instead of costs use
// ComputeStockPointPolicy (stock_point.h) with review_period = R. Pure functions.
#pragma once

#include "core/result.h"
#include "engine/policy/distribution.h"
#include "engine/policy/newsvendor.h"
#include "engine/policy/ss.h"

namespace lagom::policy {

// (R, S) without fixed cost: S* = F⁻¹(p/(p + h)) over the demand in R + L periods
// (base stock for R = 1, the book's newsvendor with lead time).
Result<NewsvendorResult> PeriodicOrderUpTo(double holding_cost, double stockout_cost,
                                           const Distribution& per_period, double review_period,
                                           double lead_time);

// (R, s, S): one review cycle of R periods is the (s, S) period; the demand per cycle is
// over R periods and G(y) is over R + L periods. Discrete demand: exact (Zheng & Federgruen);
// continuous demand: the power approximation with μ = dR, σ = σ_d√R and lead time L/R cycles.
// REQUIRES: review_period > 0; integer review_period and lead_time for discrete demand.
Result<SsResult> PeriodicSs(double holding_cost, double stockout_cost, double fixed_cost,
                            const Distribution& per_period, double review_period, double lead_time);

}  // namespace lagom::policy
