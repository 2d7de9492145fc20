#include "engine/policy/rq.h"

#include <algorithm>
#include <cmath>

#include "engine/policy/checks.h"
#include "engine/policy/loss.h"
#include "engine/policy/newsvendor.h"
#include "engine/policy/rq_detail.h"
#include "engine/policy/solve.h"

namespace lagom::policy {
namespace detail {

Checks CheckRqProblem(const RqProblem& p) {
  Checks checks;
  checks.Positive(p.holding_cost, "holding cost")
      .Positive(p.stockout_cost, "stockout cost")
      .NonNegative(p.fixed_cost, "fixed cost")
      .Positive(p.demand_rate, "demand rate");
  return checks;
}

double RqSpread(const RqProblem& p) {
  return p.lead_time_demand.sd() + 1.0;
}

RqResult RqFinish(const RqProblem& p, double r, double q, const char* method) {
  RqResult result{r, q, RqCost(p, r, q), {}};
  Explanation& e = result.explanation;
  e.method = method;
  e.inputs.Add("holding_cost", p.holding_cost);
  e.inputs.Add("stockout_cost", p.stockout_cost);
  e.inputs.Add("fixed_cost", p.fixed_cost);
  e.inputs.Add("demand_rate", p.demand_rate);
  e.inputs.Add("lead_time_demand_mean", p.lead_time_demand.mean);
  e.inputs.Add("lead_time_demand_sd", p.lead_time_demand.sd());
  e.steps.Add("reorder_point", r);
  e.steps.Add("order_quantity", q);
  e.steps.Add("cost", result.cost);
  return result;
}

}  // namespace detail

namespace {

using detail::RqFinish;

double RqNewsvendorCost(const RqProblem& p, double y) {
  return NewsvendorCost(p.holding_cost, p.stockout_cost, p.lead_time_demand, y);
}

Result<RqResult> ExactDiscrete(const RqProblem& p) {
  const double ratio = p.stockout_cost / (p.stockout_cost + p.holding_cost);
  double lo = Quantile(p.lead_time_demand, ratio), hi = lo;  // window [r+1, r+Q]
  double sum = RqNewsvendorCost(p, lo), q = 1.0;
  double cost = p.fixed_cost * p.demand_rate + sum;
  for (int i = 0; i < 10000000; ++i) {
    const double left = RqNewsvendorCost(p, lo - 1.0), right = RqNewsvendorCost(p, hi + 1.0);
    const double next = std::min(left, right);
    if (next >= cost) break;
    if (left < right) {
      lo -= 1.0;
    } else {
      hi += 1.0;
    }
    sum += next;
    q += 1.0;
    cost = (p.fixed_cost * p.demand_rate + sum) / q;
  }
  return RqFinish(p, lo - 1.0, q, "(r,Q) exact for discrete demand (Federgruen & Zheng 1992)");
}

}  // namespace

double RqCost(const RqProblem& p, double r, double q) {
  if (p.lead_time_demand.discrete()) {
    double sum = 0.0;
    for (double y = r + 1.0; y <= r + q; y += 1.0) sum += RqNewsvendorCost(p, y);
    return (p.fixed_cost * p.demand_rate + sum) / q;
  }
  const double h = p.holding_cost, hp = p.holding_cost + p.stockout_cost;
  const double n2_r = Loss(p.lead_time_demand, r).second_loss;
  const double n2_rq = Loss(p.lead_time_demand, r + q).second_loss;
  return p.fixed_cost * p.demand_rate / q + h * (r - p.lead_time_demand.mean + q / 2.0) +
         hp * (n2_r - n2_rq) / q;
}

double RqOptimalReorderPoint(const RqProblem& p, double q) {
  const double target = p.holding_cost * q / (p.holding_cost + p.stockout_cost);
  auto excess = [&](double r) {
    return ExpectedShortage(p.lead_time_demand, r) - ExpectedShortage(p.lead_time_demand, r + q) -
           target;
  };
  const double mean = p.lead_time_demand.mean, spread = 40.0 * detail::RqSpread(p);
  return detail::DecreasingRoot(excess, mean - q - spread, mean + spread);
}

Result<RqResult> RqExact(const RqProblem& p) {
  Checks checks = detail::CheckRqProblem(p);
  if (!checks.ok()) return checks.error();
  if (p.lead_time_demand.discrete()) return ExactDiscrete(p);
  auto cost_at = [&](double q) { return RqCost(p, RqOptimalReorderPoint(p, q), q); };
  double hi = std::sqrt(2.0 * p.fixed_cost * p.demand_rate / p.holding_cost) + detail::RqSpread(p);
  while (cost_at(2.0 * hi) < cost_at(hi)) hi *= 2.0;
  const double q = detail::GoldenMinimum(cost_at, 2.0 * hi);
  return RqFinish(p, RqOptimalReorderPoint(p, q), q,
                  "(r,Q) exact for continuous demand: golden-section search of g(r(Q), Q)");
}

}  // namespace lagom::policy
