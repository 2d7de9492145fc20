// Policy simulation: a rolling-origin backtest of forecast + policy + ordering on one series'
// real demand. Period t (0-based) runs, for t >= warmup:
//   1. orders due at the start of t arrive (backorders are filled first);
//   2. the demand of t is served from stock on hand; the rest is backordered or lost;
//   3. at a review (the end of period warmup - 1 + k·R, k >= 1, except the last period) the
//      forecast sees periods 0..t only, the policy sets its levels and an order placed then
//      arrives at the start of period t + 1 + L (L drawn per period when lead_time_sd > 0).
// Start: a review at the end of period warmup - 1 sets the first levels; the inventory
// position starts at S rounded up to a whole unit. In transit are the orders the past reviews
// would have placed for the forecast demand (mean d per period): d·R at each review in the last
// L + 1 periods, in whole units, arriving at periods warmup + L - k·R (k = 0 .. L/R); the rest
// is on hand. Measured: periods warmup .. n-1 with a known
// demand (NaN = missing: no demand, not measured; negative demand counts as none).
//
// Pure and deterministic (the lead-time draws are seeded); no I/O, threads or globals.
// Re-entrant and thread-safe: parallelise over series in the caller (app/simulation_run.h).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"
#include "engine/analysis/measures.h"
#include "engine/analysis/simulation_config.h"

namespace lagom::analysis {

struct SeriesInput {
  std::span<const double> demand;  // per period, oldest first; NaN = missing
  int lead_time = 0;               // mean lead time in whole periods, >= 0
  double unit_cost = 1.0;          // money per unit, >= 0
  std::uint64_t seed = 0;          // of this series' lead-time draws (lead_time.h SeriesSeed)
};

// One simulated period, for tests and explanations.
struct PeriodRecord {
  int period = 0;
  double received = 0.0;
  double demand = 0.0;
  double served = 0.0;
  double shortage = 0.0;
  double on_hand = 0.0;  // at the end of the period
  double backorders = 0.0;
  bool reviewed = false;  // a review at the end of the period
  double reorder_point = 0.0;
  double order_up_to = 0.0;
  double ordered = 0.0;  // placed at the review
  int arrival = -1;      // period the order arrives in; -1 without an order
};

// Replays `input` under `configuration`. InvalidInput for options out of range or a bad
// input (negative lead time or unit cost). A series no longer than the warm-up measures
// nothing. When `trace` is given it receives one record per simulated period.
Result<SeriesMeasures> SimulateSeries(const SeriesInput& input, const Configuration& configuration,
                                      const SimulationOptions& options,
                                      std::vector<PeriodRecord>* trace = nullptr);

}  // namespace lagom::analysis
