#include "store/planning_data.h"

#include <map>
#include <utility>

#include "store/settings.h"

namespace lagom::store {

namespace {

using Key = std::pair<std::int64_t, std::int64_t>;  // item id, location id
using Index = std::map<Key, std::size_t>;

Status LoadStockPoints(sqlite::Database& db, PlanningData& data, Index& index, Date first,
                       Date end) {
  auto stmt = db.Prepare(R"sql(
    SELECT d.item_id, d.location_id, i.code, l.code, i.unit_cost, MIN(d.period)
    FROM demand d JOIN items i ON i.id = d.item_id JOIN locations l ON l.id = d.location_id
    WHERE d.period < ?1 GROUP BY d.item_id, d.location_id ORDER BY i.code, l.code)sql");
  if (!stmt) return stmt.error();
  std::string end_text = FormatDate(end);
  stmt->Bind(1, std::string_view(end_text));
  return stmt->ForEach([&]() -> Status {
    StockPointData point;
    point.item_id = stmt->Int(0);
    point.location_id = stmt->Int(1);
    point.item_code = stmt->Text(2);
    point.location_code = stmt->Text(3);
    point.unit_cost_raw = stmt->Int(4);
    auto first_seen = ParseDate(stmt->Text(5));
    if (!first_seen) return first_seen.error();
    Date start = std::max(first, *first_seen);
    point.history.assign(static_cast<std::size_t>(PeriodsBetween(start, end, data.period)), 0.0);
    index.emplace(Key{point.item_id, point.location_id}, data.stock_points.size());
    data.stock_points.push_back(std::move(point));
    return {};
  });
}

Status LoadHistory(sqlite::Database& db, PlanningData& data, const Index& index, Date end) {
  auto stmt =
      db.Prepare("SELECT item_id, location_id, period, quantity FROM demand WHERE period < ?1");
  if (!stmt) return stmt.error();
  std::string end_text = FormatDate(end);
  stmt->Bind(1, std::string_view(end_text));
  return stmt->ForEach([&]() -> Status {
    StockPointData& point = data.stock_points[index.at({stmt->Int(0), stmt->Int(1)})];
    auto period = ParseDate(stmt->Text(2));
    if (!period) return period.error();
    int back = PeriodsBetween(*period, end, data.period);  // 1 = the last whole period
    if (back <= static_cast<int>(point.history.size())) {
      point.history[point.history.size() - static_cast<std::size_t>(back)] =
          static_cast<double>(stmt->Int(3)) / 1000.0;
    }
    return {};
  });
}

// Adds a per-stock-point sum (column 2 of `sql`, keyed by columns 0 and 1) into `field`;
// `sql` may use the as-of date as ?1.
Status LoadSums(sqlite::Database& db, PlanningData& data, const Index& index, const char* sql,
                Date as_of, std::int64_t StockPointData::*field) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  if (stmt->ParameterIndex("?1") > 0) stmt->Bind(1, as_of);
  return stmt->ForEach([&] {
    auto found = index.find({stmt->Int(0), stmt->Int(1)});
    if (found != index.end()) data.stock_points[found->second].*field += stmt->Int(2);
  });
}

Status LoadSupply(sqlite::Database& db, PlanningData& data, const Index& index) {
  auto stmt = db.Prepare(R"sql(
    SELECT t.item_id, t.location_id, t.supplier_id, s.code, t.lead_time_days,
           t.lead_time_sd_days, t.min_order_quantity, t.order_multiple, t.unit_price
    FROM supply_terms t JOIN suppliers s ON s.id = t.supplier_id
    ORDER BY t.item_id, t.location_id IS NULL, t.is_primary DESC, t.unit_price,
             t.lead_time_days, s.code)sql");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    std::int64_t item = stmt->Int(0);
    auto matches = [&](const StockPointData& point) {
      return point.item_id == item && !point.supply &&
             (stmt->IsNull(1) || stmt->Int(1) == point.location_id);
    };
    for (auto it = index.lower_bound({item, 0}); it != index.end() && it->first.first == item;
         ++it) {
      StockPointData& point = data.stock_points[it->second];
      if (!matches(point)) continue;
      point.supply = SupplyOption{stmt->Int(2), stmt->Text(3), stmt->Real(4), stmt->Real(5),
                                  stmt->Int(6), stmt->Int(7),  stmt->Int(8)};
    }
  });
}

}  // namespace

Result<PlanningData> LoadPlanningData(sqlite::Database& db, Date as_of, int history_periods) {
  PlanningData data;
  auto period = ReadPeriodSetting(db);
  if (!period) return period.error();
  data.period = *period;
  Date end = PeriodStart(as_of, data.period);
  Date first = end;
  for (int i = 0; i < history_periods; ++i) {
    first = PeriodStart(first - std::chrono::days{1}, data.period);
  }
  Index index;
  Status loaded = LoadStockPoints(db, data, index, first, end);
  if (loaded) loaded = LoadHistory(db, data, index, end);
  if (loaded) {
    loaded = LoadSums(db, data, index,
                      "SELECT b.item_id, b.location_id, SUM(b.on_hand) FROM balances b "
                      "LEFT JOIN lots l ON l.item_id = b.item_id AND l.code = b.lot "
                      "WHERE l.expiry IS NULL OR l.expiry >= ?1 GROUP BY b.item_id, b.location_id",
                      as_of, &StockPointData::on_hand_milli);
  }
  if (loaded) {
    loaded = LoadSums(db, data, index,
                      "SELECT item_id, location_id, SUM(open + backordered) FROM reservations "
                      "WHERE status = 'open' GROUP BY item_id, location_id",
                      as_of, &StockPointData::reserved_milli);
  }
  if (loaded) {
    loaded = LoadSums(db, data, index,
                      "SELECT item_id, location_id, SUM(quantity - received) FROM purchase_orders "
                      "WHERE status = 'open' AND quantity > received GROUP BY item_id, location_id",
                      as_of, &StockPointData::on_order_milli);
  }
  if (loaded) loaded = LoadSupply(db, data, index);
  if (!loaded) return loaded.error();
  return data;
}

}  // namespace lagom::store
