// Intermittent demand: Croston (1972), the Syntetos–Boylan approximation (SBA, 2005) and
// Teunter–Syntetos–Babai (TSB, 2011), and the Syntetos–Boylan–Croston (2005) classification
// of demand patterns by the average inter-demand interval (ADI) and the squared coefficient of
// variation of the non-zero sizes (CV^2). Pure functions; thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "engine/forecast/model_forecast.h"

namespace lagom::forecast {

enum class DemandPattern { kSmooth, kErratic, kIntermittent, kLumpy };

struct DemandProfile {
  double adi = 0.0;  // periods per non-zero demand: n / count(y > 0); +inf when none
  double cv2 = 0.0;  // (sample sd / mean)^2 of the non-zero values; 0 with fewer than two
  int nonzero = 0;
  DemandPattern pattern = DemandPattern::kSmooth;
};

// Cut-offs ADI 1.32 and CV^2 0.49. Negative values count as zero demand.
// REQUIRES: no NaN in y.
DemandProfile ClassifyDemand(std::span<const double> y);
std::string_view DemandPatternName(DemandPattern pattern);

// Croston as R's forecast::croston: simple exponential smoothing (alpha) of the non-zero sizes
// and of the intervals between them (the first interval counts from the start), each started at
// its first value; forecast = size / interval, times (1 - alpha/2) for SBA. One non-zero value
// gives size / interval; none gives 0. Negative values count as zero.
// Error spread: errors treated as independent with the in-sample one-step mean squared error,
// split into a per-period shock and a shared level error of variance alpha/(2-alpha) of it
// (the variance of an exponentially weighted mean of independent values).
// REQUIRES: no NaN in y; 0 < alpha <= 1; steps >= 1.
ModelForecast Croston(std::span<const double> y, double alpha, bool sba, int steps);

// TSB: the probability of demand is smoothed every period (alpha_p) and the size only when
// demand occurs (alpha_z); forecast = probability * size. Starts at the share of non-zero
// periods and the mean non-zero size. Same error spread as Croston (with alpha_p).
ModelForecast Tsb(std::span<const double> y, double alpha_z, double alpha_p, int steps);

}  // namespace lagom::forecast
