#include "store/postgres.h"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <optional>
#include <vector>

#include "store/pg_dialect.h"

namespace lagom::postgres {

namespace {

constexpr Oid kInt8 = 20, kFloat8 = 701, kText = 25, kBytea = 17, kUnknown = 0;

struct ClearResult {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ClearResult>;

// Constraint violations (class 23, the triggers' check_violation among them) and lost
// serialization races are conflicts, as SQLite's SQLITE_CONSTRAINT is; the rest is I/O.
Error PgError(PGconn* conn, const PGresult* result, std::string_view context) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  std::string message = primary ? primary : PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  std::string_view code = state ? state : "";
  bool conflict = code.starts_with("23") || code == "40001" || code == "40P01";
  return {conflict ? ErrorCode::kConflict : ErrorCode::kIo, std::string(context) + ": " + message};
}

bool Succeeded(const PGresult* result) {
  ExecStatusType status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

std::string_view FirstWord(std::string_view sql) {
  std::size_t start = sql.find_first_not_of(" \t\r\n(");
  if (start == std::string_view::npos) return {};
  std::size_t end = sql.find_first_of(" \t\r\n(", start);
  return sql.substr(start, end == std::string_view::npos ? end : end - start);
}

bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

// The table an `INSERT INTO name` statement writes, or empty.
std::string InsertTarget(std::string_view sql) {
  std::string_view rest = sql.substr(sql.find_first_not_of(" \t\r\n"));
  if (!SameWord(FirstWord(rest), "INSERT")) return {};
  rest = rest.substr(6);
  rest = rest.substr(rest.find_first_not_of(" \t\r\n"));
  if (!SameWord(FirstWord(rest), "INTO")) return {};
  rest = rest.substr(4);
  std::size_t start = rest.find_first_not_of(" \t\r\n");
  std::size_t end = rest.find_first_of(" \t\r\n(", start);
  return std::string(rest.substr(start, end - start));
}

bool MentionsReturning(std::string_view sql) {
  for (std::size_t i = 0; i + 9 <= sql.size(); ++i) {
    if (SameWord(sql.substr(i, 9), "RETURNING")) return true;
  }
  return false;
}

class PgConnection;

class PgStatement final : public db::StatementImpl {
 public:
  PgStatement(PgConnection& connection, db::pg::RewrittenSql sql, bool writes, bool returns_id)
      : connection_(connection),
        sql_(std::move(sql)),
        writes_(writes),
        returns_id_(returns_id),
        values_(static_cast<std::size_t>(sql_.parameter_count)),
        types_(values_.size(), kUnknown),
        binary_(values_.size(), 0) {
    ResetTypes();
  }

  void BindInt(int index, std::int64_t value) override { Set(index, std::to_string(value), kInt8); }
  void BindReal(int index, double value) override {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Set(index, std::string(buffer, end), kFloat8);
  }
  void BindText(int index, std::string_view value) override {
    Set(index, std::string(value), kUnknown);
  }
  void BindNull(int index) override {
    if (InRange(index)) values_[index - 1].reset();
  }
  // Sent in libpq's binary format: the bytes as they are.
  void BindBlob(int index, std::string_view bytes) override {
    Set(index, std::string(bytes), kBytea);
    if (InRange(index)) binary_[index - 1] = 1;
  }
  void BindNullInteger(int index) override {
    if (!InRange(index)) return;
    values_[index - 1].reset();
    if (sql_.parameters_used.contains(index)) types_[index - 1] = kInt8;
  }
  int ParameterIndex(const char* name) const override {
    auto found = sql_.parameter_index.find(std::string_view(name));
    return found == sql_.parameter_index.end() ? 0 : found->second;
  }
  Result<bool> Step() override;
  void Reset() override {
    result_.reset();
    executed_ = false;
    row_ = -1;
    rows_ = 0;
    for (auto& value : values_) value.reset();
    std::fill(binary_.begin(), binary_.end(), 0);
    ResetTypes();
  }
  bool IsNull(int column) const override {
    return !HasColumn(column) || PQgetisnull(result_.get(), row_, column);
  }
  std::string_view BlobView(int column) const override;
  std::int64_t Int(int column) const override;
  double Real(int column) const override;
  std::string_view TextView(int column) const override {
    if (!HasColumn(column)) return {};
    return {PQgetvalue(result_.get(), row_, column),
            static_cast<std::size_t>(PQgetlength(result_.get(), row_, column))};
  }

 private:
  // A parameter the text skips (?1 and ?3 but no ?2) is sent as text, since PostgreSQL
  // cannot infer its type; the others are inferred from where they stand.
  void ResetTypes() {
    for (int i = 1; i <= sql_.parameter_count; ++i) {
      types_[i - 1] = sql_.parameters_used.contains(i) ? kUnknown : kText;
    }
  }
  bool InRange(int index) const { return index >= 1 && index <= sql_.parameter_count; }
  void Set(int index, std::string text, Oid type) {
    if (!InRange(index)) return;
    values_[index - 1] = std::move(text);
    if (sql_.parameters_used.contains(index)) types_[index - 1] = type;
  }
  bool HasColumn(int column) const {
    return result_ && row_ >= 0 && row_ < rows_ && column >= 0 && column < PQnfields(result_.get());
  }
  Status Execute();

  PgConnection& connection_;
  db::pg::RewrittenSql sql_;
  bool writes_;
  bool returns_id_;
  std::vector<std::optional<std::string>> values_;
  std::vector<Oid> types_;
  std::vector<int> binary_;  // per parameter: 1 when sent in binary format (BindBlob)
  PgResult result_;
  bool executed_ = false;
  int row_ = -1;
  int rows_ = 0;
  mutable std::string blob_;  // the last BlobView's decoded bytes
};

class PgConnection final : public db::Connection {
 public:
  PgConnection(PGconn* conn, std::string uri) : Connection(std::move(uri)), conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }

  Status Execute(std::string_view sql) override { return ExecuteRaw(db::pg::RewriteSql(sql).sql); }

  Result<db::Statement> Prepare(std::string_view sql) override {
    db::pg::RewrittenSql rewritten = db::pg::RewriteSql(sql);
    std::string_view verb = FirstWord(rewritten.sql);
    bool writes = !SameWord(verb, "SELECT") && !SameWord(verb, "WITH") &&
                  !SameWord(verb, "VALUES") && !SameWord(verb, "EXPLAIN");
    bool returns_id = false;
    if (std::string table = InsertTarget(rewritten.sql);
        !table.empty() && !MentionsReturning(rewritten.sql)) {
      auto identity = HasIdentityId(table);
      if (!identity) return identity.error();
      if (*identity) {
        std::size_t end = rewritten.sql.find_last_not_of(" \t\r\n;");
        rewritten.sql.resize(end + 1);
        rewritten.sql += " RETURNING id";
        returns_id = true;
      }
    }
    return db::Statement(
        std::make_unique<PgStatement>(*this, std::move(rewritten), writes, returns_id));
  }

  std::int64_t LastInsertId() const override { return last_insert_id_; }
  int Changes() const override { return changes_; }
  db::Dialect dialect() const override { return db::Dialect::kPostgres; }

  PGconn* conn() { return conn_; }
  void Recorded(std::optional<std::int64_t> id, int changes) {
    if (id) last_insert_id_ = *id;
    changes_ = changes;
  }

  Status ExecuteRaw(const std::string& sql) {
    PgResult result(PQexec(conn_, sql.c_str()));
    if (!Succeeded(result.get())) return PgError(conn_, result.get(), "database error");
    // COMMIT of a transaction that failed rolls back without an error: report it.
    if (std::string_view(PQcmdStatus(result.get())) == "ROLLBACK" &&
        SameWord(FirstWord(sql), "COMMIT")) {
      return Error{ErrorCode::kConflict, "database error: the transaction was rolled back"};
    }
    return {};
  }

 private:
  // One writer per schema at a time, held to the end of the transaction (see postgres.h).
  Status BeginWrite() override {
    return ExecuteRaw("BEGIN; SELECT pg_advisory_xact_lock(hashtext(current_schema()))");
  }
  bool InTransaction() const override {
    PGTransactionStatusType status = PQtransactionStatus(conn_);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
  }

  Result<bool> HasIdentityId(const std::string& table) {
    if (auto known = identity_id_.find(table); known != identity_id_.end()) return known->second;
    const char* values[] = {table.c_str()};
    PgResult result(
        PQexecParams(conn_,
                     "SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass($1) "
                     "AND attname = 'id' AND attidentity <> ''",
                     1, nullptr, values, nullptr, nullptr, 0));
    if (!Succeeded(result.get())) return PgError(conn_, result.get(), "database error");
    bool has = std::string_view(PQgetvalue(result.get(), 0, 0)) != "0";
    identity_id_[table] = has;
    return has;
  }

  PGconn* conn_;
  std::int64_t last_insert_id_ = 0;
  int changes_ = 0;
  std::map<std::string, bool> identity_id_;
};

Status PgStatement::Execute() {
  PGconn* conn = connection_.conn();
  // Inside a transaction a failed statement aborts the whole transaction in PostgreSQL;
  // a savepoint undoes only the statement, as SQLite does.
  bool savepoint = writes_ && PQtransactionStatus(conn) == PQTRANS_INTRANS;
  if (savepoint) {
    if (Status set = connection_.ExecuteRaw("SAVEPOINT lagom_statement"); !set) return set;
  }
  std::vector<const char*> values(values_.size());
  std::vector<int> lengths(values_.size(), 0);
  for (std::size_t i = 0; i < values_.size(); ++i) {
    values[i] = values_[i] ? values_[i]->c_str() : nullptr;
    if (values_[i]) lengths[i] = static_cast<int>(values_[i]->size());
  }
  result_.reset(PQexecParams(conn, sql_.sql.c_str(), static_cast<int>(values.size()), types_.data(),
                             values.data(), lengths.data(), binary_.data(), 0));
  if (!Succeeded(result_.get())) {
    Error error = PgError(conn, result_.get(), "database error");
    result_.reset();
    if (savepoint) {
      (void)connection_.ExecuteRaw(
          "ROLLBACK TO SAVEPOINT lagom_statement; RELEASE SAVEPOINT lagom_statement");
    }
    return error;
  }
  if (savepoint) {
    if (Status released = connection_.ExecuteRaw("RELEASE SAVEPOINT lagom_statement"); !released) {
      return released;
    }
  }
  int tuples = PQntuples(result_.get());
  if (returns_id_) {
    std::optional<std::int64_t> id;
    if (tuples > 0) id = std::strtoll(PQgetvalue(result_.get(), tuples - 1, 0), nullptr, 10);
    connection_.Recorded(id, tuples);
    rows_ = 0;
  } else {
    if (PQresultStatus(result_.get()) == PGRES_COMMAND_OK) {
      connection_.Recorded(std::nullopt, std::atoi(PQcmdTuples(result_.get())));
    } else if (writes_) {
      connection_.Recorded(std::nullopt, tuples);
    }
    rows_ = tuples;
  }
  return {};
}

Result<bool> PgStatement::Step() {
  if (!executed_) {
    executed_ = true;
    if (Status done = Execute(); !done) return done.error();
  }
  if (row_ < rows_) ++row_;
  return row_ < rows_;
}

std::int64_t PgStatement::Int(int column) const {
  std::string_view text = TextView(column);
  if (text == "t") return 1;
  if (text == "f" || text.empty()) return 0;
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size()) return value;
  return static_cast<std::int64_t>(std::strtod(text.data(), nullptr));  // a real, truncated
}

// Results come in text form; libpq turns a BYTEA column's escaped text back into its bytes.
std::string_view PgStatement::BlobView(int column) const {
  blob_.clear();
  if (IsNull(column)) return {};
  std::size_t size = 0;
  unsigned char* bytes = PQunescapeBytea(
      reinterpret_cast<const unsigned char*>(PQgetvalue(result_.get(), row_, column)), &size);
  if (bytes) blob_.assign(reinterpret_cast<const char*>(bytes), size);
  PQfreemem(bytes);
  return blob_;
}

double PgStatement::Real(int column) const {
  std::string_view text = TextView(column);
  if (text == "t") return 1;
  if (text == "f" || text.empty()) return 0;
  return std::strtod(text.data(), nullptr);
}

void IgnoreNotice(void*, const char*) {}

}  // namespace

Result<std::unique_ptr<db::Connection>> Open(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = conn ? PQerrorMessage(conn) : "out of memory";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    PQfinish(conn);
    return IoError("cannot open database '" + uri + "': " + message);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  return std::unique_ptr<db::Connection>(std::make_unique<PgConnection>(conn, uri));
}

}  // namespace lagom::postgres
