// Past events (campaigns, holidays, closures) in a demand history: the baseline the demand
// would have had without them, and the uplift they brought (actual ÷ baseline during the
// events). The baseline forecast is fitted on the cleansed history, so a past campaign does
// not inflate the normal level; a coming event of the same kind multiplies the forecast by
// the uplift. Pure, deterministic, thread-safe.
//
// The baseline, iterated three times from a history whose event periods are interpolated
// linearly between their neighbours: the multiplicative seasonal figure of the cleansed
// history (decompose.h; when season_length ≥ 2 and there are two seasons of data, else none),
// the deseasonalised level as the mean of the non-event periods within half a season (at
// least 4 periods) either side, and baseline = level × seasonal index; event periods take it.
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace lagom::forecast {

struct EventUplift {
  std::vector<double> cleansed;  // the history with each event period at its baseline
  std::vector<double> baseline;  // the baseline of every period
  // Σ actual ÷ Σ baseline over the event periods; none without event periods or baseline.
  std::optional<double> uplift;
};

// `in_event[t]`: period t of `history` (oldest first) was in an event of the kind measured.
// REQUIRES: in_event.size() == history.size(); season_length ≥ 1; no NaN in history.
EventUplift EstimateEventUplift(std::span<const double> history, const std::vector<bool>& in_event,
                                int season_length);

}  // namespace lagom::forecast
