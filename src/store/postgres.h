// The PostgreSQL implementation of the store's database interface (store/database.h), over
// libpq. Statements are written in SQLite's SQL and rewritten (store/pg_dialect.h); values
// travel as text. What SQLite gives for free is kept: LastInsertId (an INSERT into a table
// with an identity `id` returns it), a failed statement inside a transaction undoes only
// itself (a savepoint per write statement), and one writer at a time per schema (an advisory
// lock taken by Transaction::Begin, as BEGIN IMMEDIATE does in SQLite).
#pragma once

#include <memory>
#include <string>

#include "store/database.h"

namespace lagom::postgres {

// Connects to the libpq URI `uri` (postgresql://[user@][host]/NAME?host=SOCKETDIR&port=PORT).
Result<std::unique_ptr<db::Connection>> Open(const std::string& uri);

}  // namespace lagom::postgres
