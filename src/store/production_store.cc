#include "store/production_store.h"

#include <cmath>

namespace lagom::store {

namespace {

constexpr const char* kSelectOrders = R"sql(
  SELECT o.item_id, o.location_id, o.id, o.number, i.code, l.code, o.quantity, o.completed,
         o.start_date, o.due_date, o.status
  FROM production_orders o JOIN items i ON i.id = o.item_id
  JOIN locations l ON l.id = o.location_id)sql";

Result<ProductionOrderRow> ReadOrder(const sqlite::Statement& row) {
  auto start = ParseDate(row.Text(8));
  auto due = ParseDate(row.Text(9));
  if (!start) return start.error();
  if (!due) return due.error();
  return ProductionOrderRow{row.Int(2),  row.Text(3), row.Int(0),  row.Int(1),
                            row.Text(4), row.Text(5), row.Int(6),  row.Int(7),
                            *start,      *due,        row.Text(10)};
}

Result<std::vector<ProductionOrderRow>> Orders(sqlite::Statement& stmt) {
  std::vector<ProductionOrderRow> out;
  Status read = stmt.ForEach([&]() -> Status {
    auto order = ReadOrder(stmt);
    if (!order) return order.error();
    out.push_back(std::move(*order));
    return {};
  });
  if (!read) return read.error();
  return out;
}

// Money for `hours` at `rate` per hour, rounded to the unit of Money.
Money HoursAt(double hours, std::int64_t rate_raw) {
  return Money::FromRaw(
      static_cast<std::int64_t>(std::llround(hours * static_cast<double>(rate_raw))));
}

}  // namespace

Status InsertProductionOrder(sqlite::Database& db, const NewProductionOrder& o) {
  auto stmt = db.Prepare(
      "INSERT INTO production_orders (number, item_id, location_id, quantity, start_date, "
      "due_date, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(o.number));
  stmt->Bind(2, o.item_id);
  stmt->Bind(3, o.location_id);
  stmt->Bind(4, o.quantity_milli);
  stmt->Bind(5, o.start);
  stmt->Bind(6, o.due);
  stmt->Bind(7, std::string_view(o.status));
  return stmt->Run();
}

Result<std::optional<ProductionOrderRow>> FindProductionOrder(sqlite::Database& db,
                                                              const std::string& number) {
  auto stmt = db.Prepare(std::string(kSelectOrders) + " WHERE o.number = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(number));
  auto orders = Orders(*stmt);
  if (!orders) return orders.error();
  if (orders->empty()) return std::optional<ProductionOrderRow>();
  return std::optional<ProductionOrderRow>(orders->front());
}

Result<std::vector<ProductionOrderRow>> ListProductionOrders(sqlite::Database& db,
                                                             const std::string& status) {
  auto stmt = db.Prepare(std::string(kSelectOrders) +
                         " WHERE ?1 = '' OR o.status = ?1 ORDER BY o.due_date, o.number");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(status));
  return Orders(*stmt);
}

Status UpdateProductionOrder(sqlite::Database& db, std::int64_t id, std::int64_t completed_milli,
                             const std::string& status) {
  auto stmt = db.Prepare("UPDATE production_orders SET completed = ?2, status = ?3 WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, id);
  stmt->Bind(2, completed_milli);
  stmt->Bind(3, std::string_view(status));
  return stmt->Run();
}

Result<ProductionFacts> LoadProductionFacts(sqlite::Database& db, std::int64_t item_id, Date date) {
  ProductionFacts facts;
  auto item = db.Prepare("SELECT code, yield_pct FROM items WHERE id = ?1");
  if (!item) return item.error();
  item->Bind(1, item_id);
  auto found = item->Step();
  if (!found) return found.error();
  if (!*found) return NotFound("no item with id " + std::to_string(item_id));
  facts.code = item->Text(0);
  facts.yield_pct = item->Real(1);
  auto lines = db.Prepare(R"sql(
    SELECT b.component_item_id, c.code, b.quantity_per, b.scrap_pct, c.phantom
    FROM boms b JOIN items c ON c.id = b.component_item_id
    WHERE b.parent_item_id = ?1 AND (b.valid_from IS NULL OR b.valid_from <= ?2)
      AND (b.valid_to IS NULL OR b.valid_to >= ?2)
    ORDER BY c.code)sql");
  if (!lines) return lines.error();
  lines->Bind(1, item_id);
  lines->Bind(2, date);
  Status read = lines->ForEach([&] {
    facts.components.push_back(
        {lines->Int(0), lines->Text(1), lines->Int(2), lines->Real(3), lines->Int(4) != 0});
  });
  if (!read) return read.error();
  auto routing = db.Prepare(
      "SELECT r.setup_hours, r.run_hours_per_unit, w.cost_per_hour FROM routings r "
      "JOIN work_centres w ON w.id = r.work_centre_id WHERE r.item_id = ?1 ORDER BY r.operation");
  if (!routing) return routing.error();
  routing->Bind(1, item_id);
  read = routing->ForEach([&] {
    facts.routing_setup_cost += HoursAt(routing->Real(0), routing->Int(2));
    facts.routing_cost_per_unit += HoursAt(routing->Real(1), routing->Int(2));
  });
  if (!read) return read.error();
  return facts;
}

Result<KanbanFacts> LoadKanbanFacts(sqlite::Database& db, const std::string& item_code,
                                    const std::string& location_code) {
  auto stmt = db.Prepare(R"sql(
    SELECT i.id, l.id, i.make_or_buy = 'make', i.lot_sizing, i.lot_size,
           i.production_lead_time_days, l.type, l.supplied_from, l.transfer_lead_time_days
    FROM items i, locations l WHERE i.code = ?1 AND l.code = ?2)sql");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(item_code));
  stmt->Bind(2, std::string_view(location_code));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("no item '" + item_code + "' or no location '" + location_code + "'");
  return KanbanFacts{stmt->Int(0),  stmt->Int(1),         stmt->Int(2) != 0,
                     stmt->Text(3), stmt->Real(4),        static_cast<int>(stmt->Int(5)),
                     stmt->Text(6), stmt->OptionalInt(7), stmt->Real(8)};
}

Result<std::string> OrderKindOfNumber(sqlite::Database& db, const std::string& number) {
  auto stmt = db.Prepare(
      "SELECT 'production' FROM production_orders WHERE number = ?1 "
      "UNION ALL SELECT 'purchase' FROM purchase_orders WHERE po_number = ?1 "
      "UNION ALL SELECT 'transfer' FROM transfer_orders WHERE number = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(number));
  auto row = stmt->Step();
  if (!row) return row.error();
  return *row ? stmt->Text(0) : std::string();
}

}  // namespace lagom::store
