// Per-series attributes from a CSV table keyed by a `series_id` column — e.g.
// ../shared/data/spareparts/raf_items.csv (series_id,item_ref,description,lead_time_months,
// unit_price_gbp) — read for the numeric columns a caller names. Other columns are ignored.
// Errors are InvalidInput naming the file, line and column: a missing series_id column, a named
// column the header lacks (with the columns it has), a repeated series id, or a value of a
// named column that is not a finite number >= 0.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace lagom::csv {

// values[id][i]: the value of columns[i] for series `id`.
using SeriesAttributes = std::unordered_map<std::string, std::vector<double>>;

// Parses CSV text; `source` names it in errors.
Result<SeriesAttributes> ParseSeriesAttributes(std::string_view text, std::string_view source,
                                               std::span<const std::string> columns);

// Reads and parses a file.
Result<SeriesAttributes> ReadSeriesAttributes(const std::string& path,
                                              std::span<const std::string> columns);

}  // namespace lagom::csv
