// Policy simulation of a catalogue: engine/analysis replays every series under every
// configuration, in parallel across series (oneTBB). Deterministic: a series' result depends
// neither on the thread count nor on the other series (its lead-time draws are seeded by its
// id).
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "engine/analysis/simulation.h"

namespace lagom::app {

struct SimulationSeries {
  std::string id;
  std::vector<double> demand;  // per period, oldest first; NaN = missing
  int lead_time = 0;           // whole periods
  double unit_cost = 1.0;
};

struct SimulationRunOptions {
  std::vector<analysis::Configuration> configurations;
  analysis::SimulationOptions simulation;
  int threads = 0;  // 0 = all hardware threads
  // Called from the calling thread as series are done; may be empty.
  std::function<void(std::size_t done, std::size_t total)> on_progress;
};

// measures[c][s]: configuration c of options.configurations on series s.
struct SimulationRun {
  std::vector<std::vector<analysis::SeriesMeasures>> measures;
};

// InvalidInput when an option is out of range (before any work) or a series is invalid (its
// id in the message).
Result<SimulationRun> SimulateAll(std::span<const SimulationSeries> series,
                                  const SimulationRunOptions& options);

}  // namespace lagom::app
