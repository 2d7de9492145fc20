#include "store/migrations.h"

#include <string>

namespace lagom::store {

Result<int> SchemaVersion(sqlite::Database& db) {
  auto stmt = db.Prepare("PRAGMA user_version");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return static_cast<int>(stmt->Int(0));
}

Status Migrate(sqlite::Database& db, std::span<const Migration> migrations) {
  auto version = SchemaVersion(db);
  if (!version) return version.error();
  int latest = migrations.empty() ? 0 : migrations.back().version;
  if (*version > latest) {
    return Error{ErrorCode::kConflict, "database '" + db.path() + "' has schema version " +
                                           std::to_string(*version) +
                                           ", newer than this Lagom knows (" +
                                           std::to_string(latest) + "); upgrade Lagom"};
  }
  for (const Migration& migration : migrations) {
    if (migration.version <= *version) continue;
    auto transaction = sqlite::Transaction::Begin(db);
    if (!transaction) return transaction.error();
    Status applied = db.Execute(migration.sql);
    if (applied) {
      applied = db.Execute("PRAGMA user_version = " + std::to_string(migration.version));
    }
    if (applied) applied = transaction->Commit();
    if (!applied) {
      return Error{ErrorCode::kIo, "migration " + std::to_string(migration.version) + " (" +
                                       std::string(migration.description) +
                                       ") failed: " + applied.error().message};
    }
  }
  return {};
}

}  // namespace lagom::store
