// Company-wide settings kept in the store's `settings` table (key → text value).
#pragma once

#include <string>

#include "core/period.h"
#include "core/result.h"
#include "store/sqlite.h"

namespace lagom::store {

Result<std::string> ReadSetting(sqlite::Database& db, const std::string& key);
// A setting that must be a finite number: InvalidInput names the key and the text otherwise.
Result<double> ReadNumberSetting(sqlite::Database& db, const std::string& key);
Status WriteSetting(sqlite::Database& db, const std::string& key, const std::string& value);

// The planning period (day, week or month) that demand is bucketed into.
Result<PeriodKind> ReadPeriodSetting(sqlite::Database& db);

}  // namespace lagom::store
