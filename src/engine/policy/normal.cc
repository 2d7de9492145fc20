#include "engine/policy/normal.h"

#include <cmath>
#include <numbers>

namespace lagom::policy {

namespace {

double NormalPdf(double z) { return std::exp(-0.5 * z * z) / std::sqrt(2 * std::numbers::pi); }

// Abramowitz & Stegun 26.2.23: the lower-tail quantile for 0 < q ≤ 0.5.
double LowerTailStart(double q) {
  double t = std::sqrt(-2.0 * std::log(q));
  double numerator = 2.515517 + t * (0.802853 + t * 0.010328);
  double denominator = 1.0 + t * (1.432788 + t * (0.189269 + t * 0.001308));
  return -(t - numerator / denominator);
}

}  // namespace

double NormalCdf(double z) { return 0.5 * std::erfc(-z / std::numbers::sqrt2); }

double InverseNormalCdf(double p) {
  // Work in the lower tail, where q = min(p, 1 − p) keeps full relative precision.
  double q = p < 0.5 ? p : 1.0 - p;
  double z = LowerTailStart(q);
  for (int step = 0; step < 3; ++step) {
    double error = NormalCdf(z) - q;
    double slope = NormalPdf(z);
    if (slope == 0) break;
    double newton = error / slope;
    z -= newton / (1.0 + 0.5 * z * newton);  // Halley's correction
  }
  return p < 0.5 ? z : -z;
}

}  // namespace lagom::policy
