// SQLite connections for the server's worker threads: one connection serves one request at
// a time; connections are opened on demand and reused. Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "app/open_store.h"
#include "core/result.h"

namespace lagom::server {

class ConnectionPool {
 public:
  explicit ConnectionPool(std::string path) : path_(std::move(path)) {}

  // A connection returned to the pool when the lease is destroyed.
  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<sqlite::Database> db)
        : pool_(pool), db_(std::move(db)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (db_) pool_.Return(std::move(db_));
    }
    sqlite::Database& operator*() { return *db_; }
    sqlite::Database* operator->() { return db_.get(); }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<sqlite::Database> db_;
  };

  Result<Lease> Acquire();

  // Held by a request that may write for as long as it runs: SQLite admits one writer at a
  // time and makes the others sleep and retry in its busy handler, which is unfair (a few
  // requests wait very long); this mutex queues them instead. Other processes writing the
  // same file still meet the busy handler.
  std::mutex& writers() { return writers_; }

 private:
  void Return(std::unique_ptr<sqlite::Database> db);

  std::string path_;
  std::mutex mutex_;
  std::mutex writers_;
  std::vector<std::unique_ptr<sqlite::Database>> idle_;
};

}  // namespace lagom::server
