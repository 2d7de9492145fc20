// The stock point side of mrp_data.h: one pass over each table, rows kept for the keys asked.
#include <algorithm>
#include <cstdint>
#include <limits>

#include "store/mrp_data.h"
#include "store/planning_loaders.h"

namespace lagom::store {

namespace {

class Points {
 public:
  explicit Points(const std::vector<StockPointKey>& keys) : keys_(keys), points_(keys.size()) {
    for (std::size_t i = 0; i < keys.size(); ++i) points_[i].key = keys[i];
  }
  // The stock point of the row's first two columns (item, location), or null.
  MrpStockPoint* Of(const sqlite::Statement& row) {
    StockPointKey key{row.Int(0), row.Int(1)};
    auto found = std::lower_bound(keys_.begin(), keys_.end(), key);
    return found == keys_.end() || *found != key ? nullptr : &points_[found - keys_.begin()];
  }
  // The stock points of `item`: [first, last) indices into the keys.
  std::pair<std::size_t, std::size_t> OfItem(std::int64_t item) const {
    auto first = std::lower_bound(keys_.begin(), keys_.end(),
                                  StockPointKey{item, std::numeric_limits<std::int64_t>::min()});
    auto last = std::lower_bound(first, keys_.end(),
                                 StockPointKey{item + 1, std::numeric_limits<std::int64_t>::min()});
    return {static_cast<std::size_t>(first - keys_.begin()),
            static_cast<std::size_t>(last - keys_.begin())};
  }
  MrpStockPoint& at(std::size_t i) { return points_[i]; }
  std::vector<MrpStockPoint> Take() { return std::move(points_); }

 private:
  const std::vector<StockPointKey>& keys_;
  std::vector<MrpStockPoint> points_;
};

// Rows of (item, location, date, quantity, ref) into `member` of each stock point.
Status LoadDated(sqlite::Database& db, Points& points, const char* sql,
                 std::vector<DatedQuantityRef> MrpStockPoint::*member) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&]() -> Status {
    MrpStockPoint* point = points.Of(*stmt);
    if (!point) return {};
    auto date = ParseDate(stmt->Text(2));
    if (!date) return date.error();
    (point->*member).push_back({*date, stmt->Int(3), stmt->Text(4)});
    return {};
  });
}

Status LoadOrders(sqlite::Database& db, Points& points) {
  Status loaded = LoadDated(db, points, R"sql(
    SELECT item_id, location_id, due_date, quantity - received, po_number || '/' || line
    FROM purchase_orders WHERE status = 'open' AND quantity > received
    UNION ALL
    SELECT item_id, to_location_id, due_date, quantity - received, number FROM transfer_orders
    WHERE status = 'open' AND quantity > received ORDER BY 3, 5)sql",
                            &MrpStockPoint::receipts);
  if (loaded) {
    loaded = LoadDated(db, points, R"sql(
      SELECT item_id, from_location_id, COALESCE(order_date, due_date), quantity - received,
             number FROM transfer_orders
      WHERE status = 'open' AND quantity > received ORDER BY 3, 5)sql",
                       &MrpStockPoint::outbound);
  }
  if (loaded) {
    loaded = LoadDated(db, points, R"sql(
      SELECT item_id, location_id, due_date, quantity - delivered, number || '/' || line
      FROM sales_orders WHERE status = 'open' AND quantity > delivered ORDER BY 3, 5)sql",
                       &MrpStockPoint::sales_orders);
  }
  if (loaded) {
    loaded = LoadDated(db, points,
                       "SELECT item_id, location_id, date, quantity, 'MPS ' || date FROM mps "
                       "WHERE quantity > 0 ORDER BY 3",
                       &MrpStockPoint::mps);
  }
  return loaded;
}

Status LoadProduction(sqlite::Database& db, Points& points) {
  auto stmt = db.Prepare(R"sql(
    SELECT o.item_id, o.location_id, o.id, o.number, i.code, l.code, o.quantity, o.completed,
           o.start_date, o.due_date, o.status
    FROM production_orders o JOIN items i ON i.id = o.item_id JOIN locations l ON l.id = o.location_id
    WHERE o.status <> 'completed' ORDER BY o.due_date, o.number)sql");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&]() -> Status {
    MrpStockPoint* point = points.Of(*stmt);
    if (!point) return {};
    auto start = ParseDate(stmt->Text(8));
    auto due = ParseDate(stmt->Text(9));
    if (!start) return start.error();
    if (!due) return due.error();
    point->production.push_back({stmt->Int(2), stmt->Text(3), stmt->Int(0), stmt->Int(1),
                                 stmt->Text(4), stmt->Text(5), stmt->Int(6), stmt->Int(7), *start,
                                 *due, stmt->Text(10)});
    return {};
  });
}

