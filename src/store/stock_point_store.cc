#include "store/stock_point_store.h"

namespace lagom::store {

namespace {

Result<std::optional<Date>> OptionalDate(const sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return std::optional<Date>();
  auto date = ParseDate(row.Text(column));
  if (!date) return date.error();
  return std::optional<Date>(*date);
}

Result<std::int64_t> IdOf(sqlite::Database& db, const char* sql, const std::string& code,
                          const char* noun) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(code));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound(std::string("no ") + noun + " with code '" + code + "'");
  return stmt->Int(0);
}

// The pattern for a LIKE … ESCAPE '\' that matches text containing `search`.
std::string ContainsPattern(const std::string& search) {
  std::string pattern = "%";
  for (char c : search) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

constexpr const char* kStockPoints = R"sql(
WITH points (item_id, location_id) AS (
  SELECT item_id, location_id FROM demand UNION SELECT item_id, location_id FROM balances
  UNION SELECT item_id, location_id FROM purchase_orders)
)sql";

constexpr const char* kSearch = R"sql(
FROM points p JOIN items i ON i.id = p.item_id JOIN locations l ON l.id = p.location_id
WHERE ?1 = '' OR i.code LIKE ?2 ESCAPE '\' OR i.name LIKE ?2 ESCAPE '\')sql";

void BindSearch(sqlite::Statement& stmt, const std::string& search) {
  stmt.Bind(1, std::string_view(search));
  stmt.Bind(2, std::string_view(ContainsPattern(search)));
}

}  // namespace

Result<StockPointRef> FindStockPoint(sqlite::Database& db, const std::string& item_code,
                                     const std::string& location_code) {
  auto item = IdOf(db, "SELECT id FROM items WHERE code = ?1", item_code, "item");
  if (!item) return item.error();
  auto location = IdOf(db, "SELECT id FROM locations WHERE code = ?1", location_code, "location");
  if (!location) return location.error();
  auto stmt = db.Prepare(
      "SELECT i.code, i.name, i.uom, i.unit_cost, l.code, l.name FROM items i, locations l "
      "WHERE i.id = ?1 AND l.id = ?2");
  if (!stmt) return stmt.error();
  stmt->Bind(1, *item);
  stmt->Bind(2, *location);
  auto row = stmt->Step();
  if (!row) return row.error();
  return StockPointRef{*item,         *location,     stmt->Text(0), stmt->Text(1),
                       stmt->Text(2), stmt->Text(4), stmt->Text(5), stmt->Int(3)};
}

Result<std::vector<StockLot>> LoadStockLots(sqlite::Database& db, std::int64_t item_id,
                                            std::int64_t location_id) {
  auto stmt = db.Prepare(
      "SELECT b.lot, l.expiry, b.on_hand FROM balances b LEFT JOIN lots l "
      "ON l.item_id = b.item_id AND l.code = b.lot "
      "WHERE b.item_id = ?1 AND b.location_id = ?2 AND b.on_hand > 0 "
      "ORDER BY l.expiry IS NULL, l.expiry, b.lot");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, location_id);
  std::vector<StockLot> lots;
  Status read = stmt->ForEach([&]() -> Status {
    auto expiry = OptionalDate(*stmt, 1);
    if (!expiry) return expiry.error();
    lots.push_back({stmt->Text(0), *expiry, stmt->Int(2)});
    return {};
  });
  if (!read) return read.error();
  return lots;
}

Result<std::vector<OpenOrderLine>> LoadOpenOrderLines(sqlite::Database& db, std::int64_t item_id,
                                                      std::int64_t location_id) {
  auto stmt = db.Prepare(
      "SELECT o.po_number, o.line, s.code, o.quantity, o.received, o.unit_price, o.order_date, "
      "o.due_date FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id "
      "WHERE o.item_id = ?1 AND o.location_id = ?2 AND o.status = 'open' "
      "AND o.quantity > o.received ORDER BY o.due_date, o.po_number, o.line");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, location_id);
  std::vector<OpenOrderLine> lines;
  Status read = stmt->ForEach([&]() -> Status {
    auto order_date = OptionalDate(*stmt, 6);
    auto due_date = ParseDate(stmt->Text(7));
    if (!order_date) return order_date.error();
    if (!due_date) return due_date.error();
    lines.push_back({stmt->Text(0), static_cast<int>(stmt->Int(1)), stmt->Text(2), stmt->Int(3),
                     stmt->Int(4), stmt->Int(5), *order_date, *due_date});
    return {};
  });
  if (!read) return read.error();
  return lines;
}

Result<std::vector<LineToReceive>> FindLinesToReceive(sqlite::Database& db, std::int64_t item_id,
                                                      const std::string& po_number,
                                                      std::int64_t limit) {
  auto stmt = db.Prepare(
      "SELECT o.po_number, o.line, s.code, i.code, i.name, l.code, o.quantity, o.received, "
      "o.unit_price, o.order_date, o.due_date FROM purchase_orders o "
      "JOIN suppliers s ON s.id = o.supplier_id JOIN items i ON i.id = o.item_id "
      "JOIN locations l ON l.id = o.location_id "
      "WHERE (o.item_id = ?1 OR o.po_number = ?2) AND o.status = 'open' "
      "AND o.quantity > o.received ORDER BY o.due_date, o.po_number, o.line LIMIT ?3");
  if (!stmt) return stmt.error();
  stmt->Bind(1, item_id);
  stmt->Bind(2, std::string_view(po_number));
  stmt->Bind(3, limit);
  std::vector<LineToReceive> lines;
  Status read = stmt->ForEach([&]() -> Status {
    auto order_date = OptionalDate(*stmt, 9);
    auto due_date = ParseDate(stmt->Text(10));
    if (!order_date) return order_date.error();
    if (!due_date) return due_date.error();
    lines.push_back({stmt->Text(0), static_cast<int>(stmt->Int(1)), stmt->Text(2), stmt->Text(3),
                     stmt->Text(4), stmt->Text(5), stmt->Int(6), stmt->Int(7), stmt->Int(8),
                     *order_date, *due_date});
    return {};
  });
  if (!read) return read.error();
  return lines;
}

Result<std::vector<StockPointListRow>> SearchStockPoints(sqlite::Database& db,
                                                         const std::string& search,
                                                         std::int64_t limit, std::int64_t offset) {
  auto stmt = db.Prepare(std::string(kStockPoints) +
                         "SELECT i.code, i.name, l.code, (SELECT IFNULL(SUM(b.on_hand), 0) "
                         "FROM balances b WHERE b.item_id = p.item_id AND b.location_id = "
                         "p.location_id) " +
                         kSearch + " ORDER BY i.code, l.code LIMIT " + std::to_string(limit) +
                         " OFFSET " + std::to_string(offset));
  if (!stmt) return stmt.error();
  BindSearch(*stmt, search);
  std::vector<StockPointListRow> rows;
  Status read = stmt->ForEach([&] {
    rows.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Int(3)});
  });
  if (!read) return read.error();
  return rows;
}

Result<std::int64_t> CountStockPoints(sqlite::Database& db, const std::string& search) {
  auto stmt = db.Prepare(std::string(kStockPoints) + "SELECT COUNT(*) " + kSearch);
  if (!stmt) return stmt.error();
  BindSearch(*stmt, search);
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

}  // namespace lagom::store
