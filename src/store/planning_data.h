// What the planning run reads from the store: per stock point (item@location) its recent
// demand per period, stock on hand, open orders and the supply terms in force.
#pragma once

#include <cstdint>
#include <functional>
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

// The inventory policy in force for a stock point, as stored: the company defaults
// (settings policy.*) overridden by the item's row in `policies`, then by the stock
// point's own row. Names as in the policies table; app/ turns them into engine inputs.
struct PolicySettings {
  std::string service_kind = "fill-rate";
  double service_target = 0.95;
  std::string order_rule = "cover";
  double cover_periods = 1;
  std::int64_t fixed_quantity_milli = 0;
  double review_periods = 1;
  std::string distribution = "auto";
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
  std::int64_t on_hand_milli = 0;
  std::int64_t on_order_milli = 0;     // open purchase order lines, not yet received
  std::optional<SupplyOption> supply;  // none when the item has no supply terms
  PolicySettings policy;
};

struct PlanningData {
  PeriodKind period = PeriodKind::kWeek;
  PolicySettings defaults;
  double ordering_cost = 25;   // per order, company currency (settings policy.ordering_cost)
  double holding_rate = 0.25;  // per year, share of unit cost (settings policy.holding_rate)
  std::vector<StockPointData> stock_points;  // ordered by item code, then location code
};

// Which stock points to load: every one (the default), or those of one item and/or one
// location (a stock point page, a partition of the run).
struct StockPointScope {
  std::optional<std::int64_t> item_id;
  std::optional<std::int64_t> location_id;
};

// Every stock point in `scope` with demand before `as_of`, with at most `history_periods`
// periods of history. Supply terms: those for the location win over those for all locations; then
// the primary supplier, the lowest unit price, the shortest lead time, the supplier code.
// `adjust_defaults` may change the company policy defaults before the overrides apply.
Result<PlanningData> LoadPlanningData(
    sqlite::Database& db, Date as_of, int history_periods,
    const std::function<void(PolicySettings&)>& adjust_defaults = {},
    const StockPointScope& scope = {});

}  // namespace lagom::store
