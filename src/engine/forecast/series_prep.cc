#include "engine/forecast/series_prep.h"

#include <algorithm>
#include <cmath>

namespace lagom::forecast {
namespace {

void FillInner(std::vector<double>& v, int& filled) {
  std::size_t last = 0;  // index of the last observed value (v[0] is observed)
  for (std::size_t t = 1; t < v.size(); ++t) {
    if (std::isnan(v[t])) continue;
    for (std::size_t k = last + 1; k < t; ++k) {
      const double w = static_cast<double>(k - last) / static_cast<double>(t - last);
      v[k] = v[last] + w * (v[t] - v[last]);
      ++filled;
    }
    last = t;
  }
}

}  // namespace

PreparedSeries Prepare(std::span<const double> history, int max_trailing) {
  PreparedSeries out;
  std::size_t first = 0, end = history.size();
  while (first < end && !std::isfinite(history[first])) ++first;
  while (end > first && !std::isfinite(history[end - 1])) --end;
  out.leading_missing = static_cast<int>(first);
  out.trailing_missing =
      static_cast<int>(std::min<std::size_t>(history.size() - end, max_trailing));
  if (first == end) {
    out.trailing_missing = 0;  // nothing observed: no forecast origin to move
    out.notes.push_back("no observations: zero forecast");
    return out;
  }
  out.values.assign(history.begin() + first, history.begin() + end);
  for (double& v : out.values) {
    if (!std::isfinite(v)) v = NAN;
  }
  FillInner(out.values, out.interpolated);
  double largest = 0.0;
  for (double v : out.values) largest = std::max(largest, std::fabs(v));
  out.scale = largest > 0 ? largest : 1.0;
  for (double& v : out.values) v /= out.scale;
  out.has_negative = *std::min_element(out.values.begin(), out.values.end()) < 0;
  out.constant =
      out.values.size() > 1 && std::all_of(out.values.begin(), out.values.end(),
                                           [&](double v) { return v == out.values.front(); });
  if (out.leading_missing > 0) {
    out.notes.push_back(std::to_string(out.leading_missing) + " leading missing values dropped");
  }
  if (out.interpolated > 0) {
    out.notes.push_back(std::to_string(out.interpolated) + " missing values interpolated");
  }
  if (out.trailing_missing > 0) {
    out.notes.push_back(std::to_string(out.trailing_missing) + " trailing missing values forecast");
  }
  if (out.constant) out.notes.push_back("constant history: constant forecast, zero spread");
  return out;
}

}  // namespace lagom::forecast
