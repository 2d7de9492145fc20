// Regularized incomplete gamma and beta functions: the cdfs of the Poisson, gamma and
// negative binomial distributions. Pure functions, thread-safe, relative accuracy ~1e-14.
#pragma once

namespace lagom::policy {

// P(a, x) = γ(a, x) / Γ(a), the regularized lower incomplete gamma function.
// REQUIRES: a > 0, x >= 0.
double RegularizedGammaP(double a, double x);

// Q(a, x) = 1 - P(a, x), computed directly (no cancellation in the upper tail).
double RegularizedGammaQ(double a, double x);

// I_x(a, b), the regularized incomplete beta function. REQUIRES: a, b > 0, 0 <= x <= 1.
double RegularizedBeta(double x, double a, double b);

}  // namespace lagom::policy
