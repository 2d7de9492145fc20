#include "store/classification_store.h"

#include "store/named_column.h"

namespace lagom::store {

namespace {

std::optional<double> OptionalReal(const sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Real(column);
}

void BindOptional(sqlite::Statement& stmt, int index, std::optional<double> value) {
  if (value) {
    stmt.Bind(index, *value);
  } else {
    stmt.BindNull(index);
  }
}

constexpr const char* kClassFilter = R"sql(
  FROM classifications c JOIN items i ON i.id = c.item_id
  LEFT JOIN locations l ON l.id = c.location_id
  WHERE c.run_id = ?1 AND (?2 = '' OR i.code = ?2) AND (?3 = '' OR l.code = ?3)
    AND (?4 = '' OR c.abc = ?4) AND (?5 = '' OR c.xyz = ?5))sql";

void BindQuery(sqlite::Statement& stmt, const ClassQuery& q) {
  stmt.Bind(1, q.run_id);
  stmt.Bind(2, std::string_view(q.item));
  stmt.Bind(3, std::string_view(q.location));
  stmt.Bind(4, std::string_view(q.abc));
  stmt.Bind(5, std::string_view(q.xyz));
}

Status InsertClass(sqlite::Statement& stmt, std::int64_t run_id, const ClassRecord& c) {
  stmt.Reset();
  stmt.Bind(1, run_id);
  stmt.Bind(2, c.item_id);
  stmt.Bind(3, c.location_id);
  stmt.Bind(4, std::string_view(c.scope_key));
  stmt.Bind(5, std::string_view(c.abc));
  stmt.Bind(6, std::string_view(c.xyz));
  stmt.Bind(7, std::string_view(c.pattern));
  stmt.Bind(8, c.value);
  stmt.Bind(9, c.value2);
  stmt.Bind(10, c.mean);
  BindOptional(stmt, 11, c.cv);
  BindOptional(stmt, 12, c.adi);
  stmt.Bind(13, c.cv2);
  return stmt.Run();
}

}  // namespace

