// The SQL of migration 17 (schema_hardening.cc): the database's own guard on the limits of
// core/limits.h, and what hardened logins and idempotency keys store.
#pragma once

#include <string_view>

namespace lagom::store {

std::string_view HardeningSchemaSql();
// PostgreSQL's function and trigger in place of HardeningSchemaSql's CREATE TRIGGER blocks.
std::string_view HardeningPostgresTriggersSql();

}  // namespace lagom::store
