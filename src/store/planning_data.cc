#include "store/planning_data.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <utility>

#include "store/settings.h"

namespace lagom::store {

namespace {

using Key = std::pair<std::int64_t, std::int64_t>;  // item id, location id
using Index = std::map<Key, std::size_t>;

// " AND <prefix>item_id = 7 AND <prefix>location_id = 2" for the parts of `scope` that are
// set (ids are integers, so inlining them is safe); `with_location` false skips the location.
std::string ScopeSql(const StockPointScope& scope, const char* prefix, bool with_location = true) {
  std::string sql;
  if (scope.item_id)
    sql += std::string(" AND ") + prefix + "item_id = " + std::to_string(*scope.item_id);
  if (scope.location_id && with_location) {
    sql += std::string(" AND ") + prefix + "location_id = " + std::to_string(*scope.location_id);
  }
  return sql;
}

Status LoadStockPoints(sqlite::Database& db, PlanningData& data, Index& index, Date first, Date end,
                       const StockPointScope& scope) {
  auto stmt = db.Prepare(
      "SELECT d.item_id, d.location_id, i.code, l.code, i.unit_cost, MIN(d.period) "
      "FROM demand d JOIN items i ON i.id = d.item_id JOIN locations l ON l.id = d.location_id "
      "WHERE d.period < ?1" +
      ScopeSql(scope, "d.") + " GROUP BY d.item_id, d.location_id ORDER BY i.code, l.code");
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

Status LoadHistory(sqlite::Database& db, PlanningData& data, const Index& index, Date end,
                   const StockPointScope& scope) {
  auto stmt =
      db.Prepare("SELECT item_id, location_id, period, quantity FROM demand WHERE period < ?1" +
                 ScopeSql(scope, ""));
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

// Adds a per-stock-point sum (column 2 of `sql`, keyed by columns 0 and 1) into `field`.
// `sql` ends in a WHERE clause; the scope's conditions and the grouping are appended.
Status LoadSums(sqlite::Database& db, PlanningData& data, const Index& index, const char* sql,
                const StockPointScope& scope, std::int64_t StockPointData::*field) {
  auto stmt = db.Prepare(sql + ScopeSql(scope, "") + " GROUP BY item_id, location_id");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    auto found = index.find({stmt->Int(0), stmt->Int(1)});
    if (found != index.end()) data.stock_points[found->second].*field += stmt->Int(2);
  });
}

Status LoadSupply(sqlite::Database& db, PlanningData& data, const Index& index,
                  const StockPointScope& scope) {
  auto stmt = db.Prepare(
      "SELECT t.item_id, t.location_id, t.supplier_id, s.code, t.lead_time_days, "
      "t.lead_time_sd_days, t.min_order_quantity, t.order_multiple, t.unit_price "
      "FROM supply_terms t JOIN suppliers s ON s.id = t.supplier_id WHERE 1 = 1" +
      ScopeSql(scope, "t.", false) +
      " ORDER BY t.item_id, t.location_id IS NULL, t.is_primary DESC, t.unit_price, "
      "t.lead_time_days, s.code");
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

Result<double> NumberSetting(sqlite::Database& db, const std::string& key) {
  auto text = ReadSetting(db, key);
  if (!text) return text.error();
  char* end = nullptr;
  double value = std::strtod(text->c_str(), &end);
  if (text->empty() || *end != '\0' || !std::isfinite(value)) {
    return InvalidInput("setting " + key + " = '" + *text + "' is not a number");
  }
  return value;
}

Status LoadDefaults(sqlite::Database& db, PlanningData& data) {
  PolicySettings& d = data.defaults;
  for (auto [key, field] : {std::pair{"policy.service_kind", &d.service_kind},
                            std::pair{"policy.order_rule", &d.order_rule},
                            std::pair{"policy.distribution", &d.distribution}}) {
    auto text = ReadSetting(db, key);
    if (!text) return text.error();
    *field = *text;
  }
  for (auto [key, field] : {std::pair{"policy.service_target", &d.service_target},
                            std::pair{"policy.cover_periods", &d.cover_periods},
                            std::pair{"policy.review_periods", &d.review_periods},
                            std::pair{"policy.ordering_cost", &data.ordering_cost},
                            std::pair{"policy.holding_rate", &data.holding_rate}}) {
    auto value = NumberSetting(db, key);
    if (!value) return value.error();
    *field = *value;
  }
  return {};
}

// Applies the non-NULL columns of a policies row (columns 2..8) to `policy`.
void Override(const sqlite::Statement& row, PolicySettings& policy) {
  if (!row.IsNull(2)) policy.service_kind = row.Text(2);
  if (!row.IsNull(3)) policy.service_target = row.Real(3);
  if (!row.IsNull(4)) policy.order_rule = row.Text(4);
  if (!row.IsNull(5)) policy.cover_periods = row.Real(5);
  if (!row.IsNull(6)) policy.fixed_quantity_milli = row.Int(6);
  if (!row.IsNull(7)) policy.review_periods = row.Real(7);
  if (!row.IsNull(8)) policy.distribution = row.Text(8);
}

// Item-wide rows first, so that a stock point's own row has the last word.
Status LoadPolicies(sqlite::Database& db, PlanningData& data, const Index& index,
                    const StockPointScope& scope) {
  for (auto& point : data.stock_points) point.policy = data.defaults;
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, service_kind, service_target, order_rule, cover_periods, "
      "fixed_quantity, review_periods, distribution FROM policies WHERE 1 = 1" +
      ScopeSql(scope, "", false) + " ORDER BY location_id IS NOT NULL, item_id");
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    std::int64_t item = stmt->Int(0);
    for (auto it = index.lower_bound({item, 0}); it != index.end() && it->first.first == item;
         ++it) {
      if (stmt->IsNull(1) || stmt->Int(1) == it->first.second) {
        Override(*stmt, data.stock_points[it->second].policy);
      }
    }
  });
}

}  // namespace

Result<PlanningData> LoadPlanningData(sqlite::Database& db, Date as_of, int history_periods,
                                      const std::function<void(PolicySettings&)>& adjust_defaults,
                                      const StockPointScope& scope) {
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
  Status loaded = LoadStockPoints(db, data, index, first, end, scope);
  if (loaded) loaded = LoadHistory(db, data, index, end, scope);
  if (loaded) {
    loaded = LoadSums(db, data, index,
                      "SELECT item_id, location_id, SUM(quantity) FROM stock WHERE 1 = 1", scope,
                      &StockPointData::on_hand_milli);
  }
  if (loaded) {
    loaded = LoadSums(db, data, index,
                      "SELECT item_id, location_id, SUM(quantity - received) FROM purchase_orders "
                      "WHERE status = 'open' AND quantity > received",
                      scope, &StockPointData::on_order_milli);
  }
  if (loaded) loaded = LoadSupply(db, data, index, scope);
  if (loaded) loaded = LoadDefaults(db, data);
  if (loaded && adjust_defaults) adjust_defaults(data.defaults);
  if (loaded) loaded = LoadPolicies(db, data, index, scope);
  if (!loaded) return loaded.error();
  return data;
}

}  // namespace lagom::store