// On hand without lots expired before `as_of`, and what open reservations hold.
Status LoadStock(sqlite::Database& db, Points& points, Date as_of) {
  auto stmt = db.Prepare(R"sql(
    SELECT b.item_id, b.location_id, SUM(b.on_hand), 0 FROM balances b
    LEFT JOIN lots l ON l.item_id = b.item_id AND l.code = b.lot
    WHERE l.expiry IS NULL OR l.expiry >= ?1 GROUP BY b.item_id, b.location_id
    UNION ALL
    SELECT item_id, location_id, 0, SUM(open + backordered) FROM reservations
    WHERE status = 'open' GROUP BY item_id, location_id)sql");
  if (!stmt) return stmt.error();
  stmt->Bind(1, as_of);
  return stmt->ForEach([&] {
    if (MrpStockPoint* point = points.Of(*stmt)) {
      point->on_hand_milli += stmt->Int(2);
      point->reserved_milli += stmt->Int(3);
    }
  });
}

Status LoadHistory(sqlite::Database& db, Points& points, Date first, Date end, PeriodKind kind) {
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, period, quantity FROM demand WHERE period >= ?1 AND "
      "period < ?2");
  if (!stmt) return stmt.error();
  stmt->Bind(1, first);
  stmt->Bind(2, end);
  const int window = PeriodsBetween(first, end, kind);
  return stmt->ForEach([&]() -> Status {
    MrpStockPoint* point = points.Of(*stmt);
    if (!point) return {};
    auto period = ParseDate(stmt->Text(2));
    if (!period) return period.error();
    point->history.resize(static_cast<std::size_t>(window), 0.0);
    point->history[PeriodsBetween(first, *period, kind)] +=
        static_cast<double>(stmt->Int(3)) / 1000;
    return {};
  });
}

// The supply terms in force, by the planning run's preference: terms for the location over
// terms for all locations, then planning_loaders.h's kSupplyTermsPreference.
Status LoadSupply(sqlite::Database& db, Points& points) {
  auto stmt =
      db.Prepare(std::string("SELECT t.item_id, t.location_id, ") + planning::kSupplyOptionColumns +
                 " FROM supply_terms t JOIN suppliers s ON s.id = t.supplier_id "
                 "ORDER BY t.item_id, " +
                 planning::kSupplyTermsPreference);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    auto [first, last] = points.OfItem(stmt->Int(0));
    for (std::size_t i = first; i < last; ++i) {
      MrpStockPoint& point = points.at(i);
      if (point.supply || (!stmt->IsNull(1) && stmt->Int(1) != point.key.second)) continue;
      point.supply = planning::SupplyOptionAt(*stmt, 2, false);
    }
  });
}

// The service kind and target of the policies rows: a stock point's row over its item's.
Status LoadPolicies(sqlite::Database& db, Points& points) {
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, service_kind, service_target FROM policies "
      "WHERE service_kind IS NOT NULL ORDER BY location_id IS NOT NULL, item_id");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    auto [first, last] = points.OfItem(stmt->Int(0));
    for (std::size_t i = first; i < last; ++i) {
      MrpStockPoint& point = points.at(i);
      if (!stmt->IsNull(1) && stmt->Int(1) != point.key.second) continue;
      point.service_kind = stmt->Text(2);
      point.service_target = stmt->IsNull(3) ? 0 : stmt->Real(3);
    }
  });
}

}  // namespace

Result<std::vector<MrpStockPoint>> LoadMrpStockPoints(sqlite::Database& db,
                                                      const std::vector<StockPointKey>& keys,
                                                      Date as_of, int history_periods,
                                                      PeriodKind period) {
  Points points(keys);
  const Date end = PeriodStart(as_of, period);
  Date first = end;
  for (int i = 0; i < history_periods; ++i)
    first = PeriodStart(first - std::chrono::days{1}, period);
  Status loaded = LoadHistory(db, points, first, end, period);
  if (loaded) loaded = LoadStock(db, points, as_of);
  if (loaded) loaded = LoadOrders(db, points);
  if (loaded) loaded = LoadProduction(db, points);
  if (loaded) loaded = LoadSupply(db, points);
  if (loaded) loaded = LoadPolicies(db, points);
  if (!loaded) return loaded.error();
  return points.Take();
}

}  // namespace lagom::store
