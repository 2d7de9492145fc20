#include "engine/policy/stock_point.h"

#include <cmath>
#include <numeric>
#include <vector>

#include "engine/policy/checks.h"
#include "engine/policy/loss.h"
#include "engine/policy/periodic_fill_rate.h"
#include "engine/policy/protection.h"
#include "engine/policy/service.h"

namespace lagom::policy {
namespace {

Checks Validate(const StockPointInput& in) {
  Checks checks;
  checks.NonNegative(in.demand_mean, "demand mean")
      .NonNegative(in.demand_variance, "demand variance")
      .NonNegative(in.lead_time_mean, "lead time mean")
      .NonNegative(in.lead_time_sd, "lead time sd")
      .NonNegative(in.review_period, "review period")
      .NonNegative(in.order_quantity, "order quantity")
      .Positive(in.sd_horizon_exponent, "sd horizon exponent")
      .Require(in.sd_horizon_exponent <= 1.0, "sd horizon exponent must be <= 1");
  const ServiceKind kind = in.target.kind;
  if (kind == ServiceKind::kCycleService || kind == ServiceKind::kFillRate) {
    checks.Probability(in.target.value, "service target");
  } else {
    checks.NonNegative(in.target.value, "safety stock cover");
  }
  if (!in.demand_pmf.empty()) {
    checks.NonNegative(in.demand_pmf, "demand pmf");
    const double total = std::accumulate(in.demand_pmf.begin(), in.demand_pmf.end(), 0.0);
    checks.Require(std::fabs(total - 1.0) < 1e-6, "demand pmf must sum to 1");
  }
  return checks;
}

const char* MethodOf(ServiceKind kind) {
  switch (kind) {
    case ServiceKind::kCycleService:
      return "cycle service: s = smallest level with P(D_T <= s) >= alpha, T = L + R";
    case ServiceKind::kFillRate:
      return "fill rate: smallest s with 1 - (n(s) - n(s + Q)) / Q >= beta over D_T, T = L + R";
    case ServiceKind::kDaysOfCover:
      return "days of cover: s = E[D_T] + cover x mean demand per period";
    case ServiceKind::kFixedQuantity:
      return "fixed safety stock: s = E[D_T] + safety stock";
  }
  return "";
}

// The quantity one replenishment cycle delivers on average.
double CycleQuantity(const StockPointInput& in, double demand_mean) {
  if (in.order_quantity > 0.0) return in.order_quantity;
  return demand_mean * (in.review_period > 0.0 ? in.review_period : 1.0);
}

// Levels shared by both paths, given how to find the service point and evaluate service.
template <class ServicePoint, class Evaluate>
StockPointPolicy Levels(const StockPointInput& in, double mean_t, double per_period_mean,
                        bool discrete, ServicePoint service_point, Evaluate evaluate) {
  const double q = CycleQuantity(in, per_period_mean);
  StockPointPolicy p;
  switch (in.target.kind) {
    case ServiceKind::kCycleService:
    case ServiceKind::kFillRate:
      p.reorder_point = service_point(q);
      break;
    case ServiceKind::kDaysOfCover:
      p.reorder_point = mean_t + in.target.value * per_period_mean;
      break;
    case ServiceKind::kFixedQuantity:
      p.reorder_point = mean_t + in.target.value;
      break;
  }
  if (!in.allow_negative_safety_stock) p.reorder_point = std::max(p.reorder_point, mean_t);
  if (discrete) p.reorder_point = std::ceil(p.reorder_point - 1e-9);  // whole units
  p.safety_stock = p.reorder_point - mean_t;
  const bool order_up_to = in.review_period > 0.0 && in.order_quantity == 0.0;
  p.order_up_to_level = order_up_to ? p.reorder_point : p.reorder_point + q;
  evaluate(p, q);
  p.achieved_service = in.target.kind == ServiceKind::kCycleService ? p.achieved_cycle_service
                                                                    : p.achieved_fill_rate;
  Explanation& e = p.explanation;
  e.method = MethodOf(in.target.kind);
  e.inputs.Add("demand_mean", per_period_mean);
  e.inputs.Add("lead_time_mean", in.lead_time_mean);
  e.inputs.Add("lead_time_sd", in.lead_time_sd);
  e.inputs.Add("review_period", in.review_period);
  e.inputs.Add("target", in.target.value);
  e.steps.Add("protection_mean", mean_t);
  e.steps.Add("cycle_quantity", q);
  return p;
}

// Whether the fill rate follows periodic_fill_rate.h.
bool Periodic(const StockPointInput& in) {
  return in.fill_rate_model == FillRateModel::kPeriodic && in.review_period > 0.0;
}

// D_{L+R} = d, D_L of the same kind (Poisson where the moments rule out a negative binomial).
PeriodicDemand PeriodicOf(const StockPointInput& in, const Distribution& d) {
  const ProtectionDemand l =
      DemandOverProtection(in.demand_mean, in.demand_variance, in.lead_time_mean, in.lead_time_sd,
                           0.0, in.sd_horizon_exponent);
  Result<Distribution> lead = MakeDistribution(d.kind, l.mean, l.variance);
  if (!lead) lead = MakeDistribution(DistributionKind::kPoisson, l.mean, l.mean);
  return {d, *lead, in.demand_mean * in.review_period};
}

Result<StockPointPolicy> FromMoments(const StockPointInput& in) {
  const ProtectionDemand t =
      DemandOverProtection(in.demand_mean, in.demand_variance, in.lead_time_mean, in.lead_time_sd,
                           in.review_period, in.sd_horizon_exponent);
  const DistributionKind kind = in.distribution.value_or(ChooseDistribution(t.mean, t.variance));
  Result<Distribution> made = MakeDistribution(kind, t.mean, t.variance);
  if (!made.ok()) return made.error();
  const Distribution d = *made;
  const PeriodicDemand periodic = PeriodicOf(in, d);
  auto fill_rate_point = [&](double q) {
    return Periodic(in) ? PeriodicFillRatePoint(periodic, in.target.value, in.order_quantity)
                        : FillRatePoint(d, in.target.value, q);
  };
  auto point = [&](double q) {
    return in.target.kind == ServiceKind::kCycleService ? CycleServicePoint(d, in.target.value)
                                                        : fill_rate_point(q);
  };
  auto evaluate = [&](StockPointPolicy& p, double q) {
    p.achieved_cycle_service = CycleServiceAt(d, p.reorder_point);
    p.achieved_fill_rate = Periodic(in)
                               ? PeriodicFillRateAt(periodic, p.reorder_point, in.order_quantity)
                           : q > 0.0 ? FillRateAt(d, p.reorder_point, q)
                                     : 1.0;
    p.explanation.steps.Add("expected_shortage_per_cycle",
                            q > 0.0 ? (1.0 - p.achieved_fill_rate) * q : 0.0);
  };
  StockPointPolicy p = Levels(in, t.mean, in.demand_mean, d.discrete(), point, evaluate);
  p.distribution = kind;
  p.explanation.inputs.Add("demand_sd", std::sqrt(in.demand_variance));
  p.explanation.steps.Add("protection_periods", t.periods);
  p.explanation.steps.Add("protection_sd", d.sd());
  if (d.sd() > 0.0) p.explanation.steps.Add("z", p.safety_stock / d.sd());
  return p;
}

// Demand over L + R and, for the periodic fill rate, over L (whole review periods are added
// to the lead time's demand: a random lead time leaves the review period fixed).
std::pair<std::vector<double>, std::vector<double>> ProtectionPmfs(const StockPointInput& in) {
  const double l = in.lead_time_mean, sd = in.lead_time_sd, r = in.review_period;
  if (!Periodic(in)) return {ProtectionPmf(in.demand_pmf, l, sd, r), {}};
  std::vector<double> lead = ProtectionPmf(in.demand_pmf, l, sd, 0.0);
  std::vector<double> lead_review = r == std::floor(r)
                                        ? AddPeriods(lead, in.demand_pmf, static_cast<int>(r))
                                        : ProtectionPmf(in.demand_pmf, l, sd, r);
  return {std::move(lead_review), std::move(lead)};
}

Result<StockPointPolicy> FromPmf(const StockPointInput& in) {
  // Named references, not a structured binding: the lambdas below capture them, which clang
  // before 16 refuses for bindings (the fuzz and TSan builds use Debian 12's clang 14).
  const auto pmfs = ProtectionPmfs(in);
  const std::vector<double>& pmf = pmfs.first;
  const std::vector<double>& lead = pmfs.second;
  const double mean_t = DiscreteLoss(pmf, 0).loss;  // E[(D - 0)+] = E[D]
  const double mean = DiscreteLoss(in.demand_pmf, 0).loss;
  const double review_mean = mean * in.review_period;
  auto fill_rate_point = [&](double q) {
    return Periodic(in)
               ? PeriodicFillRatePoint(pmf, lead, review_mean, in.target.value, in.order_quantity)
               : FillRatePoint(std::span<const double>(pmf), in.target.value, q);
  };
  auto point = [&](double q) {
    return in.target.kind == ServiceKind::kCycleService
               ? CycleServicePoint(std::span<const double>(pmf), in.target.value)
               : fill_rate_point(q);
  };
  auto evaluate = [&](StockPointPolicy& p, double q) {
    p.achieved_cycle_service = CycleServiceAt(pmf, p.reorder_point);
    p.achieved_fill_rate = Periodic(in) ? PeriodicFillRateAt(pmf, lead, review_mean,
                                                             p.reorder_point, in.order_quantity)
                           : q > 0.0    ? FillRateAt(pmf, p.reorder_point, q)
                                        : 1.0;
  };
  StockPointPolicy p = Levels(in, mean_t, mean, true, point, evaluate);
  p.from_pmf = true;
  return p;
}

}  // namespace

Result<StockPointPolicy> ComputeStockPointPolicy(const StockPointInput& input) {
  Checks checks = Validate(input);
  if (!checks.ok()) return checks.error();
  Result<StockPointPolicy> policy = input.demand_pmf.empty() ? FromMoments(input) : FromPmf(input);
  if (policy.ok()) {
    policy->explanation.steps.Add("safety_stock", policy->safety_stock);
    policy->explanation.steps.Add("reorder_point", policy->reorder_point);
    policy->explanation.steps.Add("order_up_to_level", policy->order_up_to_level);
    policy->explanation.steps.Add("achieved_cycle_service", policy->achieved_cycle_service);
    policy->explanation.steps.Add("achieved_fill_rate", policy->achieved_fill_rate);
  }
  return policy;
}

}  // namespace lagom::policy
