#include "engine/analysis/simulation_config.h"

#include <cmath>

#include "core/names.h"

namespace lagom::analysis {
namespace {

constexpr Named<PolicyKind> kPolicies[] = {
    {PolicyKind::kReorderQuantity, "sq"},
    {PolicyKind::kReorderUpTo, "ss"},
    {PolicyKind::kOrderUpTo, "rs"},
};

constexpr Named<policy::FillRateModel> kModels[] = {
    {policy::FillRateModel::kPeriodic, "periodic"},
    {policy::FillRateModel::kCycleQuantity, "cycle-quantity"},
};

Status CheckOptions(const SimulationOptions& o) {
  if (o.warmup < 1) return InvalidInput("warm-up must be at least 1 period");
  if (o.season_length < 1 || o.season_length > 366) {
    return InvalidInput("season length must be 1..366");
  }
  if (o.review_period < 1) return InvalidInput("review period must be at least 1 period");
  if (o.refit_every < 1) return InvalidInput("re-fit interval must be at least 1 period");
  if (!(o.order_cover > 0) || !std::isfinite(o.order_cover)) {
    return InvalidInput("order cover must be > 0 periods");
  }
  if (!(o.lead_time_sd >= 0) || !std::isfinite(o.lead_time_sd)) {
    return InvalidInput("lead-time sd must be >= 0");
  }
  if (!(o.size_tail.ratio == 0 || (o.size_tail.ratio >= 1 && std::isfinite(o.size_tail.ratio)))) {
    return InvalidInput("size tail ratio must be 0 (none) or >= 1");
  }
  if (!(o.size_tail.weight > 0 && o.size_tail.weight < 2)) {
    return InvalidInput("size tail weight must be in (0, 2)");
  }
  if (!(o.intermittent_alpha > 0 && o.intermittent_alpha <= 1)) {
    return InvalidInput("smoothing parameter must be in (0, 1]");
  }
  for (double cost : {o.costs.holding_rate, o.costs.ordering_cost, o.costs.shortage_cost}) {
    if (!(cost >= 0) || !std::isfinite(cost)) return InvalidInput("costs must be >= 0");
  }
  return {};
}

}  // namespace

std::optional<PolicyKind> ParsePolicyKind(std::string_view name) {
  return ValueNamed<PolicyKind>(kPolicies, name);
}

std::string_view PolicyKindName(PolicyKind kind) {
  return NameOf<PolicyKind>(kPolicies, kind);
}

std::optional<policy::FillRateModel> ParseFillRateModel(std::string_view name) {
  return ValueNamed<policy::FillRateModel>(kModels, name);
}

std::string_view FillRateModelName(policy::FillRateModel model) {
  return NameOf<policy::FillRateModel>(kModels, model);
}

Result<DemandModel> ParseDemandModel(std::string_view name) {
  if (name == "auto") return DemandModel{DemandModel::Shape::kAuto};
  if (name == "empirical") return DemandModel{DemandModel::Shape::kEmpirical};
  Result<policy::DistributionKind> kind = policy::ParseDistributionKind(name);
  if (!kind) {
    return InvalidInput(
        "unknown distribution '" + std::string(name) +
        "' (expected auto, empirical, normal, poisson, negative-binomial or gamma)");
  }
  return DemandModel{DemandModel::Shape::kFixed, *kind};
}

std::string DemandModelName(const DemandModel& model) {
  switch (model.shape) {
    case DemandModel::Shape::kAuto:
      return "auto";
    case DemandModel::Shape::kEmpirical:
      return "empirical";
    case DemandModel::Shape::kFixed:
      break;
  }
  return policy::DistributionName(model.kind);
}

Configuration Textbook(PolicyKind policy, double target) {
  Configuration c;
  c.method = forecast::Method::kSba;
  c.demand = {DemandModel::Shape::kFixed, policy::DistributionKind::kNormal};
  c.policy = policy;
  c.target = target;
  c.fill_rate_model = policy::FillRateModel::kCycleQuantity;
  c.from_first_demand = false;
  return c;
}

Status ValidateSimulation(const Configuration& configuration, const SimulationOptions& options) {
  if (!(configuration.target > 0 && configuration.target < 1)) {
    return InvalidInput("fill-rate target must be strictly between 0 and 1");
  }
  return CheckOptions(options);
}

}  // namespace lagom::analysis
