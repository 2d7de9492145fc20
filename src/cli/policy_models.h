// The models of `lagom policy <model>`: each registers its parameters on its own CLI11
// subcommand and computes its JSON output with engine/policy. Model names, parameter names,
// output keys and conventions are those of issue 4's table (Snyder & Shen). Included only by
// the policy_*.cc files of this folder (it pulls in nlohmann/json).
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "engine/policy/distribution.h"
#include "engine/policy/explanation.h"

namespace lagom::cli {

// Every parameter any model takes; each model registers the ones it uses.
struct PolicyArgs {
  std::optional<double> fixed_cost, holding_cost, holding_cost_rate, stockout_cost, demand_rate,
      production_rate, demand_mean, demand_sd, lead_time, mean, sd, x, target, lead_time_mean,
      lead_time_sd, review_period, order_quantity, safety_factor, container;
  std::vector<double> breakpoints, unit_costs, demand;
  std::vector<double> fixed_costs, holding_costs;  // lot sizing: one value or one per period
  std::string distribution, service, method;
  bool explain = false;
};

struct PolicyOutput {
  nlohmann::ordered_json values;  // exactly the output keys of the model
  policy::Explanation explanation;
};

struct PolicyModel {
  const char* name;
  const char* description;
  void (*add_options)(CLI::App& model, PolicyArgs& args);
  Result<PolicyOutput> (*run)(const PolicyArgs& args);
};

std::span<const PolicyModel> DeterministicModels();  // eoq … silver-meal, kanban
std::span<const PolicyModel> StochasticModels();     // newsvendor, rq, ss, loss, safety-stock

// The safety-stock model (policy_safety_stock.cc), listed among StochasticModels().
void AddSafetyStockOptions(CLI::App& model, PolicyArgs& args);
Result<PolicyOutput> RunSafetyStock(const PolicyArgs& args);

// Adds a numeric option `--<name>` (required unless `required` is false).
void AddNumber(CLI::App& model, const char* name, std::optional<double>& value, const char* help,
               bool required = true);
// Adds a comma-separated list option `--<name>` (required).
void AddList(CLI::App& model, const char* name, std::vector<double>& values, const char* help);

// InvalidInput unless every given number is finite.
Status CheckFinite(const PolicyArgs& args);

// The distribution `name` with the given mean and optional sd, over `periods` periods;
// `sd_option` names the sd option in the error when a kind needs it and it is missing.
Result<policy::Distribution> DistributionFrom(const std::string& name, double mean,
                                              const std::optional<double>& sd, double periods,
                                              const char* sd_option);

}  // namespace lagom::cli
