// Production orders and what completing one needs from the store: the bill of material valid
// on a date (with phantom and yield facts) and the routing's hours and rates. SQL only; the
// rules live in app/production.h. REQUIRES for writes: the caller holds a transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "store/mrp_data.h"
#include "store/sqlite.h"

namespace lagom::store {

struct NewProductionOrder {
  std::string number;
  std::int64_t item_id = 0, location_id = 0;
  std::int64_t quantity_milli = 0;
  Date start, due;
  std::string status = "planned";
};

Status InsertProductionOrder(sqlite::Database& db, const NewProductionOrder& order);

// The order with `number` (any status), or nullopt.
Result<std::optional<ProductionOrderRow>> FindProductionOrder(sqlite::Database& db,
                                                              const std::string& number);
// Orders in `status` (all when empty), by due date and number.
Result<std::vector<ProductionOrderRow>> ListProductionOrders(sqlite::Database& db,
                                                             const std::string& status);
Status UpdateProductionOrder(sqlite::Database& db, std::int64_t id, std::int64_t completed_milli,
                             const std::string& status);

struct ComponentLine {
  std::int64_t item_id = 0;
  std::string code;
  std::int64_t quantity_per_milli = 0;
  double scrap_pct = 0;
  bool phantom = false;
};

struct ProductionFacts {
  std::string code;
  double yield_pct = 100;
  std::vector<ComponentLine> components;  // BOM lines valid on the date, by component code
  Money routing_cost_per_unit;            // Σ run hours per unit × cost per hour
  Money routing_setup_cost;               // Σ setup hours × cost per hour
};

// What making `item_id` on `date` takes.
Result<ProductionFacts> LoadProductionFacts(sqlite::Database& db, std::int64_t item_id, Date date);

// What replenishing a kanban part takes: how the item is planned and where the location is
// supplied from.
struct KanbanFacts {
  std::int64_t item_id = 0, location_id = 0;
  bool make = false;
  std::string lot_sizing;
  double container = 0;  // the item's lot_size
  int production_lead_time_days = 0;
  std::string location_type;
  std::optional<std::int64_t> supplied_from;
  double transfer_lead_time_days = 0;
};
Result<KanbanFacts> LoadKanbanFacts(sqlite::Database& db, const std::string& item_code,
                                    const std::string& location_code);

// Whether a production, purchase or transfer order with `number` exists, and which.
Result<std::string> OrderKindOfNumber(sqlite::Database& db, const std::string& number);

}  // namespace lagom::store
