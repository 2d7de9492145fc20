// Alerts after a planning run: the rules of engine/analysis/alert_rules.h evaluated for
// every stock point the run planned (with its safety stock, reorder point, projection and
// tracking signal) and every other with stock on hand or late purchase order lines, then
// kept in the store once per condition (store/alert_store.h): raised when it appears,
// updated while it lasts, resolved when a run no longer finds it. A run covers the whole
// catalogue, so an open alert it does not find is resolved. Thread-safety: as
// sqlite::Database.
#pragma once

#include <cstdint>
#include <span>

#include "app/settings.h"
#include "engine/analysis/alert_rules.h"
#include "engine/plan/stock_point_plan.h"
#include "store/alert_store.h"
#include "store/analysis_facts.h"
#include "store/planning_data.h"

namespace lagom::app {

struct AlertSettings {
  analysis::AlertLimits limits;
  int tracking_periods = 6;  // one-step forecasts the tracking signal sums
};
// Settings alert.* (expiry_days, dead_stock_months, overstock_cover_days, tracking_limit,
// tracking_periods).
AlertSettings AlertSettingsOf(const Settings& settings);

// In one transaction; the rules run and their findings are synced about `chunk_points` stock
// points at a time (whole items), so memory holds one chunk's alerts. REQUIRES: plans[i] is
// the plan of data.stock_points[i]; `history_periods` is the window the run's demand
// estimate used; chunk_points ≥ 1. `planned_use`: stock points MRP plans to use (sorted);
// their stock is not dead.
Result<store::AlertSync> RaiseAlerts(sqlite::Database& db, const store::PlanningData& data,
                                     const Settings& settings,
                                     std::span<const plan::StockPointPlan> plans, Date as_of,
                                     std::int64_t run_id, int history_periods,
                                     std::size_t chunk_points,
                                     std::span<const store::PointKey> planned_use = {});

}  // namespace lagom::app
