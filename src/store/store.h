// Opening Lagom's embedded store: one SQLite file in WAL mode with foreign keys on and
// full fsync on commit (an acknowledged write survives a crash or power loss), migrated to
// the current schema.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

Result<std::unique_ptr<sqlite::Database>> OpenStore(const std::string& path);

}  // namespace lagom::store
