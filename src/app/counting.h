// Cycle counts: the quantity found at item@location@lot on a day. The difference to the
// ledger becomes a `count` movement (valued at the item's unit cost when stock is found);
// every count is kept, matched or not, for the inventory-record-accuracy KPI.
// Idempotent by key: the same count again is a replay, another count under the key is
// refused (KeyReused, ledger_operation.h). Thread-safety: as sqlite::Database.
#pragma once

#include <string>

#include "app/ledger_operation.h"
#include "core/date.h"
#include "core/quantity.h"
#include "store/ledger_records.h"

namespace lagom::app {

struct CountRequest {
  std::string key;
  Date date;
  std::string item, location, lot;
  Quantity counted;  // ≥ 0
  std::string user;
};

struct CountOutcome {
  store::CountRow count;
  Quantity difference() const { return count.counted - count.system_quantity; }
  bool replayed = false;
};

Result<CountOutcome> RecordCount(sqlite::Database& db, const CountRequest& request);

}  // namespace lagom::app
