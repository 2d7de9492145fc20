#include "store/database.h"

#include "store/postgres.h"
#include "store/sqlite.h"

namespace lagom::db {

bool IsPostgresUri(std::string_view target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

void Statement::Bind(int index, std::optional<std::int64_t> value) {
  if (value) {
    Bind(index, *value);
  } else {
    impl_->BindNullInteger(index);
  }
}

void Statement::Bind(int index, Date date) {
  Bind(index, std::string_view(FormatDate(date)));
}

Status Statement::Run() {
  auto stepped = Step();
  Reset();
  if (!stepped) return stepped.error();
  return {};
}

std::optional<std::int64_t> Statement::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& target) {
  return IsPostgresUri(target) ? postgres::Open(target) : sqlite::Open(target);
}

Result<Transaction> Transaction::Begin(Connection& db) {
  Status begun = db.BeginWrite();
  if (!begun) return begun.error();
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_) (void)db_->Execute("ROLLBACK");
}

Status Transaction::Commit() {
  Status committed = db_->Execute("COMMIT");
  if (committed) db_ = nullptr;
  return committed;
}

}  // namespace lagom::db
