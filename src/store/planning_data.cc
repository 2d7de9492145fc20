#include "store/planning_data.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/units.h"
#include "store/planning_loaders.h"

namespace lagom::store {

namespace planning {

namespace {

struct LocationInfo {
  std::string code;
  std::optional<std::int64_t> supplied_from;
  double transfer_lead_time_days = 0;
  int echelon = 0;
};

Result<std::map<std::int64_t, LocationInfo>> LoadLocations(sqlite::Database& db) {
  std::map<std::int64_t, LocationInfo> locations;
  auto stmt = db.Prepare("SELECT id, code, supplied_from, transfer_lead_time_days FROM locations");
  if (!stmt) return stmt.error();
  Status read = stmt->ForEach([&] {
    locations[stmt->Int(0)] = {stmt->Text(1), stmt->OptionalInt(2), stmt->Real(3), 0};
  });
  if (!read) return read.error();
  // A location's echelon is one above the highest it supplies; bounded walks stop cycles.
  for (auto& [id, location] : locations) {
    std::optional<std::int64_t> up = location.supplied_from;
    for (int level = 1; up && level <= static_cast<int>(locations.size()); ++level) {
      LocationInfo& supplier = locations[*up];
      supplier.echelon = std::max(supplier.echelon, level);
      up = supplier.supplied_from;
    }
  }
  return locations;
}

struct ItemInfo {
  std::string code, group;
  std::int64_t unit_cost_raw = 0, price_raw = 0;
  double volume_m3 = 0, weight_kg = 0;
};

Result<std::unordered_map<std::int64_t, ItemInfo>> LoadItems(sqlite::Database& db,
                                                             ItemRange range) {
  std::unordered_map<std::int64_t, ItemInfo> items;
  auto stmt = PrepareForItems(
      db,
      "SELECT id, code, item_group, unit_cost, IFNULL(price, 0), IFNULL(volume_m3, 0), "
      "IFNULL(weight_kg, 0) FROM items WHERE id BETWEEN ?1 AND ?2",
      range);
  if (!stmt) return stmt.error();
  Status read = stmt->ForEach([&] {
    items[stmt->Int(0)] = {stmt->Text(1), stmt->Text(2), stmt->Int(3),
                           stmt->Int(4),  stmt->Real(5), stmt->Real(6)};
  });
  if (!read) return read.error();
  return items;
}

StockPointData NewStockPoint(std::int64_t item_id, std::int64_t location_id, const ItemInfo& item,
                             const LocationInfo& location) {
  StockPointData point;
  point.item_id = item_id;
  point.location_id = location_id;
  point.item_code = item.code;
  point.location_code = location.code;
  point.unit_cost_raw = item.unit_cost_raw;
  point.price_raw = item.price_raw;
  point.volume_m3 = item.volume_m3;
  point.weight_kg = item.weight_kg;
  point.item_group = item.group;
  return point;
}

// Periods back from the end of history (1 = the last whole period) by period text. The
// text of a handful of periods repeats across millions of demand rows, so each distinct text
// is parsed once and then found by a string_view (a transparent hash: no allocation).
class PeriodOffsets {
 public:
  PeriodOffsets(Date end, PeriodKind kind) : end_(end), kind_(kind) {}
  Result<int> Back(std::string_view text) {
    auto found = cache_.find(text);
    if (found != cache_.end()) return found->second;
    auto date = ParseDate(text);
    if (!date) return date.error();
    int back = PeriodsBetween(*date, end_, kind_);
    cache_.emplace(std::string(text), back);
    return back;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };
  Date end_;
  PeriodKind kind_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> cache_;
};

// Adds the DC stock point of every transfer-supplied stock point that has none, up the chain.
void AddSupplyingStockPoints(PlanningData& data,
                             const std::map<std::int64_t, LocationInfo>& locations) {
  std::set<Key> present;
  for (const auto& point : data.stock_points) present.insert({point.item_id, point.location_id});
  for (std::size_t i = 0; i < data.stock_points.size(); ++i) {
    StockPointData& point = data.stock_points[i];
    const LocationInfo& location = locations.at(point.location_id);
    point.echelon = location.echelon;
    if (!location.supplied_from) continue;
    point.source_location_id = location.supplied_from;
    point.source_location_code = locations.at(*location.supplied_from).code;
    point.transfer_lead_time_days = location.transfer_lead_time_days;
    if (!present.insert({point.item_id, *location.supplied_from}).second) continue;
    StockPointData dc = point;
    dc.location_id = *location.supplied_from;
    dc.location_code = locations.at(dc.location_id).code;
    dc.history.clear();
    dc.source_location_id.reset();
    data.stock_points.push_back(std::move(dc));  // visited later in this loop, too
  }
}

}  // namespace

// One pass over the demand table in key order (item, location, period): the first row of a
// stock point gives its first period; every row fills its history.
Status LoadStockPoints(sqlite::Database& db, PlanningData& data, Date first, Date end,
                       ItemRange range) {
  auto locations = LoadLocations(db);
  if (!locations) return locations.error();
  auto items = LoadItems(db, range);
  if (!items) return items.error();
  auto stmt = PrepareForItems(db,
                              "SELECT item_id, location_id, period, quantity FROM demand "
                              "WHERE item_id BETWEEN ?1 AND ?2 AND period < ?3 "
                              "ORDER BY item_id, location_id, period",
                              range);
  if (!stmt) return stmt.error();
  std::string end_text = FormatDate(end);
  stmt->Bind(3, std::string_view(end_text));
  PeriodOffsets offsets(end, data.period);
  int window = PeriodsBetween(first, end, data.period);
  Key last{-1, -1};
  Status read = stmt->ForEach([&]() -> Status {
    Key key{stmt->Int(0), stmt->Int(1)};
    auto back = offsets.Back(stmt->TextView(2));
    if (!back) return back.error();
    if (key != last) {
      data.stock_points.push_back(
          NewStockPoint(key.first, key.second, items->at(key.first), locations->at(key.second)));
      data.stock_points.back().history.assign(static_cast<std::size_t>(std::min(*back, window)),
                                              0.0);
      last = key;
    }
    std::vector<double>& history = data.stock_points.back().history;
    if (*back <= static_cast<int>(history.size())) {
      history[history.size() - static_cast<std::size_t>(*back)] =
          static_cast<double>(stmt->Int(3)) / 1000.0;
    }
    return {};
  });
  if (!read) return read;
  AddSupplyingStockPoints(data, *locations);
  return {};
}

Index Reorder(PlanningData& data) {
  std::sort(data.stock_points.begin(), data.stock_points.end(), [](const auto& a, const auto& b) {
    return std::tie(a.echelon, a.item_code, a.location_code) <
           std::tie(b.echelon, b.item_code, b.location_code);
  });
  Index index;
  for (std::size_t i = 0; i < data.stock_points.size(); ++i) {
    index.emplace(Key{data.stock_points[i].item_id, data.stock_points[i].location_id}, i);
  }
  return index;
}

// On hand from the stock ledger's balances, without lots expired before `as_of`, and what
// open reservations (with their backorders) hold.
Status LoadStock(sqlite::Database& db, PlanningData& data, const Index& index, Date as_of,
                 ItemRange items) {
  auto stmt = PrepareForItems(db, R"sql(
    SELECT b.item_id, b.location_id, SUM(b.on_hand), 0 FROM balances b
    LEFT JOIN lots l ON l.item_id = b.item_id AND l.code = b.lot
    WHERE (l.expiry IS NULL OR l.expiry >= ?3) AND b.item_id BETWEEN ?1 AND ?2
    GROUP BY b.item_id, b.location_id
    UNION ALL
    SELECT item_id, location_id, 0, SUM(open + backordered) FROM reservations
    WHERE status = 'open' AND item_id BETWEEN ?1 AND ?2 GROUP BY item_id, location_id)sql",
                              items);
  if (!stmt) return stmt.error();
  stmt->Bind(3, as_of);
  return stmt->ForEach([&] {
    auto found = index.find({stmt->Int(0), stmt->Int(1)});
    if (found == index.end()) return;
    data.stock_points[found->second].on_hand_milli += stmt->Int(2);
    data.stock_points[found->second].reserved_milli += stmt->Int(3);
  });
}

Status LoadReceipts(sqlite::Database& db, PlanningData& data, const Index& index, ItemRange items) {
  auto stmt = PrepareForItems(db, R"sql(
    SELECT item_id, location_id, due_date, quantity - received FROM purchase_orders
    WHERE status = 'open' AND quantity > received AND item_id BETWEEN ?1 AND ?2
    UNION ALL
    SELECT item_id, to_location_id, due_date, quantity - received FROM transfer_orders
    WHERE status = 'open' AND quantity > received AND item_id BETWEEN ?1 AND ?2)sql",
                              items);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&]() -> Status {
    auto found = index.find({stmt->Int(0), stmt->Int(1)});
    if (found == index.end()) return {};
    auto due = ParseDate(stmt->Text(2));
    if (!due) return due.error();
    StockPointData& point = data.stock_points[found->second];
    point.on_order_milli += stmt->Int(3);
    point.receipts.push_back({*due, stmt->Int(3)});
    return {};
  });
}

