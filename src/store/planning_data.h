// What the planning run reads from the store: per stock point (item@location) its recent
// demand per period, stock on hand and reserved (from the stock ledger), open orders and the
// supply terms in force and the policy rows that apply; per supplier its order rules; per
// location where it is replenished from; budgets. No settings: the app decides with those.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/policy_terms.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

// From `min_milli` on, every unit of the order costs `unit_price_raw` (Money raw).
struct PriceBreakRow {
  std::int64_t min_milli = 0;
  std::int64_t unit_price_raw = 0;
};

struct SupplyOption {
  std::int64_t supplier_id = 0;
  std::string supplier_code;
  double lead_time_days = 0;
  double lead_time_sd_days = 0;
  std::int64_t min_order_milli = 0;
  std::int64_t order_multiple_milli = 1000;  // the pack: whole purchase units too
  std::int64_t max_order_milli = 0;          // 0 = no maximum
  double units_per_pallet = 0;               // 0 = not palletised
  std::int64_t unit_price_raw = 0;           // Money raw
  bool for_location = false;                 // the terms name the stock point's location
  std::string purchase_unit;                 // "case"; empty: bought in the stock unit
  std::int64_t purchase_unit_milli = 1000;   // stock units in one purchase unit
  // The terms' price breaks, by min_milli ascending (supply_price_breaks).
  std::vector<PriceBreakRow> price_breaks;
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
  // The other supply terms in force here (other suppliers, or general terms besides the
  // location's own), in order of preference; app/supplier_choice may order from one.
  std::vector<SupplyOption> alternatives;
  // The policy rows that apply: its class's service target, the item's and its own row of
  // `policies` (engine/plan/policy_resolution.h resolves them over the company defaults).
  PolicyLayers policy;
};

struct PlanningData {
  PeriodKind period = PeriodKind::kWeek;  // the buckets of `history`
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
// history in `period` buckets (the store's planning period). Supply terms: those for the
// location win over those for all locations; then the primary supplier, the lowest unit price,
// the shortest lead time, the supplier code.
Result<PlanningData> LoadPlanningData(sqlite::Database& db, Date as_of, int history_periods,
                                      PeriodKind period, ItemRange items = {});

// Appends `part` (another item range of the same run) to `data`, keeping the stock points in
// the order LoadPlanningData gives them.
void MergePlanningData(PlanningData& data, PlanningData&& part);

// The smallest and largest item id in the store (nullopt when there are no items).
Result<std::optional<ItemRange>> AllItems(sqlite::Database& db);

}  // namespace lagom::store
