#include "store/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace lagom::sqlite {

namespace {

Error SqliteError(sqlite3* db, std::string_view context) {
  int code = sqlite3_extended_errcode(db);
  ErrorCode kind = (code & 0xff) == SQLITE_CONSTRAINT ? ErrorCode::kConflict : ErrorCode::kIo;
  return {kind, std::string(context) + ": " + sqlite3_errmsg(db)};
}

class SqliteStatement final : public db::StatementImpl {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void BindInt(int index, std::int64_t value) override { sqlite3_bind_int64(stmt_, index, value); }
  void BindReal(int index, double value) override { sqlite3_bind_double(stmt_, index, value); }
  void BindText(int index, std::string_view value) override {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  }
  void BindNull(int index) override { sqlite3_bind_null(stmt_, index); }
  void BindBlob(int index, std::string_view bytes) override {
    sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  }
  int ParameterIndex(const char* name) const override {
    return sqlite3_bind_parameter_index(stmt_, name);
  }
  Result<bool> Step() override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return SqliteError(db_, "database error");
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  bool IsNull(int column) const override {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }
  std::int64_t Int(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string_view TextView(int column) const override {
    const unsigned char* text = sqlite3_column_text(stmt_, column);
    if (!text) return {};
    return {reinterpret_cast<const char*>(text),
            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }
  std::string_view BlobView(int column) const override {
    const void* bytes = sqlite3_column_blob(stmt_, column);
    if (!bytes) return {};
    return {static_cast<const char*>(bytes),
            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class SqliteConnection final : public db::Connection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : Connection(std::move(path)), db_(db) {}
  ~SqliteConnection() override { sqlite3_close_v2(db_); }

  Status Execute(std::string_view sql) override {
    std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string why = message ? message : "unknown error";
      sqlite3_free(message);
      return Error{ErrorCode::kIo, "database error: " + why};
    }
    return {};
  }
  Result<db::Statement> Prepare(std::string_view sql) override {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK) {
      return SqliteError(db_, "cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
    }
    return db::Statement(std::make_unique<SqliteStatement>(db_, stmt));
  }
  std::int64_t LastInsertId() const override { return sqlite3_last_insert_rowid(db_); }
  int Changes() const override { return sqlite3_changes(db_); }
  db::Dialect dialect() const override { return db::Dialect::kSqlite; }
  sqlite3* handle() const { return db_; }

 private:
  Status BeginWrite() override { return Execute("BEGIN IMMEDIATE"); }
  bool InTransaction() const override { return sqlite3_get_autocommit(db_) == 0; }
  sqlite3* db_;
};

}  // namespace

Result<std::unique_ptr<db::Connection>> Open(const std::string& path) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return IoError("cannot open database '" + path + "': " + message);
  }
  sqlite3_busy_timeout(db, 10000);
  return std::unique_ptr<db::Connection>(std::make_unique<SqliteConnection>(db, path));
}

Status CopyDatabase(db::Connection& from, db::Connection& to) {
  auto* source = dynamic_cast<SqliteConnection*>(&from);
  auto* target = dynamic_cast<SqliteConnection*>(&to);
  if (!source || !target) return InvalidInput("only SQLite databases can be copied this way");
  sqlite3_backup* backup = sqlite3_backup_init(target->handle(), "main", source->handle(), "main");
  if (!backup) return SqliteError(target->handle(), "cannot copy the database");
  sqlite3_backup_step(backup, -1);
  if (sqlite3_backup_finish(backup) != SQLITE_OK) {
    return SqliteError(target->handle(), "cannot copy the database");
  }
  return {};
}

}  // namespace lagom::sqlite
