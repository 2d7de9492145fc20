#include "engine/forecast/benchmark_methods.h"

#include <cmath>
#include <string>

namespace lagom::forecast {
namespace {

// Mean squared difference between values `lag` apart.
double LagMeanSquare(std::span<const double> y, std::size_t lag) {
  if (y.size() <= lag) return 0.0;
  double sum = 0.0;
  for (std::size_t t = lag; t < y.size(); ++t) sum += (y[t] - y[t - lag]) * (y[t] - y[t - lag]);
  return sum / static_cast<double>(y.size() - lag);
}

// Errors that carry every shock `lag` steps apart on to later steps.
ModelForecast Repeating(std::string model, double sigma, int lag, int steps) {
  ModelForecast out;
  out.model = std::move(model);
  out.sigma = sigma;
  out.response = ErrorResponse(steps);
  for (int h = 0; h < steps; ++h) {
    for (int i = h; i >= 0; i -= lag) out.response.at(h, i) = sigma;
  }
  out.variance = out.response.StepVariances();
  return out;
}

}  // namespace

ModelForecast Naive(std::span<const double> y, int steps) {
  ModelForecast out = Repeating("Naive", std::sqrt(LagMeanSquare(y, 1)), 1, steps);
  out.mean.assign(steps, y.back());
  return out;
}

ModelForecast SeasonalNaive(std::span<const double> y, int m, int steps) {
  if (m < 2 || y.size() <= static_cast<std::size_t>(m)) return Naive(y, steps);
  ModelForecast out = Repeating("SeasonalNaive", std::sqrt(LagMeanSquare(y, m)), m, steps);
  const std::size_t start = y.size() - m;
  for (int h = 0; h < steps; ++h) out.mean.push_back(y[start + h % m]);
  return out;
}

ModelForecast Mean(std::span<const double> y, int window, int steps) {
  const std::size_t n =
      window <= 0 || static_cast<std::size_t>(window) > y.size() ? y.size() : window;
  const std::span<const double> recent = y.last(n);
  double mean = 0.0;
  for (double v : recent) mean += v / static_cast<double>(n);
  double squares = 0.0;
  for (double v : recent) squares += (v - mean) * (v - mean);
  const double variance = n > 1 ? squares / static_cast<double>(n - 1) : 0.0;
  ModelForecast out;
  out.model = n == y.size() ? "Mean" : "MovingAverage(" + std::to_string(n) + ")";
  out.mean.assign(steps, mean);
  out.sigma = std::sqrt(variance);
  out.response = ErrorResponse(steps);
  for (int h = 0; h < steps; ++h) out.response.at(h, h) = out.sigma;
  out.response.level_variance = variance / static_cast<double>(n);
  out.variance = out.response.StepVariances();
  return out;
}

}  // namespace lagom::forecast
