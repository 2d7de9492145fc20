// The SQL of the migration for the buyer's day (schema_buyer.cc): proposal states as data,
// supplier orders, exceptions ranked by value at risk; and of the one that lets a planner
// acknowledge and snooze alerts; and of the one for suppliers' quantity price breaks.
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view BuyerSchemaSql();
std::string_view AlertHandlingSchemaSql();
std::string_view PriceBreakSchemaSql();

}  // namespace lagom::store
