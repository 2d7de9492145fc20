#include "cli/simulate_args.h"

namespace lagom::cli {
namespace {

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
  verb.add_option("--calibrate", args.calibrate,
                  "Mean fill rates over items to reach: print the policy target each curve "
                  "needs for them, read off its own sweep of --targets (the calibration map)")
      ->delimiter(',')
      ->check(CLI::Range(0.0, 1.0));
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
  verb.add_option("--size-tail-ratio", o.size_tail.ratio,
                  "Empirical sizes: put 1/(n+1) of the n sizes seen at this multiple of the "
                  "largest (0 = none; >= 1)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  verb.add_option("--seed", o.seed, "Seed of the lead-time draws")->capture_default_str();
}

}  // namespace

void AddSimulateOptions(CLI::App& verb, SimulateArgs& args) {
  AddInputOptions(verb, args);
  AddPolicyOptions(verb, args);
  AddReplayOptions(verb, args);
  verb.add_option("--output", args.output,
                  "Per-series results: CSV, or JSON when the name ends in .json");
  verb.add_option("--plot", args.plot, "SVG plot of fill rate against stock value");
  verb.add_option("--threads", args.run.threads, "Worker threads (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  AddFormatOption(verb, args.format);
}

namespace {

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

}  // namespace

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

}  // namespace lagom::cli
