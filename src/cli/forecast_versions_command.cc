// `lagom forecast-versions`: a stock point's forecasts as past planning runs made them, period
// by period, statistical and final.
#include <fmt/format.h>

#include <iostream>
#include <optional>

#include "app/forecast_versions.h"
#include "cli/commands.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct VersionArgs {
  std::string db, item, location;
  std::optional<std::int64_t> run;
  Format format = Format::kTable;
};

TextTable VersionTable(const std::vector<app::ForecastVersionRow>& rows) {
  TextTable table{{"run", "as_of", "period", "lag", "statistical", "final"}, {}};
  for (const app::ForecastVersionRow& r : rows) {
    table.rows.push_back({std::to_string(r.plan_run_id), FormatDate(r.as_of),
                          FormatDate(r.period_start), std::to_string(r.lag),
                          fmt::format("{:.3f}", r.statistical),
                          fmt::format("{:.3f}", r.final_forecast)});
  }
  return table;
}

int RunVersions(const VersionArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("forecast-versions", db.error());
  auto rows = app::StockPointForecastVersions(**db, args.item, args.location, args.run);
  if (!rows) return ReportError("forecast-versions", rows.error());
  PrintTextTable(std::cout, VersionTable(*rows), args.format);
  return kOk;
}

}  // namespace

void AddForecastVersionsCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<VersionArgs>();
  CLI::App* verb = app.add_subcommand("forecast-versions",
                                      "A stock point's forecasts as past planning runs made them");
  AddDbOption(*verb, args->db);
  verb->add_option("--item", args->item, "Item code")->required();
  verb->add_option("--location", args->location, "Location code")->required();
  verb->add_option("--run", args->run, "Only this planning run's forecast");
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return RunVersions(*args); }; });
}

}  // namespace lagom::cli
