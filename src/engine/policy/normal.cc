#include "engine/policy/normal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lagom::policy {
namespace {

constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;

// Evaluates c[0] + c[1] x + … + c[7] x⁷ by Horner's rule.
double Poly7(const double (&c)[8], double x) {
  double value = c[7];
  for (int i = 6; i >= 0; --i) value = value * x + c[i];
  return value;
}

// Coefficients of Wichura (1988), Applied Statistics 37(3), 477–484, algorithm AS 241.
constexpr double kA[8] = {3.3871328727963666080e0,  1.3314166789178437745e+2,
                          1.9715909503065514427e+3, 1.3731693765509461125e+4,
                          4.5921953931549871457e+4, 6.7265770927008700853e+4,
                          3.3430575583588128105e+4, 2.5090809287301226727e+3};
constexpr double kB[8] = {1.0,
                          4.2313330701600911252e+1,
                          6.8718700749205790830e+2,
                          5.3941960214247511077e+3,
                          2.1213794301586595867e+4,
                          3.9307895800092710610e+4,
                          2.8729085735721942674e+4,
                          5.2264952788528545610e+3};
constexpr double kC[8] = {1.42343711074968357734e0,  4.63033784615654529590e0,
                          5.76949722146069140550e0,  3.64784832476320460504e0,
                          1.27045825245236838258e0,  2.41780725177450611770e-1,
                          2.27238449892691845833e-2, 7.74545014278341407640e-4};
constexpr double kD[8] = {1.0,
                          2.05319162663775882187e0,
                          1.67638483018380384940e0,
                          6.89767334985100004550e-1,
                          1.48103976427480074590e-1,
                          1.51986665636164571966e-2,
                          5.47593808499534494600e-4,
                          1.05075007164441684324e-9};
constexpr double kE[8] = {6.65790464350110377720e0,  5.46378491116411436990e0,
                          1.78482653991729133580e0,  2.96560571828504891230e-1,
                          2.65321895265761230930e-2, 1.24266094738807843860e-3,
                          2.71155556874348757815e-5, 2.01033439929228813265e-7};
constexpr double kF[8] = {1.0,
                          5.99832206555887937690e-1,
                          1.36929880922735805310e-1,
                          1.48753612908506148525e-2,
                          7.86869131145613259100e-4,
                          1.84631831751005468180e-5,
                          1.42151175831644588870e-7,
                          2.04426310338993978564e-15};

// The tail branches of AS 241 for r = sqrt(-log(min(p, 1-p))).
double TailQuantile(double r) {
  if (r <= 5.0) return Poly7(kC, r - 1.6) / Poly7(kD, r - 1.6);
  return Poly7(kE, r - 5.0) / Poly7(kF, r - 5.0);
}

}  // namespace

double NormalPdf(double z) {
  return kInvSqrt2Pi * std::exp(-0.5 * z * z);
}

double NormalCdf(double z) {
  return 0.5 * std::erfc(-z * kInvSqrt2);
}

double NormalSurvival(double z) {
  return 0.5 * std::erfc(z * kInvSqrt2);
}

double InverseNormalCdf(double p) {
  if (std::isnan(p) || p < 0.0 || p > 1.0) return std::numeric_limits<double>::quiet_NaN();
  if (p == 0.0) return -std::numeric_limits<double>::infinity();
  if (p == 1.0) return std::numeric_limits<double>::infinity();
  const double q = p - 0.5;
  if (std::fabs(q) <= 0.425) {
    const double r = 0.180625 - q * q;
    return q * Poly7(kA, r) / Poly7(kB, r);
  }
  const double tail = q < 0.0 ? p : 1.0 - p;
  const double value = TailQuantile(std::sqrt(-std::log(tail)));
  return q < 0.0 ? -value : value;
}

double StdNormalLoss(double z) {
  return NormalPdf(z) - z * NormalSurvival(z);
}

double StdNormalSecondLoss(double z) {
  return 0.5 * ((z * z + 1.0) * NormalSurvival(z) - z * NormalPdf(z));
}

double InverseStdNormalLoss(double target) {
  // Start from the asymptote L(z) ≈ -z for large targets, else from 0; Newton on
  // g(z) = log L(z) - log target, g'(z) = -(1 - Φ(z)) / L(z), converges from either side.
  double z = target > 0.4 ? -target : 0.0;
  const double log_target = std::log(target);
  for (int i = 0; i < 100; ++i) {
    const double loss = StdNormalLoss(z);
    // Capped so that a far first step cannot underflow L(z).
    const double step = std::min((std::log(loss) - log_target) * loss / NormalSurvival(z), 4.0);
    z += step;
    if (std::fabs(step) <= 1e-14 * (1.0 + std::fabs(z))) break;
  }
  return z;
}

}  // namespace lagom::policy
