#include "engine/forecast/ets_predict.h"

#include <cmath>

#include "engine/forecast/ets_recursion.h"

namespace lagom::forecast {
namespace {

// phi + phi^2 + ... + phi^j (j without damping; 0 without a trend).
double TrendSum(const EtsSpec& spec, double phi, int j) {
  if (!spec.HasTrend()) return 0.0;
  if (!spec.IsDamped()) return j;
  double sum = 0.0, power = 1.0;
  for (int k = 0; k < j; ++k) sum += (power *= phi);
  return sum;
}

// Effect on step h of a unit (absolute) error at step i < h.
double Response(const EtsFit& fit, const std::vector<double>& mean, int h, int i) {
  const EtsSpec& spec = fit.spec;
  const EtsParams& p = fit.params;
  const int lag = h - i;
  const bool season_slot = spec.HasSeason() && lag % spec.period == 0;
  const double level_part = p.alpha + p.beta * TrendSum(spec, p.phi, lag);
  if (spec.season != SeasonType::kMultiplicative) {
    return level_part + (season_slot ? p.gamma : 0.0);
  }
  // Seasonal index and deseasonalised forecast of steps h and i (0-based steps).
  auto index = [&](int step) {
    const int m = spec.period;
    return fit.final_state[spec.SeasonOffset() + (m - 1 - step % m)];
  };
  const double s_h = index(h), s_i = index(i);
  const double q_h = mean[h] / s_h, q_i = mean[i] / s_i;
  return s_h * level_part / s_i + (season_slot ? p.gamma * q_h / q_i : 0.0);
}

}  // namespace

EtsPrediction PredictEts(const EtsFit& fit, int steps) {
  EtsPrediction out{std::vector<double>(steps), {}, ErrorResponse(steps)};
  EtsForecastMean(fit.spec, fit.params, fit.final_state, out.mean);
  const bool relative = fit.spec.error == ErrorType::kMultiplicative;
  const double sigma = std::sqrt(fit.sigma2);
  for (int h = 0; h < steps; ++h) {
    for (int i = 0; i <= h; ++i) {
      const double scale = relative ? sigma * out.mean[i] : sigma;
      out.response.at(h, i) = scale * (i == h ? 1.0 : Response(fit, out.mean, h, i));
    }
  }
  out.variance = out.response.StepVariances();
  if (relative && fit.spec.season != SeasonType::kMultiplicative) {
    // Class 2: theta_h = mu_h^2 + sigma^2 sum_j c_j^2 theta_(h-j); var = (1+sigma^2) theta - mu^2.
    std::vector<double> theta(steps);
    for (int h = 0; h < steps; ++h) {
      theta[h] = out.mean[h] * out.mean[h];
      for (int j = 1; j <= h; ++j) {
        const double c = Response(fit, out.mean, h, h - j);
        theta[h] += fit.sigma2 * c * c * theta[h - j];
      }
      out.variance[h] = (1 + fit.sigma2) * theta[h] - out.mean[h] * out.mean[h];
    }
  }
  return out;
}

}  // namespace lagom::forecast
