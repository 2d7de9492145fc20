#include "engine/policy/ss.h"

#include <cmath>
#include <vector>

#include "engine/policy/checks.h"
#include "engine/policy/newsvendor.h"

namespace lagom::policy {
namespace {

// The renewal quantities of the one-period demand D: m(j) = Σ_n P(D_1 + … + D_n = j)
// (expected visits of the cumulative demand to j), M(k) = Σ_{j<k} m(j). Grown on demand.
class Renewal {
 public:
  explicit Renewal(const Distribution& d) : demand_(d), p0_(Pmf(d, 0.0)) {}

  double m(std::size_t j) {
    Grow(j + 1);
    return m_[j];
  }
  double M(std::size_t k) {
    Grow(k);
    return cumulative_[k];
  }

 private:
  void Grow(std::size_t size) {
    while (m_.size() < size) {
      const std::size_t j = m_.size();
      pmf_.push_back(Pmf(demand_, static_cast<double>(j)));
      double sum = j == 0 ? 1.0 : 0.0;
      for (std::size_t l = 1; l <= j; ++l) sum += pmf_[l] * m_[j - l];
      m_.push_back(sum / (1.0 - p0_));
      cumulative_.push_back(cumulative_.back() + m_.back());
    }
  }

  Distribution demand_;
  double p0_;
  std::vector<double> pmf_, m_, cumulative_{0.0};
};

double G(const SsProblem& p, double y) {
  return NewsvendorCost(p.holding_cost, p.stockout_cost, p.protection_demand, y);
}

double Cost(const SsProblem& p, Renewal& renewal, double s, double big_s) {
  const auto span = static_cast<std::size_t>(big_s - s);
  double sum = p.fixed_cost;
  for (std::size_t j = 0; j < span; ++j) sum += renewal.m(j) * G(p, big_s - static_cast<double>(j));
  return sum / renewal.M(span);
}

Checks CheckProblem(const SsProblem& p) {
  Checks checks;
  checks.Positive(p.holding_cost, "holding cost")
      .Positive(p.stockout_cost, "stockout cost")
      .NonNegative(p.fixed_cost, "fixed cost")
      .Require(p.review_demand.discrete() && p.protection_demand.discrete(),
               "the exact (s,S) algorithm needs discrete (poisson or negative-binomial) demand")
      .Positive(p.review_demand.mean, "demand mean");
  return checks;
}

}  // namespace

Result<double> SsCost(const SsProblem& p, double s, double big_s) {
  Checks checks = CheckProblem(p);
  checks.Require(s < big_s, "the reorder point must be below the order-up-to level");
  if (!checks.ok()) return checks.error();
  Renewal renewal(p.review_demand);
  return Cost(p, renewal, std::floor(s), std::floor(big_s));
}

Result<SsResult> SsExact(const SsProblem& p) {
  Checks checks = CheckProblem(p);
  if (!checks.ok()) return checks.error();
  Renewal renewal(p.review_demand);
  const double ratio = p.stockout_cost / (p.stockout_cost + p.holding_cost);
  const double y_star = Quantile(p.protection_demand, ratio);  // minimiser of G
  // Step 0: lower s from y* until c(s, y*) <= G(s).
  double s = y_star - 1.0, best_big_s = y_star;
  while (Cost(p, renewal, s, best_big_s) > G(p, s)) s -= 1.0;
  double best_cost = Cost(p, renewal, s, best_big_s);
  // Step 1: raise S while G(S) <= c*; on improvement, raise s while c(s, S) <= G(s + 1).
  for (double big_s = best_big_s + 1.0; G(p, big_s) <= best_cost; big_s += 1.0) {
    if (Cost(p, renewal, s, big_s) >= best_cost) continue;
    best_big_s = big_s;
    while (Cost(p, renewal, s, best_big_s) <= G(p, s + 1.0)) s += 1.0;
    best_cost = Cost(p, renewal, s, best_big_s);
  }
  SsResult r{s, best_big_s, best_cost, {}};
  r.explanation.method = "(s,S) exact: Zheng & Federgruen (1991)";
  r.explanation.inputs.Add("holding_cost", p.holding_cost);
  r.explanation.inputs.Add("stockout_cost", p.stockout_cost);
  r.explanation.inputs.Add("fixed_cost", p.fixed_cost);
  r.explanation.inputs.Add("demand_mean", p.review_demand.mean);
  r.explanation.steps.Add("newsvendor_minimiser", y_star);
  r.explanation.steps.Add("reorder_point", s);
  r.explanation.steps.Add("order_up_to_level", best_big_s);
  r.explanation.steps.Add("cost", best_cost);
  return r;
}

Result<SsResult> SsPowerApproximation(double holding_cost, double stockout_cost, double fixed_cost,
                                      double demand_mean, double demand_sd, double lead_time) {
  Checks checks;
  checks.Positive(holding_cost, "holding cost")
      .Positive(stockout_cost, "stockout cost")
      .Positive(fixed_cost, "fixed cost")
      .Positive(demand_mean, "demand mean")
      .Positive(demand_sd, "demand sd")
      .NonNegative(lead_time, "lead time");
  if (!checks.ok()) return checks.error();
  const double mean_l = demand_mean * (lead_time + 1.0);
  const double sd_l = demand_sd * std::sqrt(lead_time + 1.0);
  const double q = 1.30 * std::pow(demand_mean, 0.494) *
                   std::pow(fixed_cost / holding_cost, 0.506) *
                   std::pow(1.0 + sd_l * sd_l / (demand_mean * demand_mean), 0.116);
  const double z = std::sqrt(q / sd_l * holding_cost / stockout_cost);
  const double s = 0.973 * mean_l + sd_l * (0.183 / z + 1.063 - 2.192 * z);
  SsResult r{s, s + q, 0.0, {}};
  r.explanation.method = "(s,S) power approximation (Ehrhardt & Mosier 1984)";
  r.explanation.inputs.Add("holding_cost", holding_cost);
  r.explanation.inputs.Add("stockout_cost", stockout_cost);
  r.explanation.inputs.Add("fixed_cost", fixed_cost);
  r.explanation.inputs.Add("demand_mean", demand_mean);
  r.explanation.inputs.Add("demand_sd", demand_sd);
  r.explanation.inputs.Add("lead_time", lead_time);
  r.explanation.steps.Add("Q", q);
  r.explanation.steps.Add("z", z);
  r.explanation.steps.Add("reorder_point", s);
  r.explanation.steps.Add("order_up_to_level", s + q);
  return r;
}

}  // namespace lagom::policy
