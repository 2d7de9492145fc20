// The decision side of a replay: at each review, a forecast from the demand seen so far
// (re-fitted every `refit_every` periods; the last fit stands in between) and the policy levels
// engine/policy sets from it for the configuration's distribution and fill-rate target.
// Deterministic; one planner per series and configuration (it caches the last forecast).
#pragma once

#include <optional>
#include <span>

#include "core/result.h"
#include "engine/analysis/simulation_config.h"
#include "engine/forecast/forecast.h"
#include "engine/policy/stock_point.h"

namespace lagom::analysis {

struct ReviewLevels {
  double reorder_point = 0.0;   // s; for (R, S) equal to S
  double order_up_to = 0.0;     // S
  double order_quantity = 0.0;  // Q in whole units (sq, ss); 0 for (R, S) and no demand
  double demand_mean = 0.0;     // forecast demand per period over the protection interval
};

class ReviewPlanner {
 public:
  // lead_time: the mean lead time the policy plans with, in whole periods (>= 0).
  // REQUIRES: ValidateSimulation(configuration, options) passed.
  ReviewPlanner(const Configuration& configuration, const SimulationOptions& options,
                int lead_time);

  // The review at the end of period `period`; `history` is the demand of periods
  // 0..period (NaN = missing) and nothing later.
  Result<ReviewLevels> Review(std::span<const double> history, int period);

 private:
  forecast::ForecastOptions ForecastOptionsOf() const;
  policy::StockPointInput InputFor(double mean, double q) const;
  Result<ReviewLevels> Levels(std::span<const double> history) const;

  Configuration configuration_;
  SimulationOptions options_;
  int lead_time_;
  std::optional<forecast::Forecast> forecast_;
  int fitted_at_ = 0;
};

}  // namespace lagom::analysis
