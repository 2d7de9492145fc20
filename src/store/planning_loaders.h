// The parts of LoadPlanningData (planning_data.h), each reading one kind of data into a
// PlanningData under construction. Internal to store/.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "store/planning_data.h"

namespace lagom::store::planning {

using Key = std::pair<std::int64_t, std::int64_t>;  // item id, location id
using Index = std::map<Key, std::size_t>;           // stock point by key

// Stock points, history, stock and receipts (planning_data.cc).
Status LoadStockPoints(sqlite::Database& db, PlanningData& data, Date first, Date end);
Index Reorder(PlanningData& data);
Status LoadStock(sqlite::Database& db, PlanningData& data, const Index& index);
Status LoadReceipts(sqlite::Database& db, PlanningData& data, const Index& index);
Status LoadSupply(sqlite::Database& db, PlanningData& data, const Index& index);
// The order in which supply terms of an item are preferred (after terms for the stock point's
// own location): the primary supplier, the lowest unit price, the shortest lead time, the
// supplier code. An ORDER BY list over supply_terms t JOIN suppliers s.
inline constexpr const char* kSupplyTermsPreference =
    "t.location_id IS NULL, t.is_primary DESC, t.unit_price, t.lead_time_days, s.code";
// The supply terms' columns SupplyOptionAt reads, from `supply_terms t JOIN suppliers s`.
inline constexpr const char* kSupplyOptionColumns =
    "t.supplier_id, s.code, t.lead_time_days, t.lead_time_sd_days, t.min_order_quantity, "
    "t.order_multiple, t.max_order_quantity, t.units_per_pallet, t.unit_price, t.purchase_unit, "
    "t.purchase_unit_quantity";
// The supply option of a row whose kSupplyOptionColumns start at column `first`; its order
// multiple is the pack (core/units.h OrderPack: whole purchase units too).
SupplyOption SupplyOptionAt(const sqlite::Statement& row, int first, bool for_location);
// The price breaks of each stock point's supply terms (same item, supplier and location).
Status LoadPriceBreaks(sqlite::Database& db, PlanningData& data, const Index& index,
                       ItemRange items);
// The lead times (order date to receipt date) of the receipts since `since` of each stock
// point's item from its supplier.
Status LoadMeasuredLeadTimes(sqlite::Database& db, PlanningData& data, const Index& index,
                             ItemRange items, Date since);

// Prepares `sql` and binds the item range as ?1 and ?2.
Result<sqlite::Statement> PrepareForItems(sqlite::Database& db, const std::string& sql,
                                          ItemRange items);

// Policy rows, suppliers and budgets (planning_context.cc).
Status LoadPolicies(sqlite::Database& db, PlanningData& data, const Index& index, ItemRange items);
Status LoadSuppliers(sqlite::Database& db, PlanningData& data);
Status LoadBudgets(sqlite::Database& db, PlanningData& data, Date as_of);

}  // namespace lagom::store::planning
