#include "server/mrp_json.h"

#include "core/quantity.h"

namespace lagom::server {

namespace {

Json PeriodJson(const app::MrpPeriodRow& p) {
  return {{"start", FormatDate(p.start)},  {"gross", p.gross}, {"scheduled", p.scheduled},
          {"projected", p.projected},      {"net", p.net},     {"planned_receipts", p.receipts},
          {"planned_releases", p.releases}};
}

Json OrderJson(const app::MrpOrderRow& o) {
  return {{"kind", o.kind},
          {"quantity", o.quantity},
          {"release_quantity", o.release_quantity},
          {"start", FormatDate(o.start)},
          {"due", FormatDate(o.due)},
          {"past_due", o.past_due},
          {"reason", o.reason}};
}

Json StepJson(const app::PegStepView& s) {
  return {{"depth", s.depth},
          {"kind", s.kind},
          {"item", s.item},
          {"location", s.location},
          {"quantity", s.quantity},
          {"date", s.date ? Json(FormatDate(*s.date)) : Json()},
          {"ref", s.ref}};
}

Json Steps(const std::vector<app::PegStepView>& steps) {
  Json out = Json::array();
  for (const auto& s : steps) out.push_back(StepJson(s));
  return out;
}

}  // namespace

Json MrpRecordJson(const app::MrpRecordView& r) {
  Json periods = Json::array(), orders = Json::array();
  for (const auto& p : r.periods) periods.push_back(PeriodJson(p));
  for (const auto& o : r.orders) orders.push_back(OrderJson(o));
  Json kanban;
  if (r.kanban_cards) kanban = {{"cards", *r.kanban_cards}, {"formula", r.kanban_formula}};
  return {{"item", r.item},
          {"location", r.location},
          {"replenishment", r.replenishment},
          {"source", r.source.empty() ? Json() : Json(r.source)},
          {"low_level_code", r.low_level_code},
          {"lead_time_days", r.lead_time_days},
          {"lead_time_in", r.working_days ? "working days" : "days"},
          {"lot_sizing", r.lot_sizing},
          {"lot_size", r.lot_size},
          {"on_hand", r.on_hand},
          {"allocated", r.allocated},
          {"safety_stock", r.safety_stock},
          {"periods", periods},
          {"planned_orders", orders},
          {"kanban", kanban}};
}

Json PeggingJson(const app::PeggingView& p) {
  Json orders = Json::array();
  for (const auto& o : p.orders) {
    orders.push_back({{"kind", o.kind},
                      {"ref", o.ref},
                      {"quantity", o.quantity},
                      {"start", FormatDate(o.start)},
                      {"due", FormatDate(o.due)},
                      {"truncated", o.truncated},
                      {"what_for", Steps(o.what_for)},
                      {"what_from", Steps(o.what_from)}});
  }
  return {{"item", p.item}, {"location", p.location}, {"orders", orders}};
}

Json BomTreeJson(std::span<const app::BomTreeRow> rows) {
  Json out = Json::array();
  for (const auto& r : rows) {
    out.push_back({{"depth", r.depth},
                   {"item", r.item},
                   {"location", r.location},
                   {"replenishment", r.replenishment},
                   {"quantity_per", r.quantity_per},
                   {"low_level_code", r.low_level_code},
                   {"on_hand", r.on_hand},
                   {"planned", r.planned},
                   {"planned_orders", r.planned_orders}});
  }
  return out;
}

Json CapacityJson(std::span<const app::CapacityRow> rows) {
  Json out = Json::array();
  for (const auto& r : rows) {
    out.push_back({{"work_centre", r.work_centre},
                   {"week", FormatDate(r.week)},
                   {"capacity_hours", r.capacity},
                   {"load_hours", r.load},
                   {"overloaded", r.overloaded},
                   {"orders", r.orders}});
  }
  return out;
}

Json ProductionOrderJson(const store::ProductionOrderRow& o) {
  return {{"number", o.number},
          {"item", o.item_code},
          {"location", o.location_code},
          {"quantity", Quantity::FromRaw(o.quantity_milli).ToDouble()},
          {"completed", Quantity::FromRaw(o.completed_milli).ToDouble()},
          {"start_date", FormatDate(o.start)},
          {"due_date", FormatDate(o.due)},
          {"status", o.status}};
}

}  // namespace lagom::server
