// What classification, alerts and cycle counting read about stock points besides the
// planning data: when each was first in demand and last sold, stock on hand from the stock
// ledger's balances (per stock point and per lot with an expiry), and purchase order lines past
// their due date. Keys are (item id, location id). Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

using PointKey = std::pair<std::int64_t, std::int64_t>;  // item id, location id

struct Activity {
  std::optional<Date> first_demand;  // the first period with a demand record
  std::optional<Date> last_sale;     // the start of the last period with demand > 0
  // The last whole period before `end`, when demand was recorded for it (else 0).
  std::int64_t last_period_milli = 0;
};
// Every stock point with demand recorded before `end` (a period start).
Result<std::map<PointKey, Activity>> LoadActivity(sqlite::Database& db, Date end, Date last_period);

// The last use of every stock point with stock on hand: the start of the last period before
// `demand_end` (a period start) with demand > 0 or the date of the last movement on or before
// `as_of` of one of `use_types`, whichever is later (none: never used). Reads a few rows per
// stock point, not the history.
Result<std::map<PointKey, std::optional<Date>>> LoadLastUse(sqlite::Database& db, Date demand_end,
                                                            Date as_of,
                                                            std::span<const std::string> use_types);

// What production consumed (movements of type consume) per stock point: the quantity within
// [from, end) and the date of the last consumption before `end`.
struct Consumption {
  std::int64_t quantity_milli = 0;
  std::optional<Date> last;
};
Result<std::map<PointKey, Consumption>> LoadConsumption(sqlite::Database& db, Date from, Date end);

// Stock on hand per stock point (every stock point with a ledger balance, zero included).
Result<std::map<PointKey, std::int64_t>> LoadOnHand(sqlite::Database& db);

// The last day since `since` (inclusive) on which a cycle count of the stock point found a
// quantity other than the ledger's, for every stock point with such a count.
Result<std::map<PointKey, Date>> LoadCountDiscrepancies(sqlite::Database& db, Date since);

struct LotStock {
  PointKey key;
  std::string lot;
  Date expiry;
  std::int64_t quantity_milli = 0;
};
// Lots with stock on hand that expire before `before`, by item, location and lot.
Result<std::vector<LotStock>> LoadExpiringLots(sqlite::Database& db, Date before);

struct LateLine {
  PointKey key;
  std::string po_line;  // "PO-7/2"
  Date due;
  std::int64_t outstanding_milli = 0;
};
// Open purchase order lines due before `as_of` with something still to receive.
Result<std::vector<LateLine>> LoadLateLines(sqlite::Database& db, Date as_of);

}  // namespace lagom::store
