#include "engine/forecast/ets_layout.h"

#include <algorithm>
#include <cmath>

namespace lagom::forecast {
namespace {

// Which of alpha (0), beta (1), gamma (2), phi (3) sits at position i of the vector.
int SmoothingKind(const EtsSpec& spec, int i) {
  int kinds[4];
  int n = 0;
  kinds[n++] = 0;
  if (spec.HasTrend()) kinds[n++] = 1;
  if (spec.HasSeason()) kinds[n++] = 2;
  if (spec.IsDamped()) kinds[n++] = 3;
  return kinds[i];
}

}  // namespace

int SmoothingCount(const EtsSpec& spec) {
  return 1 + (spec.HasTrend() ? 1 : 0) + (spec.HasSeason() ? 1 : 0) + (spec.IsDamped() ? 1 : 0);
}

int FreeStateCount(const EtsSpec& spec) {
  return spec.StateCount() - (spec.HasSeason() ? 1 : 0);
}

EtsParams Unpack(const EtsSpec& spec, std::span<const double> par) {
  EtsParams p;
  int i = 0;
  p.alpha = par[i++];
  if (spec.HasTrend()) p.beta = par[i++];
  if (spec.HasSeason()) p.gamma = par[i++];
  if (spec.IsDamped()) p.phi = par[i++];
  return p;
}

void PackSmoothing(const EtsSpec& spec, const EtsParams& p, std::span<double> par) {
  int i = 0;
  par[i++] = p.alpha;
  if (spec.HasTrend()) par[i++] = p.beta;
  if (spec.HasSeason()) par[i++] = p.gamma;
  if (spec.IsDamped()) par[i++] = p.phi;
}

bool CompleteState(const EtsSpec& spec, std::span<const double> par, std::span<double> state) {
  const int free = FreeStateCount(spec);
  const auto states = par.subspan(SmoothingCount(spec), free);
  std::copy(states.begin(), states.end(), state.begin());
  if (!spec.HasSeason()) return true;
  const bool multiplicative = spec.season == SeasonType::kMultiplicative;
  double sum = 0.0;
  for (int i = spec.SeasonOffset(); i < free; ++i) sum += state[i];
  state[free] = (multiplicative ? spec.period : 0.0) - sum;
  if (!multiplicative) return true;
  return *std::min_element(state.begin() + spec.SeasonOffset(), state.end()) >= 0.0;
}

void SmoothingBox(const EtsSpec& spec, const EtsBounds& b, std::span<const double> par, int i,
                  double& lower, double& upper) {
  const int kind = SmoothingKind(spec, i);
  lower = b.lower[kind];
  upper = b.upper[kind];
  if (kind == 1) upper = std::min(upper, par[0]);
  if (kind == 2) upper = std::min(upper, 1.0 - par[0]);
  upper = std::max(upper, lower);
}

double ProjectSmoothing(const EtsSpec& spec, const EtsBounds& bounds, std::span<double> par) {
  double distance = 0.0;
  for (int i = 0; i < SmoothingCount(spec); ++i) {  // alpha first: later boxes depend on it
    double lower, upper;
    SmoothingBox(spec, bounds, par, i, lower, upper);
    const double clamped = std::clamp(par[i], lower, upper);
    distance += std::fabs(par[i] - clamped);
    par[i] = clamped;
  }
  return distance;
}

}  // namespace lagom::forecast
