#include "store/settings.h"

namespace lagom::store {

Result<std::map<std::string, std::string>> ReadStoredSettings(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT key, value FROM settings");
  if (!stmt) return stmt.error();
  std::map<std::string, std::string> values;
  Status read = stmt->ForEach([&] { values.emplace(stmt->Text(0), stmt->Text(1)); });
  if (!read) return read.error();
  return values;
}

Status WriteSettings(sqlite::Database& db, const std::map<std::string, std::string>& values) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto stmt = db.Prepare(
      "INSERT INTO settings (key, value) VALUES (?1, ?2) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  if (!stmt) return stmt.error();
  for (const auto& [key, value] : values) {
    stmt->Bind(1, std::string_view(key));
    stmt->Bind(2, std::string_view(value));
    if (Status written = stmt->Run(); !written) return written;
  }
  return transaction->Commit();
}

Result<bool> DemandIsStored(sqlite::Database& db) {
  auto stmt = db.Prepare("SELECT EXISTS (SELECT 1 FROM demand)");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return stmt->Int(0) != 0;
}

}  // namespace lagom::store
