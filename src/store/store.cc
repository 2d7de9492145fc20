#include "store/store.h"

#include "store/migrations.h"

namespace lagom::store {

Result<std::unique_ptr<sqlite::Database>> OpenStore(const std::string& target) {
  auto db = sqlite::Database::Open(target);
  if (!db) return db.error();
  if ((*db)->dialect() == db::Dialect::kSqlite) {
    Status configured = (*db)->Execute(
        "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
    if (!configured) {
      return IoError("cannot use '" + target +
                     "' as a Lagom database: " + configured.error().message);
    }
  }
  if (Status migrated = Migrate(**db, SchemaMigrations()); !migrated) return migrated.error();
  return db;
}

}  // namespace lagom::store
