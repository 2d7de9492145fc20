// Reading one stock point (item@location) for its page: names, lots on hand, open purchase
// order lines, the policy rows that override the company defaults; and finding stock points
// by item code or name. Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct StockPointRef {
  std::int64_t item_id = 0, location_id = 0;
  std::string item_code, item_name, uom, location_code, location_name;
  std::int64_t unit_cost_raw = 0;  // Money raw
};

// NotFound names the code that does not exist.
Result<StockPointRef> FindStockPoint(sqlite::Database& db, const std::string& item_code,
                                     const std::string& location_code);

struct StockLot {
  std::string lot;  // empty: stock without a lot
  std::optional<Date> expiry;
  std::int64_t quantity_milli = 0;
};
// Lots on hand at the stock point (ledger balances), earliest expiry first (lots without
// expiry last).
Result<std::vector<StockLot>> LoadStockLots(sqlite::Database& db, std::int64_t item_id,
                                            std::int64_t location_id);

struct OpenOrderLine {
  std::string po_number;
  int line = 1;
  std::string supplier_code;
  std::int64_t ordered_milli = 0, received_milli = 0;
  std::int64_t unit_price_raw = 0;
  std::optional<Date> order_date;
  Date due_date;
};
// Open purchase order lines of the stock point with something still to receive, by due date.
Result<std::vector<OpenOrderLine>> LoadOpenOrderLines(sqlite::Database& db, std::int64_t item_id,
                                                      std::int64_t location_id);

// An open purchase order line with something still to receive, as the receiving screen
// lists it: its order, supplier, item and location by code.
struct LineToReceive {
  std::string po_number;
  int line = 1;
  std::string supplier_code, item_code, item_name, location_code;
  std::int64_t ordered_milli = 0, received_milli = 0;
  std::int64_t unit_price_raw = 0;
  std::optional<Date> order_date;
  Date due_date;
};
// Open lines of the item (item_id > 0) or of the purchase order (po_number not empty) —
// at most `limit`, by due date, order number and line.
Result<std::vector<LineToReceive>> FindLinesToReceive(sqlite::Database& db, std::int64_t item_id,
                                                      const std::string& po_number,
                                                      std::int64_t limit);

struct StockPointListRow {
  std::string item_code, item_name, location_code;
  std::int64_t on_hand_milli = 0;
};
// Stock points that have demand, stock or purchase orders and whose item code or name
// contains `search` (case-insensitive; empty: all), by item and location code.
Result<std::vector<StockPointListRow>> SearchStockPoints(sqlite::Database& db,
                                                         const std::string& search,
                                                         std::int64_t limit, std::int64_t offset);
Result<std::int64_t> CountStockPoints(sqlite::Database& db, const std::string& search);

}  // namespace lagom::store
