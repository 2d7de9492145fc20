// Maximum-likelihood fit of one ETS model, as R's forecast::ets does for a given model: the
// smoothing parameters and initial states that minimise R's criterion inside the bounds of
// ets_bounds.h, searched from R's starting values (ets_init.h). The search is
// Levenberg–Marquardt with exact derivatives (ets_search.h) instead of R's Nelder–Mead, so it
// finds the same or a better likelihood. It runs on the series divided by its mean absolute
// value, so it behaves the same at every scale; reported figures are in the units of the input.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "engine/forecast/ets_bounds.h"
#include "engine/forecast/ets_search.h"
#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

struct EtsFit {
  EtsSpec spec;
  EtsParams params;
  std::vector<double> initial_state;  // full state at time 0 (layout in ets_spec.h)
  std::vector<double> final_state;    // state after the last observation
  double loglik = 0.0;                // R's convention: -0.5 * EtsCriterion (no 2*pi constants)
  double aic = 0.0;
  double aicc = 0.0;
  double bic = 0.0;
  double sigma2 = 0.0;  // residual variance, sum e^2 / (n - parameters); relative if error is M
  int parameters = 0;   // smoothing parameters + free initial states (R's length(par))
};

struct EtsFitOptions {
  EtsBounds bounds;
  EtsSearchOptions search;
  int starts = 3;            // searches from different smoothing parameters
  int probe_iterations = 8;  // iterations from each start before the best is followed
};

// Buffers reused across fits. One per thread.
struct EtsWorkspace {
  std::vector<double> scaled;
  std::vector<double> par;
  std::vector<double> best;
  EtsSearch search;
};

// Fits `spec` to y. nullopt when the model cannot be fitted: fewer than 4 points, too few
// points for its parameters (R: parameters >= n - 1), a multiplicative component with
// non-positive data, or no finite likelihood.
// REQUIRES: no NaN in y; seasonal specs need 2 <= m <= 24 and y.size() > m.
std::optional<EtsFit> FitEts(std::span<const double> y, const EtsSpec& spec,
                             const EtsFitOptions& options, EtsWorkspace& ws);

// A fit's figures for given parameters and initial state, without optimisation (used to
// evaluate published parameters). nullopt when the likelihood is not finite.
std::optional<EtsFit> EvaluateEts(std::span<const double> y, const EtsSpec& spec,
                                  const EtsParams& params, std::span<const double> initial_state,
                                  int parameters);

}  // namespace lagom::forecast
