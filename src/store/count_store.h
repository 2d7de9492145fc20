// Cycle counting in the store: the planned daily count lists (count_tasks), the holidays
// that have none, and the count frequencies per class (settings count.per_year.<class>).
// Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct CountTaskRecord {
  Date date;
  std::int64_t item_id = 0, location_id = 0;
  std::string item_code, location_code;  // filled when read back
  std::string cls;                       // the stock point's class when planned
  std::string reason;                    // "class A, 12 a year", "negative balance" …
};

// Replaces every planned task dated on or after `from` with `tasks`, in one transaction.
Status ReplaceCountTasks(sqlite::Database& db, Date from, std::span<const CountTaskRecord> tasks);
// Tasks dated in [from, until), by date, item code and location code.
Result<std::vector<CountTaskRecord>> LoadCountTasks(sqlite::Database& db, Date from, Date until);

Result<std::set<Date>> LoadHolidays(sqlite::Database& db);

}  // namespace lagom::store
