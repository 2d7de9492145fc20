// What planning runs leave for planners to read: the runs, their order proposals and
// exceptions, a run's totals per supplier, and the forecasts the latest runs made. The
// proposals come with the one table of a proposal's fields (store/proposal_fields.h) that
// every output — the CLI's table and CSV, the API's JSON and schema — is written from.
// Reads only; each function one query. Thread-safety: as sqlite::Database.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "store/forecast_store.h"
#include "store/plan_store.h"
#include "store/proposal_fields.h"
#include "store/sqlite.h"

namespace lagom::app {

// The most recent run; nullopt before the first.
Result<std::optional<store::PlanRunRecord>> LatestPlanRun(sqlite::Database& db);
// Run `id`; nullopt when there is none.
Result<std::optional<store::PlanRunRecord>> FindPlanRun(sqlite::Database& db, std::int64_t id);
// Runs, newest first, a page of them; and how many there are.
Result<std::vector<store::PlanRunRecord>> ListPlanRuns(sqlite::Database& db, std::int64_t limit,
                                                       std::int64_t offset);
Result<std::int64_t> CountPlanRuns(sqlite::Database& db);

// Proposals matching `query` (its empty fields do not filter), largest order value first,
// then by item and location code; and how many match, ignoring limit and offset.
Result<std::vector<store::ProposalRecord>> ListProposals(sqlite::Database& db,
                                                         const store::ProposalQuery& query);
Result<std::int64_t> CountProposals(sqlite::Database& db, const store::ProposalQuery& query);

// A run's exceptions, critical first.
Result<std::vector<store::ExceptionRecord>> ListExceptions(sqlite::Database& db,
                                                           std::int64_t run_id);

// A run's proposals summed per supplier and state: by supplier code (no supplier first).
Result<std::vector<store::ProposalTotals>> SupplierTotals(sqlite::Database& db,
                                                          std::int64_t run_id);

// The forecasts behind the latest planning run, per stock point, matching `query`, by item
// code then location code; and how many match, ignoring limit and offset.
Result<std::vector<store::StockPointForecast>> ListForecasts(sqlite::Database& db,
                                                             const store::ForecastQuery& query);
Result<std::int64_t> CountForecasts(sqlite::Database& db, const store::ForecastQuery& query);

}  // namespace lagom::app
