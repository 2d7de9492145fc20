// The planning run: load the stock points from the store, estimate demand, decide the
// reorder for each (in parallel across stock points), and save the run with its proposals
// and the numbers behind each, then raise and resolve alerts (app/alerts.h). Deterministic: the
// same store and options give the same proposals in the same order.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/policy_terms.h"
#include "core/result.h"
#include "store/alert_store.h"
#include "store/plan_store.h"
#include "store/sqlite.h"

namespace lagom::app {

struct PlanOptions {
  Date as_of;                 // demand before the period containing as_of is history
  int history_periods = 104;  // periods of demand history the forecast sees, ≥ 1
  std::optional<std::string> forecast_method;  // overrides the setting forecast.method
  // Overrides of the company policy defaults for this run (per-item policies still win).
  std::optional<ServiceKind> service_kind;
  std::optional<double> service_target;  // α or β in [0.5, 1), periods or units otherwise
  std::optional<double> review_periods;  // time between reviews, 0–1000
  // Stock points whose alerts are evaluated and synced at a time (bounds their memory), ≥ 1.
  std::size_t alert_chunk_points = 65536;
  // Called from the calling thread as stock points are done; may be empty.
  std::function<void(std::size_t done, std::size_t total)> on_progress;
};

// Returns an InvalidInput error naming the option when one is out of range.
Status ValidatePlanOptions(const PlanOptions& options);

struct PlanRunResult {
  store::PlanRunRecord run;
  std::vector<store::ProposalRecord> proposals;    // largest order value first
  int without_supplier = 0;                        // stock points planned with no supply terms
  std::vector<std::string> failures;               // stock points that could not be planned
  std::vector<store::ExceptionRecord> exceptions;  // critical first, then by kind
  std::vector<store::ForecastRecord> forecasts;    // per stock point planned
  store::AlertSync alerts;                         // app/alerts.h: raised, ongoing, resolved
  // Wall time per phase, in milliseconds: load, forecast+policy, supplier orders, budgets,
  // collect, save, alerts.
  std::vector<std::pair<std::string, std::int64_t>> phases;
};

Result<PlanRunResult> RunPlan(sqlite::Database& db, const PlanOptions& options);

}  // namespace lagom::app
