// The ledger's reports as JSON: valuation, KPIs, supplier performance, the reconciliation
// check. Money in the company currency and quantities in the items' units as numbers;
// ratios as numbers, null where undefined (a zero denominator).
#pragma once

#include <optional>
#include <vector>

#include "app/kpi_report.h"
#include "app/ledger_check.h"
#include "app/valuation_report.h"
#include "server/http_json.h"

namespace lagom::server {

// {"at", "from", "method" (null: each item's own), "total_value", "period": {cogs, revenue,
//  write_downs, scrapped, shrinkage, net_shrinkage}, "by_location": [{key, value}], "by_group",
//  "items"}
Json ValuationJson(const app::ValuationReport& report, std::optional<ledger::CostMethod> method,
                   Date from, Date at);
Json KpisJson(const std::vector<app::KpiRow>& rows, Date from, Date to);
Json SupplierPerformanceJson(const std::vector<app::SupplierKpi>& rows, Date from, Date to);
Json CheckJson(const app::CheckReport& report, Date date);

}  // namespace lagom::server
