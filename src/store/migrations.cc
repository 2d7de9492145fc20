#include "store/migrations.h"

#include <string>

#include "store/pg_dialect.h"

namespace lagom::store {

namespace {

// PostgreSQL has no user_version: the version is the one row of schema_version. julianday()
// is SQLite's day number, which the store's SQL subtracts for days between two dates.
constexpr std::string_view kPostgresSetup = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL);
CREATE OR REPLACE FUNCTION julianday(text) RETURNS double precision LANGUAGE sql IMMUTABLE
  AS $$ SELECT (($1::date - DATE '2000-01-01') + 2451544.5)::double precision $$;
)sql";

bool IsPostgres(const sqlite::Database& db) {
  return db.dialect() == db::Dialect::kPostgres;
}

Status PreparePostgres(sqlite::Database& db) {
  auto exists = db.Prepare("SELECT to_regclass('schema_version') IS NOT NULL");
  if (!exists) return exists.error();
  auto row = exists->Step();
  if (!row) return row.error();
  if (exists->Int(0)) return {};
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  if (Status set = db.Execute(kPostgresSetup); !set) return set;
  return transaction->Commit();
}

Status RecordVersion(sqlite::Database& db, int version) {
  std::string number = std::to_string(version);
  return IsPostgres(db) ? db.Execute(
                              "DELETE FROM schema_version; "
                              "INSERT INTO schema_version (version) VALUES (" +
                              number + ")")
                        : db.Execute("PRAGMA user_version = " + number);
}

std::string MigrationSql(const sqlite::Database& db, const Migration& migration) {
  if (!IsPostgres(db)) return std::string(migration.sql);
  return db::pg::RewriteSql(migration.sql, migration.postgres_triggers).sql;
}

// Applies one migration unless a concurrent opener already did (checked under the lock).
Status Apply(sqlite::Database& db, const Migration& migration) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto version = SchemaVersion(db);
  if (!version) return version.error();
  if (*version >= migration.version) return {};
  Status applied = db.Execute(MigrationSql(db, migration));
  if (applied) applied = RecordVersion(db, migration.version);
  if (applied) applied = transaction->Commit();
  return applied;
}

}  // namespace

Result<int> SchemaVersion(sqlite::Database& db) {
  auto stmt = db.Prepare(IsPostgres(db) ? "SELECT COALESCE(MAX(version), 0) FROM schema_version"
                                        : "PRAGMA user_version");
  if (!stmt) return stmt.error();
  auto row = stmt->Step();
  if (!row) return row.error();
  return static_cast<int>(stmt->Int(0));
}

Status Migrate(sqlite::Database& db, std::span<const Migration> migrations) {
  if (IsPostgres(db)) {
    if (Status prepared = PreparePostgres(db); !prepared) return prepared;
  }
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
    if (Status applied = Apply(db, migration); !applied) {
      return Error{ErrorCode::kIo, "migration " + std::to_string(migration.version) + " (" +
                                       std::string(migration.description) +
                                       ") failed: " + applied.error().message};
    }
  }
  return {};
}

}  // namespace lagom::store
