// The standard normal distribution and its loss functions, to double precision.
// Pure functions: no state, safe to call from any thread.
#pragma once

namespace lagom::policy {

// φ(z), the standard normal density.
double NormalPdf(double z);

// Φ(z) = P(Z <= z), via erfc so that the lower tail keeps full relative precision.
double NormalCdf(double z);

// 1 - Φ(z), with full relative precision in the upper tail.
double NormalSurvival(double z);

// Φ⁻¹(p): Wichura's algorithm AS 241 (PPND16), relative error about 1e-16.
// REQUIRES: 0 < p < 1 (returns ∓infinity at p = 0 or 1, NaN outside [0, 1]).
double InverseNormalCdf(double p);

// Standard normal first-order loss L(z) = E[(Z - z)+] = φ(z) - z(1 - Φ(z)).
double StdNormalLoss(double z);

// Standard normal second-order loss L2(z) = ½ E[((Z - z)+)²]
//   = ½ [(z² + 1)(1 - Φ(z)) - z φ(z)].
double StdNormalSecondLoss(double z);

// The z with L(z) = target (L is strictly decreasing from +∞ to 0), by Newton's method on
// log L. REQUIRES: target > 0.
double InverseStdNormalLoss(double target);

}  // namespace lagom::policy
