// The arguments of `lagom simulate`: the options it takes and the configurations they name.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "app/simulation_run.h"
#include "cli/cli.h"
#include "cli/simulate_input.h"

namespace lagom::cli {

// Defaults: Lagom's configuration for intermittent items at a 0.95 fill-rate target.
struct SimulateArgs {
  SimulationInputArgs input;
  std::vector<std::string> methods = {"auto"};
  std::vector<std::string> distributions = {"empirical"};
  std::vector<std::string> policies = {"ss"};
  std::vector<std::string> fill_rate_models = {"periodic"};
  std::vector<std::string> histories = {"first-demand"};
  std::vector<double> targets = {0.95};
  bool compare_textbook = false;
  std::vector<double> calibrate;  // --calibrate: mean fill rates over items to find targets for
  std::string shortage = "backorders";
  std::string output;  // per-series results; JSON when it ends in .json
  std::string plot;    // SVG trade-off plot
  Format format = Format::kTable;
  app::SimulationRunOptions run;
};

// Adds every option of the verb, bound to `args` (which must outlive `verb`).
void AddSimulateOptions(CLI::App& verb, SimulateArgs& args);

// Every combination of method, distribution, policy, fill-rate model, history and target, in
// that nesting order; then the textbook set-up per policy and target when asked.
// InvalidInput for an unknown distribution.
Result<std::vector<analysis::Configuration>> Configurations(const SimulateArgs& args);

}  // namespace lagom::cli
