// The planners' forecast overrides a planning run applies (store/forecast_override_store.h),
// turned into the engine's terms per stock point (engine/plan/forecast_overrides.h): period
// indexes from the run's period, and, for an override of an item at all its locations, each
// planned location's share of the item's demand over the run's history (equal shares when
// the item has none). Overrides of stock points the run does not plan are left out.
#pragma once

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "engine/plan/forecast_overrides.h"
#include "store/planning_data.h"
#include "store/sqlite.h"

namespace lagom::app {

using OverridesByPoint =
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<plan::ForecastOverride>>;

Result<OverridesByPoint> OverridesForRun(sqlite::Database& db, const store::PlanningData& data,
                                         Date as_of);

}  // namespace lagom::app
