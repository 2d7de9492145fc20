// Automatic ETS model selection as R's forecast::ets(y) does it: every admissible combination
// of error (A, M), trend (N, A, Ad) and season (N, A, M) is fitted and the smallest AICc wins.
// R's restrictions apply: no multiplicative error or season with non-positive data, no
// additive error with a multiplicative season (infinite variance), no season when m < 2,
// m > 24 or the series is not longer than m. Multiplicative trends are not in the family.
// Not thread-safe per workspace.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "engine/forecast/ets_fit.h"
#include "engine/forecast/ets_spec.h"

namespace lagom::forecast {

// The candidate models for a series, in R's search order. `allowed`, when non-empty, keeps
// only those (e.g. {ANN} for simple exponential smoothing).
std::vector<EtsSpec> EtsCandidates(std::span<const double> y, int m,
                                   std::span<const EtsSpec> allowed = {});

// Fits every candidate; the models that could not be fitted are left out.
// REQUIRES: no NaN in y.
std::vector<EtsFit> FitEtsCandidates(std::span<const double> y, int m,
                                     std::span<const EtsSpec> allowed, const EtsFitOptions& options,
                                     EtsWorkspace& ws);

// The fit with the smallest AICc among those `keep` accepts; nullopt when there is none.
template <class Keep>
std::optional<EtsFit> BestByAicc(std::span<const EtsFit> fits, Keep keep) {
  const EtsFit* best = nullptr;
  for (const EtsFit& fit : fits) {
    if (keep(fit.spec) && (best == nullptr || fit.aicc < best->aicc)) best = &fit;
  }
  return best ? std::optional<EtsFit>(*best) : std::nullopt;
}

}  // namespace lagom::forecast
