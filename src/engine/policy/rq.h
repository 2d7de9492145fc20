// Continuous-review (r, Q) policy with backorders (Snyder & Shen ch. 5): when the inventory
// position falls to r, order Q. Units: λ = demand per time unit; h = holding cost per unit
// per time unit; p = backorder cost per unit per time unit (per unit short for the EIL
// approximation, as in the book); K = cost per order; the lead-time demand distribution is
// over the (fixed) lead time. Normal convention (book): N(λL, σ²L) with λ, σ per year and L in
// years; Poisson: Poisson(λL). Pure functions, thread-safe, no allocation.
#pragma once

#include "core/result.h"
#include "engine/policy/distribution.h"
#include "engine/policy/explanation.h"

namespace lagom::policy {

struct RqProblem {
  double holding_cost = 0.0;
  double stockout_cost = 0.0;
  double fixed_cost = 0.0;
  double demand_rate = 0.0;
  Distribution lead_time_demand;
};

struct RqResult {
  double reorder_point = 0.0;
  double order_quantity = 0.0;
  double cost = 0.0;  // exact expected cost per time unit of (r, Q), purchase cost excluded
  Explanation explanation;
};

// Exact expected cost per time unit. Continuous demand (eq. 5.7 with loss functions):
//   g(r,Q) = Kλ/Q + h(r - λL + Q/2) + (h + p)(n2(r) - n2(r + Q))/Q;
// discrete demand (eq. 5.48; r and Q integers): g(r,Q) = (Kλ + Σ_{y=r+1}^{r+Q} g(y))/Q with
// the newsvendor cost g(y) = h n̄(y) + p n(y). REQUIRES: Q > 0.
double RqCost(const RqProblem& problem, double reorder_point, double order_quantity);

// For continuous demand, the r minimising g(r, Q) for a fixed Q: the root of
// (h + p)(n(r) - n(r + Q)) = hQ, i.e. g(r) = g(r + Q).
double RqOptimalReorderPoint(const RqProblem& problem, double order_quantity);

// Exact optimum. Discrete demand: Federgruen & Zheng (1992) — grow the window of the Q
// smallest newsvendor costs g(y) while the next one is below the average cost. Continuous
// demand: golden-section search over Q of g(r(Q), Q) (convex, Zheng 1992).
Result<RqResult> RqExact(const RqProblem& problem);

// Approximations for continuous demand (Snyder & Shen §5.2.4–5.2.6); `cost` is still the
// exact cost of the returned policy (the approximate cost is in the explanation).
// EIL (Hadley–Whitin): iterate r = F⁻¹(1 - Qh/(pλ)), Q = sqrt(2λ(K + p n(r))/h).
Result<RqResult> RqEil(const RqProblem& problem);
// EOQB: Q = EOQ with backorders, r = r(Q).
Result<RqResult> RqEoqb(const RqProblem& problem);
// EOQ+SS: Q = EOQ, r = F⁻¹(p/(p + h)).
Result<RqResult> RqEoqSs(const RqProblem& problem);
// Loss-function approximation: iterate n(r) = hQ/(h + p), Q = sqrt(2(Kλ + (h+p) n2(r))/h).
Result<RqResult> RqLossFunction(const RqProblem& problem);

}  // namespace lagom::policy
