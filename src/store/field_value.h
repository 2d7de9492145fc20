// Turning one CSV cell into the value stored in SQLite, and back, by the field's spec.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/period.h"
#include "core/result.h"
#include "store/entities.h"
#include "store/sqlite.h"

namespace lagom::store {

// NULL, INTEGER, REAL or TEXT, as SQLite stores it.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

void BindValue(sqlite::Statement& stmt, int index, const SqlValue& value);

struct FieldContext {
  PeriodKind period = PeriodKind::kWeek;
  // Looks a code up among the referenced entity's rows; nullopt if unknown.
  std::function<std::optional<std::int64_t>(FieldType ref, std::string_view code)> resolve;
};

// Converts a cell. An empty cell takes the spec's fallback; without one it is NULL, or
// the empty string for free text and weekday lists. The error message says
// why, without naming file, line or column (the caller adds those).
Result<SqlValue> ParseField(const FieldSpec& spec, std::string_view cell,
                            const FieldContext& context);

// The CSV text for a stored value (the inverse of ParseField for codes already resolved).
std::string FormatField(const FieldSpec& spec, const sqlite::Statement& row, int column);

}  // namespace lagom::store
