// Forecasting many series at once: the engine (engine/forecast) runs once per series, in
// parallel across series (oneTBB), each series independently. Deterministic: the result for a
// series does not depend on the thread count or on the other series.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "csv/series.h"
#include "engine/forecast/forecast.h"

namespace lagom::app {

struct ForecastRunOptions {
  forecast::ForecastOptions forecast;
  int threads = 0;  // 0 = all hardware threads
  // Called from the calling thread as series are done; may be empty.
  std::function<void(std::size_t done, std::size_t total)> on_progress;
};

// One Forecast per series, in the order of `series`. InvalidInput when the options are out of
// range (before any work).
Result<std::vector<forecast::Forecast>> ForecastAll(std::span<const csv::SeriesHistory> series,
                                                    const ForecastRunOptions& options);

}  // namespace lagom::app
