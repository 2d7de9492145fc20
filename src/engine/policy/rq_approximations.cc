// The (r, Q) approximations for continuous demand (Snyder & Shen §5.2.4–5.2.6).
#include <cmath>

#include "engine/policy/loss.h"
#include "engine/policy/rq.h"
#include "engine/policy/rq_detail.h"
#include "engine/policy/solve.h"

namespace lagom::policy {

using detail::CheckRqProblem;
using detail::DecreasingRoot;
using detail::RqFinish;
using detail::RqSpread;

namespace {

Checks CheckContinuous(const RqProblem& p) {
  Checks checks = CheckRqProblem(p);
  checks.Require(!p.lead_time_demand.discrete(),
                 "this (r,Q) approximation needs a continuous (normal or gamma) demand");
  return checks;
}

}  // namespace

Result<RqResult> RqEil(const RqProblem& p) {
  if (Checks checks = CheckContinuous(p); !checks.ok()) return checks.error();
  const Distribution& d = p.lead_time_demand;
  double q = std::sqrt(2.0 * p.fixed_cost * p.demand_rate / p.holding_cost), r = 0.0;
  for (int i = 0; i < 10000; ++i) {
    const double tail = q * p.holding_cost / (p.stockout_cost * p.demand_rate);
    if (!(tail < 1.0)) return InvalidInput("EIL approximation undefined: Qh/(p lambda) >= 1");
    const double next_r = Quantile(d, 1.0 - tail);
    const double next_q =
        std::sqrt(2.0 * p.demand_rate *
                  (p.fixed_cost + p.stockout_cost * ExpectedShortage(d, next_r)) / p.holding_cost);
    const bool done = std::fabs(next_r - r) < 1e-10 && std::fabs(next_q - q) < 1e-10;
    r = next_r;
    q = next_q;
    if (done) break;
  }
  RqResult result = RqFinish(p, r, q, "(r,Q) EIL approximation (Hadley & Whitin 1963)");
  const double approx = p.holding_cost * (r - d.mean + q / 2.0) + p.fixed_cost * p.demand_rate / q +
                        p.stockout_cost * p.demand_rate * ExpectedShortage(d, r) / q;
  result.explanation.steps.Add("approximate_cost", approx);
  return result;
}

Result<RqResult> RqEoqb(const RqProblem& p) {
  if (Checks checks = CheckContinuous(p); !checks.ok()) return checks.error();
  const double h = p.holding_cost, b = p.stockout_cost;
  const double q = std::sqrt(2.0 * p.fixed_cost * p.demand_rate * (h + b) / (h * b));
  return RqFinish(p, RqOptimalReorderPoint(p, q), q,
                  "(r,Q) EOQB approximation: Q = EOQB, r = r(Q)");
}

Result<RqResult> RqEoqSs(const RqProblem& p) {
  if (Checks checks = CheckContinuous(p); !checks.ok()) return checks.error();
  const double q = std::sqrt(2.0 * p.fixed_cost * p.demand_rate / p.holding_cost);
  const double ratio = p.stockout_cost / (p.stockout_cost + p.holding_cost);
  return RqFinish(p, Quantile(p.lead_time_demand, ratio), q,
                  "(r,Q) EOQ+SS approximation: Q = EOQ, r = F^-1(p/(p+h))");
}

Result<RqResult> RqLossFunction(const RqProblem& p) {
  if (Checks checks = CheckContinuous(p); !checks.ok()) return checks.error();
  const Distribution& d = p.lead_time_demand;
  const double h = p.holding_cost, hp = p.holding_cost + p.stockout_cost;
  const double mean = d.mean, spread = 40.0 * RqSpread(p);
  double q = std::sqrt(2.0 * p.fixed_cost * p.demand_rate / h), r = mean;
  for (int i = 0; i < 10000; ++i) {
    const double target = h * q / hp;
    auto excess = [&](double x) { return ExpectedShortage(d, x) - target; };
    const double next_r = DecreasingRoot(excess, mean - target - spread, mean + spread);
    const double next_q =
        std::sqrt(2.0 * (p.fixed_cost * p.demand_rate + hp * Loss(d, next_r).second_loss) / h);
    const bool done = std::fabs(next_r - r) < 1e-10 && std::fabs(next_q - q) < 1e-10;
    r = next_r;
    q = next_q;
    if (done) break;
  }
  return RqFinish(p, r, q, "(r,Q) loss-function approximation (Hadley & Whitin 1963)");
}

}  // namespace lagom::policy
