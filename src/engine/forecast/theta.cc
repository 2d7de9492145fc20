#include "engine/forecast/theta.h"

#include <algorithm>
#include <cmath>

#include "engine/forecast/decompose.h"
#include "engine/forecast/regression.h"
#include "engine/forecast/ses.h"

namespace lagom::forecast {

ThetaFit FitTheta(std::span<const double> y, int m, int horizon) {
  ThetaFit fit;
  const std::size_t n = y.size();
  std::vector<double> adjusted(y.begin(), y.end());
  std::vector<double> figure;
  if (IsSeasonal(y, m)) {
    figure = SeasonalFigure(y, m, DecompositionType::kMultiplicative);
    const bool usable = std::all_of(figure.begin(), figure.end(), [](double f) {
      return std::isfinite(f) && std::fabs(f) >= 1e-10;
    });
    if (usable) {
      fit.seasonal = true;
      for (std::size_t t = 0; t < n; ++t) adjusted[t] = y[t] / figure[t % m];
    }
  }
  const SesFit ses = FitSes(adjusted);
  fit.alpha = std::max(1e-10, ses.alpha);
  fit.drift = FitLine(adjusted, 0.0).slope / 2.0;
  fit.sigma2 = ses.sigma2;
  const double offset = (1.0 - std::pow(1.0 - fit.alpha, static_cast<double>(n))) / fit.alpha;
  fit.mean.resize(horizon);
  fit.season_factor.assign(horizon, 1.0);
  for (int h = 0; h < horizon; ++h) {
    if (fit.seasonal) fit.season_factor[h] = figure[(n + h) % m];
    fit.mean[h] = (ses.level + fit.drift * (h + offset)) * fit.season_factor[h];
  }
  return fit;
}

}  // namespace lagom::forecast
