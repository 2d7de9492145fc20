#include "server/plan_json.h"

#include <algorithm>
#include <type_traits>
#include <variant>

#include "core/proposal_state.h"

namespace lagom::server {

namespace {

Json FieldJson(const store::ProposalField& field, const store::ProposalRecord& p) {
  return std::visit(
      [&](auto member) -> Json {
        const auto& value = store::ValueOf(p, member);
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, std::string>) {
          return value.empty() && field.null_when_empty ? Json() : Json(value);
        } else if constexpr (std::is_same_v<T, Date>) {
          return FormatDate(value);
        } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
          return value ? Json(*value) : Json();
        } else if constexpr (std::is_same_v<T, double>) {
          return value;
        } else if (field.value == store::ProposalValue::kQuantity) {
          return QuantityNumber(value);
        } else if (field.value == store::ProposalValue::kMoney) {
          return MoneyNumber(value);
        } else {
          return value;
        }
      },
      field.member);
}

Json FieldSchema(const store::ProposalField& field) {
  switch (field.value) {
    case store::ProposalValue::kId:
      return {{"type", "integer"}};
    case store::ProposalValue::kText:
      return field.null_when_empty ? Json{{"type", "string"}, {"nullable", true}}
                                   : Json{{"type", "string"}};
    case store::ProposalValue::kQuantity:
    case store::ProposalValue::kMoney:
    case store::ProposalValue::kReal:
      return {{"type", "number"}};
    case store::ProposalValue::kDate:
      return {{"type", "string"}, {"format", "date"}};
  }
  return Json::object();
}

}  // namespace

Json ProposalJson(const store::ProposalRecord& p) {
  Json json = Json::object();
  for (const store::ProposalField& field : store::ShownProposalFields()) {
    Json& into = field.json_group.empty() ? json : json[std::string(field.json_group)];
    into[std::string(field.name)] = FieldJson(field, p);
  }
  return json;
}

Json ProposalSchema() {
  Json schema = {{"type", "object"}, {"properties", Json::object()}};
  // Json keeps members in order (a vector): take a member's reference only after the last
  // insertion into its parent.
  for (const store::ProposalField& field : store::ShownProposalFields()) {
    Json& properties = schema["properties"];
    if (field.json_group.empty()) {
      properties[std::string(field.name)] = FieldSchema(field);
      continue;
    }
    Json& group = properties[std::string(field.json_group)];
    group["type"] = "object";
    group["properties"][std::string(field.name)] = FieldSchema(field);
  }
  return schema;
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

Json PlanRunSchema() {
  return {{"type", "object"},
          {"properties",
           {{"id", {{"type", "integer"}}},
            {"as_of", {{"type", "string"}, {"format", "date"}}},
            {"period", {{"type", "string"}, {"enum", {"day", "week", "month"}}}},
            {"options", {{"type", "string"}}},
            {"stock_points", {{"type", "integer"}}},
            {"proposals", {{"type", "integer"}}},
            {"order_value", {{"type", "number"}}},
            {"duration_ms", {{"type", "integer"}}}}}};
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
                           {"by_state", Json::object()}});
      values.push_back(0);
    }
    Json& supplier = suppliers.back();
    supplier["proposals"] = supplier["proposals"].get<int>() + t.count;
    supplier["by_state"][t.state] = {{"count", t.count}, {"value", MoneyNumber(t.value_raw)}};
    if (CountsAsOrdered(*ValueNamed<ProposalState>(kProposalStates, t.state))) {
      values.back() += t.value_raw;
    }
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
