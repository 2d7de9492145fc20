#include "engine/policy/newsvendor.h"

#include <cmath>

#include "engine/policy/checks.h"
#include "engine/policy/loss.h"

namespace lagom::policy {
namespace {

Checks CheckCosts(double holding_cost, double stockout_cost) {
  Checks checks;
  checks.Positive(holding_cost, "holding cost").Positive(stockout_cost, "stockout cost");
  return checks;
}

void Describe(NewsvendorResult& r, double h, double p, double ratio) {
  r.explanation.inputs.Add("holding_cost", h);
  r.explanation.inputs.Add("stockout_cost", p);
  r.explanation.steps.Add("critical_ratio", ratio);
  r.explanation.steps.Add("base_stock_level", r.base_stock_level);
  r.explanation.steps.Add("cost", r.cost);
}

}  // namespace

double NewsvendorCost(double holding_cost, double stockout_cost, const Distribution& demand,
                      double base_stock_level) {
  const double s = demand.discrete() ? std::floor(base_stock_level) : base_stock_level;
  const double shortage = ExpectedShortage(demand, s);
  return holding_cost * (s - demand.mean + shortage) + stockout_cost * shortage;
}

Result<NewsvendorResult> Newsvendor(double holding_cost, double stockout_cost,
                                    const Distribution& demand) {
  Checks checks = CheckCosts(holding_cost, stockout_cost);
  if (!checks.ok()) return checks.error();
  const double ratio = stockout_cost / (stockout_cost + holding_cost);
  NewsvendorResult r;
  r.base_stock_level = Quantile(demand, ratio);
  r.cost = NewsvendorCost(holding_cost, stockout_cost, demand, r.base_stock_level);
  r.explanation.method = "newsvendor: S* = F^-1(p / (p + h)), g(S) = h n_bar(S) + p n(S)";
  r.explanation.inputs.Add("demand_mean", demand.mean);
  r.explanation.inputs.Add("demand_sd", demand.sd());
  Describe(r, holding_cost, stockout_cost, ratio);
  return r;
}

Result<NewsvendorResult> NewsvendorDiscrete(double holding_cost, double stockout_cost,
                                            std::span<const double> pmf) {
  Checks checks = CheckCosts(holding_cost, stockout_cost);
  checks.Require(!pmf.empty(), "the demand pmf must not be empty").NonNegative(pmf, "pmf");
  if (!checks.ok()) return checks.error();
  const double ratio = stockout_cost / (stockout_cost + holding_cost);
  NewsvendorResult r;
  double cdf = 0.0;
  std::size_t s = 0;
  for (; s + 1 < pmf.size(); ++s) {
    cdf += pmf[s];
    if (cdf >= ratio - 1e-12) break;
  }
  r.base_stock_level = static_cast<double>(s);
  const LossValues v = DiscreteLoss(pmf, static_cast<long>(s));
  r.cost = holding_cost * v.complementary_loss + stockout_cost * v.loss;
  r.explanation.method = "newsvendor (discrete pmf): smallest S with F(S) >= p / (p + h)";
  Describe(r, holding_cost, stockout_cost, ratio);
  return r;
}

}  // namespace lagom::policy
