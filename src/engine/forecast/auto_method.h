// The automatic method (`auto`), per series:
//   - intermittent demand (zeros in at least one period in 1.32 on average, ADI >= 1.32):
//     SBA when the non-zero sizes are steady (CV^2 < 0.49, "intermittent"), TSB when they are
//     not ("lumpy");
//   - otherwise the equal-weight combination of three forecasts: automatic ETS (smallest AICc),
//     the best damped-trend ETS, and Theta. Combinations of exponential smoothing and Theta
//     beat every single method on the M3 data (see BENCHMARKS.md for the figures behind this
//     rule);
//   - constant or very short histories: see forecast.h.
// The chosen model is named in ForecastPaths::model.
#pragma once

#include <span>

#include "engine/forecast/forecast_paths.h"
#include "engine/forecast/methods.h"

namespace lagom::forecast {

// REQUIRES: y has at least one value and no NaN.
ForecastPaths AutoForecast(std::span<const double> y, const MethodContext& context);

}  // namespace lagom::forecast
