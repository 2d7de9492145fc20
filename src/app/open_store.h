// Opening the store a use case works on: what the CLI and the server call before anything
// else, so that neither reaches into store/ itself. Every use case takes the connection
// this returns (`sqlite::Database`, the store's name for a connection of either backend).
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

// Opens the store at `target` — a SQLite file (created when missing), ":memory:", or a
// postgresql:// URI — migrated to the current schema (store::OpenStore). One connection;
// not thread-safe: open one per thread.
Result<std::unique_ptr<sqlite::Database>> OpenStore(const std::string& target);

// As OpenStore, but a SQLite file that does not exist is a NotFound error naming it instead
// of a new, empty database (a mistyped path must not look like an empty store). A
// PostgreSQL URI is opened as is: its database must exist anyway.
Result<std::unique_ptr<sqlite::Database>> OpenExistingStore(const std::string& target);

}  // namespace lagom::app
