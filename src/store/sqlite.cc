#include "store/sqlite.h"

#include <utility>

namespace lagom::sqlite {

namespace {

Error SqliteError(sqlite3* db, std::string_view context) {
  int code = sqlite3_extended_errcode(db);
  ErrorCode kind = (code & 0xff) == SQLITE_CONSTRAINT ? ErrorCode::kConflict : ErrorCode::kIo;
  return {kind, std::string(context) + ": " + sqlite3_errmsg(db)};
}

}  // namespace

Result<std::unique_ptr<Database>> Database::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return IoError("cannot open database '" + path + "': " + message);
  }
  sqlite3_busy_timeout(db, 10000);
  return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database() {
  sqlite3_close_v2(db_);
}

Status Database::Execute(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string why = message ? message : "unknown error";
    sqlite3_free(message);
    return Error{ErrorCode::kIo, "database error: " + why};
  }
  return {};
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    return SqliteError(db_, "cannot prepare '" + std::string(sql.substr(0, 60)) + "'");
  }
  return Statement(db_, stmt);
}

std::int64_t Database::LastInsertId() const {
  return sqlite3_last_insert_rowid(db_);
}
int Database::Changes() const {
  return sqlite3_changes(db_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() {
  sqlite3_finalize(stmt_);
}

void Statement::Bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
}
void Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
}
void Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}
void Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
}
void Statement::Bind(int index, std::optional<std::int64_t> value) {
  if (value) {
    Bind(index, *value);
  } else {
    BindNull(index);
  }
}

void Statement::Bind(int index, Date date) {
  Bind(index, std::string_view(FormatDate(date)));
}

int Statement::ParameterIndex(const char* name) const {
  return sqlite3_bind_parameter_index(stmt_, name);
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, "database error");
}

Status Statement::Run() {
  auto stepped = Step();
  Reset();
  if (!stepped) return stepped.error();
  return {};
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool Statement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}
std::int64_t Statement::Int(int column) const {
  return sqlite3_column_int64(stmt_, column);
}
double Statement::Real(int column) const {
  return sqlite3_column_double(stmt_, column);
}
std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  return text ? std::string(reinterpret_cast<const char*>(text),
                            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
              : std::string();
}
std::string_view Statement::TextView(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (!text) return {};
  return {reinterpret_cast<const char*>(text),
          static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::optional<std::int64_t> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

// Inside an open transaction a savepoint takes the place of BEGIN, so a use case that runs
// in its own transaction (an import) can also run as one step of a larger one (a sync).
Result<Transaction> Transaction::Begin(Database& db) {
  bool nested = sqlite3_get_autocommit(db.handle()) == 0;
  Status begun = db.Execute(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
  if (!begun) return begun.error();
  return Transaction(&db, nested);
}

Transaction::~Transaction() {
  if (!db_) return;
  (void)db_->Execute(nested_ ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
}

Status Transaction::Commit() {
  Status committed = db_->Execute(nested_ ? "RELEASE nested" : "COMMIT");
  if (committed) db_ = nullptr;
  return committed;
}

}  // namespace lagom::sqlite
