#include "store/settings.h"

#include <cmath>
#include <cstdlib>

namespace lagom::store {

Result<std::string> ReadSetting(sqlite::Database& db, const std::string& key) {
  auto stmt = db.Prepare("SELECT value FROM settings WHERE key = ?1");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(key));
  auto row = stmt->Step();
  if (!row) return row.error();
  if (!*row) return NotFound("setting '" + key + "' is not set");
  return stmt->Text(0);
}

Result<double> ReadNumberSetting(sqlite::Database& db, const std::string& key) {
  auto text = ReadSetting(db, key);
  if (!text) return text.error();
  char* end = nullptr;
  double value = std::strtod(text->c_str(), &end);
  if (text->empty() || *end != '\0' || !std::isfinite(value)) {
    return InvalidInput("setting " + key + " = '" + *text + "' is not a number");
  }
  return value;
}

Status WriteSetting(sqlite::Database& db, const std::string& key, const std::string& value) {
  auto stmt = db.Prepare(
      "INSERT INTO settings (key, value) VALUES (?1, ?2) "
      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
  if (!stmt) return stmt.error();
  stmt->Bind(1, std::string_view(key));
  stmt->Bind(2, std::string_view(value));
  return stmt->Run();
}

Result<PeriodKind> ReadPeriodSetting(sqlite::Database& db) {
  auto text = ReadSetting(db, "period");
  if (!text) return text.error();
  return ParsePeriodKind(*text);
}

}  // namespace lagom::store
