#include "app/simulation_run.h"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <mutex>
#include <optional>

#include "engine/analysis/lead_time.h"

namespace lagom::app {
namespace {

// Series per progress report: enough to keep both cores busy between reports.
constexpr std::size_t kChunk = 256;

Status Validate(const SimulationRunOptions& options) {
  if (options.threads < 0) return InvalidInput("threads must be >= 0");
  if (options.configurations.empty()) return InvalidInput("no configuration to simulate");
  for (const analysis::Configuration& c : options.configurations) {
    if (Status valid = analysis::ValidateSimulation(c, options.simulation); !valid) return valid;
  }
  return {};
}

// Every configuration on one series, into column s of `run`.
Status SimulateSeries(const SimulationSeries& series, std::size_t s,
                      const SimulationRunOptions& options, SimulationRun& run) {
  analysis::SeriesInput input;
  input.demand = series.demand;
  input.lead_time = series.lead_time;
  input.unit_cost = series.unit_cost;
  input.seed = analysis::SeriesSeed(series.id, options.simulation.seed);
  for (std::size_t c = 0; c < options.configurations.size(); ++c) {
    Result<analysis::SeriesMeasures> measured =
        analysis::SimulateSeries(input, options.configurations[c], options.simulation);
    if (!measured) return Error{measured.error().code, series.id + ": " + measured.error().message};
    run.measures[c][s] = *measured;
  }
  return {};
}

}  // namespace

Result<SimulationRun> SimulateAll(std::span<const SimulationSeries> series,
                                  const SimulationRunOptions& options) {
  if (Status valid = Validate(options); !valid) return valid.error();
  const std::size_t total = series.size();
  SimulationRun run;
  run.measures.assign(options.configurations.size(), std::vector<analysis::SeriesMeasures>(total));
  std::optional<Error> failure;  // the first in series order
  std::size_t failed_at = total;
  std::mutex mutex;
  tbb::task_arena arena(options.threads > 0 ? options.threads : tbb::task_arena::automatic);
  for (std::size_t begin = 0; begin < total && !failure; begin += kChunk) {
    const std::size_t end = std::min(total, begin + kChunk);
    arena.execute([&] {
      tbb::parallel_for(tbb::blocked_range<std::size_t>(begin, end, 1), [&](const auto& range) {
        for (std::size_t s = range.begin(); s != range.end(); ++s) {
          Status done = SimulateSeries(series[s], s, options, run);
          if (done) continue;
          std::lock_guard lock(mutex);
          if (s < failed_at) failure = done.error(), failed_at = s;
        }
      });
    });
    if (options.on_progress && !failure) options.on_progress(end, total);
  }
  if (failure) return *failure;
  return run;
}

}  // namespace lagom::app
