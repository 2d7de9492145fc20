// `lagom simulate`: replays real demand history under forecast + policy + ordering for every
// series and every configuration (methods × distributions × policies × targets) and reports
// the service reached and the stock held — per series, per configuration, and as a trade-off
// plot of achieved fill rate against average stock value.
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "apps/lagom/commands.h"
#include "apps/lagom/progress.h"
#include "apps/lagom/simulate_comparison.h"
#include "apps/lagom/simulate_input.h"
#include "apps/lagom/simulate_output.h"
#include "apps/lagom/simulate_plot.h"

namespace lagom::cli {
namespace {

struct SimulateArgs {
  SimulationInputArgs input;
  std::vector<std::string> methods = {"auto"};
  std::vector<std::string> distributions = {"empirical"};
  std::vector<std::string> policies = {"ss"};
  std::vector<std::string> fill_rate_models = {"periodic"};
  std::vector<std::string> histories = {"first-demand"};
  std::vector<double> targets = {0.95};
  bool compare_textbook = false;
  std::string shortage = "backorders";
  std::string output;  // per-series results; JSON when it ends in .json
  std::string plot;    // SVG trade-off plot
  Format format = Format::kTable;
  app::SimulationRunOptions run;
};

// The configurations of one method and distribution: policies × fill-rate models ×
// histories × targets.
void AddCurves(const SimulateArgs& args, analysis::Configuration c,
               std::vector<analysis::Configuration>& out) {
  for (const std::string& policy : args.policies) {
    c.policy = *analysis::ParsePolicyKind(policy);
    for (const std::string& model : args.fill_rate_models) {
      c.fill_rate_model = *analysis::ParseFillRateModel(model);
      for (const std::string& history : args.histories) {
        c.from_first_demand = history == "first-demand";
        for (double target : args.targets) {
          c.target = target;
          out.push_back(c);
        }
      }
    }
  }
}

// Every combination of method, distribution, policy, fill-rate model, history and target, in
// that nesting order; then the textbook set-up per policy and target when asked.
Result<std::vector<analysis::Configuration>> Configurations(const SimulateArgs& args) {
  std::vector<analysis::Configuration> out;
  for (const std::string& method : args.methods) {
    for (const std::string& distribution : args.distributions) {
      auto demand = analysis::ParseDemandModel(distribution);
      if (!demand) return demand.error();
      analysis::Configuration c;
      c.method = *forecast::ParseMethod(method);
      c.demand = *demand;
      AddCurves(args, c, out);
    }
  }
  for (const std::string& policy : args.policies) {
    if (!args.compare_textbook) break;
    for (double target : args.targets) {
      out.push_back(analysis::Textbook(*analysis::ParsePolicyKind(policy), target));
    }
  }
  return out;
}

Status WriteFile(const std::string& path, const std::function<void(std::ostream&)>& write) {
  std::ofstream file(path, std::ios::binary);
  if (!file) return IoError("cannot write '" + path + "'");
  write(file);
  file.flush();
  if (!file) return IoError("error while writing '" + path + "'");
  return {};
}

bool EndsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Status WriteOutputs(const SimulateArgs& args, std::span<const app::SimulationSeries> series,
                    std::span<const analysis::Configuration> configurations,
                    const app::SimulationRun& run, std::span<const analysis::Summary> summaries) {
  if (!args.output.empty()) {
    const bool json = EndsWith(args.output, ".json");
    Status written = WriteFile(args.output, [&](std::ostream& out) {
      WriteSeriesResults(out, series, configurations, run, json);
    });
    if (!written) return written;
  }
  if (args.plot.empty()) return {};
  return WriteFile(args.plot, [&](std::ostream& out) {
    out << TradeOffSvg(configurations, summaries, args.input.unit_cost_column);
  });
}

int RunSimulate(SimulateArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  args.run.simulation.shortage = args.shortage == "lost-sales"
                                     ? analysis::ShortageKind::kLostSales
                                     : analysis::ShortageKind::kBackorders;
  auto configurations = Configurations(args);
  if (!configurations) return ReportError("simulate", configurations.error());
  args.run.configurations = *configurations;
  auto series = LoadSimulationSeries(args.input);
  if (!series) return ReportError("simulate", series.error());
  ProgressBar progress("simulating");
  args.run.on_progress = [&](std::size_t done, std::size_t total) { progress.Update(done, total); };
  auto run = app::SimulateAll(*series, args.run);
  if (!run) return ReportError("simulate", run.error());
  std::vector<analysis::Summary> summaries;
  for (const auto& measures : run->measures) summaries.push_back(analysis::Summarise(measures));
  if (Status written = WriteOutputs(args, *series, *configurations, *run, summaries); !written) {
    return ReportError("simulate", written.error());
  }
  PrintSummaries(std::cout, *configurations, summaries, args.format);
  if (args.compare_textbook && args.format == Format::kTable) {
    PrintTextbookComparison(std::cout, *configurations, summaries);
  }
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  fmt::print(stderr, "lagom simulate: {} series x {} configurations in {} ms\n", series->size(),
             configurations->size(), elapsed.count());
  return kOk;
}

void AddInputOptions(CLI::App& verb, SimulateArgs& args) {
  verb.add_option("--demand", args.input.demand,
                  "Demand CSV (series_id,period,value; NA = missing), rows grouped by series "
                  "in time order")
      ->required();
  auto* items = verb.add_option("--items", args.input.items,
                                "Items CSV joined on series_id (lead times, unit costs)");
  auto* lead = verb.add_option("--lead-time", args.input.lead_time,
                               "Lead time of every series, in periods (default 0)")
                   ->check(CLI::NonNegativeNumber);
  verb.add_option("--lead-time-column", args.input.lead_time_column,
                  "Column of --items with each series' lead time in periods")
      ->needs(items)
      ->excludes(lead);
  verb.add_option("--unit-cost-column", args.input.unit_cost_column,
                  "Column of --items with each series' unit cost (default: 1 per unit)")
      ->needs(items);
  verb.add_option("--lead-time-sd", args.run.simulation.lead_time_sd,
                  "Spread of lead times in periods: > 0 draws each order's lead time")
      ->check(CLI::NonNegativeNumber);
}

void AddPolicyOptions(CLI::App& verb, SimulateArgs& args) {
  analysis::SimulationOptions& o = args.run.simulation;
  verb.add_option("--season-length", o.season_length, "Periods per season (12 monthly; 1 none)")
      ->required()
      ->check(CLI::Range(1, 366));
  verb.add_option("--warmup", o.warmup, "Periods of history before the first review, not measured")
      ->required()
      ->check(CLI::PositiveNumber);
  verb.add_option("--policy", args.policies, "Policies: sq (s,Q), ss (s,S), rs (R,S); a list")
      ->delimiter(',')
      ->check(CLI::IsMember({"sq", "ss", "rs"}))
      ->capture_default_str();
  verb.add_option("--review-period", o.review_period, "Periods between reviews")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  auto* one = verb.add_option_function<double>(
                      "--target-fill-rate", [&args](double t) { args.targets = {t}; },
                      "Fill-rate target (default 0.95)")
                  ->check(CLI::Range(0.0, 1.0));
  verb.add_option("--targets", args.targets, "A sweep of fill-rate targets, e.g. 0.8,0.9,0.95")
      ->delimiter(',')
      ->check(CLI::Range(0.0, 1.0))
      ->excludes(one);
  verb.add_option("--methods", args.methods, "Forecasting methods to compare")
      ->delimiter(',')
      ->check(CLI::IsMember(forecast::MethodNames()))
      ->capture_default_str();
  verb.add_option("--distributions", args.distributions,
                  "Demand distributions: auto, empirical, normal, poisson, negative-binomial, "
                  "gamma")
      ->delimiter(',')
      ->capture_default_str();
  verb.add_option("--fill-rate-models", args.fill_rate_models,
                  "How targets set levels: periodic (exact for periodic review) or "
                  "cycle-quantity (the continuous-review textbook rule); a list")
      ->delimiter(',')
      ->check(CLI::IsMember({"periodic", "cycle-quantity"}))
      ->capture_default_str();
  verb.add_option("--history", args.histories,
                  "Forecast from the whole history (full) or from each series' first demand "
                  "(first-demand: new items); a list")
      ->delimiter(',')
      ->check(CLI::IsMember({"full", "first-demand"}))
      ->capture_default_str();
  verb.add_flag("--compare-textbook", args.compare_textbook,
                "Add the textbook set-up (SBA, normal, cycle-quantity, full history) and print "
                "the stock value saved at equal fill rate");
}

void AddReplayOptions(CLI::App& verb, SimulateArgs& args) {
  analysis::SimulationOptions& o = args.run.simulation;
  verb.add_option("--refit-every", o.refit_every, "Periods between forecast fits")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  verb.add_option("--order-cover", o.order_cover, "Order quantity Q in periods of demand (sq, ss)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  verb.add_option("--shortage", args.shortage, "Unmet demand: backorders or lost-sales")
      ->check(CLI::IsMember({"backorders", "lost-sales"}))
      ->capture_default_str();
  verb.add_option("--holding-rate", o.costs.holding_rate,
                  "Holding cost per period as a fraction of unit cost")
      ->check(CLI::NonNegativeNumber);
  verb.add_option("--ordering-cost", o.costs.ordering_cost, "Cost per order")
      ->check(CLI::NonNegativeNumber);
  verb.add_option("--shortage-cost", o.costs.shortage_cost, "Cost per unit short")
      ->check(CLI::NonNegativeNumber);
  verb.add_option("--seed", o.seed, "Seed of the lead-time draws")->capture_default_str();
}

}  // namespace

void AddSimulateCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<SimulateArgs>();
  CLI::App* verb = app.add_subcommand(
      "simulate", "Replay demand history under forecast + policy: service reached, stock held");
  AddInputOptions(*verb, *args);
  AddPolicyOptions(*verb, *args);
  AddReplayOptions(*verb, *args);
  verb->add_option("--output", args->output,
                   "Per-series results: CSV, or JSON when the name ends in .json");
  verb->add_option("--plot", args->plot, "SVG plot of fill rate against stock value");
  verb->add_option("--threads", args->run.threads, "Worker threads (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return RunSimulate(*args); }; });
}

}  // namespace lagom::cli
