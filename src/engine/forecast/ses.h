// Simple exponential smoothing (ETS(A,N,N)) fitted by least squares, exactly: for a given alpha
// the best initial level is a closed-form regression, so the sum of squared one-step errors is
// searched over alpha alone (a grid, then golden-section refinement around the best point).
// Finds the global optimum that R's ses() / ets(y, "ANN") approaches with Nelder–Mead.
// Pure; thread-safe.
#pragma once

#include <span>

namespace lagom::forecast {

struct SesFit {
  double alpha = 0.0;
  double initial_level = 0.0;
  double level = 0.0;  // after the last point: the point forecast for every step
  double sse = 0.0;
  double sigma2 = 0.0;  // sse / (n - 2), as R
};

// REQUIRES: y.size() >= 3, no NaN. alpha is searched in [lower, upper] (R's usual bounds).
SesFit FitSes(std::span<const double> y, double lower = 1e-4, double upper = 0.9999);

// Runs SES with fixed alpha and initial level; returns the final level and the sse.
SesFit RunSes(std::span<const double> y, double alpha, double initial_level);

}  // namespace lagom::forecast
