// Importing and exporting entities by name ("items", "demand" …) as CSV: the use case
// behind `lagom import`/`lagom export` and the API's entity writes. Demand goes into the
// buckets of the planning period (setting `period`).
#pragma once

#include <ostream>
#include <string_view>

#include "core/result.h"
#include "store/csv_import.h"
#include "store/sqlite.h"

namespace lagom::app {

// Imports CSV `text` as the named entity, all or nothing (see store::ImportCsv).
// An unknown entity name is an InvalidInput error.
Result<store::ImportOutcome> ImportEntity(sqlite::Database& db, std::string_view entity,
                                          std::string_view text, int max_problems = 50);

// Imports rows from any source (the API's JSON objects) as `entity`, all or nothing.
Result<store::ImportOutcome> ImportEntityRows(sqlite::Database& db, const store::EntitySpec& entity,
                                              store::RowSource& rows);

// Writes the named entity as CSV; returns the number of rows.
Result<int> ExportEntity(sqlite::Database& db, std::string_view entity, std::ostream& out);

}  // namespace lagom::app
