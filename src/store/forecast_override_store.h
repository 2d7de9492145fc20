// Planners' forecast overrides (imported as the entity `forecast-overrides`, entities.cc):
// reading the ones a planning run applies, and all of them for the forecast value added.
// Every version an override had is kept in forecast_override_history by triggers.
// Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

struct OverrideRecord {
  std::int64_t id = 0, item_id = 0;
  std::optional<std::int64_t> location_id;  // none: the item at all its locations
  Date from, to;                            // period starts, from ≤ to
  std::string kind;                         // quantity, percent or total
  double value = 0;                         // units per period, per cent, or units in all
  std::string reason, author;
  std::optional<Date> expires;  // runs as of this day or later ignore it
};

// Overrides a run as of `as_of` applies: not expired, not ended before `period_start` (the
// run's period). By id (the order they were first written).
Result<std::vector<OverrideRecord>> LoadActiveOverrides(sqlite::Database& db, Date as_of,
                                                        Date period_start);
// Every override, by id.
Result<std::vector<OverrideRecord>> LoadAllOverrides(sqlite::Database& db);

}  // namespace lagom::store
