#include "engine/analysis/review_policy.h"

#include <cmath>

#include "engine/policy/empirical_demand.h"
#include "engine/policy/protection.h"
#include "engine/policy/stock_point.h"

namespace lagom::analysis {
namespace {

using policy::DistributionKind;

// The named kind, or the nearest one the moments allow (engine/policy's MakeDistribution);
// normal for empirical demand that is not intermittent; empty for the automatic rule.
std::optional<DistributionKind> KindFor(const DemandModel& model,
                                        const policy::StockPointInput& in) {
  if (model.shape == DemandModel::Shape::kEmpirical) return DistributionKind::kNormal;
  if (model.shape == DemandModel::Shape::kAuto) return std::nullopt;
  const policy::ProtectionDemand t = policy::DemandOverProtection(
      in.demand_mean, in.demand_variance, in.lead_time_mean, in.lead_time_sd, in.review_period);
  if (model.kind == DistributionKind::kNegativeBinomial && t.mean > 0 && t.variance <= t.mean) {
    return DistributionKind::kPoisson;
  }
  if (model.kind == DistributionKind::kGamma && t.mean > 0 && t.variance <= 0) {
    return DistributionKind::kNormal;
  }
  return model.kind;
}

bool Empirical(const DemandModel& model, const forecast::DemandProfile& profile) {
  return model.shape == DemandModel::Shape::kEmpirical &&
         (profile.pattern == forecast::DemandPattern::kIntermittent ||
          profile.pattern == forecast::DemandPattern::kLumpy);
}

ReviewLevels LevelsOf(const policy::StockPointPolicy& p, PolicyKind kind, double q) {
  ReviewLevels out;
  out.order_quantity = kind == PolicyKind::kOrderUpTo ? 0.0 : q;
  out.order_up_to = p.order_up_to_level;
  out.reorder_point = kind == PolicyKind::kOrderUpTo ? out.order_up_to : p.reorder_point;
  return out;
}

}  // namespace

ReviewPlanner::ReviewPlanner(const Configuration& configuration, const SimulationOptions& options,
                             int lead_time)
    : configuration_(configuration), options_(options), lead_time_(lead_time) {}

Result<ReviewLevels> ReviewPlanner::Review(std::span<const double> history, int period) {
  if (!forecast_ || period - fitted_at_ >= options_.refit_every) {
    Result<forecast::Forecast> fitted = forecast::Fit(history, ForecastOptionsOf());
    if (!fitted) return fitted.error();
    forecast_ = std::move(*fitted);
    fitted_at_ = period;
  }
  return Levels(history);
}

// One step ahead and sums over the protection interval: all the policy needs.
forecast::ForecastOptions ReviewPlanner::ForecastOptionsOf() const {
  forecast::ForecastOptions fo;
  fo.horizon = 1;
  fo.season_length = options_.season_length;
  fo.method = configuration_.method;
  fo.sum_periods = lead_time_ + options_.review_period;
  fo.intermittent_alpha = options_.intermittent_alpha;
  fo.tsb_probability_alpha = options_.intermittent_alpha;
  fo.from_first_demand = configuration_.from_first_demand;
  return fo;
}

// The policy engine's input for mean demand per period `mean` and order quantity `q`.
policy::StockPointInput ReviewPlanner::InputFor(double mean, double q) const {
  const double periods = lead_time_ + options_.review_period;
  policy::StockPointInput in;
  in.demand_mean = mean;
  in.demand_variance = forecast_->CumulativeVariance(periods) / periods;
  in.lead_time_mean = lead_time_;
  in.lead_time_sd = options_.lead_time_sd;
  in.review_period = options_.review_period;
  in.order_quantity = q;
  in.target = {policy::ServiceKind::kFillRate, configuration_.target};
  in.fill_rate_model = configuration_.fill_rate_model;
  in.distribution = KindFor(configuration_.demand, in);
  return in;
}

Result<ReviewLevels> ReviewPlanner::Levels(std::span<const double> history) const {
  const double periods = lead_time_ + options_.review_period;
  const double mean = forecast_->CumulativeMean(periods) / periods;
  const bool up_to = configuration_.policy == PolicyKind::kOrderUpTo;
  const double q =
      up_to || mean <= 0.0 ? 0.0 : std::max(1.0, std::ceil(mean * options_.order_cover - 1e-9));
  policy::StockPointInput in = InputFor(mean, q);
  policy::StockPointPolicy computed;
  if (Empirical(configuration_.demand, forecast_->Profile())) {
    auto empirical = policy::ComputeEmpiricalPolicy(in, history, options_.size_tail);
    if (!empirical) return empirical.error();
    computed = empirical->policy;
  } else {
    auto parametric = policy::ComputeStockPointPolicy(in);
    if (!parametric) return parametric.error();
    computed = *parametric;
  }
  ReviewLevels levels = LevelsOf(computed, configuration_.policy, q);
  levels.demand_mean = mean;
  return levels;
}

}  // namespace lagom::analysis
