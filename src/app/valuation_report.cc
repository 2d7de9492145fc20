#include "app/valuation_report.h"

#include "app/kpi_report.h"

namespace lagom::app {

namespace {

Result<std::vector<ValueShare>> Shares(sqlite::Database& db,
                                       std::optional<ledger::CostMethod> method, Date at,
                                       KpiGroup by) {
  auto rows = ComputeKpis(db, {at, at, by, method});
  if (!rows) return rows.error();
  std::vector<ValueShare> shares;
  for (const KpiRow& row : *rows) shares.push_back({row.key, row.end_value});
  return shares;
}

}  // namespace

Result<ValuationReport> ReportValuation(sqlite::Database& db,
                                        std::optional<ledger::CostMethod> method, Date from,
                                        Date at) {
  if (at < from) return InvalidInput("the period ends before it starts");
  auto value = ValueInventory(db, method, from, at);
  if (!value) return value.error();
  auto by_location = Shares(db, method, at, KpiGroup::kLocation);
  if (!by_location) return by_location.error();
  auto by_group = Shares(db, method, at, KpiGroup::kGroup);
  if (!by_group) return by_group.error();
  return ValuationReport{std::move(*value), std::move(*by_location), std::move(*by_group)};
}

}  // namespace lagom::app
