// Events and campaigns in the planning run (store/event_store.h). For each planned stock
// point an event concerns (its item listed, or its item's group; its location listed, or none
// listed):
//   - past events: their periods are cleansed out of the history the forecast is fitted on
//     (engine/forecast/event_uplift.h), so a past campaign does not inflate the normal level,
//     and they measure the uplift of their type (Σ actual ÷ Σ baseline over its periods);
//   - coming events within the horizon: the forecast of their periods changes by the planned
//     uplift_percent, else by the uplift measured on the stock point's past events of the
//     same type, else (a closure) by −100 %; the plan orders ahead of them by its lead time
//     as it does for any forecast. They come before the planners' overrides (which decide
//     where both cover a period).
#pragma once

#include "app/forecast_overrides.h"
#include "core/date.h"
#include "core/result.h"
#include "store/planning_data.h"
#include "store/sqlite.h"

namespace lagom::app {

// Cleanses `data`'s histories in place and returns the coming events' changes per stock
// point. `horizon_periods` from the period of `as_of`; `season_length` of the baseline.
Result<OverridesByPoint> ApplyEvents(sqlite::Database& db, store::PlanningData& data, Date as_of,
                                     int horizon_periods, int season_length);

// `later`'s overrides after `earlier`'s, per stock point.
void AppendOverrides(OverridesByPoint& earlier, OverridesByPoint&& later);

}  // namespace lagom::app
