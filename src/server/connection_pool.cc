#include "server/connection_pool.h"

#include "app/open_store.h"

namespace lagom::server {

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto db = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(db));
    }
  }
  auto db = app::OpenStore(path_);
  if (!db) return db.error();
  return Lease(*this, std::move(*db));
}

void ConnectionPool::Return(std::unique_ptr<sqlite::Database> db) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(db));
}

}  // namespace lagom::server
