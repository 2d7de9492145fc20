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

#include "core/result.h"
#include "engine/policy/stock_point.h"

namespace lagom::policy {

struct EmpiricalDemand {
  std::vector<double> pmf;  // pmf[k] = P(demand in the period = k units of `unit`)
  double unit = 1.0;        // units per pmf step (> 1 keeps the support of large sizes short)
};

// The upper tail a bootstrap of n observed sizes misses: if sizes are exchangeable and distinct,
// the next demand exceeds all n seen with probability 1/(n+1) (a new record). With ratio > 0,
// mass weight/(n+1) of the sizes is put at ratio × the largest size seen and the observed sizes
// share the rest; p still makes the mean the forecast's, so the tail moves probability from
// "a demand" to "a larger demand" and never changes the mean. ratio 0: the plain bootstrap.
// (Issue 20: the shortfall of the achieved fill rate sits in lumpy items with few demands,
// whose later demands exceed anything seen before; BENCHMARKS.md "Calibration".)
struct SizeTail {
  double ratio = 0.0;   // >= 1 to act; 0 = no tail
  double weight = 1.0;  // times 1/(n+1); in (0, n+1)
};

// Sizes are rounded to whole steps of `unit` (at least one step); unit is the smallest whole
// number that keeps every size within max_support steps. Empty pmf when the history holds no
// positive demand. NaN values are skipped. REQUIRES: forecast_mean >= 0, max_support >= 1.
EmpiricalDemand EmpiricalPerPeriod(std::span<const double> history, double forecast_mean,
                                   int max_support, SizeTail tail = {});

// Longest support of the per-period pmf ComputeEmpiricalPolicy uses, in steps: keeps the
// convolution over the protection interval cheap for large demand sizes.
inline constexpr int kEmpiricalSupport = 64;

struct EmpiricalPolicy {
  StockPointPolicy policy;  // safety stock and levels in units (scaled back from steps)
  EmpiricalDemand demand;   // the pmf used (empty: none; the policy is the parametric one)
};

// The policy of `in` (its order_quantity in units) with the demand per period the empirical
// distribution of `history` at the forecast mean in.demand_mean; the parametric policy of
// `in` when the history holds no positive demand. Errors as ComputeStockPointPolicy.
Result<EmpiricalPolicy> ComputeEmpiricalPolicy(StockPointInput in, std::span<const double> history,
                                               SizeTail tail = {});

}  // namespace lagom::policy
