// Checks of the quantities a planner orders or receives: a whole-unit item (core/units.h) is
// never split, and an order line should respect its supply terms' minimum order quantity and
// pack size. A fraction is always refused; the terms are warnings the planner must accept
// explicitly (they say what the supplier would do with the order). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/quantity.h"
#include "core/result.h"
#include "store/order_facts.h"

namespace lagom::app {

// InvalidInput naming `field` when `quantity` splits a unit of a whole-unit item.
Status CheckWholeUnits(Quantity quantity, std::string_view uom, std::string_view field);

// What is wrong with ordering `quantity` under the line's supply terms, in words: below the
// minimum order quantity, not a multiple of the pack. Empty when nothing is.
std::vector<std::string> OrderQuantityWarnings(Quantity quantity,
                                               const store::OrderLineFacts& facts);

// kConstraintViolated listing `warnings` about `what`, unless they are empty or accepted.
Status RefuseUnlessAccepted(const std::vector<std::string>& warnings, const std::string& what,
                            bool accepted);

}  // namespace lagom::app
