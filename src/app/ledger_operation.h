// The frame of every ledger write: one IMMEDIATE transaction (concurrent writers, threads
// or processes, queue on the busy timeout instead of interleaving), movements numbered by
// line under the operation's idempotency key, all or nothing.
// Thread-safety: as sqlite::Database (one connection per thread).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/ledger_store.h"
#include "store/sqlite.h"

namespace lagom::app {

// What a ledger write answers. `replayed`: the key had been applied before; the movements
// are those of that first application and nothing was written now.
struct Posted {
  std::vector<store::MovementRow> movements;
  bool replayed = false;
};

// Collects the movements of one operation while its transaction is open.
class MovementWriter {
 public:
  MovementWriter(sqlite::Database& db, std::string key, std::string user)
      : db_(db), key_(std::move(key)), user_(std::move(user)) {}
  // Inserts `row` as the operation's next line; returns its id.
  Result<std::int64_t> Add(store::MovementRow row);
  sqlite::Database& db() { return db_; }
  const std::vector<store::MovementRow>& rows() const { return rows_; }
  Posted Take() { return {std::move(rows_), false}; }

 private:
  sqlite::Database& db_;
  std::string key_;
  std::string user_;
  std::vector<store::MovementRow> rows_;
};

// Runs `body` in one transaction and commits if it succeeds. A database error or an error
// of `body` rolls everything back.
template <class T>
Result<T> InTransaction(sqlite::Database& db, const std::function<Result<T>()>& body) {
  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  Result<T> result = body();
  if (!result) return result;
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return result;
}

// Posts the movements `body` adds under `key` — unless the key was posted before, in which
// case the first result comes back (replayed) and `body` does not run. With a
// `fingerprint` (request_fingerprint.h) the key is kept with it, and a later request under
// the key with another fingerprint is refused (KeyReused below): only the same request is a
// replay.
// REQUIRES: key non-empty.
Result<Posted> PostOnce(sqlite::Database& db, const std::string& key, const std::string& user,
                        const std::function<Status(MovementWriter&)>& body,
                        const std::string& fingerprint = {});

// An idempotency key used again for a different `what` ("request", "reservation (…)"):
// ConstraintViolated naming the key, which IsKeyReused recognises (the API answers it 422,
// where other ledger rules are 409).
Error KeyReused(const std::string& key, const std::string& what);
bool IsKeyReused(const Error& error);

// KeyReused: `key` was first used for a request other than the one with
// `fingerprint`. Ok when no fingerprint was kept (keys used before they were) or given.
// The error names `shown` when it is given (the caller's key, where `key` is kept under a
// prefix such as "count/").
Status SameRequest(sqlite::Database& db, const std::string& key, const std::string& fingerprint,
                   const std::string& shown = {});

// Keeps `fingerprint` as the request applied under `key` (nothing when it is empty), for
// operations that are not PostOnce's; call it in the transaction that applies the request.
Status KeepRequest(sqlite::Database& db, const std::string& key, const std::string& fingerprint);

// For an operation applied in steps of their own (each its own transaction): the first
// request under `key` is kept, a later one must be the same (KeyReused otherwise).
Status FirstOrSameRequest(sqlite::Database& db, const std::string& key,
                          const std::string& fingerprint, const std::string& shown = {});

}  // namespace lagom::app
