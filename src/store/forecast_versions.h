// Every planning run's forecast per stock point and period, kept so that a past forecast can
// be read back and its accuracy measured once the actuals arrive (app/forecast_accuracy.h).
//
// A version is the forecast per period from the run's period on (index 0: the period that
// contains the run's as-of date), for the run's horizon: the statistical forecast and the
// final one the plan used (after overrides and events; equal to the statistical one when
// nothing changed it). Stored compactly: float32 values with the trailing repeats of the last
// value dropped (a level forecast is 4 bytes), the final one only when it differs.
// Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/result.h"
#include "store/plan_store.h"
#include "store/sqlite.h"

namespace lagom::store {

struct ForecastVersion {
  std::int64_t plan_run_id = 0;
  Date as_of;  // the run's
  PeriodKind period = PeriodKind::kWeek;
  std::vector<double> statistical, final_path;  // same length, ≥ 1
};

// The stored bytes of a forecast path, and back (`periods` values, the last repeated).
std::string EncodeForecastPath(std::span<const double> values);
std::vector<double> DecodeForecastPath(std::string_view bytes, int periods);

// Saves the versions of a run's forecasts that have a statistical path (MRP's have none).
// Call inside the run's transaction (SavePlanRun does).
Status InsertForecastVersions(sqlite::Database& db, std::int64_t run_id,
                              std::span<const ForecastRecord> forecasts);

// Deletes the versions of runs as of before `keep_from`; returns how many were deleted.
Result<std::int64_t> PruneForecastVersions(sqlite::Database& db, Date keep_from);

// A stock point's versions, newest run first; only run `run_id`'s when given.
Result<std::vector<ForecastVersion>> LoadForecastVersions(sqlite::Database& db,
                                                          std::int64_t item_id,
                                                          std::int64_t location_id,
                                                          std::optional<std::int64_t> run_id);

// Every stored version, by run then item and location; `visit` may stop the walk with an error.
struct StockPointVersion {
  std::int64_t item_id = 0, location_id = 0;
  ForecastVersion version;
};
Status ForEachForecastVersion(sqlite::Database& db,
                              const std::function<Status(const StockPointVersion&)>& visit);

}  // namespace lagom::store
