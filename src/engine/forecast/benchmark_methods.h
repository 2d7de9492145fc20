// The benchmark methods: naive (random walk), seasonal naive, historical mean and moving
// average, with the error structure their models imply. Pure functions; thread-safe.
#pragma once

#include <span>

#include "engine/forecast/model_forecast.h"

namespace lagom::forecast {

// Last value; random-walk errors with the mean squared one-step change as variance.
// REQUIRES: y non-empty, no NaN; steps >= 1.
ModelForecast Naive(std::span<const double> y, int steps);

// Value one season back; errors accumulate once per season. Falls back to Naive when
// y.size() <= m or m < 2.
ModelForecast SeasonalNaive(std::span<const double> y, int m, int steps);

// Mean of the last `window` values (all of y when window <= 0 or larger than y): independent
// errors with the sample variance of those values, plus the variance of their mean as an error
// shared by every step. REQUIRES: y non-empty, no NaN.
ModelForecast Mean(std::span<const double> y, int window, int steps);

}  // namespace lagom::forecast
