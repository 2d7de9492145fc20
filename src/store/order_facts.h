// What turning a run's proposals into supplier and transfer orders needs besides the
// proposals themselves: per proposal its item's name, unit, volume and weight, the supply
// terms' minimum and pack, and for a transfer the stock its source has available; per
// supplier the order rules a draft order is measured against; per purchase order the
// document sent to the supplier. Quantities in milli-units, money in Money raw. Reads only.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct OrderLineFacts {
  std::string item_name, uom;
  double volume_m3 = 0, weight_kg = 0, units_per_pallet = 0;  // per unit; 0 unknown
  // The supply terms of the proposal's supplier (location-specific first); 0 and 1000
  // (one unit) when there are none. The multiple is the pack: whole purchase units too.
  std::int64_t min_order_milli = 0, order_multiple_milli = 1000;
  // A transfer's source: on hand − open reservations there now.
  std::int64_t source_available_milli = 0;
  // The proposal's purchase unit ("case"; empty: the stock unit) and its stock units.
  std::string purchase_unit;
  std::int64_t purchase_unit_milli = 1000;
};
// By proposal id, for every proposal of the run.
Result<std::map<std::int64_t, OrderLineFacts>> LoadOrderLineFacts(sqlite::Database& db,
                                                                  std::int64_t run_id);

// An item's unit of measure; NotFound naming the code when there is no such item.
Result<std::string> LoadItemUnit(sqlite::Database& db, const std::string& item_code);

// One proposal's facts (the planner's decision on it checks them).
Result<OrderLineFacts> LoadProposalFacts(sqlite::Database& db, std::int64_t proposal_id);

struct SupplierTerms {
  std::string code, name;
  std::int64_t min_order_value_raw = 0, free_freight_raw = 0;
  double container_volume_m3 = 0, container_weight_kg = 0, container_pallets = 0;
};
// By supplier code.
Result<std::map<std::string, SupplierTerms>> LoadSupplierTerms(sqlite::Database& db);

// A purchase order as the supplier receives it.
struct OrderDocumentLine {
  int line = 0;
  std::string item_code, item_name, uom;
  std::int64_t quantity_milli = 0, unit_price_raw = 0, value_raw = 0;  // stock unit
  Date due_date;
  // The supplier's purchase unit ("case"; empty: the stock unit) and the stock units in one.
  std::string purchase_unit;
  std::int64_t purchase_unit_milli = 1000;
};
struct OrderDocument {
  std::string po_number;
  std::string supplier_code, supplier_name, location_code, location_name;
  std::string order_date;  // YYYY-MM-DD or empty
  std::vector<OrderDocumentLine> lines;
  std::int64_t value_raw = 0;  // Σ line values
};
// NotFound when there is no such purchase order.
Result<OrderDocument> LoadOrderDocument(sqlite::Database& db, const std::string& po_number);

}  // namespace lagom::store
