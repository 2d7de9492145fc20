// CSV output of `lagom forecast`: series_id,step,forecast[,lo_L,hi_L ...],model — one row per
// series and step, prediction-interval bounds for each level L (percent) in the order given.
#pragma once

#include <ostream>
#include <span>

#include "csv/series.h"
#include "engine/forecast/forecast.h"

namespace lagom::cli {

// REQUIRES: forecasts.size() == series.size(); levels in (0, 100).
void WriteForecastCsv(std::ostream& out, std::span<const csv::SeriesHistory> series,
                      std::span<const forecast::Forecast> forecasts,
                      std::span<const double> levels);

}  // namespace lagom::cli
