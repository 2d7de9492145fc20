// `lagom policy safety-stock`: the stock-point policy of the planning run on the command line.
#include "cli/policy_models.h"
#include "engine/policy/stock_point.h"

namespace lagom::cli {

namespace {

Result<policy::ServiceKind> ParseService(const std::string& name) {
  if (name == "cycle") return policy::ServiceKind::kCycleService;
  if (name == "fill-rate") return policy::ServiceKind::kFillRate;
  if (name == "days-of-cover") return policy::ServiceKind::kDaysOfCover;
  if (name == "fixed") return policy::ServiceKind::kFixedQuantity;
  return InvalidInput("unknown --service '" + name +
                      "' (expected cycle, fill-rate, days-of-cover or fixed)");
}

}  // namespace

void AddSafetyStockOptions(CLI::App& m, PolicyArgs& a) {
  m.add_option("--service", a.service, "cycle, fill-rate (or days-of-cover, fixed)")->required();
  AddNumber(m, "target", a.target, "Service target in (0,1) (periods or units for cover/fixed)");
  AddNumber(m, "demand-mean", a.demand_mean, "Mean demand per period");
  AddNumber(m, "demand-sd", a.demand_sd, "Demand (or forecast error) sd per period");
  AddNumber(m, "lead-time-mean", a.lead_time_mean, "Mean lead time in periods");
  AddNumber(m, "lead-time-sd", a.lead_time_sd, "Lead time sd in periods", false);
  AddNumber(m, "review-period", a.review_period, "Periods between reviews (0 = continuous)", false);
  AddNumber(m, "order-quantity", a.order_quantity, "Order quantity (default: demand per cycle)",
            false);
  m.add_option("--distribution", a.distribution,
               "auto (default), normal, poisson, negative-binomial or gamma");
}

Result<PolicyOutput> RunSafetyStock(const PolicyArgs& a) {
  auto service = ParseService(a.service);
  if (!service) return service.error();
  if (*a.demand_sd < 0.0) return InvalidInput("--demand-sd must be >= 0");
  policy::StockPointInput in;
  in.demand_mean = *a.demand_mean;
  in.demand_variance = *a.demand_sd * *a.demand_sd;
  in.lead_time_mean = *a.lead_time_mean;
  in.lead_time_sd = a.lead_time_sd.value_or(0.0);
  in.review_period = a.review_period.value_or(0.0);
  in.order_quantity = a.order_quantity.value_or(0.0);
  in.target = {*service, *a.target};
  if (!a.distribution.empty() && a.distribution != "auto") {
    auto kind = policy::ParseDistributionKind(a.distribution);
    if (!kind) return kind.error();
    in.distribution = *kind;
  }
  auto r = policy::ComputeStockPointPolicy(in);
  if (!r) return r.error();
  const bool discrete = r->from_pmf || policy::Distribution{r->distribution}.discrete();
  nlohmann::ordered_json reorder_point = r->reorder_point;
  if (discrete) reorder_point = static_cast<long long>(r->reorder_point);
  return PolicyOutput{{{"safety_stock", r->safety_stock},
                       {"reorder_point", reorder_point},
                       {"achieved", r->achieved_service}},
                      r->explanation};
}

}  // namespace lagom::cli
