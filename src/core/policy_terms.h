// The words of an inventory policy, named once: service kinds, order rules and the demand
// distribution a policy may name; a policy's settings and one level's row of them. Settings,
// imports, the planning run, the API and the CLI all take their names from these tables.
// Header-only; thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/names.h"

namespace lagom {

enum class ServiceKind {
  kCycleService,   // α: probability of no stock-out per replenishment cycle, in (0, 1)
  kFillRate,       // β: share of demand met from stock, in (0, 1)
  kDaysOfCover,    // safety stock = value × mean demand per period (value in periods, >= 0)
  kFixedQuantity,  // safety stock = value (units, >= 0)
};
inline constexpr Named<ServiceKind> kServiceKinds[] = {
    {ServiceKind::kCycleService, "cycle"},
    {ServiceKind::kFillRate, "fill-rate"},
    {ServiceKind::kDaysOfCover, "days-of-cover"},
    {ServiceKind::kFixedQuantity, "fixed"},
};

// How much one order brings: demand over cover_periods, up to the order-up-to level S (R,S),
// the economic order quantity, or a fixed quantity.
enum class OrderRule { kCover, kUpTo, kEoq, kFixed };
inline constexpr Named<OrderRule> kOrderRules[] = {
    {OrderRule::kCover, "cover"},
    {OrderRule::kUpTo, "up-to"},
    {OrderRule::kEoq, "eoq"},
    {OrderRule::kFixed, "fixed"},
};

// The demand distribution a policy names; kAuto lets the policy engine choose.
enum class DistributionChoice { kAuto, kNormal, kPoisson, kNegativeBinomial, kGamma };
inline constexpr Named<DistributionChoice> kDistributionChoices[] = {
    {DistributionChoice::kAuto, "auto"},
    {DistributionChoice::kNormal, "normal"},
    {DistributionChoice::kPoisson, "poisson"},
    {DistributionChoice::kNegativeBinomial, "negative-binomial"},
    {DistributionChoice::kGamma, "gamma"},
};

// The inventory policy settings of a stock point (as the policies table and settings policy.*
// name them), typed.
struct PolicySettings {
  ServiceKind service_kind = ServiceKind::kFillRate;
  double service_target = 0.95;  // α or β, periods of cover, or units (by service_kind)
  OrderRule order_rule = OrderRule::kCover;
  double cover_periods = 1;
  std::int64_t fixed_quantity_milli = 0;
  double review_periods = 1;
  DistributionChoice distribution = DistributionChoice::kAuto;
};

// One level's policy row: each field set, or left to the level below (company default < class
// target < item < stock point).
struct PolicyLayer {
  std::optional<ServiceKind> service_kind;
  std::optional<double> service_target;
  std::optional<OrderRule> order_rule;
  std::optional<double> cover_periods;
  std::optional<std::int64_t> fixed_quantity_milli;
  std::optional<double> review_periods;
  std::optional<DistributionChoice> distribution;
};

// The policy rows that apply to one stock point, as the store finds them: its class's service
// target (kind and target only) and the class ("AX"), the item's row, the stock point's row.
// engine/plan/policy_resolution.h resolves them over the company defaults.
struct PolicyLayers {
  std::optional<PolicyLayer> class_target;
  std::string service_class;
  PolicyLayer item;
  PolicyLayer stock_point;
};

// The names of a table, in order, for choices at compile time (e.g. an import's allowed
// values).
template <class E, std::size_t N>
constexpr std::array<std::string_view, N> NamesOf(const Named<E> (&table)[N]) {
  std::array<std::string_view, N> names{};
  for (std::size_t i = 0; i < N; ++i) names[i] = table[i].name;
  return names;
}

// "cycle, fill-rate, days-of-cover or fixed": the names for a message.
template <class E, std::size_t N>
std::string NameList(const Named<E> (&table)[N]) {
  std::string text;
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) text += i + 1 == N ? " or " : ", ";
    text += table[i].name;
  }
  return text;
}

template <class E, std::size_t N>
std::vector<std::string> NameVector(const Named<E> (&table)[N]) {
  std::vector<std::string> names;
  for (const Named<E>& entry : table) names.emplace_back(entry.name);
  return names;
}

}  // namespace lagom
