#include "engine/forecast/forecast_paths.h"

#include <algorithm>
#include <cmath>

namespace lagom::forecast {

ForecastPaths ToPaths(const ModelForecast& forecast, int first) {
  ForecastPaths out;
  out.model = forecast.model;
  out.sigma = forecast.sigma;
  out.mean.assign(forecast.mean.begin() + first, forecast.mean.end());
  out.variance.assign(forecast.variance.begin() + first, forecast.variance.end());
  out.sums = forecast.response.SumVariances(first);
  return out;
}

ForecastPaths Combine(std::span<const ForecastPaths> parts, std::span<const double> weights,
                      std::string model) {
  double total = 0.0;
  for (double w : weights) total += w;
  ForecastPaths out;
  out.model = std::move(model);
  out.mean.assign(parts[0].mean.size(), 0.0);
  out.variance.assign(parts[0].variance.size(), 0.0);
  out.sums.assign(parts[0].sums.size(), 0.0);
  for (std::size_t p = 0; p < parts.size(); ++p) {
    const ForecastPaths& part = parts[p];
    const double w = weights[p] / total;
    out.sigma += w * part.sigma;
    for (std::size_t h = 0; h < out.mean.size(); ++h) {
      out.mean[h] += w * part.mean[h];
      out.variance[h] += w * std::sqrt(part.variance[h]);
    }
    for (std::size_t k = 0; k < out.sums.size(); ++k) out.sums[k] += w * std::sqrt(part.sums[k]);
  }
  for (double& v : out.variance) v *= v;
  for (double& v : out.sums) v *= v;
  return out;
}

void FloorAtZero(ForecastPaths& paths) {
  for (double& v : paths.mean) v = std::max(v, 0.0);
}

}  // namespace lagom::forecast
