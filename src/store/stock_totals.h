// Company-wide totals for the dashboard's overview: the stock on hand valued at the items'
// unit cost, and the open purchase orders. Money is exact (core Extend per row). Reads only.
// Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct StockTotals {
  std::int64_t value_raw = 0;  // Σ on hand × unit cost, Money raw
  int stock_points = 0;        // item@location with stock on hand
};
Result<StockTotals> LoadStockTotals(sqlite::Database& db);

struct OpenOrderTotals {
  int lines = 0;               // open lines with something still to receive
  int overdue_lines = 0;       // of which due before `as_of`
  std::int64_t value_raw = 0;  // Σ (ordered − received) × unit price, Money raw
};
Result<OpenOrderTotals> LoadOpenOrderTotals(sqlite::Database& db, Date as_of);

}  // namespace lagom::store
