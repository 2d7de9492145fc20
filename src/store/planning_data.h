// What the planning run reads from the store: per stock point (item@location) its recent
// demand per period, stock on hand and reserved (from the stock ledger), open orders and the
// supply terms in force.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct SupplyOption {
  std::int64_t supplier_id = 0;
  std::string supplier_code;
  double lead_time_days = 0;
  double lead_time_sd_days = 0;
  std::int64_t min_order_milli = 0;
  std::int64_t order_multiple_milli = 1000;
  std::int64_t unit_price_raw = 0;  // Money raw
};

struct StockPointData {
  std::int64_t item_id = 0;
  std::int64_t location_id = 0;
  std::string item_code;
  std::string location_code;
  std::int64_t unit_cost_raw = 0;  // Money raw
  // Demand per period, oldest first, ending with the last whole period before the as-of
  // date; starts at the stock point's first recorded period or the window start, whichever
  // is later. Periods without a record are zero.
  std::vector<double> history;
  std::int64_t on_hand_milli = 0;      // ledger balance, less lots expired before as-of
  std::int64_t reserved_milli = 0;     // open reservations and their backorders
  std::int64_t on_order_milli = 0;     // open purchase order lines, not yet received
  std::optional<SupplyOption> supply;  // none when the item has no supply terms
};

struct PlanningData {
  PeriodKind period = PeriodKind::kWeek;
  std::vector<StockPointData> stock_points;  // ordered by item code, then location code
};

// Every stock point with demand before `as_of`, with at most `history_periods` periods of
// history. Supply terms: those for the location win over those for all locations; then
// the primary supplier, the lowest unit price, the shortest lead time, the supplier code.
Result<PlanningData> LoadPlanningData(sqlite::Database& db, Date as_of, int history_periods);

}  // namespace lagom::store