Status LoadSupply(sqlite::Database& db, PlanningData& data, const Index& index, ItemRange items) {
  auto stmt =
      PrepareForItems(db,
                      std::string("SELECT t.item_id, t.location_id, ") + kSupplyOptionColumns +
                          " FROM supply_terms t JOIN suppliers s ON s.id = t.supplier_id "
                          "WHERE t.item_id BETWEEN ?1 AND ?2 ORDER BY t.item_id, " +
                          kSupplyTermsPreference,
                      items);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    std::int64_t item = stmt->Int(0);
    for (auto it = index.lower_bound({item, 0}); it != index.end() && it->first.first == item;
         ++it) {
      StockPointData& point = data.stock_points[it->second];
      bool for_here = stmt->IsNull(1) || stmt->Int(1) == point.location_id;
      if (!for_here) continue;
      if (point.supply) {
        // One set of terms per supplier: the first, by the same preference.
        std::int64_t supplier = stmt->Int(2);
        bool known = point.supply->supplier_id == supplier ||
                     std::any_of(point.alternatives.begin(), point.alternatives.end(),
                                 [&](const SupplyOption& o) { return o.supplier_id == supplier; });
        if (!known) point.alternatives.push_back(SupplyOptionAt(*stmt, 2, !stmt->IsNull(1)));
        continue;
      }
      // Terms for this very location mean it buys directly, even if it has a DC.
      if (!stmt->IsNull(1)) point.source_location_id.reset();
      point.supply = SupplyOptionAt(*stmt, 2, !stmt->IsNull(1));
    }
  });
}

