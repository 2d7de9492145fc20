// The empirical demand distribution of one period, for slow and lumpy items whose demand no
// two-moment distribution describes well: demand occurs with probability p, and its size is
// drawn from the non-zero demands seen so far (a bootstrap of the sizes, as Willemain, Smart &
// Schwarz 2004 resample them). p is set so that the mean is the forecast's:
// p = min(1, forecast / mean size). Convolving this pmf over the protection interval
// (engine/policy's ProtectionPmf) gives the lead-time demand the policy protects.
// Pure function; thread-safe.
#pragma once

#include <span>
#include <vector>

namespace lagom::analysis {

struct EmpiricalDemand {
  std::vector<double> pmf;  // pmf[k] = P(demand in the period = k units of `unit`)
  double unit = 1.0;        // units per pmf step (> 1 keeps the support of large sizes short)
};

// Sizes are rounded to whole steps of `unit` (at least one step); unit is the smallest whole
// number that keeps every size within max_support steps. Empty pmf when the history holds no
// positive demand. NaN values are skipped. REQUIRES: forecast_mean >= 0, max_support >= 1.
EmpiricalDemand EmpiricalPerPeriod(std::span<const double> history, double forecast_mean,
                                   int max_support);

}  // namespace lagom::analysis
