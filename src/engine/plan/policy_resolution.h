// Which policy is in force for a stock point, and which level set each of its settings: the
// company defaults (settings policy.*, with a run's overrides), replaced in kind and target by
// the service target of the stock point's ABC/XYZ class, then by the item's row in
// `policies`, then by the stock point's own row. The planning run and the stock point page
// both resolve through here, so they cannot disagree. Pure; thread-safe.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/policy_terms.h"

namespace lagom::plan {

enum class PolicyLevel { kCompany, kClass, kItem, kStockPoint };

// The settings of PolicySettings in order, by their names in the policies table.
inline constexpr std::array<std::string_view, 7> kPolicyFields = {
    "service_kind",   "service_target", "order_rule",  "cover_periods",
    "fixed_quantity", "review_periods", "distribution"};

struct ResolvedPolicy {
  PolicySettings settings;
  std::array<PolicyLevel, kPolicyFields.size()> level{};  // by field, as kPolicyFields
  std::string service_class;  // non-empty when a class target set the service
};

ResolvedPolicy ResolvePolicy(const PolicySettings& company, const PolicyLayers& layers);

// "company default", "class AX target", "item policy", "stock point policy".
std::string PolicyLevelText(PolicyLevel level, const std::string& service_class);

}  // namespace lagom::plan
