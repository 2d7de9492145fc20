// `lagom plan`: runs the planning run and prints its order proposals.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <chrono>
#include <iostream>

#include "app/planning_run.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/proposal_output.h"
#include "core/policy_terms.h"

namespace lagom::cli {

namespace {

struct PlanArgs {
  std::string db;
  std::string as_of;  // empty = today
  app::PlanOptions options;
  std::string service;  // empty: the company setting
  Format format = Format::kTable;
  std::size_t limit = 20;
  bool reasons = false;
};

Date Today() {
  return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

int RunPlanVerb(PlanArgs& args) {
  if (!args.as_of.empty()) {
    auto as_of = ParseDate(args.as_of);
    if (!as_of) return ReportError("plan", InvalidInput("--as-of: " + as_of.error().message));
    args.options.as_of = *as_of;
  } else {
    args.options.as_of = Today();
  }
  if (!args.service.empty())
    args.options.service_kind = ValueNamed<ServiceKind>(kServiceKinds, args.service);
  if (Status valid = app::ValidatePlanOptions(args.options); !valid) {
    return ReportError("plan", valid.error());
  }
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("plan", db.error());
  ProgressBar progress("planning");
  args.options.on_progress = [&](std::size_t done, std::size_t total) {
    progress.Update(done, total);
  };
  auto result = app::RunPlan(**db, args.options);
  if (!result) return ReportError("plan", result.error());
  bool table = args.format == Format::kTable;
  PrintRunSummary(table ? std::cout : std::cerr, result->run, result->without_supplier,
                  result->phases);
  PrintFailures(std::cerr, result->failures);
  PrintAlertSummary(table ? std::cout : std::cerr, result->alerts);
  if (!result->exceptions.empty()) {
    fmt::print(table ? std::cout : std::cerr, "{} exceptions, the first of them:\n",
               result->exceptions.size());
    PrintExceptions(table ? std::cout : std::cerr, result->exceptions, Format::kTable, 5);
  }
  PrintProposals(std::cout, result->proposals, args.format, args.limit, args.reasons);
  return kOk;
}

}  // namespace

void AddPlanCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<PlanArgs>();
  CLI::App* verb = app.add_subcommand(
      "plan", "Forecast every stock point, set its reorder point and propose orders");
  AddDbOption(*verb, args->db);
  verb->add_option("--as-of", args->as_of, "Planning date YYYY-MM-DD (default: today)");
  verb->add_option("--history", args->options.history_periods,
                   "Periods of demand history the forecast uses")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  verb->add_option("--forecast", args->options.forecast_method,
                   "Forecasting method for this run: auto naive snaive mean ma ses holt damped "
                   "ets theta croston sba tsb (default: the setting forecast.method)");
  verb->add_option("--service", args->service,
                   "Service measure for this run: " + NameList(kServiceKinds) +
                       " (default: the company setting policy.service_kind)")
      ->check(CLI::IsMember(NameVector(kServiceKinds)));
  verb->add_option("--service-level", args->options.service_target,
                   "Target for this run: α or β (0.5–1), periods of cover, or units "
                   "(default: the company setting policy.service_target)");
  verb->add_option("--review-periods", args->options.review_periods,
                   "Periods between two reviews of a stock point (default: policy.review_periods)");
  AddFormatOption(*verb, args->format);
  verb->add_option("--limit", args->limit, "Proposals shown in the table (0 = all)")
      ->capture_default_str();
  verb->add_flag("--reasons", args->reasons, "Show the reason under each proposal in the table");
  verb->callback([args, &chosen] { chosen = [args] { return RunPlanVerb(*args); }; });
}

}  // namespace lagom::cli
