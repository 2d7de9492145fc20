// The store's one database interface: a connection, prepared statements and transactions,
// with failures reported as Result/Status values. Two implementations: SQLite (the embedded
// default, a file path or ":memory:") and PostgreSQL (a `postgresql://` libpq URI). Callers
// write SQLite's SQL; the PostgreSQL connection rewrites it (store/pg_dialect.h).
// Thread-safety: a Connection and its Statements belong to one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/date.h"
#include "core/result.h"

namespace lagom::db {

enum class Dialect { kSqlite, kPostgres };

// True when `target` names a PostgreSQL database (a `postgresql://` or `postgres://` URI).
bool IsPostgresUri(std::string_view target);

// What one backend does for a prepared statement. Parameters and columns as in Statement.
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  virtual void BindInt(int index, std::int64_t value) = 0;
  virtual void BindReal(int index, double value) = 0;
  virtual void BindText(int index, std::string_view value) = 0;
  virtual void BindNull(int index) = 0;
  // A NULL where an integer stands (typed, for backends that infer parameter types).
  virtual void BindNullInteger(int index) { BindNull(index); }
  virtual int ParameterIndex(const char* name) const = 0;
  virtual Result<bool> Step() = 0;
  virtual void Reset() = 0;
  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual std::string_view TextView(int column) const = 0;
  virtual void BindBlob(int index, std::string_view bytes) = 0;
  virtual std::string_view BlobView(int column) const = 0;
};

class Statement {
 public:
  explicit Statement(std::unique_ptr<StatementImpl> impl) : impl_(std::move(impl)) {}

  // Parameters are 1-based, as in SQLite.
  void Bind(int index, std::int64_t value) { impl_->BindInt(index, value); }
  void Bind(int index, double value) { impl_->BindReal(index, value); }
  void Bind(int index, std::string_view value) { impl_->BindText(index, value); }
  void BindNull(int index) { impl_->BindNull(index); }
  void Bind(int index, std::optional<std::int64_t> value);
  void Bind(int index, Date date);  // as text 'YYYY-MM-DD'
  // As a BLOB (SQLite) or BYTEA (PostgreSQL); the bytes are copied.
  void BindBlob(int index, std::string_view bytes) { impl_->BindBlob(index, bytes); }
  // The index of the named parameter (":name"), or 0 if the statement has none by that name.
  int ParameterIndex(const char* name) const { return impl_->ParameterIndex(name); }

  // Advances to the next row: true if a row is available, false when done.
  Result<bool> Step() { return impl_->Step(); }
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
  void Reset() { impl_->Reset(); }

  bool IsNull(int column) const { return impl_->IsNull(column); }
  std::int64_t Int(int column) const { return impl_->Int(column); }
  double Real(int column) const { return impl_->Real(column); }
  std::string Text(int column) const { return std::string(impl_->TextView(column)); }
  // The text of a column without a copy; valid until the next Step(), Reset() or column call.
  std::string_view TextView(int column) const { return impl_->TextView(column); }
  std::optional<std::int64_t> OptionalInt(int column) const;
  // The bytes of a BLOB/BYTEA column without a copy; valid as TextView's.
  std::string_view BlobView(int column) const { return impl_->BlobView(column); }

 private:
  std::unique_ptr<StatementImpl> impl_;
};

class Connection {
 public:
  // Opens `target`: a `postgresql://` URI, else a SQLite file (created if needed; ":memory:"
  // gives a private in-memory database). Not migrated: store::OpenStore does that.
  static Result<std::unique_ptr<Connection>> Open(const std::string& target);
  virtual ~Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more statements that return no rows (no parameters).
  virtual Status Execute(std::string_view sql) = 0;
  virtual Result<Statement> Prepare(std::string_view sql) = 0;
  // The id the last INSERT on this connection gave its row (tables with an `id` column).
  virtual std::int64_t LastInsertId() const = 0;
  // Rows the last INSERT, UPDATE or DELETE changed.
  virtual int Changes() const = 0;
  virtual Dialect dialect() const = 0;
  // What Open() was given: a file path or the URI (reopening it reaches the same data).
  const std::string& path() const { return path_; }

 protected:
  explicit Connection(std::string path) : path_(std::move(path)) {}

 private:
  friend class Transaction;
  // Starts a write transaction that excludes every other writer of the database until it
  // commits or rolls back (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock).
  virtual Status BeginWrite() = 0;
  // True while a transaction is open on this connection (Transaction::Begin then nests).
  virtual bool InTransaction() const = 0;
  std::string path_;
};

// Begins a write transaction (writers queue instead of failing at commit); rolls back unless
// Commit() ran. Begun while the connection is already in a transaction, it is a savepoint of
// that one, so a use case with its own transaction (an import) can also run as one step of a
// larger one (an ERP sync): Commit() keeps its writes for the outer transaction to decide.
class Transaction {
 public:
  static Result<Transaction> Begin(Connection& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_), nested_(other.nested_) {
    other.db_ = nullptr;
  }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status Commit();

 private:
  Transaction(Connection* db, bool nested) : db_(db), nested_(nested) {}
  Connection* db_;
  bool nested_;
};

}  // namespace lagom::db
