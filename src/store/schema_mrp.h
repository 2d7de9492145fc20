// The SQL of the migration for MRP and production (schema_mrp.cc).
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view MrpSchemaSql();

}  // namespace lagom::store
