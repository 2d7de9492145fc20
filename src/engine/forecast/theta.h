// The Theta method of Assimakopoulos & Nikolopoulos (2000) as R's forecast::thetaf implements
// it (Hyndman & Billah 2003: simple exponential smoothing with drift equal to half the slope of
// a linear trend). If the 90% seasonality test at lag m says so, the series is seasonally
// adjusted by a classical multiplicative decomposition first and the forecasts reseasonalised.
// Pure; thread-safe.
#pragma once

#include <span>
#include <vector>

namespace lagom::forecast {

struct ThetaFit {
  std::vector<double> mean;           // point forecasts for steps 1..horizon
  std::vector<double> season_factor;  // multiplicative seasonal index per step (1 if none)
  double alpha = 0.0;                 // SES smoothing parameter
  double drift = 0.0;                 // half the slope of the linear trend, per period
  double sigma2 = 0.0;                // SES residual variance (seasonally adjusted units)
  bool seasonal = false;
};

// REQUIRES: y.size() >= 3, no NaN, horizon >= 1, m >= 1.
ThetaFit FitTheta(std::span<const double> y, int m, int horizon);

}  // namespace lagom::forecast
