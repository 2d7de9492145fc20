#include "app/ledger_operation.h"

namespace lagom::app {

Result<std::int64_t> MovementWriter::Add(store::MovementRow row) {
  row.key = key_;
  row.line = static_cast<int>(rows_.size()) + 1;
  row.user = user_;
  auto id = store::InsertMovement(db_, row);
  if (!id) return id.error();
  row.id = *id;
  rows_.push_back(std::move(row));
  return *id;
}

namespace {

constexpr std::string_view kKeyReused = "the idempotency key '";

}  // namespace

Error KeyReused(const std::string& key, const std::string& what) {
  return Error{ErrorCode::kConstraintViolated, std::string(kKeyReused) + key +
                                                   "' was used before for a different " + what +
                                                   "; a new request needs a new key"};
}

bool IsKeyReused(const Error& error) {
  return error.code == ErrorCode::kConstraintViolated && error.message.starts_with(kKeyReused);
}

Status SameRequest(sqlite::Database& db, const std::string& key, const std::string& fingerprint,
                   const std::string& shown) {
  if (fingerprint.empty()) return {};
  auto kept = store::RequestOfKey(db, key);
  if (!kept) return kept.error();
  if (!*kept || **kept == fingerprint) return {};
  return KeyReused(shown.empty() ? key : shown, "request");
}

Status KeepRequest(sqlite::Database& db, const std::string& key, const std::string& fingerprint) {
  if (fingerprint.empty()) return {};
  return store::KeepRequestOfKey(db, key, fingerprint);
}

Status FirstOrSameRequest(sqlite::Database& db, const std::string& key,
                          const std::string& fingerprint, const std::string& shown) {
  auto checked = InTransaction<bool>(db, [&]() -> Result<bool> {
    auto kept = store::RequestOfKey(db, key);
    if (!kept) return kept.error();
    Status ok =
        *kept ? SameRequest(db, key, fingerprint, shown) : KeepRequest(db, key, fingerprint);
    if (!ok) return ok.error();
    return true;
  });
  if (!checked) return checked.error();
  return {};
}

Result<Posted> PostOnce(sqlite::Database& db, const std::string& key, const std::string& user,
                        const std::function<Status(MovementWriter&)>& body,
                        const std::string& fingerprint) {
  if (key.empty()) return InvalidInput("an idempotency key is required");
  return InTransaction<Posted>(db, [&]() -> Result<Posted> {
    auto earlier = store::MovementsOfKey(db, key);
    if (!earlier) return earlier.error();
    if (!earlier->empty()) {
      if (Status same = SameRequest(db, key, fingerprint); !same) return same.error();
      return Posted{std::move(*earlier), true};
    }
    MovementWriter writer(db, key, user);
    if (Status done = body(writer); !done) return done.error();
    if (Status kept = KeepRequest(db, key, fingerprint); !kept) return kept.error();
    return writer.Take();
  });
}

}  // namespace lagom::app
