#include "app/plan_results.h"

namespace lagom::app {

Result<std::optional<store::PlanRunRecord>> LatestPlanRun(sqlite::Database& db) {
  return store::LatestPlanRun(db);
}

Result<std::optional<store::PlanRunRecord>> FindPlanRun(sqlite::Database& db, std::int64_t id) {
  return store::FindPlanRun(db, id);
}

Result<std::vector<store::PlanRunRecord>> ListPlanRuns(sqlite::Database& db, std::int64_t limit,
                                                       std::int64_t offset) {
  return store::ListPlanRuns(db, limit, offset);
}

Result<std::int64_t> CountPlanRuns(sqlite::Database& db) {
  return store::CountPlanRuns(db);
}

Result<std::vector<store::ProposalRecord>> ListProposals(sqlite::Database& db,
                                                         const store::ProposalQuery& query) {
  return store::FindProposals(db, query);
}

Result<std::int64_t> CountProposals(sqlite::Database& db, const store::ProposalQuery& query) {
  return store::CountProposals(db, query);
}

Result<std::vector<store::ExceptionRecord>> ListExceptions(sqlite::Database& db,
                                                           std::int64_t run_id) {
  return store::LoadExceptions(db, run_id);
}

Result<std::vector<store::ProposalTotals>> SupplierTotals(sqlite::Database& db,
                                                          std::int64_t run_id) {
  return store::LoadProposalTotals(db, run_id);
}

Result<std::vector<store::StockPointForecast>> ListForecasts(sqlite::Database& db,
                                                             const store::ForecastQuery& query) {
  return store::FindForecasts(db, query);
}

Result<std::int64_t> CountForecasts(sqlite::Database& db, const store::ForecastQuery& query) {
  return store::CountForecasts(db, query);
}

}  // namespace lagom::app
