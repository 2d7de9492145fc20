#include "engine/policy/rq.h"

#include <algorithm>
#include <cmath>

#include "engine/policy/checks.h"
#include "engine/policy/loss.h"
#include "engine/policy/newsvendor.h"

namespace lagom::policy {
namespace {

Checks CheckProblem(const RqProblem& p) {
  Checks checks;
  checks.Positive(p.holding_cost, "holding cost")
      .Positive(p.stockout_cost, "stockout cost")
      .NonNegative(p.fixed_cost, "fixed cost")
      .Positive(p.demand_rate, "demand rate");
  return checks;
}

double SpreadOf(const RqProblem& p) {
  return p.lead_time_demand.sd() + 1.0;
}

// Bisection root of a decreasing function f on [lo, hi] with f(lo) >= 0 >= f(hi).
template <class F>
double DecreasingRoot(F f, double lo, double hi) {
  for (int i = 0; i < 200 && hi - lo > 1e-12 * (1.0 + std::fabs(lo) + std::fabs(hi)); ++i) {
    const double mid = 0.5 * (lo + hi);
    (f(mid) >= 0.0 ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

// Minimum of a convex function on (0, hi] by golden-section search.
template <class F>
double GoldenMinimum(F f, double hi) {
  const double inv_phi = 0.6180339887498949;
  double a = 0.0, b = hi;
  double c = b - inv_phi * (b - a), d = a + inv_phi * (b - a);
  double fc = f(c), fd = f(d);
  for (int i = 0; i < 200 && b - a > 1e-10 * b; ++i) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - inv_phi * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + inv_phi * (b - a);
      fd = f(d);
    }
  }
  return 0.5 * (a + b);
}

double NewsvendorG(const RqProblem& p, double y) {
  return NewsvendorCost(p.holding_cost, p.stockout_cost, p.lead_time_demand, y);
}

RqResult Finish(const RqProblem& p, double r, double q, const char* method) {
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

Result<RqResult> ExactDiscrete(const RqProblem& p) {
  const double ratio = p.stockout_cost / (p.stockout_cost + p.holding_cost);
  double lo = Quantile(p.lead_time_demand, ratio), hi = lo;  // window [r+1, r+Q]
  double sum = NewsvendorG(p, lo), q = 1.0;
  double cost = p.fixed_cost * p.demand_rate + sum;
  for (int i = 0; i < 10000000; ++i) {
    const double left = NewsvendorG(p, lo - 1.0), right = NewsvendorG(p, hi + 1.0);
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
  return Finish(p, lo - 1.0, q, "(r,Q) exact for discrete demand (Federgruen & Zheng 1992)");
}

Result<RqResult> CheckContinuous(const RqProblem& p) {
  Checks checks = CheckProblem(p);
  checks.Require(!p.lead_time_demand.discrete(),
                 "this (r,Q) approximation needs a continuous (normal or gamma) demand");
  if (!checks.ok()) return checks.error();
  return RqResult{};
}

}  // namespace

double RqCost(const RqProblem& p, double r, double q) {
  if (p.lead_time_demand.discrete()) {
    double sum = 0.0;
    for (double y = r + 1.0; y <= r + q; y += 1.0) sum += NewsvendorG(p, y);
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
  const double mean = p.lead_time_demand.mean, spread = 40.0 * SpreadOf(p);
  return DecreasingRoot(excess, mean - q - spread, mean + spread);
}

Result<RqResult> RqExact(const RqProblem& p) {
  Checks checks = CheckProblem(p);
  if (!checks.ok()) return checks.error();
  if (p.lead_time_demand.discrete()) return ExactDiscrete(p);
  auto cost_at = [&](double q) { return RqCost(p, RqOptimalReorderPoint(p, q), q); };
  double hi = std::sqrt(2.0 * p.fixed_cost * p.demand_rate / p.holding_cost) + SpreadOf(p);
  while (cost_at(2.0 * hi) < cost_at(hi)) hi *= 2.0;
  const double q = GoldenMinimum(cost_at, 2.0 * hi);
  return Finish(p, RqOptimalReorderPoint(p, q), q,
                "(r,Q) exact for continuous demand: golden-section search of g(r(Q), Q)");
}

Result<RqResult> RqEil(const RqProblem& p) {
  if (auto ok = CheckContinuous(p); !ok.ok()) return ok.error();
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
  RqResult result = Finish(p, r, q, "(r,Q) EIL approximation (Hadley & Whitin 1963)");
  const double approx = p.holding_cost * (r - d.mean + q / 2.0) + p.fixed_cost * p.demand_rate / q +
                        p.stockout_cost * p.demand_rate * ExpectedShortage(d, r) / q;
  result.explanation.steps.Add("approximate_cost", approx);
  return result;
}

Result<RqResult> RqEoqb(const RqProblem& p) {
  if (auto ok = CheckContinuous(p); !ok.ok()) return ok.error();
  const double h = p.holding_cost, b = p.stockout_cost;
  const double q = std::sqrt(2.0 * p.fixed_cost * p.demand_rate * (h + b) / (h * b));
  return Finish(p, RqOptimalReorderPoint(p, q), q, "(r,Q) EOQB approximation: Q = EOQB, r = r(Q)");
}

Result<RqResult> RqEoqSs(const RqProblem& p) {
  if (auto ok = CheckContinuous(p); !ok.ok()) return ok.error();
  const double q = std::sqrt(2.0 * p.fixed_cost * p.demand_rate / p.holding_cost);
  const double ratio = p.stockout_cost / (p.stockout_cost + p.holding_cost);
  return Finish(p, Quantile(p.lead_time_demand, ratio), q,
                "(r,Q) EOQ+SS approximation: Q = EOQ, r = F^-1(p/(p+h))");
}

Result<RqResult> RqLossFunction(const RqProblem& p) {
  if (auto ok = CheckContinuous(p); !ok.ok()) return ok.error();
  const Distribution& d = p.lead_time_demand;
  const double h = p.holding_cost, hp = p.holding_cost + p.stockout_cost;
  const double mean = d.mean, spread = 40.0 * SpreadOf(p);
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
  return Finish(p, r, q, "(r,Q) loss-function approximation (Hadley & Whitin 1963)");
}

}  // namespace lagom::policy
