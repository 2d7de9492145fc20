// The item and location codes of posted movements, which the ledger keeps by id: how the CLI
// and the API show a movement to people. Each code is read once per MovementCodes.
// Not thread-safe; one per answer.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

class MovementCodes {
 public:
  // REQUIRES: `db` outlives this object.
  explicit MovementCodes(sqlite::Database& db) : db_(db) {}

  // NotFound when there is no such item or location.
  Result<std::string> Item(std::int64_t item_id);
  Result<std::string> Location(std::int64_t location_id);

 private:
  sqlite::Database& db_;
  std::map<std::int64_t, std::string> items_, locations_;
};

}  // namespace lagom::app
