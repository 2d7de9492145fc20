// The standard normal distribution: the quantile function that turns a cycle-service
// target into a safety factor z.
#pragma once

namespace lagom::policy {

// Φ⁻¹(p): the z with P(Z ≤ z) = p, to within a few ulps: a rational start (Abramowitz &
// Stegun 26.2.23, error < 4.5e-4) refined by Halley steps on Φ computed from erfc.
// REQUIRES: 0 < p < 1.
double InverseNormalCdf(double p);

// Φ(z) = P(Z ≤ z).
double NormalCdf(double z);

}  // namespace lagom::policy
