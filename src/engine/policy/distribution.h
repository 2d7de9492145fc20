// Demand distributions over a (possibly fractional) number of periods: normal, Poisson,
// negative binomial and gamma, each fixed by its mean and variance (moment matching).
// Values are in the item's base unit; discrete kinds count whole units. Pure value types and
// functions: thread-safe, no allocation.
#pragma once

#include <string_view>

#include "core/result.h"

namespace lagom::policy {

enum class DistributionKind { kNormal, kPoisson, kNegativeBinomial, kGamma };

// "normal", "poisson", "negative-binomial", "gamma".
const char* DistributionName(DistributionKind kind);
Result<DistributionKind> ParseDistributionKind(std::string_view name);

// Poisson ignores `variance` (it is the mean). Negative binomial (number of failures before
// the r-th success, success probability p): p = mean / variance, r = mean² / (variance - mean).
// Gamma: shape k = mean² / variance, scale θ = variance / mean. A zero mean (or, for normal,
// a zero variance) is the point mass at the mean.
struct Distribution {
  DistributionKind kind = DistributionKind::kNormal;
  double mean = 0.0;
  double variance = 0.0;

  bool discrete() const {
    return kind == DistributionKind::kPoisson || kind == DistributionKind::kNegativeBinomial;
  }
  double sd() const;
};

// Validates: mean >= 0 (any real mean for normal), variance >= 0; negative binomial needs
// variance > mean, gamma needs variance > 0 when mean > 0.
Result<Distribution> MakeDistribution(DistributionKind kind, double mean, double variance);

// Demand over `periods` (>= 0, fractional allowed) independent periods distributed as
// `per_period`: mean and variance scale by `periods`. Exact for every kind here (Poisson,
// negative binomial with common p, and gamma with common scale are closed under sums).
Distribution OverPeriods(const Distribution& per_period, double periods);

// P(X = k) for discrete kinds; the density at k for continuous ones.
double Pmf(const Distribution& d, double k);

// P(X <= x); for discrete kinds P(X <= floor(x)).
double Cdf(const Distribution& d, double x);

// The smallest x with P(X <= x) >= p (an integer for discrete kinds). REQUIRES: 0 < p < 1.
double Quantile(const Distribution& d, double p);

// Negative binomial parameters of `d` (REQUIRES: d.kind == kNegativeBinomial, mean > 0).
struct NegativeBinomialParams {
  double r;
  double p;
};
NegativeBinomialParams NegativeBinomialOf(const Distribution& d);

}  // namespace lagom::policy
