#include "engine/forecast/event_uplift.h"

#include <algorithm>
#include <cmath>

#include "engine/forecast/decompose.h"

namespace lagom::forecast {

namespace {

constexpr int kIterations = 3;

// Event periods interpolated linearly between the nearest non-event periods (held flat at
// the ends); all of history when every period is in an event.
std::vector<double> Interpolated(std::span<const double> y, const std::vector<bool>& in_event) {
  std::vector<double> out(y.begin(), y.end());
  int n = static_cast<int>(y.size());
  for (int t = 0; t < n; ++t) {
    if (!in_event[t]) continue;
    int before = t - 1, after = t + 1;
    while (before >= 0 && in_event[before]) --before;
    while (after < n && in_event[after]) ++after;
    if (before < 0 && after >= n) return out;
    if (before < 0) {
      out[t] = y[after];
    } else if (after >= n) {
      out[t] = y[before];
    } else {
      double w = static_cast<double>(t - before) / (after - before);
      out[t] = y[before] + w * (y[after] - y[before]);
    }
  }
  return out;
}

// The multiplicative seasonal index of each period (1 when none can be measured).
std::vector<double> SeasonalIndex(const std::vector<double>& y, int m) {
  std::vector<double> index(y.size(), 1.0);
  bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
  if (m < 2 || y.size() < 2 * static_cast<std::size_t>(m) || !positive) return index;
  std::vector<double> figure = SeasonalFigure(y, m, DecompositionType::kMultiplicative);
  for (std::size_t t = 0; t < y.size(); ++t) index[t] = figure[t % static_cast<std::size_t>(m)];
  return index;
}

// Level × seasonal index, the level the mean of the deseasonalised non-event periods near t.
std::vector<double> Baseline(const std::vector<double>& y, const std::vector<bool>& in_event,
                             const std::vector<double>& index, int half_window) {
  int n = static_cast<int>(y.size());
  std::vector<double> baseline(y.size(), 0.0);
  for (int t = 0; t < n; ++t) {
    double sum = 0;
    int count = 0;
    for (int s = std::max(0, t - half_window); s <= std::min(n - 1, t + half_window); ++s) {
      if (in_event[s]) continue;
      sum += y[s] / index[s];
      ++count;
    }
    baseline[t] = count > 0 ? sum / count * index[t] : y[t];
  }
  return baseline;
}

}  // namespace

EventUplift EstimateEventUplift(std::span<const double> history, const std::vector<bool>& in_event,
                                int season_length) {
  EventUplift out;
  out.cleansed = Interpolated(history, in_event);
  int half_window = std::max(4, season_length / 2);
  for (int i = 0; i < kIterations; ++i) {
    std::vector<double> index = SeasonalIndex(out.cleansed, season_length);
    out.baseline = Baseline(out.cleansed, in_event, index, half_window);
    for (std::size_t t = 0; t < history.size(); ++t) {
      if (in_event[t]) out.cleansed[t] = out.baseline[t];
    }
  }
  double actual = 0, baseline = 0;
  for (std::size_t t = 0; t < history.size(); ++t) {
    if (!in_event[t]) continue;
    actual += history[t];
    baseline += out.baseline[t];
  }
  if (baseline > 0) out.uplift = actual / baseline;
  return out;
}

}  // namespace lagom::forecast
