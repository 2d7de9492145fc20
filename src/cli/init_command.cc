// `lagom init`: creates a database with the current schema and company settings.
#include <fmt/format.h>

#include <filesystem>

#include "app/settings.h"
#include "cli/commands.h"

namespace lagom::cli {

namespace {

struct InitArgs {
  std::string db;
  std::string period, currency;  // empty: the settings' defaults
};

std::string DefaultOf(std::string_view setting) {
  return std::string(app::FindSetting(setting)->default_value);
}

int RunInit(const InitArgs& args) {
  std::map<std::string, std::string> chosen = {
      {"period", args.period.empty() ? DefaultOf("period") : args.period},
      {"currency", args.currency.empty() ? DefaultOf("currency") : args.currency}};
  for (const auto& [name, value] : chosen) {
    if (Status valid = app::CheckSetting(*app::FindSetting(name), value); !valid) {
      return ReportError("init", valid.error());
    }
  }
  std::error_code ignored;
  if (std::filesystem::exists(args.db, ignored)) {
    return ReportError("init", Error{ErrorCode::kConflict,
                                     "'" + args.db + "' already exists; choose another --db"});
  }
  auto db = OpenDatabase(args.db, true);
  if (!db) return ReportError("init", db.error());
  if (Status written = app::ChangeSettings(**db, chosen); !written) {
    return ReportError("init", written.error());
  }
  fmt::print("created {} (demand bucketed by {}, currency {})\n", args.db, chosen["period"],
             chosen["currency"]);
  return kOk;
}

}  // namespace

void AddInitCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<InitArgs>();
  CLI::App* verb = app.add_subcommand("init", "Create a new Lagom database");
  AddDbOption(*verb, args->db);
  verb->add_option("--period", args->period,
                   "Planning period: " + app::AllowedValues(*app::FindSetting("period")) +
                       " (default " + DefaultOf("period") + ")");
  verb->add_option("--currency", args->currency,
                   "Company currency, ISO 4217 (default " + DefaultOf("currency") + ")");
  verb->callback([args, &chosen] { chosen = [args] { return RunInit(*args); }; });
}

}  // namespace lagom::cli
