#include "app/kpi_report.h"

#include <map>

#include "app/classification.h"
#include "app/inventory_value.h"
#include "core/limits.h"
#include "store/classification_store.h"
#include "store/kpi_facts.h"

namespace lagom::app {

namespace {

using Rows = std::map<std::string, KpiRow>;
using Codes = std::map<std::int64_t, std::string>;

struct Context {
  const KpiOptions& options;
  Codes locations;
  std::map<std::int64_t, store::ItemFacts> items;
  AbcClasses classes;
  Rows rows;

  KpiRow& Row(std::int64_t item_id, std::int64_t location_id) {
    std::string key;
    switch (options.by) {
      case KpiGroup::kItem:
        key = items[item_id].code;
        break;
      case KpiGroup::kLocation:
        key = locations[location_id];
        break;
      case KpiGroup::kGroup:
        key = items[item_id].group.empty() ? "(no group)" : items[item_id].group;
        break;
      case KpiGroup::kClass:
        key = AbcClassOf(classes, item_id, location_id);
        break;
      case KpiGroup::kAll:
        key = "all";
    }
    KpiRow& row = rows[key];
    row.key = key;
    return row;
  }
};

// Quantity per location on `day` (in transit counted at the destination).
std::map<std::int64_t, Quantity> QuantityByLocation(const ItemLedger& item, Date day) {
  std::map<std::int64_t, Quantity> at;
  for (const store::MovementRow& m : item.movements) {
    if (m.date > day) break;
    if (m.type == "transfer-in") continue;  // on hand up, in transit down: no change
    at[m.location_id] += m.quantity;
    if (m.type == "transfer-out") at[*m.other_location_id] -= m.quantity;
  }
  return at;
}

Money Share(Money value, Quantity part, Quantity whole) {
  if (whole == Quantity()) return Money();
  return Money::FromRaw(fixed_point_detail::DivideRounded(
      static_cast<fixed_point_detail::Int128>(value.raw()) * part.raw(), whole.raw()));
}

void AddStockValue(Context& c, const ItemLedger& item, Date day, bool begin) {
  for (const auto& [location, quantity] : QuantityByLocation(item, day)) {
    KpiRow& row = c.Row(item.item_id, location);
    Money value = Share(item.valuation.value, quantity, item.valuation.quantity);
    (begin ? row.begin_value : row.end_value) += value;
    if (begin) row.begin_quantity += quantity;
  }
}

void AddStockOutDays(Context& c, const ItemLedger& item) {
  std::map<std::int64_t, std::vector<ledger::DatedDelta>> deltas;
  std::map<std::int64_t, Quantity> opening;
  std::map<std::int64_t, Date> first;  // each location's first movement
  for (const store::MovementRow& m : item.movements) {
    auto [at, inserted] = first.try_emplace(m.location_id, m.date);
    if (!inserted) at->second = std::min(at->second, m.date);
  }
  for (const store::MovementRow& m : item.movements) {
    if (m.date < c.options.from) {
      opening[m.location_id] += m.quantity;
    } else {
      deltas[m.location_id].push_back({m.date, m.quantity});
    }
  }
  for (const auto& [location, list] : deltas) {
    c.Row(item.item_id, location).stock_out_days += ledger::StockOutDays(
        opening[location], list, c.options.from, c.options.to, first[location]);
  }
  for (const auto& [location, quantity] : opening) {
    if (deltas.count(location) == 0) {
      c.Row(item.item_id, location).stock_out_days +=
          ledger::StockOutDays(quantity, {}, c.options.from, c.options.to, first[location]);
    }
  }
}

Status AddCountsAndRequests(sqlite::Database& db, Context& c) {
  auto facts = store::LoadCountsAndRequests(db, c.options.from, c.options.to);
  if (!facts) return facts.error();
  for (const store::CountOrRequest& f : *facts) {
    KpiRow& row = c.Row(f.item_id, f.location_id);
    row.counts += f.counts;
    row.matching_counts += f.matching_counts;
    row.requested += f.requested;
    row.backordered += f.backordered;
  }
  return {};
}

void Finish(KpiRow& row, int days) {
  Money average = ledger::AverageInventory(row.begin_value, row.end_value);
  row.turnover = ledger::Turnover(row.cogs, average);
  row.days_of_inventory = ledger::DaysOfInventory(row.cogs, average, days);
  row.gmroi = ledger::Gmroi(row.revenue, row.cogs, average);
  row.sell_through = ledger::SellThrough(row.sold, row.begin_quantity, row.received);
  row.record_accuracy = ledger::RecordAccuracy(row.matching_counts, row.counts);
  row.shrinkage_rate = ledger::ShrinkageRate(row.shrinkage, row.revenue);
  row.net_shrinkage_rate = ledger::ShrinkageRate(row.net_shrinkage, row.revenue);
  row.fill_rate = ledger::FillRate(row.requested, row.backordered);
}

Result<std::vector<KpiRow>> SumKpis(sqlite::Database& db, const KpiOptions& options) {
  auto begin = ValueItems(db, options.method, options.from - std::chrono::days{1});
  auto end = ValueItems(db, options.method, options.to);
  auto locations = store::LoadLocationCodes(db);
  if (!begin) return begin.error();
  if (!end) return end.error();
  if (!locations) return locations.error();
  Context c{options, std::move(*locations), {}, {}, {}};
  if (options.by == KpiGroup::kClass) {
    auto classes = LatestAbcClasses(db);
    if (!classes) return classes.error();
    c.classes = std::move(*classes);
  }
  for (const ItemLedger& item : *end) c.items[item.item_id] = item.item;
  for (const ItemLedger& item : *begin) AddStockValue(c, item, options.from, true);
  for (const ItemLedger& item : *end) {
    AddStockValue(c, item, options.to, false);
    AddStockOutDays(c, item);
    ForEachInPeriod(item, options.from, options.to, [&](const store::MovementRow& m, Money v) {
      PeriodTotals totals;
      totals.Add(m, v);
      KpiRow& row = c.Row(item.item_id, m.location_id);
      row.cogs += totals.cogs;
      row.revenue += totals.revenue;
      row.shrinkage += totals.shrinkage;
      row.net_shrinkage += totals.net_shrinkage();
      row.sold += totals.sold;
      row.received += totals.received;
    });
  }
  if (Status added = AddCountsAndRequests(db, c); !added) return added.error();
  int days = static_cast<int>((options.to - options.from).count()) + 1;
  std::vector<KpiRow> rows;
  for (auto& [key, row] : c.rows) {
    Finish(row, days);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

Result<std::vector<KpiRow>> ComputeKpis(sqlite::Database& db, const KpiOptions& options) {
  if (options.to < options.from) return InvalidInput("the period ends before it starts");
  return limits::WithinRange("a KPI total", [&] { return SumKpis(db, options); });
}

Result<std::vector<SupplierKpi>> SupplierPerformance(sqlite::Database& db, Date from, Date to) {
  auto receipts = store::LoadSupplierReceipts(db, from, to);
  if (!receipts) return receipts.error();
  std::map<std::string, std::pair<SupplierKpi, std::vector<double>>> by_supplier;
  for (const store::SupplierReceipt& r : *receipts) {
    auto& [kpi, lead_times] = by_supplier[r.supplier];
    kpi.supplier = r.supplier;
    ++kpi.receipts;
    kpi.on_time += r.on_time ? 1 : 0;
    if (r.closes_line) {
      ++kpi.lines;
      kpi.in_full_on_time += r.on_time && r.line_in_full ? 1 : 0;
    }
    if (r.lead_time_days) lead_times.push_back(*r.lead_time_days);
  }
  std::vector<SupplierKpi> out;
  for (auto& [code, entry] : by_supplier) {
    entry.first.lead_time_days = ledger::LeadTimeStats(entry.second);
    out.push_back(std::move(entry.first));
  }
  return out;
}

}  // namespace lagom::app
