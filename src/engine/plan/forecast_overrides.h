// A planner's changes to a stock point's statistical forecast, period by period: the final
// forecast the plan uses. Periods are indexes from the run's period (0: the period of as_of;
// an override may have started before it). Pure, thread-safe.
//
//   quantity: the forecast of each period of the range is `value` × share
//   percent:  each period's statistical forecast changes by `value` % (−100: to zero)
//   total:    `value` × share over the whole range: the periods already past are taken to
//             have had their even part (total × passed / periods), the rest is spread over the
//             remaining periods in proportion to the statistical forecast (evenly if it is 0)
//
// An override for an item at all its locations comes with each location's share of the
// item's demand (1 for a single location). Overrides apply in their order: where two cover a
// period, the later one decides.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace lagom::plan {

enum class OverrideKind { kQuantity, kPercent, kTotal };

struct ForecastOverride {
  int first = 0, last = 0;  // periods from the run's, inclusive; REQUIRES first ≤ last
  OverrideKind kind = OverrideKind::kQuantity;
  double value = 0;  // units per period, per cent, or units over the range
  double share = 1;  // of the item's demand at this location (quantity and total)
  std::string note;  // how the reason names it, e.g. "+20 % weeks 2024-03-11–2024-03-25 (fair)"
};

struct FinalForecast {
  std::vector<double> path;        // as long as the statistical path
  std::vector<std::string> notes;  // of the overrides that changed a period in the path
};

FinalForecast ApplyForecastOverrides(std::span<const double> statistical,
                                     std::span<const ForecastOverride> overrides);

// The mean per period of a forecast path over the next `periods` periods (the last one
// counting in part; beyond the path its last value repeats), as Forecast::CumulativeMean / periods.
// REQUIRES: periods > 0, path not empty.
double PathMeanOver(std::span<const double> path, double periods);

}  // namespace lagom::plan
