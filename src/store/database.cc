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
  bool nested = db.InTransaction();
  Status begun = nested ? db.Execute("SAVEPOINT nested") : db.BeginWrite();
  if (!begun) return begun.error();
  return Transaction(&db, nested);
}

Transaction::~Transaction() {
  if (!db_) return;
  (void)db_->Execute(nested_ ? "ROLLBACK TO SAVEPOINT nested; RELEASE SAVEPOINT nested"
                             : "ROLLBACK");
}

Status Transaction::Commit() {
  Status committed = db_->Execute(nested_ ? "RELEASE SAVEPOINT nested" : "COMMIT");
  if (committed) db_ = nullptr;
  return committed;
}

}  // namespace lagom::db
