// Small least-squares helpers for initial values. Pure functions; thread-safe.
#pragma once

#include <span>
#include <vector>

namespace lagom::forecast {

struct Line {
  double intercept = 0.0;  // value at x = 0
  double slope = 0.0;
};

// Least-squares line through (first_x + t, y[t]), t = 0..n-1 (R's lsfit on an index).
// A single point gives slope 0. REQUIRES: y non-empty, no NaN.
Line FitLine(std::span<const double> y, double first_x);

// Least-squares coefficients of y on the columns of a row-major n x k design matrix.
// Near-singular directions get a zero coefficient. REQUIRES: design.size() == y.size() * k.
std::vector<double> LeastSquares(std::span<const double> design, std::span<const double> y, int k);

}  // namespace lagom::forecast
