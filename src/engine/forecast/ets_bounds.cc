#include "engine/forecast/ets_bounds.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace lagom::forecast {
namespace {

constexpr int kMaxDegree = 64;

// True when every root of sum_k a[k] z^k (degree d, a[d] != 0) lies strictly inside the unit
// circle. Schur–Cohn: |a_0| < |a_d| and the reduced polynomial (a_d p(z) - a_0 p*(z)) / z,
// of degree d - 1, has the same property (Rouché's theorem).
bool RootsInsideUnitCircle(std::array<double, kMaxDegree + 1> a, int d) {
  while (d > 0) {
    const double lead = a[d];
    const double tail = a[0];
    if (!(std::fabs(tail) < std::fabs(lead))) return false;
    const std::array<double, kMaxDegree + 1> old = a;
    for (int j = 0; j < d; ++j) a[j] = lead * old[j + 1] - tail * old[d - 1 - j];
    --d;
    // Rescale to keep the coefficients in range; roots are unchanged.
    double scale = 0.0;
    for (int j = 0; j <= d; ++j) scale = std::max(scale, std::fabs(a[j]));
    if (scale == 0.0 || !std::isfinite(scale)) return false;
    for (int j = 0; j <= d; ++j) a[j] /= scale;
  }
  return true;
}

// Synthetic division of sum_k c[k] z^k (degree d) by (z - 1); the remainder is dropped.
void DivideByZMinusOne(std::array<double, kMaxDegree + 1>& c, int d) {
  double carry = c[d];
  for (int k = d - 1; k >= 0; --k) {
    const double next = c[k] + carry;
    c[k] = carry;
    carry = next;
  }
  c[d] = 0.0;
}

bool SeasonalAdmissible(const EtsSpec& spec, const EtsParams& p) {
  const double m = spec.period;
  const double alpha = p.alpha, gamma = p.gamma, phi = p.phi;
  const double beta = spec.HasTrend() ? p.beta : 0.0;
  if (gamma < std::max(1 - 1 / phi - alpha, 0.0) || gamma > 1 + 1 / phi - alpha) return false;
  if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) return false;
  if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
  // Characteristic polynomial, lowest power first:
  // phi(1-a-g) + (a+b-a*phi+g-1) z + (a+b-a*phi)(z^2..z^(m-1)) + (a+b-phi) z^m + z^(m+1).
  const int d = spec.period + 1;
  if (d > kMaxDegree) return false;
  std::array<double, kMaxDegree + 1> c{};
  c[0] = phi * (1 - alpha - gamma);
  c[1] = alpha + beta - alpha * phi + gamma - 1;
  for (int k = 2; k < spec.period; ++k) c[k] = alpha + beta - alpha * phi;
  c[spec.period] = alpha + beta - phi;
  c[d] = 1.0;
  int degree = d;
  if (!spec.HasTrend()) {
    // Without a trend z = 1 is always a root (P(1) = m * beta = 0): divide it out exactly so
    // that rounding cannot push it outside.
    DivideByZMinusOne(c, degree);
    --degree;
  }
  // Roots may reach 1 + 1e-10: test p((1 + 1e-10) w) for roots strictly inside.
  double radius = 1.0;
  for (int k = 0; k <= degree; ++k) {
    c[k] *= radius;
    radius *= 1.0 + 1e-10;
  }
  return RootsInsideUnitCircle(c, degree);
}

}  // namespace

bool WithinUsualBounds(const EtsSpec& spec, const EtsParams& p, const EtsBounds& b) {
  if (p.alpha < b.lower[0] || p.alpha > b.upper[0]) return false;
  if (spec.HasTrend() && (p.beta < b.lower[1] || p.beta > p.alpha || p.beta > b.upper[1])) {
    return false;
  }
  if (spec.IsDamped() && (p.phi < b.lower[3] || p.phi > b.upper[3])) return false;
  if (spec.HasSeason() && (p.gamma < b.lower[2] || p.gamma > 1 - p.alpha || p.gamma > b.upper[2])) {
    return false;
  }
  return true;
}

bool IsAdmissible(const EtsSpec& spec, const EtsParams& p) {
  const double phi = spec.IsDamped() ? p.phi : 1.0;
  if (phi < 0 || phi > 1 + 1e-8) return false;
  EtsParams q = p;
  q.phi = phi;
  if (spec.HasSeason() && spec.period > 1) return SeasonalAdmissible(spec, q);
  if (p.alpha < 1 - 1 / phi || p.alpha > 1 + 1 / phi) return false;
  if (spec.HasTrend() && (p.beta < p.alpha * (phi - 1) || p.beta > (1 + phi) * (2 - p.alpha))) {
    return false;
  }
  return true;
}

}  // namespace lagom::forecast
