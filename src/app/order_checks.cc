#include "app/order_checks.h"

#include "core/units.h"

namespace lagom::app {

Status CheckWholeUnits(Quantity quantity, std::string_view uom, std::string_view field) {
  if (!CountedInWholeUnits(uom) || IsWhole(quantity)) return {};
  return InvalidInput(std::string(field) + ": " + quantity.ToString() + " " + std::string(uom) +
                      " splits a unit; the item is counted in whole " + std::string(uom));
}

std::vector<std::string> OrderQuantityWarnings(Quantity quantity,
                                               const store::OrderLineFacts& facts) {
  std::vector<std::string> warnings;
  if (quantity.raw() < facts.min_order_milli) {
    warnings.push_back(quantity.ToString() + " is below the minimum order quantity " +
                       Quantity::FromRaw(facts.min_order_milli).ToString());
  }
  if (facts.order_multiple_milli > 0 && quantity.raw() % facts.order_multiple_milli != 0) {
    std::string pack = Quantity::FromRaw(facts.order_multiple_milli).ToString();
    if (!facts.purchase_unit.empty()) {
      pack += " (" + facts.purchase_unit + " of " +
              Quantity::FromRaw(facts.purchase_unit_milli).ToString() + ")";
    }
    warnings.push_back(quantity.ToString() + " is not a multiple of the pack size " + pack);
  }
  return warnings;
}

Status RefuseUnlessAccepted(const std::vector<std::string>& warnings, const std::string& what,
                            bool accepted) {
  if (warnings.empty() || accepted) return {};
  std::string text;
  for (const std::string& w : warnings) text += (text.empty() ? "" : "; ") + w;
  return Error{ErrorCode::kConstraintViolated,
               what + ": " + text + " (accept the warnings to order it anyway)"};
}

}  // namespace lagom::app
