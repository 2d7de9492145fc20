#include "engine/forecast/ses.h"

#include <cmath>

namespace lagom::forecast {
namespace {

// Sum of squared errors at alpha with the optimal initial level (returned in level0).
// Errors are e_t = u_t - c_t * l0, where u_t are the errors from l0 = 0 and c_t = (1-alpha)^t.
double ProfileSse(std::span<const double> y, double alpha, double& level0) {
  double level = 0.0, decay = 1.0;
  double suu = 0.0, suc = 0.0, scc = 0.0;
  for (double v : y) {
    const double u = v - level;
    suu += u * u;
    suc += u * decay;
    scc += decay * decay;
    level += alpha * u;
    decay *= 1.0 - alpha;
  }
  level0 = suc / scc;
  return std::fmax(suu - suc * suc / scc, 0.0);
}

}  // namespace

SesFit RunSes(std::span<const double> y, double alpha, double initial_level) {
  SesFit fit;
  fit.alpha = alpha;
  fit.initial_level = initial_level;
  double level = initial_level;
  for (double v : y) {
    const double e = v - level;
    fit.sse += e * e;
    level += alpha * e;
  }
  fit.level = level;
  const double n = static_cast<double>(y.size());
  fit.sigma2 = n > 2 ? fit.sse / (n - 2) : 0.0;
  return fit;
}

SesFit FitSes(std::span<const double> y, double lower, double upper) {
  constexpr int kGrid = 40;
  double level0 = 0.0;
  double best_alpha = lower;
  double best = ProfileSse(y, lower, level0);
  for (int i = 1; i <= kGrid; ++i) {
    const double alpha = lower + (upper - lower) * i / kGrid;
    const double sse = ProfileSse(y, alpha, level0);
    if (sse < best) {
      best = sse;
      best_alpha = alpha;
    }
  }
  // Golden-section search on the bracket around the best grid point.
  const double step = (upper - lower) / kGrid;
  double a = std::fmax(lower, best_alpha - step), b = std::fmin(upper, best_alpha + step);
  const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
  double c = b - ratio * (b - a), d = a + ratio * (b - a);
  double fc = ProfileSse(y, c, level0), fd = ProfileSse(y, d, level0);
  while (b - a > 1e-9) {
    if (fc < fd) {
      b = d, d = c, fd = fc;
      c = b - ratio * (b - a);
      fc = ProfileSse(y, c, level0);
    } else {
      a = c, c = d, fc = fd;
      d = a + ratio * (b - a);
      fd = ProfileSse(y, d, level0);
    }
  }
  const double alpha = fc < fd ? c : d;
  const double sse = ProfileSse(y, alpha, level0);
  if (sse < best) best_alpha = alpha;
  ProfileSse(y, best_alpha, level0);
  return RunSes(y, best_alpha, level0);
}

}  // namespace lagom::forecast
