// The SQL of the migration for the buyer's day (schema_buyer.cc): proposal states as data,
// supplier orders, exceptions that can be acknowledged.
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view BuyerSchemaSql();

}  // namespace lagom::store
