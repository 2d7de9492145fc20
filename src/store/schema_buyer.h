// The SQL of the migration for the buyer's day (schema_buyer.cc): proposal states as data,
// supplier orders, exceptions ranked by value at risk; and of the one that lets a planner
// acknowledge and snooze alerts; of the one for suppliers' quantity price breaks; and of the
// one for purchase units (a supply term's case of N stock units, kept with the proposals and
// purchase orders made under it).
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view BuyerSchemaSql();
std::string_view AlertHandlingSchemaSql();
std::string_view PriceBreakSchemaSql();
std::string_view PurchaseUnitSchemaSql();

}  // namespace lagom::store
