// The planning run: load the stock points from the store, estimate demand, decide the
// reorder for each (in parallel across stock points), and save the run with its proposals
// and the numbers behind each. Deterministic: the same store and options give the same
// proposals in the same order.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/plan_store.h"
#include "store/sqlite.h"

namespace lagom::app {

struct PlanOptions {
  Date as_of;                    // demand before the period containing as_of is history
  int history_periods = 12;      // moving-average window, ≥ 1
  double service_target = 0.95;  // cycle-service level α, 0.5 ≤ α < 1
  double review_periods = 1;     // time between reviews, ≥ 0
  // Called from the calling thread as stock points are done; may be empty.
  std::function<void(std::size_t done, std::size_t total)> on_progress;
};

// Returns an InvalidInput error naming the option when one is out of range.
Status ValidatePlanOptions(const PlanOptions& options);

struct PlanRunResult {
  store::PlanRunRecord run;
  std::vector<store::ProposalRecord> proposals;  // largest order value first
  int without_supplier = 0;                      // stock points planned with no supply terms
};

Result<PlanRunResult> RunPlan(sqlite::Database& db, const PlanOptions& options);

}  // namespace lagom::app
