// The catalogue side of mrp_data.h: MRP items, BOM lines, locations, work centres, routings,
// holidays, and which stock points have something to plan.
#include "store/count_store.h"
#include "store/mrp_data.h"

namespace lagom::store {

namespace {

// Items MRP plans: made, or in a bill of material unless MRO (reorder-point planned).
constexpr const char* kMrpItems = R"sql(
  mrp_items (id) AS (
    SELECT id FROM items WHERE make_or_buy = 'make'
    UNION
    SELECT i.id FROM items i
    JOIN (SELECT parent_item_id AS id FROM boms UNION SELECT component_item_id FROM boms) b
      ON b.id = i.id
    WHERE i.type <> 'mro'))sql";

Result<std::optional<Date>> OptionalDate(const sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return std::optional<Date>();
  auto date = ParseDate(row.Text(column));
  if (!date) return date.error();
  return std::optional<Date>(*date);
}

Status LoadItems(sqlite::Database& db, MrpCatalogue& c) {
  auto stmt = db.Prepare(std::string("WITH") + kMrpItems + R"sql(
    SELECT i.id, i.code, i.type, i.make_or_buy = 'make', i.phantom, i.production_lead_time_days,
           i.lot_sizing, i.lot_size, i.planning_time_fence_days, i.yield_pct, i.unit_cost
    FROM items i JOIN mrp_items m ON m.id = i.id ORDER BY i.code)sql");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    c.items.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Int(3) != 0,
                       stmt->Int(4) != 0, static_cast<int>(stmt->Int(5)), stmt->Text(6),
                       stmt->Real(7), static_cast<int>(stmt->Int(8)), stmt->Real(9),
                       stmt->Int(10)});
  });
}

Status LoadBoms(sqlite::Database& db, MrpCatalogue& c) {
  auto stmt = db.Prepare(std::string("WITH") + kMrpItems + R"sql(
    SELECT b.parent_item_id, b.component_item_id, b.quantity_per, b.scrap_pct, b.valid_from,
           b.valid_to
    FROM boms b JOIN items p ON p.id = b.parent_item_id JOIN items k ON k.id = b.component_item_id
    WHERE b.component_item_id IN mrp_items ORDER BY p.code, k.code)sql");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&]() -> Status {
    auto from = OptionalDate(*stmt, 4);
    auto to = OptionalDate(*stmt, 5);
    if (!from) return from.error();
    if (!to) return to.error();
    c.boms.push_back({stmt->Int(0), stmt->Int(1), stmt->Int(2), stmt->Real(3), *from, *to});
    return {};
  });
}

Status LoadPlaces(sqlite::Database& db, MrpCatalogue& c) {
  auto stmt = db.Prepare(
      "SELECT id, code, type, supplied_from, transfer_lead_time_days FROM locations ORDER BY id");
  if (!stmt) return stmt.error();
  Status read = stmt->ForEach([&] {
    c.locations.push_back(
        {stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->OptionalInt(3), stmt->Real(4)});
  });
  if (!read) return read;
  stmt = db.Prepare(
      "SELECT id, code, capacity_hours_per_day, calendar, cost_per_hour FROM work_centres "
      "ORDER BY code");
  if (!stmt) return stmt.error();
  read = stmt->ForEach([&] {
    c.work_centres.push_back(
        {stmt->Int(0), stmt->Text(1), stmt->Real(2), stmt->Text(3), stmt->Int(4)});
  });
  if (!read) return read;
  stmt = db.Prepare(
      "SELECT item_id, operation, work_centre_id, setup_hours, run_hours_per_unit FROM routings "
      "ORDER BY item_id, operation");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    c.routings.push_back(
        {stmt->Int(0), static_cast<int>(stmt->Int(1)), stmt->Int(2), stmt->Real(3), stmt->Real(4)});
  });
}

}  // namespace

Result<MrpCatalogue> LoadMrpCatalogue(sqlite::Database& db) {
  MrpCatalogue c;
  auto holidays = LoadHolidays(db);
  if (!holidays) return holidays.error();
  c.holidays.assign(holidays->begin(), holidays->end());
  Status loaded = LoadItems(db, c);
  if (loaded) loaded = LoadBoms(db, c);
  if (loaded) loaded = LoadPlaces(db, c);
  if (!loaded) return loaded.error();
  return c;
}

Result<std::vector<StockPointKey>> ActiveMrpStockPoints(sqlite::Database& db, Date history_from) {
  auto stmt = db.Prepare(std::string("WITH") + kMrpItems + R"sql(,
    active (item_id, location_id) AS (
      SELECT item_id, location_id FROM demand WHERE period >= ?1
      UNION SELECT item_id, location_id FROM balances WHERE on_hand > 0 OR in_transit > 0
      UNION SELECT item_id, location_id FROM purchase_orders WHERE status = 'open'
      UNION SELECT item_id, to_location_id FROM transfer_orders WHERE status = 'open'
      UNION SELECT item_id, location_id FROM sales_orders WHERE status = 'open'
      UNION SELECT item_id, location_id FROM mps
      UNION SELECT item_id, location_id FROM production_orders WHERE status <> 'completed')
    SELECT a.item_id, a.location_id FROM active a WHERE a.item_id IN mrp_items
    ORDER BY a.item_id, a.location_id)sql");
  if (!stmt) return stmt.error();
  stmt->Bind(1, history_from);
  std::vector<StockPointKey> keys;
  Status read = stmt->ForEach([&] { keys.emplace_back(stmt->Int(0), stmt->Int(1)); });
  if (!read) return read.error();
  return keys;
}

}  // namespace lagom::store
