// The valuation screen's report: the inventory value at a date by item (inventory_value.h),
// and the same value shared out by location and by item group (as kpi_report.h shares it:
// each item's value by the quantity at each location, goods in transit at their
// destination). Reads only. Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/inventory_value.h"

namespace lagom::app {

struct ValueShare {
  std::string key;  // location code, or item group ("(no group)" for items without one)
  Money value;
};

struct ValuationReport {
  ValueReport value;  // by item, with the period [from, at]'s cost of goods sold and losses
  std::vector<ValueShare> by_location, by_group;  // by key
};

Result<ValuationReport> ReportValuation(sqlite::Database& db,
                                        std::optional<ledger::CostMethod> method, Date from,
                                        Date at);

}  // namespace lagom::app
