#include "app/stock_point_policy.h"

#include <fmt/format.h>

#include <cmath>

#include "engine/policy/empirical_demand.h"

namespace lagom::app {

namespace {

constexpr double kDaysPerYear = 365.2425;

Result<policy::ServiceKind> ServiceKindOf(const std::string& name) {
  if (name == "cycle") return policy::ServiceKind::kCycleService;
  if (name == "fill-rate") return policy::ServiceKind::kFillRate;
  if (name == "days-of-cover") return policy::ServiceKind::kDaysOfCover;
  if (name == "fixed") return policy::ServiceKind::kFixedQuantity;
  return InvalidInput("service kind '" + name +
                      "' is not cycle, fill-rate, days-of-cover or fixed");
}

// The order quantity Q of the rule in force, and how it was set.
Result<std::pair<double, std::string>> OrderQuantity(const store::PolicySettings& p,
                                                     std::int64_t unit_cost_raw, double demand,
                                                     const store::PlanningData& data) {
  if (p.order_rule == "cover") {
    return std::pair{demand * p.cover_periods, fmt::format("cover {:g} periods", p.cover_periods)};
  }
  if (p.order_rule == "up-to") return std::pair{0.0, std::string("order up to S")};
  if (p.order_rule == "fixed") {
    return std::pair{static_cast<double>(p.fixed_quantity_milli) / 1000.0,
                     std::string("fixed quantity")};
  }
  if (p.order_rule == "eoq") {
    double unit_cost = static_cast<double>(unit_cost_raw) / 10000.0;
    double holding = data.holding_rate * unit_cost * DaysPerPeriod(data.period) / kDaysPerYear;
    if (holding <= 0 || demand <= 0) {
      return std::pair{demand * p.cover_periods,
                       std::string("EOQ impossible without unit cost and demand; cover")};
    }
    return std::pair{std::sqrt(2.0 * data.ordering_cost * demand / holding),
                     fmt::format("EOQ (K {:g}, h {:.4g}/period)", data.ordering_cost, holding)};
  }
  return InvalidInput("order rule '" + p.order_rule + "' is not cover, up-to, eoq or fixed");
}

}  // namespace

Result<StockPointPolicyResult> ComputePolicy(const store::PolicySettings& settings,
                                             std::int64_t unit_cost_raw,
                                             const DemandAndTiming& demand,
                                             const store::PlanningData& data,
                                             std::string_view where) {
  auto located = [&](const Error& e) {
    return Error{e.code, std::string(where) + ": " + e.message};
  };
  StockPointPolicyResult result;
  policy::StockPointInput& in = result.input;
  in.demand_mean = std::max(demand.mean, 0.0);
  in.demand_variance = std::max(demand.variance, 0.0);
  in.lead_time_mean = demand.lead_time;
  in.lead_time_sd = demand.lead_time_sd;
  in.review_period = demand.review;
  auto kind = ServiceKindOf(settings.service_kind);
  if (!kind) return located(kind.error());
  in.target = {*kind, settings.service_target};
  if (settings.distribution != "auto") {
    auto distribution = policy::ParseDistributionKind(settings.distribution);
    if (!distribution) return located(distribution.error());
    in.distribution = *distribution;
  }
  auto quantity = OrderQuantity(settings, unit_cost_raw, in.demand_mean, data);
  if (!quantity) return located(quantity.error());
  in.order_quantity = quantity->first;
  result.order_rule_note = quantity->second;
  bool slow_mover = !demand.intermittent_history.empty() &&
                    *kind == policy::ServiceKind::kFillRate && settings.distribution == "auto";
  if (slow_mover) {
    in.fill_rate_model = policy::FillRateModel::kPeriodic;
    auto empirical = policy::ComputeEmpiricalPolicy(in, demand.intermittent_history);
    if (!empirical) return located(empirical.error());
    result.policy = empirical->policy;
    result.empirical = std::move(empirical->demand);
  } else {
    auto computed = policy::ComputeStockPointPolicy(in);
    if (!computed) return located(computed.error());
    result.policy = *computed;
  }
  const double unit = result.empirical.unit;
  result.summary =
      fmt::format("{} {:g}, {}{}", settings.service_kind, settings.service_target,
                  result.policy.from_pmf ? "empirical sizes"
                                         : policy::DistributionName(result.policy.distribution),
                  unit > 1 ? fmt::format(" (in steps of {:g})", unit) : "");
  if (slow_mover) result.summary += ", periodic fill rate";
  return result;
}

}  // namespace lagom::app
