// The stock ledger's tables: movements (immutable, keyed by idempotency key and line), the
// balances the ledger migration's triggers keep, lots, and code look-ups. SQL only: the rules
// of posting live in app/ledger_posting.h, the arithmetic in engine/ledger.
// REQUIRES for every write: the caller holds a transaction (sqlite::Transaction) so that a
// check and the write it guards are one atomic step. Thread-safety as sqlite::Database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct MovementRow {
  std::int64_t id = 0;  // set when stored
  std::string key;      // the operation's idempotency key
  int line = 1;         // the movement's place within the operation
  std::string type;     // "receipt", "sale" … (engine/ledger/movement.h)
  Date date;
  std::int64_t item_id = 0;
  std::int64_t location_id = 0;
  std::string lot;
  std::optional<Date> expiry;
  Quantity quantity;  // signed effect on on hand
  Money unit_cost;
  Money amount;  // write-downs
  std::optional<Money> price;
  std::optional<std::int64_t> other_location_id;
  std::optional<std::int64_t> reservation_id;
  std::string reference;
  std::string user;
};

// Inserts a movement (the triggers update balances and lots, or refuse it with a
// Conflict error that says why); returns its id. Refuses (InvalidInput) numbers outside
// core/limits.h, naming the column and the limit.
Result<std::int64_t> InsertMovement(sqlite::Database& db, const MovementRow& row);

// The movements of an operation, by line; empty if the key was never posted.
Result<std::vector<MovementRow>> MovementsOfKey(sqlite::Database& db, const std::string& key);

// The fingerprint of the request first applied under an idempotency key (app's
// RequestFingerprint), nullopt when none was kept (keys applied before migration 17).
Result<std::optional<std::string>> RequestOfKey(sqlite::Database& db, const std::string& key);
Status KeepRequestOfKey(sqlite::Database& db, const std::string& key,
                        const std::string& fingerprint);

// Movements of one item (all items when item_id is 0) dated up to `to`, by date then id.
Result<std::vector<MovementRow>> ItemMovements(sqlite::Database& db, std::int64_t item_id, Date to);

struct LotBalance {
  std::string lot;
  std::optional<Date> expiry;
  Date first_in;
  Quantity on_hand;
  Quantity in_transit;  // on its way to this location
};
// The lots of an item at a location with stock on hand or in transit.
Result<std::vector<LotBalance>> LotBalances(sqlite::Database& db, std::int64_t item_id,
                                            std::int64_t location_id);

struct ExpiredLot {
  std::int64_t item_id = 0;
  std::int64_t location_id = 0;
  std::string item, location, lot;  // codes
  Date expiry;
  Quantity on_hand;
};
// Lots with stock on hand that expired before `date`, at one location (all when
// location_id is 0) and of one item (all when item_id is 0), by item, location and lot.
Result<std::vector<ExpiredLot>> ExpiredStock(sqlite::Database& db, std::int64_t location_id,
                                             std::int64_t item_id, Date date);

// Id of the row of `table` ("items", "locations", "suppliers") with `code`: NotFound names
// the noun and the code.
Result<std::int64_t> IdOfCode(sqlite::Database& db, const std::string& table,
                              const std::string& code);
Result<std::string> LoadLocationCode(sqlite::Database& db, std::int64_t location_id);
Result<std::int64_t> ItemOfGtin(sqlite::Database& db, const std::string& gtin14);

struct ItemFacts {
  std::string code;
  std::string group;
  Money unit_cost;
  std::optional<Money> price;
  std::optional<std::string> valuation;  // per-item cost method, if set
};
Result<ItemFacts> LoadItem(sqlite::Database& db, std::int64_t item_id);

}  // namespace lagom::store
