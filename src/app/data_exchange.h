// Importing and exporting entities by name ("items", "demand" …) as CSV: the use case
// behind `lagom import`/`lagom export` and the API's entity writes. Demand goes into the
// buckets of the planning period (setting `period`).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/csv_import.h"
#include "store/entity_query.h"
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

// The importable entities' names ("items", "supply-terms" …), in the entity table's order.
std::vector<std::string> EntityNames();

// One row of an entity as the export writes it: per field of the entity, in its order, the
// field's CSV text (codes for references, exact quantities and money, "true"/"false"), or
// nullopt where nothing is stored.
using EntityRow = std::vector<std::optional<std::string>>;

// Reads the rows of `entity` that match `query` (filters, sort, limit and offset) and calls
// `on_row` for each, in the query's order: the API's entity lists and lookups.
Status ReadEntityRows(sqlite::Database& db, const store::EntitySpec& entity,
                      const store::EntityQuery& query,
                      const std::function<void(const EntityRow&)>& on_row);

// The number of rows of `entity` that match `query`'s filters (its limit and offset ignored).
Result<std::int64_t> CountEntityRows(sqlite::Database& db, const store::EntitySpec& entity,
                                     const store::EntityQuery& query);

}  // namespace lagom::app
