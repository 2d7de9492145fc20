#include "store/count_store.h"

#include <cmath>
#include <cstdlib>

namespace lagom::store {

Status ReplaceCountTasks(sqlite::Database& db, Date from, std::span<const CountTaskRecord> tasks) {
  auto tx = sqlite::Transaction::Begin(db);
  if (!tx) return tx.error();
  auto clear = db.Prepare("DELETE FROM count_tasks WHERE date >= ?1");
  if (!clear) return clear.error();
  std::string from_text = FormatDate(from);
  clear->Bind(1, std::string_view(from_text));
  if (Status ran = clear->Run(); !ran) return ran;
  auto insert = db.Prepare(
      "INSERT INTO count_tasks (date, item_id, location_id, class, reason) "
      "VALUES (?1, ?2, ?3, ?4, ?5)");
  if (!insert) return insert.error();
  for (const CountTaskRecord& t : tasks) {
    insert->Reset();
    std::string date = FormatDate(t.date);
    insert->Bind(1, std::string_view(date));
    insert->Bind(2, t.item_id);
    insert->Bind(3, t.location_id);
    insert->Bind(4, std::string_view(t.cls));
    insert->Bind(5, std::string_view(t.reason));
    if (Status ran = insert->Run(); !ran) return ran;
  }
  return tx->Commit();
}

Result<std::vector<CountTaskRecord>> LoadCountTasks(sqlite::Database& db, Date from, Date until) {
  auto stmt = db.Prepare(R"sql(
    SELECT t.date, t.item_id, t.location_id, i.code, l.code, t.class, t.reason
    FROM count_tasks t JOIN items i ON i.id = t.item_id JOIN locations l ON l.id = t.location_id
    WHERE t.date >= ?1 AND t.date < ?2 ORDER BY t.date, i.code, l.code)sql");
  if (!stmt) return stmt.error();
  std::string from_text = FormatDate(from), until_text = FormatDate(until);
  stmt->Bind(1, std::string_view(from_text));
  stmt->Bind(2, std::string_view(until_text));
  std::vector<CountTaskRecord> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto date = ParseDate(stmt->Text(0));
    if (!date) return date.error();
    out.push_back({*date, stmt->Int(1), stmt->Int(2), stmt->Text(3), stmt->Text(4), stmt->Text(5),
                   stmt->Text(6)});
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::set<Date>> LoadHolidays(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT date FROM holidays");
  if (!stmt) return stmt.error();
  std::set<Date> out;
  Status read = stmt->ForEach([&]() -> Status {
    auto date = ParseDate(stmt->Text(0));
    if (!date) return date.error();
    out.insert(*date);
    return {};
  });
  if (!read) return read.error();
  return out;
}

}  // namespace lagom::store
