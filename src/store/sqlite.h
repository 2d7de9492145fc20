// The SQLite implementation of the store's database interface (store/database.h), and the
// names the store has always used for it: sqlite::Database is a db::Connection of either
// backend (the name predates PostgreSQL; Connection::Open picks the backend).
#pragma once

#include <memory>
#include <string>

#include "store/database.h"

namespace lagom::sqlite {

using Database = db::Connection;
using Statement = db::Statement;
using Transaction = db::Transaction;

// Opens (creating if needed) the SQLite file at `path`; ":memory:" gives a private in-memory db.
Result<std::unique_ptr<db::Connection>> Open(const std::string& path);

// Replaces the whole content of `to` with that of `from` (SQLite's online backup); both must
// be SQLite connections, else kInvalidInput.
Status CopyDatabase(db::Connection& from, db::Connection& to);

}  // namespace lagom::sqlite
