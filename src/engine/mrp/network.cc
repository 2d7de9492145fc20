#include "engine/mrp/network.h"

#include <iterator>

namespace lagom::mrp {

std::string_view LotRuleName(LotRule rule) {
  return kLotRuleNames[static_cast<std::size_t>(rule)];
}

std::optional<LotRule> ParseLotRule(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kLotRuleNames); ++i) {
    if (kLotRuleNames[i] == name) return static_cast<LotRule>(i);
  }
  return std::nullopt;
}

std::string_view DemandKindName(DemandKind kind) {
  switch (kind) {
    case DemandKind::kSalesOrder:
      return "sales-order";
    case DemandKind::kForecast:
      return "forecast";
    case DemandKind::kMps:
      return "mps";
    case DemandKind::kTransferOrder:
      return "transfer-order";
  }
  return "";
}

}  // namespace lagom::mrp
