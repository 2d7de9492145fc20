// Inventory KPIs over a period [from, to], per item, location, item group or all, from the
// ledger (formulas: engine/ledger/kpi.h), and supplier performance from receipts.
// Values by location are the item's value shared out by the quantity at each location
// (goods in transit count at their destination). Reads only. Thread-safety: as
// sqlite::Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"
#include "engine/ledger/kpi.h"
#include "engine/ledger/valuation.h"
#include "store/sqlite.h"

namespace lagom::app {

// kClass: the ABC class of the stock point (or its item) in the latest classification,
// "(unclassified)" without one; count accuracy by class comes from it.
enum class KpiGroup { kItem, kLocation, kGroup, kClass, kAll };

struct KpiOptions {
  Date from, to;  // both inclusive
  KpiGroup by = KpiGroup::kItem;
  std::optional<ledger::CostMethod> method;  // default: each item's own
};

struct KpiRow {
  std::string key;  // item code, location code, group name or "all"
  Money begin_value, end_value, cogs, revenue;
  Money shrinkage, net_shrinkage;  // gross and net (app/inventory_value.h PeriodTotals)
  Quantity begin_quantity, sold, received, requested, backordered;
  int counts = 0, matching_counts = 0, stock_out_days = 0;
  std::optional<double> turnover, days_of_inventory, gmroi, sell_through, record_accuracy,
      shrinkage_rate, net_shrinkage_rate, fill_rate;
};

Result<std::vector<KpiRow>> ComputeKpis(sqlite::Database& db, const KpiOptions& options);

struct SupplierKpi {
  std::string supplier;
  int receipts = 0, on_time = 0;       // receipts on or before the line's due date
  int lines = 0, in_full_on_time = 0;  // order lines closed in the period; OTIF among them
  ledger::MeanSd lead_time_days;       // receipt date − order date
};

Result<std::vector<SupplierKpi>> SupplierPerformance(sqlite::Database& db, Date from, Date to);

}  // namespace lagom::app
