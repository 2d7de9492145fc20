// Forecasts of a fitted ETS model: point forecasts, the variance of each step's error, and the
// error response for variances of sums of steps (error_response.h).
//
// Step variances follow Hyndman et al. (2008, ch. 6) as R's forecast.ets does: class 1
// (additive errors) and class 2 (multiplicative errors, additive components) exactly. For
// multiplicative seasons (class 3) the model is linearised along the forecast path: a shock
// e_i = mu_i * sigma * eps moves the level by alpha e/S_i, the trend by beta e/S_i and its
// season by gamma e/Q_i (Q the deseasonalised forecast, S the seasonal index); this drops the
// sigma^4 terms of the exact class-3 variance. Pure; thread-safe.
#pragma once

#include <vector>

#include "engine/forecast/error_response.h"
#include "engine/forecast/ets_fit.h"

namespace lagom::forecast {

struct EtsPrediction {
  std::vector<double> mean;      // steps 1..steps
  std::vector<double> variance;  // variance of each step's forecast error
  ErrorResponse response;        // for sums over several steps
};

// REQUIRES: steps >= 1; fit from FitEts or EvaluateEts.
EtsPrediction PredictEts(const EtsFit& fit, int steps);

}  // namespace lagom::forecast
