// Forecast paths over the steps the caller asked for: a method's ModelForecast seen from
// `first` steps after the last observation (the trailing missing periods), and the equal-weight
// combination of several paths. Pure functions; thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/forecast/model_forecast.h"

namespace lagom::forecast {

struct ForecastPaths {
  std::string model;
  double sigma = 0.0;            // one-step error standard deviation
  std::vector<double> mean;      // steps first+1 .. first+K
  std::vector<double> variance;  // per step
  std::vector<double> sums;      // sums[k]: variance of the sum of the first k of those steps
};

// REQUIRES: 0 <= first < forecast.mean.size().
ForecastPaths ToPaths(const ModelForecast& forecast, int first);

// Weighted mean of the point forecasts (weights are normalised). The members' errors are highly
// correlated (they forecast the same series from the same data), so the spread is combined as
// if perfectly correlated: standard deviations average with the same weights, per step and per
// sum — a conservative choice. REQUIRES: parts non-empty, all of the same length; weights of
// the same size as parts, non-negative, not all zero.
ForecastPaths Combine(std::span<const ForecastPaths> parts, std::span<const double> weights,
                      std::string model);

// Floors the point forecasts at zero (for members of a combination on positive data).
void FloorAtZero(ForecastPaths& paths);

}  // namespace lagom::forecast
