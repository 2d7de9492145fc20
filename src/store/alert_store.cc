#include "store/alert_store.h"

#include <fmt/format.h>

#include <map>
#include <tuple>

namespace lagom::store {

namespace {

using Key = std::tuple<std::string, std::int64_t, std::int64_t, std::string>;

// An open alert as stored: its id and what a run may change.
struct Open {
  std::int64_t id = 0;
  std::string severity, message;
  double value = 0, limit = 0, quantity = 0, value_at_risk = 0;
  bool Same(const AlertRecord& a) const {
    return severity == a.severity && message == a.message && value == a.value && limit == a.limit &&
           quantity == a.quantity && value_at_risk == a.value_at_risk;
  }
};

Result<std::map<Key, Open>> OpenAlerts(sqlite::Database& db, ItemRange items) {
  auto stmt = db.Prepare(
      "SELECT rule, item_id, location_id, subject, id, severity, message, value, limit_value, "
      "quantity, value_at_risk FROM alerts WHERE status = 'open' AND item_id BETWEEN ?1 AND ?2");
  if (!stmt) return stmt.error();
  stmt->Bind(1, items.first);
  stmt->Bind(2, items.last);
  std::map<Key, Open> open;
  Status read = stmt->ForEach([&] {
    open[{stmt->Text(0), stmt->Int(1), stmt->Int(2), stmt->Text(3)}] = {
        stmt->Int(4),  stmt->Text(5), stmt->Text(6), stmt->Real(7),
        stmt->Real(8), stmt->Real(9), stmt->Real(10)};
  });
  if (!read) return read.error();
  return open;
}

Status RunWithIdAndDay(sqlite::Statement& stmt, std::int64_t id, const std::string& day) {
  stmt.Reset();
  stmt.Bind(1, std::string_view(day));
  stmt.Bind(2, id);
  return stmt.Run();
}

// Binds the columns an update and an insert share: ?1 severity … ?5 message, ?12 value at
// risk.
void BindFinding(sqlite::Statement& stmt, const AlertRecord& a) {
  stmt.Reset();
  stmt.Bind(1, std::string_view(a.severity));
  stmt.Bind(2, a.value);
  stmt.Bind(3, a.limit);
  stmt.Bind(4, a.quantity);
  stmt.Bind(5, std::string_view(a.message));
  stmt.Bind(12, a.value_at_risk);
}

constexpr const char* kRank = "CASE {} WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END";

// In an update setting severity ?1: a more severe finding puts a handled alert back in the
// worklist (the planner acknowledged a warning, not the stock-out that followed).
const std::string kLapseOnEscalation = [] {
  std::string escalated =
      "(" + fmt::format(kRank, "?1") + ") < (" + fmt::format(kRank, "severity") + ")";
  return "acknowledged_by = CASE WHEN " + escalated +
         " THEN '' ELSE acknowledged_by END, snoozed_until = CASE WHEN " + escalated +
         " THEN NULL ELSE snoozed_until END";
}();

// ?6 the handling shown (kHandledNames), ?7 the day a snooze must end after to hide.
constexpr const char* kFilter = R"sql(
  FROM alerts a JOIN items i ON i.id = a.item_id JOIN locations l ON l.id = a.location_id
  WHERE (?1 = '' OR a.status = ?1) AND (?2 = ',' OR instr(?2, ',' || a.severity || ',') > 0)
    AND (?3 = '' OR a.rule = ?3) AND (?4 = '' OR i.code = ?4) AND (?5 = '' OR l.code = ?5)
    AND (?6 = 'include' OR (CASE WHEN ?6 = 'only' THEN 1 ELSE 0 END) =
         (CASE WHEN a.acknowledged_by <> '' OR a.snoozed_until > ?7 THEN 1 ELSE 0 END)))sql";

void BindQuery(sqlite::Statement& stmt, const AlertQuery& q, std::string& severities) {
  severities.assign(1, ',');
  for (const auto& s : q.severities) severities.append(s).append(",");
  stmt.Bind(1, std::string_view(q.status));
  stmt.Bind(2, std::string_view(severities));
  stmt.Bind(3, std::string_view(q.rule));
  stmt.Bind(4, std::string_view(q.item));
  stmt.Bind(5, std::string_view(q.location));
  stmt.Bind(6, kHandledNames[static_cast<std::size_t>(q.handled)]);
  stmt.Bind(7, q.today ? FormatDate(*q.today) : std::string("0000-00-00"));
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
  a.resolved_on = OptionalDate(s, 14);
  a.raised_run_id = s.OptionalInt(15);
  a.value_at_risk = s.Real(16);
  a.acknowledged_by = s.Text(17);
  a.snoozed_until = OptionalDate(s, 18);
  a.handled_by = s.Text(19);
  a.handled_at = s.IsNull(20) ? "" : s.Text(20);
  a.handled_note = s.Text(21);
  return a;
}

}  // namespace

