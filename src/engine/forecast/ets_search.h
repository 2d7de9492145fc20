// Levenberg–Marquardt search for the maximum-likelihood parameters of an ETS model: all
// smoothing parameters and initial states at once, with exact first derivatives
// (ets_gradient.h). Smoothing parameters stay in the usual box (a bound is held when the
// gradient pushes against it) and steps outside the admissible region are rejected.
// Deterministic. Not thread-safe: one workspace per thread.
#pragma once

#include <span>
#include <vector>

#include "engine/forecast/ets_bounds.h"
#include "engine/forecast/ets_gradient.h"
#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

struct EtsSearchOptions {
  int max_iterations = 200;
  double tolerance = 1e-5;  // stop when a step improves the criterion (-2 loglik) by less
};

class EtsSearch {
 public:
  // Improves par (layout of ets_layout.h) in place from its current value; returns R's
  // criterion (n log sse + 2 sum log|mu|) at the result, +inf when par is infeasible.
  // REQUIRES: no NaN in y.
  double Minimize(const EtsSpec& spec, const EtsBounds& bounds, std::span<const double> y,
                  std::span<double> par, const EtsSearchOptions& options);

  // R's criterion at par, +inf outside the admissible region or with a negative
  // multiplicative season.
  double Criterion(const EtsSpec& spec, std::span<const double> y, std::span<const double> par);

 private:
  bool SolveStep(const EtsSpec& spec, const EtsBounds& bounds, std::span<const double> par,
                 double lambda);

  EtsGradient gradient_;
  EtsLinearization lin_;
  std::vector<double> state_, trial_, matrix_, step_, rhs_;
  std::vector<int> free_;
};

}  // namespace lagom::forecast
