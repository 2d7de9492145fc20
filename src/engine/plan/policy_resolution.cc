#include "engine/plan/policy_resolution.h"

namespace lagom::plan {

namespace {

template <class T>
void Apply(const std::optional<T>& value, T& field, PolicyLevel& level, PolicyLevel from) {
  if (!value) return;
  field = *value;
  level = from;
}

void ApplyLayer(const PolicyLayer& layer, PolicyLevel from, ResolvedPolicy& out) {
  PolicySettings& s = out.settings;
  Apply(layer.service_kind, s.service_kind, out.level[0], from);
  Apply(layer.service_target, s.service_target, out.level[1], from);
  Apply(layer.order_rule, s.order_rule, out.level[2], from);
  Apply(layer.cover_periods, s.cover_periods, out.level[3], from);
  Apply(layer.fixed_quantity_milli, s.fixed_quantity_milli, out.level[4], from);
  Apply(layer.review_periods, s.review_periods, out.level[5], from);
  Apply(layer.distribution, s.distribution, out.level[6], from);
}

}  // namespace

ResolvedPolicy ResolvePolicy(const PolicySettings& company, const PolicyLayers& layers) {
  ResolvedPolicy out;
  out.settings = company;
  out.level.fill(PolicyLevel::kCompany);
  if (layers.class_target) {
    ApplyLayer(*layers.class_target, PolicyLevel::kClass, out);
    out.service_class = layers.service_class;
  }
  ApplyLayer(layers.item, PolicyLevel::kItem, out);
  ApplyLayer(layers.stock_point, PolicyLevel::kStockPoint, out);
  return out;
}

std::string PolicyLevelText(PolicyLevel level, const std::string& service_class) {
  switch (level) {
    case PolicyLevel::kCompany:
      return "company default";
    case PolicyLevel::kClass:
      return "class " + service_class + " target";
    case PolicyLevel::kItem:
      return "item policy";
    case PolicyLevel::kStockPoint:
      return "stock point policy";
  }
  return "";
}

}  // namespace lagom::plan
