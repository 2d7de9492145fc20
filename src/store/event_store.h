// Events and campaigns (imported as the entity `events`, entities.cc): promotions, holidays,
// closures and price changes over a date range, for listed items or item groups at listed
// locations (none listed: all). Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct EventRecord {
  std::string code, type;  // type: promotion, holiday, closure, price-change
  std::vector<std::string> items, groups, locations;  // codes and group names
  Date from, to;                                      // days, from ≤ to
  std::optional<double> uplift_percent;               // none: estimated from past events
};

// Every event, by start date then code.
Result<std::vector<EventRecord>> LoadEvents(sqlite::Database& db);

}  // namespace lagom::store
