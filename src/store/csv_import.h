// Importing one entity from a CSV file into the store. An import is all or nothing: it runs
// in one transaction, and a file with any bad row writes nothing. Rows whose key exists
// are updated (only the columns the file has); other rows are inserted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/period.h"
#include "core/result.h"
#include "csv/row_source.h"
#include "store/entities.h"
#include "store/sqlite.h"

namespace lagom::store {

struct ImportProblem {
  int line = 0;        // position in the source (a file's line, 1 = header); 0 for the whole input
  std::string column;  // empty when the problem is not about one column
  std::string reason;
};

struct ImportOutcome {
  int rows = 0;  // data rows read
  int inserted = 0;
  int updated = 0;
  int unchanged = 0;  // insert-once rows whose key was already there (applied before)
  std::vector<ImportProblem> problems;  // the first `max_problems`
  int problems_not_shown = 0;
  bool ok() const { return problems.empty(); }
};

// What an import decides with besides its rows, given by the caller (the app).
struct ImportContext {
  PeriodKind period = PeriodKind::kWeek;  // the store's planning period: demand's buckets
  Date today;                             // the date of rows that name none (stock snapshots)
  bool force = false;  // write rows the entity refuses unless forced (EntitySpec)
  int max_problems = 50;
};

// Imports `text` (the content of a CSV file) as `entity`. A rejected file is a normal
// outcome (problems non-empty, nothing written); the Result fails only when the database
// itself fails.
Result<ImportOutcome> ImportCsv(sqlite::Database& db, const EntitySpec& entity,
                                std::string_view text, const ImportContext& context);

// Imports rows from any source (CSV, JSON objects) with the same checks and the same
// all-or-nothing transaction. Problems carry the source's positions.
Result<ImportOutcome> ImportRows(sqlite::Database& db, const EntitySpec& entity,
                                 csv::RowSource& rows, const ImportContext& context);

// "items.csv, line 4, column 'unit_cost': '1,5' is not a valid amount of money: …", one
// problem per line, then "… and N more problems".
std::string FormatProblems(const ImportOutcome& outcome, std::string_view source);

}  // namespace lagom::store
