#include "engine/forecast/ets_fit.h"

#include <algorithm>
#include <cmath>

#include "engine/forecast/ets_init.h"
#include "engine/forecast/ets_layout.h"
#include "engine/forecast/ets_recursion.h"

namespace lagom::forecast {
namespace {

// States found on y / scale, back in the units of y.
void Unscale(const EtsSpec& spec, double scale, std::span<double> state) {
  state[0] *= scale;
  if (spec.HasTrend()) state[1] *= scale;
  if (spec.season == SeasonType::kAdditive) {
    for (std::size_t i = spec.SeasonOffset(); i < state.size(); ++i) state[i] *= scale;
  }
}

double MeanAbs(std::span<const double> y) {
  double sum = 0.0;
  for (double v : y) sum += std::fabs(v);
  const double mean = sum / static_cast<double>(y.size());
  return mean > 0 && std::isfinite(mean) ? mean : 1.0;
}

// Start 0 is R's; the others sit near the two ends where likelihoods often have a second
// optimum: almost fixed components (all parameters near their lower bounds) and fast-moving
// ones.
EtsParams StartingParams(const EtsSpec& spec, const EtsBounds& bounds, int start) {
  EtsParams p = InitialParams(spec, bounds);
  if (start == 1) p = {0.5, 0.05, 0.1, 0.9};
  if (start == 2) p = {2e-4, 1e-4, 1e-4, 0.97};
  if (!spec.IsDamped()) p.phi = 1.0;
  return p;
}

bool NeedsPositiveData(const EtsSpec& spec) {
  return spec.error == ErrorType::kMultiplicative || spec.season == SeasonType::kMultiplicative;
}

}  // namespace

std::optional<EtsFit> EvaluateEts(std::span<const double> y, const EtsSpec& spec,
                                  const EtsParams& params, std::span<const double> initial_state,
                                  int parameters) {
  EtsFit fit;
  fit.spec = spec;
  fit.params = params;  // parameters the model does not have are neutral
  fit.params.beta = spec.HasTrend() ? params.beta : 0.0;
  fit.params.gamma = spec.HasSeason() ? params.gamma : 0.0;
  fit.params.phi = spec.IsDamped() ? params.phi : 1.0;
  fit.initial_state.assign(initial_state.begin(), initial_state.end());
  fit.final_state = fit.initial_state;
  const EtsPass pass = RunEts(spec, fit.params, y, fit.final_state);
  const double criterion = EtsCriterion(spec, pass);
  if (!std::isfinite(criterion)) return std::nullopt;
  const double n = static_cast<double>(y.size());
  const double k = parameters + 1.0;  // + sigma
  fit.parameters = parameters;
  fit.loglik = -0.5 * criterion;
  fit.aic = criterion + 2 * k;
  fit.bic = criterion + std::log(n) * k;
  fit.aicc = n - k - 1 > 0 ? fit.aic + 2 * k * (k + 1) / (n - k - 1) : HUGE_VAL;
  fit.sigma2 = n > parameters ? pass.sse / (n - parameters) : HUGE_VAL;
  return fit;
}

std::optional<EtsFit> FitEts(std::span<const double> y, const EtsSpec& spec,
                             const EtsFitOptions& options, EtsWorkspace& ws) {
  const int smoothing = SmoothingCount(spec);
  const int parameters = smoothing + FreeStateCount(spec);
  if (y.size() < 4 || parameters >= static_cast<int>(y.size()) - 1) return std::nullopt;
  if (NeedsPositiveData(spec) && *std::min_element(y.begin(), y.end()) <= 0) return std::nullopt;

  const double scale = MeanAbs(y);
  ws.scaled.resize(y.size());
  std::transform(y.begin(), y.end(), ws.scaled.begin(), [scale](double v) { return v / scale; });
  const std::vector<double> states = InitialStates(spec, ws.scaled);
  // A few iterations from each start show which basin is deepest; only that one is followed
  // to convergence.
  EtsSearchOptions probe = options.search;
  probe.max_iterations = options.starts > 1 ? options.probe_iterations : probe.max_iterations;
  double best = HUGE_VAL;
  for (int start = 0; start < options.starts; ++start) {
    ws.par.assign(smoothing, 0.0);
    PackSmoothing(spec, StartingParams(spec, options.bounds, start), ws.par);
    ws.par.insert(ws.par.end(), states.begin(), states.end());
    const double value = ws.search.Minimize(spec, options.bounds, ws.scaled, ws.par, probe);
    if (value < best) {
      best = value;
      ws.best = ws.par;
    }
  }
  if (!std::isfinite(best)) return std::nullopt;
  ws.par = ws.best;
  if (options.starts > 1) {
    ws.search.Minimize(spec, options.bounds, ws.scaled, ws.par, options.search);
  }

  std::vector<double> initial(spec.StateCount());
  CompleteState(spec, ws.par, initial);
  Unscale(spec, scale, initial);
  return EvaluateEts(y, spec, Unpack(spec, ws.par), initial, parameters);
}

}  // namespace lagom::forecast
