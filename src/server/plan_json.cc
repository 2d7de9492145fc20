#include "server/plan_json.h"

namespace lagom::server {

namespace {

double Scaled(std::int64_t raw, double scale) {
  return static_cast<double>(raw) / scale;
}

}  // namespace

Json ProposalJson(const store::ProposalRecord& p) {
  return {{"id", p.id},
          {"run", p.plan_run_id},
          {"status", p.status},
          {"item", p.item_code},
          {"location", p.location_code},
          {"supplier", p.supplier_code.empty() ? Json() : Json(p.supplier_code)},
          {"quantity", Scaled(p.quantity_milli, 1e3)},
          {"unit_price", Scaled(p.unit_price_raw, 1e4)},
          {"order_value", Scaled(p.order_value_raw, 1e4)},
          {"order_date", FormatDate(p.order_date)},
          {"due_date", FormatDate(p.due_date)},
          {"why",
           {{"forecast_per_period", p.forecast_per_period},
            {"forecast_sd", p.forecast_sd},
            {"lead_time_periods", p.lead_time_periods},
            {"review_periods", p.review_periods},
            {"service_target", p.service_target},
            {"safety_stock", p.safety_stock},
            {"reorder_point", p.reorder_point},
            {"order_up_to", p.order_up_to},
            {"on_hand", Scaled(p.on_hand_milli, 1e3)},
            {"on_order", Scaled(p.on_order_milli, 1e3)},
            {"position", Scaled(p.projected_milli, 1e3)},
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
          {"order_value", Scaled(run.order_value_raw, 1e4)},
          {"duration_ms", run.duration_ms}};
}

}  // namespace lagom::server
