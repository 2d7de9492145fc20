// Versioned schema: migration N brings a database from version N-1 to N. The version lives
// in SQLite's `PRAGMA user_version`, in PostgreSQL in the one row of table `schema_version`;
// opening a store applies what is missing, each migration in its own write transaction. The
// same migrations, numbered alike, serve both backends: their SQLite SQL is rewritten for
// PostgreSQL (store/pg_dialect.h), and a migration that creates triggers gives PostgreSQL's.
#pragma once

#include <span>
#include <string_view>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
  // PostgreSQL's functions and triggers in place of the CREATE TRIGGER blocks of `sql`.
  std::string_view postgres_triggers = {};
};

// Lagom's migrations, in order (versions 1, 2, 3 …).
std::span<const Migration> SchemaMigrations();

// Applies the migrations newer than the database's version. Fails without change if the
// database was written by a newer Lagom (its version is beyond the last migration).
// REQUIRES: `migrations` sorted by version.
Status Migrate(sqlite::Database& db, std::span<const Migration> migrations);

Result<int> SchemaVersion(sqlite::Database& db);

}  // namespace lagom::store
