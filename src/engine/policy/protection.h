// Demand over the protection interval of a stock point — the lead time plus the review
// period — and the automatic choice of its distribution. Pure functions, thread-safe.
#pragma once

#include <span>
#include <vector>

#include "engine/policy/distribution.h"

namespace lagom::policy {

struct ProtectionDemand {
  double periods = 0.0;   // T = E[L] + R
  double mean = 0.0;      // d·T
  double variance = 0.0;  // T^{2c} σ_d² + d² σ_L²
};

// Moments of demand over T = L + R periods with a random lead time L (mean, sd in periods)
// and iid per-period demand (mean d, variance σ_d²): σ_T² = T·σ_d² + d²·σ_L² for independent
// demand (c = 0.5). With forecast-error variance as σ_d², c in [0.5, 1] (Silver, Pyke &
// Thomas §6.10) models the correlation of errors over the horizon.
ProtectionDemand DemandOverProtection(double demand_mean, double demand_variance,
                                      double lead_time_mean, double lead_time_sd,
                                      double review_period, double sd_horizon_exponent = 0.5);

// The automatic distribution for demand with mean μ and variance σ² over the interval:
//   μ >= 10 and σ/μ <= 0.5  → normal            (fast, smooth movers)
//   otherwise σ²/μ <= 1.1  → Poisson           (slow movers, Poisson-like)
//   otherwise              → negative binomial (lumpy or over-dispersed)
DistributionKind ChooseDistribution(double mean, double variance);

// σ ≈ sqrt(π/2)·MAD ≈ 1.25·MAD: the standard deviation of normal forecast errors from their
// mean absolute deviation.
double SigmaFromMad(double mean_absolute_deviation);

// The pmf of demand over the protection interval from a per-period pmf (period_pmf[k] =
// P(D = k)). The interval length is discretised on whole periods: with σ_L = 0 a two-point
// mix of floor(T) and ceil(T) periods preserving the mean; with σ_L > 0 a normal N(T, σ_L²)
// rounded to whole periods >= 0 (±6σ_L). Mass below 1e-15 in the upper tail is dropped.
// Allocates; O(periods · size · non-zero entries of period_pmf).
std::vector<double> ProtectionPmf(std::span<const double> period_pmf, double lead_time_mean,
                                  double lead_time_sd, double review_period);

// The pmf of demand over `periods` (>= 0) more periods: pmf convolved `periods` times with
// period_pmf (the same upper-tail trimming). Demand over L + R from demand over L for a
// whole review period R, which a random lead time leaves fixed.
std::vector<double> AddPeriods(std::span<const double> pmf, std::span<const double> period_pmf,
                               int periods);

}  // namespace lagom::policy
