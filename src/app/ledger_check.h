// `lagom check`: proves the ledger reconciles. Problems (the check fails):
//   - a cached balance differs from the sum of the movements;
//   - an item's value from its cost layers differs from the sum of its movement values, or
//     its movements cannot be valued (stock below zero in valuation order).
// Warnings (the check passes): open reservations above usable stock (lots expired or were
// scrapped since they were promised); expired lots still on hand.
// Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::app {

struct CheckReport {
  std::int64_t movements = 0;
  int items_valued = 0;
  Money value;  // at the check's date, each item by its own method
  std::vector<std::string> problems;
  std::vector<std::string> warnings;
  bool ok() const { return problems.empty(); }
};

Result<CheckReport> CheckLedger(sqlite::Database& db, Date day);

}  // namespace lagom::app
