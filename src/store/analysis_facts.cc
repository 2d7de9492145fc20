#include "store/analysis_facts.h"

namespace lagom::store {

namespace {

Result<Date> DateColumn(const sqlite::Statement& row, int column) {
  return ParseDate(row.Text(column));
}

}  // namespace

Result<std::map<PointKey, Activity>> LoadActivity(sqlite::Database& db, Date end,
                                                  Date last_period) {
  auto stmt = db.Prepare(R"sql(
    SELECT item_id, location_id, MIN(period), MAX(CASE WHEN quantity > 0 THEN period END),
           SUM(CASE WHEN period = ?2 THEN quantity ELSE 0 END)
    FROM demand WHERE period < ?1 GROUP BY item_id, location_id)sql");
  if (!stmt) return stmt.error();
  std::string end_text = FormatDate(end), last_text = FormatDate(last_period);
  stmt->Bind(1, std::string_view(end_text));
  stmt->Bind(2, std::string_view(last_text));
  std::map<PointKey, Activity> out;
  Status read = stmt->ForEach([&]() -> Status {
    Activity& activity = out[{stmt->Int(0), stmt->Int(1)}];
    auto first = DateColumn(*stmt, 2);
    if (!first) return first.error();
    activity.first_demand = *first;
    if (!stmt->IsNull(3)) {
      auto last = DateColumn(*stmt, 3);
      if (!last) return last.error();
      activity.last_sale = *last;
    }
    activity.last_period_milli = stmt->Int(4);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::map<PointKey, std::optional<Date>>> LoadLastUse(
    sqlite::Database& db, Date demand_end, Date as_of, std::span<const std::string> use_types) {
  std::string types;
  for (std::size_t i = 0; i < use_types.size(); ++i) {
    types += (i ? ", ?" : "?") + std::to_string(i + 3);
  }
  auto stmt = db.Prepare(R"sql(
    SELECT s.item_id, s.location_id,
           (SELECT d.period FROM demand d WHERE d.item_id = s.item_id
              AND d.location_id = s.location_id AND d.period < ?1 AND d.quantity > 0
            ORDER BY d.period DESC LIMIT 1),
           (SELECT MAX(m.date) FROM movements m WHERE m.item_id = s.item_id
              AND m.location_id = s.location_id AND m.date <= ?2 AND m.type IN ()sql" +
                         types + R"sql())
    FROM balances s WHERE s.on_hand > 0 GROUP BY s.item_id, s.location_id)sql");
  if (!stmt) return stmt.error();
  std::string end_text = FormatDate(demand_end);
  std::string as_of_text = FormatDate(as_of);
  stmt->Bind(1, std::string_view(end_text));
  stmt->Bind(2, std::string_view(as_of_text));
  for (std::size_t i = 0; i < use_types.size(); ++i) {
    stmt->Bind(static_cast<int>(i + 3), std::string_view(use_types[i]));
  }
  std::map<PointKey, std::optional<Date>> out;
  Status read = stmt->ForEach([&]() -> Status {
    std::optional<Date>& last = out[{stmt->Int(0), stmt->Int(1)}];
    for (int column : {2, 3}) {  // the last demand period, the last movement that used stock
      if (stmt->IsNull(column)) continue;
      auto date = DateColumn(*stmt, column);
      if (!date) return date.error();
      if (!last || *date > *last) last = *date;
    }
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::map<PointKey, Consumption>> LoadConsumption(sqlite::Database& db, Date from, Date end) {
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, SUM(CASE WHEN date >= ?1 THEN -quantity ELSE 0 END), "
      "MAX(date) FROM movements WHERE type = 'consume' AND date < ?2 "
      "GROUP BY item_id, location_id");
  if (!stmt) return stmt.error();
  stmt->Bind(1, from);
  stmt->Bind(2, end);
  std::map<PointKey, Consumption> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto last = ParseDate(stmt->Text(3));
    if (!last) return last.error();
    out[{stmt->Int(0), stmt->Int(1)}] = {stmt->Int(2), *last};
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::map<PointKey, std::int64_t>> LoadOnHand(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, SUM(on_hand) FROM balances GROUP BY item_id, location_id");
  if (!stmt) return stmt.error();
  std::map<PointKey, std::int64_t> out;
  Status read = stmt->ForEach([&] { out[{stmt->Int(0), stmt->Int(1)}] = stmt->Int(2); });
  if (!read) return read.error();
  return out;
}

Result<std::map<PointKey, Date>> LoadCountDiscrepancies(sqlite::Database& db, Date since) {
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, MAX(date) FROM counts "
      "WHERE date >= ?1 AND counted <> system_quantity GROUP BY item_id, location_id");
  if (!stmt) return stmt.error();
  std::string since_text = FormatDate(since);
  stmt->Bind(1, std::string_view(since_text));
  std::map<PointKey, Date> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto date = DateColumn(*stmt, 2);
    if (!date) return date.error();
    out[{stmt->Int(0), stmt->Int(1)}] = *date;
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<LotStock>> LoadExpiringLots(sqlite::Database& db, Date before) {
  auto stmt = db.Prepare(R"sql(
    SELECT b.item_id, b.location_id, b.lot, t.expiry, b.on_hand FROM balances b
    JOIN lots t ON t.item_id = b.item_id AND t.code = b.lot
    JOIN items i ON i.id = b.item_id JOIN locations l ON l.id = b.location_id
    WHERE t.expiry IS NOT NULL AND t.expiry < ?1 AND b.on_hand > 0
    ORDER BY i.code, l.code, b.lot)sql");
  if (!stmt) return stmt.error();
  std::string before_text = FormatDate(before);
  stmt->Bind(1, std::string_view(before_text));
  std::vector<LotStock> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto expiry = DateColumn(*stmt, 3);
    if (!expiry) return expiry.error();
    out.push_back({{stmt->Int(0), stmt->Int(1)}, stmt->Text(2), *expiry, stmt->Int(4)});
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<LateLine>> LoadLateLines(sqlite::Database& db, Date as_of) {
  auto stmt = db.Prepare(R"sql(
    SELECT item_id, location_id, po_number || '/' || line, due_date, quantity - received
    FROM purchase_orders WHERE status = 'open' AND quantity > received AND due_date < ?1
    ORDER BY due_date, po_number, line)sql");
  if (!stmt) return stmt.error();
  std::string as_of_text = FormatDate(as_of);
  stmt->Bind(1, std::string_view(as_of_text));
  std::vector<LateLine> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto due = DateColumn(*stmt, 3);
    if (!due) return due.error();
    out.push_back({{stmt->Int(0), stmt->Int(1)}, stmt->Text(2), *due, stmt->Int(4)});
    return {};
  });
  if (!read) return read.error();
  return out;
}

}  // namespace lagom::store
