// Turns a raw history into the clean series the methods need: no missing values, a known
// number of missing periods at the end, and a scale that keeps arithmetic in range.
// Pure; thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace lagom::forecast {

struct PreparedSeries {
  std::vector<double> values;  // divided by `scale`; no NaN
  double scale = 1.0;          // largest magnitude of the history (1 if all zero or empty)
  int trailing_missing = 0;    // periods after the last observation up to the end of history
  int leading_missing = 0;     // dropped from the front
  int interpolated = 0;        // inner missing values filled linearly
  bool has_negative = false;
  bool constant = false;  // two or more values, all equal (all zero included)
  std::vector<std::string> notes;
};

// NaN and +-inf are missing; at most max_trailing trailing missing periods are counted.
PreparedSeries Prepare(std::span<const double> history, int max_trailing);

}  // namespace lagom::forecast
