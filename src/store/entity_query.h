// Reading an entity's rows in its import/export column layout (codes instead of ids),
// filtered, sorted and paged: the query behind `lagom export` and the API's list endpoints.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/entities.h"
#include "store/sqlite.h"

namespace lagom::store {

struct EntityQuery {
  // Equality filters on a field's text form (codes for references, YYYY-MM-DD for dates).
  // REQUIRES: each field IsFilterable().
  std::vector<std::pair<const FieldSpec*, std::string>> equals;
  const FieldSpec* sort = nullptr;  // nullptr: by key
  bool descending = false;
  std::int64_t limit = -1;  // -1: no limit
  std::int64_t offset = 0;
};

// Codes, text, choices, dates and references can be filtered on; numbers cannot.
bool IsFilterable(const FieldSpec& field);

// Calls `on_row` for each matching row; the statement's columns follow entity.fields.
Status ForEachEntityRow(sqlite::Database& db, const EntitySpec& entity, const EntityQuery& query,
                        const std::function<void(const sqlite::Statement&)>& on_row);

// The number of rows matching the filters (ignoring limit and offset).
Result<std::int64_t> CountEntityRows(sqlite::Database& db, const EntitySpec& entity,
                                     const EntityQuery& query);

}  // namespace lagom::store
