// `lagom init`: creates a database with the current schema and company settings.
#include <fmt/format.h>

#include <filesystem>

#include "cli/commands.h"
#include "store/settings.h"

namespace lagom::cli {

namespace {

struct InitArgs {
  std::string db;
  std::string period = "week";
  std::string currency = "EUR";
};

int RunInit(const InitArgs& args) {
  auto period = ParsePeriodKind(args.period);
  if (!period) return ReportError("init", period.error());
  if (args.currency.size() != 3) {
    return ReportError("init", InvalidInput("--currency must be an ISO 4217 code such as EUR"));
  }
  std::error_code ignored;
  if (std::filesystem::exists(args.db, ignored)) {
    return ReportError("init", Error{ErrorCode::kConflict,
                                     "'" + args.db + "' already exists; choose another --db"});
  }
  auto db = OpenDatabase(args.db, true);
  if (!db) return ReportError("init", db.error());
  Status written = store::WriteSetting(**db, "period", args.period);
  if (written) written = store::WriteSetting(**db, "currency", args.currency);
  if (!written) return ReportError("init", written.error());
  fmt::print("created {} (demand bucketed by {}, currency {})\n", args.db, args.period,
             args.currency);
  return kOk;
}

}  // namespace

void AddInitCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<InitArgs>();
  CLI::App* verb = app.add_subcommand("init", "Create a new Lagom database");
  AddDbOption(*verb, args->db);
  verb->add_option("--period", args->period, "Planning period: day, week or month")
      ->capture_default_str();
  verb->add_option("--currency", args->currency, "Company currency (ISO 4217)")
      ->capture_default_str();
  verb->callback([args, &chosen] { chosen = [args] { return RunInit(*args); }; });
}

}  // namespace lagom::cli
