// Opening Lagom's store, migrated to the current schema: a SQLite file (the embedded default:
// WAL mode, foreign keys on, full fsync on commit, so an acknowledged write survives a crash
// or power loss) or a PostgreSQL database named by a `postgresql://` libpq URI.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

// `target`: a file path, ":memory:", or postgresql://[user@][host]/NAME?host=DIR&port=PORT.
Result<std::unique_ptr<sqlite::Database>> OpenStore(const std::string& target);

}  // namespace lagom::store