Result<std::map<PointKey, WindowDemand>> LoadWindowDemand(sqlite::Database& db, Date start,
                                                          Date end, PeriodKind kind) {
  auto stmt = db.Prepare(
      "SELECT item_id, location_id, period, quantity, lines FROM demand "
      "WHERE period >= ?1 AND period < ?2");
  if (!stmt) return stmt.error();
  std::string start_text = FormatDate(start), end_text = FormatDate(end);
  stmt->Bind(1, std::string_view(start_text));
  stmt->Bind(2, std::string_view(end_text));
  std::size_t periods = static_cast<std::size_t>(std::max(0, PeriodsBetween(start, end, kind)));
  std::map<PointKey, WindowDemand> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto period = ParseDate(stmt->Text(2));
    if (!period) return period.error();
    WindowDemand& d = out[{stmt->Int(0), stmt->Int(1)}];
    if (d.periods.empty()) d.periods.assign(periods, 0.0);
    std::size_t i = static_cast<std::size_t>(PeriodsBetween(start, *period, kind));
    if (i < periods) d.periods[i] += static_cast<double>(stmt->Int(3)) / 1000.0;
    d.quantity_milli += stmt->Int(3);
    d.lines += stmt->Int(4);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::map<std::int64_t, ItemInfo>> LoadItemInfo(sqlite::Database& db) {
  auto stmt =
      db.Prepare("SELECT id, code, item_group, status, unit_cost, IFNULL(price, 0) FROM items");
  if (!stmt) return stmt.error();
  std::map<std::int64_t, ItemInfo> out;
  Status read = stmt->ForEach([&] {
    out[stmt->Int(0)] = {stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Int(4), stmt->Int(5)};
  });
  if (!read) return read.error();
  return out;
}

Result<std::map<std::int64_t, std::string>> LoadLocationCodes(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT id, code FROM locations");
  if (!stmt) return stmt.error();
  std::map<std::int64_t, std::string> out;
  Status read = stmt->ForEach([&] { out[stmt->Int(0)] = stmt->Text(1); });
  if (!read) return read.error();
  return out;
}

Result<std::int64_t> SaveClassification(sqlite::Database& db, const ClassificationRunRecord& run,
                                        std::span<const ClassRecord> classes) {
  auto tx = sqlite::Transaction::Begin(db);
  if (!tx) return tx.error();
  auto insert_run = db.Prepare(
      "INSERT INTO classification_runs (as_of, scope, dimensions, cutoffs, window_months) "
      "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!insert_run) return insert_run.error();
  std::string as_of = FormatDate(run.as_of);
  insert_run->Bind(1, std::string_view(as_of));
  insert_run->Bind(2, std::string_view(run.scope));
  insert_run->Bind(3, std::string_view(run.dimensions));
  insert_run->Bind(4, std::string_view(run.cutoffs));
  insert_run->Bind(5, std::int64_t{run.window_months});
  if (Status ran = insert_run->Run(); !ran) return ran.error();
  std::int64_t run_id = db.LastInsertId();
  auto insert = db.Prepare(
      "INSERT INTO classifications (run_id, item_id, location_id, scope_key, abc, xyz, pattern, "
      "value, value2, mean, cv, adi, cv2) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
      "?12, ?13)");
  if (!insert) return insert.error();
  for (const ClassRecord& c : classes) {
    if (Status ran = InsertClass(*insert, run_id, c); !ran) return ran.error();
  }
  if (Status committed = tx->Commit(); !committed) return committed.error();
  return run_id;
}

Result<std::optional<ClassificationRunRecord>> LatestClassificationRun(sqlite::Database& db) {
  return FindClassificationRun(db, 0);
}

Result<std::optional<ClassificationRunRecord>> FindClassificationRun(sqlite::Database& db,
                                                                     std::int64_t id) {
  auto stmt = db.Prepare(
      "SELECT id, as_of, scope, dimensions, cutoffs, window_months, created_at "
      "FROM classification_runs WHERE ?1 = 0 OR id = ?1 ORDER BY id DESC LIMIT 1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, id);
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return std::optional<ClassificationRunRecord>{};
  auto as_of = ParseDate(stmt->Text(1));
  if (!as_of) return as_of.error();
  return std::optional<ClassificationRunRecord>{
      ClassificationRunRecord{stmt->Int(0), *as_of, stmt->Text(2), stmt->Text(3), stmt->Text(4),
                              static_cast<int>(stmt->Int(5)), stmt->Text(6)}};
}

Result<std::vector<ClassRecord>> FindClasses(sqlite::Database& db, const ClassQuery& query) {
  auto stmt = db.Prepare(std::string("SELECT c.item_id, c.location_id, i.code, IFNULL(l.code, ''), "
                                     "c.scope_key, c.abc, c.xyz, c.pattern, c.value, c.value2, "
                                     "c.mean, c.cv, c.adi, c.cv2") +
                         kClassFilter + " ORDER BY i.code, l.code LIMIT ?6 OFFSET ?7");
  if (!stmt) return stmt.error();
  BindQuery(*stmt, query);
  stmt->Bind(6, query.limit);
  stmt->Bind(7, query.offset);
  std::vector<ClassRecord> out;
  Status read = stmt->ForEach([&] {
    out.push_back({stmt->Int(0), stmt->OptionalInt(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7), stmt->Int(8), stmt->OptionalInt(9),
                   stmt->Real(10), OptionalReal(*stmt, 11), OptionalReal(*stmt, 12),
                   stmt->Real(13)});
  });
  if (!read) return read.error();
  return out;
}

Result<std::int64_t> CountClasses(sqlite::Database& db, const ClassQuery& query) {
  auto stmt = db.Prepare(std::string("SELECT COUNT(*)") + kClassFilter);
  if (!stmt) return stmt.error();
  BindQuery(*stmt, query);
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0);
}

Result<std::vector<ClassChange>> LoadClassChanges(sqlite::Database& db, const std::string& item,
                                                  const std::string& location,
                                                  std::int64_t run_id) {
  auto stmt = db.Prepare(R"sql(
    WITH h AS (
      SELECT c.item_id, c.location_id, r.id AS run_id, r.as_of, c.abc, c.xyz,
             LAG(c.abc) OVER w AS prev_abc, LAG(c.xyz) OVER w AS prev_xyz,
             LAG(r.as_of) OVER w AS prev_as_of
      FROM classifications c JOIN classification_runs r ON r.id = c.run_id
      WINDOW w AS (PARTITION BY c.item_id, IFNULL(c.location_id, 0) ORDER BY r.id))
    SELECT i.code, IFNULL(l.code, ''), h.prev_as_of, h.as_of, h.run_id, h.prev_abc, h.prev_xyz,
           h.abc, h.xyz
    FROM h JOIN items i ON i.id = h.item_id LEFT JOIN locations l ON l.id = h.location_id
    WHERE h.prev_abc IS NOT NULL AND (h.prev_abc <> h.abc OR h.prev_xyz <> h.xyz)
      AND (?1 = '' OR i.code = ?1) AND (?2 = '' OR l.code = ?2) AND (?3 = 0 OR h.run_id = ?3)
    ORDER BY h.run_id DESC, i.code, l.code)sql");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(item));
  stmt->Bind(2, std::string_view(location));
  stmt->Bind(3, run_id);
  std::vector<ClassChange> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto from = ParseDate(stmt->Text(2));
    auto to = ParseDate(stmt->Text(3));
    if (!from) return from.error();
    if (!to) return to.error();
    out.push_back({stmt->Text(0), stmt->Text(1), *from, *to, stmt->Int(4), stmt->Text(5),
                   stmt->Text(6), stmt->Text(7), stmt->Text(8)});
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<ServiceTargets> LoadServiceTargets(sqlite::Database& db) {
  auto stmt =
      db.Prepare("SELECT abc, IFNULL(xyz, ''), service_kind, service_target FROM service_targets");
  if (!stmt) return stmt.error();
  ServiceTargets out;
  Status read = stmt->ForEach([&]() -> Status {
    auto kind = OptionalNamed(*stmt, 2, kServiceKinds, "service target's service_kind");
    if (!kind) return kind.error();
    out[{stmt->Text(0), stmt->Text(1)}] = {kind->value_or(ServiceKind::kFillRate), stmt->Real(3)};
    return {};
  });
  if (!read) return read.error();
  return out;
}

const ClassTarget* FindClassTarget(const ServiceTargets& targets, const std::string& abc,
                                   const std::string& xyz) {
  for (const std::string& label : {abc, abc.substr(0, 1)}) {
    for (const std::string& variability : {xyz, std::string()}) {
      auto found = targets.find({label, variability});
      if (found != targets.end()) return &found->second;
    }
  }
  return nullptr;
}

}  // namespace lagom::store
