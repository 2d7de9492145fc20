// Exporting one entity as CSV, in the column layout that ImportCsv reads, so that an export
// imported into an empty store reproduces the same rows.
#pragma once

#include <ostream>

#include "core/result.h"
#include "store/entities.h"
#include "store/sqlite.h"

namespace lagom::store {

// Writes a header and one line per row, ordered by key. Returns the number of rows.
Result<int> ExportCsv(sqlite::Database& db, const EntitySpec& entity, std::ostream& out);

}  // namespace lagom::store
