// Parameter plumbing shared by the `lagom policy` models.
#include <cmath>
#include <string>
#include <utility>

#include "cli/policy_models.h"

namespace lagom::cli {

void AddNumber(CLI::App& model, const char* name, std::optional<double>& value, const char* help,
               bool required) {
  CLI::Option* option = model.add_option(std::string("--") + name, value, help);
  if (required) option->required();
}

void AddList(CLI::App& model, const char* name, std::vector<double>& values, const char* help) {
  model.add_option(std::string("--") + name, values, help)->delimiter(',')->required();
}

Status CheckFinite(const PolicyArgs& a) {
  const std::pair<const std::optional<double>*, const char*> numbers[] = {
      {&a.fixed_cost, "fixed-cost"},
      {&a.holding_cost, "holding-cost"},
      {&a.holding_cost_rate, "holding-cost-rate"},
      {&a.stockout_cost, "stockout-cost"},
      {&a.demand_rate, "demand-rate"},
      {&a.production_rate, "production-rate"},
      {&a.demand_mean, "demand-mean"},
      {&a.demand_sd, "demand-sd"},
      {&a.lead_time, "lead-time"},
      {&a.mean, "mean"},
      {&a.sd, "sd"},
      {&a.x, "x"},
      {&a.target, "target"},
      {&a.lead_time_mean, "lead-time-mean"},
      {&a.lead_time_sd, "lead-time-sd"},
      {&a.review_period, "review-period"},
      {&a.order_quantity, "order-quantity"}};
  for (const auto& [value, name] : numbers) {
    if (*value && !std::isfinite(**value)) {
      return InvalidInput(std::string("--") + name + " must be a finite number");
    }
  }
  for (const auto* list :
       {&a.breakpoints, &a.unit_costs, &a.demand, &a.fixed_costs, &a.holding_costs}) {
    for (double value : *list) {
      if (!std::isfinite(value)) return InvalidInput("lists must hold finite numbers");
    }
  }
  return {};
}

Result<policy::Distribution> DistributionFrom(const std::string& name, double mean,
                                              const std::optional<double>& sd, double periods,
                                              const char* sd_option) {
  auto kind = policy::ParseDistributionKind(name);
  if (!kind) return kind.error();
  if (*kind != policy::DistributionKind::kPoisson && !sd) {
    return InvalidInput(std::string("--") + sd_option + " is required for " + name + " demand");
  }
  if (sd && *sd < 0.0) return InvalidInput(std::string("--") + sd_option + " must be >= 0");
  const double variance = sd ? *sd * *sd : mean;
  auto per_period = policy::MakeDistribution(*kind, mean, variance);
  if (!per_period) return per_period.error();
  return policy::OverPeriods(*per_period, periods);
}

}  // namespace lagom::cli
