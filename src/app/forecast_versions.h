// A stock point's kept forecasts (store/forecast_versions.h), period by period: what
// `lagom forecast-versions` prints. Reads only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

struct ForecastVersionRow {
  std::int64_t plan_run_id = 0;
  Date as_of;         // the run's
  Date period_start;  // the period forecast
  int lag = 1;        // 1: the run's own period, L: L − 1 periods after it
  double statistical = 0, final_forecast = 0;
};

// Newest run first, then by period. NotFound names an unknown item or location code; no
// versions is an empty list.
Result<std::vector<ForecastVersionRow>> StockPointForecastVersions(
    sqlite::Database& db, const std::string& item_code, const std::string& location_code,
    std::optional<std::int64_t> run_id);

}  // namespace lagom::app