SupplyOption SupplyOptionAt(const sqlite::Statement& row, int first, bool for_location) {
  SupplyOption supply{row.Int(first),      row.Text(first + 1), row.Real(first + 2),
                      row.Real(first + 3), row.Int(first + 4),  row.Int(first + 5),
                      row.Int(first + 6),  row.Real(first + 7), row.Int(first + 8),
                      for_location};
  supply.purchase_unit = row.Text(first + 9);
  // A quantity without a unit's name is no purchase unit (nothing could show it).
  supply.purchase_unit_milli =
      supply.purchase_unit.empty() ? Quantity::kScale : row.Int(first + 10);
  supply.order_multiple_milli = OrderPack(supply.order_multiple_milli, supply.purchase_unit_milli);
  return supply;
}

// Calls `add(supply, location_id)` for each stock point of `item` bought from `supplier`.
template <class Add>
void ForEachSupplyFrom(PlanningData& data, const Index& index, std::int64_t item,
                       std::int64_t supplier, Add add) {
  for (auto it = index.lower_bound({item, 0}); it != index.end() && it->first.first == item; ++it) {
    StockPointData& point = data.stock_points[it->second];
    if (point.supply && point.supply->supplier_id == supplier) add(*point.supply, it->first.second);
    for (SupplyOption& other : point.alternatives) {
      if (other.supplier_id == supplier) add(other, it->first.second);
    }
  }
}

