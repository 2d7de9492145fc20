#include "store/stock_totals.h"

#include "core/money.h"

namespace lagom::store {

Result<StockTotals> LoadStockTotals(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT SUM(b.on_hand), i.unit_cost, COUNT(DISTINCT b.location_id) FROM balances b "
      "JOIN items i ON i.id = b.item_id WHERE b.on_hand > 0 GROUP BY b.item_id");
  if (!stmt) return stmt.error();
  Money value;
  StockTotals totals;
  Status read = stmt->ForEach([&] {
    value += Extend(Money::FromRaw(stmt->Int(1)), Quantity::FromRaw(stmt->Int(0)));
    totals.stock_points += static_cast<int>(stmt->Int(2));
  });
  if (!read) return read.error();
  totals.value_raw = value.raw();
  return totals;
}

Result<OpenOrderTotals> LoadOpenOrderTotals(sqlite::Database& db, Date as_of) {
  auto stmt = db.Prepare(
      "SELECT quantity - received, unit_price, due_date < ?1 FROM purchase_orders "
      "WHERE status = 'open' AND quantity > received");
  if (!stmt) return stmt.error();
  std::string as_of_text = FormatDate(as_of);
  stmt->Bind(1, std::string_view(as_of_text));
  Money value;
  OpenOrderTotals totals;
  Status read = stmt->ForEach([&] {
    value += Extend(Money::FromRaw(stmt->Int(1)), Quantity::FromRaw(stmt->Int(0)));
    ++totals.lines;
    totals.overdue_lines += stmt->Int(2) != 0 ? 1 : 0;
  });
  if (!read) return read.error();
  totals.value_raw = value.raw();
  return totals;
}

}  // namespace lagom::store
