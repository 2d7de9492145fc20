#include "store/proposal_fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "core/money.h"
#include "core/quantity.h"
#include "core/units.h"

namespace lagom::store {

namespace {

using P = ProposalRecord;
using V = ProposalValue;

// The quantity in purchase units, to the milli-unit (cut, not rounded: 1/12 box is 0.083).
std::int64_t PurchaseQuantity(const ProposalRecord& p) {
  return InPurchaseUnitsMilli(p.quantity_milli, p.purchase_unit_milli);
}

const ProposalField kFields[] = {
    {"id", V::kId, &P::id, "", "p.id"},
    {"run", V::kId, &P::plan_run_id, "plan_run_id", "p.plan_run_id"},
    {"status", V::kText, &P::status, "status", "p.status"},
    // The plan's state while the proposal awaits a decision, then the decision.
    {"state", V::kText, &P::state, "state",
     "CASE p.status WHEN 'proposed' THEN p.state ELSE p.status END"},
    {"order_number", V::kText, &P::order_number, "order_number", "p.order_number", {}, true},
    {"kind", V::kText, &P::kind, "kind", "p.kind"},
    {"item", V::kText, &P::item_code, "", "i.code"},
    {"location", V::kText, &P::location_code, "", "l.code"},
    {"supplier", V::kText, &P::supplier_code, "", "IFNULL(s.code, '')", {}, true},
    {"source_location", V::kText, &P::source_location_code, "", "IFNULL(src.code, '')", {}, true},
    {"container", V::kText, &P::container, "container", "p.container"},
    {"hold_reason", V::kText, &P::hold_reason, "hold_reason", "p.hold_reason"},
    {"adjustments", V::kText, &P::adjustments, "adjustments", "p.adjustments"},
    {"quantity", V::kQuantity, &P::quantity_milli, "quantity", "p.quantity"},
    // The quantity in the supplier's purchase unit, and that unit in stock units (a case of
    // 12: quantity 120, purchase_quantity 10, purchase_unit case, purchase_unit_quantity 12).
    {"purchase_quantity", V::kQuantity, &PurchaseQuantity, "", ""},
    {"purchase_unit", V::kText, &P::purchase_unit, "purchase_unit", "p.purchase_unit", {}, true},
    {"purchase_unit_quantity", V::kQuantity, &P::purchase_unit_milli, "purchase_unit_quantity",
     "p.purchase_unit_quantity"},
    {"unit_price", V::kMoney, &P::unit_price_raw, "unit_price", "p.unit_price"},
    {"order_value", V::kMoney, &P::order_value_raw, "order_value", "p.order_value"},
    // When the order starts — placed with the supplier, shipped from the source location or
    // released to production — so that it is due a lead time later.
    {"start_date", V::kDate, &P::order_date, "order_date", "p.order_date"},
    {"due_date", V::kDate, &P::due_date, "due_date", "p.due_date"},
    {"forecast_model", V::kText, &P::forecast_model, "forecast_model", "p.forecast_model", "why"},
    {"forecast_per_period", V::kReal, &P::forecast_per_period, "forecast_per_period",
     "p.forecast_per_period", "why"},
    {"forecast_sd", V::kReal, &P::forecast_sd, "forecast_sd", "p.forecast_sd", "why"},
    {"lead_time_periods", V::kReal, &P::lead_time_periods, "lead_time_periods",
     "p.lead_time_periods", "why"},
    {"review_periods", V::kReal, &P::review_periods, "review_periods", "p.review_periods", "why"},
    {"service_target", V::kReal, &P::service_target, "service_target", "p.service_target", "why"},
    {"safety_stock", V::kReal, &P::safety_stock, "safety_stock", "p.safety_stock", "why"},
    {"reorder_point", V::kReal, &P::reorder_point, "reorder_point", "p.reorder_point", "why"},
    {"order_up_to", V::kReal, &P::order_up_to, "order_up_to", "p.order_up_to", "why"},
    {"on_hand", V::kQuantity, &P::on_hand_milli, "on_hand", "p.on_hand", "why"},
    {"on_order", V::kQuantity, &P::on_order_milli, "on_order", "p.on_order", "why"},
    {"reserved", V::kQuantity, &P::reserved_milli, "reserved", "p.reserved", "why"},
    {"position", V::kQuantity, &P::projected_milli, "projected", "p.projected", "why"},
    {"raw_need", V::kReal, &P::raw_need, "raw_need", "p.raw_need", "why"},
    {"policy", V::kText, &P::policy, "policy", "p.policy", "why"},
    {"achieved_service", V::kReal, &P::achieved_service, "achieved_service", "p.achieved_service",
     "why"},
    {"reason", V::kText, &P::reason, "reason", "p.reason", "why"},
    // Stored for the joins and decisions; shown through their codes above. They stay last:
    // ShownProposalFields() is the table up to here.
    {"", V::kId, &P::item_id, "item_id", "p.item_id"},
    {"", V::kId, &P::location_id, "location_id", "p.location_id"},
    {"", V::kId, &P::supplier_id, "supplier_id", "p.supplier_id"},
    {"", V::kId, &P::source_location_id, "source_location_id", "p.source_location_id"},
};

}  // namespace

std::span<const ProposalField> ProposalFields() {
  return kFields;
}

std::span<const ProposalField> ShownProposalFields() {
  std::size_t shown = 0;
  while (shown < std::size(kFields) && !kFields[shown].name.empty()) ++shown;
  return std::span<const ProposalField>(kFields, shown);
}

std::string ProposalFieldText(const ProposalField& field, const ProposalRecord& proposal,
                              int decimals) {
  return std::visit(
      [&](auto member) -> std::string {
        const auto& value = ValueOf(proposal, member);
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return value;
        } else if constexpr (std::is_same_v<T, Date>) {
          return FormatDate(value);
        } else if constexpr (std::is_same_v<T, double>) {
          return fmt::format("{:.{}f}", value, decimals > 0 ? decimals : 4);
        } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
          return value ? std::to_string(*value) : std::string();
        } else if (field.value == ProposalValue::kQuantity) {
          return Quantity::FromRaw(value).ToString();
        } else if (field.value == ProposalValue::kMoney) {
          Money money = Money::FromRaw(value);
          return decimals > 0 ? fmt::format("{:.{}f}", money.ToDouble(), decimals)
                              : money.ToString();
        } else {
          return std::to_string(value);
        }
      },
      field.member);
}

const ProposalField* FindProposalField(std::string_view name) {
  for (const ProposalField& field : kFields) {
    if (!name.empty() && field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace lagom::store
