// What the planning run reads from the store: per stock point (item@location) its recent
// demand per period, stock on hand and reserved (from the stock ledger), open orders and the
// supply terms in force; per supplier its order rules; per location where it is replenished
// from; budgets and plan settings.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
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
  std::int64_t max_order_milli = 0;  // 0 = no maximum
  double units_per_pallet = 0;       // 0 = not palletised
  std::int64_t unit_price_raw = 0;   // Money raw
  // Order date to receipt date, in days, of each receipt of the item from the supplier in
  // the year before the run (app/ decides when there are enough to replace the terms').
  std::vector<double> receipt_lead_times_days;
};

// A supplier's rules for a whole order.
struct SupplierOrderRules {
  std::string code;
  std::string order_days;  // "Mon Thu"; empty = any day
  std::int64_t min_order_value_raw = 0;
  std::string below_minimum = "surpass";  // or "hold"
  std::int64_t free_freight_raw = 0;
  double container_volume_m3 = 0, container_weight_kg = 0, container_pallets = 0;
  std::string container_fill = "greedy";  // none, greedy, optimal
};

// A scheduled receipt: an open purchase or transfer order line arriving at the stock point.
struct ScheduledReceipt {
  Date due;
  std::int64_t quantity_milli = 0;  // still to receive
};

struct BudgetRecord {
  std::string scope;  // company, supplier, group
  std::string key;    // supplier code or group name; empty for the company
  std::int64_t amount_raw = 0;
  std::int64_t spent_raw = 0;  // purchase orders already placed in the month
};

// The inventory policy in force for a stock point, as stored: the company defaults
// (settings policy.*), replaced in kind and target by the service target of the stock
// point's class in the latest `lagom classify` (table service_targets), overridden by the
// item's row in `policies`, then by the stock point's own row. Names as in the policies
// table; app/ turns them into engine inputs.
struct PolicySettings {
  std::string service_kind = "fill-rate";
  double service_target = 0.95;
  std::string order_rule = "cover";
  double cover_periods = 1;
  std::int64_t fixed_quantity_milli = 0;
  double review_periods = 1;
  std::string distribution = "auto";
  std::string service_class;  // the class whose service target applies ("AX"); empty: none
};

struct StockPointData {
  std::int64_t item_id = 0;
  std::int64_t location_id = 0;
  std::string item_code;
  std::string location_code;
  std::int64_t unit_cost_raw = 0;       // Money raw
  std::int64_t price_raw = 0;           // sales price, Money raw (0 = unknown)
  double volume_m3 = 0, weight_kg = 0;  // per unit
  std::string item_group;
  std::string abc_class;  // ABC class in the latest classification ("A", "AB", "N"); "" none
  // Replenished by transfer from this location (its DC) rather than from a supplier.
  std::optional<std::int64_t> source_location_id;
  std::string source_location_code;
  double transfer_lead_time_days = 0;
  int echelon = 0;  // 0 = supplies no other location; a DC is one above its stores
  // Demand per period, oldest first, ending with the last whole period before the as-of
  // date; starts at the stock point's first recorded period or the window start, whichever
  // is later. Periods without a record are zero.
  std::vector<double> history;
  std::int64_t on_hand_milli = 0;   // ledger balance, less lots expired before as-of
  std::int64_t reserved_milli = 0;  // open reservations and their backorders
  std::int64_t on_order_milli = 0;  // open purchase and inbound transfer lines
  std::vector<ScheduledReceipt> receipts;
  std::optional<SupplyOption> supply;  // none when the item has no supply terms
  PolicySettings policy;
};

// Settings plan.* that shape proposals.
struct PlanSettings {
  double round_down_fraction = 0;        // of a pack (AGR round-down threshold)
  double free_freight_top_up = 0.8;      // top up orders at least this share of free freight
  double max_cover_days = 180;           // bringing forward stops at this cover
  int horizon_periods = 26;              // projected balance
  double excess_cover_days = 365;        // cover beyond which stock is reported as excess
  std::string forecast_method = "auto";  // a name forecast::ParseMethod knows
  int season_length = 0;                 // 0: by period (52 weekly, 12 monthly, 7 daily)
};

struct PlanningData {
  PeriodKind period = PeriodKind::kWeek;
  PolicySettings defaults;
  PlanSettings plan;
  double ordering_cost = 25;   // per order, company currency (settings policy.ordering_cost)
  double holding_rate = 0.25;  // per year, share of unit cost (settings policy.holding_rate)
  // Ordered by echelon (stores first, then their DCs), then item code, then location code:
  // a DC's stock point follows every stock point it supplies.
  std::vector<StockPointData> stock_points;
  std::map<std::int64_t, SupplierOrderRules> suppliers;  // by supplier id
  std::vector<BudgetRecord> budgets;                     // for the month of the as-of date
};

// Which items to load: ids in [first, last]. The planning run loads the catalogue in item
// ranges on parallel connections; one stock point's page loads one item.
struct ItemRange {
  std::int64_t first = std::numeric_limits<std::int64_t>::min();
  std::int64_t last = std::numeric_limits<std::int64_t>::max();
};

// Every stock point with demand before `as_of` — and, for a stock point replenished from a
// DC, the DC's stock point of the same item — with at most `history_periods` periods of
// history. Supply terms: those for the location win over those for all locations; then
// the primary supplier, the lowest unit price, the shortest lead time, the supplier code.
// `adjust_defaults` may change the company policy defaults before the overrides apply.
Result<PlanningData> LoadPlanningData(
    sqlite::Database& db, Date as_of, int history_periods,
    const std::function<void(PolicySettings&)>& adjust_defaults = {}, ItemRange items = {});

// Appends `part` (another item range of the same run) to `data`, keeping the stock points in
// the order LoadPlanningData gives them.
void MergePlanningData(PlanningData& data, PlanningData&& part);

// The smallest and largest item id in the store (nullopt when there are no items).
Result<std::optional<ItemRange>> AllItems(sqlite::Database& db);

}  // namespace lagom::store
