// Importing and exporting entities by name ("items", "demand" …) as CSV: the use case
// behind `lagom import`/`lagom export` and the API's entity writes. Demand goes into the
// buckets of the planning period (setting `period`).
#pragma once

#include <ostream>
#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "store/csv_import.h"
#include "store/sqlite.h"

namespace lagom::app {

// How an import runs: the date of rows that name none (today, from the edge), whether rows
// the entity refuses unless forced are written (a stock snapshot that would reverse later
// movements), and how many problems to report before stopping.
struct ImportOptions {
  Date today;
  bool force = false;
  int max_problems = 50;
};

// Imports CSV `text` as the named entity, all or nothing (see store::ImportCsv); demand goes
// into the buckets of the planning period. An unknown entity name is an InvalidInput error.
Result<store::ImportOutcome> ImportEntity(sqlite::Database& db, std::string_view entity,
                                          std::string_view text, const ImportOptions& options);

// Imports rows from any source (the API's JSON objects) as `entity`, all or nothing.
Result<store::ImportOutcome> ImportEntityRows(sqlite::Database& db, const store::EntitySpec& entity,
                                              csv::RowSource& rows, const ImportOptions& options);

// Writes the named entity as CSV; returns the number of rows.
Result<int> ExportEntity(sqlite::Database& db, std::string_view entity, std::ostream& out);

}  // namespace lagom::app
