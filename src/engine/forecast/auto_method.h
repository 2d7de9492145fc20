// The automatic method (`auto`), per series:
//   - demand with zero (or negative) periods, by its Syntetos–Boylan–Croston class: TSB for
//     intermittent and lumpy demand (ADI >= 1.32), SBA for smooth and erratic demand. On held-out
//     spare-parts demand (RAF, manufacturer, automotive) TSB beat SBA and Croston for most
//     intermittent and lumpy items, SBA the others for the few-zero classes;
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
