// The planner's morning overview, as of a date: stock at cost, open purchase orders, the
// latest planning run and its proposals by state, and the exceptions the data allows —
// stock-outs (demand in the estimate window but nothing on hand) and excess (more on hand
// than `excess_cover_periods` periods of estimated demand, or stock without any demand).
// Exceptions cover the stock points the planning run reviews (those with demand history).
// Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "core/result.h"
#include "store/plan_store.h"
#include "store/stock_totals.h"

namespace lagom::app {

struct OverviewOptions {
  Date as_of;
  int window = 12;                   // periods of demand the estimate uses, ≥ 1
  double excess_cover_periods = 26;  // > 0
};

struct StateTotal {
  std::string state;  // a proposal state's name (core/proposal_state.h)
  int count = 0;
  std::int64_t value_raw = 0;  // Money raw
};

// The last run's proposals summed for the planner: to review (awaiting a decision and to be
// ordered), on hold (deferred by a budget or held below a minimum: not counted as ordered),
// and ordered (to review + approved: what the run's order value counts while undecided).
struct ProposalSummary {
  StateTotal to_review{"to-review"}, on_hold{"on-hold"}, ordered{"ordered"};
};

struct Overview {
  Date as_of;
  PeriodKind period = PeriodKind::kWeek;
  store::StockTotals stock;
  store::OpenOrderTotals open_orders;
  int stock_points = 0;  // reviewed by planning: with demand history
  int stock_outs = 0;
  int excess = 0;
  double excess_cover_periods = 0;    // the limit used
  std::int64_t excess_value_raw = 0;  // the stock above the cover limit, at unit cost
  std::optional<store::PlanRunRecord> last_run;
  std::vector<StateTotal> proposals;  // of the last run, by state, in kProposalStates' order
  ProposalSummary summary;            // of the same
};

// InvalidInput for options out of range.
Result<Overview> LoadOverview(sqlite::Database& db, const OverviewOptions& options);

}  // namespace lagom::app
