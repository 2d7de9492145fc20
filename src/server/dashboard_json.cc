#include "server/dashboard_json.h"

#include "server/plan_json.h"

namespace lagom::server {

namespace {

Json OptionalDateJson(const std::optional<Date>& date) {
  return date ? Json(FormatDate(*date)) : Json();
}

Json HistoryJson(const app::StockPointView& view) {
  Json history = Json::array();
  for (const auto& [period, quantity] : view.history) {
    history.push_back({{"period", FormatDate(period)}, {"demand", quantity}});
  }
  return history;
}

Json ForecastJson(const app::StockPointView& view) {
  Json forecast = Json::array();
  for (const auto& f : view.forecast) {
    forecast.push_back(
        {{"period", FormatDate(f.period)}, {"mean", f.mean}, {"low", f.low}, {"high", f.high}});
  }
  return forecast;
}

Json ProjectionJson(const app::StockPointView& view) {
  Json projection = Json::array();
  for (const auto& p : view.projection) {
    projection.push_back({{"period", FormatDate(p.period)},
                          {"demand", p.demand},
                          {"receipts", p.receipts},
                          {"proposed_receipts", p.proposed_receipts},
                          {"balance", p.balance}});
  }
  return projection;
}

// Periods are counted from the current one (0); null when it does not happen in the horizon.
Json ProjectionSummaryJson(const app::StockPointView& view) {
  const plan::Projection& p = view.projected;
  auto period = [&](int index) {
    return index < 0 ? Json()
                     : Json(FormatDate(view.projection[static_cast<std::size_t>(index)].period));
  };
  return {{"first_stockout", period(p.first_stockout)},
          {"first_below_safety_stock", period(p.first_below_safety)},
          {"cover_periods", p.cover_periods},
          {"excess", p.excess}};
}

Json SettingsJson(const app::StockPointView& view) {
  if (!view.settings) return nullptr;
  const PolicySettings& s = *view.settings;
  Json sources = Json::object();
  for (const auto& source : view.sources) sources[source.setting] = source.source;
  return {{"service_kind", NameOf<ServiceKind>(kServiceKinds, s.service_kind)},
          {"service_target", s.service_target},
          {"order_rule", NameOf<OrderRule>(kOrderRules, s.order_rule)},
          {"cover_periods", s.cover_periods},
          {"fixed_quantity", QuantityNumber(s.fixed_quantity_milli)},
          {"review_periods", s.review_periods},
          {"distribution", NameOf<DistributionChoice>(kDistributionChoices, s.distribution)},
          {"sources", sources}};
}

Json SupplyJson(const std::optional<store::SupplyOption>& supply) {
  if (!supply) return nullptr;
  return {{"supplier", supply->supplier_code},
          {"lead_time_days", supply->lead_time_days},
          {"lead_time_sd_days", supply->lead_time_sd_days},
          {"min_order_quantity", QuantityNumber(supply->min_order_milli)},
          {"order_multiple", QuantityNumber(supply->order_multiple_milli)},
          {"unit_price", MoneyNumber(supply->unit_price_raw)}};
}

Json PlanJson(const app::StockPointView& view) {
  if (!view.plan) return nullptr;
  const plan::StockPointPlan& p = *view.plan;
  Json exceptions = Json::array();
  for (const auto& e : p.exceptions) {
    exceptions.push_back({{"kind", e.kind}, {"severity", e.severity}, {"message", e.message}});
  }
  return {{"source", view.plan_source},
          {"forecast_model", p.forecast_model},
          {"demand_per_period", p.demand_mean},
          {"demand_sd", p.demand_sd},
          {"lead_time_periods", p.lead_time},
          {"lead_time_sd_periods", p.lead_time_sd},
          {"review_periods", p.review},
          {"service_target", p.target},
          {"safety_stock", p.safety_stock},
          {"reorder_point", p.reorder_point},
          {"order_up_to", p.order_up_to},
          {"achieved_service", p.achieved},
          {"policy", p.policy},
          {"position", QuantityNumber(p.position_milli)},
          {"order_now", QuantityNumber(p.rounded.quantity_milli)},
          {"stockout_risk", p.stockout_risk},
          {"exceptions", exceptions}};
}

Json StockJson(const app::StockPointView& view) {
  Json lots = Json::array();
  for (const auto& lot : view.lots) {
    lots.push_back({{"lot", lot.lot},
                    {"expiry", OptionalDateJson(lot.expiry)},
                    {"quantity", QuantityNumber(lot.quantity_milli)}});
  }
  return {{"on_hand", QuantityNumber(view.on_hand_milli)},
          {"on_order", QuantityNumber(view.on_order_milli)},
          {"lots", lots}};
}

Json OpenOrdersJson(const app::StockPointView& view) {
  Json orders = Json::array();
  for (const auto& o : view.open_orders) {
    orders.push_back({{"po_number", o.po_number},
                      {"line", o.line},
                      {"supplier", o.supplier_code},
                      {"quantity", QuantityNumber(o.ordered_milli)},
                      {"received", QuantityNumber(o.received_milli)},
                      {"unit_price", MoneyNumber(o.unit_price_raw)},
                      {"order_date", OptionalDateJson(o.order_date)},
                      {"due_date", FormatDate(o.due_date)}});
  }
  return orders;
}

}  // namespace

Json OverviewJson(const app::Overview& o) {
  auto total_json = [](const app::StateTotal& total) -> Json {
    return {{"count", total.count}, {"value", MoneyNumber(total.value_raw)}};
  };
  Json proposals = Json::object();
  for (const auto& total : o.proposals) proposals[total.state] = total_json(total);
  const app::ProposalSummary& s = o.summary;
  Json summary = {{"to_review", total_json(s.to_review)},
                  {"on_hold", total_json(s.on_hold)},
                  {"ordered", total_json(s.ordered)}};
  return {{"as_of", FormatDate(o.as_of)},
          {"period", PeriodKindName(o.period)},
          {"stock_value", MoneyNumber(o.stock.value_raw)},
          {"stock_points_with_stock", o.stock.stock_points},
          {"open_orders",
           {{"lines", o.open_orders.lines},
            {"overdue_lines", o.open_orders.overdue_lines},
            {"value", MoneyNumber(o.open_orders.value_raw)}}},
          {"stock_points", o.stock_points},
          {"stock_outs", o.stock_outs},
          {"excess",
           {{"stock_points", o.excess},
            {"value", MoneyNumber(o.excess_value_raw)},
            {"cover_periods", o.excess_cover_periods}}},
          {"last_run", o.last_run ? PlanRunJson(*o.last_run) : Json()},
          {"proposals", proposals},
          {"proposal_summary", summary}};
}

Json StockPointViewJson(const app::StockPointView& view) {
  const store::StockPointRef& r = view.ref;
  Json body = {
      {"item", {{"code", r.item_code}, {"name", r.item_name}, {"uom", r.uom}}},
      {"location", {{"code", r.location_code}, {"name", r.location_name}}},
      {"unit_cost", MoneyNumber(r.unit_cost_raw)},
      {"as_of", FormatDate(view.as_of)},
      {"period", PeriodKindName(view.period)},
      {"history", HistoryJson(view)},
      {"forecast", ForecastJson(view)},
      {"policy_settings", SettingsJson(view)},
      {"supply", SupplyJson(view.supply)},
      {"plan", PlanJson(view)},
      {"stock", StockJson(view)},
      {"open_orders", OpenOrdersJson(view)},
      {"projection", ProjectionJson(view)},
      {"projection_summary", ProjectionSummaryJson(view)},
      {"latest_proposal", view.latest_proposal ? ProposalJson(*view.latest_proposal) : Json()}};
  if (!view.plan_error.empty()) body["plan_error"] = view.plan_error;
  return body;
}

Json StockPointListJson(const store::StockPointListRow& row) {
  return {{"item", row.item_code},
          {"name", row.item_name},
          {"location", row.location_code},
          {"on_hand", QuantityNumber(row.on_hand_milli)}};
}

}  // namespace lagom::server
