// The `settings` table: the values a user set, by name. What the names mean, their defaults
// and what values they allow is app/settings.h's table; the store only keeps the text.
#pragma once

#include <map>
#include <string>

#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

// Every stored setting, by name.
Result<std::map<std::string, std::string>> ReadStoredSettings(sqlite::Database& db);
// Writes every value in one transaction.
Status WriteSettings(sqlite::Database& db, const std::map<std::string, std::string>& values);
// Whether any demand is stored (it is bucketed by the planning period).
Result<bool> DemandIsStored(sqlite::Database& db);

}  // namespace lagom::store
