#include "store/alert_store.h"

#include <map>
#include <tuple>

namespace lagom::store {

namespace {

using Key = std::tuple<std::string, std::int64_t, std::int64_t, std::string>;

Result<std::map<Key, std::int64_t>> OpenAlerts(sqlite::Database& db) {
  auto stmt = db.Prepare(
      "SELECT rule, item_id, location_id, subject, id FROM alerts WHERE status = 'open'");
  if (!stmt) return stmt.error();
  std::map<Key, std::int64_t> open;
  Status read = stmt->ForEach([&] {
    open[{stmt->Text(0), stmt->Int(1), stmt->Int(2), stmt->Text(3)}] = stmt->Int(4);
  });
  if (!read) return read.error();
  return open;
}

// Binds the columns an update and an insert share: ?1 severity … ?7 run id.
void BindFinding(sqlite::Statement& stmt, const AlertRecord& a, const std::string& as_of,
                 std::optional<std::int64_t> run_id) {
  stmt.Reset();
  stmt.Bind(1, std::string_view(a.severity));
  stmt.Bind(2, a.value);
  stmt.Bind(3, a.limit);
  stmt.Bind(4, a.quantity);
  stmt.Bind(5, std::string_view(a.message));
  stmt.Bind(6, std::string_view(as_of));
  stmt.Bind(7, run_id);
}

constexpr const char* kFilter = R"sql(
  FROM alerts a JOIN items i ON i.id = a.item_id JOIN locations l ON l.id = a.location_id
  WHERE (?1 = '' OR a.status = ?1) AND (?2 = ',' OR instr(?2, ',' || a.severity || ',') > 0)
    AND (?3 = '' OR a.rule = ?3) AND (?4 = '' OR i.code = ?4) AND (?5 = '' OR l.code = ?5))sql";

void BindQuery(sqlite::Statement& stmt, const AlertQuery& q, std::string& severities) {
  severities.assign(1, ',');
  for (const auto& s : q.severities) severities.append(s).append(",");
  stmt.Bind(1, std::string_view(q.status));
  stmt.Bind(2, std::string_view(severities));
  stmt.Bind(3, std::string_view(q.rule));
  stmt.Bind(4, std::string_view(q.item));
  stmt.Bind(5, std::string_view(q.location));
}

std::optional<Date> OptionalDate(const sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  auto date = ParseDate(row.Text(column));
  return date ? std::optional<Date>(*date) : std::nullopt;
}

AlertRecord ReadAlert(const sqlite::Statement& s) {
  AlertRecord a;
  a.id = s.Int(0);
  a.rule = s.Text(1);
  a.item_id = s.Int(2);
  a.location_id = s.Int(3);
  a.item_code = s.Text(4);
  a.location_code = s.Text(5);
  a.subject = s.Text(6);
  a.severity = s.Text(7);
  a.value = s.Real(8);
  a.limit = s.Real(9);
  a.quantity = s.Real(10);
  a.message = s.Text(11);
  a.status = s.Text(12);
  a.raised_on = OptionalDate(s, 13).value_or(Date{});
  a.last_seen_on = OptionalDate(s, 14).value_or(Date{});
  a.resolved_on = OptionalDate(s, 15);
  a.raised_run_id = s.OptionalInt(16);
  a.last_run_id = s.OptionalInt(17);
  return a;
}

}  // namespace

Result<AlertSync> SyncAlerts(sqlite::Database& db, std::span<const AlertRecord> found, Date as_of,
                             std::optional<std::int64_t> run_id) {
  auto tx = sqlite::Transaction::Begin(db);
  if (!tx) return tx.error();
  auto open = OpenAlerts(db);
  if (!open) return open.error();
  auto update = db.Prepare(
      "UPDATE alerts SET severity = ?1, value = ?2, limit_value = ?3, quantity = ?4, "
      "message = ?5, last_seen_on = ?6, last_run_id = ?7 WHERE id = ?8");
  auto insert = db.Prepare(
      "INSERT INTO alerts (severity, value, limit_value, quantity, message, last_seen_on, "
      "last_run_id, raised_on, raised_run_id, rule, item_id, location_id, subject) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7, ?8, ?9, ?10, ?11)");
  auto resolve =
      db.Prepare("UPDATE alerts SET status = 'resolved', resolved_on = ?1 WHERE id = ?2");
  if (!update) return update.error();
  if (!insert) return insert.error();
  if (!resolve) return resolve.error();
  std::string day = FormatDate(as_of);
  AlertSync sync;
  for (const AlertRecord& a : found) {
    auto it = open->find({a.rule, a.item_id, a.location_id, a.subject});
    bool ongoing = it != open->end();
    sqlite::Statement& stmt = ongoing ? *update : *insert;
    BindFinding(stmt, a, day, run_id);
    if (ongoing) {
      stmt.Bind(8, it->second);
      open->erase(it);
      ++sync.ongoing;
    } else {
      stmt.Bind(8, std::string_view(a.rule));
      stmt.Bind(9, a.item_id);
      stmt.Bind(10, a.location_id);
      stmt.Bind(11, std::string_view(a.subject));
      ++sync.raised;
    }
    if (Status ran = stmt.Run(); !ran) return ran.error();
  }
  for (const auto& [key, id] : *open) {
    resolve->Reset();
    resolve->Bind(1, std::string_view(day));
    resolve->Bind(2, id);
    if (Status ran = resolve->Run(); !ran) return ran.error();
    ++sync.resolved;
  }
  if (Status committed = tx->Commit(); !committed) return committed.error();
  return sync;
}

Result<std::vector<AlertRecord>> FindAlerts(sqlite::Database& db, const AlertQuery& query) {
  auto stmt = db.Prepare(
      std::string("SELECT a.id, a.rule, a.item_id, a.location_id, i.code, l.code, a.subject, "
                  "a.severity, a.value, a.limit_value, a.quantity, a.message, a.status, "
                  "a.raised_on, a.last_seen_on, a.resolved_on, a.raised_run_id, a.last_run_id") +
      kFilter +
      " ORDER BY CASE a.severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, "
      "i.code, l.code, a.rule, a.subject, a.id LIMIT ?6 OFFSET ?7");
  if (!stmt) return stmt.error();
  std::string severities;
  BindQuery(*stmt, query, severities);
  stmt->Bind(6, query.limit);
  stmt->Bind(7, query.offset);
  std::vector<AlertRecord> out;
  Status read = stmt->ForEach([&] { out.push_back(ReadAlert(*stmt)); });
  if (!read) return read.error();
  return out;
}

Result<std::int64_t> CountAlerts(sqlite::Database& db, const AlertQuery& query) {
  auto stmt = db.Prepare(std::string("SELECT COUNT(*)") + kFilter);
  if (!stmt) return stmt.error();
  std::string severities;
  BindQuery(*stmt, query, severities);
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

}  // namespace lagom::store
