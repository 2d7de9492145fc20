// The automatic method (`auto`), per series:
//   - intermittent and lumpy demand in the Syntetos–Boylan–Croston classes (a demand in fewer
//     than one period in 1.32, ADI >= 1.32, whatever the size variation CV^2): TSB. On held-out
//     spare-parts demand (RAF, automotive, manufacturer) TSB beat Croston and SBA in both classes
//     but one (manufacturer lumpy: SBA), and it does not keep forecasting demand that has died;
//   - smooth and erratic demand (ADI < 1.32) and every other series: the equal-weight
//     combination of three forecasts: all ETS models averaged with Akaike weights, the
//     damped-trend ETS models averaged likewise, and Theta (members floored at zero unless the
//     history has negative values). Combinations of exponential smoothing and Theta beat every
//     single method on M3; Akaike weights beat picking the smallest AICc (Kolassa 2011). The
//     rule was chosen on M3 monthly and holds on the tourism monthly data (BENCHMARKS.md);
//   - constant or very short histories: see forecast.h.
// The model is named in ForecastPaths::model: "TSB(0.1)", or
// "Combination(wETS(M,A,N),wETS(M,Ad,N),Theta)" where wETS(X) is an Akaike-weighted average
// whose largest weight is on ETS model X.
#pragma once

#include <span>

#include "engine/forecast/forecast_paths.h"
#include "engine/forecast/methods.h"

namespace lagom::forecast {

// REQUIRES: y has at least one value and no NaN.
ForecastPaths AutoForecast(std::span<const double> y, const MethodContext& context);

}  // namespace lagom::forecast
