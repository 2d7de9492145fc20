// `lagom accuracy`: how good the kept forecasts of past runs were against the demand that
// followed, per stock point, class, group or company, for lags 1..L; statistical and final
// forecast side by side, the difference being the value the overrides and events added.
#include <fmt/format.h>

#include <iostream>

#include "app/forecast_accuracy.h"
#include "cli/commands.h"
#include "cli/ledger_cli.h"
#include "cli/table_output.h"

namespace lagom::cli {

namespace {

struct AccuracyArgs {
  std::string db, by = "company", as_of;
  int lag = 1;
  Format format = Format::kTable;
};

std::string Number(const std::optional<double>& value) {
  return value ? fmt::format("{:.4f}", *value) : "";
}

// The measures of one forecast, prefixed ("stat_", "final_") in the columns.
void AddMeasures(std::vector<std::string>& row, const analysis::AccuracyMeasures& m) {
  row.insert(row.end(), {fmt::format("{:.4f}", m.mae), Number(m.mase), Number(m.bias),
                         Number(m.tracking_signal), Number(m.wmape)});
}

TextTable AccuracyTable(const std::vector<app::AccuracyRow>& rows) {
  TextTable table{{"key", "lag", "n"}, {}};
  for (const char* forecast : {"stat_", "final_"}) {
    for (const char* measure : {"mae", "mase", "bias", "tracking_signal", "wmape"}) {
      table.columns.push_back(std::string(forecast) + measure);
    }
  }
  for (const app::AccuracyRow& r : rows) {
    std::vector<std::string> row{r.key, std::to_string(r.lag), std::to_string(r.statistical.count)};
    AddMeasures(row, r.statistical);
    AddMeasures(row, r.final_forecast);
    table.rows.push_back(std::move(row));
  }
  return table;
}

int RunAccuracy(const AccuracyArgs& args) {
  auto db = OpenDatabase(args.db, false);
  if (!db) return ReportError("accuracy", db.error());
  auto as_of = DateOrReviewDate(**db, args.as_of, "--as-of");
  if (!as_of) return ReportError("accuracy", as_of.error());
  auto by = app::ParseAccuracyBy(args.by);
  if (!by) return ReportError("accuracy", by.error());
  auto rows = app::MeasureForecastAccuracy(**db, {*as_of, *by, args.lag});
  if (!rows) return ReportError("accuracy", rows.error());
  PrintTextTable(std::cout, AccuracyTable(*rows), args.format);
  return kOk;
}

}  // namespace

void AddAccuracyCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<AccuracyArgs>();
  CLI::App* verb = app.add_subcommand(
      "accuracy", "Accuracy of past runs' forecasts: MAE, MASE, bias, tracking signal, wMAPE");
  AddDbOption(*verb, args->db);
  verb->add_option("--by", args->by, "stock-point, class, group or company")
      ->check(CLI::IsMember(app::AccuracyByNames()))
      ->capture_default_str();
  verb->add_option("--lag", args->lag, "Measure lags 1 to L (lag 1: the run's own period)")
      ->check(CLI::Range(1, 52))
      ->capture_default_str();
  verb->add_option("--as-of", args->as_of,
                   "Periods before this date's have their actuals (default: the latest planning "
                   "run's as-of date, else today)");
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return RunAccuracy(*args); }; });
}

}  // namespace lagom::cli