Status LoadPriceBreaks(sqlite::Database& db, PlanningData& data, const Index& index,
                       ItemRange items) {
  auto stmt = PrepareForItems(db, R"sql(
    SELECT item_id, supplier_id, location_id, min_quantity, unit_price FROM supply_price_breaks
    WHERE item_id BETWEEN ?1 AND ?2 ORDER BY item_id, min_quantity)sql",
                              items);
  if (!stmt) return stmt.error();
  return stmt->ForEach([&] {
    ForEachSupplyFrom(
        data, index, stmt->Int(0), stmt->Int(1), [&](SupplyOption& supply, std::int64_t location) {
          bool same_terms =
              supply.for_location ? !stmt->IsNull(2) && stmt->Int(2) == location : stmt->IsNull(2);
          if (same_terms) supply.price_breaks.push_back({stmt->Int(3), stmt->Int(4)});
        });
  });
}

Status LoadMeasuredLeadTimes(sqlite::Database& db, PlanningData& data, const Index& index,
                             ItemRange items, Date since) {
  auto stmt = PrepareForItems(db, R"sql(
    SELECT p.item_id, r.supplier_id, julianday(r.date) - julianday(r.order_date)
    FROM receipts r JOIN purchase_orders p ON p.id = r.po_line_id
    WHERE p.item_id BETWEEN ?1 AND ?2 AND r.order_date IS NOT NULL AND r.date >= ?3
    ORDER BY p.item_id, r.date, r.id)sql",
                              items);
  if (!stmt) return stmt.error();
  std::string since_text = FormatDate(since);
  stmt->Bind(3, std::string_view(since_text));
  return stmt->ForEach([&] {
    ForEachSupplyFrom(data, index, stmt->Int(0), stmt->Int(1), [&](SupplyOption& supply, auto) {
      supply.receipt_lead_times_days.push_back(stmt->Real(2));
    });
  });
}

Result<sqlite::Statement> PrepareForItems(sqlite::Database& db, const std::string& sql,
                                          ItemRange items) {
  auto stmt = db.Prepare(sql);
  if (!stmt) return stmt.error();
  stmt->Bind(1, items.first);
  stmt->Bind(2, items.last);
  return stmt;
}

}  // namespace planning

void MergePlanningData(PlanningData& data, PlanningData&& part) {
  data.stock_points.insert(data.stock_points.end(),
                           std::make_move_iterator(part.stock_points.begin()),
                           std::make_move_iterator(part.stock_points.end()));
  planning::Reorder(data);
}

Result<std::optional<ItemRange>> AllItems(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT MIN(id), MAX(id) FROM items");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  if (stmt->IsNull(0)) return std::optional<ItemRange>();
  return std::optional<ItemRange>(ItemRange{stmt->Int(0), stmt->Int(1)});
}

Result<PlanningData> LoadPlanningData(sqlite::Database& db, Date as_of, int history_periods,
                                      PeriodKind period, ItemRange items) {
  using namespace planning;
  PlanningData data;
  data.period = period;
  Date end = PeriodStart(as_of, data.period);
  Date first = end;
  for (int i = 0; i < history_periods; ++i) {
    first = PeriodStart(first - std::chrono::days{1}, data.period);
  }
  Status loaded = LoadStockPoints(db, data, first, end, items);
  Index index = Reorder(data);
  if (loaded) loaded = LoadStock(db, data, index, as_of, items);
  if (loaded) loaded = LoadReceipts(db, data, index, items);
  if (loaded) loaded = LoadSupply(db, data, index, items);
  if (loaded) loaded = LoadPriceBreaks(db, data, index, items);
  if (loaded) loaded = LoadMeasuredLeadTimes(db, data, index, items, AddMonths(as_of, -12));
  if (loaded) loaded = LoadSuppliers(db, data);
  if (loaded) loaded = LoadPolicies(db, data, index, items);
  if (loaded) loaded = LoadBudgets(db, data, as_of);
  if (!loaded) return loaded.error();
  return data;
}

}  // namespace lagom::store
