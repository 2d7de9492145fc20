#include "engine/forecast/decompose.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lagom::forecast {
namespace {

constexpr double kNormal95 = 1.6448536269514722;  // qnorm(0.95)

// Centred moving average of order m (2 x m when m is even); NaN where not defined.
std::vector<double> CentredMovingAverage(std::span<const double> y, int m) {
  const int n = static_cast<int>(y.size());
  const int half = m / 2;
  std::vector<double> trend(y.size(), NAN);
  for (int t = half; t + half < n; ++t) {
    double sum = 0.0;
    for (int j = -half; j <= half; ++j) {
      const double w = (m % 2 == 0 && (j == -half || j == half)) ? 0.5 : 1.0;
      sum += w * y[t + j];
    }
    trend[t] = sum / m;
  }
  return trend;
}

}  // namespace

std::vector<double> SeasonalFigure(std::span<const double> y, int m, DecompositionType type) {
  const std::vector<double> trend = CentredMovingAverage(y, m);
  std::vector<double> sum(m, 0.0);
  std::vector<int> count(m, 0);
  for (std::size_t t = 0; t < y.size(); ++t) {
    if (std::isnan(trend[t])) continue;
    const double detrended =
        type == DecompositionType::kAdditive ? y[t] - trend[t] : y[t] / trend[t];
    sum[t % m] += detrended;
    ++count[t % m];
  }
  std::vector<double> figure(m);
  for (int i = 0; i < m; ++i) figure[i] = count[i] > 0 ? sum[i] / count[i] : NAN;
  const double mean = std::accumulate(figure.begin(), figure.end(), 0.0) / m;
  for (double& f : figure) f = type == DecompositionType::kAdditive ? f - mean : f / mean;
  return figure;
}

std::vector<double> Autocorrelation(std::span<const double> y, int max_lag) {
  const std::size_t n = y.size();
  const double mean = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(n);
  double denominator = 0.0;
  for (double v : y) denominator += (v - mean) * (v - mean);
  std::vector<double> r(max_lag, 0.0);
  if (denominator <= 0.0) return r;
  for (int k = 1; k <= max_lag; ++k) {
    double sum = 0.0;
    for (std::size_t t = 0; t + k < n; ++t) sum += (y[t] - mean) * (y[t + k] - mean);
    r[k - 1] = sum / denominator;
  }
  return r;
}

bool IsSeasonal(std::span<const double> y, int m) {
  if (m < 2 || y.size() < 2 * static_cast<std::size_t>(m)) return false;
  const auto [lo, hi] = std::minmax_element(y.begin(), y.end());
  if (*lo == *hi) return false;
  const std::vector<double> r = Autocorrelation(y, m);
  double sum = 0.0;
  for (int k = 0; k < m - 1; ++k) sum += r[k] * r[k];
  const double stat = std::sqrt((1 + 2 * sum) / static_cast<double>(y.size()));
  return std::fabs(r[m - 1]) / stat > kNormal95;
}

}  // namespace lagom::forecast
