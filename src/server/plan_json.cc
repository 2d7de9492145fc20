#include "server/plan_json.h"

#include <algorithm>

namespace lagom::server {

Json ProposalJson(const store::ProposalRecord& p) {
  return {{"id", p.id},
          {"run", p.plan_run_id},
          {"status", p.status},
          {"item", p.item_code},
          {"location", p.location_code},
          {"supplier", p.supplier_code.empty() ? Json() : Json(p.supplier_code)},
          {"kind", p.kind},
          {"source_location",
           p.source_location_code.empty() ? Json() : Json(p.source_location_code)},
          {"container", p.container},
          {"hold_reason", p.hold_reason},
          {"adjustments", p.adjustments},
          {"quantity", QuantityNumber(p.quantity_milli)},
          {"unit_price", MoneyNumber(p.unit_price_raw)},
          {"order_value", MoneyNumber(p.order_value_raw)},
          {"order_date", FormatDate(p.order_date)},
          {"due_date", FormatDate(p.due_date)},
          {"why",
           {{"forecast_model", p.forecast_model},
            {"forecast_per_period", p.forecast_per_period},
            {"forecast_sd", p.forecast_sd},
            {"lead_time_periods", p.lead_time_periods},
            {"review_periods", p.review_periods},
            {"service_target", p.service_target},
            {"safety_stock", p.safety_stock},
            {"reorder_point", p.reorder_point},
            {"order_up_to", p.order_up_to},
            {"on_hand", QuantityNumber(p.on_hand_milli)},
            {"on_order", QuantityNumber(p.on_order_milli)},
            {"position", QuantityNumber(p.projected_milli)},
            {"raw_need", p.raw_need},
            {"policy", p.policy},
            {"achieved_service", p.achieved_service},
            {"reason", p.reason}}}};
}

Json PlanRunJson(const store::PlanRunRecord& run) {
  return {{"id", run.id},
          {"as_of", FormatDate(run.as_of)},
          {"period", PeriodKindName(run.period)},
          {"options", run.options},
          {"stock_points", run.stock_points},
          {"proposals", run.proposals},
          {"order_value", MoneyNumber(run.order_value_raw)},
          {"duration_ms", run.duration_ms}};
}

Json SupplierTotalsJson(const std::vector<store::ProposalTotals>& totals) {
  std::vector<Json> suppliers;
  std::vector<std::int64_t> values;
  for (const store::ProposalTotals& t : totals) {
    Json code = t.supplier_code.empty() ? Json() : Json(t.supplier_code);
    if (suppliers.empty() || suppliers.back()["supplier"] != code) {
      suppliers.push_back({{"supplier", code},
                           {"name", t.supplier_name},
                           {"proposals", 0},
                           {"value", 0.0},
                           {"min_order_value", MoneyNumber(t.min_order_value_raw)},
                           {"below_min_order_value", false},
                           {"by_status", Json::object()}});
      values.push_back(0);
    }
    Json& supplier = suppliers.back();
    supplier["proposals"] = supplier["proposals"].get<int>() + t.count;
    supplier["by_status"][t.status] = {{"count", t.count}, {"value", MoneyNumber(t.value_raw)}};
    if (t.status != "rejected") values.back() += t.value_raw;
    supplier["value"] = MoneyNumber(values.back());
    supplier["below_min_order_value"] = values.back() < t.min_order_value_raw;
  }
  std::vector<std::size_t> order(suppliers.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
  Json sorted = Json::array();
  for (std::size_t i : order) sorted.push_back(std::move(suppliers[i]));
  return sorted;
}

}  // namespace lagom::server
