// Queries that audit the ledger: the balances recomputed from the movements alone, compared
// with the cached ones, and stock points whose open reservations exceed usable stock.
// (Expired stock on hand: store::ExpiredStock in ledger_store.h.)
// Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/quantity.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct BalanceMismatch {
  std::string item, location, lot;
  Quantity on_hand_movements, on_hand_cached;
  Quantity in_transit_movements, in_transit_cached;
};
// Every item@location@lot where the cached balance differs from the movements' sum.
Result<std::vector<BalanceMismatch>> BalanceMismatches(sqlite::Database& db);

struct OverPromised {
  std::string item, location;
  Quantity usable, reserved;  // usable: on hand in lots not expired on the day
};
Result<std::vector<OverPromised>> OverPromisedStock(sqlite::Database& db, Date day);

Result<std::int64_t> CountMovements(sqlite::Database& db);

}  // namespace lagom::store
