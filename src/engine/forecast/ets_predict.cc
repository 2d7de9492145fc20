#include "engine/forecast/ets_predict.h"

#include <cmath>

#include "engine/forecast/ets_recursion.h"

namespace lagom::forecast {
namespace {

// Effects of a unit (absolute) error at step i on step h > i, from precomputed trend sums
// phi + ... + phi^j.
class Responses {
 public:
  Responses(const EtsFit& fit, const std::vector<double>& mean, int steps)
      : fit_(fit), mean_(mean), trend_sum_(steps + 1, 0.0) {
    const EtsSpec& spec = fit.spec;
    double power = 1.0;
    for (int j = 1; j <= steps && spec.HasTrend(); ++j) {
      power *= spec.IsDamped() ? fit.params.phi : 1.0;
      trend_sum_[j] = trend_sum_[j - 1] + power;
    }
  }

  double operator()(int h, int i) const {
    const EtsSpec& spec = fit_.spec;
    const EtsParams& p = fit_.params;
    const int lag = h - i;
    const bool season_slot = spec.HasSeason() && lag % spec.period == 0;
    const double level_part = p.alpha + p.beta * trend_sum_[lag];
    if (spec.season != SeasonType::kMultiplicative) {
      return level_part + (season_slot ? p.gamma : 0.0);
    }
    const double s_h = Index(h), s_i = Index(i);
    const double q_h = mean_[h] / s_h, q_i = mean_[i] / s_i;
    return s_h * level_part / s_i + (season_slot ? p.gamma * q_h / q_i : 0.0);
  }

 private:
  // Seasonal index of step `step` (0-based).
  double Index(int step) const {
    const EtsSpec& spec = fit_.spec;
    return fit_.final_state[spec.SeasonOffset() + (spec.period - 1 - step % spec.period)];
  }

  const EtsFit& fit_;
  const std::vector<double>& mean_;
  std::vector<double> trend_sum_;
};

}  // namespace

EtsPrediction PredictEts(const EtsFit& fit, int steps) {
  EtsPrediction out{std::vector<double>(steps), {}, ErrorResponse(steps)};
  EtsForecastMean(fit.spec, fit.params, fit.final_state, out.mean);
  const bool relative = fit.spec.error == ErrorType::kMultiplicative;
  const double sigma = std::sqrt(fit.sigma2);
  const Responses response(fit, out.mean, steps);
  for (int h = 0; h < steps; ++h) {
    for (int i = 0; i <= h; ++i) {
      const double scale = relative ? sigma * out.mean[i] : sigma;
      out.response.at(h, i) = scale * (i == h ? 1.0 : response(h, i));
    }
  }
  out.variance = out.response.StepVariances();
  if (relative && fit.spec.season != SeasonType::kMultiplicative) {
    // Class 2: theta_h = mu_h^2 + sigma^2 sum_j c_j^2 theta_(h-j); var = (1+sigma^2) theta - mu^2.
    std::vector<double> theta(steps);
    for (int h = 0; h < steps; ++h) {
      theta[h] = out.mean[h] * out.mean[h];
      for (int j = 1; j <= h; ++j) {
        const double c = response(h, h - j);
        theta[h] += fit.sigma2 * c * c * theta[h - j];
      }
      out.variance[h] = (1 + fit.sigma2) * theta[h] - out.mean[h] * out.mean[h];
    }
  }
  return out;
}

}  // namespace lagom::forecast
