#include "engine/plan/stock_point_policy.h"

#include <fmt/format.h>

#include <cmath>

#include "engine/policy/empirical_demand.h"
#include "engine/policy/eoq.h"

namespace lagom::plan {

namespace {

constexpr double kDaysPerYear = 365.2425;

// The order quantity Q of the rule in force, and how it was set.
std::pair<double, std::string> OrderQuantity(const PolicySettings& p, std::int64_t unit_cost_raw,
                                             double demand, const PlanParameters& parameters) {
  switch (p.order_rule) {
    case OrderRule::kCover:
      break;
    case OrderRule::kUpTo:
      return {0.0, "order up to S"};
    case OrderRule::kFixed:
      return {static_cast<double>(p.fixed_quantity_milli) / 1000.0, "fixed quantity"};
    case OrderRule::kEoq: {
      double unit_cost = static_cast<double>(unit_cost_raw) / 10000.0;
      double holding =
          parameters.holding_rate * unit_cost * DaysPerPeriod(parameters.period) / kDaysPerYear;
      if (holding <= 0 || demand <= 0) {
        return {demand * p.cover_periods, "EOQ impossible without unit cost and demand; cover"};
      }
      // The textbook EOQ of engine/policy: K ≥ 0 (a setting's range), h > 0 and λ > 0 here.
      auto eoq = policy::Eoq(parameters.ordering_cost, holding, demand);
      return {eoq ? eoq->order_quantity : demand * p.cover_periods,
              fmt::format("EOQ (K {:g}, h {:.4g}/period)", parameters.ordering_cost, holding)};
    }
  }
  return {demand * p.cover_periods, fmt::format("cover {:g} periods", p.cover_periods)};
}

}  // namespace

Result<StockPointPolicyResult> ComputePolicy(const PolicySettings& settings,
                                             std::int64_t unit_cost_raw,
                                             const DemandAndTiming& demand,
                                             const PlanParameters& parameters) {
  StockPointPolicyResult result;
  policy::StockPointInput& in = result.input;
  in.demand_mean = std::max(demand.mean, 0.0);
  in.demand_variance = std::max(demand.variance, 0.0);
  in.lead_time_mean = demand.lead_time;
  in.lead_time_sd = demand.lead_time_sd;
  in.review_period = demand.review;
  in.target = {settings.service_kind, settings.service_target};
  if (settings.distribution != DistributionChoice::kAuto) {
    auto distribution = policy::ParseDistributionKind(
        NameOf<DistributionChoice>(kDistributionChoices, settings.distribution));
    if (!distribution) return distribution.error();
    in.distribution = *distribution;
  }
  auto [quantity, note] = OrderQuantity(settings, unit_cost_raw, in.demand_mean, parameters);
  in.order_quantity = quantity;
  result.order_rule_note = std::move(note);
  bool slow_mover = !demand.intermittent_history.empty() &&
                    settings.service_kind == ServiceKind::kFillRate &&
                    settings.distribution == DistributionChoice::kAuto;
  if (slow_mover) {
    in.fill_rate_model = policy::FillRateModel::kPeriodic;
    auto empirical = policy::ComputeEmpiricalPolicy(in, demand.intermittent_history);
    if (!empirical) return empirical.error();
    result.policy = empirical->policy;
    result.empirical = std::move(empirical->demand);
  } else {
    auto computed = policy::ComputeStockPointPolicy(in);
    if (!computed) return computed.error();
    result.policy = *computed;
  }
  const double unit = result.empirical.unit;
  result.summary =
      fmt::format("{} {:g}, {}{}", NameOf<ServiceKind>(kServiceKinds, settings.service_kind),
                  settings.service_target,
                  result.policy.from_pmf ? "empirical sizes"
                                         : policy::DistributionName(result.policy.distribution),
                  unit > 1 ? fmt::format(" (in steps of {:g})", unit) : "");
  if (slow_mover) result.summary += ", periodic fill rate";
  return result;
}

}  // namespace lagom::plan
