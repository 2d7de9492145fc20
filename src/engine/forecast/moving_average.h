// The simplest demand estimate: the mean of the last `window` periods, and the spread of
// those periods as the uncertainty of one period's demand.
#pragma once

#include <span>

namespace lagom::forecast {

struct LevelEstimate {
  double mean_per_period = 0;  // forecast demand per period
  double sd_per_period = 0;    // standard deviation of one period's demand
  int periods_used = 0;
};

// Uses the last min(window, history.size()) values. The sd is the sample standard deviation
// (n − 1); with fewer than two periods it falls back to √mean (Poisson demand). An empty
// history gives zeros. REQUIRES: window ≥ 1.
LevelEstimate MovingAverage(std::span<const double> history, int window);

}  // namespace lagom::forecast
