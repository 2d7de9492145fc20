// How good past forecasts were: the planning runs' kept forecasts (store/forecast_versions.h)
// set against the demand of the periods they forecast, per stock point, ABC class, item
// group or company, for lags 1..L. Lag L is the forecast of a period made by the run whose
// own period lies L − 1 periods before it (lag 1: the run's own period). Of several runs in
// one period, the last counts. Only complete periods count: those before the period of
// `as_of`. Both the statistical and the final forecast (after overrides and events) are
// measured on the same periods, so their difference is the forecast value added.
// Reads only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "engine/analysis/forecast_accuracy.h"
#include "store/sqlite.h"

namespace lagom::app {

// The forecast value added (FVA) of planners' overrides: by override, planner (its author) or
// reason, measured only where an override covered the period and the final forecast differed
// from the statistical one.
enum class AccuracyBy { kStockPoint, kClass, kGroup, kCompany, kOverride, kPlanner, kReason };

// "stock-point", "class", "group", "company", "override", "planner", "reason"; InvalidInput
// lists them.
Result<AccuracyBy> ParseAccuracyBy(std::string_view name);
std::vector<std::string> AccuracyByNames();

struct AccuracyOptions {
  Date as_of;  // periods before the one containing it have their actuals
  AccuracyBy by = AccuracyBy::kCompany;
  int lags = 1;  // measure lags 1..lags, 1..52
};

struct AccuracyRow {
  // "ITEM@LOCATION", the class ("A", "(unclassified)"), group or "company"; an override as
  // "#ID ITEM@LOCATION FROM–TO" (location "all"), its author or its reason.
  std::string key;
  int lag = 1;
  analysis::AccuracyMeasures statistical, final_forecast;
};

// By key, then lag. MASE's scale per stock point: the naive one-period MAE of its demand from
// its first demand (at most a year before the first period measured) to the last complete
// period.
Result<std::vector<AccuracyRow>> MeasureForecastAccuracy(sqlite::Database& db,
                                                         const AccuracyOptions& options);

}  // namespace lagom::app
