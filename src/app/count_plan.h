// Cycle counting: `lagom counts plan` turns the latest classification into daily count
// lists over the working-day calendar (setting count.working_days less the holidays table),
// each class counted count.per_year.<class> times a year and spread evenly
// (engine/analysis/count_schedule.h), with stock points that need a count now on the first
// working day: a negative balance, a count within count.discrepancy_days (default 30) that
// found other than the ledger's quantity, or no stock although the last period had demand.
// `lagom counts list` reads the lists back. Thread-safety: as sqlite::Database.
#pragma once

#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/count_store.h"
#include "store/sqlite.h"

namespace lagom::app {

struct CountPlanRequest {
  Date from;   // the first day planned
  Date until;  // exclusive; at most 3 years after `from`
};

struct CountPlanResult {
  std::vector<store::CountTaskRecord> tasks;  // by date, item and location code
  int stock_points = 0;                       // classified stock points considered
  int working_days = 0;                       // in [from, until)
  int triggered = 0;                          // counted on the first working day for a trigger
};

// Plans and saves (replacing the lists from `from` on). NotFound when nothing has been
// classified yet; InvalidInput for a bad range or settings.
Result<CountPlanResult> PlanCounts(sqlite::Database& db, const CountPlanRequest& request);

// The count lists planned for days in [from, until), by date, item code and location code.
Result<std::vector<store::CountTaskRecord>> ListCountTasks(sqlite::Database& db, Date from,
                                                           Date until);

}  // namespace lagom::app
