// The ETS recursion: one-step forecasts, errors and state updates over a history, and point
// forecasts from a state. Same equations as R's forecast::ets (error-correction form).
// Pure functions; thread-safe; no allocation.
#pragma once

#include <span>

#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

// Summary of one pass over the history.
struct EtsPass {
  double sse = 0.0;           // sum of squared one-step errors (relative errors if error is M)
  double log_abs_fitted = 0;  // sum of log|one-step forecast| over observed points
  int observations = 0;       // non-NaN points
};

// Runs the recursion. state: in = initial state, out = state after the last point (layout in
// ets_spec.h). A NaN in y is a missing point: no error, the state moves without correction.
// residuals: empty, or y.size() one-step errors (NaN at missing points).
// REQUIRES: state.size() == spec.StateCount(); residuals empty or residuals.size() == y.size().
EtsPass RunEts(const EtsSpec& spec, const EtsParams& params, std::span<const double> y,
               std::span<double> state, std::span<double> residuals = {});

// R's fitting criterion, -2 log-likelihood up to a constant: n log(sse) + 2 sum log|fitted|
// (the second term only for multiplicative errors). +inf when not finite; at least -1e10.
double EtsCriterion(const EtsSpec& spec, const EtsPass& pass);

// Point forecasts for steps 1..out.size() from `state` (the state after the last point).
void EtsForecastMean(const EtsSpec& spec, const EtsParams& params, std::span<const double> state,
                     std::span<double> out);

}  // namespace lagom::forecast
