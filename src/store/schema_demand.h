// The SQL of the migration for demand planning (schema_demand.cc): every run's forecast kept
// per stock point and period; planners' forecast overrides and their history.
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view DemandSchemaSql();
// PostgreSQL's functions and triggers in place of DemandSchemaSql's CREATE TRIGGER blocks.
std::string_view DemandPostgresTriggersSql();

}  // namespace lagom::store
