// `lagom forecast`: forecasts every series of a long CSV file (series_id,period,value) and
// writes the forecasts, their prediction intervals and the model chosen for each series.
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>

#include "app/forecast_run.h"
#include "cli/commands.h"
#include "cli/forecast_output.h"
#include "cli/progress.h"
#include "csv/reader.h"

namespace lagom::cli {

namespace {

struct ForecastArgs {
  std::string input;
  std::string output;  // empty = standard output
  std::string method = "auto";
  std::vector<double> levels;
  app::ForecastRunOptions run;
};

Result<std::vector<csv::SeriesHistory>> ReadSeries(const std::string& input) {
  if (input != "-") return csv::ReadSeriesCsv(input);
  const std::string text(std::istreambuf_iterator<char>(std::cin), {});
  return csv::ParseSeriesCsv(text, "<stdin>");
}

// "ETS(M,A,N): 420, Theta: 12" — how often each model was chosen, most frequent first.
std::string ModelSummary(const std::vector<forecast::Forecast>& forecasts) {
  std::map<std::string, int> counts;
  for (const auto& f : forecasts) ++counts[f.Model()];
  std::vector<std::pair<int, std::string>> sorted;
  for (auto& [model, count] : counts) sorted.emplace_back(-count, model);
  std::sort(sorted.begin(), sorted.end());
  std::string text;
  for (std::size_t i = 0; i < sorted.size() && i < 5; ++i) {
    text += fmt::format("{}{}: {}", i ? ", " : "", sorted[i].second, -sorted[i].first);
  }
  return sorted.size() > 5 ? text + ", ..." : text;
}

int RunForecast(ForecastArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  args.run.forecast.method = *forecast::ParseMethod(args.method);
  if (Status valid = forecast::ValidateOptions(args.run.forecast); !valid) {
    return ReportError("forecast", valid.error());
  }
  auto series = ReadSeries(args.input);
  if (!series) {
    fmt::print(stderr, "lagom forecast: {}\n", series.error().message);
    return kFailed;
  }
  ProgressBar progress("forecasting");
  args.run.on_progress = [&](std::size_t done, std::size_t total) { progress.Update(done, total); };
  auto forecasts = app::ForecastAll(*series, args.run);
  if (!forecasts) return ReportError("forecast", forecasts.error());
  std::ofstream file;
  if (!args.output.empty()) {
    file.open(args.output, std::ios::binary);
    if (!file) return ReportError("forecast", IoError("cannot write '" + args.output + "'"));
  }
  std::ostream& out = args.output.empty() ? std::cout : file;
  WriteForecastCsv(out, *series, *forecasts, args.levels);
  out.flush();
  if (!out) return ReportError("forecast", IoError("error while writing the forecasts"));
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  fmt::print(stderr, "lagom forecast: {} series, horizon {}, in {} ms ({})\n", series->size(),
             args.run.forecast.horizon, elapsed.count(), ModelSummary(*forecasts));
  return kOk;
}

}  // namespace

void AddForecastCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ForecastArgs>();
  CLI::App* verb = app.add_subcommand(
      "forecast", "Forecast every series of a CSV file (series_id,period,value; NA = missing)");
  verb->add_option("--input", args->input,
                   "Input CSV, rows grouped by series in time order "
                   "('-' for standard input)")
      ->required();
  verb->add_option("--horizon", args->run.forecast.horizon, "Periods to forecast")
      ->required()
      ->check(CLI::Range(1, forecast::kMaxSteps));
  verb->add_option("--season-length", args->run.forecast.season_length,
                   "Periods per season: 12 monthly, 4 quarterly, 52 weekly, 1 none")
      ->required()
      ->check(CLI::Range(1, 366));
  verb->add_option("--method", args->method, "Forecasting method (auto picks per series)")
      ->check(CLI::IsMember(forecast::MethodNames()))
      ->capture_default_str();
  verb->add_option("--output", args->output, "Output CSV (default: standard output)");
  verb->add_option("--threads", args->run.threads, "Worker threads (0 = all cores)")
      ->check(CLI::Range(0, 1024))
      ->capture_default_str();
  verb->add_option("--level", args->levels, "Prediction-interval levels in percent, e.g. 80,95")
      ->delimiter(',')
      ->check(CLI::Range(0.001, 99.999));
  verb->callback([args, &chosen] { chosen = [args] { return RunForecast(*args); }; });
}

}  // namespace lagom::cli
