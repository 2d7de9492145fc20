// The rows `lagom generate` (app/generate.cc) makes, and the writer that inserts them. The
// generator decides every value; this file only holds the SQL. Quantities are in thousandths
// and money in ten-thousandths, as the store keeps them.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct GeneratedLocation {
  std::int64_t id = 0;
  std::string code, name;
};

struct GeneratedSupplier {
  std::int64_t id = 0;
  std::string code, name, order_days;
  std::int64_t min_order_value = 0;  // ten-thousandths
  double container_volume_m3 = 0;
};

struct GeneratedItem {
  std::int64_t id = 0;
  std::string code, name, group;
  std::int64_t unit_cost = 0, price = 0;  // ten-thousandths
  double volume_m3 = 0, weight_kg = 0;
};

// The item's one, primary supplier.
struct GeneratedTerms {
  std::int64_t item_id = 0, supplier_id = 0;
  double lead_time_days = 0, lead_time_sd_days = 0;
  std::int64_t min_order_quantity = 0, order_multiple = 0;  // thousandths
  std::int64_t unit_price = 0;                              // ten-thousandths
};

struct GeneratedOrder {
  std::string po_number;  // one line, line 1
  std::int64_t supplier_id = 0, item_id = 0, location_id = 0;
  std::int64_t quantity = 0, unit_price = 0;
  Date order_date, due_date;
};

// Prepared once, used for a whole catalogue inside the caller's transaction.
class CatalogueWriter {
 public:
  static Result<CatalogueWriter> Prepare(sqlite::Database& db);

  Status AddLocation(const GeneratedLocation& location);
  Status AddSupplier(const GeneratedSupplier& supplier);
  Status AddItem(const GeneratedItem& item);
  Status AddTerms(const GeneratedTerms& terms);
  // One period's demand (a week starting `period`) at a stock point.
  Status AddDemand(std::int64_t item_id, std::int64_t location_id, Date period,
                   std::int64_t quantity, std::int64_t lines);
  // Stock on hand enters through the ledger: an opening movement at the item's cost (none
  // for zero), keyed "generate/<item>/<location>".
  Status AddOpeningStock(std::int64_t item_id, std::int64_t location_id, std::int64_t quantity,
                         Date date);
  Status AddOrder(const GeneratedOrder& order);

 private:
  struct Statements {
    sqlite::Statement location, supplier, item, terms, demand, opening, order;
  };
  explicit CatalogueWriter(Statements statements) : st_(std::move(statements)) {}
  Statements st_;
};

// How many items the store holds (generate fills only an empty store).
Result<std::int64_t> CountItems(sqlite::Database& db);

}  // namespace lagom::store
