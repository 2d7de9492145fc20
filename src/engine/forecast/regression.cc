#include "engine/forecast/regression.h"

#include <cmath>

namespace lagom::forecast {

Line FitLine(std::span<const double> y, double first_x) {
  const double n = static_cast<double>(y.size());
  double mean_x = 0.0, mean_y = 0.0;
  for (std::size_t t = 0; t < y.size(); ++t) {
    mean_x += first_x + static_cast<double>(t);
    mean_y += y[t];
  }
  mean_x /= n;
  mean_y /= n;
  double sxy = 0.0, sxx = 0.0;
  for (std::size_t t = 0; t < y.size(); ++t) {
    const double dx = first_x + static_cast<double>(t) - mean_x;
    sxy += dx * (y[t] - mean_y);
    sxx += dx * dx;
  }
  Line line;
  line.slope = sxx > 0 ? sxy / sxx : 0.0;
  line.intercept = mean_y - line.slope * mean_x;
  return line;
}

std::vector<double> LeastSquares(std::span<const double> design, std::span<const double> y, int k) {
  // Normal equations, solved by Gauss–Jordan elimination with partial pivoting.
  const std::size_t n = y.size();
  const std::size_t w = static_cast<std::size_t>(k) + 1;
  std::vector<double> a(static_cast<std::size_t>(k) * w, 0.0);
  for (std::size_t t = 0; t < n; ++t) {
    const double* row = design.data() + t * k;
    for (int i = 0; i < k; ++i) {
      for (int j = 0; j < k; ++j) a[i * w + j] += row[i] * row[j];
      a[i * w + k] += row[i] * y[t];
    }
  }
  double scale = 0.0;
  for (int i = 0; i < k; ++i) scale = std::fmax(scale, std::fabs(a[i * w + i]));
  std::vector<bool> dropped(k, false);
  for (int c = 0; c < k; ++c) {
    int pivot = c;
    for (int r = c + 1; r < k; ++r) {
      if (std::fabs(a[r * w + c]) > std::fabs(a[pivot * w + c])) pivot = r;
    }
    if (std::fabs(a[pivot * w + c]) <= 1e-12 * scale) {
      dropped[c] = true;
      continue;
    }
    for (std::size_t j = 0; j < w; ++j) std::swap(a[c * w + j], a[pivot * w + j]);
    for (int r = 0; r < k; ++r) {
      if (r == c) continue;
      const double factor = a[r * w + c] / a[c * w + c];
      for (std::size_t j = c; j < w; ++j) a[r * w + j] -= factor * a[c * w + j];
    }
  }
  std::vector<double> beta(k, 0.0);
  for (int i = 0; i < k; ++i) beta[i] = dropped[i] ? 0.0 : a[i * w + k] / a[i * w + i];
  return beta;
}

}  // namespace lagom::forecast
