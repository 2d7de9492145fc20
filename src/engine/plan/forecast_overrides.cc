#include "engine/plan/forecast_overrides.h"

#include <algorithm>
#include <cmath>

namespace lagom::plan {

namespace {

// The range's periods that fall in the path, as [begin, end) indexes.
std::pair<int, int> InPath(const ForecastOverride& o, std::size_t size) {
  int begin = std::max(o.first, 0);
  int end = std::min(o.last + 1, static_cast<int>(size));
  return {begin, std::max(begin, end)};
}

void SpreadTotal(const ForecastOverride& o, std::span<const double> statistical,
                 std::vector<double>& path) {
  int periods = o.last - o.first + 1;
  int passed = std::max(0, -o.first);
  double remaining = o.value * o.share * static_cast<double>(periods - passed) / periods;
  auto [begin, end] = InPath(o, path.size());
  int remaining_periods = o.last + 1 - std::max(o.first, 0);
  double weight = 0;
  for (int t = begin; t < end; ++t) weight += statistical[static_cast<std::size_t>(t)];
  // Periods beyond the path are weighted by the path's last value, as PathMeanOver repeats it.
  weight += statistical.back() * (remaining_periods - (end - begin));
  for (int t = begin; t < end; ++t) {
    double part =
        weight > 0 ? statistical[static_cast<std::size_t>(t)] / weight : 1.0 / remaining_periods;
    path[static_cast<std::size_t>(t)] = remaining * part;
  }
}

}  // namespace

FinalForecast ApplyForecastOverrides(std::span<const double> statistical,
                                     std::span<const ForecastOverride> overrides) {
  FinalForecast out;
  out.path.assign(statistical.begin(), statistical.end());
  for (const ForecastOverride& o : overrides) {
    auto [begin, end] = InPath(o, out.path.size());
    if (begin >= end) continue;
    switch (o.kind) {
      case OverrideKind::kQuantity:
        for (int t = begin; t < end; ++t) out.path[static_cast<std::size_t>(t)] = o.value * o.share;
        break;
      case OverrideKind::kPercent:
        for (int t = begin; t < end; ++t) {
          std::size_t i = static_cast<std::size_t>(t);
          out.path[i] = std::max(0.0, statistical[i] * (1.0 + o.value / 100.0));
        }
        break;
      case OverrideKind::kTotal:
        SpreadTotal(o, statistical, out.path);
        break;
    }
    out.notes.push_back(o.note);
  }
  return out;
}

double PathMeanOver(std::span<const double> path, double periods) {
  double sum = 0;
  double whole = std::floor(periods);
  for (int t = 0; t < static_cast<int>(whole); ++t) {
    sum += path[std::min<std::size_t>(static_cast<std::size_t>(t), path.size() - 1)];
  }
  double part = periods - whole;
  if (part > 0)
    sum += part * path[std::min<std::size_t>(static_cast<std::size_t>(whole), path.size() - 1)];
  return sum / periods;
}

}  // namespace lagom::plan
