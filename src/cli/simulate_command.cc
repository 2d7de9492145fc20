// `lagom simulate`: replays real demand history under forecast + policy + ordering for every
// series and every configuration (methods × distributions × policies × targets) and reports
// the service reached and the stock held — per series, per configuration, and as a trade-off
// plot of achieved fill rate against average stock value.
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/simulate_args.h"
#include "cli/simulate_comparison.h"
#include "cli/simulate_output.h"
#include "cli/simulate_plot.h"

namespace lagom::cli {
namespace {

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
  if (!args.calibrate.empty() && args.format == Format::kTable) {
    PrintCalibration(std::cout, *configurations, summaries, args.calibrate);
  }
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  fmt::print(stderr, "lagom simulate: {} series x {} configurations in {} ms\n", series->size(),
             configurations->size(), elapsed.count());
  return kOk;
}

}  // namespace

void AddSimulateCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<SimulateArgs>();
  CLI::App* verb = app.add_subcommand(
      "simulate", "Replay demand history under forecast + policy: service reached, stock held");
  AddSimulateOptions(*verb, *args);
  verb->callback([args, &chosen] { chosen = [args] { return RunSimulate(*args); }; });
}

}  // namespace lagom::cli
