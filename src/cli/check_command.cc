// `lagom check`: proves the ledger reconciles (balances and values); exit 1 if it does not.
#include <fmt/format.h>

#include <iostream>

#include "app/ledger_check.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"

namespace lagom::cli {

namespace {

struct CheckArgs {
  std::string db, at;
};

int RunCheck(const CheckArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("check", db.error());
  auto at = DateOrReviewDate(**db, args.at, "--at");
  if (!at) return ReportError("check", at.error());
  auto report = app::CheckLedger(**db, *at);
  if (!report) return ReportError("check", report.error());
  for (const std::string& problem : report->problems) fmt::print("problem: {}\n", problem);
  for (const std::string& warning : report->warnings) fmt::print("warning: {}\n", warning);
  fmt::print("{} movements, {} items valued at {} (value {}): {}\n", report->movements,
             report->items_valued, FormatDate(*at), report->value.ToString(),
             report->ok() ? "balances and values reconcile" : "DOES NOT RECONCILE");
  return report->ok() ? kOk : kFailed;
}

}  // namespace

void AddCheckCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* verb = app.add_subcommand(
      "check", "Prove the stock ledger reconciles: cached balances and values vs. movements");
  AddDbOption(*verb, args->db);
  verb->add_option("--at", args->at, "Date for values, expiry and promises (default: today)");
  verb->callback([args, &chosen] { chosen = [args] { return RunCheck(*args); }; });
}

}  // namespace lagom::cli
