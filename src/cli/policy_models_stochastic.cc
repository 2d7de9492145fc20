// `lagom policy` models with random demand: newsvendor, rq, ss, loss, safety-stock.
// Conventions (Snyder & Shen): rq with normal demand takes --demand-mean/--demand-sd per year
// and --lead-time in years; ss and newsvendor take per-period demand; newsvendor --lead-time L
// means demand over L + 1 periods. Discrete results print as integers.
#include <cmath>

#include "cli/policy_models.h"
#include "engine/policy/loss.h"
#include "engine/policy/newsvendor.h"
#include "engine/policy/rq.h"
#include "engine/policy/ss.h"
#include "engine/policy/stock_point.h"

namespace lagom::cli {

namespace {

nlohmann::ordered_json Level(double value, bool discrete) {
  if (discrete) return static_cast<long long>(std::llround(value));
  return value;
}

void AddDistribution(CLI::App& m, PolicyArgs& a, bool required = true) {
  auto* option =
      m.add_option("--distribution", a.distribution, "normal, poisson, negative-binomial or gamma");
  if (required) option->required();
}

void AddCosts(CLI::App& m, PolicyArgs& a, bool fixed) {
  AddNumber(m, "holding-cost", a.holding_cost, "Holding cost per unit per period (h)");
  AddNumber(m, "stockout-cost", a.stockout_cost, "Stockout cost per unit per period (p)");
  if (fixed) AddNumber(m, "fixed-cost", a.fixed_cost, "Cost per order (K)");
}

void AddNewsvendorOptions(CLI::App& m, PolicyArgs& a) {
  AddDistribution(m, a);
  AddCosts(m, a, false);
  AddNumber(m, "demand-mean", a.demand_mean, "Mean demand per period");
  AddNumber(m, "demand-sd", a.demand_sd, "Demand sd per period (not for poisson)", false);
  AddNumber(m, "lead-time", a.lead_time, "Lead time L: demand over L + 1 periods", false);
}

Result<PolicyOutput> RunNewsvendor(const PolicyArgs& a) {
  const double lead_time = a.lead_time.value_or(0.0);
  if (lead_time < 0.0) return InvalidInput("--lead-time must be >= 0");
  auto d =
      DistributionFrom(a.distribution, *a.demand_mean, a.demand_sd, lead_time + 1.0, "demand-sd");
  if (!d) return d.error();
  auto r = policy::Newsvendor(*a.holding_cost, *a.stockout_cost, *d);
  if (!r) return r.error();
  return PolicyOutput{
      {{"base_stock_level", Level(r->base_stock_level, d->discrete())}, {"cost", r->cost}},
      r->explanation};
}

void AddRqOptions(CLI::App& m, PolicyArgs& a) {
  AddNewsvendorOptions(m, a);
  m.get_option("--lead-time")->required()->description("Lead time (years for normal demand)");
  AddNumber(m, "fixed-cost", a.fixed_cost, "Cost per order (K)");
  m.add_option("--method", a.method, "exact (default), eil, eoqb, eoqss or loss-function");
}

Result<policy::RqResult> SolveRq(const policy::RqProblem& problem, const std::string& method) {
  if (method.empty() || method == "exact") return policy::RqExact(problem);
  if (method == "eil") return policy::RqEil(problem);
  if (method == "eoqb") return policy::RqEoqb(problem);
  if (method == "eoqss") return policy::RqEoqSs(problem);
  if (method == "loss-function") return policy::RqLossFunction(problem);
  return InvalidInput("unknown --method '" + method + "'");
}

Result<PolicyOutput> RunRq(const PolicyArgs& a) {
  if (*a.lead_time < 0.0) return InvalidInput("--lead-time must be >= 0");
  auto d = DistributionFrom(a.distribution, *a.demand_mean, a.demand_sd, *a.lead_time, "demand-sd");
  if (!d) return d.error();
  policy::RqProblem problem{*a.holding_cost, *a.stockout_cost, *a.fixed_cost, *a.demand_mean, *d};
  auto r = SolveRq(problem, a.method);
  if (!r) return r.error();
  return PolicyOutput{{{"reorder_point", Level(r->reorder_point, d->discrete())},
                       {"order_quantity", Level(r->order_quantity, d->discrete())},
                       {"cost", r->cost}},
                      r->explanation};
}

void AddSsOptions(CLI::App& m, PolicyArgs& a) {
  AddDistribution(m, a);
  AddCosts(m, a, true);
  AddNumber(m, "demand-mean", a.demand_mean, "Mean demand per period");
  AddNumber(m, "demand-sd", a.demand_sd, "Demand sd per period (negative-binomial)", false);
}

Result<PolicyOutput> RunSs(const PolicyArgs& a) {
  auto d = DistributionFrom(a.distribution, *a.demand_mean, a.demand_sd, 1.0, "demand-sd");
  if (!d) return d.error();
  auto r = policy::SsExact({*a.holding_cost, *a.stockout_cost, *a.fixed_cost, *d, *d});
  if (!r) return r.error();
  return PolicyOutput{{{"reorder_point", Level(r->reorder_point, true)},
                       {"order_up_to_level", Level(r->order_up_to_level, true)},
                       {"cost", r->cost}},
                      r->explanation};
}

void AddLossOptions(CLI::App& m, PolicyArgs& a) {
  AddDistribution(m, a);
  AddNumber(m, "mean", a.mean, "Mean of the distribution");
  AddNumber(m, "sd", a.sd, "Standard deviation (not for poisson)", false);
  AddNumber(m, "x", a.x, "Argument of the loss functions (an integer for discrete kinds)");
}

Result<PolicyOutput> RunLoss(const PolicyArgs& a) {
  auto d = DistributionFrom(a.distribution, *a.mean, a.sd, 1.0, "sd");
  if (!d) return d.error();
  if (d->discrete() && *a.x != std::floor(*a.x)) {
    return InvalidInput("--x must be an integer for " + a.distribution + " demand");
  }
  const policy::LossValues v = policy::Loss(*d, *a.x);
  policy::Explanation e;
  e.method = "loss functions n(x) = E[(X-x)+], n2(x), n_bar(x) = E[(x-X)+]";
  return PolicyOutput{{{"loss", v.loss},
                       {"second_loss", v.second_loss},
                       {"complementary_loss", v.complementary_loss}},
                      e};
}

constexpr PolicyModel kModels[] = {
    {"newsvendor", "Newsvendor / base-stock level", AddNewsvendorOptions, RunNewsvendor},
    {"rq", "(r,Q) policy: exact or approximate", AddRqOptions, RunRq},
    {"ss", "(s,S) policy: exact (Zheng-Federgruen) for discrete demand", AddSsOptions, RunSs},
    {"loss", "First- and second-order loss functions", AddLossOptions, RunLoss},
    {"safety-stock", "Safety stock and reorder point for a service target", AddSafetyStockOptions,
     RunSafetyStock},
};

}  // namespace

std::span<const PolicyModel> StochasticModels() {
  return kModels;
}

}  // namespace lagom::cli
