#include "engine/forecast/moving_average.h"

#include <algorithm>
#include <cmath>

namespace lagom::forecast {

LevelEstimate MovingAverage(std::span<const double> history, int window) {
  std::size_t n = std::min(history.size(), static_cast<std::size_t>(window));
  if (n == 0) return {};
  std::span<const double> recent = history.last(n);
  double sum = 0;
  for (double value : recent) sum += value;
  double mean = sum / static_cast<double>(n);
  if (n < 2) return {mean, std::sqrt(std::max(mean, 0.0)), 1};
  double squares = 0;
  for (double value : recent) squares += (value - mean) * (value - mean);
  return {mean, std::sqrt(squares / static_cast<double>(n - 1)), static_cast<int>(n)};
}

}  // namespace lagom::forecast
