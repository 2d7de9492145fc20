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

Result<Posted> PostOnce(sqlite::Database& db, const std::string& key, const std::string& user,
                        const std::function<Status(MovementWriter&)>& body) {
  if (key.empty()) return InvalidInput("an idempotency key is required");
  return InTransaction<Posted>(db, [&]() -> Result<Posted> {
    auto earlier = store::MovementsOfKey(db, key);
    if (!earlier) return earlier.error();
    if (!earlier->empty()) return Posted{std::move(*earlier), true};
    MovementWriter writer(db, key, user);
    if (Status done = body(writer); !done) return done.error();
    return writer.Take();
  });
}

}  // namespace lagom::app
