// The forecasts behind the latest planning run, per stock point: the model the forecasting
// engine chose, its mean demand per period and the spread (σ) of its one-period errors.
// Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct StockPointForecast {
  std::string item_code, location_code, model;
  double mean_per_period = 0, sigma = 0;
  std::int64_t plan_run_id = 0;
};

struct ForecastQuery {
  std::string item, location, model;  // codes and model name; empty: any
  std::int64_t limit = -1;            // -1: all
  std::int64_t offset = 0;
};

// By item code, then location code.
Result<std::vector<StockPointForecast>> FindForecasts(sqlite::Database& db,
                                                      const ForecastQuery& query);
Result<std::int64_t> CountForecasts(sqlite::Database& db, const ForecastQuery& query);

}  // namespace lagom::store
