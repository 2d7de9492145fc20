// First- and second-order loss functions of demand distributions (Snyder & Shen, Fundamentals
// of Supply Chain Theory, 2nd ed., appendix C conventions):
//   loss               n(x)  = E[(X - x)+]              expected shortage with stock x
//   complementary_loss n̄(x)  = E[(x - X)+] = x - E[X] + n(x)   expected leftover stock
//   second_loss        n2(x) = ½ E[((X - x)+)²]          continuous X
//                      n2(x) = ½ E[(X - x)+ (X - x - 1)+]  discrete X
// Pure functions, thread-safe; the closed forms allocate nothing.
#pragma once

#include <span>

#include "engine/policy/distribution.h"

namespace lagom::policy {

struct LossValues {
  double loss = 0.0;
  double second_loss = 0.0;
  double complementary_loss = 0.0;
};

// Loss functions of `d` at x. For discrete kinds REQUIRES: x is an integer. Closed forms:
// normal n = σL(z), n2 = σ²L2(z); Poisson n = (λ - x)(1 - F) + λf; negative binomial
// n = (μ - x)(1 - F) + (x + r)(1 - p)/p · f; gamma via incomplete gamma functions of shapes
// k, k+1, k+2. Discrete n2 uses the finite complementary sum (O(x) operations).
LossValues Loss(const Distribution& d, double x);

// n(x) alone, O(1) for every kind (no second-order sum): the hot path of fill-rate and
// newsvendor computations. Discrete kinds: REQUIRES integer x.
double ExpectedShortage(const Distribution& d, double x);

// The same for an explicit pmf: pmf[k] = P(X = k), k = 0..size-1 (sums to 1). O(size).
LossValues DiscreteLoss(std::span<const double> pmf, long x);

}  // namespace lagom::policy
