#include "engine/forecast/ets_init.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

#include "engine/forecast/decompose.h"
#include "engine/forecast/regression.h"

namespace lagom::forecast {
namespace {

// Seasonal part per point for fewer than three seasons: y minus (or over) the trend of a
// regression on [1, t, sin(2 pi t / m), cos(2 pi t / m)], t = 1..n (R: tslm(y ~ trend + fourier)).
std::vector<double> FourierSeasonal(std::span<const double> y, int m, bool multiplicative) {
  const std::size_t n = y.size();
  std::vector<double> design(n * 4);
  for (std::size_t t = 0; t < n; ++t) {
    const double time = static_cast<double>(t + 1);
    const double angle = 2 * std::numbers::pi * time / m;
    design[t * 4 + 0] = 1.0;
    design[t * 4 + 1] = time;
    design[t * 4 + 2] = m == 2 ? 0.0 : std::sin(angle);  // sin(pi t) is not a column for m = 2
    design[t * 4 + 3] = std::cos(angle);
  }
  const std::vector<double> beta = LeastSquares(design, y, 4);
  std::vector<double> seasonal(n);
  for (std::size_t t = 0; t < n; ++t) {
    const double line = beta[0] + beta[1] * static_cast<double>(t + 1);
    seasonal[t] = multiplicative ? y[t] / line : y[t] - line;
  }
  return seasonal;
}

// Seasonal part per point: the classical figure repeated, or the Fourier fallback.
std::vector<double> SeasonalPart(std::span<const double> y, int m, bool multiplicative) {
  if (y.size() < 3 * static_cast<std::size_t>(m)) return FourierSeasonal(y, m, multiplicative);
  const auto type =
      multiplicative ? DecompositionType::kMultiplicative : DecompositionType::kAdditive;
  const std::vector<double> figure = SeasonalFigure(y, m, type);
  std::vector<double> seasonal(y.size());
  for (std::size_t t = 0; t < y.size(); ++t) seasonal[t] = figure[t % m];
  return seasonal;
}

// Initial seasonal states s_0..s_-(m-2) (the reverse of the figure for points 2..m) and the
// seasonally adjusted series.
std::vector<double> SeasonalStates(const EtsSpec& spec, std::span<const double> y,
                                   std::vector<double>& adjusted) {
  const int m = spec.period;
  const bool multiplicative = spec.season == SeasonType::kMultiplicative;
  const std::vector<double> seasonal = SeasonalPart(y, m, multiplicative);
  std::vector<double> states(seasonal.rend() - m, seasonal.rend() - 1);
  adjusted.resize(y.size());
  if (!multiplicative) {
    for (std::size_t t = 0; t < y.size(); ++t) adjusted[t] = y[t] - seasonal[t];
    return states;
  }
  for (double& s : states) s = std::max(s, 1e-2);
  const double sum = std::accumulate(states.begin(), states.end(), 0.0);
  if (sum > m) {
    const double denominator = sum + 1e-2 * static_cast<double>(states.size());
    for (double& s : states) s /= denominator;
  }
  for (std::size_t t = 0; t < y.size(); ++t) adjusted[t] = y[t] / std::max(seasonal[t], 1e-2);
  return states;
}

}  // namespace

EtsParams InitialParams(const EtsSpec& spec, const EtsBounds& b) {
  EtsParams p;
  const double m = spec.HasSeason() ? spec.period : 1;
  p.alpha = b.lower[0] + 0.2 * (b.upper[0] - b.lower[0]) / m;
  if (p.alpha > 1 || p.alpha < 0) p.alpha = b.lower[0] + 2e-3;
  if (spec.HasTrend()) {
    p.beta = b.lower[1] + 0.1 * (std::min(b.upper[1], p.alpha) - b.lower[1]);
    if (p.beta < 0 || p.beta > p.alpha) p.beta = p.alpha - 1e-3;
  }
  if (spec.HasSeason()) {
    p.gamma = b.lower[2] + 0.05 * (std::min(b.upper[2], 1 - p.alpha) - b.lower[2]);
    if (p.gamma < 0 || p.gamma > 1 - p.alpha) p.gamma = 1 - p.alpha - 1e-3;
  }
  p.phi = 1.0;
  if (spec.IsDamped()) {
    p.phi = b.lower[3] + 0.99 * (b.upper[3] - b.lower[3]);
    if (p.phi < 0 || p.phi > 1) p.phi = b.upper[3] - 1e-3;
  }
  return p;
}

std::vector<double> InitialStates(const EtsSpec& spec, std::span<const double> y) {
  std::vector<double> adjusted(y.begin(), y.end());
  std::vector<double> seasons;
  if (spec.HasSeason()) seasons = SeasonalStates(spec, y, adjusted);
  const int m = spec.HasSeason() ? spec.period : 1;
  const std::size_t first = std::min<std::size_t>(std::max(10, 2 * m), adjusted.size());
  const std::span<const double> head(adjusted.data(), first);
  std::vector<double> states;
  if (!spec.HasTrend()) {
    states.push_back(std::accumulate(head.begin(), head.end(), 0.0) / static_cast<double>(first));
  } else {
    const Line line = FitLine(head, 1.0);
    double level = line.intercept, slope = line.slope;
    if (std::fabs(level + slope) < 1e-8) {  // keep the first fitted value away from zero
      level *= 1 + 1e-3;
      slope *= 1 - 1e-3;
    }
    states.push_back(level);
    states.push_back(slope);
  }
  states.insert(states.end(), seasons.begin(), seasons.end());
  return states;
}

}  // namespace lagom::forecast
