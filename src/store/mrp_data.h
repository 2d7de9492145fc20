// What an MRP run reads from the store: the catalogue (items planned by MRP, their bills of
// material, locations, work centres and routings, and the holidays) and,
// per stock point, its stock, open supply, customer orders, MPS lines, production orders,
// demand history, supply terms and safety-stock policy. SQL only; app/ builds the engine's
// network from it. Quantities in milli-units, money raw (1/10000), as stored.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/result.h"
#include "store/planning_data.h"
#include "store/sqlite.h"

namespace lagom::store {

// An item MRP plans: made (make_or_buy make), or in a bill of material and not MRO.
struct MrpItemRow {
  std::int64_t id = 0;
  std::string code, type;
  bool make = false, phantom = false;
  int production_lead_time_days = 0;
  std::string lot_sizing = "lot-for-lot";
  double lot_size = 0;
  int planning_time_fence_days = 0;
  double yield_pct = 100;
  std::int64_t unit_cost_raw = 0;
};

struct MrpBomRow {
  std::int64_t parent_id = 0, component_id = 0;
  std::int64_t quantity_per_milli = 0;
  double scrap_pct = 0;
  std::optional<Date> valid_from, valid_to;
};

struct MrpLocationRow {
  std::int64_t id = 0;
  std::string code, type;
  std::optional<std::int64_t> supplied_from;
  double transfer_lead_time_days = 0;
};

struct WorkCentreRow {
  std::int64_t id = 0;
  std::string code;
  double hours_per_day = 8;
  std::string calendar;  // weekdays, "Mon Tue Wed Thu Fri"
  std::int64_t cost_per_hour_raw = 0;
};

struct RoutingRow {
  std::int64_t item_id = 0;
  int operation = 0;
  std::int64_t work_centre_id = 0;
  double setup_hours = 0, run_hours_per_unit = 0;
};

struct MrpCatalogue {
  std::vector<Date> holidays;     // company holidays: no production
  std::vector<MrpItemRow> items;  // by code
  std::vector<MrpBomRow> boms;    // lines among MRP items, by parent then component code
  std::vector<MrpLocationRow> locations;
  std::vector<WorkCentreRow> work_centres;
  std::vector<RoutingRow> routings;  // by item, operation
};

Result<MrpCatalogue> LoadMrpCatalogue(sqlite::Database& db);

using StockPointKey = std::pair<std::int64_t, std::int64_t>;  // item id, location id

// Stock points of MRP items with something to plan: demand history since `history_from`,
// stock, or open purchase, transfer, sales, production orders or MPS lines. Sorted.
Result<std::vector<StockPointKey>> ActiveMrpStockPoints(sqlite::Database& db, Date history_from);

struct DatedQuantityRef {
  Date date;
  std::int64_t quantity_milli = 0;
  std::string ref;  // "PO7/1", "SO3/2", "TO9", "MPS"
};

struct ProductionOrderRow {
  std::int64_t id = 0;
  std::string number;
  std::int64_t item_id = 0, location_id = 0;
  std::string item_code, location_code;
  std::int64_t quantity_milli = 0, completed_milli = 0;
  Date start, due;
  std::string status;  // planned, released, completed
};

struct MrpStockPoint {
  StockPointKey key;
  std::vector<double> history;      // demand per period before the as-of period, oldest first
  std::int64_t on_hand_milli = 0;   // without lots expired before the as-of date
  std::int64_t reserved_milli = 0;  // open reservations and their backorders
  std::vector<DatedQuantityRef> receipts;      // open purchase and inbound transfer lines
  std::vector<DatedQuantityRef> outbound;      // open transfers out, by their order date
  std::vector<DatedQuantityRef> sales_orders;  // open quantity by due date
  std::vector<DatedQuantityRef> mps;
  std::vector<ProductionOrderRow> production;  // planned and released
  std::optional<SupplyOption> supply;          // the supply terms in force (as the plan's)
  std::string service_kind;  // of the policy rows (stock point over item); empty: none
  double service_target = 0;
};

// The data of `keys` (sorted), `history_periods` periods of demand before the period of
// `as_of`. The result follows the order of `keys`.
Result<std::vector<MrpStockPoint>> LoadMrpStockPoints(sqlite::Database& db,
                                                      const std::vector<StockPointKey>& keys,
                                                      Date as_of, int history_periods,
                                                      PeriodKind period);

}  // namespace lagom::store
