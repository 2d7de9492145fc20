#include "server/report_json.h"

namespace lagom::server {

namespace {

Json Ratio(const std::optional<double>& value) {
  return value ? Json(*value) : Json();
}

Json Share(int part, int whole) {
  return whole == 0 ? Json() : Json(static_cast<double>(part) / whole);
}

Json PeriodJson(const app::PeriodTotals& p) {
  return {{"cogs", Number(p.cogs)},
          {"revenue", Number(p.revenue)},
          {"write_downs", Number(p.write_downs)},
          {"scrapped", Number(p.scrapped)},
          {"shrinkage", Number(p.shrinkage)},
          {"net_shrinkage", Number(p.net_shrinkage())},
          {"sold", Number(p.sold)},
          {"received", Number(p.received)}};
}

Json SharesJson(const std::vector<app::ValueShare>& shares) {
  Json out = Json::array();
  for (const auto& share : shares)
    out.push_back({{"key", share.key}, {"value", Number(share.value)}});
  return out;
}

Json KpiJson(const app::KpiRow& r) {
  return {{"key", r.key},
          {"begin_value", Number(r.begin_value)},
          {"end_value", Number(r.end_value)},
          {"cogs", Number(r.cogs)},
          {"revenue", Number(r.revenue)},
          {"shrinkage", Number(r.shrinkage)},
          {"net_shrinkage", Number(r.net_shrinkage)},
          {"sold", Number(r.sold)},
          {"received", Number(r.received)},
          {"requested", Number(r.requested)},
          {"backordered", Number(r.backordered)},
          {"counts", r.counts},
          {"stock_out_days", r.stock_out_days},
          {"turnover", Ratio(r.turnover)},
          {"days_of_inventory", Ratio(r.days_of_inventory)},
          {"gmroi", Ratio(r.gmroi)},
          {"sell_through", Ratio(r.sell_through)},
          {"record_accuracy", Ratio(r.record_accuracy)},
          {"shrinkage_rate", Ratio(r.shrinkage_rate)},
          {"net_shrinkage_rate", Ratio(r.net_shrinkage_rate)},
          {"fill_rate", Ratio(r.fill_rate)}};
}

Json SupplierJson(const app::SupplierKpi& s) {
  const ledger::MeanSd& lead = s.lead_time_days;
  return {{"supplier", s.supplier},
          {"receipts", s.receipts},
          {"on_time", s.on_time},
          {"on_time_rate", Share(s.on_time, s.receipts)},
          {"lines", s.lines},
          {"in_full_on_time", s.in_full_on_time},
          {"otif_rate", Share(s.in_full_on_time, s.lines)},
          {"lead_time_days",
           {{"n", lead.n},
            {"mean", lead.n > 0 ? Json(lead.mean) : Json()},
            {"sd", lead.n > 1 ? Json(lead.sd) : Json()}}}};
}

Json Strings(const std::vector<std::string>& texts) {
  Json out = Json::array();
  for (const auto& text : texts) out.push_back(text);
  return out;
}

}  // namespace

Json ValuationJson(const app::ValuationReport& report, std::optional<ledger::CostMethod> method,
                   Date from, Date at) {
  Json items = Json::array();
  for (const app::ItemValueRow& row : report.value.items) {
    Json item = {{"item", row.item},
                 {"method", ledger::CostMethodName(row.method)},
                 {"quantity", Number(row.quantity)},
                 {"value", Number(row.value)},
                 {"reconciled", row.reconciled}};
    item.update(PeriodJson(row.period));
    items.push_back(std::move(item));
  }
  return {{"at", FormatDate(at)},
          {"from", FormatDate(from)},
          {"method", method ? Json(ledger::CostMethodName(*method)) : Json()},
          {"total_value", Number(report.value.total_value)},
          {"period", PeriodJson(report.value.total)},
          {"by_location", SharesJson(report.by_location)},
          {"by_group", SharesJson(report.by_group)},
          {"items", std::move(items)}};
}

Json KpisJson(const std::vector<app::KpiRow>& rows, Date from, Date to) {
  Json items = Json::array();
  for (const app::KpiRow& row : rows) items.push_back(KpiJson(row));
  return {{"from", FormatDate(from)}, {"to", FormatDate(to)}, {"items", std::move(items)}};
}

Json SupplierPerformanceJson(const std::vector<app::SupplierKpi>& rows, Date from, Date to) {
  Json items = Json::array();
  for (const app::SupplierKpi& row : rows) items.push_back(SupplierJson(row));
  return {{"from", FormatDate(from)}, {"to", FormatDate(to)}, {"items", std::move(items)}};
}

Json CheckJson(const app::CheckReport& report, Date date) {
  return {{"date", FormatDate(date)},
          {"ok", report.ok()},
          {"movements", report.movements},
          {"items_valued", report.items_valued},
          {"value", Number(report.value)},
          {"problems", Strings(report.problems)},
          {"warnings", Strings(report.warnings)}};
}

}  // namespace lagom::server
