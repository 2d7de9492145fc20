#include "app/stock_point_policy.h"

#include <fmt/format.h>

#include <cmath>

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
Result<std::pair<double, std::string>> OrderQuantity(const store::StockPointData& point,
                                                     double demand,
                                                     const store::PlanningData& data) {
  const store::PolicySettings& p = point.policy;
  if (p.order_rule == "cover") {
    return std::pair{demand * p.cover_periods, fmt::format("cover {:g} periods", p.cover_periods)};
  }
  if (p.order_rule == "up-to") return std::pair{0.0, std::string("order up to S")};
  if (p.order_rule == "fixed") {
    return std::pair{static_cast<double>(p.fixed_quantity_milli) / 1000.0,
                     std::string("fixed quantity")};
  }
  if (p.order_rule == "eoq") {
    double unit_cost = static_cast<double>(point.unit_cost_raw) / 10000.0;
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

Result<StockPointPolicyResult> ComputePolicy(const store::StockPointData& point,
                                             const forecast::LevelEstimate& demand,
                                             const store::PlanningData& data) {
  auto where = [&](const Error& e) {
    return Error{e.code, point.item_code + "@" + point.location_code + ": " + e.message};
  };
  StockPointPolicyResult result;
  policy::StockPointInput& in = result.input;
  in.demand_mean = std::max(demand.mean_per_period, 0.0);
  in.demand_variance = demand.sd_per_period * demand.sd_per_period;
  in.review_period = point.policy.review_periods;
  if (point.supply) {
    in.lead_time_mean = point.supply->lead_time_days / DaysPerPeriod(data.period);
    in.lead_time_sd = point.supply->lead_time_sd_days / DaysPerPeriod(data.period);
  }
  auto kind = ServiceKindOf(point.policy.service_kind);
  if (!kind) return where(kind.error());
  in.target = {*kind, point.policy.service_target};
  if (point.policy.distribution != "auto") {
    auto distribution = policy::ParseDistributionKind(point.policy.distribution);
    if (!distribution) return where(distribution.error());
    in.distribution = *distribution;
  }
  auto quantity = OrderQuantity(point, in.demand_mean, data);
  if (!quantity) return where(quantity.error());
  in.order_quantity = quantity->first;
  result.order_rule_note = quantity->second;
  auto computed = policy::ComputeStockPointPolicy(in);
  if (!computed) return where(computed.error());
  result.policy = *computed;
  result.summary = fmt::format(
      "{} {:g}, {}", point.policy.service_kind, point.policy.service_target,
      computed->from_pmf ? "empirical" : policy::DistributionName(computed->distribution));
  return result;
}

}  // namespace lagom::app
