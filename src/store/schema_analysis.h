// The SQL of the migration for classification, service targets by class, cycle counts and
// alerts (schema_analysis.cc).
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view AnalysisSchemaSql();

}  // namespace lagom::store
