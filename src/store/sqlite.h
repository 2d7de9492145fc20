// A thin RAII layer over the SQLite C API: a connection, prepared statements and
// transactions, with failures reported as Result/Status values.
// Thread-safety: a Database and its Statements belong to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/date.h"
#include "core/result.h"

namespace lagom::sqlite {

class Statement;

class Database {
 public:
  // Opens (creating if needed) the file at `path`; ":memory:" gives a private in-memory db.
  static Result<std::unique_ptr<Database>> Open(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  Status Execute(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  std::int64_t LastInsertId() const;
  int Changes() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() { return db_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

class Statement {
 public:
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  // Parameters are 1-based, as in SQLite.
  void Bind(int index, std::int64_t value);
  void Bind(int index, double value);
  void Bind(int index, std::string_view value);
  void BindNull(int index);
  void Bind(int index, std::optional<std::int64_t> value);
  void Bind(int index, Date date);  // as text 'YYYY-MM-DD'
  // The index of the named parameter (":name"), or 0 if the statement has none by that name.
  int ParameterIndex(const char* name) const;

  // Advances to the next row: true if a row is available, false when done.
  Result<bool> Step();
  // Steps through every row, calling `on_row()` for each; stops at the first database
  // error or the first failing Status that `on_row` returns (if it returns one).
  template <class OnRow>
  Status ForEach(OnRow&& on_row) {
    while (true) {
      auto row = Step();
      if (!row) return row.error();
      if (!*row) return {};
      if constexpr (std::is_same_v<decltype(on_row()), Status>) {
        if (Status status = on_row(); !status) return status;
      } else {
        on_row();
      }
    }
  }
  // Runs a statement that returns no rows to completion.
  Status Run();
  // Makes the statement ready to be bound and stepped again.
  void Reset();

  bool IsNull(int column) const;
  std::int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;
  // The text of a column without a copy; valid until the next Step(), Reset() or column call.
  std::string_view TextView(int column) const;
  std::optional<std::int64_t> OptionalInt(int column) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

// Begins an IMMEDIATE transaction (takes the write lock at once, so concurrent writers
// queue on the busy timeout instead of failing at commit); rolls back unless Commit() ran.
// Begun while the connection is already in a transaction, it is a savepoint of that one:
// Commit() keeps its writes for the outer transaction to commit or roll back.
class Transaction {
 public:
  static Result<Transaction> Begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_), nested_(other.nested_) {
    other.db_ = nullptr;
  }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status Commit();

 private:
  Transaction(Database* db, bool nested) : db_(db), nested_(nested) {}
  Database* db_;
  bool nested_;
};

}  // namespace lagom::sqlite