// Writes only what changed: resolutions, the alerts whose numbers changed, the new ones.
AlertSync& AlertSync::operator+=(const AlertSync& other) {
  raised += other.raised;
  ongoing += other.ongoing;
  resolved += other.resolved;
  return *this;
}

Result<AlertSync> SyncAlerts(sqlite::Database& db, std::span<const AlertRecord> found, Date as_of,
                             std::optional<std::int64_t> run_id) {
  auto tx = sqlite::Transaction::Begin(db);
  if (!tx) return tx.error();
  auto sync = SyncAlertsOfItems(db, found, as_of, run_id, ItemRange{});
  if (!sync) return sync.error();
  if (Status committed = tx->Commit(); !committed) return committed.error();
  return sync;
}

Result<AlertSync> SyncAlertsOfItems(sqlite::Database& db, std::span<const AlertRecord> found,
                                    Date as_of, std::optional<std::int64_t> run_id,
                                    ItemRange items) {
  auto open = OpenAlerts(db, items);
  if (!open) return open.error();
  auto update =
      db.Prepare(std::string("UPDATE alerts SET severity = ?1, value = ?2, limit_value = ?3, "
                             "quantity = ?4, message = ?5, value_at_risk = ?12, ") +
                 kLapseOnEscalation + " WHERE id = ?6");
  auto insert = db.Prepare(
      "INSERT INTO alerts (severity, value, limit_value, quantity, message, raised_on, "
      "raised_run_id, rule, item_id, location_id, subject, value_at_risk) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  auto resolve =
      db.Prepare("UPDATE alerts SET status = 'resolved', resolved_on = ?1 WHERE id = ?2");
  if (!update) return update.error();
  if (!insert) return insert.error();
  if (!resolve) return resolve.error();
  std::string day = FormatDate(as_of);
  AlertSync sync;
  std::vector<const AlertRecord*> fresh, changed;
  std::vector<std::int64_t> changed_ids;
  for (const AlertRecord& a : found) {
    auto it = open->find({a.rule, a.item_id, a.location_id, a.subject});
    if (it == open->end()) {
      fresh.push_back(&a);
      continue;
    }
    ++sync.ongoing;
    if (!it->second.Same(a)) {
      changed.push_back(&a);
      changed_ids.push_back(it->second.id);
    }
    open->erase(it);
  }
  for (const auto& [key, alert] : *open) {
    if (Status ran = RunWithIdAndDay(*resolve, alert.id, day); !ran) return ran.error();
    ++sync.resolved;
  }
  for (std::size_t i = 0; i < changed.size(); ++i) {
    BindFinding(*update, *changed[i]);
    update->Bind(6, changed_ids[i]);
    if (Status ran = update->Run(); !ran) return ran.error();
  }
  for (const AlertRecord* a : fresh) {
    BindFinding(*insert, *a);
    insert->Bind(6, std::string_view(day));
    insert->Bind(7, run_id);
    insert->Bind(8, std::string_view(a->rule));
    insert->Bind(9, a->item_id);
    insert->Bind(10, a->location_id);
    insert->Bind(11, std::string_view(a->subject));
    if (Status ran = insert->Run(); !ran) return ran.error();
    ++sync.raised;
  }
  return sync;
}

Result<std::map<std::int64_t, ItemValues>> LoadItemValues(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT id, unit_cost, IFNULL(price, 0) FROM items");
  if (!stmt) return stmt.error();
  std::map<std::int64_t, ItemValues> values;
  Status read = stmt->ForEach([&] { values[stmt->Int(0)] = {stmt->Int(1), stmt->Int(2)}; });
  if (!read) return read.error();
  return values;
}

Result<std::vector<AlertRecord>> FindAlerts(sqlite::Database& db, const AlertQuery& query) {
  auto stmt = db.Prepare(
      std::string("SELECT a.id, a.rule, a.item_id, a.location_id, i.code, l.code, a.subject, "
                  "a.severity, a.value, a.limit_value, a.quantity, a.message, a.status, "
                  "a.raised_on, a.resolved_on, a.raised_run_id, a.value_at_risk, "
                  "a.acknowledged_by, a.snoozed_until, a.handled_by, a.handled_at, "
                  "a.handled_note") +
      kFilter + " ORDER BY a.value_at_risk DESC, " + fmt::format(kRank, "a.severity") +
      ", i.code, l.code, a.rule, a.subject, a.id LIMIT ?8 OFFSET ?9");
  if (!stmt) return stmt.error();
  std::string severities;
  BindQuery(*stmt, query, severities);
  stmt->Bind(8, query.limit);
  stmt->Bind(9, query.offset);
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

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> Named(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

// Whether alert `id` exists and is open.
Status CheckOpen(sqlite::Database& db, std::int64_t id) {
  auto stmt = db.Prepare("SELECT status FROM alerts WHERE id = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return Error{ErrorCode::kNotFound, "alert " + std::to_string(id) + " does not exist"};
  if (stmt->Text(0) != "open") {
    return Error{ErrorCode::kConflict,
                 "alert " + std::to_string(id) + " is resolved: only open alerts are handled"};
  }
  return {};
}

}  // namespace

std::optional<AlertActionKind> AlertActionNamed(std::string_view name) {
  return Named<AlertActionKind>(kAlertActionNames, name);
}

std::optional<Handled> HandledNamed(std::string_view name) {
  return Named<Handled>(kHandledNames, name);
}

Status RecordAlertAction(sqlite::Database& db, std::int64_t id, const AlertAction& action) {
  if (Status open = CheckOpen(db, id); !open) return open;
  auto set = db.Prepare(
      "UPDATE alerts SET acknowledged_by = ?2, snoozed_until = ?3, handled_by = ?4, "
      "handled_at = ?5, handled_note = ?6 WHERE id = ?1");
  auto log = db.Prepare(
      "INSERT INTO alert_actions (alert_id, action, by_user, at, snoozed_until, note) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  if (!set) return set.error();
  if (!log) return log.error();
  bool acknowledged = action.kind == AlertActionKind::kAcknowledge;
  bool snoozed = action.kind == AlertActionKind::kSnooze && action.until;
  set->Bind(1, id);
  set->Bind(2, std::string_view(acknowledged ? action.by : ""));
  if (snoozed) set->Bind(3, *action.until);
  set->Bind(4, std::string_view(action.by));
  set->Bind(5, std::string_view(action.at));
  set->Bind(6, std::string_view(action.note));
  if (Status ran = set->Run(); !ran) return ran;
  log->Bind(1, id);
  log->Bind(2, kAlertActionNames[static_cast<std::size_t>(action.kind)]);
  log->Bind(3, std::string_view(action.by));
  log->Bind(4, std::string_view(action.at));
  if (snoozed) log->Bind(5, *action.until);
  log->Bind(6, std::string_view(action.note));
  return log->Run();
}

Result<std::vector<AlertAction>> AlertHistory(sqlite::Database& db, std::int64_t id) {
  auto stmt = db.Prepare(
      "SELECT action, by_user, at, snoozed_until, note FROM alert_actions WHERE alert_id = ?1 "
      "ORDER BY id");
  if (!stmt) return stmt.error();
  stmt->Bind(1, id);
  std::vector<AlertAction> history;
  Status read = stmt->ForEach([&] {
    history.push_back({AlertActionNamed(stmt->Text(0)).value_or(AlertActionKind::kReopen),
                       stmt->Text(1), stmt->Text(2), OptionalDate(*stmt, 3), stmt->Text(4)});
  });
  if (!read) return read.error();
  return history;
}

}  // namespace lagom::store
